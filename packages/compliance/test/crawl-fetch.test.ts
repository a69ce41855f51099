import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT, HostLimiter, HttpClient, fetchUrl } from '../src/crawl/fetch.js';
import { probeTls } from '../src/crawl/tls.js';
import { hasOpenssl, html, makeCaAndLeaf, makeExpiredCert, makeSelfSignedCert, routes, startServer, type TestServer } from './helpers/server.js';

const PAGE = '<!doctype html><html lang="vi"><title>Trang</title><p>Xin chào Việt Nam</p></html>';

describe('HttpClient over HTTP', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer(
      routes({
        '/': html(PAGE),
        '/a': (_q, r) => {
          r.writeHead(301, { location: '/b' });
          r.end();
        },
        '/b': (_q, r) => {
          r.writeHead(302, { location: '/' });
          r.end();
        },
        '/loop1': (_q, r) => {
          r.writeHead(302, { location: '/loop2' });
          r.end();
        },
        '/loop2': (_q, r) => {
          r.writeHead(302, { location: '/loop1' });
          r.end();
        },
        '/r/*': (q, r) => {
          const n = Number(q.url!.split('/').pop());
          r.writeHead(302, { location: `/r/${n + 1}` });
          r.end();
        },
        '/gzip': (_q, r) => {
          r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
          r.end(zlib.gzipSync(PAGE));
        },
        '/deflate-raw': (_q, r) => {
          r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' });
          r.end(zlib.deflateRawSync(PAGE));
        },
        '/deflate': (_q, r) => {
          r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' });
          r.end(zlib.deflateSync(PAGE));
        },
        '/br': (_q, r) => {
          r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
          r.end(zlib.brotliCompressSync(Buffer.from(PAGE)));
        },
        '/corrupt-gzip': (_q, r) => {
          r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
          r.end(Buffer.from('this is not gzip at all'));
        },
        '/big': (_q, r) => {
          r.writeHead(200, { 'content-type': 'text/plain' });
          r.end(Buffer.alloc(300_000, 0x61));
        },
        '/slow': async (_q, r) => {
          await new Promise((res) => setTimeout(res, 300));
          r.writeHead(200, { 'content-type': 'text/plain' });
          r.end('ok');
        },
        '/post': (q, r) => {
          if (q.method === 'POST') {
            r.writeHead(303, { location: '/' });
            r.end();
          } else {
            r.writeHead(405);
            r.end();
          }
        },
        '/head': (q, r) => {
          r.writeHead(200, { 'content-type': 'text/plain', 'x-method': q.method ?? '' });
          r.end(q.method === 'HEAD' ? undefined : 'body');
        },
      }),
    );
  });
  afterAll(() => srv.close());

  it('sends the identifying User-Agent and decodes nothing by itself', async () => {
    const r = await fetchUrl(`${srv.url}/`);
    expect(r).toMatchObject({ status: 200, finalUrl: `${srv.url}/`, redirects: [], truncated: false, contentType: 'text/html; charset=utf-8' });
    expect(r.body.toString()).toBe(PAGE);
    expect(srv.requests.at(-1)!.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toBe('CongScan/0.1 (+https://github.com/cong-vn; compliance monitor)');
  });

  it('follows redirects by hand and records the chain', async () => {
    const r = await fetchUrl(`${srv.url}/a`);
    expect(r.status).toBe(200);
    expect(r.redirects).toEqual([`${srv.url}/a`, `${srv.url}/b`]);
    expect(r.finalUrl).toBe(`${srv.url}/`);
  });

  it('detects redirect loops and stops after maxRedirects', async () => {
    const loop = await fetchUrl(`${srv.url}/loop1`);
    expect(loop.errorKind).toBe('redirect-loop');
    expect(loop.error).toContain('/loop1');
    const endless = await fetchUrl(`${srv.url}/r/0`, { maxRedirects: 5 });
    expect(endless.errorKind).toBe('too-many-redirects');
    expect(endless.redirects).toHaveLength(5);
    expect(srv.requests.filter((q) => q.url.startsWith('/r/')).length).toBe(6);
  });

  it('decodes gzip, deflate (zlib and raw) and brotli; reports corrupt encodings', async () => {
    for (const p of ['/gzip', '/deflate', '/deflate-raw', '/br']) {
      const r = await fetchUrl(`${srv.url}${p}`);
      expect(r.body.toString(), p).toBe(PAGE);
      expect(r.error, p).toBeUndefined();
    }
    const bad = await fetchUrl(`${srv.url}/corrupt-gzip`);
    expect(bad.errorKind).toBe('decode');
  });

  it('cuts bodies at maxBytes and marks them truncated', async () => {
    const r = await fetchUrl(`${srv.url}/big`, { maxBytes: 100_000 });
    expect(r).toMatchObject({ bytes: 100_000, truncated: true, status: 200 });
    const whole = await fetchUrl(`${srv.url}/big`, { maxBytes: 300_000 });
    expect(whole).toMatchObject({ bytes: 300_000, truncated: false });
  });

  it('times out and reports it', async () => {
    const r = await fetchUrl(`${srv.url}/slow`, { timeoutMs: 100 });
    expect(r.errorKind).toBe('timeout');
    expect(r.error).toBe('timeout after 100 ms (headers + body)');
    expect(r.durationMs).toBeLessThan(1_000);
  });

  it('turns POST into GET on 303; supports HEAD', async () => {
    const r = await fetchUrl(`${srv.url}/post`, { method: 'POST', body: 'q=1' });
    expect(r.status).toBe(200);
    const h = await fetchUrl(`${srv.url}/head`, { method: 'HEAD' });
    expect(h.headers['x-method']).toBe('HEAD');
    expect(h.bytes).toBe(0);
  });

  it('never runs more than 2 requests per host at once', async () => {
    const client = new HttpClient();
    const before = srv.requests.length;
    await Promise.all(Array.from({ length: 8 }, () => client.fetch(`${srv.url}/slow`)));
    await client.close();
    expect(srv.requests.length - before).toBe(8);
    expect(client.limiter.peak.get(srv.host)).toBe(2);
  });

  it('reports connection failures without throwing', async () => {
    const r = await fetchUrl('http://127.0.0.1:1/');
    expect(r.status).toBe(0);
    expect(r.errorKind).toBe('network');
    expect(r.error).toMatch(/ECONNREFUSED/);
    expect((await fetchUrl('ftp://127.0.0.1/')).errorKind).toBe('invalid-url');
  });
});

describe('HostLimiter', () => {
  it('limits concurrency per key and spaces starts when asked', async () => {
    const lim = new HostLimiter(2, 50);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, () =>
        lim.run('h', async () => {
          starts.push(Date.now());
          await new Promise((r) => setTimeout(r, 10));
        }),
      ),
    );
    expect(lim.peak.get('h')).toBeLessThanOrEqual(2);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(40);
  });
});

describe.skipIf(!hasOpenssl())('TLS', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('self-signed: an error by default, accepted with insecureTls; the probe says invalid', async () => {
    const s = await startServer(html(PAGE), makeSelfSignedCert());
    servers.push(s);
    const strict = await fetchUrl(`${s.url}/`);
    expect(strict.errorKind).toBe('tls');
    expect(strict.error).toMatch(/SELF_SIGNED|self-signed/i);
    const lax = await fetchUrl(`${s.url}/`, { insecureTls: true });
    expect(lax.status).toBe(200);
    const tls = await probeTls(`${s.url}/`);
    expect(tls).toMatchObject({ valid: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(tls.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(Date.parse(tls.validTo!)).toBeGreaterThan(Date.now());
  });

  it('expired certificate', async () => {
    const s = await startServer(html(PAGE), makeExpiredCert());
    servers.push(s);
    const r = await fetchUrl(`${s.url}/`);
    expect(r.errorKind).toBe('tls');
    const tls = await probeTls(`${s.url}/`);
    expect(tls.valid).toBe(false);
    expect(tls.error).toMatch(/CERT_HAS_EXPIRED|DEPTH_ZERO_SELF_SIGNED_CERT/);
    expect(tls.validTo).toBe('2020-02-01T00:00:00.000Z');
  });

  it('a certificate from a trusted (test) CA is valid', async () => {
    const pki = makeCaAndLeaf();
    const s = await startServer(html(PAGE), pki);
    servers.push(s);
    const r = await fetchUrl(`${s.url}/`, { ca: pki.ca });
    expect(r.status).toBe(200);
    const tls = await probeTls(`${s.url}/`, { ca: pki.ca });
    expect(tls).toMatchObject({ valid: true, issuer: 'Cong Tests' });
    expect(tls.error).toBeUndefined();
  });

  it('probe of a closed port', async () => {
    const tls = await probeTls('https://127.0.0.1:1/');
    expect(tls.valid).toBe(false);
    expect(tls.error).toMatch(/ECONNREFUSED/);
  });
});
