import { readFileSync, readdirSync } from 'node:fs';
import { limitNesting } from '../src/extract/dom.ts';
const dir = '/work/shared/fixtures/html/';
for (const f of readdirSync(dir)) { const r = limitNesting(readFileSync(dir + f, 'utf8')); console.log(r.depth, r.flattened, f); }
