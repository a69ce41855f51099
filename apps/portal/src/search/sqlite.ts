/**
 * The search index on SQLite (the embedded default): a plain table of entries and an FTS5 table over its folded
 * title and body (external content, kept in sync by triggers), created by the migration
 * `migrations/sqlite/20261129_150000_search.ts`.
 *
 * The tables are named `libsql_search_*` on purpose: Payload's development schema push (drizzle-kit 0.31
 * `pushSQLiteSchema`) treats every table it does not know as one to drop — an FTS5 table and its five shadow
 * tables included — and asks interactively, which hangs a headless start. drizzle-kit's SQLite introspection skips
 * tables named `libsql_*` (`filterIgnoredTablesByField`), so a push neither sees nor drops these
 * (test/integration/search-schema.test.ts proves it). Tokens: FTS5 `unicode61` over text that is already folded
 * and cut into `[letters/digits]+` tokens (see `@cong/vi` `searchText`), so a document number is a phrase.
 *
 * Ranking: rows whose title part matches every query group first, then rows matching the whole query as a
 * phrase, then FTS5 bm25 (title weight 8, body 1), then newest.
 */
import { sql } from '@payloadcms/db-sqlite';
import type { BackendHit, BackendQuery, Db, IndexEntry, SearchBackend } from './types';

type SQL = ReturnType<typeof sql>;

export const ENTRIES = 'libsql_search_entries';
export const FTS = 'libsql_search_fts';

interface SqliteDb {
  run(q: SQL): Promise<unknown>;
  all<T = Record<string, unknown>>(q: SQL): Promise<T[]>;
}
const d = (db: Db) => db as SqliteDb;

/** Rows per INSERT statement in bulk writes (one JSON parameter each). */
const CHUNK = 500;

const COLUMNS = 'collection, doc_id, locale, site_id, title, body, kind, slug, date, title_key, body_key';

/** An FTS5 string literal of tokens (tokens are letters/digits only; quotes doubled anyway). */
const phrase = (tokens: string[]) => `"${tokens.join(' ').replace(/"/g, '""')}"`;

/** FTS5 MATCH expressions for a parsed query (see module comment). */
export function ftsExpressions(groups: string[][]): { all: string; title: string; phrase: string | null } {
  const all = groups.map(phrase).join(' AND ');
  const tokens = groups.flat();
  return { all, title: `{title_key} : (${all})`, phrase: groups.length > 1 ? phrase(tokens) : null };
}

export const sqliteBackend: SearchBackend = {
  async upsert(db, entries) {
    for (let i = 0; i < entries.length; i += CHUNK) {
      const json = JSON.stringify(entries.slice(i, i + CHUNK).map((e) => [e.collection, e.docId, e.locale, e.siteId, e.title, e.body, e.kind, e.slug, e.date, e.titleKey, e.bodyKey]));
      await d(db).run(sql`INSERT INTO ${sql.raw(ENTRIES)} (${sql.raw(COLUMNS)})
        SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8, value->>9, value->>10
        FROM json_each(${json}) WHERE true
        ON CONFLICT (collection, doc_id, locale) DO UPDATE SET
          site_id = excluded.site_id, title = excluded.title, body = excluded.body, kind = excluded.kind, slug = excluded.slug,
          date = excluded.date, title_key = excluded.title_key, body_key = excluded.body_key`);
    }
  },

  async remove(db, key) {
    await d(db).run(
      key.locale
        ? sql`DELETE FROM ${sql.raw(ENTRIES)} WHERE collection = ${key.collection} AND doc_id = ${key.docId} AND locale = ${key.locale}`
        : sql`DELETE FROM ${sql.raw(ENTRIES)} WHERE collection = ${key.collection} AND doc_id = ${key.docId}`,
    );
  },

  async clear(db) {
    await d(db).run(sql`DELETE FROM ${sql.raw(ENTRIES)}`);
  },

  async counts(db) {
    const rows = await d(db).all<{ k: string; n: number }>(sql`SELECT collection || '|' || locale AS k, COUNT(*) AS n FROM ${sql.raw(ENTRIES)} GROUP BY collection, locale`);
    return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
  },

  async ready(db) {
    const rows = await d(db).all(sql`SELECT name FROM sqlite_master WHERE name IN (${ENTRIES}, ${FTS})`);
    return rows.length === 2;
  },

  async query(db, q: BackendQuery) {
    const ex = ftsExpressions(q.parsed.groups);
    const filters: SQL[] = [sql`e.locale = ${q.locale}`];
    if (q.siteIds) filters.push(q.siteIds.length ? sql`e.site_id IN (${sql.join(q.siteIds.map((s) => sql`${s}`), sql`, `)})` : sql`0`);
    if (q.collections) filters.push(q.collections.length ? sql`e.collection IN (${sql.join(q.collections.map((c) => sql`${c}`), sql`, `)})` : sql`0`);
    const phraseHit = ex.phrase ? sql`e.id IN (SELECT rowid FROM ${sql.raw(FTS)} WHERE ${sql.raw(FTS)} MATCH ${ex.phrase})` : sql`1`;
    const rows = await d(db).all<Record<string, unknown>>(sql`
      WITH m AS (SELECT rowid AS id, bm25(${sql.raw(FTS)}, 8.0, 1.0) AS r FROM ${sql.raw(FTS)} WHERE ${sql.raw(FTS)} MATCH ${ex.all})
      SELECT e.collection, e.doc_id, e.site_id, e.title, e.body, e.kind, e.slug, e.date, m.r,
        (e.id IN (SELECT rowid FROM ${sql.raw(FTS)} WHERE ${sql.raw(FTS)} MATCH ${ex.title})) AS title_hit,
        (${phraseHit}) AS phrase_hit,
        COUNT(*) OVER () AS total
      FROM m JOIN ${sql.raw(ENTRIES)} e ON e.id = m.id
      WHERE ${sql.join(filters, sql` AND `)}
      ORDER BY title_hit DESC, phrase_hit DESC, m.r ASC, e.date DESC, e.id ASC
      LIMIT ${q.limit} OFFSET ${q.offset}`);
    const hits: BackendHit[] = rows.map((r) => {
      const score = -Number(r.r);
      return {
        collection: r.collection as BackendHit['collection'],
        docId: String(r.doc_id),
        siteId: String(r.site_id),
        title: String(r.title),
        body: String(r.body),
        kind: (r.kind as string | null) ?? null,
        slug: (r.slug as string | null) ?? null,
        date: (r.date as string | null) ?? null,
        titleHit: Boolean(Number(r.title_hit)),
        phraseHit: Boolean(Number(r.phrase_hit)),
        relevance: score > 0 ? score / (1 + score) : 0,
      };
    });
    const total = rows.length ? Number(rows[0]!.total) : q.offset > 0 ? await countMatches(db, q, ex.all, filters) : 0;
    return { hits, total };
  },
};

/** Total for a page past the end (the window count is on the returned rows only). */
async function countMatches(db: Db, _q: BackendQuery, match: string, filters: SQL[]): Promise<number> {
  const rows = await d(db).all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM ${sql.raw(FTS)} JOIN ${sql.raw(ENTRIES)} e ON e.id = ${sql.raw(FTS)}.rowid
    WHERE ${sql.raw(FTS)} MATCH ${match} AND ${sql.join(filters, sql` AND `)}`);
  return Number(rows[0]?.n ?? 0);
}
