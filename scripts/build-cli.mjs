// Bundles the portal's command-line scripts into plain ESM for `node` (apps/portal/dist/cli/*.mjs).
// Why not tsx: under Node 20, tsx's module hooks run on a loader thread and a start-up import
// sometimes never settles — the process then hangs or exits with code 13 having done nothing (the
// Payload CLI flakiness of DESIGN.md Gotchas). Bundled code loads with Node's own loader.
// Our workspace packages (@cong/*, TypeScript sources) are bundled in; every npm package stays external.
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
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [
    {
      name: 'external-npm-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@cong/') || args.path.startsWith('node:') ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
console.log(`built ${entries.map((e) => `apps/portal/dist/cli/${e}.mjs`).join(', ')}`);
