/**
 * The public search page `/tim-kiem` on the demo province as `npm start` serves it (production build, demo data,
 * the 521 real legal documents in the department of information and communications): the form works without
 * JavaScript (plain GET), results show type, site, date and marked words and link to the item, the portal
 * searches every site unless "only the portal" is ticked, pages are numbered, "no results" gives help in
 * Vietnamese and English, and English results never show Vietnamese-only items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasBuild, hasChromium, launchChromium, startDemoServer, type Running } from '../helpers/server';
import { planSites } from '../../src/provision/plan';

const shared = process.env.CONG_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../../../shared');
const hasLegal = fs.existsSync(path.join(shared, 'data/legal-docs/sotttt-hanoi-van-ban-phap-quy-896.csv'));
const ready = hasChromium && hasBuild && hasLegal;
if (!ready) console.warn(`search page skipped: ${hasChromium ? '' : '/usr/bin/chromium missing; '}${hasBuild ? '' : 'no Next build; '}${hasLegal ? '' : 'no shared legal-document data'}`);

const dept = planSites('06', '2022-12-01').find((p) => p.level === 'department' && /thông tin và truyền thông/i.test(p.name.vi))!;

let server: Running;
let browser: Browser;

describe.skipIf(!ready)('search page', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('works without JavaScript: the header form finds a decree typed without diacritics on its site', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/${dept.slug}/`);
    const box = page.getByRole('searchbox').first();
    await box.fill('13/2018/ND-CP');
    await box.press('Enter');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/${dept.slug}/tim-kiem`);
    const first = page.locator('.search-results li').first();
    expect(await first.locator('h2 a').textContent()).toBe('Nghị định 13/2018/NĐ-CP');
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(new RegExp(`^/${dept.slug}/van-ban/\\w+$`));
    expect(await first.locator('.search-meta').textContent()).toContain('Văn bản');
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^2018-01-2/);
    expect(await first.locator('h2 mark').allTextContents()).toEqual(['13/2018/NĐ-CP']);
    await first.locator('h2 a').click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toContain('13/2018/NĐ-CP');
    await ctx.close();
  });

  it('the portal searches every site, shows the site name, and can be narrowed to the portal only', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tim-kiem?q=${encodeURIComponent('tiep can thong tin')}`);
    const items = page.locator('.search-results li');
    expect(await items.count()).toBe(10);
    expect(await page.locator('.search-results .search-meta').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Sở Thông tin và Truyền thông')]));
    expect(await page.getByRole('status').textContent()).toMatch(/Tìm thấy \d+ kết quả/);
    // Numbered pages (plain links).
    await page.locator('nav.pagination a[rel="next"]').click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('trang=2');
    expect(await page.locator('.search-results').getAttribute('start')).toBe('11');
    // Only the portal: the department's documents are gone.
    await page.goto(`${server.url}/tim-kiem?q=${encodeURIComponent('13/2018/NĐ-CP')}&pham-vi=cong`);
    expect(await page.locator('.search-results li').count()).toBe(0);
    expect(await page.locator('.search-help').textContent()).toContain('Tìm trên tất cả các trang thành phần');
    await page.close();
  });

  it('no results: help in Vietnamese and English; English never lists Vietnamese-only documents', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tim-kiem?q=xyzzy+khongco`);
    expect(await page.getByRole('status').textContent()).toContain('Không tìm thấy kết quả');
    expect(await page.locator('.search-help').textContent()).toContain('không dấu');
    await page.goto(`${server.url}/en/${dept.slug}/tim-kiem?q=${encodeURIComponent('13/2018/ND-CP')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('status').textContent()).toContain('No results');
    expect(await page.locator('.search-help a[hreflang="vi"]').getAttribute('href')).toBe(`/${dept.slug}/tim-kiem?q=13%2F2018%2FND-CP`);
    await page.close();
  });
});
