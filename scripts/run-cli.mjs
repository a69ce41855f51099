// Runs a bundled portal CLI (apps/portal/dist/cli/NAME.mjs) with its arguments, stdio inherited.
// A guard kept from the Node 20 loader deadlock (see build-cli.mjs): a run that ends with code 13
// (nothing done) is started again; the scripts are idempotent. Should not happen with the full
// bundle. At most 5 attempts; any other exit code is passed through.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node scripts/run-cli.mjs <provision|demo|import-legal-docs> [args…]');
  process.exit(2);
}
// Like npm start, read the secret that the first start wrote into <data>/.env when none is set.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const envFile = path.join(process.env.CONG_DATA_DIR ?? path.join(root, 'data'), '.env');
if (!process.env.PAYLOAD_SECRET && fs.existsSync(envFile)) {
  for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2];
  }
}
const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/portal/dist/cli', `${name}.mjs`);
for (let attempt = 1; ; attempt++) {
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  const code = r.status ?? 1;
  if (code !== 13 || attempt === 5) process.exit(code);
  console.error(`[cong] ${name}: start-up did not settle (exit 13, Node 20 module loading); retrying (${attempt}/4)`);
}
