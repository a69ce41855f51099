/**
 * Saving and loading {@link SiteSnapshot}s: JSON, gzip-compressed when the file name ends in `.gz`,
 * validated on load by a zod schema that mirrors snapshot.ts. Objects are "loose": fields added later
 * (optional by the rules of the model) survive a load/save round trip.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { SiteSnapshot } from './snapshot.js';

const str = z.string();
const num = z.number();
const bool = z.boolean();

const linkRegion = z.enum(['header', 'menu', 'main', 'footer', 'other']);

const linkFact = z.looseObject({ url: str, text: str, region: linkRegion, hidden: bool, selector: str.optional(), rel: str.optional() });
const headingFact = z.looseObject({ level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]), text: str });
const formFact = z.looseObject({
  action: str,
  method: z.enum(['get', 'post']),
  inputs: z.array(z.looseObject({ name: str, type: str, placeholder: str.optional(), label: str.optional(), value: str.optional() })),
  isSearch: bool,
  selector: str.optional(),
  scripted: bool.optional(),
});
const scriptFact = z.looseObject({ src: str.optional(), inline: str.optional(), library: z.looseObject({ name: str, version: str.optional() }).optional() });
const emcTagFact = z.looseObject({ siteId: str, trackerUrl: str.optional(), loaderUrl: str.optional(), snippet: str });

/** Zod schema of {@link PageFacts}. */
export const pageFactsSchema = z.looseObject({
  title: str,
  lang: str,
  headings: z.array(headingFact),
  links: z.array(linkFact),
  mainText: str,
  footerText: str,
  headerText: str,
  headerImages: z.array(z.looseObject({ src: str, alt: str })),
  dates: z.array(z.looseObject({ date: str, snippet: str })),
  emails: z.array(str),
  phones: z.array(str),
  forms: z.array(formFact),
  shareTargets: z.array(str),
  feeds: z.array(str),
  meta: z.looseObject({
    viewport: str.optional(),
    description: str.optional(),
    generator: str.optional(),
    dublinCore: z.record(str, str),
    openGraph: z.record(str, str),
    jsonLd: z.array(z.unknown()),
    jsonLdErrors: num,
    charset: str.optional(),
  }),
  scripts: z.array(scriptFact),
  outboundHosts: z.array(str),
  emc: emcTagFact.optional(),
  languageLinks: z.array(z.looseObject({ url: str, lang: str, text: str, via: z.enum(['hreflang', 'switch']) })).optional(),
});

/** Zod schema of {@link PageSnapshot}. */
export const pageSnapshotSchema = z.looseObject({
  url: str,
  finalUrl: str,
  status: num,
  redirects: z.array(str),
  headers: z.record(str, str),
  contentType: str,
  charset: str,
  declaredCharset: str.optional(),
  charsetWarning: str.optional(),
  bytes: num,
  truncated: bool,
  fetchedAt: str,
  durationMs: num,
  via: str,
  depth: num,
  html: str.optional(),
  facts: pageFactsSchema.optional(),
  error: str.optional(),
});

const sitemapFact = z.looseObject({
  url: str,
  kind: z.enum(['urlset', 'sitemapindex', 'invalid']),
  urls: z.array(z.looseObject({ loc: str, lastmod: str.optional() })),
  error: str.optional(),
});
const feedFact = z.looseObject({
  url: str,
  kind: z.enum(['rss', 'atom', 'invalid']),
  title: str.optional(),
  items: z.array(z.looseObject({ title: str, link: str, published: str.optional() })),
  error: str.optional(),
});
const tlsFact = z.looseObject({
  valid: bool,
  protocol: str.optional(),
  issuer: str.optional(),
  validTo: str.optional(),
  error: str.optional(),
  httpRedirectsToHttps: bool.optional(),
});
const siteContext = z.looseObject({
  url: str,
  name: str.optional(),
  level: z.enum(['province', 'department', 'district', 'commune', 'unit', 'party', 'enterprise']).optional(),
  siteType: z.enum(['general', 'internal', 'specialised']).optional(),
  portalUrl: str.optional(),
  agency: str.optional(),
  emcSiteId: str.optional(),
  hosted: bool.optional(),
  componentUrls: z.array(str).optional(),
});
const cloakingProbe = z.looseObject({
  url: str,
  variants: z.array(
    z.looseObject({
      agent: z.enum(['browser', 'googlebot', 'search-referrer']),
      status: num,
      bytes: num,
      textHash: str,
      spamTerms: z.array(str),
      error: str.optional(),
    }),
  ),
});
const browserFacts = z.looseObject({
  axe: z
    .array(
      z.looseObject({
        url: str,
        violations: z.array(z.looseObject({ id: str, impact: str.optional(), help: str, tags: z.array(str), nodes: num, target: str.optional() })),
        error: str.optional(),
        levelA: z.looseObject({ violationIds: z.array(str), note: str }).optional(),
      }),
    )
    .optional(),
  lighthouse: z
    .array(
      z.looseObject({
        url: str,
        runs: num,
        fcpMs: num.optional(),
        lcpMs: num.optional(),
        speedIndexMs: num.optional(),
        tbtMs: num.optional(),
        error: str.optional(),
      }),
    )
    .optional(),
});

/** Zod schema of {@link SiteSnapshot} (schemaVersion 1). */
export const siteSnapshotSchema = z.looseObject({
  schemaVersion: z.literal(1),
  site: siteContext,
  startUrl: str,
  hosts: z.array(str),
  pathScope: z.array(str).optional(),
  startedAt: str,
  finishedAt: str,
  source: z.enum(['crawler', 'portal']),
  robots: z.looseObject({ url: str, status: num, body: str.optional(), sitemaps: z.array(str), disallowsAll: bool, ignored: bool }).optional(),
  pages: z.array(pageSnapshotSchema),
  sitemaps: z.array(sitemapFact),
  feeds: z.array(feedFact),
  tls: tlsFact.optional(),
  englishUrl: str.optional(),
  cloaking: z.array(cloakingProbe).optional(),
  browser: browserFacts.optional(),
  searchProbe: z.looseObject({ query: str, expectedUrl: str, resultUrl: str, status: num, found: bool, error: str.optional() }).optional(),
  limitsHit: z.array(str),
  errors: z.array(z.looseObject({ url: str, message: str })),
  outboundChecks: z.array(z.looseObject({ url: str, status: num, finalUrl: str.optional(), error: str.optional() })).optional(),
  network: z.looseObject({ ipv6: bool.optional(), dnssec: bool.optional(), serverCountry: str.optional(), reason: str.optional() }).optional(),
});

/** Thrown by {@link loadSnapshot} / {@link parseSnapshot} for files that are not valid snapshots. */
export class SnapshotFormatError extends Error {
  constructor(
    message: string,
    /** Up to 10 problems as "path: message". */
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'SnapshotFormatError';
  }
}

/** Options of {@link saveSnapshot}. */
export interface SaveOptions {
  /** Drop each page's raw HTML (a "light" snapshot). Default false. */
  omitHtml?: boolean;
  /** Pretty-print JSON (default: true for .json, false for .gz). */
  pretty?: boolean;
}

/**
 * Write a snapshot to `file` (directories are created). `.gz` → gzip-compressed JSON.
 * The snapshot is validated first, so an invalid object is never written.
 *
 * @throws SnapshotFormatError when the snapshot does not match the schema; fs errors as they come
 */
export async function saveSnapshot(snapshot: SiteSnapshot, file: string, options: SaveOptions = {}): Promise<void> {
  const data = options.omitHtml ? { ...snapshot, pages: snapshot.pages.map(({ html: _html, ...p }) => p) } : snapshot;
  validate(data, file);
  const gz = file.endsWith('.gz');
  const json = JSON.stringify(data, null, (options.pretty ?? !gz) ? 2 : undefined);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, gz ? gzipSync(json) : json);
}

function validate(data: unknown, source: string): SiteSnapshot {
  const r = siteSnapshotSchema.safeParse(data);
  if (r.success) return r.data as unknown as SiteSnapshot;
  const issues = r.error.issues.slice(0, 10).map((i) => `${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)'}: ${i.message}`);
  throw new SnapshotFormatError(`${source} is not a valid SiteSnapshot (schemaVersion 1): ${issues.join('; ')}`, issues);
}

/**
 * Validate an already-parsed object as a snapshot.
 * @param source name used in error messages
 * @throws SnapshotFormatError listing the first problems with their JSON paths
 */
export function parseSnapshot(data: unknown, source = 'snapshot'): SiteSnapshot {
  return validate(data, source);
}

/**
 * Read a snapshot from `file` (`.gz` → gunzip; gzip is also recognised by its magic bytes).
 * @throws SnapshotFormatError for unreadable gzip, invalid JSON, or a schema mismatch (message names the
 *         file and the failing JSON paths); fs errors (ENOENT…) as they come
 */
export async function loadSnapshot(file: string): Promise<SiteSnapshot> {
  let buf = await readFile(file);
  if (file.endsWith('.gz') || (buf[0] === 0x1f && buf[1] === 0x8b)) {
    try {
      buf = gunzipSync(buf);
    } catch (err) {
      throw new SnapshotFormatError(`${file} is not valid gzip: ${(err as Error).message}`);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(buf.toString('utf8'));
  } catch (err) {
    throw new SnapshotFormatError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  return validate(data, file);
}
