/** The whole TypeScript of the portal (and the packages it imports) type-checks under strict mode. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('apps/portal type-checks (tsc --noEmit)', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  let out = '';
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', path.join(root, 'apps/portal/tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    out = String((err as { stdout?: string }).stdout ?? err);
  }
  expect(out).toBe('');
}, 300_000);
