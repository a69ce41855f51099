/**
 * Serves the real sotttt.hanoi.gov.vn fixture pages of `$CONG_SHARED_DIR/fixtures/html/` on 127.0.0.1 at
 * the paths they had in the HTTrack mirror (INDEX.md "source path" column, relative to `source/`), so
 * the relative links HTTrack rewrote resolve between them. Files are served byte-for-byte from the
 * shared folder (never copied). Any other path answers 404, as a mirror with missing pages would.
 *
 * Shared with the checks' tests: `startFixtureSite()` → `{ url, close }`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type Handler, type TestServer } from './server.js';

/** The repository root (…/work/main). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));

/** Shared read-only folder: `$CONG_SHARED_DIR`, else `<repo>/../shared`. */
export function sharedDir(): string {
  return process.env.CONG_SHARED_DIR ?? resolve(REPO_ROOT, '../shared');
}

/** Folder of the real HTML fixtures. */
export function fixtureHtmlDir(): string {
  return join(sharedDir(), 'fixtures', 'html');
}

/** True when the fixture pages and their INDEX.md are present. */
export function fixturesAvailable(): boolean {
  return existsSync(join(sharedDir(), 'fixtures', 'INDEX.md')) && existsSync(fixtureHtmlDir());
}

/** Message for `describe.skipIf(...)` / `it.skip` when the shared folder is absent. */
export const FIXTURES_MISSING = `shared fixtures not found at ${join(sharedDir(), 'fixtures')} (set CONG_SHARED_DIR); skipping tests that need the real pages`;

/** One mirrored page: fixture file, the URL path it is served at, and the original URL. */
export interface FixturePage {
  file: string;
  path: string;
  originalUrl: string;
}

/**
 * The mirrored pages listed in INDEX.md with a `source/…` path (the 20 sotttt.hanoi.gov.vn pages).
 * @throws when INDEX.md is missing
 */
export function fixturePages(): FixturePage[] {
  const index = readFileSync(join(sharedDir(), 'fixtures', 'INDEX.md'), 'utf8');
  const out: FixturePage[] = [];
  for (const line of index.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | file | source path in commit | original URL | what it is |
    if (cells.length < 5 || !/\.html$/.test(cells[1]) || !/^source\//.test(cells[2])) continue;
    out.push({ file: cells[1], path: `/${cells[2].replace(/^source\//, '')}`, originalUrl: cells[3] });
  }
  return out;
}

/** Options of {@link startFixtureSite}. */
export interface FixtureSiteOptions {
  /** robots.txt body (default: 404, i.e. everything allowed). */
  robotsTxt?: string;
  /** Extra routes (exact pathnames) served before the fixtures, e.g. a sitemap or feed for a test. */
  extra?: Record<string, Handler>;
}

/** A running fixture site. `url` is the home page (`http://127.0.0.1:<port>/`, which serves index.html). */
export interface FixtureSite {
  url: string;
  origin: string;
  pages: FixturePage[];
  server: TestServer;
  close(): Promise<void>;
}

/**
 * Start the fixture site on 127.0.0.1 (random port).
 * @throws when the shared fixtures are absent — guard with {@link fixturesAvailable}
 */
export async function startFixtureSite(options: FixtureSiteOptions = {}): Promise<FixtureSite> {
  if (!fixturesAvailable()) throw new Error(FIXTURES_MISSING);
  const pages = fixturePages();
  const byPath = new Map<string, string>();
  for (const p of pages) byPath.set(p.path, join(fixtureHtmlDir(), p.file));
  const home = byPath.get('/index.html');
  if (home) byPath.set('/', home);
  const server = await startServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = options.extra?.[path];
    if (extra) return extra(req, res);
    if (path === '/robots.txt' && options.robotsTxt !== undefined) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(options.robotsTxt);
      return;
    }
    const file = byPath.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html lang="vi"><head><title>404</title></head><body><h1>Không tìm thấy trang</h1></body></html>');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return { url: `${server.url}/`, origin: server.url, pages, server, close: () => server.close() };
}
