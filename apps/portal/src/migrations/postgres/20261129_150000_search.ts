/**
 * Site search index (PostgreSQL full text): schema `search`, table `search.entries` with a stored weighted
 * tsvector and a GIN index. Queries in src/search/postgres.ts (own schema so Payload's dev push never drops it).
 */
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** DDL of the index; frozen here: a later change is a new migration. */
const POSTGRES_DDL = [
  `CREATE SCHEMA IF NOT EXISTS search`,
  `CREATE TABLE IF NOT EXISTS search.entries (
    id bigserial PRIMARY KEY,
    collection text NOT NULL,
    doc_id text NOT NULL,
    locale text NOT NULL,
    site_id text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    kind text,
    slug text,
    date text,
    title_key text NOT NULL,
    body_key text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title_key), 'A') || setweight(to_tsvector('simple', body_key), 'B')) STORED,
    UNIQUE (collection, doc_id, locale)
  )`,
  `CREATE INDEX IF NOT EXISTS entries_tsv_idx ON search.entries USING gin (tsv)`,
  `CREATE INDEX IF NOT EXISTS entries_site_locale_idx ON search.entries (site_id, locale)`,
];

/** Drops the index (the migration's `down`). */
const POSTGRES_DROP = [`DROP SCHEMA IF EXISTS search CASCADE`];

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of POSTGRES_DDL) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of POSTGRES_DROP) await db.execute(sql.raw(statement))
}
