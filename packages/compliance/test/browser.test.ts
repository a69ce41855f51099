/**
 * axe-core and Lighthouse in Debian's Chromium against pages on 127.0.0.1. Skips with a message when
 * /usr/bin/chromium (or $CHROMIUM_PATH) is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM_PATH, chromiumAvailable, median, runAxe, runLighthouse } from '../src/browser/index.js';
import { html, routes, startServer, type TestServer } from './helpers/server.js';

const available = chromiumAvailable();
if (!available) console.warn(`Chromium not found at ${DEFAULT_CHROMIUM_PATH}; skipping browser tests`);

const CLEAN = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trang sạch</title></head>
<body><header><h1>Sở Thử Nghiệm</h1></header><nav aria-label="Chính"><a href="/">Trang chủ</a></nav><main><h2>Tin tức</h2><p>Nội dung dễ đọc.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Ảnh minh hoạ"></main><footer><p>© 2026</p></footer></body></html>`;
const BAD = `<!doctype html><html><head><title>Trang lỗi</title><meta http-equiv="Content-Security-Policy" content="script-src 'none'"></head>
<body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="/x"></a><p style="color:#eee;background:#fff">Chữ mờ</p><marquee>Chữ chạy</marquee>
<input type="text"></body></html>`;

describe.skipIf(!available)('browser facts', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer(routes({ '/': html(CLEAN), '/bad': html(BAD), '/gone': html('<html lang="vi"><title>404</title><h1>Không có</h1></html>', 404) }));
  });
  afterAll(() => srv?.close());

  it('runAxe: WCAG 2.1 A/AA violations per page, Level A subset separately, errors instead of throws', async () => {
    const res = await runAxe([`${srv.url}/`, `${srv.url}/bad`, `${srv.url}/gone`, 'http://127.0.0.1:1/']);
    expect(res.map((r) => r.url)).toEqual([`${srv.url}/`, `${srv.url}/bad`, `${srv.url}/gone`, 'http://127.0.0.1:1/']);
    const [clean, bad, gone, down] = res;
    expect(clean.error).toBeUndefined();
    expect(clean.violations).toEqual([]);
    expect(clean.levelA).toMatchObject({ violationIds: [], note: expect.stringContaining('Circular 26/2020') });
    const ids = bad.violations.map((v) => v.id);
    // CSP forbids scripts on this page; axe is injected anyway (CSP bypassed for the scan)
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'color-contrast', 'marquee', 'label']));
    expect(bad.levelA!.violationIds).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'marquee', 'label']));
    expect(bad.levelA!.violationIds).not.toContain('color-contrast'); // AA only
    const img = bad.violations.find((v) => v.id === 'image-alt')!;
    expect(img).toMatchObject({ impact: 'critical', nodes: 1, target: 'img' });
    expect(img.tags).toContain('wcag2a');
    expect(gone.error).toMatch(/HTTP 404/);
    expect(down.error).toMatch(/net::ERR_/); // refused (or 'unsafe port' for port 1)
    expect(down.violations).toEqual([]);
  });

  it('runLighthouse: median FCP, LCP, Speed Index, TBT over 3 runs', async () => {
    const r = await runLighthouse(`${srv.url}/`, { runs: 3 });
    expect(r.error).toBeUndefined();
    expect(r.runs).toBe(3);
    for (const k of ['fcpMs', 'lcpMs', 'speedIndexMs', 'tbtMs'] as const) {
      expect(typeof r[k], k).toBe('number');
      expect(r[k]!, k).toBeGreaterThanOrEqual(0);
    }
    expect(r.fcpMs!).toBeLessThan(10_000);
  }, 300_000);

  it('runLighthouse reports an unreachable page as an error', async () => {
    const r = await runLighthouse('http://127.0.0.1:1/', { runs: 1 });
    expect(r.runs).toBe(0);
    expect(r.error).toMatch(/run 1:/);
  }, 180_000);
});

describe('browser helpers without a browser', () => {
  it('missing Chromium gives errors, not exceptions', async () => {
    expect(await runAxe(['http://127.0.0.1:1/'], { chromiumPath: '/nonexistent/chromium' })).toEqual([
      { url: 'http://127.0.0.1:1/', violations: [], error: 'Chromium not found at /nonexistent/chromium' },
    ]);
    expect(await runLighthouse('http://127.0.0.1:1/', { chromiumPath: '/nonexistent/chromium' })).toEqual({
      url: 'http://127.0.0.1:1/',
      runs: 0,
      error: 'Chromium not found at /nonexistent/chromium',
    });
  });

  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
