/**
 * Performance: Lighthouse 12.2.3 (programmatic API) on Chromium started by chrome-launcher. Several runs,
 * median of each metric (EVAL25-perf thresholds: FCP < 3 s, LCP < 4 s, SI < 5.8 s, TBT < 0.6 s — the
 * checks apply them).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import type { BrowserFacts } from '../snapshot.js';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH, chromiumAvailable } from './chromium.js';

/** One URL's Lighthouse result (the BrowserFacts.lighthouse element); metrics in ms. */
export type LighthouseResult = NonNullable<BrowserFacts['lighthouse']>[number];

/** Options of {@link runLighthouse}. */
export interface LighthouseOptions {
  /** Runs whose median is reported (default 3). */
  runs?: number;
  /** Chromium binary (default /usr/bin/chromium or $CHROMIUM_PATH). */
  chromiumPath?: string;
  /** Deadline per run, ms (default 90,000). */
  timeoutMs?: number;
  /** 'mobile' (Lighthouse default, simulated slow 4G + CPU slowdown) or 'desktop'. */
  formFactor?: 'mobile' | 'desktop';
}

/** Median of numbers (undefined for an empty list). */
export function median(values: number[]): number | undefined {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<T>((_, reject) => {
      t = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]);
}

/**
 * Run Lighthouse's performance category `runs` times on one URL and report the medians of First
 * Contentful Paint, Largest Contentful Paint, Speed Index and Total Blocking Time (ms, rounded).
 *
 * @returns never throws: a missing browser, a page Lighthouse cannot load (runtimeError) or a timeout
 *          gives `error` (and the medians of the runs that did succeed, if any); `runs` counts the runs
 *          that produced metrics
 */
export async function runLighthouse(url: string, options: LighthouseOptions = {}): Promise<LighthouseResult> {
  const runs = Math.max(1, options.runs ?? 3);
  const chromiumPath = options.chromiumPath ?? DEFAULT_CHROMIUM_PATH;
  const timeoutMs = options.timeoutMs ?? 90_000;
  if (!chromiumAvailable(chromiumPath)) return { url, runs: 0, error: `Chromium not found at ${chromiumPath}` };
  let chrome: chromeLauncher.LaunchedChrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
  } catch (err) {
    return { url, runs: 0, error: `Chromium failed to start: ${(err as Error).message.split('\n')[0]}` };
  }
  const fcp: number[] = [];
  const lcp: number[] = [];
  const si: number[] = [];
  const tbt: number[] = [];
  const problems: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      try {
        const flags: Record<string, unknown> = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
        if (options.formFactor === 'desktop') {
          flags.formFactor = 'desktop';
          flags.screenEmulation = { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false };
          flags.throttling = { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 };
        }
        const r = await withTimeout(lighthouse(url, flags), timeoutMs, `Lighthouse run ${i + 1}`);
        const lhr = r?.lhr;
        if (!lhr) {
          problems.push(`run ${i + 1}: no result`);
          continue;
        }
        if (lhr.runtimeError) {
          problems.push(`run ${i + 1}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          continue;
        }
        const metric = (id: string) => lhr.audits[id]?.numericValue;
        const vals = [metric('first-contentful-paint'), metric('largest-contentful-paint'), metric('speed-index'), metric('total-blocking-time')];
        if (vals.every((v) => v === undefined)) {
          problems.push(`run ${i + 1}: no metrics`);
          continue;
        }
        if (vals[0] !== undefined) fcp.push(vals[0]);
        if (vals[1] !== undefined) lcp.push(vals[1]);
        if (vals[2] !== undefined) si.push(vals[2]);
        if (vals[3] !== undefined) tbt.push(vals[3]);
      } catch (err) {
        problems.push(`run ${i + 1}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    try {
      chrome.kill();
    } catch {
      /* already gone */
    }
  }
  const round = (v: number | undefined) => (v === undefined ? undefined : Math.round(v));
  const result: LighthouseResult = { url, runs: Math.max(fcp.length, lcp.length, si.length, tbt.length) };
  const m = { fcpMs: round(median(fcp)), lcpMs: round(median(lcp)), speedIndexMs: round(median(si)), tbtMs: round(median(tbt)) };
  for (const [k, v] of Object.entries(m)) if (v !== undefined) (result as unknown as Record<string, number>)[k] = v;
  if (problems.length) result.error = problems.join('; ');
  return result;
}
