/**
 * Search probe (N42-7.1a, check C4): take the newest article's title, search 3–4 consecutive words of
 * it with the site's own search form, and see whether the article's URL is among the result links.
 * Only GET forms on the site's hosts are submitted; POST forms and JavaScript-only search boxes are
 * recorded as "not exercised".
 */
import type { FeedFact, FormFact, PageSnapshot, SiteSnapshot } from '../snapshot.js';
import type { HttpClient } from './fetch.js';
import { decodeBody } from './charset.js';
import { extractPageFacts } from '../extract/index.js';
import { collapse } from '../extract/text.js';

/** The probe's record (SiteSnapshot.searchProbe). */
export type SearchProbeResult = NonNullable<SiteSnapshot['searchProbe']>;

const STOPWORDS = new Set(
  'và của các những trong cho với là được năm ngày tại về có một để theo từ đến này đã sẽ trên dưới khi thì mà cũng như nhằm việc về the a an of and to in for on at by with from'.split(' '),
);

/**
 * 3–4 consecutive words of a title, starting at its first non-stop-word (Vietnamese syllables are kept
 * in order so the query reads like a phrase). Titles of ≤ 4 words are used whole.
 */
export function searchQueryFromTitle(title: string): string {
  const words = collapse(title)
    .split(/[\s,.:;!?"“”‘’'()[\]{}|/\\–—-]+/)
    .filter(Boolean);
  if (words.length <= 4) return words.join(' ');
  let start = words.findIndex((w) => !STOPWORDS.has(w.toLowerCase()) && !/^\d+$/.test(w));
  if (start < 0) start = 0;
  if (start > words.length - 4) start = Math.max(0, words.length - 4);
  return words.slice(start, start + 4).join(' ');
}

/** Comparable form of a URL: no scheme, no `www.`, no fragment, no trailing slash, lower-case host. */
export function comparableUrl(u: string): string {
  try {
    const x = new URL(u);
    const path = decodeURIComponent(x.pathname).replace(/\/+$/, '') || '/';
    return `${x.host.toLowerCase().replace(/^www\./, '')}${path}${x.search}`;
  } catch {
    return u;
  }
}

/** Newest article known to the crawl: from feeds (by date), else from crawled article pages. */
export function pickNewestArticle(
  pages: PageSnapshot[],
  feeds: FeedFact[],
  isSite: (url: string) => boolean,
  anchorText: Map<string, string> = new Map(),
): { title: string; url: string } | undefined {
  const items = feeds
    .flatMap((f) => f.items)
    .filter((i) => i.title && i.link && isSite(i.link))
    .map((i) => ({ ...i, t: i.published ? Date.parse(i.published) : NaN }));
  if (items.length) {
    const dated = items.filter((i) => !Number.isNaN(i.t)).sort((a, b) => b.t - a.t);
    const best = dated[0] ?? items[0];
    return { title: best.title, url: best.link };
  }
  const today = new Date().toISOString().slice(0, 10);
  const candidates = pages
    .filter((p) => p.facts && p.status >= 200 && p.status < 300 && ['article', 'feed', 'sitemap'].includes(p.via))
    .map((p) => {
      const dates = p.facts!.dates.map((d) => d.date).filter((d) => d <= today).sort();
      return { p, newest: dates[dates.length - 1] ?? '' };
    })
    .sort((a, b) => (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0));
  const best = candidates[0]?.p;
  if (!best?.facts) return undefined;
  const anchor = anchorText.get(best.url);
  const h1 = best.facts.headings.find((h) => h.level === 1 && h.text.length >= 15)?.text;
  const title = (anchor && anchor.length >= 15 ? anchor : undefined) ?? h1 ?? best.facts.title.split(/\s+[-|–]\s+/)[0];
  return title ? { title, url: best.finalUrl } : undefined;
}

/** The site-search form to use: first GET/POST `<form>` flagged isSearch (start page first), else a scripted box. */
export function pickSearchForm(pages: PageSnapshot[]): { page: PageSnapshot; form: FormFact } | undefined {
  let scripted: { page: PageSnapshot; form: FormFact } | undefined;
  for (const page of pages) {
    for (const form of page.facts?.forms ?? []) {
      if (!form.isSearch) continue;
      if (form.scripted) scripted ??= { page, form };
      else return { page, form };
    }
  }
  return scripted;
}

/**
 * URL a browser would request when submitting a GET form with `query` in its search box (the action's
 * own query string is replaced, as HTML specifies for GET).
 */
export function buildSearchUrl(form: FormFact, pageUrl: string, query: string): string {
  const action = new URL(form.action || pageUrl);
  const params = new URLSearchParams();
  const searchInput =
    form.inputs.find((i) => i.type === 'search') ??
    form.inputs.find((i) => ['text', ''].includes(i.type) && /q|key|search|tukhoa|tim|term|query/i.test(i.name)) ??
    form.inputs.find((i) => i.type === 'text');
  for (const i of form.inputs) {
    if (i === searchInput) params.append(i.name, query);
    else if (i.type === 'hidden') params.append(i.name, i.value ?? '');
  }
  action.search = params.toString();
  action.hash = '';
  return action.href;
}

/** Options of {@link runSearchProbe}. */
export interface SearchProbeOptions {
  isSite: (url: string) => boolean;
  siteHosts: string[];
  anchorText?: Map<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

/**
 * Run the probe.
 * @returns undefined when the site has no search box at all; otherwise the record (with `error` when
 *          it could not be exercised); never throws
 */
export async function runSearchProbe(client: HttpClient, pages: PageSnapshot[], feeds: FeedFact[], options: SearchProbeOptions): Promise<SearchProbeResult | undefined> {
  const picked = pickSearchForm(pages);
  if (!picked) return undefined;
  const article = pickNewestArticle(pages, feeds, options.isSite, options.anchorText);
  const query = article ? searchQueryFromTitle(article.title) : '';
  const rec: SearchProbeResult = { query, expectedUrl: article?.url ?? '', resultUrl: '', status: 0, found: false };
  const { page, form } = picked;
  if (form.scripted) return { ...rec, error: `search box ${form.selector ?? ''} is driven by JavaScript (no <form>); not exercised without a browser` };
  if (form.method === 'post') return { ...rec, error: `search form ${form.selector ?? ''} uses POST; not exercised` };
  let url: string;
  try {
    url = buildSearchUrl(form, page.finalUrl, query || 'x');
  } catch (err) {
    return { ...rec, error: `cannot build the search URL: ${(err as Error).message}` };
  }
  if (!options.isSite(url)) return { ...rec, error: `search form ${form.selector ?? ''} submits to another host (${new URL(url).host}); not exercised` };
  if (!article) return { ...rec, error: 'no dated article found to search for' };
  const res = await client.fetch(url, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, signal: options.signal });
  rec.resultUrl = res.finalUrl;
  rec.status = res.status;
  if (res.error && !res.body.length) return { ...rec, error: res.error };
  const html = decodeBody(res.body, res.contentType).text;
  const facts = extractPageFacts(html, res.finalUrl, options.siteHosts);
  const want = comparableUrl(article.url);
  rec.found = facts.links.some((l) => comparableUrl(l.url) === want);
  if (res.error) rec.error = res.error;
  return rec;
}
