/**
 * Database adapter from the environment: Postgres when `DATABASE_URL` starts with `postgres`,
 * otherwise the embedded SQLite file `<data>/cong.db` (or `DATABASE_URL=file:…`).
 * Schema changes go through the committed migrations of each dialect (applied at start-up through
 * `prodMigrations`); `push` is off everywhere so a database is never half pushed, half migrated.
 */
import path from 'node:path';
import fs from 'node:fs';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { dataDir } from './paths';
import { migrations as sqliteMigrations } from './migrations/sqlite';
import { migrations as postgresMigrations } from './migrations/postgres';

export type Dialect = 'sqlite' | 'postgres';

export const dialect = (): Dialect => (/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '') ? 'postgres' : 'sqlite');

export function sqliteUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url?.startsWith('file:')) return url;
  fs.mkdirSync(dataDir(), { recursive: true });
  return `file:${path.join(dataDir(), 'cong.db')}`;
}

export function databaseAdapter() {
  if (dialect() === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: process.env.DATABASE_URL },
      push: false,
      migrationDir: path.resolve(process.env.CONG_MIGRATIONS_DIR ?? 'src/migrations/postgres'),
      prodMigrations: postgresMigrations,
    });
  }
  return sqliteAdapter({
    client: { url: sqliteUrl() },
    // Write-ahead logging: readers never block the writer, one fsync per checkpoint instead of per
    // transaction (provisioning 4,000+ documents went from minutes of disk waits to seconds).
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 10_000,
    // No transactions (the adapter's default): enabling them (`transactionOptions: { behavior: 'immediate' }`)
    // made a deletion by another process invisible to this one for > 10 s in the page-cache test. Until
    // that is understood, multi-document writes on SQLite are not atomic (PostgreSQL's are).
    push: false,
    migrationDir: path.resolve(process.env.CONG_MIGRATIONS_DIR ?? 'src/migrations/sqlite'),
    prodMigrations: sqliteMigrations,
  });
}
