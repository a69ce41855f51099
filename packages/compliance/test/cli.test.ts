/**
 * The cong-scan CLI: rules listing, single scans (live on loopback, and offline from a saved snapshot), output
 * formats, exit codes, fleet mode, the progress bar only on a TTY, the vulnerability DB option/update, and the
 * bin running under plain `node`. Network: loopback only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { parseSitesCsv } from '../src/cli/csv.js';
import { scanReportSchema, fleetSummarySchema } from '../src/report/schema.js';
import { saveSnapshot } from '../src/snapshot-io.js';
import { startServer, type TestServer } from './helpers/server.js';
import { sampleSite } from './helpers/sample-site.js';
import { sharedDir } from './helpers/fixture-site.js';
import { chromiumAvailable } from '../src/browser/index.js';

const PKG = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DB = join(sharedDir(), 'data', 'vuln-db', 'retire-jsrepository-v5.json');

function io(tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  stderr.isTTY = tty;
  stderr.columns = 100;
  stderr.on('data', (d) => err.push(String(d)));
  const o: Io = { stdout: { write: (s: string) => out.push(s) }, stderr: tty ? (stderr as unknown as Io['stderr']) : { write: (s: string) => err.push(s), isTTY: false } };
  return { io: o, out: () => out.join(''), err: () => err.join('') };
}

const SITE = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Trang chủ - Sở Thử nghiệm</title></head>
<body><header><nav><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/lien-he">Liên hệ</a></nav></header>
<main><form role="search" action="/tim-kiem"><input type="search" name="q"></form><p>Tin ngày 20/11/2026</p></main>
<footer>Sở Thử nghiệm. Địa chỉ: số 1. Điện thoại: 0208 3855 123. Email: a@thu.gov.vn ©</footer></body></html>`;

let tmp: string;
let site: TestServer;
let closedPort: number;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'cong-cli-'));
  site = await startServer((req, res) => {
    if (req.url === '/' || req.url === '/gioi-thieu' || req.url === '/lien-he') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(SITE);
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>404</body></html>');
    }
  });
  const dead = await startServer((_req, res) => {
    res.end();
  });
  closedPort = dead.port;
  await dead.close();
});
afterAll(async () => {
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('cong-scan rules', () => {
  it('--on selects the rules in force on a date', async () => {
    const t = io();
    expect(await main(['rules', '--on', '2022-08-27', '--format', 'json'], t.io)).toBe(0);
    const j = JSON.parse(t.out());
    const ids = j.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('N42-7.1a');
    expect(ids).not.toContain('N224-9.1a');
    expect(j.basis.map((b: { number: string }) => b.number)).toContain('42/2022/NĐ-CP');
  });
  it('--basis 42/2022 lists the survey frame (Vietnamese by default)', async () => {
    const t = io();
    expect(await main(['rules', '--basis', '42/2022', '--on', '2026-11-29'], t.io)).toBe(0);
    expect(t.out()).toMatch(/Quy tắc của khung 42\/2022/);
    expect(t.out()).toMatch(/104\/2016\/QH13 — Luật Tiếp cận thông tin/);
    expect(t.out()).toMatch(/không có hiệu lực vào ngày 2026-11-29/);
  });
  it('bad arguments exit 2', async () => {
    expect(await main(['rules', '--on', '27/08/2022'], io().io)).toBe(2);
    expect(await main(['rules', '--basis', '1/1900'], io().io)).toBe(2);
  });
});

describe('cong-scan URL', () => {
  it('scans a live (loopback) site with context options; JSON validates; exit code follows the findings', async () => {
    const t = io();
    const code = await main([`${site.url}/`, '--level', 'department', '--agency', 'Sở Thử nghiệm', '--on', '2026-11-29', '--format', 'json', '--no-progress'], t.io);
    const r = scanReportSchema.parse(JSON.parse(t.out()));
    expect(code).toBe(r.exitCode);
    expect(code).toBe(1);
    expect(r.site).toMatchObject({ level: 'department', agency: 'Sở Thử nghiệm' });
    expect(r.findings.find((f) => f.ruleId === 'N224-11.4/domain')?.status).toBe('not_applicable');
    expect(r.findings.find((f) => f.ruleId === 'N224-11.1')?.message.en).toMatch(/--portal/);
  });
  it('writes Markdown in English to --out', async () => {
    const file = join(tmp, 'r.md');
    await main([`${site.url}/`, '--on', '2026-11-29', '--format', 'md', '--lang', 'en', '--out', file], io().io);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Website compliance report/);
  });
  it('a site that cannot be fetched exits 2', async () => {
    const t = io();
    expect(await main([`http://127.0.0.1:${closedPort}/`, '--format', 'json', '--timeout', '2000'], t.io)).toBe(2);
    expect(JSON.parse(t.out()).findings[0].ruleId).toBe('SCAN-home');
  });
  it('re-runs the checks offline on a saved snapshot, with the CLI context on top', async () => {
    const file = join(tmp, 'snap.json');
    await saveSnapshot(sampleSite(), file);
    const t = io();
    expect(await main(['--snapshot', file, '--on', '2026-11-29', '--format', 'json'], t.io)).toBe(0);
    const r = scanReportSchema.parse(JSON.parse(t.out()));
    expect(r.site.level).toBe('department');
    const t2 = io();
    await main(['--snapshot', file, '--on', '2026-11-29', '--level', 'province', '--format', 'json'], t2.io);
    expect(JSON.parse(t2.out()).site.level).toBe('province');
  });
  it('--basis 42/2022 with a later --on uses the survey frame and notes it', async () => {
    const file = join(tmp, 'snap2.json');
    await saveSnapshot(sampleSite(), file);
    const t = io();
    await main(['--snapshot', file, '--on', '2026-11-29', '--basis', '42/2022', '--format', 'json'], t.io);
    const r = JSON.parse(t.out());
    expect(r.ruleSet.frames).toEqual(['42/2022']);
    expect(r.findings.some((f: { ruleId: string }) => f.ruleId === 'N42-7.1a')).toBe(true);
    expect(r.ruleSet.notes.length).toBeGreaterThan(0);
  });
  it('the progress bar appears only when stderr is a terminal', async () => {
    const plain = io(false);
    await main([`${site.url}/`, '--on', '2026-11-29', '--format', 'json'], plain.io);
    expect(plain.err()).toBe('');
    const tty = io(true);
    await main([`${site.url}/`, '--on', '2026-11-29', '--format', 'json'], tty.io);
    expect(tty.err()).toMatch(/crawl/);
  });
});

describe('fleet mode', () => {
  it('parses the CSV columns', () => {
    const rows = parseSitesCsv('url,name,level,site_type,portal_url,emc_site_id\nhttps://a.gov.vn,"Sở A, tỉnh B",department,internal,https://b.gov.vn,12\n');
    expect(rows[0]).toMatchObject({ url: 'https://a.gov.vn', name: 'Sở A, tỉnh B', level: 'department', siteType: 'internal', portalUrl: 'https://b.gov.vn', emcSiteId: '12' });
    expect(() => parseSitesCsv('url,level\nhttps://a.gov.vn,county\n')).toThrow(/unknown level/);
  });
  it('scans every site, writes one JSON per site and a summary; exit code is the worst', async () => {
    const csv = join(tmp, 'sites.csv');
    writeFileSync(csv, `url,name,level,site_type,portal_url,emc_site_id\n${site.url}/,Sở Thử nghiệm,department,,,\nhttp://127.0.0.1:${closedPort}/,Trang hỏng,commune,,,\n`);
    const out = join(tmp, 'fleet');
    const t = io();
    const code = await main(['--sites', csv, '--concurrency', '2', '--out', out, '--on', '2026-11-29', '--timeout', '2000'], t.io);
    expect(code).toBe(2);
    const summary = fleetSummarySchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
    expect(summary.sites.map((x) => x.exitCode)).toEqual([1, 2]);
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).length).toBe(3);
    scanReportSchema.parse(JSON.parse(readFileSync(join(out, summary.sites[0].file!), 'utf8')));
    expect(t.out()).toMatch(/Kết quả theo trang/);
  });
});

describe('vulnerability database', () => {
  it.skipIf(!existsSync(DB))('update-vuln-db --from FILE fills the given location; --vuln-db uses it', async () => {
    const dest = join(tmp, 'cache', 'db.json');
    const t = io();
    expect(await main(['update-vuln-db', '--from', DB, '--out', dest], t.io)).toBe(0);
    expect(t.out()).toMatch(/libraries from/);
    const snap = join(tmp, 'old.json');
    await saveSnapshot(sampleSite({ scripts: '<script src="/js/jquery-1.12.4.min.js"></script>' }), snap);
    const t2 = io();
    expect(await main(['--snapshot', snap, '--vuln-db', dest, '--on', '2026-11-29', '--format', 'json'], t2.io)).toBe(1);
    const r = JSON.parse(t2.out());
    expect(r.crawl.vulnDb).toBe(dest);
    expect(r.findings.find((f: { ruleId: string }) => f.ruleId === 'N224-21/software').status).toBe('fail');
  });
});

describe('--browser', () => {
  it.skipIf(!chromiumAvailable())('runs axe-core and Lighthouse in Chromium and turns the results into findings', async () => {
    const t = io();
    await main([`${site.url}/`, '--browser', '--on', '2026-11-29', '--format', 'json', '--max-pages', '2'], t.io);
    const r = JSON.parse(t.out());
    const axe = r.findings.find((f: { ruleId: string }) => f.ruleId === 'N224-10.3c');
    expect(['pass', 'fail']).toContain(axe.status);
    expect(axe.message.en).toMatch(/axe-core/);
    const perf = r.findings.find((f: { ruleId: string }) => f.ruleId === 'EVAL25-perf');
    expect(['pass', 'fail']).toContain(perf.status);
    expect(perf.evidence[0].snippet).toMatch(/median of \d runs: FCP/);
  }, 240_000);
});

describe('bin/cong-scan.js', () => {
  it('runs with plain node', () => {
    const r = spawnSync(process.execPath, [join(PKG, 'bin', 'cong-scan.js'), 'rules', '--on', '2026-11-29', '--format', 'json'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).rules.length).toBeGreaterThan(50);
  });
});
