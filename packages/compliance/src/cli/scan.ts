/**
 * One scan: context → snapshot (crawl, or a saved snapshot) → optional browser facts → rule set → findings →
 * report. Used by the CLI for single sites and for each site of a fleet.
 */
import type { SiteContext, SiteSnapshot } from '../snapshot.js';
import { evaluate, ruleSetFor, type RuleSet } from '../rules/engine.js';
import type { CheckOptions } from '../rules/types.js';
import { buildReport } from '../report/build.js';
import type { ScanReport } from '../report/schema.js';
import { loadVulnDb, type LoadedVulnDb } from '../checks/vulndb.js';
import { htmlPages, homePage } from '../checks/util.js';
import { articlePages } from '../checks/usability.js';

/** Which pages Lighthouse measures: the home page, and one article page found by the crawler. */
export type LighthousePage = 'home' | 'article';
export const DEFAULT_LIGHTHOUSE_PAGES: LighthousePage[] = ['home', 'article'];

export interface ScanRequest {
  context: SiteContext;
  on: string;
  basis?: string[];
  /** Re-run checks on a saved snapshot instead of crawling. */
  snapshotFile?: string;
  saveSnapshotFile?: string;
  browser?: boolean;
  /** Pages Lighthouse measures (default home + one article); each is run `lighthouseRuns` times (default 3, median). */
  lighthousePages?: LighthousePage[];
  lighthouseRuns?: number;
  vulnDbFile?: string;
  freshDays?: number;
  staleDays?: number;
  crawl?: { maxPages?: number; maxDepth?: number; timeoutMs?: number; totalTimeMs?: number; ignoreRobots?: boolean; insecureTls?: boolean };
  onProgress?: (done: number, total: number, url: string) => void;
  /** Loaded once for a fleet. */
  vulnDb?: LoadedVulnDb;
  ruleSet?: RuleSet;
}

export interface ScanResult {
  report: ScanReport;
  snapshot: SiteSnapshot;
}

/** Apply the CLI's context on top of a saved snapshot's (CLI wins where given). */
function mergeContext(snap: SiteSnapshot, ctx: SiteContext): SiteSnapshot {
  const site: SiteContext = { ...snap.site };
  for (const [k, v] of Object.entries(ctx) as [keyof SiteContext, unknown][]) if (v !== undefined && v !== '') (site as unknown as Record<string, unknown>)[k] = v;
  if (!site.url) site.url = snap.startUrl;
  return { ...snap, site };
}

/**
 * The URLs Lighthouse measures: the home page and/or the first article page of the crawl (`articlePages`: pages
 * reached as articles, then permalink-like pages). A missing article page is simply left out (the report's
 * evidence lists the pages measured).
 */
export function lighthouseTargets(snap: SiteSnapshot, pages: LighthousePage[] = DEFAULT_LIGHTHOUSE_PAGES): string[] {
  const home = homePage(snap);
  const out: string[] = [];
  if (pages.includes('home')) out.push(home?.finalUrl || home?.url || snap.startUrl);
  const article = pages.includes('article') ? articlePages(snap, 1)[0] : undefined;
  if (article) out.push(article.finalUrl || article.url);
  return [...new Set(out)];
}

/** axe-core on the home page and up to 4 other pages; Lighthouse on `lighthouseTargets` (sequentially: one Chromium at a time). */
export async function browserFacts(snap: SiteSnapshot, opts: { lighthousePages?: LighthousePage[]; lighthouseRuns?: number } = {}): Promise<SiteSnapshot['browser']> {
  const { runAxe, runLighthouse } = await import('../browser/index.js');
  const home = homePage(snap);
  const urls = [home?.finalUrl ?? snap.startUrl, ...htmlPages(snap).filter((p) => p !== home).slice(0, 4).map((p) => p.finalUrl || p.url)];
  const axe = await runAxe([...new Set(urls)]);
  const lighthouse = [];
  for (const u of lighthouseTargets(snap, opts.lighthousePages)) lighthouse.push(await runLighthouse(u, { runs: opts.lighthouseRuns ?? 3 }));
  return { axe, lighthouse };
}

export async function runScan(req: ScanRequest): Promise<ScanResult> {
  const t0 = Date.now();
  const set = req.ruleSet ?? (await ruleSetFor({ on: req.on, basis: req.basis }));
  const vdb = req.vulnDb ?? loadVulnDb(req.vulnDbFile);
  let snap: SiteSnapshot;
  if (req.snapshotFile) {
    const { loadSnapshot } = await import('../snapshot-io.js');
    snap = mergeContext(await loadSnapshot(req.snapshotFile), req.context);
  } else {
    const { crawlSite } = await import('../crawl/index.js');
    // Only options actually given: `undefined` must not override the crawler's defaults.
    const given = Object.fromEntries(Object.entries({ ...req.crawl, onProgress: req.onProgress }).filter(([, v]) => v !== undefined));
    snap = await crawlSite(req.context, given);
    snap = mergeContext(snap, req.context);
  }
  if (req.browser && !req.snapshotFile) snap.browser = await browserFacts(snap, { lighthousePages: req.lighthousePages, lighthouseRuns: req.lighthouseRuns });
  if (req.saveSnapshotFile) {
    const { saveSnapshot } = await import('../snapshot-io.js');
    await saveSnapshot(snap, req.saveSnapshotFile);
  }
  const options: Partial<CheckOptions> = {
    browser: !!req.browser,
    vulnDb: vdb.db,
    vulnDbPath: vdb.path ?? vdb.tried.join(', '),
    ...(req.freshDays ? { freshDays: req.freshDays } : {}),
    ...(req.staleDays ? { staleDays: req.staleDays } : {}),
  };
  const findings = evaluate(snap, set, options);
  const report = buildReport(snap, set, findings, { durationMs: Date.now() - t0, vulnDbPath: vdb.db ? vdb.path : undefined });
  return { report, snapshot: snap };
}
