/**
 * XML sitemaps: parse `urlset` and `sitemapindex` files (plain or gzip), follow nested indexes with
 * bounds on depth, number of files and number of URLs kept.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SitemapFact } from '../snapshot.js';
import { decompressBounded, type HttpClient } from './fetch.js';
import { decodeBody } from './charset.js';

/** Bounds for {@link collectSitemaps}. */
export interface SitemapOptions {
  /** Sitemap files fetched at most (default 10). */
  maxFiles?: number;
  /** Index nesting followed at most (default 3: index → index → urlset). */
  maxDepth?: number;
  /** URLs kept per file (default 10,000) and over all files (default 20,000). */
  maxUrlsPerFile?: number;
  maxUrlsTotal?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Only URLs for which this returns true are fetched (stay on the site). */
  allow?: (url: string) => boolean;
  signal?: AbortSignal;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: true,
});

function asText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && '#text' in (v as Record<string, unknown>)) return asText((v as Record<string, unknown>)['#text']);
  return '';
}

/**
 * Parse one sitemap document.
 *
 * @param xml       the decoded text
 * @param url       where it came from
 * @param maxUrls   keep at most this many `<loc>`s (default 10,000)
 * @param truncated the body was cut at the byte limit (then `<loc>`s are recovered with a lenient scan)
 * @returns the fact; kind 'invalid' with `error` when it is not a sitemap; never throws
 */
export function parseSitemap(xml: string, url: string, maxUrls = 10_000, truncated = false): SitemapFact {
  const text = xml.replace(/^\uFEFF/, '');
  const head = text.slice(0, 2000);
  const rootIsIndex = /<(?:\w+:)?sitemapindex[\s>]/i.test(head) || (/<(?:\w+:)?sitemapindex[\s>]/i.test(text.slice(0, 20000)) && !/<(?:\w+:)?urlset[\s>]/i.test(text.slice(0, 20000)));
  const rootIsUrlset = /<(?:\w+:)?urlset[\s>]/i.test(text.slice(0, 20000));
  if (!rootIsIndex && !rootIsUrlset) {
    const what = /<html[\s>]/i.test(head) ? 'an HTML page' : /^\s*</.test(text) ? 'XML without <urlset> or <sitemapindex>' : 'not XML';
    return { url, kind: 'invalid', urls: [], error: `not a sitemap: ${what}` };
  }
  const kind: SitemapFact['kind'] = rootIsIndex ? 'sitemapindex' : 'urlset';
  const lenient = (): SitemapFact['urls'] => {
    const out: SitemapFact['urls'] = [];
    const itemRe = kind === 'sitemapindex' ? /<(?:\w+:)?sitemap\b[\s\S]*?<\/(?:\w+:)?sitemap>/gi : /<(?:\w+:)?url\b[\s\S]*?<\/(?:\w+:)?url>/gi;
    for (const m of text.matchAll(itemRe)) {
      const loc = /<(?:\w+:)?loc>\s*(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?\s*<\/(?:\w+:)?loc>/i.exec(m[0])?.[1]?.trim();
      const lastmod = /<(?:\w+:)?lastmod>\s*([^<]*?)\s*<\/(?:\w+:)?lastmod>/i.exec(m[0])?.[1];
      if (loc) out.push(lastmod ? { loc: decodeXmlEntities(loc), lastmod } : { loc: decodeXmlEntities(loc) });
      if (out.length >= maxUrls) break;
    }
    return out;
  };
  if (truncated) return { url, kind, urls: lenient(), error: 'sitemap cut at the byte limit; URLs recovered up to that point' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const urls = lenient();
    return { url, kind: urls.length ? kind : 'invalid', urls, error: `invalid XML: ${valid.err.msg} (line ${valid.err.line})` };
  }
  try {
    const doc = parser.parse(text) as Record<string, Record<string, unknown>>;
    const rootNode = kind === 'sitemapindex' ? doc.sitemapindex : doc.urlset;
    const items = ((rootNode?.[kind === 'sitemapindex' ? 'sitemap' : 'url'] as unknown[]) ?? []).slice(0, maxUrls);
    const urls: SitemapFact['urls'] = [];
    for (const it of items) {
      const o = it as Record<string, unknown>;
      const loc = asText(o.loc);
      if (!loc) continue;
      const lastmod = asText(o.lastmod);
      urls.push(lastmod ? { loc, lastmod } : { loc });
    }
    return { url, kind, urls };
  } catch (err) {
    return { url, kind: 'invalid', urls: [], error: `unparseable XML: ${(err as Error).message}` };
  }
}

function decodeXmlEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/**
 * Fetch sitemaps starting from `seeds` (robots.txt `Sitemap:` lines and `/sitemap.xml`), following
 * nested indexes breadth-first within the bounds.
 *
 * @returns the facts (one per fetched file, 404s included as 'invalid' with the HTTP status in `error`)
 *          and plain-English notes on the bounds that were hit; never throws
 */
export async function collectSitemaps(client: HttpClient, seeds: string[], options: SitemapOptions = {}): Promise<{ facts: SitemapFact[]; limits: string[] }> {
  const maxFiles = options.maxFiles ?? 10;
  const maxDepth = options.maxDepth ?? 3;
  const maxPerFile = options.maxUrlsPerFile ?? 10_000;
  const maxTotal = options.maxUrlsTotal ?? 20_000;
  const facts: SitemapFact[] = [];
  const limits: string[] = [];
  const seen = new Set<string>();
  let queue: string[] = [...new Set(seeds)];
  let total = 0;
  for (let depth = 1; queue.length && depth <= maxDepth; depth++) {
    const next: string[] = [];
    for (const url of queue) {
      if (seen.has(url)) continue;
      if (options.signal?.aborted) return { facts, limits };
      if (facts.length >= maxFiles) {
        limits.push(`sitemap file limit ${maxFiles} reached; ${queue.length - queue.indexOf(url)} more not fetched`);
        return { facts, limits };
      }
      seen.add(url);
      if (options.allow && !options.allow(url)) {
        facts.push({ url, kind: 'invalid', urls: [], error: 'sitemap on another host or disallowed by robots.txt; not fetched' });
        continue;
      }
      const res = await client.fetch(url, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, signal: options.signal });
      if (res.status < 200 || res.status >= 300) {
        facts.push({ url, kind: 'invalid', urls: [], error: res.status ? `HTTP ${res.status}` : res.error ?? 'no answer' });
        continue;
      }
      let body = res.body;
      let truncated = res.truncated;
      if (body[0] === 0x1f && body[1] === 0x8b) {
        const g = await decompressBounded(body, ['gzip'], options.maxBytes ?? 5 * 1024 * 1024);
        body = g.body;
        truncated = truncated || g.truncated;
      }
      const text = decodeBody(body, res.contentType).text;
      const room = Math.max(0, Math.min(maxPerFile, maxTotal - total));
      const fact = parseSitemap(text, res.finalUrl, room, truncated);
      if (room === 0 && fact.kind === 'urlset') limits.push(`sitemap URL limit ${maxTotal} reached`);
      total += fact.kind === 'urlset' ? fact.urls.length : 0;
      facts.push(fact);
      if (fact.kind === 'sitemapindex') {
        if (depth === maxDepth && fact.urls.length) limits.push(`sitemap index nesting deeper than ${maxDepth} levels not followed (${fact.url})`);
        else for (const u of fact.urls) next.push(u.loc);
      }
    }
    queue = next;
  }
  return { facts, limits };
}
