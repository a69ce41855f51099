/**
 * Site search over posts, pages and legal documents (DESIGN.md §6): one interface, two engines — SQLite FTS5 on
 * the embedded default (`sqlite.ts`), PostgreSQL full text in production (`postgres.ts`).
 *
 * Users type with or without tone marks, with `Ð` for `Đ`, with any dash or slash: the index holds folded text
 * beside the original (`@cong/vi` `searchText`: NFC → look-alikes fixed → marks removed → `đ→d` → lower case →
 * tokens of letters/digits) and the query is folded the same way (`query.ts`). Only what an anonymous reader can
 * read is indexed, per locale (`indexing.ts`), so drafts — of any site, in any locale — never appear.
 */
import type { Payload } from 'payload';
import { sitePath } from '../site/paths';
import { backendOf, dbOf } from './backend';
import { parseQuery } from './query';
import { makeSnippet, type SnippetPart } from './snippet';
import type { SearchCollection, SearchLocale } from './types';

export { reindexAll, ensureSearchIndex, syncDocument, indexDocuments, indexingStats } from './indexing';
export { parseQuery } from './query';
export type { SnippetPart } from './snippet';
export { SEARCH_COLLECTIONS, type SearchCollection, type SearchLocale } from './types';

export interface SearchOptions {
  /** What the user typed (at most 200 characters are read). */
  q: string;
  locale: SearchLocale;
  /** One site's id, or `'all'` for every site (portal-wide). */
  siteId: number | string | 'all';
  /** Restrict to some collections (default: all three). */
  collections?: SearchCollection[];
  /** Hits per page, 1–50 (default 10). */
  limit?: number;
  /** 1-based page (default 1). */
  page?: number;
}

/** The site a hit belongs to, enough to build its URL and show its name. */
export interface HitSite {
  id: string;
  name: string;
  slug: string;
  level: string;
}

export interface SearchHit {
  collection: SearchCollection;
  id: string;
  siteId: string;
  /** The hit's site (hits of a site an anonymous reader cannot read are dropped). */
  site: HitSite;
  title: string;
  /** Legal-document type (Nghị định…), else null. */
  kind: string | null;
  /** ISO date: post publication, legal-document issue, page update. */
  date: string | null;
  /** Text around the match with matched words marked; diacritics as written. */
  snippet: SnippetPart[];
  /** Title with matched words marked. */
  titleParts: SnippetPart[];
  /** Path segments after the site prefix: `['tin-tuc', slug]`, `[slug]`, `['van-ban', id]`. */
  segments: string[];
  /** Public URL (site prefix and `/en` included). */
  url: string;
  /** Higher is better: 2 × title hit + 1 × phrase hit + engine relevance in [0, 1). Comparable within one search. */
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matching entries over all pages. */
  total: number;
  page: number;
  totalPages: number;
  /** The folded tokens searched for (empty: nothing searchable in `q`). */
  tokens: string[];
}

const segmentsOf = (collection: SearchCollection, id: string, slug: string | null): string[] =>
  collection === 'posts' ? ['tin-tuc', slug ?? id] : collection === 'pages' ? [slug ?? id] : ['van-ban', id];

/**
 * Searches published posts, pages and legal documents of one site or of all sites, in one locale.
 *
 * Every query group must match (words; quoted phrases and document numbers as phrases). Order: hits whose title
 * (legal documents: type, number, summary) matches every group, then hits matching the whole query as a phrase,
 * then engine relevance (FTS5 bm25 / Postgres ts_rank), then newest.
 *
 * @returns one page of hits with snippets and URLs, and the total; `{ hits: [], total: 0 }` for a query with no
 *   letters or digits
 * @throws when the search tables are missing (migrations not run)
 */
export async function searchContent(payload: Payload, o: SearchOptions): Promise<SearchResult> {
  const parsed = parseQuery(o.q);
  const limit = Math.min(50, Math.max(1, Math.floor(o.limit ?? 10)));
  const page = Math.max(1, Math.floor(o.page ?? 1));
  if (!parsed.groups.length) return { hits: [], total: 0, page, totalPages: 0, tokens: [] };
  const { hits, total } = await backendOf(payload).query(await dbOf(payload), {
    parsed,
    locale: o.locale,
    siteIds: o.siteId === 'all' ? null : [String(o.siteId)],
    collections: o.collections ?? null,
    limit,
    offset: (page - 1) * limit,
  });
  const siteIds = [...new Set(hits.map((h) => h.siteId))];
  const sites = siteIds.length
    ? await payload.find({ collection: 'sites', where: { id: { in: siteIds } }, locale: o.locale, depth: 0, pagination: false, overrideAccess: false, user: null, select: { name: true, slug: true, level: true } as never })
    : { docs: [] };
  const byId = new Map(sites.docs.map((s: any) => [String(s.id), { id: String(s.id), name: String(s.name ?? ''), slug: String(s.slug ?? ''), level: String(s.level ?? '') }]));
  const out: SearchHit[] = [];
  for (const h of hits) {
    const site = byId.get(h.siteId);
    if (!site) continue;
    const segments = segmentsOf(h.collection, h.docId, h.slug);
    out.push({
      collection: h.collection,
      id: h.docId,
      siteId: h.siteId,
      site,
      title: h.title,
      kind: h.kind,
      date: h.date,
      snippet: makeSnippet(h.body, parsed.tokens),
      titleParts: makeSnippet(h.title, parsed.tokens, 1000),
      segments,
      url: `${sitePath(site, o.locale)}${segments.map(encodeURIComponent).join('/')}`,
      score: (h.titleHit ? 2 : 0) + (h.phraseHit ? 1 : 0) + h.relevance,
    });
  }
  return { hits: out, total, page, totalPages: Math.ceil(total / limit), tokens: parsed.tokens };
}
