// Benchmark of the public-page cache (run by `npm run bench` after scripts/bench.sh has installed nginx
// and built the app). Not a test: it prints figures and ratios, it asserts nothing.
//
// 1. Provisions the demo province into a temporary data folder (or reuses CONG_BENCH_DATA_DIR when it
//    holds a provisioned database), starts apps/portal/server.mjs on 127.0.0.1 with the default cache.
// 2. With wrk (autocannon when wrk is missing), 50 connections, CONG_BENCH_SECONDS (10) each, after a short warm-up:
//      cached    the portal home page served from the cache (X-Cache: HIT), identity bytes
//      cached-br the same with Accept-Encoding: br (the precompressed variant)
//      dynamic   the same page rendered by Next + Payload for every request (X-Cong-Cache: bypass,
//                honoured because the server runs with CONG_PAGE_CACHE_BYPASS=1)
//      nginx     nginx on 127.0.0.1 serving the same bytes from a static file (the ceiling)
// 3. Prints req/s, p50 and p99 latency for each, the ratios cached/nginx and cached/dynamic, and
//    whether the target (≥ 2,000 req/s with p99 < 100 ms at 50 connections) is met.
// The load generator, the server and nginx share the machine's cores, as the specification's figures did.

import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.CONG_BENCH_SECONDS || 10);
const connections = Number(process.env.CONG_BENCH_CONNECTIONS || 50);
const TARGET = { rps: 2000, p99: 100 };
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const WRK = ['/usr/bin/wrk'].find((p) => fs.existsSync(p));
const log = (m) => process.stderr.write(`\x1b[1m[bench]\x1b[0m ${m}\n`);
const children = [];
const cleanups = [];
const finish = (code) => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  for (const f of cleanups) try { f(); } catch { /* best effort */ }
  process.exit(code);
};
process.on('SIGINT', () => finish(130));

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The demo database: CONG_BENCH_DATA_DIR when provisioned, else a fresh temporary folder (removed at the end). */
function dataFolder() {
  const given = process.env.CONG_BENCH_DATA_DIR;
  const dir = given || fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-'));
  if (!given) cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(dir, { recursive: true });
  const envFile = path.join(dir, '.env');
  if (!fs.existsSync(envFile)) fs.writeFileSync(envFile, `PAYLOAD_SECRET=${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  const secret = /PAYLOAD_SECRET=(.*)/.exec(fs.readFileSync(envFile, 'utf8'))?.[1]?.trim();
  if (!fs.existsSync(path.join(dir, '.demo-provisioned'))) {
    log(`provisioning the demo province into ${dir} (a few minutes)…`);
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/run-cli.mjs'), 'demo'], {
      cwd: root,
      env: { ...process.env, CONG_DATA_DIR: dir, PAYLOAD_SECRET: secret, NODE_ENV: undefined },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`demo provisioning failed (exit ${r.status})`);
    fs.writeFileSync(path.join(dir, '.demo-provisioned'), '');
  } else log(`reusing the provisioned database in ${dir}`);
  return { dir, secret };
}

async function startPortal({ dir, secret }) {
  const port = await freePort();
  const child = spawn(process.execPath, ['server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: path.join(root, 'apps/portal'),
    env: { ...process.env, CONG_DATA_DIR: dir, PAYLOAD_SECRET: secret, NODE_ENV: 'production', CONG_PAGE_CACHE_BYPASS: '1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited:\n${out}`);
    try {
      const res = await fetch(`${url}/`);
      await res.arrayBuffer();
      if (res.headers.get('x-cache') === 'HIT') break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`server not serving from cache after 180 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, child, output: () => out };
}

/** nginx on a free loopback port serving `body` as the only file; returns its URL. */
async function startNginx(body) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-nginx-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'www'));
  fs.writeFileSync(path.join(dir, 'www/index.html'), body);
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(path.join(dir, 'www'), 0o755);
  const port = await freePort();
  const conf = `
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path ${dir}/t1; proxy_temp_path ${dir}/t2; fastcgi_temp_path ${dir}/t3; uwsgi_temp_path ${dir}/t4; scgi_temp_path ${dir}/t5;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location / { default_type "text/html; charset=utf-8"; try_files /index.html =404; }
  }
}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${err}`);
    try {
      const res = await fetch(url);
      const got = Buffer.from(await res.arrayBuffer());
      if (!got.equals(body)) throw new Error('nginx serves other bytes than the portal');
      break;
    } catch (e) {
      if (String(e.message).includes('other bytes') || i > 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return url;
}

/**
 * The load generator: wrk (C, Debian package; light enough that the server, not the client, is measured)
 * when installed, else autocannon (Node; on 2 cores it eats most of a core and caps every figure near
 * 2,000 req/s for a 66 KB page). Resolves { requests: { average, total }, latency: { p50, p99 } (ms), errors, non2xx }.
 */
function run(url, headers = {}, duration = seconds) {
  if (WRK) return runWrk(url, headers, duration);
  return new Promise((resolve, reject) => {
    // 30 s timeout: an uncached render at 50 connections on 2 cores can take seconds; it is slow, not an error.
    autocannon({ url, connections, duration, headers, timeout: 30 }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

/** wrk duration text ("850.00us", "12.3ms", "1.2s") → ms. */
const wrkMs = (v, unit) => Number(v) * ({ us: 0.001, ms: 1, s: 1000, m: 60000 }[unit] ?? NaN);

function runWrk(url, headers, duration) {
  return new Promise((resolve, reject) => {
    const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '30s', '--latency'];
    for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`);
    const child = spawn(WRK, [...args, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
      const total = /(\d+) requests in/.exec(out);
      const pct = (p) => {
        const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s|m)\\b`).exec(out);
        return m ? wrkMs(m[1], m[2]) : NaN;
      };
      if (code !== 0 || !rps) return reject(new Error(`wrk failed (exit ${code}): ${out}`));
      const errs = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
      resolve({
        requests: { average: Number(rps[1]), total: Number(total?.[1] ?? 0) },
        latency: { p50: Number(pct(50).toFixed(1)), p99: Number(pct(99).toFixed(1)) },
        errors: errs ? errs.slice(1).reduce((n, x) => n + Number(x), 0) : 0,
        non2xx: Number(non2xx?.[1] ?? 0),
      });
    });
  });
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * One scenario: a warm-up, then the measured run. `light` warms up with 20 sequential requests instead
 * of a 50-connection burst (renders abandoned by a burst would still be running during the measurement).
 */
/** CPU seconds (user + system) used so far by a process and its threads, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/**
 * One scenario: a warm-up, then the measured run. `light` warms up with 20 sequential requests instead
 * of a 50-connection burst (renders abandoned by a burst would still be running during the measurement).
 * `serverPid`: the process whose CPU share during the run is reported (the portal; NaN for nginx).
 */
async function measure(name, url, headers, { light = false, serverPid, duration = seconds } = {}) {
  if (light) for (let i = 0; i < 20; i++) await (await fetch(url, { headers })).arrayBuffer();
  else await run(url, headers, Math.min(3, seconds));
  await pause(1000);
  const client0 = process.cpuUsage();
  const server0 = serverPid ? cpuSeconds(serverPid) : NaN;
  const r = await run(url, headers, duration);
  const client = process.cpuUsage(client0);
  const serverCpu = (serverPid ? cpuSeconds(serverPid) - server0 : NaN) / duration;
  const clientCpu = (client.user + client.system) / 1e6 / duration;
  await pause(2000); // let the server finish what the run left in flight
  const row = { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, total: r.requests.total, serverCpu, clientCpu };
  log(`${name}: ${Math.round(row.rps)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms`);
  return row;
}

async function main() {
  if (!NGINX) throw new Error('nginx is missing (scripts/bench.sh installs it with apt-get)');
  const data = dataFolder();
  log('starting apps/portal/server.mjs…');
  const portal = await startPortal(data);
  const home = `${portal.url}/`;
  const page = await fetch(home);
  const body = Buffer.from(await page.arrayBuffer());
  const br = await fetch(home, { headers: { 'accept-encoding': 'br' } });
  log(`portal home: ${body.length} bytes (X-Cache ${page.headers.get('x-cache')}; brotli variant ${br.headers.get('content-encoding') === 'br' ? 'ready' : 'not yet'})`);
  const nginx = await startNginx(body);

  const load = os.loadavg()[0];
  const serverPid = portal.child.pid;
  const ngx = await measure('nginx, same bytes from a static file', nginx, {});
  const cached = await measure('cached home page (server.mjs, X-Cache: HIT)', home, {}, { serverPid });
  const cachedBr = await measure('same page, Accept-Encoding: br (precompressed)', home, { 'accept-encoding': 'br' }, { serverPid });
  const dynamic = await measure('same page uncached (Next + Payload render)', home, { 'x-cong-cache': 'bypass' }, { light: true, serverPid, duration: Math.max(seconds, 30) }); // a render takes ~0.3 s of CPU: 50 waiting connections need a longer window to complete any
  const rows = [cached, cachedBr, dynamic, ngx];

  const verdict = (r) => `${r.rps >= TARGET.rps && r.p99 < TARGET.p99 ? 'MET' : 'NOT MET'} (${Math.round(r.rps)} req/s, p99 ${r.p99} ms)`;
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  const lines = [
    '',
    `Public-page cache benchmark — ${os.cpus().length} cores (load average ${load.toFixed(1)} at start: other processes compete), ${connections} connections, ${seconds} s per run, page ${body.length} bytes`,
    `${pad('scenario', 50)}${lpad('req/s', 9)}${lpad('p50 ms', 9)}${lpad('p99 ms', 9)}${lpad('errors', 8)}${lpad('requests', 10)}${lpad('server CPU', 12)}${lpad('client CPU', 12)}`,
    ...rows.map(
      (r) =>
        `${pad(r.name, 50)}${lpad(Math.round(r.rps), 9)}${lpad(r.p50, 9)}${lpad(r.p99, 9)}${lpad(r.errors, 8)}${lpad(r.total, 10)}` +
        `${lpad(Number.isNaN(r.serverCpu) ? '-' : `${Math.round(r.serverCpu * 100)}%`, 12)}${lpad(`${Math.round(r.clientCpu * 100)}%`, 12)}`,
    ),
    `(CPU: share of one core during the measured run; server = the portal process, client = ${WRK ? 'wrk, 1 thread (its CPU is not in the client column)' : 'autocannon'})`,
    '',
    `server CPU per cached response: ${((cached.serverCpu / cached.rps) * 1e6).toFixed(0)} µs (≈ ${Math.round(cached.rps / cached.serverCpu)} req/s per core if the server had one to itself)`,
    `server CPU per uncached render:  ${dynamic.rps > 0 ? `${((dynamic.serverCpu / dynamic.rps) * 1e3).toFixed(0)} ms` : 'n/a (no render completed)'}`,
    `ratio cached / nginx:   ${(cached.rps / ngx.rps).toFixed(3)}`,
    `ratio cached / dynamic: ${dynamic.rps > 0 ? `${(cached.rps / dynamic.rps).toFixed(1)}×` : 'n/a'}`,
    `target ≥ ${TARGET.rps} req/s with p99 < ${TARGET.p99} ms, cached home page: ${verdict(cached)}`,
    `                                   with Accept-Encoding: br (what browsers send): ${verdict(cachedBr)}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().then(
  () => finish(0),
  (e) => {
    console.error(e);
    finish(1);
  },
);
