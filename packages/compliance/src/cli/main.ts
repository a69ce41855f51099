/**
 * `cong-scan` — the compliance scanner's command line.
 *
 *   cong-scan URL [--level …] [--site-type …] [--portal URL] [--agency "…"] [--emc-site-id ID] [--on DATE]
 *                 [--basis 42/2022] [--format text|json|md] [--lang vi|en] [--out FILE] [--browser]
 *                 [--vuln-db FILE] [--save-snapshot FILE]
 *   cong-scan --snapshot FILE [context options]          re-run the checks on a saved snapshot, offline
 *   cong-scan --sites FILE.csv --concurrency 8 --out DIR fleet: one JSON per site + summary.json
 *   cong-scan rules [--on DATE] [--basis 42/2022]        the rules in force on a date (or of a frame)
 *   cong-scan update-vuln-db [--from FILE|URL]           refresh the local vulnerability DB (explicit network use)
 *
 * Exit codes: 0 no fail, 1 fails found, 2 the scan could not run (fleet: the worst over all sites).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { SiteContext } from '../snapshot.js';
import { loadLegalBases } from '../legal-bases/index.js';
import { ruleSetFor } from '../rules/engine.js';
import { loadVulnDb, updateVulnDb } from '../checks/vulndb.js';
import { renderMarkdown, renderText } from '../report/text.js';
import { SCHEMA_VERSION, fleetSummarySchema, type FleetSummary } from '../report/schema.js';
import { TOOL_VERSION } from '../report/build.js';
import { CONFIDENCE_MARK, SEVERITY_LABEL, type Lang } from '../report/i18n.js';
import { runScan } from './scan.js';
import { parseSitesCsv } from './csv.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

const LEVELS = ['province', 'department', 'district', 'commune', 'unit', 'party', 'enterprise'] as const;
const SITE_TYPES = ['general', 'internal', 'specialised'] as const;

function isoDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return v;
}
function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
const today = () => new Date().toISOString().slice(0, 10);

interface ScanOpts {
  level?: SiteContext['level'];
  siteType?: SiteContext['siteType'];
  portal?: string;
  agency?: string;
  name?: string;
  emcSiteId?: string;
  components?: string;
  on?: string;
  basis?: string[];
  format: 'text' | 'json' | 'md';
  lang: Lang;
  out?: string;
  sites?: string;
  concurrency: number;
  snapshot?: string;
  saveSnapshot?: string;
  browser?: boolean;
  lighthousePages?: string;
  vulnDb?: string;
  maxPages?: number;
  maxDepth?: number;
  timeout?: number;
  freshDays?: number;
  ignoreRobots?: boolean;
  progress?: boolean;
}

function render(report: Parameters<typeof renderText>[0], format: ScanOpts['format'], lang: Lang): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'md') return renderMarkdown(report, lang) + '\n';
  return renderText(report, lang) + '\n';
}

async function progressBar(io: Io, enabled: boolean, label: string) {
  if (!enabled || !io.stderr.isTTY) return undefined;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} {detail}`, hideCursor: true, clearOnComplete: true, stream: io.stderr as NodeJS.WritableStream },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { detail: '' });
  return bar;
}

async function scanOne(url: string | undefined, o: ScanOpts, io: Io): Promise<number> {
  if (!url && !o.snapshot) {
    io.stderr.write('cong-scan: give a URL, --snapshot FILE or --sites FILE.csv (see --help)\n');
    return 2;
  }
  const context: SiteContext = {
    url: url ?? '',
    ...(o.name ? { name: o.name } : {}),
    ...(o.level ? { level: o.level } : {}),
    ...(o.siteType ? { siteType: o.siteType } : {}),
    ...(o.portal ? { portalUrl: o.portal } : {}),
    ...(o.agency ? { agency: o.agency } : {}),
    ...(o.emcSiteId ? { emcSiteId: o.emcSiteId } : {}),
    ...(o.components ? { componentUrls: readComponentUrls(o.components) } : {}),
  };
  const bar = o.snapshot ? undefined : await progressBar(io, o.progress !== false, 'crawl');
  try {
    const { report } = await runScan({
      context,
      on: o.on ?? today(),
      basis: o.basis,
      snapshotFile: o.snapshot,
      saveSnapshotFile: o.saveSnapshot,
      browser: o.browser,
      lighthousePages: lighthousePages(o.lighthousePages),
      vulnDbFile: o.vulnDb,
      freshDays: o.freshDays,
      crawl: { maxPages: o.maxPages, maxDepth: o.maxDepth, timeoutMs: o.timeout, ignoreRobots: o.ignoreRobots },
      onProgress: bar ? (done, total, u) => (bar.setTotal(Math.max(total, done)), bar.update(done, { detail: u.slice(-50) })) : undefined,
    });
    bar?.stop();
    const text = render(report, o.format, o.lang);
    if (o.out) {
      mkdirSync(dirname(o.out), { recursive: true });
      writeFileSync(o.out, text);
    } else io.stdout.write(text);
    return report.exitCode;
  } catch (e) {
    bar?.stop();
    io.stderr.write(`cong-scan: ${(e as Error).message}\n`);
    return 2;
  }
}

/** `--lighthouse-pages home,article` → the list (validated by commander's choices). */
function lighthousePages(v?: string): ('home' | 'article')[] | undefined {
  if (!v) return undefined;
  return v.split(',').map((x) => x.trim()).filter((x): x is 'home' | 'article' => x === 'home' || x === 'article');
}

/** `--components FILE`: a sites CSV (url column) or one URL per line. */
export function readComponentUrls(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (/^\s*url\s*(,|$)/im.test(text.split('\n')[0] ?? '')) return parseSitesCsv(text).map((r) => r.url);
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The component sites of `row` in a fleet: rows whose portal_url is this row's site (host and path). */
export function componentsOf(row: { url: string }, rows: { url: string; portalUrl?: string }[]): string[] {
  const norm = (u: string) => {
    try {
      const x = new URL(/^[a-z]+:\/\//i.test(u) ? u : `https://${u}`);
      return `${x.hostname.toLowerCase().replace(/^www\./, '')}${x.pathname.replace(/\/+$/, '')}`;
    } catch {
      return u;
    }
  };
  return rows.filter((r) => r !== row && r.portalUrl && norm(r.portalUrl) === norm(row.url)).map((r) => r.url);
}

function fileNameFor(url: string, i: number): string {
  let base = url;
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`);
    base = `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    /* keep */
  }
  return `${String(i + 1).padStart(3, '0')}-${base.replace(/[^a-z0-9.-]+/gi, '_').replace(/_+$/, '')}.json`;
}

async function fleet(o: ScanOpts, io: Io): Promise<number> {
  const rows = parseSitesCsv(readFileSync(o.sites!, 'utf8'));
  const outDir = o.out ?? 'cong-scan-results';
  mkdirSync(outDir, { recursive: true });
  const on = o.on ?? today();
  const ruleSet = await ruleSetFor({ on, basis: o.basis });
  const vulnDb = loadVulnDb(o.vulnDb);
  const results: FleetSummary['sites'] = new Array(rows.length);
  const bar = await progressBar(io, o.progress !== false, 'sites');
  bar?.setTotal(rows.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= rows.length) return;
      const row = rows[i];
      const file = fileNameFor(row.url, i);
      const componentUrls = componentsOf(row, rows);
      try {
        const { report } = await runScan({
          context: { url: row.url, ...(row.name ? { name: row.name } : {}), ...(row.level ? { level: row.level } : {}), ...(row.siteType ? { siteType: row.siteType } : {}), ...(row.portalUrl ? { portalUrl: row.portalUrl } : {}), ...(row.emcSiteId ? { emcSiteId: row.emcSiteId } : {}), ...(row.agency ? { agency: row.agency } : {}), ...(componentUrls.length ? { componentUrls } : {}) },
          on,
          ruleSet,
          vulnDb,
          browser: o.browser,
          lighthousePages: lighthousePages(o.lighthousePages),
          freshDays: o.freshDays,
          crawl: { maxPages: o.maxPages, maxDepth: o.maxDepth, timeoutMs: o.timeout, ignoreRobots: o.ignoreRobots },
        });
        writeFileSync(join(outDir, file), JSON.stringify(report, null, 2) + '\n');
        results[i] = { url: row.url, ...(row.name ? { name: row.name } : {}), file, exitCode: report.exitCode, byStatus: report.stats.byStatus };
      } catch (e) {
        results[i] = { url: row.url, ...(row.name ? { name: row.name } : {}), file: null, exitCode: 2, byStatus: null, error: (e as Error).message };
      }
      bar?.update(++done, { detail: row.url.slice(-40) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, Math.max(1, rows.length)) }, worker));
  bar?.stop();
  const exitCode = results.reduce<0 | 1 | 2>((w, r) => (r.exitCode > w ? r.exitCode : w), 0);
  const summary: FleetSummary = fleetSummarySchema.parse({
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'cong-scan', version: TOOL_VERSION },
    scannedAt: new Date().toISOString(),
    ruleSet: { on, basis: ruleSet.bases.map((b) => b.number) },
    sites: results,
    exitCode,
  });
  writeFileSync(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  const lang = o.lang;
  const lines = results.map((r) => {
    const s = r.byStatus;
    return `${r.exitCode}  ${r.url}${r.name ? ` (${r.name})` : ''}  ${s ? `pass ${s.pass} · fail ${s.fail} · warn ${s.warn} · n/a ${s.not_applicable} · error ${s.error}` : `error: ${r.error}`}`;
  });
  if (o.format === 'json') io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else io.stdout.write(`${lang === 'vi' ? 'Kết quả theo trang' : 'Results per site'} (${outDir}):\n${lines.join('\n')}\n${lang === 'vi' ? 'Mã thoát' : 'Exit code'}: ${exitCode}\n`);
  return exitCode;
}

async function listRules(o: { on?: string; basis?: string[]; format: 'text' | 'json' | 'md'; lang: Lang }, io: Io): Promise<number> {
  const set = await ruleSetFor({ on: o.on ?? today(), basis: o.basis });
  const bases = await loadLegalBases();
  const basisOf = new Map(bases.map((b) => [b.id, b]));
  const lang = o.lang;
  const rows = set.rules.map((r) => ({
    id: r.id,
    catalogueId: r.catalogueId,
    basis: basisOf.get(r.basis)!.number,
    citation: r.citation,
    title: r.title,
    check: r.check,
    appliesTo: r.appliesTo,
    severity: r.severity,
    confidence: r.confidence,
    ...(r.warnOnly ? { warnOnly: r.warnOnly } : {}),
    ...(r.confidenceNote ? { confidenceNote: r.confidenceNote } : {}),
    ...(r.effective ? { effective: r.effective } : {}),
    remediation: r.remediation,
  }));
  if (o.format === 'json') {
    io.stdout.write(JSON.stringify({ on: set.on, frames: set.frames, basis: set.bases.map((b) => ({ id: b.id, number: b.number, title: b.title, effectiveFrom: b.effectiveFrom, effectiveTo: b.effectiveTo, confidence: b.confidence })), notes: set.notes, rules: rows }, null, 2) + '\n');
    return 0;
  }
  const head = lang === 'vi' ? `${set.frames.length ? `Quy tắc của khung ${set.frames.join(', ')} (ngày tham chiếu ${set.on})` : `Quy tắc áp dụng ngày ${set.on}`}: ${rows.length}` : `${set.frames.length ? `Rules of frame ${set.frames.join(', ')} (reference date ${set.on})` : `Rules in force on ${set.on}`}: ${rows.length}`;
  const out: string[] = [o.format === 'md' ? `# ${head}` : head, ''];
  for (const b of set.bases) {
    const rs = rows.filter((r) => r.basis === b.number);
    out.push(o.format === 'md' ? `## ${b.number} — ${b.title[lang]}` : `${b.number} — ${b.title[lang]}`);
    out.push(`  ${b.effectiveFrom} → ${b.effectiveTo ?? '…'} · ${CONFIDENCE_MARK[b.confidence]} · ${rs.length} ${lang === 'vi' ? 'quy tắc' : 'rules'}`);
    for (const r of rs) {
      const applies = `${r.appliesTo.scope}${r.appliesTo.levels ? ` (${r.appliesTo.levels.join(', ')})` : ''}${r.appliesTo.siteTypes ? ` [${r.appliesTo.siteTypes.join(', ')}]` : ''}`;
      out.push(`${o.format === 'md' ? '- ' : '  '}${r.id.padEnd(22)} ${r.check.padEnd(4)} ${SEVERITY_LABEL[r.severity][lang].padEnd(12)} ${CONFIDENCE_MARK[r.confidence]}  ${applies.padEnd(20)} ${r.citation[lang]} — ${r.title[lang]}${r.warnOnly ? ` (${lang === 'vi' ? 'chỉ cảnh báo' : 'warn only'})` : ''}`);
    }
    out.push('');
  }
  for (const n of set.notes) out.push(n[lang]);
  io.stdout.write(out.join('\n') + '\n');
  return 0;
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('cong-scan');
  // Options after a subcommand belong to it (`rules --on …` is not the scan's --on).
  program.enablePositionalOptions();
  program
    .description('Kiểm tra tuân thủ pháp luật của trang thông tin điện tử cơ quan nhà nước / Legal-compliance scanner for Vietnamese state-agency websites')
    .version(TOOL_VERSION)
    .argument('[url]', 'site to scan')
    .addOption(new Option('--level <level>', 'site level').choices(LEVELS as unknown as string[]))
    .addOption(new Option('--site-type <type>', 'site type').choices(SITE_TYPES as unknown as string[]))
    .option('--portal <url>', 'provincial portal URL (component-site checks)')
    .option('--agency <name>', 'full official agency name (Vietnamese)')
    .option('--name <name>', 'site name')
    .option('--emc-site-id <id>', 'EMC site id issued for this site')
    .option('--components <file>', "a portal's component sites: CSV with a url column, or one URL per line")
    .option('--on <date>', 'reference date YYYY-MM-DD: rule set and freshness (default today)', isoDate)
    .option('--basis <frames...>', 'legal frame(s)/texts instead of the date rule set, e.g. 42/2022')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .addOption(new Option('--lang <lang>', 'report language').choices(['vi', 'en']).default('vi'))
    .option('--out <path>', 'write the report to a file (fleet: a directory)')
    .option('--sites <csv>', 'fleet mode: CSV with url,name,level,site_type,portal_url,emc_site_id')
    .option('--concurrency <n>', 'sites scanned at once in fleet mode', positiveInt, 4)
    .option('--snapshot <file>', 're-run the checks on a saved snapshot (offline)')
    .option('--save-snapshot <file>', 'save the crawled snapshot (.json or .json.gz)')
    .option('--browser', 'run axe-core and Lighthouse in Chromium')
    .addOption(new Option('--lighthouse-pages <pages>', 'pages Lighthouse measures with --browser (3 runs each, median)').choices(['home,article', 'home', 'article']).default('home,article'))
    .option('--vuln-db <file>', 'retire.js jsrepository-v5.json (default: $CONG_VULN_DB, ~/.cache/cong-scan/, $CONG_SHARED_DIR/data/vuln-db/)')
    .option('--max-pages <n>', 'page budget of the crawl', positiveInt)
    .option('--max-depth <n>', 'link depth of the crawl', positiveInt)
    .option('--timeout <ms>', 'per-request timeout', positiveInt)
    .option('--fresh-days <n>', 'newest item at most this many days old for a pass (default 7)', positiveInt)
    .option('--ignore-robots', 'crawl even where robots.txt disallows (recorded in the report)')
    .option('--no-progress', 'no progress bar (it is shown only when stderr is a terminal)')
    .action(async (url: string | undefined, o: ScanOpts) => {
      setExit(o.sites ? await fleet(o, io) : await scanOne(url, o, io));
    });

  program
    .command('rules')
    .description('list the rules in force on a date, or of a legal frame')
    .option('--on <date>', 'date YYYY-MM-DD (default today)', isoDate)
    .option('--basis <frames...>', 'frame(s) or texts, e.g. 42/2022')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .addOption(new Option('--lang <lang>', 'language').choices(['vi', 'en']).default('vi'))
    .action(async (o) => setExit(await listRules(o, io)));

  program
    .command('update-vuln-db')
    .description('refresh the local retire.js vulnerability database (the only command that downloads it)')
    .option('--from <fileOrUrl>', 'copy from a file, or download from this URL (default: the retire.js repository)')
    .option('--out <file>', 'where to write it (default ~/.cache/cong-scan/retire-jsrepository-v5.json)')
    .action(async (o: { from?: string; out?: string }) => {
      try {
        const r = await updateVulnDb(o);
        io.stdout.write(`vulnerability DB: ${r.libraries} libraries from ${r.source} → ${r.path}\n`);
        setExit(0);
      } catch (e) {
        io.stderr.write(`cong-scan update-vuln-db: ${(e as Error).message}\n`);
        setExit(2);
      }
    });
  return program;
}

/** Run the CLI; resolves to the exit code (never calls process.exit). */
export async function main(argv: string[] = process.argv.slice(2), io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message: string };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    if (err.code?.startsWith('commander.')) return 2;
    io.stderr.write(`cong-scan: ${err.message}\n`);
    return 2;
  }
  return code;
}
