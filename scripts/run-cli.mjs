// Runs a bundled portal CLI (apps/portal/dist/cli/NAME.mjs) with its arguments, stdio inherited.
// Under Node 20, loading Payload's config sometimes leaves a top-level await unsettled and the
// process exits with code 13 having done nothing (seen 1 run in 3 with output to a file or pipe;
// the Payload CLI flakiness of DESIGN.md Gotchas). The scripts are idempotent, so such a run is
// simply started again (at most 5 times). Any other exit code is passed through.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node scripts/run-cli.mjs <provision|demo|import-legal-docs> [args…]');
  process.exit(2);
}
const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/portal/dist/cli', `${name}.mjs`);
for (let attempt = 1; ; attempt++) {
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  const code = r.status ?? 1;
  if (code !== 13 || attempt === 5) process.exit(code);
  console.error(`[cong] ${name}: start-up did not settle (exit 13, Node 20 module loading); retrying (${attempt}/4)`);
}
