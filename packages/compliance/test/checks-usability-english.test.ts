/** C9 (mobile, accessibility, performance, print/share/social) and C10 (English version, freshness). */
import { describe, expect, it } from 'vitest';
import { judgeAxe, judgeLighthouse } from '../src/checks/browser.js';
import { judgeAccessTools, judgeMetadata, judgePrint, judgeSatisfaction, judgeShare, judgeSocialAccounts, judgeViewport } from '../src/checks/usability.js';
import { agencyMention, judgeEnglishContacts, judgeEnglishCurrent, judgeEnglishIdentity, judgeEnglishOrg, judgeFreshness } from '../src/checks/english.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';
import { AGENCY, ORIGIN, sampleSite } from './helpers/sample-site.js';

const axe = (violations: { id: string; tags: string[]; impact?: string }[]) => ({
  axe: [{ url: `${ORIGIN}/`, violations: violations.map((v) => ({ ...v, help: v.id, nodes: 2, target: 'img.logo' })) }],
});

describe('C9 — mobile, print, share, social, rating, metadata', () => {
  it('viewport: pass and fail', async () => {
    expect(judgeViewport(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeViewport(await judgeWith(sampleSite({ without: ['viewport'] }))).status).toBe('fail');
  });
  it('print on articles: pass and fail', async () => {
    expect(judgePrint(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgePrint(await judgeWith(sampleSite({ without: ['print'] }))).status).toBe('fail');
  });
  it('share buttons and official social accounts: pass and fail', async () => {
    expect(judgeShare(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeShare(await judgeWith(sampleSite({ without: ['share'] }))).status).toBe('fail');
    expect(judgeSocialAccounts(await judgeWith(sampleSite())).status).toBe('pass');
    // A share button is not an official account.
    expect(judgeSocialAccounts(await judgeWith(sampleSite({ without: ['social'] }))).status).toBe('fail');
  });
  it('satisfaction rating, metadata and encouraged access tools', async () => {
    expect(judgeSatisfaction(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeSatisfaction(await judgeWith(sampleSite({ without: ['rating'] }))).status).toBe('fail');
    expect(judgeMetadata(await judgeWith(sampleSite())).status).toBe('pass');
    const bare = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ' }))]);
    expect(judgeMetadata(await judgeWith(bare)).status).toBe('fail');
    expect(judgeAccessTools(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeAccessTools(await judgeWith(bare)).status).toBe('warn');
  });
});

describe('C9 — accessibility (axe results in snapshot.browser) and performance (Lighthouse)', () => {
  it('no browser run: not_applicable, unless static checks already show faults', async () => {
    expect(judgeAxe(await judgeWith(sampleSite()), 'wcag21aa').status).toBe('not_applicable');
    const marquee = sampleSite({ homeExtra: '<marquee>Tin mới</marquee><img src="/x.png">' });
    expect(judgeAxe(await judgeWith(marquee), 'tt32').status).toBe('fail');
    expect(judgeAxe(await judgeWith(marquee), 'floor').status).toBe('fail'); // the image without alt
  });
  it('WCAG 2.1 A/AA target; the legal floor (Level A) reported apart; AA-only → warn on the floor', async () => {
    const aaOnly = sampleSite({ snapshot: { browser: axe([{ id: 'color-contrast', tags: ['wcag2aa', 'wcag143'] }]) } });
    expect(judgeAxe(await judgeWith(aaOnly), 'wcag21aa').status).toBe('fail');
    expect(judgeAxe(await judgeWith(aaOnly), 'floor').status).toBe('warn');
    expect(judgeAxe(await judgeWith(aaOnly), 'tt32').status).toBe('fail'); // contrast is in Art. 18(1)(a)
    const levelA = sampleSite({ snapshot: { browser: axe([{ id: 'image-alt', tags: ['wcag2a', 'wcag111'], impact: 'critical' }]) } });
    const j = judgeAxe(await judgeWith(levelA), 'floor');
    expect(j.status).toBe('fail');
    expect(j.evidence[0]).toMatchObject({ selector: 'img.logo' });
    const clean = sampleSite({ snapshot: { browser: axe([]) } });
    expect(judgeAxe(await judgeWith(clean), 'wcag21aa').status).toBe('pass');
  });
  it('Lighthouse: within thresholds → pass; over → fail; not run → not_applicable', async () => {
    const lh = (fcpMs: number, lcpMs: number, speedIndexMs: number, tbtMs: number) => sampleSite({ snapshot: { browser: { lighthouse: [{ url: `${ORIGIN}/`, runs: 3, fcpMs, lcpMs, speedIndexMs, tbtMs }] } } });
    expect(judgeLighthouse(await judgeWith(lh(1200, 2500, 3000, 150))).status).toBe('pass');
    const slow = judgeLighthouse(await judgeWith(lh(3500, 2500, 3000, 700)));
    expect(slow.status).toBe('fail');
    expect(slow.message.en).toMatch(/FCP 3\.50 s/);
    expect(slow.message.en).toMatch(/TBT/);
    expect(judgeLighthouse(await judgeWith(sampleSite())).status).toBe('not_applicable');
  });
});

describe('C10 — English version', () => {
  it('organisation/functions in English (≥150 words): pass; no English: fail', async () => {
    expect(judgeEnglishOrg(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeEnglishOrg(await judgeWith(sampleSite({ without: ['english'] }))).status).toBe('fail');
  });
  it('a language switch that keeps Vietnamese content is not an English version', async () => {
    const s = sampleSite({ without: ['english'], pages: { '/en': html({ title: 'Trang chủ - Sở Tư pháp', lang: 'en', main: `<p>${'Sở Tư pháp là cơ quan chuyên môn của Ủy ban nhân dân tỉnh, có chức năng tham mưu về công tác tư pháp. '.repeat(5)}</p>` }) } });
    const j = judgeEnglishOrg(await judgeWith(s));
    expect(j.status).toBe('fail');
    expect(j.message.en).toMatch(/content stays Vietnamese/);
  });
  it('English contacts of competent officials: pass; only the agency switchboard: fail', async () => {
    expect(judgeEnglishContacts(await judgeWith(sampleSite())).status).toBe('pass');
    const j = judgeEnglishContacts(await judgeWith(sampleSite({ without: ['english-contacts'] })));
    expect(j.status).toBe('fail');
    expect(j.message.en).toMatch(/general contacts/);
  });
  it('English leader list kept current', async () => {
    expect(judgeEnglishCurrent(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeEnglishCurrent(await judgeWith(sampleSite({ without: ['english-contacts'] }))).status).toBe('warn');
  });
  it('identity: an English sub-site titled with another agency fails', async () => {
    expect(judgeEnglishIdentity(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeEnglishIdentity(await judgeWith(sampleSite({ without: ['english'] }))).status).toBe('not_applicable');
    const cloned = sampleSite();
    for (const p of cloned.pages) if (p.url.includes('/en') && p.facts) p.facts.title = p.facts.title.replace('Department of Justice of Thai Nguyen Province', 'Cổng thông tin điện tử Huyện Định Hóa');
    const j = judgeEnglishIdentity(await judgeWith(cloned));
    expect(j.status).toBe('fail');
    expect(j.evidence[0].selector).toBe('title');
    expect(agencyMention('Home - Cổng thông tin điện tử Quận Ba Đình')).toMatchObject({ kind: 'district', name: 'ba dinh' });
    expect(agencyMention('Sở Lao động - Thương binh và Xã hội')?.kind).toBe('department');
  });
});

describe('C10 — freshness against --on', () => {
  it('newest item ≤ 7 days: pass; ≤ 30: warn; older: fail', async () => {
    expect(judgeFreshness(await judgeWith(sampleSite(), { on: '2026-11-29' })).status).toBe('pass');
    expect(judgeFreshness(await judgeWith(sampleSite(), { on: '2026-12-20' })).status).toBe('warn');
    const j = judgeFreshness(await judgeWith(sampleSite(), { on: '2027-03-01' }));
    expect(j.status).toBe('fail');
    expect(j.data).toMatchObject({ newest: '2026-11-27' });
  });
  it('ignores dates after the reference date and “today” widgets', async () => {
    const s = snapshot([page(`${ORIGIN}/`, html({ title: `Trang chủ - ${AGENCY}`, header: '<span>Thứ Bảy, 28/11/2026</span>', main: '<ul><li><a href="/a">Tin cũ</a> 01/06/2026</li></ul>' }))]);
    const j = judgeFreshness(await judgeWith(s, { on: '2026-11-29' }));
    expect(j.data).toMatchObject({ newest: '2026-06-01' });
    expect(j.status).toBe('fail');
    expect(judgeFreshness(await judgeWith(s, { on: '2026-05-01' })).status).toBe('warn'); // nothing dated before
  });
});
