/**
 * Keeping the search index in step with the content.
 *
 * - {@link syncDocument}: after a post, page or legal document is written, reads it back per locale as an
 *   anonymous reader sees it (published in that locale, `fallbackLocale: false`) and writes or removes its entry
 *   in that locale. A draft save leaves the live version and its entry alone; an unpublish
 *   removes it; a locale published on its own gets its own entry. Runs in the request's transaction.
 * - {@link indexDocuments}: the same for many documents at once (bulk imports and provisioning skip the hook
 *   with `context: { skipSearchIndex: true }` and call this or {@link ensureSearchIndex} afterwards).
 * - {@link reindexAll}: rebuilds the whole index in one transaction (bulk reads `bulkRead.ts`, inserts of 500 rows).
 * - {@link ensureSearchIndex}: at start-up, rebuilds when the index is empty or its counts differ from the
 *   published documents (a database from before the search migration, or a bulk write with hooks skipped).
 */
import type { Payload, PayloadRequest } from 'payload';
import { searchText } from '@cong/vi';
import { plainText } from '../lib/lexical';
import { backendOf, dbOf } from './backend';
import { countPublished, readPublished } from './bulkRead';
import { SEARCH_COLLECTIONS, SEARCH_LOCALES, type IndexEntry, type SearchCollection, type SearchLocale } from './types';

type Doc = Record<string, any> & { id: number | string };

/** Fields read for indexing, per collection (a narrow `select` keeps bulk reads fast). */
const SELECT: Record<SearchCollection, Record<string, true>> = {
  posts: { title: true, slug: true, excerpt: true, content: true, site: true, publishedAt: true, updatedAt: true },
  pages: { title: true, slug: true, summary: true, content: true, site: true, updatedAt: true },
  'legal-documents': { documentNumber: true, documentNumberKey: true, type: true, summary: true, issuer: true, signer: true, field: true, text: true, site: true, issuedOn: true },
};

const idOf = (v: unknown): string => String(v && typeof v === 'object' ? (v as { id: unknown }).id : v);
const join = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' && p.trim() !== '').join('\n');

/**
 * The index entry of a document as read in `locale`, or null when it has nothing to show (no title).
 * Legal documents: the title shown is "type number" (number as written); the searched title part also holds
 * the number's matching key and the summary (trích yếu, the headline of a document in every list).
 */
export function entryOf(collection: SearchCollection, doc: Doc, locale: SearchLocale): IndexEntry | null {
  const base = { collection, docId: String(doc.id), locale, siteId: idOf(doc.site) };
  if (collection === 'legal-documents') {
    const title = join(doc.type, doc.documentNumber).replace(/\n/g, ' ');
    if (!title) return null;
    const rest = join(doc.issuer, doc.signer, doc.field, plainText(doc.text));
    return {
      ...base,
      title,
      body: join(doc.summary, rest),
      kind: doc.type ?? null,
      slug: null,
      date: doc.issuedOn ?? null,
      titleKey: searchText(join(doc.type, doc.documentNumber, doc.documentNumberKey, doc.summary)),
      bodyKey: searchText(rest),
    };
  }
  if (typeof doc.title !== 'string' || doc.title.trim() === '') return null;
  const body = join(collection === 'posts' ? doc.excerpt : doc.summary, plainText(doc.content));
  return {
    ...base,
    title: doc.title,
    body,
    kind: null,
    slug: doc.slug ?? null,
    date: (collection === 'posts' ? doc.publishedAt : doc.updatedAt) ?? doc.updatedAt ?? null,
    titleKey: searchText(doc.title),
    bodyKey: searchText(body),
  };
}

const PUBLISHED = { _status: { equals: 'published' } } as const;
const anon = { overrideAccess: false, user: null, fallbackLocale: false as const, depth: 0 } as const;

/**
 * Re-reads document `id` of `collection` per locale — only if published in that locale (the rule the anonymous
 * read access applies), without locale fallback — and updates its index entries in the request's transaction.
 * (With a request, Payload keeps the request's user for access; the explicit `_status` filter makes the result
 * the same as an anonymous read.) No-op while the index tables do not exist (before the search migration).
 */
export async function syncDocument(payload: Payload, collection: SearchCollection, id: number | string, req?: PayloadRequest): Promise<void> {
  const t0 = performance.now();
  try {
    await sync(payload, collection, id, req);
  } finally {
    stats.documents++;
    stats.ms += performance.now() - t0;
  }
}

/** Time spent keeping the index in step in this process (for the CLIs' reports). */
const stats = { documents: 0, ms: 0, batchEntries: 0, batchMs: 0 };

/**
 * Work done on the index in this process: documents synced one by one by the hooks (`documents`, `ms`) and
 * entries written by batches — `indexDocuments`, `reindexAll` (`batchEntries`, `batchMs`). Times in ms.
 */
export const indexingStats = () => ({ documents: stats.documents, ms: Math.round(stats.ms), batchEntries: stats.batchEntries, batchMs: Math.round(stats.batchMs) });

function countBatch(entries: number, t0: number): { entries: number; ms: number } {
  const ms = performance.now() - t0;
  stats.batchEntries += entries;
  stats.batchMs += ms;
  return { entries, ms: Math.round(ms) };
}

async function sync(payload: Payload, collection: SearchCollection, id: number | string, req?: PayloadRequest): Promise<void> {
  const backend = backendOf(payload);
  const db = await dbOf(payload, req);
  if (!(await isReady(payload, db))) return;
  const upserts: IndexEntry[] = [];
  for (const locale of SEARCH_LOCALES) {
    const res = await payload.find({ collection, where: { and: [{ id: { equals: id } }, PUBLISHED] }, locale, limit: 1, pagination: false, select: SELECT[collection] as never, req, ...anon });
    const entry = res.docs[0] ? entryOf(collection, res.docs[0] as Doc, locale) : null;
    if (entry) upserts.push(entry);
    else await backend.remove(db, { collection, docId: String(id), locale });
  }
  if (upserts.length) await backend.upsert(db, upserts);
}

/** Removes every entry of a document (after delete). */
export async function removeDocument(payload: Payload, collection: SearchCollection, id: number | string, req?: PayloadRequest): Promise<void> {
  const db = await dbOf(payload, req);
  if (!(await isReady(payload, db))) return;
  await backendOf(payload).remove(db, { collection, docId: String(id) });
}

const readyFor = new WeakSet<object>();
async function isReady(payload: Payload, db: unknown): Promise<boolean> {
  if (readyFor.has(payload)) return true;
  const ok = await backendOf(payload).ready(db);
  if (ok) readyFor.add(payload);
  return ok;
}

/**
 * Indexes many documents of one collection at once (bulk writers that passed `context: { skipSearchIndex: true }`):
 * reads them per locale as an anonymous reader, 500 ids per query, and writes their entries in one transaction;
 * a document not published in a locale loses its entry there.
 *
 * @returns number of entries written and the time taken (ms); `entries: 0` when the index tables are missing
 */
export async function indexDocuments(payload: Payload, collection: SearchCollection, ids: (number | string)[]): Promise<{ entries: number; ms: number }> {
  const t0 = performance.now();
  const backend = backendOf(payload);
  const base = await dbOf(payload);
  if (!ids.length || !(await backend.ready(base))) return { entries: 0, ms: 0 };
  const entries: IndexEntry[] = [];
  const absent: Array<{ id: string; locale: SearchLocale }> = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const locale of SEARCH_LOCALES) {
      const docs = await readPublished(payload, base, collection, locale, chunk);
      const seen = new Set<string>();
      for (const doc of docs) {
        const e = entryOf(collection, doc as Doc, locale);
        if (e) {
          entries.push(e);
          seen.add(e.docId);
        }
      }
      for (const id of chunk) if (!seen.has(String(id))) absent.push({ id: String(id), locale });
    }
  }
  await (base as Transactional).transaction(async (tx) => {
    for (const a of absent) await backend.remove(tx, { collection, docId: a.id, locale: a.locale });
    await backend.upsert(tx, entries);
  });
  return countBatch(entries.length, t0);
}

type Transactional = { transaction<T>(fn: (tx: unknown) => Promise<T>): Promise<T> };

/** Every published (collection, locale) document as index entries (see `bulkRead.ts`). */
async function allEntries(payload: Payload): Promise<IndexEntry[]> {
  const out: IndexEntry[] = [];
  const db = await dbOf(payload);
  for (const collection of SEARCH_COLLECTIONS) {
    for (const locale of SEARCH_LOCALES) {
      for (const doc of await readPublished(payload, db, collection, locale)) {
        const e = entryOf(collection, doc as Doc, locale);
        if (e) out.push(e);
      }
    }
  }
  return out;
}

/**
 * Rebuilds the whole index in one transaction (bulk inserts of 500 rows per statement).
 *
 * @returns number of entries written and the time taken (ms)
 * @throws when the index tables do not exist (run the migrations first)
 */
export async function reindexAll(payload: Payload): Promise<{ entries: number; ms: number }> {
  const t0 = performance.now();
  const backend = backendOf(payload);
  if (!(await backend.ready(await dbOf(payload)))) throw new Error('search index tables are missing: run the migrations first');
  const entries = await allEntries(payload);
  // One database transaction of drizzle's own (the SQLite adapter runs Payload's transactions as no-ops), so
  // readers see the old index or the new one, never an empty one.
  await ((await dbOf(payload)) as Transactional).transaction(async (tx) => {
    await backend.clear(tx);
    await backend.upsert(tx, entries);
  });
  return countBatch(entries.length, t0);
}

/**
 * Rebuilds the index when it is out of step: its entry count per collection and locale differs from the number
 * of published documents (a database from before the search migration, a bulk write that skipped the hooks).
 * Skips when the tables are missing.
 *
 * @returns what was done: `'missing-tables' | 'in-step' | 'rebuilt'`, with the rebuild figures
 */
export async function ensureSearchIndex(payload: Payload): Promise<{ status: 'missing-tables' | 'in-step' | 'rebuilt'; entries?: number; ms?: number }> {
  const backend = backendOf(payload);
  const db = await dbOf(payload);
  if (!(await backend.ready(db))) return { status: 'missing-tables' };
  const [have, want] = await Promise.all([backend.counts(db), countPublished(payload, db)]);
  const inStep = Object.entries(want).every(([k, n]) => (have[k] ?? 0) === n) && Object.keys(have).every((k) => k in want);
  if (inStep) return { status: 'in-step' };
  const r = await reindexAll(payload);
  return { status: 'rebuilt', ...r };
}
