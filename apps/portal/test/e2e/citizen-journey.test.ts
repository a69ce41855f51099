/**
 * End to end in Debian chromium (issue "public portal", item 6), on the demo province as `npm start`
 * serves it: a commune chief editor writes a post with an image in the Vietnamese admin and publishes
 * it; an anonymous visitor then finds it on the commune home, in the commune's RSS feed, through search
 * typed without diacritics, and in the portal's aggregated "news from departments and communes" block;
 * switching the article to English shows a plain "no translation" notice. Screenshots of each step go
 * to test-results/screenshots/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { DEMO_PASSWORD, hasBuild, hasChromium, launchChromium, SCREENSHOTS, startDemoServer, type Running } from '../helpers/server';
import { planSites } from '../../src/provision/plan';

const ready = hasChromium && hasBuild;
if (!ready) console.warn(`citizen journey skipped: ${hasChromium ? '' : '/usr/bin/chromium missing; '}${hasBuild ? '' : 'no Next build (run npm test, which builds first)'}`);

// The demo has editor accounts on the first commune (src/provision/demo-users.ts).
const commune = planSites('06', '2022-12-01').filter((p) => p.level === 'commune')[0];
const stamp = Date.now().toString(36);
const title = `Khánh thành nhà văn hóa thôn Bản Đồn ${stamp}`;
/** What a visitor types: no tone marks, no đ. */
const folded = `khanh thanh nha van hoa thon ban don ${stamp}`;

let server: Running;
let browser: Browser;

const shot = async (page: Page, name: string, width = 1280) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
};

/** A real 640×360 PNG (drawn by sharp, Payload's image library) in a temp file. */
async function pngFile(): Promise<string> {
  const file = path.join(os.tmpdir(), `cong-e2e-${stamp}.png`);
  await sharp({ create: { width: 640, height: 360, channels: 3, background: '#2a6f97' } }).png().toFile(file);
  return file;
}

async function login(page: Page, email: string) {
  await page.goto(`${server.url}/admin/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 60_000 });
}

describe.skipIf(!ready)('citizen journey: publish with an image, then find it everywhere (Debian chromium)', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  }, 1_200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a commune chief editor publishes a post with an image; a visitor finds it on the home, in RSS, by search and on the portal', async () => {
    const editor = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    await login(editor, `chiefeditor.${commune.slug}@demo.cong.vn`);
    await editor.goto(`${server.url}/admin/collections/posts/create`);
    await editor.fill('#field-title', title);
    await editor.fill('#field-excerpt', 'Nhà văn hóa mới phục vụ sinh hoạt cộng đồng của bà con trong thôn.');
    await editor.locator('[data-lexical-editor="true"]').first().click();
    await editor.keyboard.type('Sáng nay, Ủy ban nhân dân xã tổ chức lễ khánh thành nhà văn hóa thôn.');
    // The main image: upload a new file from the field's drawer, with its alternative text.
    await editor.locator('#field-heroImage').getByRole('button', { name: /Tạo mới|Create new/ }).click();
    const drawer = editor.locator('dialog, .drawer').last();
    await drawer.locator('input[type="file"]').setInputFiles(await pngFile());
    await drawer.locator('#field-alt').fill('Nhà văn hóa thôn Bản Đồn ngày khánh thành');
    await drawer.getByRole('button', { name: /^Lưu$|^Save$/ }).click();
    await expect.poll(async () => editor.locator('#field-heroImage').textContent(), { timeout: 30_000 }).toContain(`cong-e2e-${stamp}`);
    await shot(editor, 'journey-admin-post-with-image');
    await editor.locator('button:has-text("Xuất bản")').first().click({ timeout: 60_000 });
    await editor.waitForURL(/\/admin\/collections\/posts\/\d+/, { timeout: 60_000 });
    const id = editor.url().match(/posts\/(\d+)/)![1];
    await expect.poll(async () => (await editor.request.get(`${server.url}/api/posts/${id}`)).status(), { timeout: 30_000 }).toBe(200);
    const post = await (await editor.request.get(`${server.url}/api/posts/${id}?depth=0`)).json();
    const started = Date.now();

    // Commune home (through the public cache: visible within 5 s of publishing).
    const anon = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    await expect
      .poll(async () => {
        await anon.goto(`${server.url}/${commune.slug}/`);
        return anon.locator('main').textContent();
      }, { timeout: 5_000, interval: 250 })
      .toContain(title);
    console.log(`journey: visible on the commune home ${Date.now() - started} ms after publishing`);
    await shot(anon, 'journey-commune-home');
    await shot(anon, 'journey-commune-home-360', 360);

    // The article, with its image and alternative text.
    await anon.click(`a:has-text("${title}")`);
    await anon.waitForLoadState('load');
    expect(await anon.locator('h1').first().textContent()).toBe(title);
    const img = anon.locator('main article img').first();
    expect(await img.getAttribute('alt')).toBe('Nhà văn hóa thôn Bản Đồn ngày khánh thành');
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    await shot(anon, 'journey-article');
    await shot(anon, 'journey-article-360', 360);
    const articleUrl = anon.url();
    expect(articleUrl).toContain(`/${commune.slug}/tin-tuc/${post.slug}`);

    // The commune's RSS feed.
    const rss = await (await fetch(`${server.url}/${commune.slug}/rss`)).text();
    expect(rss).toContain('<rss');
    expect(rss).toContain(title);
    expect(rss).toContain(`/${commune.slug}/tin-tuc/${post.slug}`);

    // Search without diacritics, through the form in the header.
    await anon.goto(`${server.url}/${commune.slug}/`);
    const box = anon.getByRole('searchbox').first();
    await box.fill(folded);
    await box.press('Enter');
    await anon.waitForLoadState('load');
    expect(await anon.locator('main').textContent()).toContain(title);
    await shot(anon, 'journey-search');

    // The portal's aggregated block of news from departments and communes.
    await anon.goto(`${server.url}/`);
    const block = anon.locator('section', { hasText: /Tin từ các/ }).first();
    expect(await block.textContent()).toContain(title);
    await shot(anon, 'journey-portal-home');

    // English: the post has no English version; the switch says so plainly and links back.
    await anon.goto(articleUrl);
    await anon.locator('header a[hreflang="en"]').first().click();
    await anon.waitForLoadState('load');
    expect(await anon.getAttribute('html', 'lang')).toBe('en');
    expect(await anon.locator('main').textContent()).toMatch(/no English (version|translation)/i);
    expect(await anon.locator(`main a[href$="/${commune.slug}/tin-tuc/${post.slug}"]`).count()).toBeGreaterThan(0);
    await shot(anon, 'journey-article-en-missing');
  }, 600_000);
});
