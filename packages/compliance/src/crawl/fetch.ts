/**
 * The bounded HTTP fetcher (undici). Every request is bounded in time (headers + body, one deadline for
 * the whole redirect chain), in bytes (raw and decompressed — a gzip bomb stops at the limit), in
 * redirects (followed by hand, chain recorded, loops detected) and in concurrency per host. It never
 * throws for network, TLS, HTTP or size problems: they come back in `error` / `errorKind`.
 */
import { Agent, request } from 'undici';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/** Identifying User-Agent sent by default (DESIGN.md §7: polite, identifying crawler). */
export const DEFAULT_USER_AGENT = 'CongScan/0.1 (+https://github.com/cong-vn; compliance monitor)';

/** Default bounds. Times in ms, sizes in bytes. */
export const DEFAULT_FETCH_LIMITS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 2,
} as const;

/** Why a fetch failed. */
export type FetchErrorKind = 'timeout' | 'too-many-redirects' | 'redirect-loop' | 'tls' | 'network' | 'decode' | 'aborted' | 'invalid-url';

/** One fetch's outcome. `status` is 0 when no HTTP response arrived. */
export interface FetchResult {
  /** URL requested. */
  url: string;
  /** URL of the last response (after redirects). */
  finalUrl: string;
  status: number;
  /** Redirect chain, first to last, without finalUrl. */
  redirects: string[];
  /** Response headers of the last response (lower-case names; repeated headers joined with ", "). */
  headers: Record<string, string>;
  contentType: string;
  /** Body after content decoding, at most maxBytes. */
  body: Buffer;
  /** body.length. */
  bytes: number;
  /** Bytes received on the wire for the last response. */
  rawBytes: number;
  /** True when the body was cut at maxBytes (raw or decompressed). */
  truncated: boolean;
  /** Request start to end of body (or failure), ms. */
  durationMs: number;
  error?: string;
  errorKind?: FetchErrorKind;
}

/** Per-request options. */
export interface FetchOptions {
  method?: 'GET' | 'HEAD' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Deadline for the whole request incl. redirects and body, ms (default 15,000). */
  timeoutMs?: number;
  /** Body limit in bytes, applied to raw and decompressed bytes (default 5 MiB). */
  maxBytes?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Aborts the request (e.g. the crawl's total-time budget). */
  signal?: AbortSignal;
  /** User-Agent for this request (default: the client's). */
  userAgent?: string;
}

/** Client-wide options. */
export interface HttpClientOptions {
  /** Accept invalid certificates (self-signed, expired, wrong host). Default false: they are errors. */
  insecureTls?: boolean;
  /** Extra trusted CA certificates (PEM), e.g. a test CA. */
  ca?: string | Buffer | (string | Buffer)[];
  /** Concurrent requests per host (default 2). */
  perHostConcurrency?: number;
  /** Default User-Agent (default {@link DEFAULT_USER_AGENT}). */
  userAgent?: string;
  /** Minimum delay between request starts on one host, ms (robots.txt Crawl-delay; default 0). */
  minIntervalMs?: number;
}

/**
 * Counting semaphore per host key (`host:port`), with an optional minimum interval between starts.
 * Used by {@link HttpClient}; exported for tests.
 */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly lastStart = new Map<string, number>();
  /** Highest concurrency observed per host (for tests and reports). */
  readonly peak = new Map<string, number>();

  constructor(
    readonly perHost = 2,
    public minIntervalMs = 0,
  ) {}

  /** Run `fn` when a slot for `key` is free; always releases the slot. */
  async run<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(key, signal);
    try {
      if (this.minIntervalMs > 0) {
        const wait = (this.lastStart.get(key) ?? 0) + this.minIntervalMs - Date.now();
        this.lastStart.set(key, Math.max(Date.now(), Date.now() + wait));
        if (wait > 0) await sleep(wait, signal);
      }
      return await fn();
    } finally {
      this.release(key);
    }
  }

  private acquire(key: string, signal?: AbortSignal): Promise<void> {
    const n = this.active.get(key) ?? 0;
    if (n < this.perHost) {
      this.active.set(key, n + 1);
      this.peak.set(key, Math.max(this.peak.get(key) ?? 0, n + 1));
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const q = this.waiting.get(key) ?? [];
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const i = q.indexOf(grant);
        if (i >= 0) q.splice(i, 1);
        reject(signal?.reason ?? new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      q.push(grant);
      this.waiting.set(key, q);
    });
  }

  private release(key: string): void {
    const q = this.waiting.get(key);
    const next = q?.shift();
    if (next) {
      // hand the slot over directly
      const n = this.active.get(key) ?? 1;
      this.peak.set(key, Math.max(this.peak.get(key) ?? 0, n));
      next();
      return;
    }
    this.active.set(key, Math.max(0, (this.active.get(key) ?? 1) - 1));
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`timeout after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS|ERR_SSL|EPROTO|SSL|HOSTNAME_MISMATCH|ALTNAME/i;

function describeError(err: unknown, timeoutMs: number, timedOut: boolean, aborted: boolean): { error: string; errorKind: FetchErrorKind } {
  if (timedOut) return { error: `timeout after ${timeoutMs} ms (headers + body)`, errorKind: 'timeout' };
  if (aborted) return { error: 'aborted (crawl time budget exhausted or cancelled)', errorKind: 'aborted' };
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e?.code ?? e?.cause?.code ?? '';
  const msg = e?.cause?.message && e.cause.message !== e.message ? `${e.message}: ${e.cause.message}` : e?.message ?? String(err);
  if (TLS_CODES.test(code) || /certificate|self[- ]signed|tls|ssl/i.test(msg)) {
    return { error: `TLS error${code ? ` ${code}` : ''}: ${msg}`, errorKind: 'tls' };
  }
  return { error: `${code ? `${code}: ` : ''}${msg}`, errorKind: 'network' };
}

function headerRecord(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}

/**
 * Decompress a (possibly truncated) body with a hard output limit — inflation stops as soon as
 * `maxBytes` have been produced, so a gzip bomb costs at most `maxBytes` of memory.
 *
 * @param raw       compressed bytes
 * @param encodings Content-Encoding values in the order they were applied ('gzip', 'deflate', 'br')
 * @returns the output (≤ maxBytes), whether it was cut, and an error for corrupt/unsupported input; never throws
 */
export async function decompressBounded(
  raw: Buffer,
  encodings: string[],
  maxBytes: number,
): Promise<{ body: Buffer; truncated: boolean; error?: string }> {
  let data = raw;
  let truncated = false;
  // Content-Encoding lists codings in the order applied: undo them in reverse
  for (const enc of [...encodings].reverse()) {
    const make = (): zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | undefined => {
      const opts = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
      if (enc === 'gzip' || enc === 'x-gzip') return zlib.createGunzip(opts);
      if (enc === 'deflate') return (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0 ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
      if (enc === 'br') return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
      return undefined;
    };
    if (enc === 'identity' || enc === '') continue;
    const stream = make();
    if (!stream) return { body: data.subarray(0, maxBytes), truncated: data.length > maxBytes, error: `unsupported content-encoding ${enc}` };
    const chunks: Buffer[] = [];
    let total = 0;
    let error: string | undefined;
    const input = Readable.from([data]);
    input.pipe(stream);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const room = maxBytes - total;
        if (chunk.length >= room) {
          chunks.push(chunk.subarray(0, room));
          total += room;
          truncated = true; // output reached the limit: stop inflating (gzip-bomb guard)
          break;
        }
        chunks.push(chunk);
        total += chunk.length;
      }
    } catch (err) {
      error = `content decoding (${enc}) failed: ${(err as Error).message}`;
    } finally {
      input.unpipe(stream);
      input.destroy();
      stream.destroy();
    }
    data = Buffer.concat(chunks, total);
    if (error) return { body: data, truncated, error };
  }
  return { body: data, truncated };
}

/**
 * HTTP client with one undici Agent (TLS policy, keep-alive, ≤ perHostConcurrency connections per
 * origin) and a {@link HostLimiter}. Create one per crawl; call {@link HttpClient.close} at the end.
 */
export class HttpClient {
  readonly limiter: HostLimiter;
  private readonly agent: Agent;
  private readonly userAgent: string;

  constructor(readonly options: HttpClientOptions = {}) {
    const perHost = options.perHostConcurrency ?? DEFAULT_FETCH_LIMITS.perHostConcurrency;
    this.limiter = new HostLimiter(perHost, options.minIntervalMs ?? 0);
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.agent = new Agent({
      connections: perHost,
      pipelining: 1,
      connect: { rejectUnauthorized: !options.insecureTls, ca: options.ca as string | Buffer | undefined, timeout: 10_000 },
      headersTimeout: 0,
      bodyTimeout: 0,
      keepAliveTimeout: 4_000,
    });
  }

  /**
   * Fetch a URL, following up to `maxRedirects` redirects by hand.
   * @returns the outcome; never throws (see {@link FetchResult.error})
   */
  async fetch(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
    const started = Date.now();
    const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH_LIMITS.timeoutMs;
    const maxRedirects = opts.maxRedirects ?? DEFAULT_FETCH_LIMITS.maxRedirects;
    const deadline = started + timeoutMs;
    const redirects: string[] = [];
    let current = url;
    let method = opts.method ?? 'GET';
    let body = opts.body;
    const base = (over: Partial<FetchResult>): FetchResult => ({
      url,
      finalUrl: current,
      status: 0,
      redirects: [...redirects],
      headers: {},
      contentType: '',
      body: Buffer.alloc(0),
      bytes: 0,
      rawBytes: 0,
      truncated: false,
      durationMs: Date.now() - started,
      ...over,
    });
    for (;;) {
      let target: URL;
      try {
        target = new URL(current);
        if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error(`unsupported scheme ${target.protocol}`);
      } catch (err) {
        return base({ error: `invalid URL ${current}: ${(err as Error).message}`, errorKind: 'invalid-url' });
      }
      const hop = await this.limiter
        .run(target.host, () => this.once(target, method, body, deadline, timeoutMs, opts), opts.signal)
        .catch((err) => ({ kind: 'error' as const, ...describeError(err, timeoutMs, false, !!opts.signal?.aborted) }));
      if (hop.kind === 'error') return base({ error: hop.error, errorKind: hop.errorKind, durationMs: Date.now() - started });
      if (hop.kind === 'redirect') {
        let next: string;
        try {
          next = new URL(hop.location, current).href;
        } catch {
          return base({ status: hop.status, headers: hop.headers, error: `invalid redirect Location "${hop.location}"`, errorKind: 'invalid-url' });
        }
        redirects.push(current);
        if (redirects.includes(next) || next === current) {
          return base({ status: hop.status, headers: hop.headers, finalUrl: current, redirects: redirects.slice(0, -1), error: `redirect loop: ${[...redirects, next].join(' → ')}`, errorKind: 'redirect-loop' });
        }
        if (redirects.length > maxRedirects) {
          return base({ status: hop.status, headers: hop.headers, finalUrl: current, redirects: redirects.slice(0, -1), error: `too many redirects (more than ${maxRedirects}); last Location ${next}`, errorKind: 'too-many-redirects' });
        }
        if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        current = next;
        continue;
      }
      return base({ ...hop.result, url, finalUrl: current, redirects: [...redirects], durationMs: Date.now() - started });
    }
  }

  private async once(
    target: URL,
    method: 'GET' | 'HEAD' | 'POST',
    body: string | undefined,
    deadline: number,
    timeoutMs: number,
    opts: FetchOptions,
  ): Promise<
    | { kind: 'redirect'; status: number; location: string; headers: Record<string, string> }
    | { kind: 'done'; result: Partial<FetchResult> }
    | { kind: 'error'; error: string; errorKind: FetchErrorKind }
  > {
    const maxBytes = opts.maxBytes ?? DEFAULT_FETCH_LIMITS.maxBytes;
    const ac = new AbortController();
    let timedOut = false;
    const remaining = deadline - Date.now();
    if (remaining <= 0) return { kind: 'error', error: `timeout after ${timeoutMs} ms (headers + body)`, errorKind: 'timeout' };
    const timer = setTimeout(() => {
      timedOut = true;
      ac.abort(new TimeoutError(timeoutMs));
    }, remaining);
    const onOuterAbort = () => ac.abort(opts.signal?.reason ?? new Error('aborted'));
    if (opts.signal?.aborted) onOuterAbort();
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    let res: Awaited<ReturnType<typeof request>> | undefined;
    try {
      const headers: Record<string, string> = {
        'user-agent': opts.userAgent ?? this.userAgent,
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        'accept-language': 'vi,en;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
        ...Object.fromEntries(Object.entries(opts.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      };
      if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/x-www-form-urlencoded';
      res = await request(target, { dispatcher: this.agent, method, headers, body, signal: ac.signal });
      const h = headerRecord(res.headers as Record<string, string | string[] | undefined>);
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && h.location) {
        discard(res.body);
        return { kind: 'redirect', status: res.statusCode, location: h.location, headers: h };
      }
      const chunks: Buffer[] = [];
      let raw = 0;
      let truncated = false;
      let readError: { error: string; errorKind: FetchErrorKind } | undefined;
      if (method !== 'HEAD') {
        const it = (res.body as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
        try {
          for (;;) {
            const { value: chunk, done } = await it.next();
            if (done) break;
            const room = maxBytes - raw;
            if (chunk.length >= room) {
              chunks.push(chunk.subarray(0, room));
              raw += room;
              if (chunk.length > room) truncated = true;
              else {
                // exactly at the limit: the body is larger unless the stream ends right here
                const declaredLength = Number(h['content-length'] ?? NaN);
                truncated = declaredLength <= maxBytes ? false : !(await endsSoon(it));
              }
              break;
            }
            chunks.push(chunk);
            raw += chunk.length;
          }
        } catch (err) {
          readError = describeError(err, timeoutMs, timedOut, !!opts.signal?.aborted);
        } finally {
          discard(res.body);
        }
      }
      let bodyBuf: Buffer = Buffer.concat(chunks, raw);
      const encodings = (h['content-encoding'] ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s && s !== 'identity');
      let decodeError: string | undefined;
      if (encodings.length && bodyBuf.length) {
        const d = await decompressBounded(bodyBuf, encodings, maxBytes);
        bodyBuf = d.body;
        if (d.truncated) truncated = true;
        decodeError = d.error;
      }
      const result: Partial<FetchResult> = {
        status: res.statusCode,
        headers: h,
        contentType: h['content-type'] ?? '',
        body: bodyBuf,
        bytes: bodyBuf.length,
        rawBytes: raw,
        truncated,
      };
      if (readError) {
        result.error = readError.error;
        result.errorKind = readError.errorKind;
      } else if (decodeError && !truncated) {
        result.error = decodeError;
        result.errorKind = 'decode';
      }
      return { kind: 'done', result };
    } catch (err) {
      if (res) discard(res.body);
      return { kind: 'error', ...describeError(err, timeoutMs, timedOut, !!opts.signal?.aborted) };
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onOuterAbort);
    }
  }

  /** Close the connection pool. */
  async close(): Promise<void> {
    await this.agent.close().catch(() => this.agent.destroy());
  }
}

/** Destroy a response body we no longer want, without an unhandled 'error' (undici emits RequestAborted). */
function discard(body: Readable): void {
  if (body.destroyed) return;
  body.on('error', () => undefined);
  body.destroy();
}

/** True when the body iterator reports its end within 100 ms (used when a body is exactly maxBytes long). */
async function endsSoon(it: AsyncIterator<Buffer>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const r = await Promise.race([
    it.next().then((x) => (x.done ? 'end' : 'more')).catch(() => 'more'),
    new Promise<'more'>((res) => {
      timer = setTimeout(() => res('more'), 100);
    }),
  ]);
  clearTimeout(timer);
  return r === 'end';
}

/**
 * One-off fetch with a private client (closed afterwards). Prefer {@link HttpClient} for many requests.
 * @returns the outcome; never throws
 */
export async function fetchUrl(url: string, opts: FetchOptions & HttpClientOptions = {}): Promise<FetchResult> {
  const client = new HttpClient(opts);
  try {
    return await client.fetch(url, opts);
  } finally {
    await client.close();
  }
}
