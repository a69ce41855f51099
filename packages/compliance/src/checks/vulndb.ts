/**
 * The retire.js vulnerability database (jsrepository-v5.json) — how it ships.
 *
 * The `retire` npm package ships no database (it downloads one at run time); this scanner never downloads during
 * a scan. It reads a local file, looked up in this order:
 *
 *   1. `--vuln-db FILE` (CLI option);
 *   2. `$CONG_VULN_DB`;
 *   3. the cache: `$XDG_CACHE_HOME/cong-scan/retire-jsrepository-v5.json` (default `~/.cache/cong-scan/…`),
 *      filled by `cong-scan update-vuln-db` (downloads where a network exists, or copies `--from FILE`);
 *   4. `$CONG_SHARED_DIR/data/vuln-db/retire-jsrepository-v5.json` (the project's shared test data, when set).
 *
 * Without a database the version policy (libraries.ts) still runs and findings say the DB was not consulted.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { VulnDb } from '../rules/types.js';
import { retire } from './libraries.js';

export const VULN_DB_FILE = 'retire-jsrepository-v5.json';
export const VULN_DB_URL = 'https://raw.githubusercontent.com/RetireJS/retire.js/master/repository/jsrepository-v5.json';

export function cacheVulnDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'cong-scan', VULN_DB_FILE);
}

/** Candidate paths in lookup order (see the file header). */
export function vulnDbCandidates(explicit?: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const c: string[] = [];
  if (explicit) return [explicit];
  if (env.CONG_VULN_DB) c.push(env.CONG_VULN_DB);
  c.push(cacheVulnDbPath(env));
  if (env.CONG_SHARED_DIR) c.push(join(env.CONG_SHARED_DIR, 'data', 'vuln-db', VULN_DB_FILE));
  return c;
}

/** Parse a jsrepository text (version placeholders expanded, as retire does). */
export function parseVulnDb(text: string): VulnDb {
  const db = JSON.parse(retire.replaceVersion(text)) as VulnDb;
  if (!db || typeof db !== 'object' || !db.jquery) throw new Error('not a retire.js jsrepository file');
  return db;
}

export interface LoadedVulnDb {
  db?: VulnDb;
  path?: string;
  tried: string[];
  error?: string;
}

export function loadVulnDb(explicit?: string, env: NodeJS.ProcessEnv = process.env): LoadedVulnDb {
  const tried = vulnDbCandidates(explicit, env);
  for (const p of tried) {
    if (!existsSync(p)) continue;
    try {
      return { db: parseVulnDb(readFileSync(p, 'utf8')), path: p, tried };
    } catch (e) {
      return { path: p, tried, error: `${p}: ${(e as Error).message}` };
    }
  }
  return { tried, error: explicit ? `${explicit}: not found` : undefined };
}

/** `cong-scan update-vuln-db`: copy from a file, or download from the retire.js repository (explicit command only). */
export async function updateVulnDb(opts: { from?: string; out?: string }): Promise<{ path: string; libraries: number; source: string }> {
  const out = opts.out ?? cacheVulnDbPath();
  let text: string;
  let source: string;
  if (opts.from && !/^https?:\/\//.test(opts.from)) {
    text = readFileSync(opts.from, 'utf8');
    source = opts.from;
  } else {
    source = opts.from ?? VULN_DB_URL;
    const res = await fetch(source);
    if (!res.ok) throw new Error(`GET ${source}: HTTP ${res.status}`);
    text = await res.text();
  }
  const db = parseVulnDb(text);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  return { path: out, libraries: Object.keys(db).length, source };
}
