/**
 * The page cache (src/server/pageCache.mjs) on a real loopback HTTP server whose handler stands in for
 * Next's (it renders numbered pages, can set a cookie, and counts renders): hit/miss, identical bytes,
 * logged-in bypass, Set-Cookie and non-HTML not stored, LRU bound in bytes, one render per key under
 * concurrency, purge during a render, ETag/304, precompressed gzip/br. The real portal behind it is
 * covered by e2e/page-cache.test.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageCache, cachingHandler, pickEncoding } from '../src/server/pageCache.mjs';

let renders = 0;
let slow: (() => void) | null = null;
const cache = new PageCache({ maxBytes: 64 * 1024 });

/** The stand-in for Next: `/page/N?size=B` renders B bytes of HTML; `/cookie` sets a cookie; `/json` is JSON. */
async function app(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const url = new URL(req.url!, 'http://x');
  if (url.pathname === '/slow') await new Promise<void>((r) => (slow = r));
  if (url.pathname === '/cookie') res.setHeader('Set-Cookie', 'a=b; Path=/');
  if (url.pathname === '/error') res.statusCode = 500;
  if (url.pathname === '/missing') res.statusCode = 404;
  res.setHeader('Content-Type', url.pathname === '/json' ? 'application/json' : 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  const size = Number(url.searchParams.get('size') ?? 2000);
  const head = `<html><body>${url.pathname} render ${renders} `;
  res.write(head);
  await new Promise((r) => setImmediate(r));
  res.end('x'.repeat(Math.max(0, size - head.length)) + '</body></html>');
}

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer(cachingHandler(app, { cache }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, { headers });
  return { status: res.status, cache: res.headers.get('x-cache'), headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
};

describe('page cache in front of a request handler', () => {
  it('serves the second anonymous GET from the cache with identical bytes', async () => {
    const a = await get('/page/1');
    const b = await get('/page/1');
    expect([a.cache, b.cache]).toEqual(['MISS', 'HIT']);
    expect(b.body.equals(a.body)).toBe(true);
    expect(b.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(b.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(b.headers.get('vary')).toMatch(/Accept-Encoding/);
    const other = await get('/page/1?x=1');
    expect(other.cache).toBe('MISS');
  });

  it('never serves nor stores a logged-in request (payload-token cookie or Authorization)', async () => {
    await get('/page/2');
    const before = renders;
    const logged = await get('/page/2', { cookie: 'lang=vi; payload-token=abc' });
    expect(logged.cache).toBe('BYPASS');
    const bearer = await get('/page/3', { authorization: 'JWT abc' });
    expect(bearer.cache).toBe('BYPASS');
    expect(renders).toBe(before + 2);
    expect((await get('/page/3')).cache).toBe('MISS');
  });

  it('does not store responses with Set-Cookie, errors or non-page types, and leaves /admin, /api, /_next alone', async () => {
    for (const p of ['/cookie', '/error', '/json']) {
      await get(p);
      expect((await get(p)).cache).toBe('MISS');
    }
    expect((await get('/missing')).status).toBe(404);
    expect((await get('/missing')).cache).toBe('HIT');
    for (const p of ['/admin', '/api/posts', '/_next/static/x.js']) expect((await get(p)).cache).toBeNull();
    expect((await get('/page/4', { rsc: '1' })).cache).toBe('BYPASS');
  });

  it('keeps the sum of entries under the byte bound, evicting the least recently used', async () => {
    cache.purge('test');
    for (let i = 0; i < 20; i++) await get(`/lru/${i}?size=6000`);
    await new Promise((r) => setTimeout(r, 200)); // compressed variants are added asynchronously
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
    expect(cache.stats.evicted).toBeGreaterThan(0);
    expect((await get('/lru/0?size=6000')).cache).toBe('MISS');
    expect((await get('/lru/19?size=6000')).cache).toBe('HIT');
    // An entry larger than an eighth of the bound is served but never stored.
    await get('/big?size=20000');
    expect((await get('/big?size=20000')).cache).toBe('MISS');
  });

  it('renders a key once for concurrent requests and serves the others from that render', async () => {
    cache.purge('test');
    const before = renders;
    const all = Promise.all(Array.from({ length: 10 }, () => get('/slow')));
    await expect.poll(() => slow !== null).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    slow!();
    const results = await all;
    expect(renders).toBe(before + 1);
    expect(results.filter((r) => r.cache === 'MISS')).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.toString())).size).toBe(1);
  });

  it('does not store a render that a purge overtook (it may hold old content)', async () => {
    slow = null;
    const pending = get('/slow?v=2');
    await expect.poll(() => slow !== null).toBe(true);
    cache.purge('publish');
    slow!();
    expect((await pending).cache).toBe('MISS');
    slow = null;
    const again = get('/slow?v=2');
    await expect.poll(() => slow !== null).toBe(true);
    slow!();
    expect((await again).cache).toBe('MISS');
    expect((await get('/slow?v=2')).cache).toBe('HIT');
  });

  it('answers If-None-Match with 304 and serves gzip and brotli variants of the same bytes', async () => {
    const first = await get('/page/5?size=5000');
    await new Promise((r) => setTimeout(r, 200));
    const hit = await get('/page/5?size=5000');
    const etag = hit.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect((await get('/page/5?size=5000', { 'if-none-match': etag })).status).toBe(304);
    for (const [enc, decode] of [['br', zlib.brotliDecompressSync], ['gzip', zlib.gunzipSync]] as const) {
      const raw = await new Promise<{ enc?: string; body: Buffer }>((resolve, reject) => {
        http.get(`${base}/page/5?size=5000`, { headers: { 'accept-encoding': enc } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c) => parts.push(c));
          res.on('end', () => resolve({ enc: res.headers['content-encoding'], body: Buffer.concat(parts) }));
        }).on('error', reject);
      });
      expect(raw.enc).toBe(enc);
      expect(decode(raw.body).equals(first.body)).toBe(true);
    }
  });

  it('keeps pages requested with X-Forwarded-Host/-Proto apart (a forged origin never reaches others)', async () => {
    await get('/page/6');
    expect((await get('/page/6', { 'x-forwarded-host': 'evil.example' })).cache).toBe('MISS');
    expect((await get('/page/6', { 'x-forwarded-proto': 'https' })).cache).toBe('MISS');
    expect((await get('/page/6')).cache).toBe('HIT');
  });

  it('picks the encoding from Accept-Encoding, honouring q=0', () => {
    const v = { identity: {}, gzip: {}, br: {} };
    expect(pickEncoding('gzip, deflate, br', v)).toBe('br');
    expect(pickEncoding('gzip', v)).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip', v)).toBe('gzip');
    expect(pickEncoding(undefined, v)).toBe('identity');
    expect(pickEncoding('br', { identity: {} })).toBe('identity');
  });
});
