/**
 * Accessibility scan: axe-core run inside pages loaded by Chromium through playwright-core. WCAG 2.1
 * A + AA rules (the practical target); the Level A subset is reported separately as the legal floor
 * (Circular 26/2020 mandates WCAG 1.0, for which WCAG 2.x Level A is the closest automated proxy).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import type { BrowserFacts } from '../snapshot.js';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH, chromiumAvailable } from './chromium.js';

/** One page's axe result (the BrowserFacts.axe element). */
export type AxeResult = NonNullable<BrowserFacts['axe']>[number];

/** axe tags of WCAG 2.0/2.1 Level A and AA. */
export const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
/** axe tags of WCAG 2.x Level A only. */
export const WCAG2X_A_TAGS = ['wcag2a', 'wcag21a', 'wcag22a'] as const;
/** Text attached to the Level A subset. */
export const LEVEL_A_NOTE =
  'WCAG 2.x Level A subset, reported as the legal floor: Circular 26/2020/TT-BTTTT makes WCAG 1.0 mandatory (no level stated); WCAG 2.0/2.1 are recommended.';

/** Options of {@link runAxe}. */
export interface AxeOptions {
  /** Chromium binary (default /usr/bin/chromium or $CHROMIUM_PATH). */
  chromiumPath?: string;
  /** Per-page navigation + analysis deadline, ms (default 60,000). */
  timeoutMs?: number;
  /** axe tags to run (default {@link WCAG21_AA_TAGS}). */
  tags?: readonly string[];
  /** Viewport (default 1280×800). */
  viewport?: { width: number; height: number };
}

let axeSource: string | undefined;
function loadAxeSource(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface RawViolation {
  id: string;
  impact?: string | null;
  help: string;
  tags: string[];
  nodes: { target: unknown[] }[];
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
 * Run axe-core on each URL (sequentially, one fresh browser context per page, CSP bypassed so axe can
 * be injected).
 *
 * @returns one result per URL, in order. Never throws: a page that fails to load or analyse, or a
 *          browser that cannot start, gives `error` and no violations.
 */
export async function runAxe(urls: string[], options: AxeOptions = {}): Promise<AxeResult[]> {
  const chromiumPath = options.chromiumPath ?? DEFAULT_CHROMIUM_PATH;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const tags = [...(options.tags ?? WCAG21_AA_TAGS)];
  if (!chromiumAvailable(chromiumPath)) return urls.map((url) => ({ url, violations: [], error: `Chromium not found at ${chromiumPath}` }));
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'),
      timeout: 60_000,
    });
  } catch (err) {
    return urls.map((url) => ({ url, violations: [], error: `Chromium failed to start: ${(err as Error).message.split('\n')[0]}` }));
  }
  const results: AxeResult[] = [];
  try {
    for (const url of urls) {
      const context = await browser.newContext({ bypassCSP: true, viewport: options.viewport ?? { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(timeoutMs);
        const res = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
        const status = res?.status() ?? 0;
        await page.addScriptTag({ content: loadAxeSource() });
        const raw = await withTimeout(
          page.evaluate(async (runTags: string[]) => {
            const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
            const r = await axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] });
            return r.violations;
          }, tags),
          timeoutMs,
          'axe analysis',
        );
        const violations = (raw as RawViolation[]).map((v) => {
          const out: AxeResult['violations'][number] = { id: v.id, help: v.help, tags: v.tags, nodes: v.nodes.length };
          if (v.impact) out.impact = v.impact;
          const target = v.nodes[0]?.target;
          if (target?.length) out.target = target.map(String).join(' ');
          return out;
        });
        const levelAIds = violations.filter((v) => v.tags.some((t) => (WCAG2X_A_TAGS as readonly string[]).includes(t))).map((v) => v.id);
        const result: AxeResult = { url, violations, levelA: { violationIds: levelAIds, note: LEVEL_A_NOTE } };
        if (status >= 400) result.error = `page answered HTTP ${status}; axe ran on the error page`;
        results.push(result);
      } catch (err) {
        results.push({ url, violations: [], error: (err as Error).message.split('\n')[0] });
      } finally {
        await context.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  return results;
}
