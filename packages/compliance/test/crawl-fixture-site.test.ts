/**
 * Crawl of the 20 real sotttt.hanoi.gov.vn pages served at their mirrored paths on 127.0.0.1 (see
 * helpers/fixture-site.ts). Skips with a message when $CONG_SHARED_DIR/fixtures is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../src/crawl/crawler.js';
import type { SiteSnapshot } from '../src/snapshot.js';
import { FIXTURES_MISSING, fixturesAvailable, startFixtureSite, type FixtureSite } from './helpers/fixture-site.js';

const available = fixturesAvailable();
if (!available) console.warn(FIXTURES_MISSING);

describe.skipIf(!available)('crawl of the real fixture site', () => {
  let site: FixtureSite;
  let snap: SiteSnapshot;
  beforeAll(async () => {
    site = await startFixtureSite();
    snap = await crawlSite({ url: site.url, name: 'Sở Thông tin và Truyền thông Hà Nội', level: 'department' }, { maxPages: 150 });
  }, 120_000);
  afterAll(() => site?.close());

  it('serves the 20 pages at their mirrored paths', async () => {
    expect(site.pages).toHaveLength(20);
    expect(site.pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/index.html', '/vi/lien-he.html', '/web/sotttt-eng/about-us.html', '/en/van-ban-phap-quy61f7.html']));
    for (const p of site.pages) {
      const res = await fetch(`${site.origin}${encodeURI(p.path)}`);
      expect(res.status, p.path).toBe(200);
    }
  });

  it('reaches the pages linked from menus, the home page and the HTML site map', () => {
    const ok = snap.pages.filter((p) => p.status === 200).map((p) => new URL(p.url).pathname);
    expect(ok).toEqual(
      expect.arrayContaining([
        '/',
        '/en.html',
        '/gioi-thieu.html',
        '/co-cau-to-chuc.html',
        '/chuc-nang-nhiem-vu.html',
        '/lanh-ao-so.html',
        '/phong-ban-chuyen-mon.html',
        '/cong-nghe-thong-tin.html',
        '/hoi-ap.html',
        '/so-do-website.html',
        '/lay-y-kien-van-ban-du-thao.html',
        '/cong-khai-ngan-sach.html',
      ]),
    );
    // HTTrack did not mirror every linked page: those are recorded as 404s, not errors
    expect(snap.pages.some((p) => p.status === 404)).toBe(true);
    expect(snap.errors).toEqual([]);
    expect(snap.pages.find((p) => p.url === site.url)?.via).toBe('start');
    expect(snap.pages.find((p) => p.url.endsWith('/gioi-thieu.html'))?.via).toBe('menu');
  });

  it('finds the English entry, the search boxes and the old libraries', () => {
    // the visible switch (/web/sotttt-eng/home.html) was not mirrored; the hreflang alternate answers
    expect(snap.englishUrl).toBe(`${site.origin}/en.html`);
    expect(snap.pages.find((p) => p.url.endsWith('/web/sotttt-eng/home.html'))?.status).toBe(404);
    const home = snap.pages[0].facts!;
    const search = home.forms.filter((f) => f.isSearch);
    expect(search).toHaveLength(2);
    // the Liferay form submits to the original host, so the probe does not leave loopback
    expect(snap.searchProbe?.error).toMatch(/submits to another host \(sotttt\.hanoi\.gov\.vn\); not exercised/);
    const libs = new Map(snap.pages.flatMap((p) => p.facts?.scripts ?? []).filter((s) => s.library).map((s) => [s.library!.name, s.library!.version]));
    expect(libs.get('jquery-ui')).toBe('1.5.3');
    expect(libs.get('jquery.carouFredSel')).toBe('6.2.0');
    expect(home.outboundHosts).toContain('chinhphu.vn');
  });

  it('records robots, sitemap, feeds, TLS and network facts for a plain-http loopback site', () => {
    expect(snap.robots).toMatchObject({ status: 404, disallowsAll: false });
    expect(snap.sitemaps).toEqual([{ url: `${site.origin}/sitemap.xml`, kind: 'invalid', urls: [], error: 'HTTP 404' }]);
    expect(snap.feeds).toEqual([]);
    expect(snap.tls).toMatchObject({ valid: false, httpRedirectsToHttps: false });
    expect(snap.network).toEqual({ reason: 'not measurable on loopback' });
    expect(snap.cloaking?.[0].variants.map((v) => v.spamTerms)).toEqual([[], [], []]);
    expect(new Set(snap.cloaking?.[0].variants.map((v) => v.textHash)).size).toBe(1);
    expect(snap.limitsHit).toEqual([]);
  });

  it('extracts footer identity and contact facts from every Vietnamese page', () => {
    for (const p of snap.pages.filter((x) => x.status === 200 && x.facts)) {
      expect(p.facts!.footerText, p.url).toMatch(/Giảng Võ|Giang Vo/);
      expect(p.facts!.emails, p.url).toContain('tiepnhanykien_sotttt@hanoi.gov.vn');
    }
  });
});
