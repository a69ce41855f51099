/**
 * Crawl order and the page budget. A provincial portal's home page lists its 120 component sites in the main body;
 * the crawl (small page limit) must still reach the structure of the site — header/menu/footer pages, the English
 * entry, the HTML site map, feed items — before it spends pages on the directory, and it must sample a long
 * main-body list instead of fetching it whole, saying in `limitsHit` what it left out. Regression for the scan of
 * the demo portal, where N42-4.1e/officials could only be judged if the leaders page (a menu page) was fetched.
 *
 * A component site served at a path of the portal's host (`/so-1/` with `--portal` the host's root) is crawled
 * inside its path and its English twin only: the portal's pages and feed on the same host are not the component's.
 *
 * Small hand-written HTML served on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentPathScope, crawlSite, inPathScope, listKey } from '../src/crawl/crawler.js';
import { evaluate, ruleSetFor } from '../src/rules/engine.js';
import type { PageSnapshot } from '../src/snapshot.js';
import { html, routes, startServer, type TestServer } from './helpers/server.js';

const MENU: [string, string][] = [
  ['Trang chủ', '/'],
  ['Giới thiệu', '/gioi-thieu'],
  ['Cơ cấu tổ chức', '/co-cau-to-chuc'],
  ['Lãnh đạo', '/lanh-dao'],
  ['Liên hệ', '/lien-he'],
  ['Sơ đồ trang', '/so-do-trang'],
];

const layout = (title: string, main: string, menu: [string, string][] = MENU, en = '/en/') => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>
<header><p>ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM</p><a href="${en}" hreflang="en">English</a>
<nav><ul>${menu.map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join('')}</ul></nav></header>
<main>${main}</main>
<footer><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a> Địa chỉ: số 1 đường Thử. Điện thoại: 0209 3870 001</footer></body></html>`;

/** Three groups of 40 component sites; the third group's slugs look like article slugs (≥ 4 hyphens). */
const GROUPS = [
  { title: 'Sở, ban, ngành', slug: (i: number) => `/so-${i}/`, name: (i: number) => `Trang thông tin điện tử Sở số ${i}` },
  { title: 'Huyện, thành phố', slug: (i: number) => `/huyen-${i}/`, name: (i: number) => `Trang thông tin điện tử huyện số ${i}` },
  { title: 'Xã, phường, thị trấn', slug: (i: number) => `/xa-phuong-thi-tran-so-${i}/`, name: (i: number) => `Trang thông tin điện tử xã số ${i}` },
];
const COMPONENTS = GROUPS.flatMap((g) => Array.from({ length: 40 }, (_, i) => ({ path: g.slug(i + 1), name: g.name(i + 1) })));

const NEWS = ['/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-nam-2023', '/tin-tuc/day-manh-chuyen-doi-so-toan-tinh'];

const homeMain = `<h1>Tin mới</h1><ul class="news">${NEWS.map((p, i) => `<li><a href="${p}">Tin hoạt động số ${i + 1} của Ủy ban nhân dân tỉnh</a> 2${i}/11/2022</li>`).join('')}</ul>
<section><h2>Các trang thành phần</h2>${GROUPS.map(
  (g) => `<section><h3>${g.title}</h3><ul class="site-list">${Array.from({ length: 40 }, (_, i) => `<li><a href="${g.slug(i + 1)}">${g.name(i + 1)}</a></li>`).join('')}</ul></section>`,
).join('')}</section>`;

/** A component site's page: its own menu, its own English twin (both lead away from the portal's structure). */
const componentPage = (path: string) =>
  layout(
    `Trang thành phần ${path}`,
    `<h1>Trang thành phần</h1><p>Tin của trang thành phần.</p>`,
    [
      ['Trang chủ', path],
      ['Giới thiệu', `${path}gioi-thieu`],
      ['Lãnh đạo', `${path}lanh-dao`],
    ],
    `/en${path}`,
  );

const LEADERS = `<h1>Lãnh đạo</h1><table><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Thư điện tử</th></tr>
<tr><td>Hoàng Minh Đức</td><td>Chủ tịch</td><td>0209 3870 010</td><td>hmduc@thunghiem.gov.vn</td></tr>
<tr><td>Ma Thị Nguyệt</td><td>Phó Chủ tịch</td><td>0209 3870 011</td><td>mtnguyet@thunghiem.gov.vn</td></tr></table>`;

const STRUCTURE = ['/gioi-thieu', '/co-cau-to-chuc', '/lanh-dao', '/lien-he', '/so-do-trang', '/chinh-sach-bao-mat', '/en/'];

describe('crawl order: structure first, long main-body lists sampled', () => {
  let site: TestServer;
  beforeAll(async () => {
    const pages: Record<string, ReturnType<typeof html>> = {
      '/': html(layout('Ủy ban nhân dân tỉnh Thử Nghiệm', homeMain)),
      '/gioi-thieu': html(layout('Giới thiệu', '<h1>Giới thiệu</h1><p>Tỉnh Thử Nghiệm.</p>')),
      '/co-cau-to-chuc': html(layout('Cơ cấu tổ chức', '<h1>Cơ cấu tổ chức</h1><p>Văn phòng; các sở.</p>')),
      '/lanh-dao': html(layout('Lãnh đạo', LEADERS)),
      '/lien-he': html(layout('Liên hệ', '<h1>Liên hệ</h1><p>Thư điện tử: vanphong@thunghiem.gov.vn</p>')),
      '/chinh-sach-bao-mat': html(layout('Chính sách bảo mật', '<h1>Chính sách bảo mật</h1>')),
      '/so-do-trang': html(layout('Sơ đồ trang', '<h1>Sơ đồ trang</h1><ul><li><a href="/van-ban">Văn bản</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>')),
      '/van-ban': html(layout('Văn bản', '<h1>Văn bản</h1>')),
      '/tin-tuc': html(layout('Tin tức', '<h1>Tin tức</h1>')),
      '/en/': html(layout('Thu Nghiem Province', '<h1>Welcome</h1><p>The provincial portal.</p>', [['About', '/en/about']], '/en/').replace('lang="vi"', 'lang="en"')),
      '/en/about': html(layout('About', '<h1>About</h1>', [['About', '/en/about']], '/en/').replace('lang="vi"', 'lang="en"')),
      '/feed-item-1': html(layout('Thông báo số 1', '<h1>Thông báo số 1</h1>')),
      '/rss.xml': (_q, r) => {
        r.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        r.end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin</title><item><title>Thông báo số 1</title><link>${site.url}/feed-item-1</link><pubDate>Mon, 28 Nov 2022 08:00:00 GMT</pubDate></item></channel></rss>`);
      },
    };
    for (const p of NEWS) pages[p] = html(layout('Tin', `<h1>Tin</h1><p>Ngày 25/11/2022</p>`));
    site = await startServer(
      routes(pages, (req, res) => {
        // every component site and everything under it (its menu pages, its English twin) answers
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const root = path.replace(/^\/en/, '').match(/^\/[^/]+\//)?.[0] ?? '/x/';
        res.end(componentPage(root));
      }),
    );
  });
  afterAll(async () => {
    await site.close();
  });

  const paths = (pages: PageSnapshot[]) => pages.map((p) => p.url.replace(site.url, ''));
  const isComponent = (p: string) => COMPONENTS.some((c) => p === c.path || p.startsWith(c.path) || p.startsWith(`/en${c.path}`));

  it('a tight page budget reaches every menu/footer page, the English entry and feed items, not the directory', async () => {
    const snap = await crawlSite({ url: `${site.url}/`, level: 'province' }, { maxPages: 14, cloakingProbe: false, searchProbe: false, network: false });
    const got = paths(snap.pages);
    expect(got).toHaveLength(14);
    expect(got).toEqual(expect.arrayContaining(['/', ...STRUCTURE, '/feed-item-1']));
    // the two news articles are the samples; at most two directory entries (article-like slugs) ride along with them
    expect(got).toEqual(expect.arrayContaining(NEWS));
    expect(got.filter(isComponent).length).toBeLessThanOrEqual(3);
    // with the leaders page fetched, the officials' contacts are judged (and pass: names, positions, .gov.vn e-mail)
    const findings = evaluate(snap, await ruleSetFor({ on: '2022-12-01', basis: ['42/2022'] }));
    expect(findings.find((f) => f.ruleId === 'N42-4.1e/officials')?.status).toBe('pass');
  });

  it('fetches breadth-first by class: structure, samples, deeper structure, main-body links, then what those link to', async () => {
    const snap = await crawlSite({ url: `${site.url}/` }, { maxPages: 60, cloakingProbe: false, searchProbe: false, network: false });
    const got = paths(snap.pages);
    const firstBody = snap.pages.findIndex((p) => p.via === 'link');
    const lastStructure = Math.max(...STRUCTURE.map((s) => got.indexOf(s)));
    expect(firstBody).toBeGreaterThan(lastStructure);
    // the site map's content (depth 2) and the English entry's menu come before the directory
    for (const p of ['/van-ban', '/tin-tuc', '/en/about']) expect(got.indexOf(p), p).toBeGreaterThan(-1);
    expect(Math.max(got.indexOf('/van-ban'), got.indexOf('/tin-tuc'), got.indexOf('/en/about'))).toBeLessThan(firstBody);
    // breadth-first inside the structure: every depth-1 structure page before any depth-2 one
    const structural = snap.pages.filter((p) => ['menu', 'footer', 'english', 'sitemap-page'].includes(p.via));
    const lastDepth1 = structural.map((p) => p.depth).lastIndexOf(1);
    const firstDepth2 = structural.map((p) => p.depth).indexOf(2);
    expect(firstDepth2).toBeGreaterThan(lastDepth1);
    // pages that only component sites link to (their menus, their English twins) come after every main-body link
    const lastBody = snap.pages.map((p) => p.via).lastIndexOf('link');
    const rest = snap.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.depth === 2 && isComponent(p.url.replace(site.url, '')));
    for (const { i } of rest) expect(i).toBeGreaterThan(lastBody);
  });

  it('samples long main-body lists (> 20 links: 5 per list, 20 per group of similar lists) and reports what it left out', async () => {
    const snap = await crawlSite({ url: `${site.url}/` }, { maxPages: 200, maxDepth: 1, cloakingProbe: false, searchProbe: false, network: false });
    const got = paths(snap.pages);
    for (const g of GROUPS) {
      const fetched = got.filter((p) => Array.from({ length: 40 }, (_, i) => g.slug(i + 1)).includes(p));
      expect(fetched.length, g.title).toBe(5);
    }
    expect(snap.limitsHit.filter((l) => /sampled/.test(l))).toEqual([
      `main-body links sampled on ${site.url}/: 105 of 122 links not queued (at most 5 from a list of more than 20 links and 20 from a group of similar lists; ` +
        `largest group: 120 links at "body > main:nth-of-type(1) > section > section > ul > li > a")`,
    ]);
    // the short news list is not a long list: both its links are fetched
    expect(got).toEqual(expect.arrayContaining(NEWS));
    // lists of up to 4 × listSample links are followed whole, but a group of similar lists gives 4 × listSample in
    // all, taken across its lists (round robin), so one directory cannot spend the budget either way
    const more = await crawlSite({ url: `${site.url}/` }, { maxPages: 200, maxDepth: 1, listSample: 10, cloakingProbe: false, searchProbe: false, network: false });
    const comp = paths(more.pages).filter(isComponent);
    expect(comp).toHaveLength(40);
    for (const g of GROUPS) expect(comp.filter((p) => p.startsWith(g.slug(1).replace(/1\/$/, ''))).length, g.title).toBeGreaterThanOrEqual(13);
    expect(more.limitsHit.some((l) => l.startsWith(`main-body links sampled on ${site.url}/: 80 of 122 links not queued (at most 10 from a list of more than 40 links and 40 from a group`))).toBe(true);
  });

  it('a component at a path of the portal host (--portal given) is crawled inside its path and its English twin', async () => {
    const seenBefore = site.requests.length;
    const snap = await crawlSite({ url: `${site.url}/so-1/`, portalUrl: `${site.url}/`, level: 'department' }, { cloakingProbe: false, searchProbe: false, network: false });
    const got = paths(snap.pages);
    expect(snap.pathScope).toEqual(['/so-1', '/en/so-1']);
    expect(got).toEqual(expect.arrayContaining(['/so-1/', '/so-1/gioi-thieu', '/so-1/lanh-dao', '/en/so-1/']));
    expect(got.every((p) => p.startsWith('/so-1/') || p.startsWith('/en/so-1/')), got.join(' ')).toBe(true);
    expect(snap.englishUrl).toBe(`${site.url}/en/so-1/`);
    // the portal's footer page and feed items (same host, same layout) are not the component's
    expect(site.requests.slice(seenBefore).map((q) => q.url)).not.toContain('/feed-item-1');
    // a start URL below the component's root: the menu shows where the component is
    const deeper = await crawlSite({ url: `${site.url}/so-1/trang-chu`, portalUrl: `${site.url}/` }, { maxPages: 10, cloakingProbe: false, searchProbe: false, network: false });
    expect(deeper.pathScope).toEqual(['/so-1', '/en/so-1']);
    expect(paths(deeper.pages)).toEqual(expect.arrayContaining(['/so-1/trang-chu', '/so-1/', '/so-1/gioi-thieu']));
    // without --portal the whole host is the site
    const whole = await crawlSite({ url: `${site.url}/so-1/` }, { maxPages: 30, cloakingProbe: false, searchProbe: false, network: false });
    expect(whole.pathScope).toBeUndefined();
    expect(paths(whole.pages)).toContain('/chinh-sach-bao-mat');
  });

  it('componentPathScope / inPathScope', () => {
    expect(componentPathScope('https://thainguyen.gov.vn/web/so-ngoai-vu', 'https://thainguyen.gov.vn/')).toBe('/web/so-ngoai-vu');
    expect(componentPathScope('https://www.thainguyen.gov.vn/web/So-Ngoai-Vu/', 'thainguyen.gov.vn')).toBe('/web/so-ngoai-vu');
    expect(componentPathScope('http://127.0.0.1:3100/phuong-x/index.html', 'http://127.0.0.1:3100/')).toBe('/phuong-x');
    expect(componentPathScope('https://thainguyen.gov.vn/', 'https://thainguyen.gov.vn/')).toBeUndefined();
    expect(componentPathScope('https://thainguyen.gov.vn/index.html', 'https://thainguyen.gov.vn/')).toBeUndefined();
    expect(componentPathScope('https://stp.thainguyen.gov.vn/web/home', 'https://thainguyen.gov.vn/')).toBeUndefined();
    expect(componentPathScope('https://thainguyen.gov.vn/web/so-ngoai-vu', undefined)).toBeUndefined();
    expect(inPathScope('https://x.gov.vn/web/so-ngoai-vu', ['/web/so-ngoai-vu'])).toBe(true);
    expect(inPathScope('https://x.gov.vn/web/so-ngoai-vu/gioi-thieu?id=1', ['/web/so-ngoai-vu'])).toBe(true);
    expect(inPathScope('https://x.gov.vn/web/so-ngoai-vu-2/', ['/web/so-ngoai-vu'])).toBe(false);
    expect(inPathScope('https://x.gov.vn/', [])).toBe(true);
  });

  it('listKey: items of one list share a key; other lists, tables and id-anchored items are told apart', () => {
    const li = (n: number, ul = 1) => `#main > div:nth-of-type(1) > section:nth-of-type(3) > ul:nth-of-type(${ul}) > li:nth-of-type(${n}) > a:nth-of-type(1)`;
    expect(listKey(li(1))).toBe(listKey(li(40)));
    expect(listKey(li(1))).toBe('#main > div:nth-of-type(1) > section:nth-of-type(3) > ul > li > a');
    expect(listKey('#main > section:nth-of-type(2) > ul:nth-of-type(1) > li:nth-of-type(1) > a:nth-of-type(1)')).not.toBe(listKey(li(1)));
    const row = (n: number) => `#docs > tbody:nth-of-type(1) > tr:nth-of-type(${n}) > td:nth-of-type(2) > a:nth-of-type(1)`;
    expect(listKey(row(2))).toBe(listKey(row(300)));
    expect(listKey('#item-12 > a:nth-of-type(1)')).toBe(listKey('#item-13 > a:nth-of-type(1)'));
    expect(listKey(undefined)).toBe('(no selector)');
    // the family of a list: sibling lists of one block share it
    const district = (d: number, n: number) => `#main > section:nth-of-type(3) > div:nth-of-type(${d}) > ul:nth-of-type(1) > li:nth-of-type(${n}) > a:nth-of-type(1)`;
    expect(listKey(district(1, 1))).not.toBe(listKey(district(2, 1)));
    expect(listKey(district(1, 1), 5)).toBe(listKey(district(8, 20), 5));
  });
});
