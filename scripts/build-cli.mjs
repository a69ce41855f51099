// Bundles the portal's command-line scripts into self-contained ESM for plain `node`
// (apps/portal/dist/cli/*.mjs), third-party code included.
// Why: under Node 20, loading @payloadcms/richtext-lexical through Node's ESM loader deadlocks in
// about half of the runs (measured: 2 of 4 plain imports hung); the process then hangs, or exits
// with code 13 and no output (the Payload CLI flakiness of DESIGN.md Gotchas). A bundle has no
// module graph for the loader to deadlock on. Native or server-only packages stay external.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = ['provision', 'demo', 'import-legal-docs'];

await build({
  entryPoints: Object.fromEntries(entries.map((e) => [e, path.join(root, 'apps/portal/src/cli', `${e}.ts`)])),
  outdir: path.join(root, 'apps/portal/dist/cli'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'error',
  banner: {
    js: [
      "import { createRequire as __cr } from 'node:module';",
      "import { fileURLToPath as __fu } from 'node:url';",
      "import { dirname as __dn } from 'node:path';",
      'const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);',
    ].join(' '),
  },
  // The admin UI's styles are not needed by scripts.
  loader: { '.css': 'empty', '.scss': 'empty' },
  external: ['sharp', 'libsql', '@libsql/*', 'pg', 'pg-native', 'better-sqlite3', 'drizzle-kit', 'drizzle-kit/*', 'esbuild', '@esbuild/*', 'fsevents', 'next', 'next/*', '@next/*', 'react', 'react-dom', 'react/*', 'react-dom/*'],
});
console.log(`built ${entries.map((e) => `apps/portal/dist/cli/${e}.mjs`).join(', ')}`);
