/**
 * Page metadata, article extras and feeds, end to end on the demo province as `npm start` serves it:
 * - every page: <title>, description, canonical and hreflang alternates, Open Graph, the Dublin Core set of
 *   Circular 24/2011 (TT24-4), schema.org JSON-LD (GovernmentOrganization; NewsArticle on articles), the RSS
 *   alternate link and the print stylesheet (media=print); the EMC tag only on a site with an EMC site id, in the
 *   form the compliance scanner's extractor reads (packages/compliance extract);
 * - an article published through REST with a featured image and a republished-source citation: category link,
 *   <time datetime>, image alt text, source, print/save/share controls, related posts;
 * - RSS 2.0 per site and per category (parsed with a real XML parser): the new post is in, a draft is not, the
 *   English feed does not carry a Vietnamese-only post; the sitemap index lists every hosted site; each site's
 *   sitemap has lastmod and hreflang alternates; robots.txt;
 * - in Debian chromium: the reader toolbar (A+ grows the root font, contrast toggles `hc`, both persist after a
 *   reload, no layout shift), print media, 360 px; screenshots in test-results/screenshots (meta-*.png).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DEMO_PASSWORD, hasBuild, hasChromium, launchChromium, SCREENSHOTS, startDemoServer, type Running } from '../helpers/server';
import { planSites } from '../../src/provision/plan';
import { extractPageFacts } from '../../../../packages/compliance/src/extract/index';
import { runAxe } from '../../../../packages/compliance/src/browser/index';

const ready = hasChromium && hasBuild;
if (!ready) console.warn(`meta-feeds skipped: ${hasChromium ? '' : '/usr/bin/chromium missing; '}${hasBuild ? '' : 'no Next build (run npm test, which builds first)'}`);

const plan = planSites('06', '2022-12-01');
const communes = plan.filter((p) => p.level === 'commune');
const [first, second] = communes;
const stamp = Date.now();
const published = { slug: `hoi-nghi-so-ket-${stamp}`, title: `Hội nghị sơ kết công tác quý IV — thử nghiệm ${stamp}` };
const draft = { slug: `nhap-${stamp}`, title: `Bản nháp chưa đăng ${stamp}` };
const EMC_ID = '4242';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => ['item', 'url', 'sitemap', 'xhtml:link', 'category'].includes(n) });
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

let server: Running;
let browser: Browser;
let articleUrl: string;
let firstSiteId: number;

async function login(email: string): Promise<string> {
  const res = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  expect(res.status, `login ${email}`).toBe(200);
  return (await res.json()).token as string;
}

async function api(token: string, method: string, url: string, body?: unknown): Promise<any> {
  const res = await fetch(`${server.url}${url}`, { method, headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  expect(res.status, `${method} ${url}: ${JSON.stringify(json).slice(0, 500)}`).toBeLessThan(300);
  return json;
}

async function html(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return res.text();
}

/** `<meta name|property=key content>` values of a page. */
function metas(page: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of page.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"\/?>/g)) out.set(m[1], [...(out.get(m[1]) ?? []), m[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"')]);
  return out;
}

function jsonLd(page: string): any[] {
  return [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
}

async function siteId(slug: string): Promise<number> {
  const res = await (await fetch(`${server.url}/api/sites?where[slug][equals]=${slug}&depth=0`)).json();
  return res.docs[0].id;
}

describe.skipIf(!ready)('metadata, article extras and feeds (demo province, Debian chromium)', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    // A chief editor of the first commune publishes a post with a featured image and a source, and keeps a draft.
    firstSiteId = await siteId(first.slug);
    const editor = await login(`chiefeditor.${first.slug}@demo.cong.vn`);
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(path.resolve(import.meta.dirname, '../../public/emblem.png'))], { type: 'image/png' }), 'hoi-nghi.png');
    form.append('_payload', JSON.stringify({ alt: 'Toàn cảnh hội nghị sơ kết', caption: 'Ảnh: Văn phòng UBND xã', site: firstSiteId }));
    const mediaRes = await fetch(`${server.url}/api/media?locale=vi`, { method: 'POST', headers: { authorization: `JWT ${editor}` }, body: form });
    const media = await mediaRes.json();
    expect(mediaRes.status, JSON.stringify(media).slice(0, 300)).toBeLessThan(300);
    const cats = await (await fetch(`${server.url}/api/categories?where[site][equals]=${firstSiteId}&where[kind][equals]=news&depth=0`)).json();
    const common = { site: firstSiteId, categories: [cats.docs[0].id], authorName: 'Hoàng Văn E' };
    await api(editor, 'POST', '/api/posts?locale=vi', {
      ...common,
      ...published,
      excerpt: 'Ủy ban nhân dân xã sơ kết công tác quý IV và triển khai nhiệm vụ trọng tâm.',
      heroImage: media.doc.id,
      _status: 'published',
      citation: { kind: 'republished', sourceName: 'Báo Bắc Kạn', sourceUrl: 'https://baobackan.vn/bai-goc', originalAuthor: 'Phóng viên A', permission: { reference: '12/CV-BBK' } },
    });
    await api(editor, 'POST', '/api/posts?locale=vi&draft=true', { ...common, ...draft, _status: 'draft' });
    // The superadmin records an EMC site id for the second commune only.
    const admin = await login('quantri@demo.cong.vn');
    await api(admin, 'PATCH', `/api/sites/${await siteId(second.slug)}`, { emcSiteId: EMC_ID });
    articleUrl = `${server.url}/${first.slug}/tin-tuc/${published.slug}`;
  }, 1_200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('gives the portal home a title, description, canonical, hreflang, OG, Dublin Core, JSON-LD, RSS and print links', async () => {
    const page = await html(`${server.url}/`);
    const portal = plan.find((p) => p.level === 'province')!;
    expect(page).toMatch(/<html lang="vi"/);
    const titles = [...page.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles[0]).toBe(portal.name.vi);
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain(`<link rel="canonical" href="${server.url}/"/>`);
    expect(head).toContain(`<link rel="alternate" hrefLang="en" href="${server.url}/en"/>`);
    expect(head).toContain(`<link rel="alternate" hrefLang="vi" href="${server.url}/"/>`);
    expect(head).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${server.url}/rss"/>`));
    expect(head).toMatch(/<link rel="stylesheet" href="\/print.css" media="print"/);
    expect((await fetch(`${server.url}/print.css`)).status).toBe(200);
    const m = metas(page);
    expect(m.get('og:title')).toEqual([portal.name.vi]);
    expect(m.get('og:type')).toEqual(['website']);
    expect(m.get('og:url')).toEqual([`${server.url}/`]);
    expect(m.get('og:site_name')).toEqual([portal.name.vi]);
    expect(m.get('og:locale')).toEqual(['vi_VN']);
    expect(m.get('og:image')).toEqual([`${server.url}/emblem.png`]);
    expect(m.get('og:description')?.[0]).toBeTruthy();
    // Circular 24/2011: the six mandatory elements, non-empty, plus language.
    for (const k of ['DC.title', 'DC.creator', 'DC.date', 'DC.description', 'DC.publisher', 'DC.identifier', 'DC.language']) expect(m.get(k)?.[0], k).toBeTruthy();
    expect(m.get('DC.identifier')).toEqual([`${server.url}/`]);
    expect(m.get('DC.language')).toEqual(['vi']);
    expect(m.get('DC.date')?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [org] = jsonLd(page);
    expect(org['@type']).toBe('GovernmentOrganization');
    expect(org.name).toBe(portal.governingAgency.vi);
    expect(org.url).toBe(`${server.url}/`);
    expect(org.address.streetAddress).toBeTruthy();
    expect(org.telephone).toBeTruthy();
    expect(org.email).toBe(`vanphong@${portal.domain}`);
    expect(org.parentOrganization).toBeUndefined();
    expect(page).not.toContain('_govaq');
  });

  it('gives a component site a parentOrganization and English pages English metadata', async () => {
    const page = await html(`${server.url}/en/${first.slug}/lien-he`);
    const [org] = jsonLd(page);
    expect(org.url).toBe(`${server.url}/en/${first.slug}`);
    expect(org.parentOrganization).toMatchObject({ '@type': 'GovernmentOrganization', url: `${server.url}/en` });
    const m = metas(page);
    expect(m.get('og:locale')).toEqual(['en_US']);
    expect(m.get('DC.language')).toEqual(['en']);
    expect(page).toContain(`<link rel="alternate" hrefLang="vi" href="${server.url}/${first.slug}/lien-he"/>`);
    expect(page).toMatch(/<html lang="en"/);
  });

  it('renders the EMC tag only on the site that has an EMC site id, as the scanner reads it', async () => {
    const tagged = await html(`${server.url}/${second.slug}/`);
    const facts = extractPageFacts(tagged, `${server.url}/${second.slug}/`, [new URL(server.url).host]);
    expect(facts.emc).toMatchObject({ siteId: EMC_ID, trackerUrl: 'https://f-emc.ngsp.gov.vn/tracking', loaderUrl: 'https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js' });
    // Loaded asynchronously: no blocking <script src> to the EMC host; the loader is inserted with async + defer.
    expect(tagged).not.toMatch(/<script[^>]+src="https:\/\/f-emc/);
    expect(tagged).toMatch(/g\.async = true;\s*g\.defer = true;/);
    expect(await html(`${server.url}/${second.slug}/tin-tuc/tin-mau-1`)).toContain(`_govaq.push(['setSiteId', '${EMC_ID}'])`);
    for (const url of [`${server.url}/${first.slug}/`, articleUrl]) {
      const page = await html(url);
      expect(page, url).not.toContain('_govaq');
      expect(extractPageFacts(page, url, [new URL(server.url).host]).emc).toBeUndefined();
    }
  });

  it('shows the article with category, dates, image and alt text, source, print/save/share and related posts', async () => {
    const page = await html(articleUrl);
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain(`<title>${published.title} | `);
    const m = metas(page);
    expect(m.get('og:type')).toEqual(['article']);
    expect(m.get('og:url')).toEqual([articleUrl]);
    expect(m.get('og:image')?.[0]).toMatch(new RegExp(`^${server.url}/api/media/file/hoi-nghi`));
    expect(m.get('og:image:alt')).toEqual(['Toàn cảnh hội nghị sơ kết']);
    expect(m.get('DC.creator')).toEqual(['Hoàng Văn E']);
    expect(m.get('DC.source')?.[0]).toContain('https://baobackan.vn/bai-goc');
    expect(m.get('DC.subject')).toEqual(['Tin tức, sự kiện']);
    const art = jsonLd(page).find((d) => d['@type'] === 'NewsArticle');
    expect(art).toMatchObject({ headline: published.title, author: { '@type': 'Person', name: 'Hoàng Văn E' }, publisher: { '@type': 'GovernmentOrganization', name: first.governingAgency.vi }, isBasedOn: 'https://baobackan.vn/bai-goc', inLanguage: 'vi' });
    expect(Date.parse(art.datePublished)).not.toBeNaN();
    expect(Date.parse(art.dateModified)).toBeGreaterThanOrEqual(Date.parse(art.datePublished));
    expect(art.image[0]).toMatch(/\/api\/media\/file\/hoi-nghi/);
    expect(art.publisher.logo.url).toBe(`${server.url}/emblem.png`);
    // Published only in Vietnamese: no hreflang alternate to a missing English page.
    expect(head).not.toContain('hrefLang="en"');
    // Body.
    expect(page).toMatch(new RegExp(`<a href="/${first.slug}/chuyen-muc/tin-tuc-su-kien" rel="tag">Tin tức, sự kiện</a>`));
    expect(page).toMatch(/<time dateTime="\d{4}-\d{2}-\d{2}T[^"]+">\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}<\/time>/);
    expect(page).toMatch(/<img src="\/api\/media\/file\/hoi-nghi[^"]*" alt="Toàn cảnh hội nghị sơ kết"/);
    expect(page).toContain('<figcaption>Ảnh: Văn phòng UBND xã</figcaption>');
    expect(page).toMatch(/<a href="https:\/\/baobackan.vn\/bai-goc" rel="noopener noreferrer nofollow">Báo Bắc Kạn<\/a>/);
    expect(page).toContain(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(articleUrl)}`);
    expect(page).toContain(`https://sp.zalo.me/share_to_zalo?url=${encodeURIComponent(articleUrl)}`);
    expect(page).toMatch(/<section class="related"[^>]*>.*tin-mau-1/s);
    // What the compliance extractor sees: share targets, feeds, the six Dublin Core elements, JSON-LD.
    const facts = extractPageFacts(page, articleUrl, [new URL(server.url).host]);
    expect(facts.shareTargets).toEqual(expect.arrayContaining(['facebook', 'zalo', 'print']));
    expect(facts.feeds).toContain(`${server.url}/${first.slug}/rss`);
    expect(Object.keys(facts.meta.dublinCore).map((k) => k.toLowerCase())).toEqual(expect.arrayContaining(['dc.title', 'dc.creator', 'dc.date', 'dc.description', 'dc.publisher', 'dc.identifier']));
    expect(facts.meta.jsonLdErrors).toBe(0);
    expect(facts.title).toBe(`${published.title} | ${first.name.vi}`);
  });

  it('serves valid RSS 2.0 per site and per category: the new post, never the draft, only its language', async () => {
    const feeds = [`/${first.slug}/rss`, `/${first.slug}/rss/tin-tuc-su-kien`, '/rss', `/en/${first.slug}/rss`];
    const parsed: Record<string, any> = {};
    for (const f of feeds) {
      const res = await fetch(`${server.url}${f}`);
      expect(res.status, f).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
      const body = await res.text();
      expect(XMLValidator.validate(body), f).toBe(true);
      const doc = xml.parse(body);
      expect(doc.rss['@_version']).toBe('2.0');
      const ch = doc.rss.channel;
      for (const k of ['title', 'link', 'description', 'language', 'lastBuildDate']) expect(ch[k], `${f} ${k}`).toBeTruthy();
      expect(ch.lastBuildDate).toMatch(RFC822);
      for (const it of ch.item ?? []) {
        expect(it.pubDate).toMatch(RFC822);
        expect(it.guid['#text']).toBe(it.link);
        expect(it.link.startsWith(server.url)).toBe(true);
      }
      parsed[f] = ch;
    }
    const site = parsed[`/${first.slug}/rss`];
    expect(site.language).toBe('vi');
    expect(site.item[0]).toMatchObject({ title: published.title, link: articleUrl, description: expect.stringContaining('sơ kết') });
    expect(site.item[0].source).toMatchObject({ '#text': 'Báo Bắc Kạn', '@_url': 'https://baobackan.vn/bai-goc' });
    expect(JSON.stringify(site)).not.toContain(draft.title);
    expect(parsed[`/${first.slug}/rss/tin-tuc-su-kien`].item.map((i: any) => i.title)).toContain(published.title);
    expect(parsed[`/en/${first.slug}/rss`].language).toBe('en');
    expect(JSON.stringify(parsed[`/en/${first.slug}/rss`])).not.toContain(published.title);
    expect(JSON.stringify(parsed['/rss'])).not.toContain(published.title); // another site's post
    expect((await fetch(`${server.url}/${first.slug}/rss/khong-co-chuyen-muc`)).status).toBe(404);
    expect((await fetch(`${server.url}/khong-co-trang-nay/rss`)).status).toBe(404);
  });

  it('lists every hosted site in the sitemap index; each site map has lastmod and hreflang alternates', async () => {
    const index = await (await fetch(`${server.url}/sitemap.xml`)).text();
    expect(XMLValidator.validate(index)).toBe(true);
    const locs: string[] = xml.parse(index).sitemapindex.sitemap.map((s: any) => s.loc);
    expect(locs).toHaveLength(plan.length);
    expect(locs[0]).toBe(`${server.url}/sitemap-portal.xml`);
    for (const p of plan.filter((x) => x.level !== 'province')) expect(locs).toContain(`${server.url}/${p.slug}/sitemap.xml`);
    const body = await (await fetch(`${server.url}/${first.slug}/sitemap.xml`)).text();
    expect(XMLValidator.validate(body)).toBe(true);
    const urls: any[] = xml.parse(body).urlset.url;
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    const art = byLoc.get(articleUrl);
    expect(art.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(art['xhtml:link']).toBeUndefined(); // Vietnamese only
    expect(byLoc.has(`${server.url}/${first.slug}/tin-tuc/${draft.slug}`)).toBe(false);
    const home = byLoc.get(`${server.url}/${first.slug}`);
    expect(home['xhtml:link'].map((l: any) => [l['@_hreflang'], l['@_href']])).toEqual([
      ['vi', `${server.url}/${first.slug}`],
      ['en', `${server.url}/en/${first.slug}`],
      ['x-default', `${server.url}/${first.slug}`],
    ]);
    expect(byLoc.has(`${server.url}/en/${first.slug}/lien-he`)).toBe(true);
    expect(byLoc.has(`${server.url}/${first.slug}/tin-tuc`)).toBe(true);
    expect(byLoc.has(`${server.url}/${first.slug}/chuyen-muc/tin-tuc-su-kien`)).toBe(true);
    const portalMap = await (await fetch(`${server.url}/sitemap-portal.xml`)).text();
    expect(XMLValidator.validate(portalMap)).toBe(true);
  });

  it('serves robots.txt: public allowed, /admin and /api disallowed, the sitemap index by absolute URL; ignores forged X-Forwarded-Host', async () => {
    const res = await fetch(`${server.url}/robots.txt`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const lines = (await res.text()).split('\n');
    expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api', `Sitemap: ${server.url}/sitemap.xml`]));
    // A forged X-Forwarded-Host never reaches the output (CONG_TRUST_PROXY is off; the page cache keys by Host).
    for (const url of [`${server.url}/robots.txt`, `${server.url}/${first.slug}/rss`, `${server.url}/${first.slug}/lien-he`]) {
      const forged = await (await fetch(url, { headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } })).text();
      expect(forged, url).not.toContain('evil.example');
    }
  });

  it('reader toolbar: A+ grows the root font, contrast toggles a class, both persist after reload, no layout shift', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(articleUrl, { waitUntil: 'load' });
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.lead')!).fontSize));
    const before = { root: await rootSize(), body: await bodySize() };
    const up = page.getByRole('button', { name: /A\+/ });
    await up.click();
    await expect.poll(rootSize).toBeGreaterThan(before.root);
    expect(await bodySize()).toBeGreaterThan(before.body);
    expect(await page.getByRole('button', { name: /^A Cỡ chữ mặc định/ }).getAttribute('aria-pressed')).toBe('false');
    const contrast = page.locator('.rt-contrast');
    expect(await contrast.getAttribute('aria-pressed')).toBe('false');
    await contrast.click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('hc'))).toBe(true);
    expect(await contrast.getAttribute('aria-pressed')).toBe('true');
    const grown = await rootSize();
    await page.reload({ waitUntil: 'load' });
    expect(await rootSize()).toBe(grown);
    expect(await page.evaluate(() => document.documentElement.classList.contains('hc'))).toBe(true);
    await expect.poll(() => page.locator('.rt-contrast').getAttribute('aria-pressed')).toBe('true');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 800);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'meta-article-contrast-large.png'), fullPage: true });
    await page.getByRole('button', { name: /^A Cỡ chữ mặc định/ }).click();
    await page.locator('.rt-contrast').click();
    expect(await rootSize()).toBe(before.root);
    await context.close();
  });

  it('article at 1280 and 360 px and in print media; axe finds no WCAG 2.1 A/AA violation', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(articleUrl, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'meta-article-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(150);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'meta-article-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const display = (sel: string) => page.evaluate((s) => { const el = document.querySelector(s); return el ? getComputedStyle(el).display : 'none'; }, sel);
    expect(await display('.menu')).toBe('none');
    expect(await display('.reader-tools')).toBe('none');
    expect(await display('.article-tools')).toBe('none');
    expect(await display('.footer-links')).toBe('none');
    expect(await display('form[role="search"]')).toBe('none');
    expect(await display('.print-only')).toBe('block');
    expect(await page.locator('.print-only').textContent()).toContain(articleUrl);
    expect(await display('.brand')).not.toBe('none');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'meta-article-print.png'), fullPage: true });
    await context.close();
    const [axe] = await runAxe([articleUrl], { timeoutMs: 90_000 });
    expect(axe.error).toBeUndefined();
    expect(axe.violations.map((v) => `${v.id} (${v.nodes}× ${v.target ?? ''})`)).toEqual([]);
  }, 300_000);
});
