/**
 * Lighthouse 12.2.3 (mobile: simulated slow 4G and 4× CPU slowdown) on the demo province as `npm start`
 * serves it, in Debian chromium: FCP < 1.5 s and LCP < 2 s on the portal home and an article, median of
 * 3 runs (issue "public portal", item 5). Lighthouse's simulation scales the CPU time it observes, so this
 * file runs in its own phase of `npm test` with nothing else running (vitest.perf.config.ts); the medians
 * are printed for the closing note.
 */
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBuild, hasChromium, startDemoServer, type Running } from '../helpers/server';
import { runLighthouse } from '../../../../packages/compliance/src/browser/index';

const ready = hasChromium && hasBuild;
if (!ready) console.warn(`lighthouse skipped: ${hasChromium ? '' : '/usr/bin/chromium missing; '}${hasBuild ? '' : 'no Next build (run npm test, which builds first)'}`);

let server: Running;
const log = (r: Awaited<ReturnType<typeof runLighthouse>>) =>
  console.log(`lighthouse ${new URL(r.url).pathname}: runs ${r.runs}, FCP ${r.fcpMs} ms, LCP ${r.lcpMs} ms, SI ${r.speedIndexMs} ms, TBT ${r.tbtMs} ms, load average ${os.loadavg()[0].toFixed(1)}${r.error ? ` (${r.error})` : ''}`);

describe.skipIf(!ready)('Lighthouse on the public portal (mobile, median of 3)', () => {
  beforeAll(async () => {
    server = await startDemoServer();
  }, 1_200_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('FCP < 1.5 s and LCP < 2 s on the portal home and an article', async () => {
    const home = `${server.url}/`;
    const html = await (await fetch(home)).text();
    const slug = /href="\/tin-tuc\/([a-z0-9-]*[a-z][a-z0-9-]*)"/.exec(html)?.[1];
    expect(slug, 'an article linked from the portal home').toBeTruthy();
    const article = `${server.url}/tin-tuc/${slug}`;
    // Warm the page cache, as visitors before the measured one would.
    for (const url of [home, article]) await (await fetch(url)).arrayBuffer();
    const meets = (r: Awaited<ReturnType<typeof runLighthouse>>) => r.runs === 3 && r.fcpMs! < 1500 && r.lcpMs! < 2000;
    const results = [];
    for (const url of [home, article]) {
      let r = await runLighthouse(url, { runs: 3, timeoutMs: 120_000 });
      log(r);
      // Lighthouse scales the CPU time it observes: one more median of 3 when another process (a build, a
      // second test run) was competing, so a busy moment does not decide. The second measurement decides.
      if (!meets(r) && os.loadavg()[0] > os.cpus().length / 2) {
        console.log(`lighthouse: load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores, measuring again`);
        r = await runLighthouse(url, { runs: 3, timeoutMs: 120_000 });
        log(r);
      }
      results.push(r);
    }
    for (const r of results) {
      expect(r.runs, r.error).toBe(3);
      expect(r.fcpMs!, `FCP of ${r.url}`).toBeLessThan(1500);
      expect(r.lcpMs!, `LCP of ${r.url}`).toBeLessThan(2000);
    }
  }, 900_000);
});
