/**
 * Test environment for integration tests: a fresh database per test file, on SQLite (default) or on
 * Postgres when CONG_TEST_DB=postgres (the test script starts a throwaway cluster and exports
 * CONG_TEST_PG_URL). Must be imported before anything that imports the Payload config.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

export const TEST_DIALECT: 'sqlite' | 'postgres' = process.env.CONG_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-test-'));
process.env.PAYLOAD_SECRET ??= crypto.randomBytes(24).toString('hex');
process.env.CONG_DATA_DIR = dir;
process.env.CONG_MIGRATIONS_DIR = path.resolve(import.meta.dirname, `../../src/migrations/${TEST_DIALECT}`);
process.env.NEXT_TELEMETRY_DISABLED = '1';

/** The database URL for this file; for Postgres a new database is created first. */
export async function prepareDatabase(): Promise<string> {
  if (TEST_DIALECT === 'sqlite') {
    process.env.DATABASE_URL = `file:${path.join(dir, 'cong.db')}`;
    return process.env.DATABASE_URL;
  }
  const base = process.env.CONG_TEST_PG_URL;
  if (!base) throw new Error('CONG_TEST_DB=postgres needs CONG_TEST_PG_URL (scripts/test.sh starts a cluster and sets it).');
  const name = `cong_${crypto.randomBytes(6).toString('hex')}`;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return process.env.DATABASE_URL;
}

export const tempDir = dir;
