/**
 * End-to-end harness: provisions the demo province (the same `cli/demo.ts` that `npm start` runs)
 * into a fresh data folder, then serves the production build (built by the test script) through
 * `server.mjs` — Next behind the public-page cache, as `npm start` runs it — on a free loopback port.
 * Debian chromium drives it through playwright-core.
 */
import { spawn, type ChildProcess, execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { childEnv, cliArgs } from './env';

const root = path.resolve(import.meta.dirname, '../../../..');
export const DEMO_PASSWORD = 'E2e-mat-khau-2022';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const hasBuild = fs.existsSync(path.join(root, 'apps/portal', process.env.CONG_NEXT_DIST_DIR || '.next', 'BUILD_ID'));

export const SCREENSHOTS = path.join(root, 'test-results/screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface Running { url: string; dataDir: string; stop: () => Promise<void>; log: () => string }

/**
 * Fills `dataDir` with the demo province. The first call of a test run provisions it with the demo CLI
 * (≈ 80 s) and keeps a copy of the resulting database as a template (keyed by the CLI bundle, so a
 * rebuilt CLI provisions afresh); later calls copy the template (< 1 s). Each server still gets its own
 * database: tests that publish do not see each other's posts.
 */
async function provisionDemo(dataDir: string, env: Record<string, string | undefined>): Promise<void> {
  const args = cliArgs('demo');
  const bundle = fs.statSync(path.join(root, 'apps/portal/dist/cli/demo.mjs')); // cliArgs() has just (re)built it
  const template = path.join(os.tmpdir(), `cong-demo-template-${Math.round(bundle.mtimeMs)}-${bundle.size}`);
  const copyDb = (from: string, to: string) => {
    for (const f of fs.readdirSync(from)) if (/^cong\.db/.test(f) || f === '.demo-provisioned' || f === 'demo-credentials.txt') fs.copyFileSync(path.join(from, f), path.join(to, f));
    if (fs.existsSync(path.join(from, 'media'))) fs.cpSync(path.join(from, 'media'), path.join(to, 'media'), { recursive: true });
  };
  if (fs.existsSync(path.join(template, '.demo-provisioned'))) return copyDb(template, dataDir);
  await promisify(execFile)(process.execPath, args, { cwd: root, env: env as NodeJS.ProcessEnv, maxBuffer: 64 * 1024 * 1024 });
  fs.writeFileSync(path.join(dataDir, '.demo-provisioned'), '');
  // Publish the template atomically (another test file may be provisioning at the same time).
  const staging = fs.mkdtempSync(`${template}.tmp-`);
  copyDb(dataDir, staging);
  try {
    fs.renameSync(staging, template);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another worker won the race: its template is as good
  }
}

/**
 * Provisions the demo into a temp folder and starts the server; resolves when it answers.
 * `serverEnv` adds environment for the server only (e.g. `CONG_PAGE_CACHE_MB`).
 */
export async function startDemoServer(serverEnv: Record<string, string> = {}): Promise<Running> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-e2e-'));
  const env = {
    ...childEnv(),
    CONG_DATA_DIR: dataDir,
    CONG_DEMO_PASSWORD: DEMO_PASSWORD,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'e2e-secret',
    NEXT_TELEMETRY_DISABLED: '1',
  } as Record<string, string | undefined>;
  delete env.DATABASE_URL;
  delete env.CONG_MIGRATIONS_DIR;
  delete env.NODE_ENV;
  await provisionDemo(dataDir, env);
  const port = await freePort();
  let output = '';
  // The production server of `npm start`: Next behind the public-page cache (apps/portal/server.mjs).
  const child: ChildProcess = spawn(process.execPath, ['server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: path.join(root, 'apps/portal'),
    env: { ...env, ...serverEnv, NODE_ENV: 'production' } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited: ${output}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.status < 500) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`server did not answer in 120 s: ${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    dataDir,
    log: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
