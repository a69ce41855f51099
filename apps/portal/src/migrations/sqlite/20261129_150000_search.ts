/**
 * Site search index (SQLite FTS5): entries table, FTS5 table over folded title/body, sync triggers.
 * Queries in src/search/sqlite.ts (tables named libsql_search_* so Payload's dev push never drops them).
 */
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** DDL of the index; frozen here: a later change is a new migration. */
const SQLITE_DDL = [
  `CREATE TABLE IF NOT EXISTS libsql_search_entries (
    id INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    site_id TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    kind TEXT,
    slug TEXT,
    date TEXT,
    title_key TEXT NOT NULL,
    body_key TEXT NOT NULL,
    UNIQUE (collection, doc_id, locale)
  )`,
  `CREATE INDEX IF NOT EXISTS libsql_search_entries_site_locale ON libsql_search_entries (site_id, locale)`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS libsql_search_fts USING fts5(title_key, body_key, content='libsql_search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`,
  `CREATE TRIGGER IF NOT EXISTS libsql_search_entries_ai AFTER INSERT ON libsql_search_entries BEGIN
    INSERT INTO libsql_search_fts (rowid, title_key, body_key) VALUES (new.id, new.title_key, new.body_key);
  END`,
  `CREATE TRIGGER IF NOT EXISTS libsql_search_entries_ad AFTER DELETE ON libsql_search_entries BEGIN
    INSERT INTO libsql_search_fts (libsql_search_fts, rowid, title_key, body_key) VALUES ('delete', old.id, old.title_key, old.body_key);
  END`,
  `CREATE TRIGGER IF NOT EXISTS libsql_search_entries_au AFTER UPDATE ON libsql_search_entries BEGIN
    INSERT INTO libsql_search_fts (libsql_search_fts, rowid, title_key, body_key) VALUES ('delete', old.id, old.title_key, old.body_key);
    INSERT INTO libsql_search_fts (rowid, title_key, body_key) VALUES (new.id, new.title_key, new.body_key);
  END`,
];

/** Drops the index (the migration's `down`). */
const SQLITE_DROP = [
  `DROP TRIGGER IF EXISTS libsql_search_entries_ai`,
  `DROP TRIGGER IF EXISTS libsql_search_entries_ad`,
  `DROP TRIGGER IF EXISTS libsql_search_entries_au`,
  `DROP TABLE IF EXISTS libsql_search_fts`,
  `DROP TABLE IF EXISTS libsql_search_entries`,
];

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of SQLITE_DDL) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of SQLITE_DROP) await db.run(sql.raw(statement))
}
