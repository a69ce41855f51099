/**
 * End to end in Debian chromium, on the demo province as `npm start` provisions it:
 * a commune chief editor logs into the Vietnamese admin, writes a post and saves a draft; a
 * contributor of another commune cannot see that draft (admin list, REST); the chief editor
 * publishes it and an anonymous visitor finds it on the commune home. Screenshots are kept in
 * test-results/screenshots/ (portal home, commune home, article, legal documents, admin).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, hasBuild, hasChromium, launchChromium, SCREENSHOTS, startDemoServer, type Running } from '../helpers/server';
import { planSites } from '../../src/provision/plan';

const ready = hasChromium && hasBuild;
if (!ready) console.warn(`e2e skipped: ${hasChromium ? '' : '/usr/bin/chromium missing; '}${hasBuild ? '' : 'no Next build (run npm test, which builds first)'}`);

const communes = planSites('06', '2022-12-01').filter((p) => p.level === 'commune');
const [first, second] = communes;
const title = `Thông báo lịch tiếp công dân tháng 12 — thử nghiệm ${Date.now()}`;

let server: Running;
let browser: Browser;

const shot = async (page: Page, name: string, width = 1280) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
};

async function login(page: Page, email: string) {
  await page.goto(`${server.url}/admin/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 60_000 });
}

describe.skipIf(!ready)('newsroom end to end (demo province, Debian chromium)', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  }, 1_200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves the portal home with every component site grouped by level', async () => {
    const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    const res = await page.goto(`${server.url}/`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect(page.locator('.sample-banner').textContent()).resolves.toContain('Dữ liệu mẫu / sample data');
    const text = await page.locator('#component-sites').locator('..').textContent();
    expect(text).toContain('Sở, ban, ngành');
    expect(text).toContain('Xã, phường, thị trấn (108)');
    expect(text).toContain('Huyện, thành phố (8)');
    expect(await page.locator('.site-group a').count()).toBe(planSites('06', '2022-12-01').length - 1);
    await shot(page, 'portal-home');
    await shot(page, 'portal-home-360', 360);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
  });

  it('lets a commune chief editor write a post that another commune cannot see, then publish it', async () => {
    const editor = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    await login(editor, `chiefeditor.${first.slug}@demo.cong.vn`);
    await shot(editor, 'admin-dashboard');
    await editor.goto(`${server.url}/admin/collections/posts/create`);
    await editor.fill('#field-title', title);
    await editor.locator('[data-lexical-editor="true"]').first().click();
    await editor.keyboard.type('Ủy ban nhân dân xã thông báo lịch tiếp công dân định kỳ trong tháng 12.');
    await shot(editor, 'admin-post-editor');
    // Save as a draft first.
    await editor.click('#action-save-draft');
    await editor.waitForURL(/\/admin\/collections\/posts\/\d+/, { timeout: 60_000 });
    const id = editor.url().match(/posts\/(\d+)/)![1];

    // A contributor of another commune: nothing in the admin list, nothing through REST.
    const other = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    await login(other, `contributor.${second.slug}@demo.cong.vn`);
    await other.goto(`${server.url}/admin/collections/posts?limit=100`);
    await other.waitForLoadState('networkidle');
    expect(await other.content()).not.toContain(title);
    const api = await other.request.get(`${server.url}/api/posts/${id}?draft=true`);
    expect(api.status()).toBe(404);
    const list = await other.request.get(`${server.url}/api/posts?draft=true&where[title][like]=${encodeURIComponent('tiếp công dân tháng 12')}`);
    expect((await list.json()).totalDocs).toBe(0);
    // Nor the public: the commune home does not show the draft.
    const anon = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    await anon.goto(`${server.url}/${first.slug}/`);
    expect(await anon.content()).not.toContain(title);

    // Publish.
    await editor.goto(`${server.url}/admin/collections/posts/${id}`);
    await editor.waitForLoadState('networkidle');
    await shot(editor, 'admin-post-draft');
    await editor.locator('button:has-text("Xuất bản")').first().click({ timeout: 60_000 });
    await shot(editor, 'admin-post-published');
    await expect.poll(async () => (await editor.request.get(`${server.url}/api/posts/${id}`)).status(), { timeout: 30_000 }).toBe(200);

    await anon.goto(`${server.url}/${first.slug}/`);
    expect(await anon.locator('main').textContent()).toContain(title);
    await shot(anon, 'commune-home');
    await anon.click(`text=${title}`);
    await anon.waitForLoadState('domcontentloaded');
    expect(await anon.locator('h1').textContent()).toBe(title);
    await shot(anon, 'article');
    await shot(anon, 'article-360', 360);
  });

  it('shows the footer identity from the site record and a link back to the portal', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/${first.slug}/`);
    const footer = await page.locator('footer').textContent();
    expect(footer).toContain(first.governingAgency.vi);
    expect(footer).toContain('Chịu trách nhiệm chính: Nguyễn Văn A');
    expect(footer).toContain(`vanphong@${first.domain}`);
    expect(await page.locator('header a.portal-link').getAttribute('href')).toBe('/');
    expect(await page.locator('header .agency').textContent()).toBe(first.governingAgency.vi);
  });

  it('lists and shows the legal documents of the department of information and communications', async () => {
    const dept = planSites('06', '2022-12-01').find((p) => /thông tin và truyền thông/i.test(p.name.vi))!;
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/${dept.slug}/van-ban`);
    const rows = page.locator('table.docs tbody tr');
    const sharedCsv = path.join(process.env.CONG_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../../../shared'), 'data/legal-docs');
    if (!fs.existsSync(sharedCsv)) return console.warn('legal documents not imported: shared data folder absent');
    expect(await rows.count()).toBeGreaterThan(10);
    await shot(page, 'legal-documents');
    await rows.first().locator('a').click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('dl.doc-props').textContent()).toContain('Số, ký hiệu');
    await shot(page, 'legal-document');
  });

  it('serves the English page of a section and a plain 404 for an unknown path', async () => {
    const page = await (await browser.newContext()).newPage();
    const res = await page.goto(`${server.url}/en/${first.slug}/co-cau-to-chuc`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Organisation structure');
    await shot(page, 'commune-organisation-en');
    const missing = await page.goto(`${server.url}/${first.slug}/khong-co-trang-nay`);
    expect(missing?.status()).toBe(404);
  });
});
