/**
 * Building SiteSnapshots for the checks' tests without a network:
 *
 *  - `page(url, html, extra)`   → a PageSnapshot whose facts come from the real extractor (`extractPageFacts`);
 *  - `snapshot(pages, extra)`   → a SiteSnapshot around those pages (first page = the start page);
 *  - `realSiteSnapshot()`       → the real sotttt.hanoi.gov.vn fixture pages: crawled from the home page on a
 *    loopback fixture server, plus the fixture pages the partial HTTrack mirror does not link at their mirrored
 *    paths (fetched from the same server and extracted the same way, `via: 'seed'`, depth 2).
 *
 * This is the documented way to write check fixtures: hand-written HTML in, SiteSnapshot out (see
 * docs in src/checks/*.ts for which snapshot fields each check reads).
 */
import type { PageSnapshot, SiteContext, SiteSnapshot } from '../../src/snapshot.js';
import { extractPageFacts } from '../../src/extract/index.js';
import { crawlSite } from '../../src/crawl/index.js';
import { startFixtureSite } from './fixture-site.js';

export function page(url: string, html: string, extra: Partial<PageSnapshot> = {}, hosts?: string[]): PageSnapshot {
  const host = new URL(url).host;
  return {
    url,
    finalUrl: url,
    status: 200,
    redirects: [],
    headers: { 'content-type': 'text/html; charset=utf-8' },
    contentType: 'text/html',
    charset: 'utf-8',
    bytes: Buffer.byteLength(html),
    truncated: false,
    fetchedAt: '2026-11-29T00:00:00.000Z',
    durationMs: 10,
    via: 'link',
    depth: 1,
    html,
    facts: extractPageFacts(html, url, hosts ?? [host]),
    ...extra,
  };
}

export function snapshot(pages: PageSnapshot[], extra: Partial<SiteSnapshot> = {}, site: Partial<SiteContext> = {}): SiteSnapshot {
  const start = pages[0]?.url ?? 'https://so.example.gov.vn/';
  if (pages[0]) Object.assign(pages[0], { via: 'start', depth: 0 });
  const host = new URL(start).host;
  return {
    schemaVersion: 1,
    site: { url: start, ...site },
    startUrl: start,
    hosts: [host],
    startedAt: '2026-11-29T00:00:00.000Z',
    finishedAt: '2026-11-29T00:00:10.000Z',
    source: 'crawler',
    pages,
    sitemaps: [],
    feeds: [],
    limitsHit: [],
    errors: [],
    ...extra,
  };
}

/** A minimal Vietnamese page: title, menu, main, footer. */
export function html(opts: { title: string; menu?: [string, string][]; main?: string; footer?: string; head?: string; lang?: string; header?: string }): string {
  const menu = (opts.menu ?? []).map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join('');
  return `<!DOCTYPE html><html lang="${opts.lang ?? 'vi'}"><head><meta charset="utf-8"><title>${opts.title}</title>${opts.head ?? ''}</head><body>
<header>${opts.header ?? ''}<nav><ul>${menu}</ul></nav></header>
<main>${opts.main ?? ''}</main>
<footer>${opts.footer ?? ''}</footer></body></html>`;
}

/**
 * Where the real site linked a section at one path but the mirror saved it at another, serve the mirrored file
 * at the linked path too (the link is real; only HTTrack's file naming differs).
 */
export const MIRROR_ALIASES: Record<string, string> = {
  '/web/sotttt-eng/home.html': '/web/sotttt-eng.html',
  '/lien-he.html': '/vi/lien-he.html',
  '/tin-tuc-su-kien.html': '/vi/tin-tuc-su-kien.html',
  '/van-ban-phap-quy.html': '/en/van-ban-phap-quy61f7.html',
};

/** The fixture site with {@link MIRROR_ALIASES} served too. */
export async function startAliasedFixtureSite() {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { fixtureHtmlDir, fixturePages } = await import('./fixture-site.js');
  const byPath = new Map(fixturePages().map((p) => [p.path, join(fixtureHtmlDir(), p.file)]));
  const extra: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void> = {};
  for (const [alias, target] of Object.entries(MIRROR_ALIASES)) {
    const file = byPath.get(target);
    if (!file) continue;
    extra[alias] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(file));
    };
  }
  return startFixtureSite({ extra });
}

export async function realSiteSnapshot(context: Partial<SiteContext> = {}): Promise<SiteSnapshot> {
  const site = await startAliasedFixtureSite();
  try {
    const snap = await crawlSite({ url: site.url, ...context }, { maxPages: 200, maxDepth: 3, totalTimeMs: 60_000 });
    const fetched = new Set(snap.pages.filter((p) => p.status === 200).map((p) => new URL(p.finalUrl || p.url).pathname));
    for (const fp of site.pages) {
      if (fetched.has(fp.path) || fp.path === '/index.html') continue;
      const url = `${site.origin}${fp.path}`;
      const res = await fetch(url);
      const body = await res.text();
      snap.pages.push({ ...page(url, body, { via: 'seed', depth: 2, fetchedAt: new Date().toISOString() }, snap.hosts), status: res.status });
    }
    return snap;
  } finally {
    await site.close();
  }
}

/** A RuleContext for calling a check's judge directly in a test. */
export async function judgeWith(s: SiteSnapshot, opts: { on?: string; vulnDb?: import('../../src/rules/types.js').VulnDb } = {}) {
  const { DEFAULT_CHECK_OPTIONS } = await import('../../src/rules/engine.js');
  const ctx: import('../../src/rules/types.js').RuleContext = {
    snapshot: s,
    site: s.site,
    on: opts.on ?? '2026-11-29',
    options: { ...DEFAULT_CHECK_OPTIONS, ...(opts.vulnDb ? { vulnDb: opts.vulnDb } : {}) },
    judge: (fn, ...args) => fn(ctx, ...args),
  };
  return ctx;
}
