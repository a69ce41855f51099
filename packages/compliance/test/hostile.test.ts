/**
 * Hostile servers: each test runs a crawl against a misbehaving loopback server and asserts the bound
 * that must hold (wall time ≤ configured timeout + 2 s, RSS growth < 100 MB) and that the snapshot says
 * why (page error, `errors`, `limitsHit`, or a charset warning). Measurements are printed at the end.
 */
import zlib from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite, type CrawlOptions } from '../src/crawl/crawler.js';
import type { SiteSnapshot } from '../src/snapshot.js';
import { bytes, hasOpenssl, html, makeExpiredCert, makeSelfSignedCert, routes, startServer, type TestServer } from './helpers/server.js';

const MB = 1024 * 1024;
const measurements: { test: string; wallMs: number; rssGrowthMB: number; bound: string }[] = [];

/** Crawl and measure wall time and RSS growth around it. */
async function measured(name: string, url: string, options: CrawlOptions, bound: string): Promise<{ snap: SiteSnapshot; wallMs: number; rssMB: number }> {
  const rss0 = process.memoryUsage().rss;
  const t0 = Date.now();
  const snap = await crawlSite({ url }, { network: false, ...options });
  const wallMs = Date.now() - t0;
  const rssMB = (process.memoryUsage().rss - rss0) / MB;
  measurements.push({ test: name, wallMs, rssGrowthMB: Math.round(rssMB * 10) / 10, bound });
  return { snap, wallMs, rssMB };
}

/** Write `total` bytes in 64 KiB chunks respecting back-pressure; stops when the client goes away. */
async function stream(res: ServerResponse, total: number, chunk: Buffer): Promise<void> {
  let sent = 0;
  let closed = false;
  res.on('close', () => (closed = true));
  while (sent < total && !closed) {
    const ok = res.write(chunk);
    sent += chunk.length;
    if (!ok) await new Promise<void>((r) => (res.once('drain', r), res.once('close', r)));
  }
  if (!closed) res.end();
}

let bomb: Buffer; // ~2 GiB of zeros as 32 concatenated gzip members of 64 MiB each
let srv: TestServer;

beforeAll(async () => {
  // one 64 MiB member, compressed in streaming fashion (no 64 MiB buffer in memory)
  const gz = zlib.createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gz.on('data', (d: Buffer) => parts.push(d));
  const zeros = Buffer.alloc(64 * 1024);
  for (let i = 0; i < 1024; i++) if (!gz.write(zeros)) await new Promise((r) => gz.once('drain', r));
  await new Promise<void>((r) => gz.end(r));
  const member = Buffer.concat(parts);
  bomb = Buffer.concat(Array.from({ length: 32 }, () => member));

  const lines = Buffer.from('<p>Nội dung lặp lại rất dài của một trang khổng lồ. <a href="/lap">liên kết</a></p>\n'.repeat(700));
  srv = await startServer(
    routes({
      '/drip/': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html><head><title>Chậm</title></head><body>');
        const t = setInterval(() => res.write('.'), 200);
        res.on('close', () => clearInterval(t));
      },
      '/r/*': (q, res) => {
        const n = Number(q.url!.split('/')[2] ?? 0);
        res.writeHead(302, { location: `/r/${n + 1}/` });
        res.end();
      },
      '/big/': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html lang="vi"><head><title>Trang 50 MB</title></head><body>');
        void stream(res, 50 * MB, lines);
      },
      '/bomb/': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
        res.end(bomb);
      },
      '/broken/': html(
        `<html><head><title>Hỏng</title><meta charset="utf-8"><script>document.write("<div>"</script></head><body><div><p>Mở <b><i>không đóng <table><tr><td><a href="http://[::1">url hỏng</a>` +
          '<div><span>'.repeat(50_000) +
          `<a href="/broken/ok">ok</a>\u0000\uFFFE<svg><a href="/svg-link"><text>x</text></a></svg><!-- comment <a href="/no"> --><a href=/unquoted>k</a>` +
          '</span>'.repeat(7),
      ),
      '/broken/ok': html('<html><title>OK</title></html>'),
      '/charset/': bytes(
        Buffer.from('<!doctype html><html lang="vi"><head><title>Cổng thông tin điện tử tỉnh</title></head><body><p>Sở Thông tin và Truyền thông</p></body></html>', 'utf8'),
        { 'content-type': 'text/html; charset=iso-8859-1' },
      ),
      '/many/': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html><body><nav>${Array.from({ length: 10_000 }, (_, i) => `<a href="/many/p${i}">Trang ${i}</a>`).join('')}</nav></body></html>`);
      },
      '/many/*': html('<html><title>p</title><body>ok</body></html>'),
      '/slow/': html(`<html><body><nav>${Array.from({ length: 30 }, (_, i) => `<a href="/slow/p${i}">S${i}</a>`).join('')}</nav></body></html>`),
      '/slow/*': async (_q, res) => {
        await new Promise((r) => setTimeout(r, 1500));
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><title>slow</title></html>');
      },
    }),
  );
}, 60_000);

afterAll(async () => {
  await srv?.close();
  console.log('\nHostile-server bounds measured:');
  console.table(measurements);
});

describe('hostile servers', () => {
  it('slow drip: the request times out at timeoutMs', async () => {
    const { snap, wallMs, rssMB } = await measured('slow drip (timeout 2 s)', `${srv.url}/drip/`, { timeoutMs: 2_000 }, '≤ 2 s + 2 s');
    expect(wallMs).toBeLessThanOrEqual(2_000 + 2_000);
    expect(rssMB).toBeLessThan(100);
    expect(snap.pages[0].error).toBe('timeout after 2000 ms (headers + body)');
    expect(snap.errors[0]).toMatchObject({ url: `${srv.url}/drip/`, message: expect.stringMatching(/timeout/) });
    expect(snap.limitsHit).toContain(`request timeout 2000 ms hit: ${srv.url}/drip/`);
    expect(snap.cloaking).toBeUndefined(); // no probe on a start page that failed
  });

  it('endless redirects: stops after 5', async () => {
    const before = srv.requests.filter((q) => q.url.startsWith('/r/')).length;
    const { snap, wallMs, rssMB } = await measured('endless redirects', `${srv.url}/r/0/`, { timeoutMs: 5_000 }, '≤ 5 redirects');
    expect(wallMs).toBeLessThanOrEqual(5_000 + 2_000);
    expect(rssMB).toBeLessThan(100);
    expect(srv.requests.filter((q) => q.url.startsWith('/r/')).length - before).toBe(6);
    expect(snap.pages[0]).toMatchObject({ status: 302, redirects: expect.any(Array) });
    expect(snap.pages[0].redirects).toHaveLength(5);
    expect(snap.pages[0].error).toMatch(/too many redirects \(more than 5\)/);
    expect(snap.limitsHit).toContain(`redirect limit 5 exceeded: ${srv.url}/r/0/`);
  });

  it('50 MB body: read up to 5 MB and marked truncated', async () => {
    const { snap, wallMs, rssMB } = await measured('50 MB body', `${srv.url}/big/`, { timeoutMs: 15_000 }, '5 MB per response');
    expect(wallMs).toBeLessThanOrEqual(15_000 + 2_000);
    expect(rssMB).toBeLessThan(100);
    const home = snap.pages[0];
    expect(home).toMatchObject({ status: 200, truncated: true, bytes: 5 * MB });
    expect(home.facts?.title).toBe('Trang 50 MB');
    expect(snap.limitsHit).toContain(`byte limit ${5 * MB} bytes reached: ${srv.url}/big/ truncated`);
    expect(snap.limitsHit.some((l) => l.startsWith('page larger than 600000 characters'))).toBe(true);
  });

  it('gzip bomb: decompression stops at 5 MB', async () => {
    const { snap, wallMs, rssMB } = await measured(`gzip bomb (${(bomb.length / MB).toFixed(1)} MB → 2 GiB)`, `${srv.url}/bomb/`, { timeoutMs: 15_000 }, '5 MB decompressed');
    expect(wallMs).toBeLessThanOrEqual(15_000 + 2_000);
    expect(rssMB).toBeLessThan(100);
    expect(snap.pages[0]).toMatchObject({ status: 200, truncated: true, bytes: 5 * MB });
    expect(snap.limitsHit).toContain(`byte limit ${5 * MB} bytes reached: ${srv.url}/bomb/ truncated`);
  });

  it('broken HTML: extraction survives and links are still followed', async () => {
    const { snap, wallMs, rssMB } = await measured('broken HTML (50k-deep nesting)', `${srv.url}/broken/`, { timeoutMs: 10_000 }, '≤ 10 s + 2 s');
    expect(wallMs).toBeLessThanOrEqual(10_000 + 2_000);
    expect(rssMB).toBeLessThan(100);
    const home = snap.pages[0];
    expect(home.error).toBeUndefined();
    expect(home.facts?.title).toBe('Hỏng');
    expect(home.facts?.links.map((l) => l.url)).toEqual(expect.arrayContaining([`${srv.url}/broken/ok`, `${srv.url}/unquoted`]));
    expect(snap.pages.map((p) => p.url)).toContain(`${srv.url}/broken/ok`);
  });

  it('wrong charset declaration: decoded as UTF-8 with a warning', async () => {
    const { snap, wallMs, rssMB } = await measured('wrong charset', `${srv.url}/charset/`, {}, 'decode');
    expect(wallMs).toBeLessThan(5_000);
    expect(rssMB).toBeLessThan(100);
    expect(snap.pages[0]).toMatchObject({
      charset: 'utf-8',
      declaredCharset: 'iso-8859-1',
      charsetWarning: 'declared iso-8859-1 but the body is valid UTF-8; decoded as utf-8',
    });
    expect(snap.pages[0].facts?.title).toBe('Cổng thông tin điện tử tỉnh');
  });

  it('10,000 links on one page: page and queue limits hold', async () => {
    const { snap, wallMs, rssMB } = await measured('10,000 links', `${srv.url}/many/`, { maxPages: 60, timeoutMs: 5_000, totalTimeMs: 60_000 }, '60 pages');
    expect(wallMs).toBeLessThanOrEqual(60_000 + 2_000);
    expect(rssMB).toBeLessThan(100);
    expect(snap.pages).toHaveLength(60);
    expect(snap.pages[0].facts?.links).toHaveLength(10_000);
    expect(snap.limitsHit.find((l) => l.startsWith('page limit 60 reached'))).toBeTruthy();
    expect(srv.peakConcurrency).toBeLessThanOrEqual(2);
  });

  it('total time budget: in-flight requests are aborted when it runs out', async () => {
    const { snap, wallMs, rssMB } = await measured('total time budget 3 s', `${srv.url}/slow/`, { totalTimeMs: 3_000, timeoutMs: 10_000 }, '≤ 3 s + 2 s');
    expect(wallMs).toBeLessThanOrEqual(3_000 + 2_000);
    expect(rssMB).toBeLessThan(100);
    expect(snap.limitsHit.find((l) => l.startsWith('time limit 3000 ms reached'))).toBeTruthy();
    expect(snap.pages.length).toBeLessThan(31);
  });

  it('robots.txt disallowing all: nothing but robots.txt is fetched', async () => {
    const r = await startServer(
      routes({
        '/robots.txt': bytes('User-agent: *\nDisallow: /\n', { 'content-type': 'text/plain' }),
        '/': html('<html><title>x</title></html>'),
      }),
    );
    try {
      const { snap, wallMs, rssMB } = await measured('robots disallow-all', `${r.url}/`, {}, 'no page fetched');
      expect(wallMs).toBeLessThan(5_000);
      expect(rssMB).toBeLessThan(100);
      expect(snap.pages).toEqual([]);
      expect(snap.robots).toMatchObject({ disallowsAll: true, ignored: false, status: 200 });
      expect(snap.limitsHit[0]).toMatch(/^robots\.txt disallows all crawling for CongScan; no pages fetched/);
      expect(r.requests.map((q) => q.url)).toEqual(['/robots.txt']);
    } finally {
      await r.close();
    }
  });
});

describe.skipIf(!hasOpenssl())('hostile TLS', () => {
  it('self-signed certificate: an error by default; crawlable with insecureTls', async () => {
    const s = await startServer(html('<html lang="vi"><title>Tự ký</title><body>x</body></html>'), makeSelfSignedCert());
    try {
      const { snap, wallMs, rssMB } = await measured('self-signed cert', `${s.url}/`, { timeoutMs: 5_000 }, 'error recorded');
      expect(wallMs).toBeLessThan(5_000 + 2_000);
      expect(rssMB).toBeLessThan(100);
      expect(snap.tls).toMatchObject({ valid: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      expect(snap.pages[0].error).toMatch(/^TLS error/);
      expect(snap.limitsHit.some((l) => l.startsWith('TLS certificate not trusted (DEPTH_ZERO_SELF_SIGNED_CERT)'))).toBe(true);
      const lax = await crawlSite({ url: `${s.url}/` }, { insecureTls: true, network: false });
      expect(lax.pages[0]).toMatchObject({ status: 200 });
      expect(lax.tls?.valid).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('expired certificate', async () => {
    const s = await startServer(html('<html lang="vi"><title>Hết hạn</title></html>'), makeExpiredCert());
    try {
      const { snap, wallMs, rssMB } = await measured('expired cert', `${s.url}/`, { timeoutMs: 5_000 }, 'error recorded');
      expect(wallMs).toBeLessThan(5_000 + 2_000);
      expect(rssMB).toBeLessThan(100);
      expect(snap.tls?.valid).toBe(false);
      expect(snap.tls?.validTo).toBe('2020-02-01T00:00:00.000Z');
      expect(snap.pages[0].error).toMatch(/^TLS error/);
      expect(snap.errors[0].message).toMatch(/TLS/);
    } finally {
      await s.close();
    }
  });
});
