/**
 * The search index on PostgreSQL (production): table `search.entries` in its own schema with a stored
 * `tsvector` (folded title part weight A, body weight B, `simple` configuration: no stemming, no stop words —
 * the text is already folded and cut into tokens by `@cong/vi` `searchText`) and a GIN index; created by the
 * migration `migrations/postgres/20261129_150000_search.ts`.
 *
 * Own schema on purpose: Payload's development schema push (drizzle-kit `pushSchema`) only introspects the
 * `public` schema, so it neither sees nor drops these tables (test/integration/search-schema.test.ts).
 * A query is a `tsquery` of its groups (`13 <-> 2018 <-> nd <-> cp` for a document number, `&` between groups);
 * ranking as on SQLite: title-part hits (`:A`) first, then whole-query phrase hits, then `ts_rank`, then newest.
 */
import { sql } from '@payloadcms/db-postgres';
import type { BackendHit, BackendQuery, Db, SearchBackend } from './types';

type SQL = ReturnType<typeof sql>;

export const SCHEMA = 'search';
export const ENTRIES = `${SCHEMA}.entries`;

interface PgDb {
  execute<T = Record<string, unknown>>(q: SQL): Promise<{ rows: T[] }>;
}
const d = (db: Db) => db as PgDb;

const CHUNK = 500;

/** `tsquery` texts for a parsed query; `weight` restricts every lexeme to the title part. */
export function tsqueries(groups: string[][]): { all: string; title: string; phrase: string | null } {
  const build = (suffix: string) => groups.map((g) => `(${g.map((t) => `${t}${suffix}`).join(' <-> ')})`).join(' & ');
  const tokens = groups.flat();
  return { all: build(''), title: build(':A'), phrase: groups.length > 1 ? tokens.join(' <-> ') : null };
}

export const postgresBackend: SearchBackend = {
  async upsert(db, entries) {
    for (let i = 0; i < entries.length; i += CHUNK) {
      const json = JSON.stringify(
        entries.slice(i, i + CHUNK).map((e) => ({ collection: e.collection, doc_id: e.docId, locale: e.locale, site_id: e.siteId, title: e.title, body: e.body, kind: e.kind, slug: e.slug, date: e.date, title_key: e.titleKey, body_key: e.bodyKey })),
      );
      await d(db).execute(sql`INSERT INTO ${sql.raw(ENTRIES)} (collection, doc_id, locale, site_id, title, body, kind, slug, date, title_key, body_key)
        SELECT * FROM json_to_recordset(${json}::json) AS x(collection text, doc_id text, locale text, site_id text, title text, body text, kind text, slug text, date text, title_key text, body_key text)
        ON CONFLICT (collection, doc_id, locale) DO UPDATE SET
          site_id = excluded.site_id, title = excluded.title, body = excluded.body, kind = excluded.kind, slug = excluded.slug,
          date = excluded.date, title_key = excluded.title_key, body_key = excluded.body_key`);
    }
  },

  async remove(db, key) {
    await d(db).execute(
      key.locale
        ? sql`DELETE FROM ${sql.raw(ENTRIES)} WHERE collection = ${key.collection} AND doc_id = ${key.docId} AND locale = ${key.locale}`
        : sql`DELETE FROM ${sql.raw(ENTRIES)} WHERE collection = ${key.collection} AND doc_id = ${key.docId}`,
    );
  },

  async clear(db) {
    await d(db).execute(sql`DELETE FROM ${sql.raw(ENTRIES)}`);
  },

  async counts(db) {
    const { rows } = await d(db).execute<{ k: string; n: string }>(sql`SELECT collection || '|' || locale AS k, COUNT(*) AS n FROM ${sql.raw(ENTRIES)} GROUP BY collection, locale`);
    return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
  },

  async ready(db) {
    const { rows } = await d(db).execute<{ t: string | null }>(sql`SELECT to_regclass(${ENTRIES})::text AS t`);
    return Boolean(rows[0]?.t);
  },

  async query(db, q: BackendQuery) {
    const tq = tsqueries(q.parsed.groups);
    const filters: SQL[] = [sql`e.locale = ${q.locale}`, sql`e.tsv @@ to_tsquery('simple', ${tq.all})`];
    if (q.siteIds) filters.push(q.siteIds.length ? sql`e.site_id IN (${sql.join(q.siteIds.map((s) => sql`${s}`), sql`, `)})` : sql`false`);
    if (q.collections) filters.push(q.collections.length ? sql`e.collection IN (${sql.join(q.collections.map((c) => sql`${c}`), sql`, `)})` : sql`false`);
    const phraseHit = tq.phrase ? sql`(e.tsv @@ to_tsquery('simple', ${tq.phrase}))` : sql`true`;
    const { rows } = await d(db).execute<Record<string, unknown>>(sql`
      SELECT e.collection, e.doc_id, e.site_id, e.title, e.body, e.kind, e.slug, e.date,
        ts_rank(e.tsv, to_tsquery('simple', ${tq.all})) AS r,
        (e.tsv @@ to_tsquery('simple', ${tq.title})) AS title_hit,
        ${phraseHit} AS phrase_hit,
        COUNT(*) OVER () AS total
      FROM ${sql.raw(ENTRIES)} e
      WHERE ${sql.join(filters, sql` AND `)}
      ORDER BY title_hit DESC, phrase_hit DESC, r DESC, e.date DESC NULLS LAST, e.id ASC
      LIMIT ${q.limit} OFFSET ${q.offset}`);
    const hits: BackendHit[] = rows.map((r) => {
      const rank = Number(r.r);
      return {
        collection: r.collection as BackendHit['collection'],
        docId: String(r.doc_id),
        siteId: String(r.site_id),
        title: String(r.title),
        body: String(r.body),
        kind: (r.kind as string | null) ?? null,
        slug: (r.slug as string | null) ?? null,
        date: (r.date as string | null) ?? null,
        titleHit: r.title_hit === true,
        phraseHit: r.phrase_hit === true,
        relevance: rank > 0 ? rank / (1 + rank) : 0,
      };
    });
    let total = rows.length ? Number(rows[0]!.total) : 0;
    if (!rows.length && q.offset > 0) {
      const c = await d(db).execute<{ n: string }>(sql`SELECT COUNT(*) AS n FROM ${sql.raw(ENTRIES)} e WHERE ${sql.join(filters, sql` AND `)}`);
      total = Number(c.rows[0]?.n ?? 0);
    }
    return { hits, total };
  },
};
