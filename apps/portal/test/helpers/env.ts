/**
 * Test environment for integration tests: a fresh database per test file, on SQLite (default) or on
 * Postgres when CONG_TEST_DB=postgres (the test script starts a throwaway cluster and exports
 * CONG_TEST_PG_URL). Must be imported before anything that imports the Payload config.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

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

/**
 * Environment for child processes (the CLIs) started by tests: this file's database settings,
 * without vitest's markers (Payload switches its dynamic-import strategy on VITEST, which a CLI
 * under tsx must not inherit).
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (/^VITEST|^TEST$/.test(k)) delete env[k];
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env as NodeJS.ProcessEnv;
}

/**
 * Node arguments that run a bundled command-line script (apps/portal/dist/cli/NAME.mjs) through
 * scripts/run-cli.mjs, built first when missing or older than the sources (see scripts/build-cli.mjs).
 */
export function cliArgs(name: 'provision' | 'demo' | 'import-legal-docs'): string[] {
  const root = path.resolve(import.meta.dirname, '../../../..');
  const out = path.join(root, 'apps/portal/dist/cli', `${name}.mjs`);
  const built = fs.existsSync(out) ? fs.statSync(out).mtimeMs : 0;
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs), 0);
  if (built < Math.max(newest(path.join(root, 'apps/portal/src')), newest(path.join(root, 'packages/vi/src')))) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'pipe' });
  }
  return [path.join(root, 'scripts/run-cli.mjs'), name];
}
