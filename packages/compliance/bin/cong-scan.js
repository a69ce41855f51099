#!/usr/bin/env node
// cong-scan — runs with plain `node`: tsx's ESM loader (root devDependency `tsx`) compiles the TypeScript sources.
import 'tsx/esm';

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
