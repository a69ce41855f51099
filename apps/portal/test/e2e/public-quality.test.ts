/**
 * Accessibility and speed of the public pages, measured (issue "public portal", item 5), on the demo
 * province as `npm start` serves it, in Debian chromium:
 * - axe-core, WCAG 2.1 A/AA: no violation on home, news list, article, legal-document list and detail,
 *   search, contacts and English pages of the portal and of a commune site;
 * - no horizontal scrolling at 360 px on the same pages (screenshots kept at 1280 and 360 px).
 * Lighthouse runs apart, on a quiet machine: test/perf/lighthouse.test.ts.
 * Pages are discovered from links, as a visitor (or the compliance crawler) would find them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasBuild, hasChromium, launchChromium, SCREENSHOTS, startDemoServer, type Running } from '../helpers/server';
import { planSites } from '../../src/provision/plan';
import { runAxe } from '../../../../packages/compliance/src/browser/index';

const ready = hasChromium && hasBuild;
if (!ready) console.warn(`public-quality skipped: ${hasChromium ? '' : '/usr/bin/chromium missing; '}${hasBuild ? '' : 'no Next build (run npm test, which builds first)'}`);

const commune = planSites('06', '2022-12-01').find((p) => p.level === 'commune')!;

let server: Running;
let browser: Browser;
/** name → absolute URL of every page under test. */
const pages = new Map<string, string>();

/** The first href in `html` matching `pattern` (relative hrefs resolved against `base`). */
function firstLink(html: string, base: string, pattern: RegExp): string | undefined {
  for (const m of html.matchAll(/href="([^"]+)"/g)) {
    const href = m[1].replace(/&amp;/g, '&');
    const abs = new URL(href, base);
    if (pattern.test(abs.pathname + abs.search)) return abs.href;
  }
  return undefined;
}

async function discover(prefix: string, label: string): Promise<void> {
  const home = `${server.url}${prefix}`;
  const html = await (await fetch(home)).text();
  pages.set(`${label}-home`, home);
  pages.set(`${label}-news`, `${home}tin-tuc`);
  const article = firstLink(html, home, new RegExp(`^${prefix}tin-tuc/[a-z0-9-]*[a-z][a-z0-9-]*$`));
  if (article) pages.set(`${label}-article`, article);
  pages.set(`${label}-documents`, `${home}van-ban`);
  const docs = await (await fetch(`${home}van-ban`)).text();
  const doc = firstLink(docs, home, new RegExp(`^${prefix}van-ban/[\\w-]+$`));
  if (doc) pages.set(`${label}-document`, doc);
  pages.set(`${label}-search`, `${home}tim-kiem?q=${encodeURIComponent('uy ban nhan dan')}`);
  pages.set(`${label}-contacts`, `${home}lien-he`);
  pages.set(`${label}-en-home`, `${server.url}/en${prefix}`);
  pages.set(`${label}-en-contacts`, `${server.url}/en${prefix}lien-he`);
}

describe.skipIf(!ready)('public pages: accessibility and 360 px (demo province, Debian chromium)', () => {
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    await discover('/', 'portal');
    await discover(`/${commune.slug}/`, 'commune');
  }, 1_200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('finds every page under test, each answering 200', async () => {
    for (const kind of ['article', 'document']) {
      expect(pages.has(`portal-${kind}`), `portal ${kind} link`).toBe(true);
    }
    const statuses = await Promise.all([...pages].map(async ([name, url]) => [name, (await fetch(url)).status] as const));
    expect(statuses.filter(([, s]) => s !== 200)).toEqual([]);
  });

  it('axe-core (WCAG 2.1 A/AA) finds no violation on any of them', async () => {
    const results = await runAxe([...pages.values()], { timeoutMs: 90_000 });
    const names = [...pages.keys()];
    const report = results.map((r, i) => ({ page: names[i], error: r.error, violations: r.violations.map((v) => `${v.id} (${v.nodes}× ${v.target ?? ''})`) }));
    console.log(`axe: ${results.length} pages, ${results.reduce((n, r) => n + r.violations.length, 0)} violation kinds`);
    expect(report.filter((r) => r.error || r.violations.length)).toEqual([]);
  }, 900_000);

  it('renders without horizontal scrolling at 360 px; screenshots at 1280 and 360 px', async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const overflow: string[] = [];
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    for (const [name, url] of pages) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(SCREENSHOTS, `public-${name}.png`), fullPage: true });
      await page.setViewportSize({ width: 360, height: 740 });
      await page.waitForTimeout(100);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) overflow.push(`${name}: ${width}px`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `public-${name}-360.png`), fullPage: true });
    }
    await context.close();
    expect(overflow).toEqual([]);
  }, 600_000);
});
