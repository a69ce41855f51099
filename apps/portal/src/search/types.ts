/** Shapes shared by the search index, its two database back ends and the public search page. */
import type { ParsedQuery } from './query';

/** Collections that are searched. */
export const SEARCH_COLLECTIONS = ['posts', 'pages', 'legal-documents'] as const;
export type SearchCollection = (typeof SEARCH_COLLECTIONS)[number];

export const SEARCH_LOCALES = ['vi', 'en'] as const;
export type SearchLocale = (typeof SEARCH_LOCALES)[number];

/**
 * One row of the index: one document in one locale, as an anonymous reader sees it (only published documents
 * are indexed; a locale that is not published has no row).
 */
export interface IndexEntry {
  collection: SearchCollection;
  /** Payload id as text (numbers on SQLite/serial ids, strings elsewhere). */
  docId: string;
  locale: SearchLocale;
  siteId: string;
  /** Title as shown: post/page title; legal document "type number" (number as written, `Ð` kept). */
  title: string;
  /** Plain text as shown in snippets: excerpt/summary then the rich text (legal document: summary, issuer, signer, text). */
  body: string;
  /** Legal document type (Nghị định, Quyết định…); null for posts and pages. */
  kind: string | null;
  /** Post/page slug (URL); null for legal documents (their URL uses the id). */
  slug: string | null;
  /** ISO date shown in results: post publishedAt, legal document issuedOn, page updatedAt. */
  date: string | null;
  /** Search text of the title part: {@link searchText} of the title (legal document: type, number, summary). */
  titleKey: string;
  /** Search text of the rest. */
  bodyKey: string;
}

/** What the back ends are asked. */
export interface BackendQuery {
  parsed: ParsedQuery;
  locale: SearchLocale;
  /** Site ids to search, or null for every site. */
  siteIds: string[] | null;
  collections: SearchCollection[] | null;
  limit: number;
  offset: number;
}

/** A row found by a back end. */
export interface BackendHit {
  collection: SearchCollection;
  docId: string;
  siteId: string;
  title: string;
  body: string;
  kind: string | null;
  slug: string | null;
  date: string | null;
  /** Every query group matched in the title part. */
  titleHit: boolean;
  /** The whole query matched as one phrase (title or body). */
  phraseHit: boolean;
  /** Engine relevance mapped to [0, 1): higher is better. */
  relevance: number;
}

/**
 * The raw database handle a back end runs on: Payload's drizzle instance, or the drizzle transaction of a
 * request (`payload.db.sessions[id].db`) so index writes commit or roll back with the document.
 */
export type Db = unknown;

/** One database dialect's implementation of the index. Every method runs on the given handle. */
export interface SearchBackend {
  /** Inserts or replaces entries (by collection, docId, locale). */
  upsert(db: Db, entries: IndexEntry[]): Promise<void>;
  /** Removes the entries of a document (every locale when `locale` is omitted). */
  remove(db: Db, key: { collection: SearchCollection; docId: string; locale?: SearchLocale }): Promise<void>;
  /** Removes every entry. */
  clear(db: Db): Promise<void>;
  /** Number of entries per `collection|locale`. */
  counts(db: Db): Promise<Record<string, number>>;
  /** True when the index tables exist (the search migration has run). */
  ready(db: Db): Promise<boolean>;
  query(db: Db, q: BackendQuery): Promise<{ hits: BackendHit[]; total: number }>;
}
