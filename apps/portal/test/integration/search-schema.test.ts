/**
 * The search tables live outside Payload's schema (DESIGN.md Gotchas): prove that Payload's development schema
 * push and its migrations leave them and their rows alone, on SQLite (FTS5, tables `libsql_search_*`) and on
 * Postgres (schema `search`). Control: an ordinary unknown table *is* offered for dropping by the same push, so
 * the check can fail. Also: the search migration's down/up empties the index and the start-up check rebuilds it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { sql } from '@payloadcms/db-sqlite';
import { pushDevSchema } from '@payloadcms/drizzle';
import { testPayload } from '../helpers/payload';
import { TEST_DIALECT } from '../helpers/env';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite';
import { migrations as postgresMigrations } from '../../src/migrations/postgres';
import { ensureSearchIndex, searchContent } from '../../src/search';
import { backendOf, dbOf } from '../../src/search/backend';

let payload: Payload;
const migrations = (TEST_DIALECT === 'postgres' ? postgresMigrations : sqliteMigrations) as never;
const found = async (q: string) => (await searchContent(payload, { q, locale: 'vi', siteId: 'all' })).hits.map((h) => h.title);

/** Runs raw SQL on the adapter (both dialects). */
async function raw(statement: string): Promise<void> {
  const db = (await dbOf(payload)) as { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> };
  await (TEST_DIALECT === 'postgres' ? db.execute!(sql.raw(statement)) : db.run!(sql.raw(statement)));
}

/** What Payload's dev push would do now: drizzle-kit's push diff, as `pushDevSchema` computes it. */
async function pushPlan(): Promise<{ statements: string[]; hasDataLoss: boolean; warnings: string[] }> {
  const a = payload.db as any;
  const { pushSchema } = a.requireDrizzleKit();
  const r = await pushSchema(a.schema, a.drizzle, a.schemaName ? [a.schemaName] : undefined, a.tablesFilter, undefined);
  return { statements: r.statementsToExecute ?? [], hasDataLoss: Boolean(r.hasDataLoss), warnings: r.warnings ?? [] };
}

beforeAll(async () => {
  payload = await testPayload();
  const site = (await payload.create({ collection: 'sites', data: { key: 'xa', name: 'Xã thử', level: 'commune', siteType: 'internal', governingAgency: 'UBND xã', slug: 'xa-thu', hosted: true, status: 'active' } as never })).id;
  await payload.create({ collection: 'posts', locale: 'vi', data: { site, title: 'Cơ cấu tổ chức bộ máy', _status: 'published' } as never });
  await payload.create({ collection: 'legal-documents', locale: 'vi', data: { site, documentNumber: '13/2018/NĐ-CP', type: 'Nghị định', kind: 'normative', issuer: 'Chính phủ', issuedOn: '2018-01-23T00:00:00.000Z', summary: 'Quy định chi tiết Luật tiếp cận thông tin', _status: 'published' } as never });
}, 600_000);

describe('search tables and Payload schema management', () => {
  it('has an index with rows to protect', async () => {
    expect(await found('co cau to chuc')).toEqual(['Cơ cấu tổ chức bộ máy']);
    const counts = await backendOf(payload).counts(await dbOf(payload));
    expect(counts['posts|vi']).toBe(1);
    expect(counts['legal-documents|vi']).toBe(1);
  });

  it('running the migrations again keeps the index and its rows', async () => {
    await payload.db.migrate({ migrations });
    expect(await found('co cau to chuc')).toEqual(['Cơ cấu tổ chức bộ máy']);
    expect(await found('13/2018/ND-CP')).toEqual(['Nghị định 13/2018/NĐ-CP']);
  });

  it('after the search migration down and up the index is empty, and the start-up check rebuilds it', async () => {
    const search = (migrations as { name: string; up: Function; down: Function }[]).find((m) => m.name.endsWith('_search'))!;
    const db = await dbOf(payload);
    await search.down({ db, payload, req: {} as never });
    expect(await backendOf(payload).ready(db)).toBe(false);
    expect(await ensureSearchIndex(payload)).toEqual({ status: 'missing-tables' });
    await search.up({ db, payload, req: {} as never });
    expect(await found('co cau to chuc')).toEqual([]);
    const r = await ensureSearchIndex(payload);
    expect(r.status).toBe('rebuilt');
    expect(r.entries).toBe(2);
    expect(await found('co cau to chuc')).toEqual(['Cơ cấu tổ chức bộ máy']);
  });
  it('control: the push offers to drop an unknown ordinary table (so the next check can fail)', async () => {
    await raw('CREATE TABLE search_probe (id integer)');
    const plan = await pushPlan();
    expect(plan.statements.join('\n')).toMatch(/search_probe/);
    await raw('DROP TABLE search_probe');
  });

  it('the dev schema push neither drops nor touches the search tables, and a push-mode start keeps their rows', async () => {
    const plan = await pushPlan();
    console.log(`push plan on a migrated ${TEST_DIALECT} database: ${plan.statements.length} statements, data loss: ${plan.hasDataLoss}`);
    expect(plan.statements.filter((s) => /search/i.test(s))).toEqual([]);
    expect(plan.warnings.filter((s) => /search/i.test(s))).toEqual([]);
    expect(plan.hasDataLoss).toBe(false);
    // What `push: true` runs at start (no prompt: nothing to warn about).
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true';
    try {
      await pushDevSchema(payload.db as never);
    } finally {
      delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH;
    }
    expect(await found('co cau to chuc')).toEqual(['Cơ cấu tổ chức bộ máy']);
    expect(await found('13/2018/ND-CP')).toEqual(['Nghị định 13/2018/NĐ-CP']);
  });

});
