/**
 * Locates the shared, read-only test data (`CONG_SHARED_DIR`, default `<repo>/../shared`). Tests that need it
 * skip with a message naming the folder that was looked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Absolute path of the shared folder (may not exist). */
export const SHARED_DIR = process.env.CONG_SHARED_DIR ? resolve(process.env.CONG_SHARED_DIR) : resolve(repoRoot, '../shared');

/** Absolute path of the administrative-unit snapshots. */
export const ADMIN_UNITS_DIR = join(SHARED_DIR, 'data', 'admin-units');

/** True when the administrative-unit snapshots are present. */
export const HAS_ADMIN_UNITS = existsSync(ADMIN_UNITS_DIR);

/** Why shared-data tests are skipped (empty when they run). */
export const SKIP_REASON = HAS_ADMIN_UNITS
  ? ''
  : ` (skipped: ${ADMIN_UNITS_DIR} not found; set CONG_SHARED_DIR to the shared folder)`;

/** Reads a file under the admin-units folder. */
export function readAdminUnits(rel: string): string {
  return readFileSync(join(ADMIN_UNITS_DIR, rel), 'utf8');
}

/** Minimal CSV reader for the snapshot files (quoted fields with commas supported, no embedded newlines). */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const header = split(lines[0]!);
  return lines.slice(1).map((l) => {
    const cells = split(l);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}
