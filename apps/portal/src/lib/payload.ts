/**
 * The Payload instance for scripts and tests, with the committed migrations of the active dialect
 * applied. (Payload applies `prodMigrations` itself only when NODE_ENV=production; scripts and
 * tests run in other modes, so they apply the same list here. Never `push`.)
 */
import { getPayload, type Payload } from 'payload';
import { dialect } from '../db';
import { migrations as sqliteMigrations } from '../migrations/sqlite';
import { migrations as postgresMigrations } from '../migrations/postgres';

let ready: Promise<Payload> | undefined;

export function getCongPayload(): Promise<Payload> {
  ready ??= init();
  return ready;
}

async function init(): Promise<Payload> {
  const { default: config } = await import('../payload.config');
  const payload = await getPayload({ config });
  if (process.env.NODE_ENV !== 'production') {
    await payload.db.migrate({ migrations: (dialect() === 'postgres' ? postgresMigrations : sqliteMigrations) as never });
  }
  return payload;
}
