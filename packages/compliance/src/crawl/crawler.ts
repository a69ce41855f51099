/**
 * crawlSite: builds a {@link SiteSnapshot} from the live web. Polite (robots.txt, ≤ 2 requests per
 * host, identifying User-Agent, Crawl-delay up to a cap), bounded (pages, depth, total time, per-request
 * time, bytes, redirects, sitemap files, feeds), and it never leaves the site's hosts except for the
 * optional outbound-link HEAD checks. Every bound that bites is written to `limitsHit`; every fetch
 * failure to `errors` (and the page's `error`).
 *
 * Order of work: TLS probe → robots.txt → start page → sitemaps → feeds on the start page → the page
 * queue → remaining feeds → script banners → search probe → cloaking probe → http→https → network facts →
 * outbound checks.
 *
 * The page queue is ordered by {@link CRAWL_PRIORITY} classes, breadth-first (lower depth first, then discovery
 * order) inside each class: the site's structure first — the start page's header/menu/footer links, its English
 * entry, XML-sitemap samples and feed items —, then sample articles, then the structure one level deeper (menus
 * and footers of those pages, the content links of an HTML site map), and only then the other links of the
 * start page's main body. Links of one long main-body list (a directory of component sites, a table of
 * documents: more than 4 × `listSample` links) are sampled (`listSample` per list), so one directory cannot spend
 * the page budget; what was left out is written to `limitsHit`.
 *
 * A component site served at a path of its portal's host (`context.portalUrl` on the same host, start path below
 * the portal's) is crawled inside that path only, plus its English twin ("/en/<component>"): the portal's and the
 * sibling components' pages on the same host are not the site (`snapshot.pathScope` says so).
 */
import type { LinkFact, PageSnapshot, SiteContext, SiteSnapshot } from '../snapshot.js';
import { DEFAULT_MAX_HTML_CHARS, DEFAULT_MAX_LINKS, extractPageFacts, siteHostMatcher } from '../extract/index.js';
import { detectLibraryFromBanner } from '../extract/libraries.js';
import { decodeBody } from './charset.js';
import { DEFAULT_FETCH_LIMITS, DEFAULT_USER_AGENT, HttpClient, type FetchResult } from './fetch.js';
import { RobotsCache } from './robots.js';
import { collectSitemaps } from './sitemap.js';
import { collectFeeds } from './feed.js';
import { probeTls } from './tls.js';
import { isLoopbackHost, measureNetwork, type NetworkResolver } from './network.js';
import { runCloakingProbe, type SpamMatcher } from './cloaking.js';
import { runSearchProbe } from './search-probe.js';

/** Options of {@link crawlSite}. Times in ms, sizes in bytes. */
export interface CrawlOptions {
  /** Pages fetched at most (default 60). Robots, sitemaps, feeds, scripts and probes are not pages. */
  maxPages?: number;
  /** Link depth followed from the start page (default 2). */
  maxDepth?: number;
  /** Budget for the whole crawl (default 120,000). In-flight requests are aborted when it runs out. */
  totalTimeMs?: number;
  /** Per-request deadline, headers + body + redirects (default 15,000). */
  timeoutMs?: number;
  /** Bytes kept per response, raw and decompressed (default 5 MiB). */
  maxBytes?: number;
  /** Redirects followed per request (default 5). */
  maxRedirects?: number;
  /** Concurrent requests per host (default 2; values above 2 are lowered to 2). */
  perHostConcurrency?: number;
  /** User-Agent (default {@link DEFAULT_USER_AGENT}). */
  userAgent?: string;
  /** Ignore robots.txt (it is still fetched and recorded, with `ignored: true`). */
  ignoreRobots?: boolean;
  /** Longest robots.txt Crawl-delay honoured (default 5,000); longer delays are capped and noted. */
  maxCrawlDelayMs?: number;
  /** Accept invalid TLS certificates for fetching (the `tls` fact still says they are invalid). */
  insecureTls?: boolean;
  /** Extra trusted CA certificates (PEM), e.g. for a test CA. */
  ca?: string | Buffer | (string | Buffer)[];
  /** More host names that belong to the site (the start host and its www/non-www twin always do). */
  extraHosts?: string[];
  /** Keep each page's raw HTML in the snapshot (default true). */
  keepHtml?: boolean;
  /** Links kept per page (default 20,000). */
  maxLinksPerPage?: number;
  /** Sitemap files fetched (default 10) and index nesting followed (default 3). */
  maxSitemaps?: number;
  maxSitemapDepth?: number;
  /** Sitemap URLs added to the page queue, newest lastmod first (default 5). */
  sitemapPages?: number;
  /** Article-like links of the start page (and English entry) added to the queue (default 5). */
  articleSamples?: number;
  /**
   * Links queued from one long list in the main body of the start page (links sharing their list container:
   * `ul > li > a`, `tr > td > a`, a grid of cards), article samples included (default 5). A list is long when it
   * has more than four times as many links (20 by default); shorter lists are followed whole. An HTML site map's
   * long lists contribute four times as many links. Links left out are counted in `limitsHit`.
   */
  listSample?: number;
  /** Feeds fetched (default 5) and newest feed items added to the queue (default 3). */
  maxFeeds?: number;
  feedPages?: number;
  /** Same-site script files read for version banners (default 8, 64 KiB each). */
  scriptBanners?: number;
  /** HEAD-check up to this many distinct outbound links (default 0 = off). */
  checkOutbound?: number;
  /** Run the cloaking probe on the start page (default true). */
  cloakingProbe?: boolean;
  /** Spam terms (or matcher) for the cloaking probe (default: {@link DEFAULT_SPAM_TERMS}). */
  spamTerms?: SpamMatcher;
  /** Run the search probe (default true). */
  searchProbe?: boolean;
  /** Probe TLS and the http→https redirect (default true). */
  tlsProbe?: boolean;
  /** http:// URL to test for the http→https redirect (default `http://<host>/`; loopback hosts are skipped unless given). */
  httpUrl?: string;
  /** Measure IPv6/DNSSEC/country (default true; loopback hosts always get a reason instead). */
  network?: boolean;
  /** Resolver for the network facts (default: system DNS). */
  resolver?: NetworkResolver;
  /** Progress: pages done, current estimate of the total, URL just finished. */
  onProgress?: (done: number, total: number, url: string) => void;
  /** Cancels the crawl. */
  signal?: AbortSignal;
}

/** Defaults of {@link CrawlOptions}. */
export const DEFAULT_CRAWL_OPTIONS = {
  maxPages: 60,
  maxDepth: 2,
  totalTimeMs: 120_000,
  timeoutMs: DEFAULT_FETCH_LIMITS.timeoutMs,
  maxBytes: DEFAULT_FETCH_LIMITS.maxBytes,
  maxRedirects: DEFAULT_FETCH_LIMITS.maxRedirects,
  perHostConcurrency: DEFAULT_FETCH_LIMITS.perHostConcurrency,
  maxCrawlDelayMs: 5_000,
  maxLinksPerPage: DEFAULT_MAX_LINKS,
  maxSitemaps: 10,
  maxSitemapDepth: 3,
  sitemapPages: 5,
  articleSamples: 5,
  listSample: 5,
  maxFeeds: 5,
  feedPages: 3,
  scriptBanners: 8,
  checkOutbound: 0,
} as const;

interface Entry {
  url: string;
  via: string;
  depth: number;
  priority: number;
  anchor?: string;
}

/**
 * Queue classes, lower first. Inside a class the queue is breadth-first (lower depth first, then FIFO).
 *  - START: the start page;
 *  - STRUCTURE: the start page's header/menu/footer links, its English entry, XML-sitemap samples, feed items;
 *  - SAMPLES: article samples of the start page and of the English entry;
 *  - STRUCTURE_DEEP: menu/header/footer links (and English switches) of structure pages, an HTML site map's content;
 *  - BODY: the other main-body links of the start page (sampled per list);
 *  - REST: what pages reached through the main body or samples link to (their menus, their English twins).
 */
export const CRAWL_PRIORITY = { START: 0, STRUCTURE: 1, SAMPLES: 2, STRUCTURE_DEEP: 3, BODY: 4, REST: 5 } as const;

/** Ways of reaching a page that make it part of the site's structure (its links are structure too). */
const STRUCTURAL_VIA = new Set(['start', 'menu', 'footer', 'english', 'sitemap-page']);

/** Priority buckets, breadth-first inside each (0 = first): per bucket, one FIFO per depth. */
class PriorityQueue {
  private buckets: Entry[][][] = Array.from({ length: 10 }, () => []);
  size = 0;
  push(e: Entry): void {
    const b = this.buckets[Math.min(9, Math.max(0, e.priority))];
    const d = Math.min(50, Math.max(0, e.depth));
    (b[d] ??= []).push(e);
    this.size++;
  }
  pop(): Entry | undefined {
    for (const b of this.buckets) {
      for (const fifo of b) {
        const e = fifo?.shift();
        if (e) {
          this.size--;
          return e;
        }
      }
    }
    return undefined;
  }
}

/**
 * The list a link belongs to, from its selector: the last `levels` (default 3) steps without their sibling indices
 * (and ids with digits generalised), so `… > ul:nth-of-type(1) > li:nth-of-type(7) > a:nth-of-type(1)` and the other
 * items of that `<ul>` (or the rows of one table, the cards of one grid) share a key. With `levels` 5, the sibling
 * lists of one block (a directory's per-district lists) share a key: the list's family.
 */
export function listKey(selector: string | undefined, levels = 3): string {
  if (!selector) return '(no selector)';
  const steps = selector.split(/\s*>\s*/);
  const cut = Math.max(0, steps.length - levels);
  return steps
    .map((st, i) => (i < cut ? st : st.replace(/:nth-(of-type|child)\(\d+\)/g, '').replace(/^#[\w-]*\d[\w-]*$/, '#*')))
    .join(' > ');
}

const BINARY_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z|gz|tgz|bz2|jpe?g|png|gif|bmp|webp|svg|ico|tiff?|mp3|mp4|m4a|avi|mov|wmv|flv|webm|swf|exe|msi|apk|dmg|iso|csv|xml|json|txt|css|js|woff2?|ttf|eot)$/i;
const SIDE_EFFECT = /(log-?out|sign-?out|dang-?xuat|logoff|\/c\/portal\/logout|delete|remove|unsubscribe)/i;

const SITEMAP_PAGE = /s[ơo] đ[ồo] (c[ổo]ng|trang|site|website|web)|sitemap|site map/i;
const SITEMAP_PAGE_URL = /(so-do|sodo|sitemap|site-map)(-[a-z]+)?(\.html?|\.aspx?|\/)?$/i;

/** Key used to de-duplicate URLs: no fragment, lower-case scheme/host, no default port. */
export function urlKey(u: string): string {
  try {
    const x = new URL(u);
    x.hash = '';
    return x.href.replace(/\?$/, '');
  } catch {
    return u;
  }
}

/** True when a same-site URL is worth fetching as a page (http(s), not a binary/asset, no logout-like side effect). */
export function isCrawlable(u: string): boolean {
  try {
    const x = new URL(u);
    if (x.protocol !== 'http:' && x.protocol !== 'https:') return false;
    if (u.length > 2000) return false;
    if (BINARY_EXT.test(x.pathname)) return false;
    if (SIDE_EFFECT.test(x.pathname)) return false;
    return true;
  } catch {
    return false;
  }
}

/** Heuristic: does this main-region link look like a news article (long title, slug or numeric id)? */
export function looksLikeArticle(url: string, text: string): boolean {
  if (text.length < 20 || text.split(/\s+/).length < 4) return false;
  try {
    const p = decodeURIComponent(new URL(url).pathname);
    const last = p.split('/').filter(Boolean).pop() ?? '';
    return /\d{4,}/.test(p) || (last.match(/-/g) ?? []).length >= 4 || /(view_content|\/tin-tuc\/|\/news\/|article|bai-viet|chi-tiet|detail|\/post\/|\/\d{4}\/\d{2}\/)/i.test(p);
  } catch {
    return false;
  }
}

function wwwTwin(host: string): string {
  const name = host.replace(/:\d+$/, '');
  if (name === 'localhost' || /^[\d.]+$/.test(name) || name.startsWith('[')) return host;
  return host.startsWith('www.') ? host.slice(4) : `www.${host}`;
}

/** Same host up to `www.`, or one is a subdomain of the other (a.b.gov.vn vs b.gov.vn). */
function sameSite(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/^www\./, '');
  const y = b.toLowerCase().replace(/^www\./, '');
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (!short.includes('.') || /^(gov|com|edu|org|net|ac|co|int)\.[a-z]{2}$/.test(short)) return false; // never a bare public suffix
  return long.endsWith(`.${short}`);
}

/**
 * The path prefix that is the site when it is a component served at a path of its portal's host (the embedded
 * default of a portal: `https://tinh.gov.vn/phuong-x/`, Liferay's `…/web/so-ngoai-vu`): the start URL's path
 * (without a trailing slash or a file name such as `index.html`), when the portal (`portalUrl`) is on the same host
 * and the start path is not the portal's own. Undefined when the whole host is the site.
 */
export function componentPathScope(startUrl: string, portalUrl: string | undefined): string | undefined {
  if (!portalUrl) return undefined;
  try {
    const s = new URL(startUrl);
    const p = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(portalUrl) ? portalUrl : `https://${portalUrl}`);
    const bare = (h: string) => h.toLowerCase().replace(/^www\./, '');
    if (bare(s.host) !== bare(p.host)) return undefined;
    let path = s.pathname.replace(/\/+$/, '');
    const last = path.split('/').pop() ?? '';
    if (/\.[a-z0-9]{2,5}$/i.test(last)) path = path.slice(0, path.length - last.length).replace(/\/+$/, '');
    const portalPath = p.pathname.replace(/\/+$/, '');
    if (!path || path.toLowerCase() === portalPath.toLowerCase()) return undefined;
    return path.toLowerCase();
  } catch {
    return undefined;
  }
}

/** True when a URL's path is one of the prefixes or below one (`/x` covers `/x`, `/x/`, `/x/y`, not `/x-y`); case-insensitive. */
export function inPathScope(u: string, prefixes: string[]): boolean {
  if (!prefixes.length) return true;
  try {
    const path = new URL(u).pathname.toLowerCase();
    return prefixes.some((p) => path === p || path.startsWith(`${p}/`));
  } catch {
    return false;
  }
}

function looksLikeHtml(body: Buffer): boolean {
  const head = body.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|title|div|p|a)\b/.test(head);
}

/**
 * Crawl one site into a snapshot.
 *
 * @param context what the registry knows about the site; `context.url` is the start URL (a missing
 *                scheme means https://)
 * @param options bounds and switches (see {@link CrawlOptions}; defaults in {@link DEFAULT_CRAWL_OPTIONS})
 * @returns the snapshot; never throws for site problems (they are in `errors`/`limitsHit`/page `error`).
 *          Throws only for an unparseable start URL.
 */
export async function crawlSite(context: SiteContext, options: CrawlOptions = {}): Promise<SiteSnapshot> {
  // options explicitly set to undefined keep their defaults
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as CrawlOptions;
  const o = { ...DEFAULT_CRAWL_OPTIONS, ...given };
  const perHost = Math.min(2, Math.max(1, o.perHostConcurrency));
  const t0 = Date.now();
  const startedAt = new Date(t0).toISOString();
  const rawStart = /^[a-z][a-z0-9+.-]*:\/\//i.test(context.url) ? context.url : `https://${context.url}`;
  const start = new URL(rawStart);
  start.hash = '';
  const startUrl = start.href;

  const hosts = new Set<string>([start.host.toLowerCase(), wwwTwin(start.host.toLowerCase()), ...(o.extraHosts ?? []).map((h) => h.toLowerCase())]);
  let matcher = siteHostMatcher([...hosts]);
  const addHost = (h: string) => {
    const l = h.toLowerCase();
    if (hosts.has(l)) return;
    hosts.add(l);
    hosts.add(wwwTwin(l));
    matcher = siteHostMatcher([...hosts]);
  };
  const isSite = (u: string): boolean => {
    try {
      const x = new URL(u);
      return (x.protocol === 'http:' || x.protocol === 'https:') && matcher(x);
    } catch {
      return false;
    }
  };

  // A component at a path of its portal's host: the site is that path (and its English twin), not the whole host.
  let scope = componentPathScope(startUrl, context.portalUrl);
  const pathScope: string[] = scope ? [scope] : [];
  const inScope = (u: string): boolean => isSite(u) && inPathScope(u, pathScope);
  /** An English entry outside the path scope is the component's own when its path names the component ("/en/phuong-x"). */
  const englishTwin = (u: string): boolean => {
    if (!scope || !isSite(u)) return false;
    const slug = scope.split('/').pop() ?? '';
    try {
      return !!slug && new URL(u).pathname.toLowerCase().split('/').includes(slug);
    } catch {
      return false;
    }
  };

  const limitsHit: string[] = [];
  const errors: SiteSnapshot['errors'] = [];
  const addLimit = (m: string) => {
    if (!limitsHit.includes(m) && limitsHit.length < 200) limitsHit.push(m);
  };
  const addError = (url: string, message: string) => {
    if (errors.length < 500) errors.push({ url, message });
  };

  const budget = new AbortController();
  const budgetTimer = setTimeout(() => budget.abort(new Error('crawl time budget exhausted')), o.totalTimeMs);
  const onOuter = () => budget.abort(options.signal?.reason ?? new Error('cancelled'));
  options.signal?.addEventListener('abort', onOuter, { once: true });
  const signal = budget.signal;
  const remaining = () => Math.max(1, t0 + o.totalTimeMs - Date.now());
  const reqTimeout = () => Math.min(o.timeoutMs, remaining());

  const client = new HttpClient({ insecureTls: o.insecureTls, ca: o.ca, perHostConcurrency: perHost, userAgent: o.userAgent ?? DEFAULT_USER_AGENT });
  const robots = new RobotsCache(client, { userAgent: o.userAgent ?? DEFAULT_USER_AGENT, ignore: !!o.ignoreRobots, timeoutMs: Math.min(10_000, o.timeoutMs), signal });

  const snapshot: SiteSnapshot = {
    schemaVersion: 1,
    site: context,
    startUrl,
    hosts: [],
    startedAt,
    finishedAt: startedAt,
    source: 'crawler',
    pages: [],
    sitemaps: [],
    feeds: [],
    limitsHit,
    errors,
  };
  const pages = snapshot.pages;
  const queue = new PriorityQueue();
  const seen = new Set<string>();
  const anchorText = new Map<string, string>();
  const englishCandidates: string[] = [];
  const queueCap = Math.max(1000, o.maxPages * 20);
  let dropped = 0;
  let robotsSkipped = 0;
  let truncatedCount = 0;

  const enqueue = (e: Entry): void => {
    const key = urlKey(e.url);
    if (seen.has(key)) return;
    if (queue.size >= queueCap) {
      dropped++;
      return;
    }
    seen.add(key);
    if (e.anchor && !anchorText.has(e.url)) anchorText.set(e.url, e.anchor);
    queue.push(e);
  };

  const toPage = (res: FetchResult, e: Entry): PageSnapshot => {
    const page: PageSnapshot = {
      url: e.url,
      finalUrl: res.finalUrl,
      status: res.status,
      redirects: res.redirects,
      headers: res.headers,
      contentType: res.contentType,
      charset: '',
      bytes: res.bytes,
      truncated: res.truncated,
      fetchedAt: new Date().toISOString(),
      durationMs: res.durationMs,
      via: e.via,
      depth: e.depth,
    };
    if (res.error) {
      page.error = res.error;
      addError(e.url, res.error);
      if (res.errorKind === 'timeout') addLimit(`request timeout ${o.timeoutMs} ms hit: ${e.url}`);
      if (res.errorKind === 'too-many-redirects') addLimit(`redirect limit ${o.maxRedirects} exceeded: ${e.url}`);
      if (res.errorKind === 'redirect-loop') addLimit(`redirect loop: ${e.url}`);
    }
    if (res.truncated) {
      truncatedCount++;
      if (truncatedCount <= 10) addLimit(`byte limit ${o.maxBytes} bytes reached: ${e.url} truncated`);
    }
    const isHtml = /html|xhtml/i.test(res.contentType) || (!res.contentType && looksLikeHtml(res.body)) || (/text\/plain/i.test(res.contentType) && looksLikeHtml(res.body));
    if (res.body.length && (isHtml || /^text\//i.test(res.contentType))) {
      const decoded = decodeBody(res.body, res.contentType);
      page.charset = decoded.charset;
      if (decoded.declared) page.declaredCharset = decoded.declared;
      if (decoded.warning) page.charsetWarning = decoded.warning;
      if (isHtml) {
        try {
          if (decoded.text.length > DEFAULT_MAX_HTML_CHARS) addLimit(`page larger than ${DEFAULT_MAX_HTML_CHARS} characters: facts of ${e.url} come from its first ${0.7 * DEFAULT_MAX_HTML_CHARS} and last ${0.3 * DEFAULT_MAX_HTML_CHARS} characters`);
          page.facts = extractPageFacts(decoded.text, res.finalUrl, [...hosts], { maxLinks: o.maxLinksPerPage });
          if (page.facts.links.length >= o.maxLinksPerPage) addLimit(`link limit ${o.maxLinksPerPage} per page reached: ${e.url} (further links ignored)`);
        } catch (err) {
          page.error = `${page.error ? `${page.error}; ` : ''}extraction failed: ${(err as Error).message}`;
          addError(e.url, `extraction failed: ${(err as Error).message}`);
        }
        if (o.keepHtml !== false) page.html = decoded.text;
      }
    }
    return page;
  };

  const discover = (page: PageSnapshot, e: Entry) => {
    const facts = page.facts;
    if (!facts || page.status < 200 || page.status >= 300 || !(e.depth === 0 ? isSite(page.finalUrl) : inScope(page.finalUrl))) return;
    const nextDepth = e.depth + 1;
    const P = CRAWL_PRIORITY;
    // Links of structure pages are structure; what pages reached through the main body or as samples link to comes last.
    const fromStart = e.depth === 0;
    const structural = STRUCTURAL_VIA.has(e.via);
    const structurePriority = fromStart ? P.STRUCTURE : structural ? P.STRUCTURE_DEEP : P.REST;
    for (const l of facts.languageLinks ?? []) {
      if (!/^en\b/i.test(l.lang) || !isCrawlable(l.url)) continue;
      if (!inScope(l.url)) {
        if (!englishTwin(l.url)) continue;
        // the component's English twin lives outside its path ("/en/phuong-x"): it and what is below it are the site too
        const twin = new URL(l.url).pathname.replace(/\/+$/, '').toLowerCase();
        if (twin && !pathScope.includes(twin)) pathScope.push(twin);
      }
      if (!englishCandidates.includes(urlKey(l.url))) englishCandidates.push(urlKey(l.url));
      if (nextDepth <= o.maxDepth) enqueue({ url: l.url, via: 'english', depth: nextDepth, priority: structurePriority, anchor: l.text });
    }
    if (nextDepth > o.maxDepth) return;
    const firstLevel = fromStart || e.via === 'english';
    const usable = (l: LinkFact) => !l.hidden && inScope(l.url) && isCrawlable(l.url);
    const body = (l: LinkFact) => usable(l) && (l.region === 'main' || l.region === 'other');
    for (const l of facts.links) {
      if (!usable(l)) continue;
      if (l.region === 'menu' || l.region === 'header') enqueue({ url: l.url, via: 'menu', depth: nextDepth, priority: structurePriority, anchor: l.text });
      else if (l.region === 'footer') enqueue({ url: l.url, via: 'footer', depth: nextDepth, priority: structurePriority, anchor: l.text });
    }
    // an HTML site map ("Sơ đồ cổng", "Sitemap") lists the site's sections: follow its content links too
    const n = o.listSample;
    const anchor = anchorText.get(e.url) ?? '';
    if (SITEMAP_PAGE.test(anchor) || SITEMAP_PAGE.test(facts.title) || SITEMAP_PAGE_URL.test(new URL(e.url).pathname)) {
      const sampler = listSampler(newLinks(facts.links, body), { longList: 4 * n, listCap: 4 * n, familyCap: 16 * n });
      for (const l of sampler.links) sampler.offer(l, { url: l.url, via: 'sitemap-page', depth: nextDepth, priority: structural ? P.STRUCTURE_DEEP : P.REST, anchor: l.text });
      sampler.report(e.url, 'site-map page');
    }
    if (!firstLevel) return;
    const sampler = listSampler(newLinks(facts.links, body), { longList: 4 * n, listCap: n, familyCap: 4 * n });
    let articles = 0;
    for (const l of sampler.links) {
      if (articles >= o.articleSamples) break;
      if (looksLikeArticle(l.url, l.text) && sampler.offer(l, { url: l.url, via: 'article', depth: nextDepth, priority: P.SAMPLES, anchor: l.text })) articles++;
    }
    if (fromStart) {
      for (const l of sampler.links) sampler.offer(l, { url: l.url, via: 'link', depth: nextDepth, priority: P.BODY, anchor: l.text });
      sampler.report(e.url, 'main-body');
    }
  };

  /** Distinct links of a page passing `keep` that are not queued or fetched yet (a menu link repeated in the body is neither sampled nor left out). */
  const newLinks = (links: LinkFact[], keep: (l: LinkFact) => boolean): LinkFact[] => {
    const keys = new Set<string>();
    return links.filter((l) => {
      const k = urlKey(l.url);
      if (!keep(l) || keys.has(k) || seen.has(k)) return false;
      keys.add(k);
      return true;
    });
  };

  /**
   * Samples the links of one page list by list. A list (see {@link listKey}) of more than `longList` links gives
   * `listCap` of them; a family of similar lists (the same structure two levels up: the per-district lists of a
   * directory) gives at most `familyCap` in all when it has more. `links` are in round-robin order over the lists
   * (the first item of every list, then the second…), so a capped family is sampled across its lists.
   */
  const listSampler = (candidates: LinkFact[], caps: { longList: number; listCap: number; familyCap: number }) => {
    const lists = new Map<string, { total: number; queued: number }>();
    const families = new Map<string, { total: number; queued: number }>();
    const rank = new Map<LinkFact, number>();
    const bump = (m: Map<string, { total: number; queued: number }>, k: string) => {
      const c = m.get(k) ?? { total: 0, queued: 0 };
      c.total++;
      m.set(k, c);
      return c.total;
    };
    for (const l of candidates) {
      rank.set(l, bump(lists, listKey(l.selector)));
      bump(families, listKey(l.selector, 5));
    }
    const links = candidates.map((l, i) => ({ l, i })).sort((a, b) => rank.get(a.l)! - rank.get(b.l)! || a.i - b.i).map((x) => x.l);
    const skipped = new Map<string, LinkFact>();
    return {
      links,
      /** Queues `entry` for link `l` unless a cap says no; true when queued. */
      offer(l: LinkFact, entry: Entry): boolean {
        const li = lists.get(listKey(l.selector))!;
        const fa = families.get(listKey(l.selector, 5))!;
        if ((li.total > caps.longList && li.queued >= caps.listCap) || (fa.total > caps.familyCap && fa.queued >= caps.familyCap)) {
          skipped.set(urlKey(l.url), l);
          return false;
        }
        const before = queue.size;
        enqueue(entry);
        if (queue.size === before) return false;
        skipped.delete(urlKey(l.url));
        li.queued++;
        fa.queued++;
        return true;
      },
      /** Writes to `limitsHit` what the caps left out on `pageUrl`. */
      report(pageUrl: string, what: string): void {
        if (!skipped.size) return;
        const byFamily = new Map<string, number>();
        for (const l of skipped.values()) byFamily.set(listKey(l.selector, 5), (byFamily.get(listKey(l.selector, 5)) ?? 0) + 1);
        const [key] = [...byFamily].sort((a, b) => families.get(b[0])!.total - families.get(a[0])!.total)[0];
        addLimit(
          `${what} links sampled on ${pageUrl}: ${skipped.size} of ${candidates.length} links not queued ` +
            `(at most ${caps.listCap} from a list of more than ${caps.longList} links and ${caps.familyCap} from a group of similar lists; ` +
            `largest group: ${families.get(key)!.total} links at "${key}")`,
        );
      },
    };
  };

  let done = 0;
  const fetchPage = async (e: Entry): Promise<PageSnapshot | undefined> => {
    const r = await robots.forUrl(e.url);
    if (!r.isAllowed(e.url)) {
      robotsSkipped++;
      return undefined;
    }
    const res = await client.fetch(e.url, { timeoutMs: reqTimeout(), maxBytes: o.maxBytes, maxRedirects: o.maxRedirects, signal });
    if (res.errorKind === 'aborted') return undefined;
    const page = toPage(res, e);
    seen.add(urlKey(res.finalUrl));
    pages.push(page);
    done++;
    o.onProgress?.(done, Math.min(o.maxPages, pages.length + queue.size), e.url);
    return page;
  };

  try {
    // ---- TLS first: a bad certificate is a fact even when the crawl continues (insecureTls)
    if (o.tlsProbe !== false && start.protocol === 'https:') {
      snapshot.tls = await probeTls(startUrl, { timeoutMs: Math.min(10_000, o.timeoutMs), ca: o.ca });
    }

    // ---- robots.txt of the start origin
    const r0 = await robots.forUrl(startUrl);
    snapshot.robots = r0.fact;
    if (r0.note) addLimit(r0.note);
    if (r0.fact.disallowsAll && !o.ignoreRobots) {
      addLimit(`robots.txt disallows all crawling for ${(o.userAgent ?? DEFAULT_USER_AGENT).split('/')[0]}; no pages fetched (rerun with ignoreRobots to override)`);
      return snapshot;
    }
    if (r0.crawlDelayMs) {
      client.limiter.minIntervalMs = Math.min(r0.crawlDelayMs, o.maxCrawlDelayMs);
      if (r0.crawlDelayMs > o.maxCrawlDelayMs) addLimit(`robots.txt Crawl-delay ${r0.crawlDelayMs / 1000} s capped at ${o.maxCrawlDelayMs / 1000} s`);
    }

    // ---- the start page
    seen.add(urlKey(startUrl));
    const startEntry: Entry = { url: startUrl, via: 'start', depth: 0, priority: CRAWL_PRIORITY.START };
    const home = await fetchPage(startEntry);
    if (home && home.finalUrl !== startUrl && home.status > 0) {
      const fin = new URL(home.finalUrl);
      if (sameSite(fin.hostname, start.hostname)) {
        // http→https, bare→www, another port or a subdomain of the same name: still the site
        addHost(fin.host);
        const rf = await robots.forUrl(home.finalUrl);
        if (rf.fact.url !== r0.fact.url) {
          snapshot.robots = rf.fact;
          if (rf.fact.disallowsAll && !o.ignoreRobots) addLimit(`robots.txt of ${fin.origin} disallows all crawling; only the start page was fetched`);
        }
      } else if (!isSite(home.finalUrl)) {
        addLimit(`start page redirects to another host (${fin.host}); it was not crawled further (add it to extraHosts if it belongs to the site)`);
      }
    }
    // A start URL below the component's root ("/web/so-x/trang-chu"): when no menu link of the start page is inside
    // its path but several are inside the parent path, the parent is the component.
    if (scope && home?.facts) {
      const menu = home.facts.links.filter((l) => (l.region === 'menu' || l.region === 'header') && isSite(l.url)).map((l) => l.url);
      const parent = scope.slice(0, scope.lastIndexOf('/'));
      const portalPath = componentPathScope(`${start.origin}${parent}/`, context.portalUrl);
      if (parent && portalPath === parent && !menu.some((u) => inPathScope(u, [scope!])) && menu.filter((u) => inPathScope(u, [parent])).length >= 2) {
        scope = parent;
        pathScope[0] = parent;
      }
    }
    const homeOrigin = home?.finalUrl && isSite(home.finalUrl) ? new URL(home.finalUrl).origin : start.origin;
    if (home) discover(home, startEntry);
    if (home?.error && snapshot.tls && !snapshot.tls.valid && !o.insecureTls && /TLS/.test(home.error)) {
      addLimit(`TLS certificate not trusted (${snapshot.tls.error ?? 'invalid'}); pages not fetched — use insecureTls to crawl anyway`);
    }
    const siteBlocked = !o.ignoreRobots && (snapshot.robots?.disallowsAll ?? false);

    // ---- sitemaps
    if (!signal.aborted && home && !siteBlocked && home.status > 0) {
      const seeds = [...new Set([...((await robots.loaded()).values())].flatMap((r) => r.fact.sitemaps).concat(`${homeOrigin}/sitemap.xml`, scope ? [`${homeOrigin}${scope}/sitemap.xml`] : []))];
      const sm = await collectSitemaps(client, seeds, {
        maxFiles: o.maxSitemaps,
        maxDepth: o.maxSitemapDepth,
        timeoutMs: reqTimeout(),
        maxBytes: o.maxBytes,
        allow: isSite,
        signal,
      });
      snapshot.sitemaps = sm.facts;
      sm.limits.forEach(addLimit);
      const urls = sm.facts
        .filter((f) => f.kind === 'urlset')
        .flatMap((f) => f.urls)
        .filter((u) => inScope(u.loc) && isCrawlable(u.loc))
        .sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? ''));
      for (const u of urls.slice(0, o.sitemapPages)) enqueue({ url: u.loc, via: 'sitemap', depth: 1, priority: CRAWL_PRIORITY.STRUCTURE });
    }

    // ---- feeds linked from the start page
    const feedSeen = new Set<string>();
    const runFeeds = async (candidates: string[]) => {
      const todo = candidates.filter((u) => isSite(u) && !feedSeen.has(u));
      const room = o.maxFeeds - snapshot.feeds.length;
      if (!todo.length || room <= 0 || signal.aborted) return;
      todo.forEach((u) => feedSeen.add(u));
      const got = await collectFeeds(client, todo, { maxFeeds: room, timeoutMs: reqTimeout(), maxBytes: o.maxBytes, allow: isSite, siteHosts: [...hosts], signal });
      got.forEach((f) => feedSeen.add(f.url));
      snapshot.feeds.push(...got);
      return got;
    };
    if (home?.facts && !siteBlocked) {
      const got = await runFeeds(home.facts.feeds);
      const items = (got ?? [])
        .flatMap((f) => f.items)
        .filter((i) => i.link && inScope(i.link) && isCrawlable(i.link))
        .sort((a, b) => (b.published ? Date.parse(b.published) : 0) - (a.published ? Date.parse(a.published) : 0));
      for (const i of items.slice(0, o.feedPages)) enqueue({ url: i.link, via: 'feed', depth: 1, priority: CRAWL_PRIORITY.STRUCTURE, anchor: i.title });
    }

    // ---- the page queue
    if (!siteBlocked) {
      let inFlight = 0;
      const waiters: (() => void)[] = [];
      const changed = () => new Promise<void>((res) => waiters.push(res));
      const worker = async () => {
        for (;;) {
          if (signal.aborted) return;
          if (pages.length + inFlight >= o.maxPages) return;
          const e = queue.pop();
          if (!e) {
            if (inFlight === 0) return;
            await changed();
            continue;
          }
          inFlight++;
          try {
            const p = await fetchPage(e);
            if (p) discover(p, e);
          } finally {
            inFlight--;
            for (const w of waiters.splice(0)) w();
          }
        }
      };
      await Promise.all(Array.from({ length: perHost }, worker));
      if (queue.size > 0 && pages.length >= o.maxPages) addLimit(`page limit ${o.maxPages} reached; ${queue.size + dropped} discovered URLs not fetched`);
      else if (dropped > 0) addLimit(`queue limit ${queueCap} reached; ${dropped} discovered URLs not queued`);
    }
    if (robotsSkipped) addLimit(`${robotsSkipped} URLs skipped because robots.txt disallows them`);
    if (truncatedCount > 10) addLimit(`byte limit ${o.maxBytes} bytes reached on ${truncatedCount} responses in total`);

    // ---- feeds found on other pages
    if (!siteBlocked) await runFeeds(pages.flatMap((p) => p.facts?.feeds ?? []));

    // ---- script banners for library versions
    if (!signal.aborted && o.scriptBanners > 0 && !siteBlocked) {
      const wanted = new Map<string, true>();
      for (const p of pages) for (const s of p.facts?.scripts ?? []) if (s.src && isSite(s.src) && !s.library?.version && (!s.library || s.library.name.length < 40)) wanted.set(s.src, true);
      const found = new Map<string, ReturnType<typeof detectLibraryFromBanner>>();
      for (const src of [...wanted.keys()].slice(0, o.scriptBanners)) {
        if (signal.aborted) break;
        if (!(await robots.forUrl(src)).isAllowed(src)) continue;
        const res = await client.fetch(src, { timeoutMs: Math.min(reqTimeout(), 10_000), maxBytes: 64 * 1024, signal });
        if (res.status >= 200 && res.status < 300 && res.body.length) found.set(src, detectLibraryFromBanner(res.body.toString('utf8')));
      }
      for (const p of pages) for (const s of p.facts?.scripts ?? []) {
        const lib = s.src ? found.get(s.src) : undefined;
        if (lib && (!s.library || s.library.name === lib.name || !s.library.version)) s.library = lib;
      }
    }

    // ---- search probe
    if (!signal.aborted && o.searchProbe !== false && !siteBlocked) {
      const sp = await runSearchProbe(client, pages, snapshot.feeds, { isSite, siteHosts: [...hosts], anchorText, timeoutMs: reqTimeout(), maxBytes: o.maxBytes, signal });
      if (sp) snapshot.searchProbe = sp;
    }

    // ---- cloaking probe (needs a working start page)
    if (!signal.aborted && o.cloakingProbe !== false && home && !home.error && home.status > 0) {
      // each variant is read up to 1 MiB: enough to compare what the three audiences get
      snapshot.cloaking = [await runCloakingProbe(client, home.finalUrl, { timeoutMs: reqTimeout(), maxBytes: Math.min(o.maxBytes, 1024 * 1024), spam: o.spamTerms, signal })];
    }

    // ---- http → https
    if (!signal.aborted && o.tlsProbe !== false) {
      if (start.protocol === 'http:') {
        const final = home?.finalUrl ?? '';
        const redirected = final.startsWith('https:');
        if (redirected) {
          snapshot.tls = await probeTls(final, { timeoutMs: Math.min(10_000, o.timeoutMs), ca: o.ca });
          snapshot.tls.httpRedirectsToHttps = true;
        } else if (home && home.status > 0 && !isLoopbackHost(start.hostname)) {
          snapshot.tls = await probeTls(`https://${start.hostname}/`, { timeoutMs: Math.min(10_000, o.timeoutMs), ca: o.ca });
          snapshot.tls.httpRedirectsToHttps = false;
        } else if (home && home.status > 0) {
          snapshot.tls = { valid: false, error: 'site served over plain http (https not probed on loopback)', httpRedirectsToHttps: false };
        }
      } else if (snapshot.tls && (o.httpUrl || !isLoopbackHost(start.hostname))) {
        const httpUrl = o.httpUrl ?? `http://${start.hostname}/`;
        const res = await client.fetch(httpUrl, { timeoutMs: Math.min(reqTimeout(), 10_000), maxBytes: 64 * 1024, maxRedirects: 1, signal });
        if (res.status > 0) snapshot.tls.httpRedirectsToHttps = res.redirects.length > 0 && (res.redirects[1] ?? res.finalUrl).startsWith('https:');
        else if (res.error && res.errorKind !== 'too-many-redirects') addError(httpUrl, `http→https check: ${res.error}`);
        if (res.errorKind === 'too-many-redirects') snapshot.tls.httpRedirectsToHttps = res.finalUrl.startsWith('https:');
      }
    }

    // ---- network facts
    if (o.network !== false && !signal.aborted) snapshot.network = await measureNetwork(start.hostname, o.resolver);

    // ---- outbound links (HEAD, bounded)
    if (!signal.aborted && o.checkOutbound > 0) {
      const outbound = [...new Set(pages.flatMap((p) => (p.facts?.links ?? []).filter((l) => !l.hidden && /^https?:/.test(l.url) && !isSite(l.url)).map((l) => urlKey(l.url))))];
      const todo = outbound.slice(0, o.checkOutbound);
      if (outbound.length > todo.length) addLimit(`outbound check limit ${o.checkOutbound} reached; ${outbound.length - todo.length} outbound links not checked`);
      const results: NonNullable<SiteSnapshot['outboundChecks']> = [];
      let i = 0;
      const w = async () => {
        while (i < todo.length && !signal.aborted) {
          const url = todo[i++];
          let res = await client.fetch(url, { method: 'HEAD', timeoutMs: Math.min(reqTimeout(), 10_000), maxRedirects: o.maxRedirects, signal });
          if ([403, 405, 501].includes(res.status)) res = await client.fetch(url, { timeoutMs: Math.min(reqTimeout(), 10_000), maxBytes: 16 * 1024, maxRedirects: o.maxRedirects, signal });
          const r: NonNullable<SiteSnapshot['outboundChecks']>[number] = { url, status: res.status };
          if (res.finalUrl !== url) r.finalUrl = res.finalUrl;
          if (res.error) r.error = res.error;
          results.push(r);
        }
      };
      await Promise.all([w(), w(), w(), w()]);
      snapshot.outboundChecks = results;
    }

    // ---- English entry: first candidate that answered 2xx with HTML
    for (const key of englishCandidates) {
      const p = pages.find((pg) => urlKey(pg.url) === key);
      if (p && p.status >= 200 && p.status < 300 && p.facts) {
        snapshot.englishUrl = p.finalUrl;
        break;
      }
    }
    return snapshot;
  } finally {
    if (signal.aborted && !options.signal?.aborted) addLimit(`time limit ${o.totalTimeMs} ms reached; ${queue.size} queued URLs not fetched`);
    else if (options.signal?.aborted) addLimit('crawl cancelled');
    clearTimeout(budgetTimer);
    options.signal?.removeEventListener('abort', onOuter);
    snapshot.hosts = [...hosts];
    if (pathScope.length) snapshot.pathScope = [...pathScope];
    snapshot.finishedAt = new Date().toISOString();
    await client.close();
  }
}
