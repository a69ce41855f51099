/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom parsing into {@link FeedFact}, and bounded feed collection that also
 * follows the HTML "RSS" index pages many Vietnamese CMSs (NukeViet, Liferay portlets) link instead of
 * a feed.
 */
import { XMLParser } from 'fast-xml-parser';
import type { FeedFact } from '../snapshot.js';
import type { HttpClient } from './fetch.js';
import { decodeBody } from './charset.js';
import { extractPageFacts } from '../extract/index.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: true,
});

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('#text' in o) return text(o['#text']);
    if ('__cdata' in o) return text(o.__cdata);
  }
  return '';
}

function isoOrRaw(v: string): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : new Date(t).toISOString();
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Parse one feed document.
 *
 * @param xml  decoded text
 * @param url  where it came from (relative item links are resolved against it)
 * @param maxItems keep at most this many items (default 200)
 * @returns the fact; kind 'invalid' with `error` when it is neither RSS nor Atom; never throws.
 *          `published` is ISO-8601 when the date parses, else as written.
 */
export function parseFeed(xml: string, url: string, maxItems = 200): FeedFact {
  const src = xml.replace(/^\uFEFF/, '').trimStart();
  if (!src.startsWith('<')) return { url, kind: 'invalid', items: [], error: 'not XML' };
  if (/^<!doctype html|^<html/i.test(src.slice(0, 200))) return { url, kind: 'invalid', items: [], error: 'not a feed: an HTML page' };
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(src) as Record<string, unknown>;
  } catch (err) {
    return { url, kind: 'invalid', items: [], error: `unparseable XML: ${(err as Error).message}` };
  }
  const resolve = (l: string) => {
    try {
      return new URL(l, url).href;
    } catch {
      return l;
    }
  };
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc.RDF as Record<string, unknown> | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as Record<string, unknown>) ?? {};
    const rawItems = ((channel.item ?? rdf?.item) as unknown[]) ?? [];
    const items = rawItems.slice(0, maxItems).map((it) => {
      const o = it as Record<string, unknown>;
      const published = isoOrRaw(text(o.pubDate) || text(o.date) || text(o.published) || text(o.updated));
      const item: FeedFact['items'][number] = { title: stripTags(text(o.title)), link: resolve(text(o.link) || text(o.guid)) };
      if (published) item.published = published;
      return item;
    });
    const title = stripTags(text(channel.title));
    return title ? { url, kind: 'rss', title, items } : { url, kind: 'rss', items };
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed) {
    const items = (((feed.entry as unknown[]) ?? []).slice(0, maxItems)).map((e) => {
      const o = e as Record<string, unknown>;
      const links = (o.link as Record<string, string>[] | undefined) ?? [];
      const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
      const published = isoOrRaw(text(o.published) || text(o.updated));
      const item: FeedFact['items'][number] = { title: stripTags(text(o.title)), link: alt?.['@_href'] ? resolve(alt['@_href']) : '' };
      if (published) item.published = published;
      return item;
    });
    const title = stripTags(text(feed.title));
    return title ? { url, kind: 'atom', title, items } : { url, kind: 'atom', items };
  }
  return { url, kind: 'invalid', items: [], error: 'XML without <rss>, <rdf:RDF> or <feed>' };
}

/** Bounds for {@link collectFeeds}. */
export interface FeedOptions {
  /** Feed URLs fetched at most, including ones found on HTML index pages (default 5). */
  maxFeeds?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Only URLs for which this returns true are fetched. */
  allow?: (url: string) => boolean;
  siteHosts: string[];
  signal?: AbortSignal;
}

/**
 * Fetch and parse feeds. A URL that returns HTML is read as an "RSS index" page: the feed links on it
 * are queued (still within `maxFeeds`), and the page itself is recorded as 'invalid'.
 *
 * @returns one fact per fetched URL; never throws
 */
export async function collectFeeds(client: HttpClient, urls: string[], options: FeedOptions): Promise<FeedFact[]> {
  const max = options.maxFeeds ?? 5;
  const queue = [...new Set(urls)];
  const seen = new Set<string>();
  const out: FeedFact[] = [];
  while (queue.length && out.length < max && !options.signal?.aborted) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    if (options.allow && !options.allow(url)) continue;
    const res = await client.fetch(url, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, signal: options.signal });
    if (res.status < 200 || res.status >= 300) {
      out.push({ url, kind: 'invalid', items: [], error: res.status ? `HTTP ${res.status}` : res.error ?? 'no answer' });
      continue;
    }
    const decoded = decodeBody(res.body, res.contentType).text;
    if (/html/i.test(res.contentType) || /^\s*(<!doctype html|<html)/i.test(decoded.slice(0, 300))) {
      const facts = extractPageFacts(decoded, res.finalUrl, options.siteHosts, { maxLinks: 2000 });
      const found = [
        ...new Set([...facts.feeds, ...facts.links.filter((l) => /rss|atom|feed/i.test(l.url) && /^https?:/.test(l.url)).map((l) => l.url)]),
      ].filter((u) => u !== url && u !== res.finalUrl && !seen.has(u));
      queue.unshift(...found.slice(0, max));
      out.push({ url, kind: 'invalid', items: [], error: `an HTML page, not a feed${found.length ? ` (lists ${found.length} feed links)` : ''}` });
      continue;
    }
    out.push(parseFeed(decoded, res.finalUrl));
  }
  return out;
}
