/**
 * The extractor on real government pages from the shared corpus (read from $CONG_SHARED_DIR, never
 * copied). Skips with a message when the folder is absent.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../src/extract/index.js';
import { FIXTURES_MISSING, fixtureHtmlDir, fixturesAvailable } from './helpers/fixture-site.js';

const available = fixturesAvailable();
if (!available) console.warn(FIXTURES_MISSING);

const BASE = 'http://127.0.0.1:8080';
const HOSTS = ['127.0.0.1:8080'];
const load = (file: string) => readFileSync(join(fixtureHtmlDir(), file), 'utf8');
const facts = (file: string, path = '/index.html') => extractPageFacts(load(file), `${BASE}${path}`, HOSTS);

describe.skipIf(!available)('extractor on the real fixture pages', () => {
  it('extracts every fixture page quickly, with absolute links and selectors', () => {
    for (const file of readdirSync(fixtureHtmlDir()).filter((f) => f.endsWith('.html'))) {
      const t0 = performance.now();
      const f = facts(file);
      expect(performance.now() - t0, file).toBeLessThan(3_000);
      expect(f.title.length, file).toBeGreaterThan(0);
      for (const l of f.links) {
        expect(() => new URL(l.url), `${file} ${l.url}`).not.toThrow();
        expect(l.selector, file).toBeTruthy();
      }
    }
  });

  it('sotttt home: menu, footer identity, search boxes, old libraries, link picker, language links', () => {
    const f = facts('sotttt.hanoi.gov.vn__home.html', '/');
    expect(f.title).toBe('Trang chủ - Sở Thông Tin Và Truyền Thông');
    expect(f.lang).toBe('vi-VN');
    const menu = f.links.filter((l) => l.region === 'menu').map((l) => l.text);
    expect(menu).toEqual(expect.arrayContaining(['Trang chủ', 'Giới thiệu', 'Cơ cấu tổ chức', 'Lãnh đạo Sở', 'Hỏi đáp', 'Liên hệ', 'Sơ đồ cổng']));
    expect(f.footerText).toMatch(/Địa chỉ: Số 185 Giảng Võ/);
    expect(f.footerText).toMatch(/Ghi rõ nguồn/);
    expect(f.footerText).not.toMatch(/Giấy phép/i); // the known gap: no licence number
    expect(f.emails).toEqual(['tiepnhanykien_sotttt@hanoi.gov.vn']);
    expect(f.phones).toEqual(expect.arrayContaining(['02435123536', '02437367115']));
    // the Liferay search portlet (GET, absolute action on the original host) and the JS-driven #txtTimKiem box
    const search = f.forms.filter((x) => x.isSearch);
    expect(search.find((x) => !x.scripted)).toMatchObject({ method: 'get', action: expect.stringMatching(/^https:\/\/sotttt\.hanoi\.gov\.vn\/tim-kiem\?/) });
    expect(search.find((x) => x.scripted)?.selector).toBe('#txtTimKiem');
    const libs = f.scripts.map((s) => s.library).filter(Boolean);
    expect(libs).toEqual(expect.arrayContaining([{ name: 'jquery-ui', version: '1.5.3' }, { name: 'jquery.carouFredSel', version: '6.2.0' }, { name: 'jquery' }]));
    // "Chọn liên kết" drop-down → links to other agencies
    expect(f.outboundHosts).toEqual(expect.arrayContaining(['chinhphu.vn', 'www.ict-hanoi.gov.vn']));
    expect(f.links.find((l) => l.url.startsWith('http://chinhphu.vn/'))?.text).toBe('Cổng thông tin điện tử Chính phủ');
    expect(f.languageLinks).toEqual(
      expect.arrayContaining([
        { url: `${BASE}/web/sotttt-eng/home.html`, lang: 'en', text: '', via: 'switch' },
        { url: `${BASE}/en.html`, lang: 'en-US', text: '', via: 'hreflang' },
      ]),
    );
    expect(f.emc).toBeUndefined();
    expect(f.meta.viewport).toBeUndefined();
    expect(f.dates.map((d) => d.date)).toContain('2022-08-24');
  });

  it('news article: publication date, print and e-mail controls', () => {
    const f = facts('sotttt.hanoi.gov.vn__news-article-1227838.html', '/vi/cong-nghe-thong-tin/-/view_content/1227838-x.html');
    expect(f.dates[0]).toMatchObject({ date: '2016-09-08' });
    expect(f.shareTargets).toEqual(['email', 'print']);
    expect(f.mainText).toContain('Triển khai dịch vụ công trực tuyến mức độ 3,4 năm 2016');
  });

  it('leaders page has names and titles but no contacts in the main text', () => {
    const f = facts('sotttt.hanoi.gov.vn__lanh-dao-so.html', '/lanh-ao-so.html');
    expect(f.mainText).toMatch(/Phó Giám đốc/);
    expect(f.mainText).not.toMatch(/@/);
  });

  it('legal-documents list: one issue date per row', () => {
    const f = facts('sotttt.hanoi.gov.vn__van-ban-phap-quy-list-p26-en.html', '/en/van-ban-phap-quy61f7.html');
    expect(f.dates.length).toBeGreaterThanOrEqual(20);
    expect(f.lang).toBe('en-US');
  });

  it('English sub-site: cloned district title, English contact details', () => {
    const home = facts('sotttt.hanoi.gov.vn__sotttt-eng.html', '/web/sotttt-eng.html');
    expect(home.title).toContain('Quận Ba Đình');
    expect(home.links.filter((l) => l.region === 'menu').map((l) => l.text)).toEqual(expect.arrayContaining(['About Us', 'Contact']));
    const contact = facts('sotttt.hanoi.gov.vn__sotttt-eng-contact.html', '/web/sotttt-eng/contact.html');
    expect(contact.emails).toContain('sotttt@ict-hanoi.gov.vn');
    expect(contact.phones).toContain('0435123536'); // old 10-digit Hanoi number (04) 35123536
  });

  it('other CMSs: SharePoint, Government Site Builder, Drupal', () => {
    const vbpl = extractPageFacts(load('vbpl.vn__van-ban-thuoc-tinh-1.html'), 'https://vbpl.vn/tw/Pages/vbpq-thuoctinh.aspx', ['vbpl.vn']);
    expect(vbpl.meta.generator).toBe('Microsoft SharePoint');
    expect(vbpl.languageLinks?.[0]).toMatchObject({ lang: 'en', text: 'English', via: 'switch' });
    const bmjv = extractPageFacts(load('www.bmjv.de__verbraucherportal-transparenz-preisanpassung.html'), 'https://www.bmjv.de/DE/x.html', ['www.bmjv.de']);
    expect(bmjv.meta.generator).toBe('Government Site Builder');
    expect(bmjv.headerImages.length).toBeGreaterThan(0);
    expect(bmjv.links.filter((l) => l.region === 'footer').length).toBeGreaterThan(10);
    const bb = extractPageFacts(load('www.politische-bildung-brandenburg.de__homo-brandenburgensis.html'), 'https://www.politische-bildung-brandenburg.de/themen/x', ['www.politische-bildung-brandenburg.de']);
    expect(bb.shareTargets).toEqual(expect.arrayContaining(['facebook', 'twitter']));
    expect(bb.forms.find((x) => x.isSearch)?.method).toBe('get');
    expect(bb.headerImages[0]?.alt).toContain('Landeszentrale');
  });
});
