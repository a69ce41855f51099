/**
 * C1 (component site, domain) and C2 (mandatory sections): pass and fail of each check on hand-written sites
 * (test/helpers/sample-site.ts). Inputs are SiteSnapshots only.
 */
import { describe, expect, it } from 'vitest';
import { judgeComponent, judgeGovDomain, judgeVnDomain } from '../src/checks/component.js';
import { analyseSections, judgeMainItemsOnHome, judgeSection, judgeSections } from '../src/checks/sections.js';
import { evaluate, ruleSetFor } from '../src/rules/engine.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';
import { AGENCY, ORIGIN, sampleSite } from './helpers/sample-site.js';

describe('C1 — component-site status and domain', () => {
  it('passes: host under the provincial portal tree, with a link back to the portal', async () => {
    const j = judgeComponent(await judgeWith(sampleSite()));
    expect(j.status).toBe('pass');
    expect(j.evidence.some((e) => e.snippet?.includes('thainguyen.gov.vn'))).toBe(true);
  });
  it('fails: an off-tree host is not a component of the portal', async () => {
    const s = sampleSite({ site: { portalUrl: 'https://backan.gov.vn' } });
    expect(judgeComponent(await judgeWith(s)).status).toBe('fail');
  });
  it('warns: in the tree but no back-link to the portal', async () => {
    const s = sampleSite();
    for (const p of s.pages) if (p.facts) p.facts.links = p.facts.links.filter((l) => !l.url.startsWith('https://thainguyen.gov.vn'));
    expect(judgeComponent(await judgeWith(s)).status).toBe('warn');
  });
  it('is not_applicable without --portal (the engine says why)', async () => {
    const s = sampleSite({ site: { portalUrl: undefined } });
    const out = evaluate(s, await ruleSetFor({ on: '2022-08-27' }));
    const f = out.find((x) => x.ruleId === 'N42-6.1')!;
    expect(f.status).toBe('not_applicable');
    expect(f.message.en).toMatch(/--portal/);
  });
  it('domain: .gov.vn passes, other domains fail, district-era commune hosts fail after 1/7/2025', async () => {
    expect(judgeGovDomain(await judgeWith(sampleSite())).status).toBe('pass');
    const com = sampleSite({ site: { url: 'https://sotp-thainguyen.com.vn/' } });
    expect(judgeGovDomain(await judgeWith(com)).status).toBe('fail');
    const commune = sampleSite({ site: { url: 'https://xaphucchu.dinhhoa.thainguyen.gov.vn/', level: 'commune' } });
    expect(judgeGovDomain(await judgeWith(commune, { on: '2026-11-29' })).status).toBe('fail');
    expect(judgeGovDomain(await judgeWith(commune, { on: '2024-01-01' })).status).toBe('pass');
  });
  it('domain: a loopback test server is not_applicable', async () => {
    const s = snapshot([page('http://127.0.0.1:8080/', html({ title: 'x' }))]);
    expect(judgeGovDomain(await judgeWith(s)).status).toBe('not_applicable');
  });
  it('general-information sites need a .vn domain', async () => {
    expect(judgeVnDomain(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeVnDomain(await judgeWith(sampleSite({ site: { url: 'https://tintuc-tong-hop.com/' } }))).status).toBe('fail');
  });
});

describe('C2 — mandatory sections', () => {
  it('finds every section of the compliant site, with evidence', async () => {
    const ctx = await judgeWith(sampleSite());
    for (const id of ['legal-documents', 'administrative-procedures', 'law-dissemination', 'plans', 'org-structure', 'functions', 'leaders', 'history', 'budget', 'statistics', 'public-investment', 'recruitment', 'public-consultation', 'privacy', 'self-assessment'] as const) {
      const j = judgeSection(ctx, id);
      expect(j.status, `${id}: ${j.message.en}`).toBe('pass');
      expect(j.evidence.length).toBeGreaterThan(0);
    }
  });
  it('a missing section fails and says where it looked', async () => {
    const j = judgeSection(await judgeWith(sampleSite({ without: ['legal-docs'] })), 'legal-documents');
    // The "Văn bản" banner still links /van-ban, so remove that page too to make the section truly absent.
    expect(['pass', 'fail']).toContain(j.status);
    const s = sampleSite({ without: ['legal-docs', 'xml-sitemap'] });
    s.pages = s.pages.filter((p) => !p.url.endsWith('/van-ban'));
    for (const p of s.pages) if (p.facts) p.facts.links = p.facts.links.filter((l) => !l.url.endsWith('/van-ban'));
    const j2 = judgeSection(await judgeWith(s), 'legal-documents');
    expect(j2.status).toBe('fail');
    expect(j2.message.en).toMatch(/No “Legal documents” section/);
  });
  it('an empty section fails (the page exists but has no content of its own)', async () => {
    const j = judgeSection(await judgeWith(sampleSite({ emptyPaths: ['/thong-ke'] })), 'statistics');
    expect(j.status).toBe('fail');
    expect(j.message.en).toMatch(/empty/);
  });
  it('a broken section link fails; a link to a page that was not fetched warns', async () => {
    const s = sampleSite();
    const stat = s.pages.find((p) => p.url.endsWith('/thong-ke'))!;
    Object.assign(stat, { status: 404, facts: undefined });
    expect(judgeSection(await judgeWith(s), 'statistics').status).toBe('fail');
    const s2 = sampleSite();
    s2.pages = s2.pages.filter((p) => !p.url.endsWith('/thong-ke'));
    const j = judgeSection(await judgeWith(s2), 'statistics');
    expect(j.status).toBe('warn');
    expect(j.message.en).toMatch(/not fetched/);
  });
  it('follows the XML sitemap and the HTML sitemap page', async () => {
    const s = sampleSite();
    for (const p of s.pages) if (p.facts) p.facts.links = p.facts.links.filter((l) => !l.url.endsWith('/tuyen-dung'));
    const r = analyseSections(s).get('recruitment')!;
    expect(r.hits.some((h) => h.source === 'xml-sitemap')).toBe(true);
  });
  it('a link to the Law on Access to Information is not an access-to-information section (keyword trap)', async () => {
    const s = sampleSite({ without: ['access-info'], homeExtra: '<p><a href="/van-ban/luat-tiep-can-thong-tin">Luật Tiếp cận thông tin 2016</a></p>' });
    expect(judgeSection(await judgeWith(s), 'access-to-information').status).toBe('fail');
  });
  it('combined judgements: all-of and any-of', async () => {
    const ctx = await judgeWith(sampleSite({ emptyPaths: ['/thong-ke'] }));
    expect(judgeSections(ctx, ['budget', 'statistics'], 'all').status).toBe('fail');
    expect(judgeSections(ctx, ['budget', 'statistics'], 'any').status).toBe('pass');
  });
  it('main items reachable from the home page (Circular 32/2017 Art. 16(1)(2))', async () => {
    const items = ['introduction', 'org-structure', 'legal-documents', 'news', 'contacts', 'qa', 'sitemap'] as const;
    expect(judgeMainItemsOnHome(await judgeWith(sampleSite()), [...items]).status).toBe('pass');
    const bare = snapshot([page(`${ORIGIN}/`, html({ title: `Trang chủ - ${AGENCY}`, menu: [['Trang chủ', '/']] }))]);
    expect(judgeMainItemsOnHome(await judgeWith(bare), [...items]).status).toBe('fail');
  });
});
