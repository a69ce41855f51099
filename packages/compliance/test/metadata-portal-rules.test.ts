/**
 * TT24-4 Dublin Core (Circular 24/2011), the portal's links to its component sites (N42-7.1b/components, L43-16,
 * TT22-EMC-label/links) and `catalogueId` defaulting in defineRule.
 */
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DC_MANDATORY, judgeDublinCore } from '../src/checks/dublin-core.js';
import { judgeComponentListing, linksToComponent } from '../src/checks/component-listing.js';
import { evaluate, loadRules, ruleSetFor } from '../src/rules/engine.js';
import { defineRule } from '../src/rules/define.js';
import { componentsOf, main, readComponentUrls } from '../src/cli/main.js';
import { saveSnapshot } from '../src/snapshot-io.js';
import { sampleSite } from './helpers/sample-site.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';

const O = 'https://sotp.thainguyen.gov.vn';
const dc = (over: Partial<Record<string, string>> = {}) =>
  Object.entries({ 'DC.title': 'Sở Tư pháp tỉnh Thái Nguyên', 'DC.creator': 'Sở Tư pháp', 'DC.date': '2026-11-27', 'DC.description': 'Tin tức, văn bản của Sở Tư pháp', 'DC.publisher': 'Sở Tư pháp tỉnh Thái Nguyên', 'DC.identifier': O, 'DC.language': 'vi', ...over })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<meta name="${k}" content="${v}">`)
    .join('');
const menu: [string, string][] = [['Trang chủ', '/'], ['Giới thiệu', '/gioi-thieu'], ['Tin tức', '/tin-tuc']];
const para = 'Sở Tư pháp tổ chức hội nghị triển khai công tác tư pháp năm 2027 với sự tham dự của lãnh đạo các phòng chuyên môn và đơn vị trực thuộc. '.repeat(12);
function site(heads: { home?: string; intro?: string; article?: string }) {
  return snapshot([
    page(`${O}/`, html({ title: 'Sở Tư pháp tỉnh Thái Nguyên', menu, head: heads.home ?? dc(), main: '<h1>Trang chủ</h1><a href="/tin-tuc/chi-tiet/12345-hoi-nghi">Hội nghị triển khai công tác tư pháp năm 2027</a>' })),
    page(`${O}/gioi-thieu`, html({ title: 'Giới thiệu - Sở Tư pháp', menu, head: heads.intro ?? dc({ 'DC.title': 'Giới thiệu' }), main: `<h1>Giới thiệu</h1><p>${para}</p>` })),
    page(`${O}/tin-tuc/chi-tiet/12345-hoi-nghi`, html({ title: 'Hội nghị triển khai công tác tư pháp năm 2027 - Sở Tư pháp', menu, head: heads.article ?? dc({ 'DC.title': 'Hội nghị triển khai công tác tư pháp năm 2027' }), main: `<h1>Hội nghị triển khai công tác tư pháp năm 2027</h1><p>27/11/2026</p><p>${para}</p>` }), { via: 'article', depth: 1 }),
  ]);
}

describe('TT24-4 — Dublin Core (Circular 24/2011 Arts 4–6)', () => {
  it('pass: the 6 mandatory DC elements on home, introduction and article pages, with evidence per page', async () => {
    const j = judgeDublinCore(await judgeWith(site({})));
    expect(j.status).toBe('pass');
    expect(j.evidence.map((e) => e.snippet?.split(':')[0])).toEqual(['home', 'introduction', 'article']);
    expect(j.evidence[2].snippet).toMatch(/all 6 mandatory; present DC\.title, DC\.creator, DC\.date, DC\.description, DC\.publisher, DC\.identifier, DC\.language/);
    expect(DC_MANDATORY).toEqual(['title', 'creator', 'date', 'description', 'publisher', 'identifier']);
  });
  it('fail: an article without DC.publisher/DC.identifier, or a page without any DC.* (names the elements)', async () => {
    const j = judgeDublinCore(await judgeWith(site({ article: dc({ 'DC.publisher': undefined, 'DC.identifier': '' }) })));
    expect(j.status).toBe('fail');
    expect(j.evidence.find((e) => e.snippet?.startsWith('article'))!.snippet).toMatch(/missing DC\.publisher, DC\.identifier/);
    const none = judgeDublinCore(await judgeWith(site({ home: '<meta name="description" content="x">' })));
    expect(none.status).toBe('fail');
    expect(none.message.en).toMatch(/1 without any DC/);
    // refinements and lower-case prefixes count
    const refined = judgeDublinCore(await judgeWith(site({ home: dc({ 'DC.date': undefined }).replace('<meta name="DC.title"', '<meta name="dc.date.issued" content="2026-11-27"><meta name="dc.title"') })));
    expect(refined.status).toBe('pass');
  });
  it('the rule is in force from 2011, cites Circular 24/2011 and warns at most (whether still in force is ❓)', async () => {
    const set2012 = await ruleSetFor({ on: '2012-01-01' });
    expect(set2012.rules.some((r) => r.id === 'TT24-4')).toBe(true);
    const set2026 = await ruleSetFor({ on: '2026-11-29' });
    const f = evaluate(site({ article: '' }), { ...set2026, rules: set2026.rules.filter((r) => r.id === 'TT24-4') })[0];
    expect(f).toMatchObject({ ruleId: 'TT24-4', catalogueId: 'TT24-4', basis: 'tt-24-2011', status: 'warn', check: 'C9' });
    expect(f.citation.en).toBe('Circular 24/2011/TT-BTTTT, Arts 4–6');
    expect(f.note?.en).toMatch(/Warn only|cap|warn/i);
  });
});

describe('C5 — the portal links to its component sites', () => {
  const P = 'https://thainguyen.gov.vn';
  const comps = ['https://sotp.thainguyen.gov.vn', 'https://soyte.thainguyen.gov.vn/', 'https://thainguyen.gov.vn/xa-dai-tu'];
  const portal = (links: string[], extraPage?: string[]) =>
    snapshot(
      [
        page(`${P}/`, html({ title: 'Cổng thông tin điện tử tỉnh Thái Nguyên', menu: [['Trang chủ', '/']], main: `<select id="lk"><option value="">Trang thành phần</option>${links.map((l) => `<option value="${l}">${l}</option>`).join('')}</select>` })),
        ...(extraPage ? [page(`${P}/trang-thanh-phan`, html({ title: 'Trang thành phần', main: extraPage.map((l) => `<a href="${l}">${l}</a>`).join('') }))] : []),
      ],
      {},
      { level: 'province', componentUrls: comps },
    );
  it('matches a component by host, and a path component by its path', () => {
    expect(linksToComponent('https://www.sotp.thainguyen.gov.vn/vi/', 'sotp.thainguyen.gov.vn')).toBe(true);
    expect(linksToComponent('https://thainguyen.gov.vn/xa-dai-tu/tin-tuc', 'https://thainguyen.gov.vn/xa-dai-tu')).toBe(true);
    expect(linksToComponent('https://thainguyen.gov.vn/xa-dai-tuong', 'https://thainguyen.gov.vn/xa-dai-tu')).toBe(false);
  });
  it('pass when every known component is linked (home select list or a directory page), with the links as evidence', async () => {
    const j = judgeComponentListing(await judgeWith(portal(['https://sotp.thainguyen.gov.vn/', 'https://soyte.thainguyen.gov.vn'], ['https://thainguyen.gov.vn/xa-dai-tu/'])));
    expect(j.status).toBe('pass');
    expect(j.data).toMatchObject({ components: 3, linked: 3, onHome: 2 });
    expect(j.evidence[0].url).toBe(`${P}/`);
    expect(j.evidence[0].selector).toMatch(/#lk/);
  });
  it('fail names the components without a link; no list → not_applicable with the reason', async () => {
    const j = judgeComponentListing(await judgeWith(portal(['https://sotp.thainguyen.gov.vn/'])));
    expect(j.status).toBe('fail');
    expect(j.message.en).toMatch(/2 of 3 component sites: https:\/\/soyte\.thainguyen\.gov\.vn\/, https:\/\/thainguyen\.gov\.vn\/xa-dai-tu/);
    const s = portal([]);
    delete s.site.componentUrls;
    const na = judgeComponentListing(await judgeWith(s));
    expect(na.status).toBe('not_applicable');
    expect(na.message.en).toMatch(/--sites with a portal_url column, or --components/);
  });
  it('rules: N42-7.1b/components (✅, fails) in 2022, TT22-EMC-label/links (warn only) in 2026, only for --level province', async () => {
    const s = portal(['https://sotp.thainguyen.gov.vn/']);
    const at = async (on: string) => evaluate(s, await ruleSetFor({ on }));
    const f22 = (await at('2022-12-01')).find((f) => f.ruleId === 'N42-7.1b/components')!;
    expect(f22).toMatchObject({ status: 'fail', catalogueId: 'N42-7.1b', check: 'C5' });
    const f26 = (await at('2026-11-29')).find((f) => f.ruleId === 'TT22-EMC-label/links')!;
    expect(f26.status).toBe('warn');
    expect((await at('2021-01-01')).find((f) => f.ruleId === 'L43-16')!.status).toBe('fail');
    const dept = evaluate({ ...s, site: { ...s.site, level: 'department' } }, await ruleSetFor({ on: '2022-12-01' })).find((f) => f.ruleId === 'N42-7.1b/components')!;
    expect(dept.status).toBe('not_applicable');
  });
  it('fleet rows give a portal its components; --components reads a CSV or a URL list', () => {
    const rows = [{ url: 'https://thainguyen.gov.vn' }, { url: 'https://sotp.thainguyen.gov.vn', portalUrl: 'https://thainguyen.gov.vn/' }, { url: 'https://soyt.backan.gov.vn', portalUrl: 'https://backan.gov.vn' }];
    expect(componentsOf(rows[0], rows)).toEqual(['https://sotp.thainguyen.gov.vn']);
    const dir = mkdtempSync(join(tmpdir(), 'cong-comp-'));
    writeFileSync(join(dir, 'a.csv'), 'url,name,level\nhttps://sotp.thainguyen.gov.vn,Sở Tư pháp,department\n');
    writeFileSync(join(dir, 'b.txt'), '# components\nhttps://a.thainguyen.gov.vn\n\nhttps://b.thainguyen.gov.vn\n');
    expect(readComponentUrls(join(dir, 'a.csv'))).toEqual(['https://sotp.thainguyen.gov.vn']);
    expect(readComponentUrls(join(dir, 'b.txt'))).toEqual(['https://a.thainguyen.gov.vn', 'https://b.thainguyen.gov.vn']);
  });
});

describe('cong-scan --components', () => {
  it('gives a province scan its component list (offline, on a saved snapshot)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cong-comp-cli-'));
    const snap = join(dir, 'snap.json');
    await saveSnapshot(sampleSite(), snap);
    writeFileSync(join(dir, 'components.txt'), 'https://soyte.thainguyen.gov.vn\n');
    const out: string[] = [];
    const io = { stdout: { write: (x: string) => out.push(x) }, stderr: { write: () => true, isTTY: false } };
    await main(['--snapshot', snap, '--level', 'province', '--components', join(dir, 'components.txt'), '--on', '2026-11-29', '--format', 'json', '--no-progress'], io);
    const r = JSON.parse(out.join(''));
    const f = r.findings.find((x: { ruleId: string }) => x.ruleId === 'TT22-EMC-label/links');
    expect(f.status).toBe('warn'); // fail capped: warn only
    expect(f.data.missing).toEqual(['https://soyte.thainguyen.gov.vn']);
  });
});

describe('defineRule — catalogueId defaults to the id without its /part', () => {
  it('defaults and keeps explicit values', () => {
    const r = { basis: 'b', citation: { vi: 'c', en: 'c' }, title: { vi: 't', en: 't' }, check: 'C2' as const, appliesTo: { scope: 'A' as const }, severity: 'low' as const, confidence: 'confirmed' as const, remediation: { vi: 'r', en: 'r' }, evaluate: () => ({ status: 'pass' as const, message: { vi: 'm', en: 'm' }, evidence: [] }) };
    expect(defineRule({ ...r, id: 'N42-26/software' }).catalogueId).toBe('N42-26');
    expect(defineRule({ ...r, id: 'TT24-4' }).catalogueId).toBe('TT24-4');
    expect(defineRule({ ...r, id: 'TT24/15-7.3', catalogueId: 'TT24/15-7.3' }).catalogueId).toBe('TT24/15-7.3');
  });
  it('no rule file repeats a catalogueId that the default gives', async () => {
    const root = join(__dirname, '..', 'src', 'rules');
    for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const f of readdirSync(join(root, dir.name))) {
        const text = readFileSync(join(root, dir.name, f), 'utf8');
        for (const m of text.matchAll(/id: '([^']+)',\s*catalogueId: '([^']+)'/g)) expect(m[1].split('/')[0], `${dir.name}/${f}: ${m[1]}`).not.toBe(m[2]);
      }
    }
    expect((await loadRules()).every((r) => r.catalogueId && r.id.startsWith(r.catalogueId.replace(/…$/, '')))).toBe(true);
  });
});
