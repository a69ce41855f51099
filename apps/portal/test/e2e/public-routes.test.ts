/**
 * The public routes of issue 3, item 1, against the production build on the demo province (real HTTP
 * server, real SQLite, Debian chromium for the screenshots):
 * - home of the portal (latest news, "Tin từ các sở, ngành, địa phương", component sites) and of a commune;
 * - news list with `?trang=N` pagination (rel prev/next, aria-current) and the monthly archive; categories
 *   (`chuyen-muc/<slug>`), including one whose kind lists Plans and one that redirects to `van-ban`;
 * - legal documents with GET filters (type, issuer, year, field, validity) and the detail page;
 * - sections with structured data (officials, units, social accounts, the disclosure table with dates);
 * - work schedule by week, answered questions, consultations (open/closed), HTML sitemap;
 * - drafts never shown; 404 in Vietnamese and English inside the portal frame; a page published in
 *   Vietnamese only says in English that it has no English version yet.
 * Content beyond the demo skeleton is written through the REST API as the demo super admin.
 * Screenshots at 1280 and 360 px go to test-results/screenshots/ (routes-*.png).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, hasBuild, hasChromium, launchChromium, SCREENSHOTS, startDemoServer, type Running } from '../helpers/server';
import { planSites } from '../../src/provision/plan';
import { mondayOf, addDays } from '../../src/site/i18n';

const ready = hasChromium && hasBuild;
if (!ready) console.warn(`public-routes skipped: ${hasChromium ? '' : '/usr/bin/chromium missing; '}${hasBuild ? '' : 'no Next build (run npm test, which builds first)'}`);

const commune = planSites('06', '2022-12-01').find((p) => p.level === 'commune')!;
const C = `/${commune.slug}/`;
const stamp = Date.now().toString(36);

let server: Running;
let browser: Browser;
let token = '';
let communeId: number;
const ids: Record<string, number> = {};

/** Lexical rich text of one paragraph. */
const rich = (text: string) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }] },
});

/** REST call as the demo super admin; throws with the body on a non-2xx answer. */
async function api(method: string, url: string, body?: unknown): Promise<any> {
  const res = await fetch(`${server.url}/api/${url}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

/** Creates a document published in Vietnamese and, with `en`, in English too. Returns its id. */
async function publish(collection: string, vi: Record<string, unknown>, en?: Record<string, unknown>): Promise<number> {
  const created = await api('POST', `${collection}?locale=vi`, { ...vi, _status: 'published' });
  const id = created.doc.id as number;
  if (en) await api('PATCH', `${collection}/${id}?locale=en`, { ...en, _status: 'published' });
  return id;
}

const get = async (p: string) => {
  const res = await fetch(`${server.url}${p}`, { redirect: 'manual' });
  return { status: res.status, html: await res.text(), location: res.headers.get('location') };
};

/** Text content of the <main> element (tags stripped, entities of interest decoded). */
const mainText = (html: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

describe.skipIf(!ready)('public routes (demo province, production build)', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    token = (await api('POST', 'users/login', { email: 'quantri@demo.cong.vn', password: DEMO_PASSWORD })).token;
    communeId = (await api('GET', `sites?where[slug][equals]=${commune.slug}&depth=0`)).docs[0].id;
    const site = communeId;
    // 23 posts in May 2024 and 2 in April 2024 (25 → two pages of 20), a draft, a Vietnamese-only post.
    for (let i = 1; i <= 25; i++) {
      const day = i <= 23 ? `2024-05-${String(i).padStart(2, '0')}` : `2024-04-${String(i - 10).padStart(2, '0')}`;
      await publish('posts', { site, title: `Tin thử ${stamp} số ${i}`, slug: `tin-thu-${stamp}-${i}`, publishedAt: `${day}T03:00:00.000Z`, content: rich('Nội dung thử.') }, { title: `Test item ${stamp} no. ${i}` });
    }
    await api('POST', 'posts?locale=vi&draft=true', { site, title: `Bản nháp bí mật ${stamp}`, slug: `ban-nhap-${stamp}`, _status: 'draft', publishedAt: '2024-05-30T03:00:00.000Z' });
    ids.viOnly = await publish('posts', { site, title: `Tin chỉ tiếng Việt ${stamp}`, slug: `chi-tieng-viet-${stamp}`, publishedAt: '2024-06-02T03:00:00.000Z' });

    // Legal documents: two types, two issuers, two years, fields, validity; one replaces the other.
    ids.docOld = await publish('legal-documents', { site, documentNumber: `01/2023/QĐ-UBND-${stamp}`, type: 'Quyết định', issuer: 'UBND xã', issuedOn: '2023-03-01T00:00:00.000Z', field: 'Đất đai', validity: 'expired', summary: `Quy định cũ về đất đai ${stamp}` });
    ids.docNew = await publish('legal-documents', {
      site,
      documentNumber: `15/2024/QĐ-UBND-${stamp}`,
      type: 'Quyết định',
      issuer: 'UBND xã',
      issuedOn: '2024-04-10T00:00:00.000Z',
      field: 'Đất đai',
      validity: 'inForce',
      summary: `Quy định mới về đất đai ${stamp}`,
      replaces: [ids.docOld],
      attachments: [{ url: 'https://vanban.example.gov.vn/files/15-2024-QD-UBND.pdf' }],
    });
    ids.docPlan = await publish('legal-documents', { site, documentNumber: `20/KH-UBND-${stamp}`, type: 'Kế hoạch', issuer: 'Văn phòng UBND xã', issuedOn: '2024-06-01T00:00:00.000Z', field: 'Giáo dục', validity: 'inForce', summary: `Kế hoạch giáo dục ${stamp}` });

    // Work schedule of the current week and of a week in 2024.
    const monday = mondayOf(new Date());
    await publish('work-schedules', { site, title: `Lịch tuần này ${stamp}`, weekStart: `${monday}T00:00:00.000+07:00`, entries: [{ date: `${addDays(monday, 1)}T01:00:00.000Z`, time: '08:00', content: `Họp giao ban ${stamp}`, location: 'Hội trường UBND xã' }] });
    await publish('work-schedules', { site, title: 'Lịch tuần 13/5/2024', weekStart: '2024-05-13T00:00:00.000+07:00', entries: [{ date: '2024-05-14T01:00:00.000Z', time: '14:00', content: `Tiếp công dân ${stamp}`, location: 'Phòng tiếp dân' }] });

    // Questions: answered (shown), pending (not shown), answered but draft (not shown).
    ids.qa = await publish('feedback', { site, title: `Hỏi về cấp giấy khai sinh ${stamp}`, askerName: 'Nguyễn Văn D', askerEmail: 'nvd@example.com', question: 'Thủ tục cấp giấy khai sinh cần những giấy tờ gì?', moderation: 'answered', answer: rich('Cần tờ khai và giấy chứng sinh.'), answeredBy: 'Công chức tư pháp – hộ tịch', answeredAt: '2024-05-20T03:00:00.000Z' });
    await publish('feedback', { site, title: `Câu hỏi chờ xử lý ${stamp}`, askerName: 'Trần Văn E', question: 'Chưa trả lời', moderation: 'pending' });
    await api('POST', 'feedback?locale=vi&draft=true', { site, title: `Câu hỏi nháp ${stamp}`, askerName: 'Lê Thị F', question: 'Nháp', moderation: 'answered', _status: 'draft' });

    // Consultations: one open, one closed.
    ids.open = await publish('consultations', { site, title: `Dự thảo quy chế đang lấy ý kiến ${stamp}`, openFrom: '2024-01-01T00:00:00.000Z', deadline: new Date(Date.now() + 30 * 86400_000).toISOString(), description: rich('Mời góp ý.') });
    ids.closed = await publish('consultations', { site, title: `Dự thảo đã hết hạn ${stamp}`, deadline: '2024-03-01T00:00:00.000Z', resultSummary: rich('Đã tiếp thu 3 ý kiến.') });

    // A plan (category kind "plans") and a sub-unit for the organisation tree.
    ids.plan = await publish('plans', { site, title: `Kế hoạch phát triển ${stamp}`, kind: 'plan', periodFrom: '2024-01-01T00:00:00.000Z', periodTo: '2024-12-31T00:00:00.000Z' });
    const office = (await api('GET', `units?where[site][equals]=${site}&depth=0`)).docs[0];
    await publish('units', { site, name: `Bộ phận một cửa ${stamp}`, parentUnit: office.id, phone: '0209 3870999', order: 2 }, { name: `One-stop desk ${stamp}` });
  }, 1_500_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('portal home: latest news, news of component sites with their names, every component site', async () => {
    const { status, html } = await get('/');
    expect(status).toBe(200);
    const text = mainText(html);
    expect(text).toContain('Tin từ các sở, ngành, địa phương');
    expect(html).toMatch(/<title>Cổng thông tin điện tử tỉnh Bắc Kạn<\/title>/);
    // The newest component-site post is the Vietnamese-only one of the commune, tagged with the commune's name.
    const block = /id="news-component-sites"[\s\S]*?<\/section>/.exec(html)![0];
    expect(block).toContain(`Tin chỉ tiếng Việt ${stamp}`);
    expect(block).toContain(`href="${C}"`);
    expect(block).toContain(`href="${C}tin-tuc/chi-tieng-viet-${stamp}"`);
    expect(block).not.toContain(`Bản nháp bí mật ${stamp}`);
    expect(text).toContain('Các trang thành phần');
    const en = await get('/en');
    expect(en.status).toBe(200);
    expect(mainText(en.html)).toContain('News from departments and localities');
    expect(mainText(en.html)).not.toContain(`Tin chỉ tiếng Việt ${stamp}`);
  });

  it('commune home: latest news, documents, link to the portal and to all news', async () => {
    const { status, html } = await get(C.slice(0, -1));
    expect(status).toBe(200);
    expect(html).toContain(`href="${C}tin-tuc"`);
    expect(html).toContain(`15/2024/QĐ-UBND-${stamp}`);
    expect(html).toMatch(/class="portal-link" href="\/"/);
    expect(html).not.toContain(`Bản nháp bí mật ${stamp}`);
  });

  it('news list: 20 per page, accessible pagination, drafts never listed, 404 past the last page', async () => {
    const p1 = await get(`${C}tin-tuc`);
    expect(p1.status).toBe(200);
    expect(p1.html).toContain('<nav class="pagination" aria-label="Phân trang">');
    expect(p1.html).toMatch(/<a href="[^"]*tin-tuc\?trang=2" rel="next">/);
    expect(p1.html).toMatch(/aria-current="page"[^>]*>1</);
    expect(p1.html).not.toContain(`Bản nháp bí mật ${stamp}`);
    const items = (html: string) => (/<ul class="news-list">([\s\S]*?)<\/ul>/.exec(html)?.[1].match(/<li/g) ?? []).length;
    expect(items(p1.html)).toBe(20);
    const p2 = await get(`${C}tin-tuc?trang=2`);
    expect(p2.status).toBe(200);
    expect(p2.html).toMatch(/<a href="[^"]*tin-tuc" rel="prev">/);
    expect(p2.html).toMatch(/aria-current="page"[^>]*>2</);
    // 25 + 1 + the demo's 2 sample posts = 28 published posts: 8 on page 2.
    expect(items(p2.html)).toBe(8);
    expect((await get(`${C}tin-tuc?trang=9`)).status).toBe(404);
    expect((await get(`/en${C}tin-tuc?trang=9`)).status).toBe(404);
  });

  it('monthly archive: the month list and the posts of one month (Vietnam time)', async () => {
    const list = await get(`${C}tin-tuc`);
    expect(list.html).toContain(`href="${C}tin-tuc/2024/05"`);
    expect(mainText(list.html)).toMatch(/Tháng 05\/2024 \(23\)/);
    expect(mainText(list.html)).toMatch(/Tháng 04\/2024 \(2\)/);
    const may = await get(`${C}tin-tuc/2024/05`);
    expect(may.status).toBe(200);
    expect(mainText(may.html)).toContain('23 tin');
    expect(mainText(may.html)).not.toContain(`Tin chỉ tiếng Việt ${stamp}`);
    const april = await get(`${C}tin-tuc/2024/04`);
    expect(mainText(april.html)).toContain(`Tin thử ${stamp} số 24`);
    expect(mainText(april.html)).not.toContain(`Tin thử ${stamp} số 1 `);
    expect((await get(`${C}tin-tuc/2024/13`)).status).toBe(404);
    const en = await get(`/en${C}tin-tuc/2024/05`);
    expect(en.status).toBe(200);
    expect(mainText(en.html)).toContain('News – May 2024');
  });

  it('categories: news category lists its posts; plans lists Plans; legal documents redirect to van-ban', async () => {
    const news = await get(`${C}chuyen-muc/tin-tuc-su-kien`);
    expect(news.status).toBe(200);
    expect(mainText(news.html)).toContain('Tin tức, sự kiện');
    // The demo's sample posts are in the news category; the test posts have none.
    expect(mainText(news.html)).toContain('2 tin');
    const plans = await get(`${C}chuyen-muc/chien-luoc-quy-hoach-ke-hoach`);
    expect(plans.status).toBe(200);
    expect(plans.html).toContain(`href="${C}chuyen-muc/chien-luoc-quy-hoach-ke-hoach/${ids.plan}"`);
    const plan = await get(`${C}chuyen-muc/chien-luoc-quy-hoach-ke-hoach/${ids.plan}`);
    expect(plan.status).toBe(200);
    expect(mainText(plan.html)).toContain(`Kế hoạch phát triển ${stamp}`);
    const legal = await get(`${C}chuyen-muc/van-ban-phap-luat`);
    expect([307, 308]).toContain(legal.status);
    expect(legal.location).toMatch(new RegExp(`${C}van-ban$`));
    expect((await get(`${C}chuyen-muc/khong-co`)).status).toBe(404);
    const en = await get(`/en${C}chuyen-muc/tin-tuc-su-kien`);
    expect(mainText(en.html)).toContain('News and events');
  });

  it('legal documents: GET filters by type, issuer, year, field and validity; detail with validity, files, related', async () => {
    const all = await get(`${C}van-ban`);
    expect(all.status).toBe(200);
    for (const id of ['f-tu-khoa', 'f-loai', 'f-co-quan', 'f-nam', 'f-linh-vuc', 'f-hieu-luc']) expect(all.html).toContain(`<label for="${id}"`);
    expect(all.html).toContain('method="get"');
    const count = (html: string) => Number(/(\d+) văn bản/.exec(mainText(html))?.[1] ?? -1);
    // The demo commune also publishes two sample documents of 2022 (a Quyết định and a Kế hoạch).
    expect(count((await get(`${C}van-ban?loai=${encodeURIComponent('Kế hoạch')}`)).html)).toBe(2);
    expect(count((await get(`${C}van-ban?loai=${encodeURIComponent('Kế hoạch')}&nam=2024`)).html)).toBe(1);
    expect(count((await get(`${C}van-ban?co-quan=${encodeURIComponent('UBND xã')}&nam=2024`)).html)).toBe(1);
    expect(count((await get(`${C}van-ban?linh-vuc=${encodeURIComponent('Đất đai')}`)).html)).toBe(2);
    expect(count((await get(`${C}van-ban?linh-vuc=${encodeURIComponent('Đất đai')}&hieu-luc=expired`)).html)).toBe(1);
    expect(count((await get(`${C}van-ban?tu-khoa=${encodeURIComponent(`giáo dục ${stamp}`)}`)).html)).toBe(1);
    const none = await get(`${C}van-ban?nam=1999`);
    expect(mainText(none.html)).toContain('Không có văn bản phù hợp bộ lọc.');
    const detail = await get(`${C}van-ban/${ids.docNew}`);
    expect(detail.status).toBe(200);
    const text = mainText(detail.html);
    expect(text).toContain('Lĩnh vực Đất đai');
    expect(text).toContain('Tình trạng hiệu lực Còn hiệu lực');
    expect(detail.html).toContain('href="https://vanban.example.gov.vn/files/15-2024-QD-UBND.pdf" download');
    expect(detail.html).toContain(`href="${C}van-ban/${ids.docOld}"`);
    expect((await get(`${C}van-ban/999999`)).status).toBe(404);
    expect((await get(`/en${C}van-ban/${ids.docNew}`)).status).toBe(200);
  });

  it('section pages render for the portal and the commune in Vietnamese and English', async () => {
    const { SECTIONS, sectionsFor } = await import('../../src/provision/sections');
    for (const prefix of ['/', C]) {
      const level = prefix === '/' ? 'province' : 'commune';
      for (const s of sectionsFor(level)) {
        for (const lang of ['', '/en']) {
          const res = await get(`${lang}${prefix}${s.slug}`);
          expect(res.status, `${lang}${prefix}${s.slug}`).toBe(200);
          expect(mainText(res.html)).toContain(lang ? s.label.en : s.label.vi);
        }
      }
    }
    expect(SECTIONS.length).toBeGreaterThan(8);
    const leaders = await get(`${C}lanh-dao`);
    expect(leaders.html).toContain('<caption>');
    expect(leaders.html).toMatch(/<th scope="row">Nguyễn Văn A<\/th>/);
    expect(leaders.html).toMatch(/href="mailto:[^"]+"/);
    expect(leaders.html).toMatch(/href="tel:[\d+]+"/);
    const spokesperson = mainText((await get(`${C}nguoi-phat-ngon`)).html);
    expect(spokesperson).toContain('Trần Thị B');
    expect(spokesperson).not.toContain('Lê Văn C Chánh');
    const org = await get(`/en${C}co-cau-to-chuc`);
    expect(mainText(org.html)).toMatch(new RegExp(`Office .*One-stop desk ${stamp}`));
    const social = await get(`${C}mang-xa-hoi`);
    expect(social.html).toMatch(/<td>Facebook<\/td>/);
    const disclosure = await get(`${C}tiep-can-thong-tin`);
    expect(disclosure.html).toContain('Ngày tạo / cập nhật');
    expect(disclosure.html).toMatch(/<time dateTime="\d{4}-\d{2}-\d{2}T/i);
  });

  it('work schedule: the current week by default, week navigation, another week by ?tuan', async () => {
    const now = await get(`${C}lich-cong-tac`);
    expect(now.status).toBe(200);
    expect(mainText(now.html)).toContain(`Họp giao ban ${stamp}`);
    const monday = mondayOf(new Date());
    expect(now.html).toContain(`href="${C}lich-cong-tac?tuan=${addDays(monday, -7)}" rel="prev"`);
    expect(now.html).toContain(`href="${C}lich-cong-tac?tuan=${addDays(monday, 7)}" rel="next"`);
    const may = await get(`${C}lich-cong-tac?tuan=2024-05-15`);
    expect(mainText(may.html)).toContain(`Tiếp công dân ${stamp}`);
    expect(mainText(may.html)).toContain('13/05/2024 – 19/05/2024');
    expect(mainText(may.html)).not.toContain(`Họp giao ban ${stamp}`);
    const empty = await get(`${C}lich-cong-tac?tuan=2020-01-01`);
    expect(mainText(empty.html)).toContain('Chưa có lịch công tác của tuần này.');
  });

  it('Q&A: only published answered questions, without the asker’s contact details', async () => {
    const list = await get(`${C}hoi-dap`);
    expect(list.status).toBe(200);
    const text = mainText(list.html);
    expect(text).toContain(`Hỏi về cấp giấy khai sinh ${stamp}`);
    expect(text).not.toContain(`Câu hỏi chờ xử lý ${stamp}`);
    expect(text).not.toContain(`Câu hỏi nháp ${stamp}`);
    const one = await get(`${C}hoi-dap/${ids.qa}`);
    expect(mainText(one.html)).toContain('Cần tờ khai và giấy chứng sinh.');
    expect(one.html).not.toContain('nvd@example.com');
  });

  it('Q&A form: works without JavaScript, stores a pending draft that the public never sees', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}${C}hoi-dap`);
    const subject = `Hỏi về giờ làm việc ${stamp}`;
    await page.fill('#q-ho-ten', 'Phạm Thị G');
    await page.fill('#q-tieu-de', subject);
    await page.fill('#q-cau-hoi', 'Bộ phận một cửa làm việc vào thứ Bảy không?');
    await page.fill('#q-email', 'ptg@example.com');
    await page.locator('#q-dong-y').check();
    await page.click('.ask-form button[type="submit"]');
    await page.waitForURL(/da-gui=1/, { timeout: 30_000 });
    expect(await page.locator('.notice').textContent()).toContain('Câu hỏi đã được gửi');
    const stored = await api('GET', `feedback?draft=true&where[title][equals]=${encodeURIComponent(subject)}&depth=0`);
    expect(stored.totalDocs).toBe(1);
    expect(stored.docs[0]).toMatchObject({ askerName: 'Phạm Thị G', askerEmail: 'ptg@example.com', moderation: 'pending', _status: 'draft', site: communeId });
    expect(mainText((await get(`${C}hoi-dap`)).html)).not.toContain(subject);
    const anon = await fetch(`${server.url}/api/feedback?where[title][equals]=${encodeURIComponent(subject)}`);
    expect((await anon.json()).totalDocs).toBe(0);
    // Anonymous REST writes stay closed.
    const rest = await fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ site: communeId, title: 'x'.repeat(10), askerName: 'Bot', question: 'spam spam spam' }) });
    expect(rest.status).toBe(403);
    await ctx.close();
  });

  it('consultations: open and closed with deadlines, filter by status, detail page', async () => {
    const list = await get(`${C}lay-y-kien`);
    expect(list.status).toBe(200);
    expect(mainText(list.html)).toMatch(new RegExp(`đang lấy ý kiến ${stamp} .*Đang lấy ý kiến`));
    expect(mainText(list.html)).toMatch(new RegExp(`đã hết hạn ${stamp} .*01/03/2024 Đã hết hạn góp ý`));
    const open = mainText((await get(`${C}lay-y-kien?trang-thai=dang-lay-y-kien`)).html);
    expect(open).toContain(`đang lấy ý kiến ${stamp}`);
    expect(open).not.toContain(`Dự thảo đã hết hạn ${stamp}`);
    const closed = mainText((await get(`${C}lay-y-kien/${ids.closed}`)).html);
    expect(closed).toContain('Đã tiếp thu 3 ý kiến.');
    const detail = mainText((await get(`${C}lay-y-kien/${ids.open}`)).html);
    expect(detail).toContain('Cách gửi ý kiến');
  });

  it('HTML sitemap: sections, categories, lists; the portal also lists component sites', async () => {
    const portal = await get('/so-do-trang');
    expect(portal.status).toBe(200);
    expect(portal.html).toContain('href="/gioi-thieu"');
    expect(portal.html).toContain('href="/lich-cong-tac"');
    expect(portal.html).toContain(`href="${C}"`);
    const site = await get(`/en${C}so-do-trang`);
    expect(site.status).toBe(200);
    expect(site.html).toContain(`href="/en${C}chuyen-muc/tin-tuc-su-kien"`);
    expect(site.html).toContain(`href="/en${C}van-ban"`);
  });

  it('language switch: same page in English; a Vietnamese-only post says it has no English version (200, noindex)', async () => {
    const vi = await get(`${C}tin-tuc/tin-thu-${stamp}-3`);
    expect(vi.html).toContain(`href="/en${C}tin-tuc/tin-thu-${stamp}-3"`);
    const en = await get(`/en${C}tin-tuc/tin-thu-${stamp}-3`);
    expect(en.status).toBe(200);
    expect(mainText(en.html)).toContain(`Test item ${stamp} no. 3`);
    const missing = await get(`/en${C}tin-tuc/chi-tieng-viet-${stamp}`);
    expect(missing.status).toBe(200);
    expect(mainText(missing.html)).toContain('This page has no English version yet');
    expect(missing.html).toContain(`href="${C}tin-tuc/chi-tieng-viet-${stamp}"`);
    expect(missing.html).toContain(`href="/en${C}"`);
    expect(missing.html).toMatch(/<meta name="robots" content="noindex"/);
    expect(missing.html).toMatch(/<html lang="en"/);
  });

  it('404: Vietnamese and English pages inside the portal frame, with useful links; drafts are 404', async () => {
    // Next 16 sends a thrown notFound() as HTTP 404 with the page in its Flight data (the browser renders it).
    const page = await (await browser.newContext()).newPage();
    const vi = await page.goto(`${server.url}/trang-khong-ton-tai`);
    expect(vi?.status()).toBe(404);
    expect(await page.locator('main h1').textContent()).toBe('Không tìm thấy trang');
    expect(await page.locator('main a[href="/so-do-trang"]').count()).toBe(1);
    expect(await page.locator('header.site-header').count()).toBe(1);
    expect(await page.title()).toBe('Không tìm thấy trang');
    const en = await page.goto(`${server.url}/en${C}khong-co-trang-nay`);
    expect(en?.status()).toBe(404);
    expect(await page.locator('main h1').textContent()).toBe('Page not found');
    expect(await page.locator('main a[href="/en/so-do-trang"]').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await get(`${C}tin-tuc/ban-nhap-${stamp}`)).status).toBe(404);
    expect((await get(`/en${C}tin-tuc/ban-nhap-${stamp}`)).status).toBe(404);
  });

  it('screenshots at 1280 and 360 px; no horizontal scrolling at 360 px', async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const shots: [string, string][] = [
      ['portal-home', '/'],
      ['news', `${C}tin-tuc?trang=2`],
      ['archive', `${C}tin-tuc/2024/05`],
      ['category-plans', `${C}chuyen-muc/chien-luoc-quy-hoach-ke-hoach`],
      ['documents', `${C}van-ban?linh-vuc=${encodeURIComponent('Đất đai')}`],
      ['document', `${C}van-ban/${ids.docNew}`],
      ['leaders', `${C}lanh-dao`],
      ['organisation-en', `/en${C}co-cau-to-chuc`],
      ['disclosure', `${C}tiep-can-thong-tin`],
      ['schedule', `${C}lich-cong-tac`],
      ['qa', `${C}hoi-dap`],
      ['consultations', `${C}lay-y-kien`],
      ['sitemap', `${C}so-do-trang`],
      ['no-translation', `/en${C}tin-tuc/chi-tieng-viet-${stamp}`],
      ['not-found', '/khong-co'],
    ];
    const page = await (await browser.newContext()).newPage();
    const wide: string[] = [];
    for (const [name, url] of shots) {
      await page.goto(`${server.url}${url}`);
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(SCREENSHOTS, `routes-${name}-${width}.png`), fullPage: true });
        if (width === 360) {
          const sw = await page.evaluate(() => document.documentElement.scrollWidth);
          if (sw > 360) wide.push(`${name}: ${sw}px`);
        }
      }
    }
    expect(wide).toEqual([]);
  });
});
