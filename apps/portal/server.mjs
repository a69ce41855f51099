#!/usr/bin/env node
/**
 * Cổng's production server: Next's request handler (admin, /api, /_next assets, every public page —
 * exactly what `next start` serves) behind an in-process cache of anonymous public pages
 * (src/server/pageCache.mjs). `npm start` and the test harness run this file.
 *
 *   node server.mjs [-p PORT] [-H HOST]       PORT env also works (default 3000); HOST default all interfaces
 *
 * Environment:
 *   CONG_PAGE_CACHE_MB        cache bound in MiB (default 64; 0 turns the cache off)
 *   CONG_PAGE_CACHE_MAX_AGE   browser max-age of cached pages in seconds (default 0: revalidate with the ETag)
 *   CONG_PAGE_CACHE_POLL_MS   how often the content generation is read (default 1000)
 *   CONG_PAGE_CACHE_BYPASS=1  honour the request header `X-Cong-Cache: bypass` (benchmarks only)
 *
 * Freshness: the Payload plugin (src/server/pageCachePlugin.ts) purges the whole cache from its
 * afterChange/afterDelete hooks when this process writes public content, and gives this server a
 * "content generation" (count and max(updated_at) of every public table) that is polled every
 * CONG_PAGE_CACHE_POLL_MS, so writes by other processes (CLIs, other instances on the same Postgres)
 * purge it within about a second. Until the first poll has succeeded, and whenever the last success
 * is older than 5 s (database unreachable), pages are not served from the cache.
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { PageCache, cachingHandler } from './src/server/pageCache.mjs';

const REGISTRY_KEY = Symbol.for('cong.pageCache');

/** `-p/--port` and `-H/--hostname` as `next start` takes them. */
function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '-p' || flag === '--port') o.port = Number(value());
    else if (flag === '-H' || flag === '--hostname') o.hostname = value();
    else throw new Error(`unknown option ${argv[i]} (usage: node server.mjs [-p PORT] [-H HOST])`);
  }
  return o;
}

const args = parseArgs(process.argv.slice(2));
const port = args.port ?? Number(process.env.PORT || 3000);
const hostname = args.hostname; // undefined: every interface, like `next start`
const num = (name, fallback) => (process.env[name] !== undefined && process.env[name] !== '' ? Number(process.env[name]) : fallback);
const cacheMiB = num('CONG_PAGE_CACHE_MB', 64);
const pollMs = num('CONG_PAGE_CACHE_POLL_MS', 1000);
const log = (msg) => console.log(`[cong] ${msg}`);

process.env.NODE_ENV = 'production';
const dir = path.dirname(fileURLToPath(import.meta.url));
const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port });
await app.prepare();
const nextHandler = app.getRequestHandler();

let handler = nextHandler;
if (cacheMiB > 0) {
  const cache = new PageCache({ maxBytes: Math.round(cacheMiB * 1024 * 1024), log });
  // The Payload plugin (bundled by Next) finds this through globalThis and adds `generation` at init.
  const registry = { purge: (reason) => cache.purge(reason), cache };
  globalThis[REGISTRY_KEY] = registry;
  let lastGeneration;
  let lastOk = 0;
  let polling = false;
  let failing = false;
  const poll = async () => {
    if (polling || !registry.generation) return;
    polling = true;
    try {
      const g = await registry.generation();
      // The first reading purges too: pages rendered before it may predate a write it already counts.
      if (g !== lastGeneration) cache.purge(lastGeneration === undefined ? 'first content generation' : 'content generation changed');
      lastGeneration = g;
      lastOk = Date.now();
      if (failing) log('content generation readable again; page cache on');
      failing = false;
    } catch (e) {
      if (!failing) log(`cannot read the content generation, page cache off until it can: ${e?.message ?? e}`);
      failing = true;
    } finally {
      polling = false;
    }
  };
  setInterval(poll, pollMs).unref();
  handler = cachingHandler(nextHandler, {
    cache,
    maxAge: num('CONG_PAGE_CACHE_MAX_AGE', 0),
    allowBypassHeader: process.env.CONG_PAGE_CACHE_BYPASS === '1',
    ready: () => Date.now() - lastOk < Math.max(5000, pollMs * 3),
    onError: (e) => console.error('[cong] page cache error:', e),
  });
}

const server = http.createServer((req, res) => {
  Promise.resolve(handler(req, res)).catch((e) => {
    console.error('[cong] request failed:', e);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Lỗi máy chủ');
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  log(`ready on http://${hostname ?? 'localhost'}:${port} (page cache ${cacheMiB > 0 ? `${cacheMiB} MiB` : 'off'})`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
