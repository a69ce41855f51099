/**
 * Registry of legal bases. Every other `.ts` file in this folder default-exports one LegalBasis; they are
 * discovered at load time, so adding a decree is adding a file (and its rules under src/rules/<id>/).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LegalBasis } from './types.js';

export type { LegalBasis } from './types.js';

let cache: Promise<LegalBasis[]> | undefined;

export function loadLegalBases(): Promise<LegalBasis[]> {
  cache ??= (async () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts') && !/^(index|types)\./.test(f))
      .sort();
    const mods = await Promise.all(files.map((f) => import(pathToFileURL(join(dir, f)).href)));
    const bases = mods.map((m, i) => {
      const b = m.default as LegalBasis | undefined;
      if (!b?.id) throw new Error(`legal-bases/${files[i]} has no default LegalBasis export`);
      return b;
    });
    const ids = new Set<string>();
    for (const b of bases) {
      if (ids.has(b.id)) throw new Error(`duplicate legal basis id ${b.id}`);
      ids.add(b.id);
    }
    return bases.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
  })();
  return cache;
}

/** Whether a basis is in force on a date (YYYY-MM-DD). */
export function inForce(b: Pick<LegalBasis, 'effectiveFrom' | 'effectiveTo'>, on: string): boolean {
  return b.effectiveFrom <= on && (!b.effectiveTo || on <= b.effectiveTo);
}

/** All frame names (`--basis` values that select a primary text plus the texts cited beside it). */
export function frameNames(bases: LegalBasis[]): string[] {
  return [...new Set(bases.flatMap((b) => b.frames))].sort();
}

/**
 * Resolve `--basis` values: a frame name ("42/2022") selects the frame's texts; any other value is matched
 * against a basis' short number, full number or id.
 */
export function resolveBasisSelection(bases: LegalBasis[], values: string[]): { bases: LegalBasis[]; frames: string[]; unknown: string[] } {
  const frames = frameNames(bases);
  const out = new Map<string, LegalBasis>();
  const usedFrames: string[] = [];
  const unknown: string[] = [];
  for (const raw of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    const v = raw.replace(/^(nđ|nd|decree|tt|circular|luật|law)\s*/i, '');
    if (frames.includes(v)) {
      usedFrames.push(v);
      for (const b of bases) if (b.frames.includes(v)) out.set(b.id, b);
      continue;
    }
    const b = bases.find((x) => x.short === v || x.number === raw || x.id === raw || x.number.startsWith(v + '/'));
    if (b) out.set(b.id, b);
    else unknown.push(raw);
  }
  return { bases: [...out.values()], frames: usedFrames, unknown };
}
