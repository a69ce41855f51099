/**
 * robots.txt handling (RFC 9309) with robots-parser: one file per origin, fetched lazily and cached.
 * 2xx → parsed; 4xx → everything allowed; 5xx or no answer → everything disallowed (RFC 9309 §2.3.1.3–4).
 */
import robotsParser from 'robots-parser';
import type { SiteSnapshot } from '../snapshot.js';
import type { HttpClient } from './fetch.js';

/** Parsed robots.txt of one origin. */
export interface RobotsEntry {
  /** The snapshot fact (body cut to 100 KB). */
  fact: NonNullable<SiteSnapshot['robots']>;
  /** Is this URL allowed for our User-Agent? (Always true when ignored.) */
  isAllowed(url: string): boolean;
  /** Crawl-delay for our User-Agent in ms, if any. */
  crawlDelayMs?: number;
  /** Why the file made everything disallowed (5xx, unreachable), if so. */
  note?: string;
}

/** Options of {@link RobotsCache}. */
export interface RobotsOptions {
  userAgent: string;
  ignore: boolean;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Lazily fetches and caches robots.txt per origin. */
export class RobotsCache {
  private readonly entries = new Map<string, Promise<RobotsEntry>>();

  constructor(
    private readonly client: HttpClient,
    private readonly options: RobotsOptions,
  ) {}

  /** The robots entry for a URL's origin (fetched on first use; never throws). */
  forUrl(url: string): Promise<RobotsEntry> {
    const origin = new URL(url).origin;
    let p = this.entries.get(origin);
    if (!p) {
      p = this.load(origin);
      this.entries.set(origin, p);
    }
    return p;
  }

  /** Entries loaded so far, by origin. */
  async loaded(): Promise<Map<string, RobotsEntry>> {
    const out = new Map<string, RobotsEntry>();
    for (const [k, v] of this.entries) out.set(k, await v);
    return out;
  }

  private async load(origin: string): Promise<RobotsEntry> {
    const url = `${origin}/robots.txt`;
    const res = await this.client.fetch(url, { timeoutMs: this.options.timeoutMs, maxBytes: 512 * 1024, signal: this.options.signal });
    const ua = this.options.userAgent;
    const ignored = this.options.ignore;
    const status = res.status;
    let body: string | undefined;
    let robots: ReturnType<typeof robotsParser> | undefined;
    let note: string | undefined;
    let blockAll = false;
    if (status >= 200 && status < 300) {
      body = res.body.toString('utf8');
      robots = robotsParser(url, body);
    } else if (status === 0 && res.errorKind === 'tls') {
      // the certificate is rejected: every fetch from this origin will fail the same way, and the start
      // page's own TLS error is the fact worth recording — so do not turn this into "disallow all"
    } else if (status >= 500 || status === 0 || status === 429) {
      blockAll = true;
      note = status === 0 ? `robots.txt unreachable (${res.error ?? 'no answer'}); RFC 9309 says assume everything is disallowed` : `robots.txt answered HTTP ${status}; RFC 9309 says assume everything is disallowed`;
    }
    const check = (u: string): boolean => {
      if (blockAll) return false;
      if (!robots) return true;
      return robots.isAllowed(u, ua) !== false;
    };
    const disallowsAll = !check(`${origin}/`) && !check(`${origin}/index.html`);
    const delay = robots?.getCrawlDelay(ua);
    return {
      fact: {
        url,
        status,
        body: body?.slice(0, 100_000),
        // Sitemap: lines resolved against robots.txt (some sites write relative paths)
        sitemaps: (robots?.getSitemaps() ?? []).flatMap((s) => {
          try {
            return [new URL(s, url).href];
          } catch {
            return [];
          }
        }),
        disallowsAll,
        ignored,
      },
      isAllowed: (u: string) => ignored || check(u),
      crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : undefined,
      note,
    };
  }
}
