/** Picks the search back end of a Payload instance's database and the handle to run it on. */
import type { Payload, PayloadRequest } from 'payload';
import { postgresBackend } from './postgres';
import { sqliteBackend } from './sqlite';
import type { Db, SearchBackend } from './types';

/** `sqlite` or `postgres` from the adapter in use. */
export function dialectOf(payload: Payload): 'sqlite' | 'postgres' {
  const name = (payload.db as { name?: string }).name;
  if (name === 'sqlite' || name === 'postgres') return name;
  throw new Error(`search: unsupported database adapter "${name}"`);
}

export const backendOf = (payload: Payload): SearchBackend => (dialectOf(payload) === 'postgres' ? postgresBackend : sqliteBackend);

/**
 * The drizzle handle to run raw SQL on: the request's transaction when there is one (so index writes commit or
 * roll back with the document; on SQLite a second connection would also wait on the first's write lock), else
 * the adapter's own instance. Same lookup as `getTransaction` of `@payloadcms/drizzle`.
 */
export async function dbOf(payload: Payload, req?: Pick<PayloadRequest, 'transactionID'>): Promise<Db> {
  const adapter = payload.db as unknown as { drizzle: Db; sessions?: Record<string | number, { db: Db }> };
  if (req?.transactionID) {
    const id = await req.transactionID;
    const session = adapter.sessions?.[id as string];
    if (session) return session.db;
  }
  return adapter.drizzle;
}
