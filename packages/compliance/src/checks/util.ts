/** Small helpers shared by the checks. Checks read only the SiteSnapshot (and the raw HTML kept in it). */
import * as cheerio from 'cheerio';
import type { LinkFact, PageSnapshot, SiteSnapshot } from '../snapshot.js';
import type { Evidence, JudgeContext, Judgement, JudgeFn, Status, Text } from '../rules/types.js';

export const tx = (vi: string, en: string): Text => ({ vi, en });

export function judgement(status: Status, message: Text, evidence: Evidence[] = [], data?: Record<string, unknown>): Judgement {
  return { status, message, evidence, ...(data ? { data } : {}) };
}

/** Give a judge function a stable id (its group in the report). */
export function defineJudge<A extends unknown[]>(id: string, fn: (ctx: JudgeContext, ...args: A) => Judgement): JudgeFn<A> {
  const f = fn as JudgeFn<A>;
  f.judgementId = id;
  return f;
}

export function clip(s: string, n = 160): string {
  const c = s.replace(/\s+/g, ' ').trim();
  return c.length > n ? c.slice(0, n - 1) + '…' : c;
}

/** Excerpt of `text` around the first match of `re`. */
export function around(text: string, re: RegExp, radius = 80): string | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const start = Math.max(0, m.index - radius);
  return clip((start > 0 ? '…' : '') + text.slice(start, m.index + m[0].length + radius), radius * 2 + 40);
}

export function isOk(p: PageSnapshot): boolean {
  return !p.error && p.status >= 200 && p.status < 300;
}

/** Fetched HTML pages with extracted facts. */
export function htmlPages(s: SiteSnapshot): (PageSnapshot & { facts: NonNullable<PageSnapshot['facts']> })[] {
  return s.pages.filter((p): p is PageSnapshot & { facts: NonNullable<PageSnapshot['facts']> } => isOk(p) && !!p.facts);
}

export function normUrl(u: string): string {
  try {
    const x = new URL(u);
    x.hash = '';
    let path = x.pathname.replace(/\/+$/, '').replace(/\.(html?|aspx?|php|jsp)$/i, '');
    if (path === '') path = '/';
    return `${x.protocol}//${x.host.toLowerCase()}${path}${x.search}`;
  } catch {
    return u;
  }
}

/** The page the crawl started from (home). */
export function homePage(s: SiteSnapshot): PageSnapshot | undefined {
  const start = normUrl(s.startUrl);
  return s.pages.find((p) => p.via === 'start') ?? s.pages.find((p) => normUrl(p.url) === start) ?? s.pages[0];
}

export function hostOf(u: string): string {
  try {
    return new URL(u).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The site's hosts as given by the crawler (`host[:port]`), plus their bare host names. */
export function ownHosts(s: SiteSnapshot): string[] {
  const out = new Set<string>();
  for (const h of s.hosts) {
    const l = h.toLowerCase();
    out.add(l);
    out.add(l.replace(/:\d+$/, ''));
  }
  return [...out];
}

export function isOwnUrl(s: SiteSnapshot, u: string): boolean {
  let host = '';
  let hostname = '';
  try {
    const x = new URL(u);
    host = x.host.toLowerCase();
    hostname = x.hostname.toLowerCase();
  } catch {
    return true;
  }
  const own = ownHosts(s);
  return own.includes(host) || own.includes(hostname);
}

export function isLoopbackUrl(u: string): boolean {
  const h = hostOf(u);
  return h === 'localhost' || h === '::1' || h === '[::1]' || /^127\./.test(h) || h.endsWith('.localhost');
}

/** A page's pages-by-url index (requested and final URLs, normalised). */
export function pageIndex(s: SiteSnapshot): Map<string, PageSnapshot> {
  const m = new Map<string, PageSnapshot>();
  for (const p of s.pages) {
    for (const u of [p.url, p.finalUrl]) if (u && !m.has(normUrl(u))) m.set(normUrl(u), p);
  }
  return m;
}

const $cache = new WeakMap<PageSnapshot, cheerio.CheerioAPI | null>();
/** Parsed raw HTML of a page (when the snapshot kept it). */
export function dom(p: PageSnapshot): cheerio.CheerioAPI | null {
  if ($cache.has(p)) return $cache.get(p)!;
  const $ = p.html ? cheerio.load(p.html) : null;
  $cache.set(p, $);
  return $;
}

/**
 * Links of a page including `<select>` link lists ("Chọn liên kết" / "Liên kết website" drop-downs whose option
 * values are URLs): many Vietnamese sites link other agencies only through such a drop-down.
 */
export function allLinks(p: PageSnapshot): LinkFact[] {
  const links = [...(p.facts?.links ?? [])];
  const $ = dom(p);
  if ($) {
    $('select option').each((i, el) => {
      const v = ($(el).attr('value') ?? '').trim();
      if (!/^https?:\/\//i.test(v)) return;
      let url: string;
      try {
        url = new URL(v, p.finalUrl || p.url).href;
      } catch {
        return;
      }
      const sel = $(el).closest('select');
      const id = sel.attr('id');
      links.push({ url, text: $(el).text().replace(/\s+/g, ' ').trim(), region: 'other', hidden: false, selector: id ? `select#${id} option` : 'select option' });
    });
  }
  return links;
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Status order for "worst of". */
const RANK: Record<Status, number> = { pass: 0, not_applicable: 0, warn: 1, error: 2, fail: 3 };
export function worst(...s: Status[]): Status {
  return s.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'pass' as Status);
}

export function uniqBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const GOV_HOST = /(^|\.)gov\.vn$|(^|\.)chinhphu\.vn$|(^|\.)quochoi\.vn$/;

/** Whether a host belongs to a Vietnamese state body (.gov.vn, the Government portal chinhphu.vn, the National Assembly). */
export function isGovHost(h: string): boolean {
  return GOV_HOST.test(h.toLowerCase());
}
