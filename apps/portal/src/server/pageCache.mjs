/**
 * In-process cache of anonymous public pages, in front of Next's request handler (used by
 * `apps/portal/server.mjs`; plain JavaScript so the server runs without a build step).
 *
 * What is cached: GET (and HEAD, answered from the GET entry) of public pages by anonymous clients —
 * no `payload-token` cookie, no `Authorization` header, not `/admin`, `/api`, `/_next`, no React
 * Server Component request (`RSC` header or `_rsc` query) — whose response is 200 or 404 with an
 * HTML, XML or plain-text body and no `Set-Cookie`. Key: Host (+ X-Forwarded-Host/-Proto when sent)
 * + path + query. Each entry holds the identity bytes plus gzip and brotli variants (compressed once,
 * after the first render) and a weak ETag; a hit is one `writeHead` + `end` of a prebuilt buffer (or a
 * 304 when `If-None-Match` matches).
 *
 * Memory is bounded: least-recently-used entries are evicted once the sum of their variants exceeds
 * `maxBytes` (64 MiB by default; `CONG_PAGE_CACHE_MB`); one entry may use at most an eighth of it.
 *
 * Stampede protection: one render per key at a time; concurrent requests for the same key wait for it
 * and are served from its result (or, when it turned out uncacheable, go to Next themselves).
 *
 * Invalidation: `purge()` drops everything and bumps `generation`; a render that started under an
 * older generation is served to its own client but never stored (it may have read old content).
 * Who calls `purge()`: see server.mjs (content-generation poll) and src/server/pageCachePlugin.ts
 * (Payload hooks).
 *
 * Response headers on a cached page: `X-Cache: HIT|MISS` (`BYPASS` for page requests that are not
 * eligible, e.g. logged in), `Cache-Control: public, max-age=<maxAge>, must-revalidate` (0 s by
 * default: browsers revalidate with the ETag and get a 304), `Vary` from Next plus `Accept-Encoding`.
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Paths Next already serves with their own caching (assets) or that are never public (admin, API). */
const NEVER = /^\/(?:admin|api|_next|__nextjs|next\/)(?:[/?#]|$)/;
/** Bodies worth caching: pages, feeds, sitemaps, robots.txt. */
const CACHEABLE_TYPE = /^(?:text\/html|text\/plain|text\/xml|application\/(?:xml|rss\+xml|atom\+xml))\b/i;
/** Response headers a cached entry never replays (hop-by-hop, recomputed, or set by the cache). */
const DROP = new Set(['set-cookie', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'content-encoding', 'etag', 'cache-control', 'x-cache', 'vary', 'x-cong-cache']);

/**
 * A byte-bounded LRU of rendered responses with a purge generation.
 * Entries: `{ status, variants: { identity, gzip?, br? }, etag, bytes }`, each variant
 * `{ body: Buffer, headers: string[] }` (flat header list ready for `writeHead`).
 */
export class PageCache {
  /** @param {{ maxBytes?: number, log?: (msg: string) => void }} [o] maxBytes in bytes (default 64 MiB) */
  constructor(o = {}) {
    this.maxBytes = o.maxBytes ?? 64 * 1024 * 1024;
    this.maxEntryBytes = Math.max(1, Math.floor(this.maxBytes / 8));
    this.log = o.log ?? (() => {});
    /** @type {Map<string, any>} insertion order = recency order (oldest first) */
    this.entries = new Map();
    this.bytes = 0;
    this.generation = 0;
    this.stats = { hits: 0, misses: 0, stored: 0, evicted: 0, purges: 0 };
  }

  /** The entry for `key`, marked most recently used; undefined when absent. */
  get(key) {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  /** Stores `entry` under `key` (replacing an older one) and evicts the least recently used past the bound. */
  set(key, entry) {
    if (entry.bytes > this.maxEntryBytes) return false;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.stats.stored++;
    for (const [k] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(k);
      this.stats.evicted++;
    }
    return this.entries.get(key) === entry;
  }

  /** Adds bytes to an entry already stored (its compressed variants), evicting as needed. */
  grow(key, entry, extra) {
    if (this.entries.get(key) !== entry) return;
    entry.bytes += extra;
    this.bytes += extra;
    if (entry.bytes > this.maxEntryBytes) return void this.delete(key);
    for (const [k] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(k);
      this.stats.evicted++;
    }
  }

  delete(key) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }

  /** Drops every entry and bumps the generation (renders in flight are then not stored). */
  purge(reason = 'purge') {
    const n = this.entries.size;
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
    this.stats.purges++;
    if (n) this.log(`page cache purged (${n} entries): ${reason}`);
  }
}

/** The encoding to send for an `Accept-Encoding` value among those the entry has (br > gzip > identity). */
export function pickEncoding(accept, variants) {
  if (!accept) return 'identity';
  const a = String(accept).toLowerCase();
  if (variants.br && ACCEPTS.br.test(a)) return 'br';
  if (variants.gzip && ACCEPTS.gzip.test(a)) return 'gzip';
  return 'identity';
}

/** `name` listed in Accept-Encoding and not refused with q=0. */
const accepts = (name) => new RegExp(`(?:^|[\\s,])${name}(?![\\w-])(?!\\s*;\\s*q=0(?:\\.0*)?(?:[\\s,]|$))`);
const ACCEPTS = { br: accepts('br'), gzip: accepts('gzip') };

/** True when the request may be answered from (and may fill) the cache. */
export function isCacheableRequest(req, cookieName = 'payload-token') {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers.authorization) return false;
  const cookie = req.headers.cookie;
  if (cookie && cookie.includes(`${cookieName}=`)) return false;
  if (req.headers.rsc || req.headers['next-router-state-tree'] || req.headers['next-router-prefetch']) return false;
  const url = req.url ?? '/';
  if (NEVER.test(url)) return false;
  if (/[?&]_rsc=/.test(url)) return false;
  return true;
}

/** True when the request targets a public page at all (for the `X-Cache: BYPASS` marker). */
const isPagePath = (url) => !NEVER.test(url ?? '/');

function headerList(headers, extra) {
  const list = [];
  for (const [k, v] of Object.entries(headers)) {
    if (DROP.has(k) || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) list.push(k, String(one));
  }
  for (const [k, v] of Object.entries(extra)) list.push(k, v);
  return list;
}

function varyWithEncoding(vary) {
  const v = Array.isArray(vary) ? vary.join(', ') : vary ? String(vary) : '';
  return /accept-encoding/i.test(v) ? v : v ? `${v}, Accept-Encoding` : 'Accept-Encoding';
}

/**
 * Wraps a Node request handler (`(req, res) => void`, e.g. Next's `getRequestHandler()`) with the cache.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handler
 * @param {{ cache: PageCache, maxAge?: number, allowBypassHeader?: boolean, cookieName?: string,
 *   ready?: () => boolean, onError?: (e: unknown) => void }} o
 *   `ready()` false makes every request bypass (e.g. while the content generation cannot be read);
 *   `allowBypassHeader` honours `X-Cong-Cache: bypass` (benchmarks only).
 */
/** Marks a render that a purge overtook (see cachingHandler). */
const STALE = Symbol('stale render');

export function cachingHandler(handler, o) {
  const { cache } = o;
  const cacheControl = `public, max-age=${o.maxAge ?? 0}, must-revalidate`;
  /** @type {Map<string, Promise<any>>} */
  const inflight = new Map();
  const onError = o.onError ?? ((e) => console.error('page cache:', e));

  function serve(req, res, entry, label) {
    const enc = pickEncoding(req.headers['accept-encoding'], entry.variants);
    const v = entry.variants[enc];
    if (entry.status === 200 && req.headers['if-none-match'] && req.headers['if-none-match'].split(/\s*,\s*/).includes(entry.etag)) {
      res.writeHead(304, ['etag', entry.etag, 'cache-control', cacheControl, 'vary', entry.vary, 'x-cache', label]);
      return void res.end();
    }
    res.writeHead(entry.status, v.headers.concat('x-cache', label));
    res.end(req.method === 'HEAD' ? undefined : v.body);
  }

  function pass(req, res, label) {
    if (label) res.setHeader('X-Cache', label);
    return handler(req, res);
  }

  return function handle(req, res) {
    if (!isCacheableRequest(req, o.cookieName)) return pass(req, res, isPagePath(req.url) ? 'BYPASS' : undefined);
    if (o.allowBypassHeader && req.headers['x-cong-cache'] === 'bypass') return pass(req, res, 'BYPASS');
    if (o.ready && !o.ready()) return pass(req, res, 'BYPASS');
    // X-Forwarded-Host/-Proto are part of the key: where pages trust them (CONG_TRUST_PROXY, src/site/meta/origin.ts)
    // they change absolute URLs, and a forged one must not reach other clients' pages.
    const fwd = req.headers['x-forwarded-host'] || req.headers['x-forwarded-proto'] ? `|${req.headers['x-forwarded-host'] ?? ''}|${req.headers['x-forwarded-proto'] ?? ''}` : '';
    const key = `${req.headers.host ?? ''}${fwd}${req.url}`;
    const hit = cache.get(key);
    if (hit) {
      cache.stats.hits++;
      return serve(req, res, hit, 'HIT');
    }
    const pending = inflight.get(key);
    if (pending) {
      // A render overtaken by a purge (STALE) is not served to those who waited for it: they queue again
      // behind one fresh render instead of each rendering the page themselves (a stampede that, under
      // load, delayed fresh pages by seconds).
      return void pending.then(
        (entry) => (entry === STALE ? handle(req, res) : entry ? serve(req, res, entry, 'HIT') : pass(req, res, 'MISS')),
        () => pass(req, res, 'MISS'),
      );
    }
    if (req.method === 'HEAD') return pass(req, res, 'MISS');
    cache.stats.misses++;
    let resolve;
    const flight = new Promise((r) => (resolve = r));
    inflight.set(key, flight);
    const done = (entry) => {
      if (inflight.get(key) === flight) inflight.delete(key);
      resolve(entry);
    };
    const generation = cache.generation;
    // Identity bytes from Next: the cache compresses them itself, once.
    delete req.headers['accept-encoding'];
    res.setHeader('X-Cache', 'MISS');
    const chunks = [];
    let size = 0;
    let tooBig = false;
    const collect = (chunk, encoding) => {
      if (chunk == null || tooBig || typeof chunk === 'function') return;
      const b = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      size += b.length;
      if (size > cache.maxEntryBytes) tooBig = true;
      else chunks.push(Buffer.from(b)); // copy: the caller may reuse its buffer
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, cb) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      collect(chunk, encoding);
      return end.call(this, chunk, encoding, cb);
    };
    res.on('finish', () => {
      try {
        done(store(key, res, chunks, tooBig, generation));
      } catch (e) {
        onError(e);
        done(undefined);
      }
    });
    res.on('close', () => done(undefined)); // after 'finish' this is a no-op; before it, the client went away
    try {
      const r = handler(req, res);
      if (r && typeof r.then === 'function') return r.then(undefined, (e) => (done(undefined), Promise.reject(e)));
      return r;
    } catch (e) {
      done(undefined);
      throw e;
    }
  };

  /**
   * Builds and stores the entry of a finished response when it may be cached; returns it, `STALE` when a purge
   * overtook the render (cacheable, but possibly old content), or undefined when it may not be cached.
   */
  function store(key, res, chunks, tooBig, generation) {
    const status = res.statusCode;
    const headers = res.getHeaders();
    if (tooBig || (status !== 200 && status !== 404)) return undefined;
    if (headers['set-cookie'] || headers['content-encoding']) return undefined;
    if (String(headers['x-cong-cache'] ?? '') === 'off') return undefined;
    if (!CACHEABLE_TYPE.test(String(headers['content-type'] ?? ''))) return undefined;
    if (generation !== cache.generation) return STALE;
    const body = Buffer.concat(chunks);
    const etag = `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
    const vary = varyWithEncoding(headers.vary);
    const common = { etag, 'cache-control': cacheControl, vary };
    const entry = {
      status,
      etag,
      vary,
      variants: { identity: { body, headers: headerList(headers, { ...common, 'content-length': String(body.length) }) } },
      bytes: body.length + 1024 + key.length,
    };
    if (!cache.set(key, entry)) return entry;
    if (body.length >= 1024) compress(key, entry, headers, common, body);
    return entry;
  }

  function compress(key, entry, headers, common, body) {
    Promise.all([
      gzip(body, { level: 6 }),
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    ]).then(([gz, br]) => {
      entry.variants.gzip = { body: gz, headers: headerList(headers, { ...common, 'content-encoding': 'gzip', 'content-length': String(gz.length) }) };
      entry.variants.br = { body: br, headers: headerList(headers, { ...common, 'content-encoding': 'br', 'content-length': String(br.length) }) };
      cache.grow(key, entry, gz.length + br.length);
    }, onError);
  }
}
