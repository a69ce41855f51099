/** C5 (links, EMC), C6 (access to information), C7 (footer/home identity, header, menu, sitemap, licence). */
import { describe, expect, it } from 'vitest';
import { judgeEmcLabel, judgeEmcTag, judgeFeeds, judgeGovLinks, judgeOpenData } from '../src/checks/links-emc.js';
import { judgeAccessInfoSection, judgeDisclosureList, judgeInfoRegulation } from '../src/checks/access-info.js';
import { judgeFooter, judgeHeaderBanner, judgeHomepageIdentity, judgeLicence, judgeMainMenu, judgeSitemap } from '../src/checks/identity.js';
import { evaluate, ruleSetFor } from '../src/rules/engine.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';
import { AGENCY, ORIGIN, sampleSite } from './helpers/sample-site.js';

describe('C5 — links to other agencies, integration, EMC', () => {
  it('links to other state agencies: pass; none: fail; no link to the portal: warn', async () => {
    expect(judgeGovLinks(await judgeWith(sampleSite())).status).toBe('pass');
    const s = sampleSite({ without: ['gov-links'] });
    for (const p of s.pages) if (p.facts) p.facts.links = p.facts.links.filter((l) => !/gov\.vn|chinhphu/.test(new URL(l.url).hostname) || l.url.startsWith(ORIGIN));
    expect(judgeGovLinks(await judgeWith(s)).status).toBe('fail');
    const w = sampleSite({ site: { portalUrl: 'https://backan.gov.vn' } });
    expect(judgeGovLinks(await judgeWith(w)).status).toBe('warn');
  });
  it('counts links offered only through a “Chọn liên kết” drop-down', async () => {
    const s = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ', main: '<select id="lienket"><option value="#">Chọn liên kết</option><option value="http://chinhphu.vn/portal">Cổng TTĐT Chính phủ</option></select>' }))]);
    const j = judgeGovLinks(await judgeWith(s));
    expect(j.status).toBe('pass');
    expect(j.evidence[0].selector).toMatch(/lienket.*option/);
  });
  it('EMC tag with a numeric site id on every page type: pass', async () => {
    const j = judgeEmcTag(await judgeWith(sampleSite()));
    expect(j.status).toBe('pass');
    expect(j.data?.siteIds).toEqual(['1234']);
  });
  it('EMC tag missing: fail; empty or wrong site id: fail', async () => {
    expect(judgeEmcTag(await judgeWith(sampleSite({ without: ['emc'] }))).status).toBe('fail');
    expect(judgeEmcTag(await judgeWith(sampleSite({ site: { emcSiteId: '9999' } }))).status).toBe('fail');
    const empty = sampleSite({ without: ['emc'], scripts: "<script>var _govaq = window._govaq || []; _govaq.push(['setTrackerUrl', 'https://f-emc.ngsp.gov.vn/tracking']); _govaq.push(['setSiteId', '']);</script>", site: { emcSiteId: undefined } });
    const j = judgeEmcTag(await judgeWith(empty));
    expect(j.status).toBe('fail');
    expect(j.message.en).toMatch(/empty or not a number/);
  });
  it('Circular 22/2023 EMC rule before the 5/4/2025 deadline only warns', async () => {
    const s = sampleSite({ without: ['emc'] });
    const out = evaluate(s, await ruleSetFor({ on: '2024-12-01' }));
    expect(out.find((f) => f.ruleId === 'TT22-Ch.III')!.status).toBe('warn');
    const later = evaluate(s, await ruleSetFor({ on: '2025-06-01' }));
    expect(later.find((f) => f.ruleId === 'TT22-Ch.III')!.status).toBe('fail');
  });
  it('EMC label, feeds, open data: pass and fail', async () => {
    expect(judgeEmcLabel(await judgeWith(sampleSite())).status).toBe('pass');
    const bare = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ' }))]);
    expect(judgeEmcLabel(await judgeWith(bare)).status).toBe('fail');
    expect(judgeFeeds(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeFeeds(await judgeWith(bare)).status).toBe('fail');
    const od = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ', main: '<a href="https://data.thainguyen.gov.vn">Cổng dữ liệu mở</a>' }))]);
    expect(judgeOpenData(await judgeWith(od)).status).toBe('pass');
    expect(judgeOpenData(await judgeWith(bare)).status).toBe('fail');
  });
});

describe('C6 — access to information', () => {
  it('section with the disclosure list table: pass', async () => {
    const ctx = await judgeWith(sampleSite());
    expect(judgeAccessInfoSection(ctx).status).toBe('pass');
    expect(judgeDisclosureList(ctx).status).toBe('pass');
    expect(judgeInfoRegulation(ctx).status).toBe('pass');
  });
  it('section without the list: fail; no section: fail', async () => {
    const ctx = await judgeWith(sampleSite({ without: ['disclosure-table'] }));
    expect(judgeAccessInfoSection(ctx).status).toBe('fail');
    expect(judgeDisclosureList(ctx).status).toBe('fail');
    const none = await judgeWith(sampleSite({ without: ['access-info'] }));
    expect(judgeAccessInfoSection(none).status).toBe('fail');
    expect(judgeInfoRegulation(none).status).toBe('fail');
  });
  it('a list missing the form/time columns fails', async () => {
    const s = sampleSite({ pages: { '/tiep-can-thong-tin': html({ title: `Tiếp cận thông tin - ${AGENCY}`, main: '<h1>Tiếp cận thông tin</h1><table><tr><th>Tên văn bản</th><th>Ngày ban hành</th><th>Tải về</th></tr><tr><td>A</td><td>1/1/2026</td><td><a href="/a.pdf">PDF</a></td></tr></table>' }) } });
    expect(judgeDisclosureList(await judgeWith(s)).status).toBe('fail');
  });
  it('the failure names the columns the list lacks (Decree 13/2018 Art. 6(3)), e.g. only the creation date', async () => {
    const noDate = sampleSite({
      pages: {
        '/tiep-can-thong-tin': html({
          title: `Tiếp cận thông tin - ${AGENCY}`,
          main: '<h1>Tiếp cận thông tin</h1><table><thead><tr><th>Thông tin</th><th>Căn cứ</th><th>Hình thức</th><th>Thời điểm</th></tr></thead><tbody><tr><td>Kế hoạch công tác năm</td><td>Điều 17</td><td>Đăng trên trang</td><td>Quý I</td></tr></tbody></table>',
        }),
      },
    });
    const j = judgeDisclosureList(await judgeWith(noDate));
    expect(j.status).toBe('fail');
    expect(j.message.en).toBe('A table of the information to be disclosed exists but lacks the creation/issue date column.');
    expect(j.data?.missing).toEqual(['date']);
    const noFormTime = sampleSite({ pages: { '/tiep-can-thong-tin': html({ title: `Tiếp cận thông tin - ${AGENCY}`, main: '<h1>Tiếp cận thông tin</h1><table><tr><th>Tên văn bản</th><th>Ngày ban hành</th><th>Tải về</th></tr><tr><td>A</td><td>1/1/2026</td><td><a href="/a.pdf">PDF</a></td></tr></table>' }) } });
    expect(judgeDisclosureList(await judgeWith(noFormTime)).message.en).toMatch(/lacks the form of disclosure, time\/duration of disclosure columns/);
  });
});

describe('C7 — identity, header, menu, sitemap, licence', () => {
  it('footer with all items: pass; without a named person responsible: fail', async () => {
    expect(judgeFooter(await judgeWith(sampleSite())).status).toBe('pass');
    const j = judgeFooter(await judgeWith(sampleSite({ without: ['footer-responsible'] })));
    expect(j.status).toBe('fail');
    expect(j.data?.missing).toEqual(['responsible']);
  });
  it('“Chịu trách nhiệm” without a name does not count', async () => {
    const s = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ', footer: `<p>${AGENCY}. Người chịu trách nhiệm: Ban Biên tập. Địa chỉ: số 1. ĐT: 0208 3855 123. Email: a@thainguyen.gov.vn ©2026</p>` }))]);
    expect(judgeFooter(await judgeWith(s)).status).toBe('fail');
  });
  it('home-page identity (Circular 09/2014 / Decree 174/2026): pass and fail', async () => {
    expect(judgeHomepageIdentity(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeHomepageIdentity(await judgeWith(sampleSite({ without: ['footer-responsible'] }))).status).toBe('fail');
  });
  it('header: emblem and agency name → pass; image banner only → warn; nothing → fail', async () => {
    expect(judgeHeaderBanner(await judgeWith(sampleSite())).status).toBe('pass');
    const img = snapshot([page(`${ORIGIN}/`, `<html><head><title>Trang chủ</title></head><body><header><img src="/banner.jpg" alt="banner"></header><main>x</main></body></html>`)], {}, { agency: AGENCY });
    expect(judgeHeaderBanner(await judgeWith(img)).status).toBe('warn');
    const none = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ' }))], {}, { agency: AGENCY });
    expect(judgeHeaderBanner(await judgeWith(none)).status).toBe('fail');
  });
  it('menu with Home, Introduction, online services, sitemap: pass; without online services: fail', async () => {
    expect(judgeMainMenu(await judgeWith(sampleSite())).status).toBe('pass');
    const j = judgeMainMenu(await judgeWith(sampleSite({ without: ['menu-dvc'] })));
    expect(j.status).toBe('fail');
    expect(j.data?.missing).toEqual(['dvc']);
  });
  it('sitemap page + XML: pass; no XML: fail', async () => {
    expect(judgeSitemap(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeSitemap(await judgeWith(sampleSite({ without: ['xml-sitemap'] }))).status).toBe('fail');
  });
  it('licence: not_applicable for a state agency (N147-24 / TT09-2.1c); general sites must show it', async () => {
    const na = judgeLicence(await judgeWith(sampleSite()));
    expect(na.status).toBe('not_applicable');
    expect(na.message.en).toMatch(/needs no licence/);
    const general = sampleSite({ site: { siteType: 'general', level: 'enterprise' } });
    expect(judgeLicence(await judgeWith(general)).status).toBe('fail');
    const lic = sampleSite({ site: { siteType: 'general', level: 'enterprise' }, homeExtra: '<p>Giấy phép số 45/GP-STTTT ngày 12/03/2024 do Sở Thông tin và Truyền thông cấp</p>' });
    expect(judgeLicence(await judgeWith(lic)).status).toBe('pass');
    const unknown = sampleSite({ site: { level: undefined } });
    expect(judgeLicence(await judgeWith(unknown)).message.en).toMatch(/unknown/);
  });
});
