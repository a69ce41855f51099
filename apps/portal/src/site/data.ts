/**
 * Data access for public pages. Every query runs as an anonymous user with `overrideAccess: false`,
 * so the access rules decide what a citizen sees (drafts never leak; DESIGN.md Gotchas).
 */
import { getPayload, type Payload, type Where } from 'payload';
import config from '@payload-config';

export type Locale = 'vi' | 'en';

export interface SiteDoc {
  id: number | string;
  key: string;
  name: string;
  shortName?: string | null;
  level: string;
  slug: string;
  parent?: SiteDoc | number | string | null;
  governingAgency: string;
  responsiblePerson?: { name?: string | null; position?: string | null } | null;
  contacts?: { address?: string | null; phone?: string | null; fax?: string | null; email?: string | null } | null;
  licence?: { number?: string | null; issuer?: string | null; issuedOn?: string | null } | null;
  siteType: string;
  domains?: { domain: string; primary?: boolean | null }[] | null;
  emcSiteId?: string | null;
  sampleData?: boolean | null;
  status?: string | null;
  order?: number | null;
}

let payloadPromise: Promise<Payload> | undefined;
export const payload = (): Promise<Payload> => (payloadPromise ??= getPayload({ config }));

const anon = { overrideAccess: false, user: null } as const;

export async function findSiteBySlug(slug: string, locale: Locale): Promise<SiteDoc | null> {
  const p = await payload();
  const res = await p.find({ collection: 'sites', where: { and: [{ slug: { equals: slug } }, { hosted: { equals: true } }] }, locale, fallbackLocale: false, limit: 1, depth: 0, ...anon });
  return (res.docs[0] as unknown as SiteDoc) ?? null;
}

export async function findPortal(locale: Locale): Promise<SiteDoc | null> {
  const p = await payload();
  const res = await p.find({ collection: 'sites', where: { level: { equals: 'province' } }, locale, limit: 1, depth: 0, sort: 'id', ...anon });
  return (res.docs[0] as unknown as SiteDoc) ?? null;
}

export async function listComponentSites(locale: Locale): Promise<SiteDoc[]> {
  const p = await payload();
  const res = await p.find({
    collection: 'sites',
    where: { and: [{ level: { not_equals: 'province' } }, { hosted: { equals: true } }, { status: { equals: 'active' } }] },
    locale,
    fallbackLocale: false,
    limit: 2000,
    depth: 0,
    sort: 'name',
    pagination: false,
    ...anon,
  });
  return res.docs as unknown as SiteDoc[];
}

/** One page of published documents: the docs, the total count, the page number (1-based) and the page count. */
export interface PublishedPage<T> {
  docs: T[];
  totalDocs: number;
  page: number;
  totalPages: number;
}

/**
 * Published documents of one site (per-locale status: a document unpublished in `locale` is absent).
 * `site: null` queries every site (the portal's aggregated blocks). `page` past the end gives no docs.
 */
/**
 * Collections whose required, localized `title` tells whether an item exists in a language: publishing from
 * the admin can mark a locale published that was never written (no title there); such an item is not a
 * translation and stays out of that language's pages.
 */
const TITLED = new Set(['posts', 'pages', 'consultations', 'feedback', 'plans', 'procurement']);

/** The conditions every public query adds: this site (unless null), published, written in this locale. */
export function publishedWhere(collection: string, site: SiteDoc | null, where?: Where): Where {
  return {
    and: [
      ...(site ? [{ site: { equals: site.id } }] : []),
      { _status: { equals: 'published' } },
      ...(TITLED.has(collection) ? [{ title: { exists: true } }] : []),
      ...(where ? [where] : []),
    ],
  };
}

export async function findPublished<T>(collection: string, site: SiteDoc | null, locale: Locale, opts: { where?: Where; limit?: number; sort?: string; page?: number; depth?: number } = {}): Promise<PublishedPage<T>> {
  const p = await payload();
  const res = await p.find({
    collection: collection as never,
    where: publishedWhere(collection, site, opts.where),
    locale,
    fallbackLocale: false,
    limit: opts.limit ?? 10,
    page: opts.page ?? 1,
    sort: opts.sort ?? '-updatedAt',
    depth: opts.depth ?? 1,
    ...anon,
  });
  return { docs: res.docs as unknown as T[], totalDocs: res.totalDocs, page: res.page ?? 1, totalPages: Math.max(1, res.totalPages) };
}

/** Distinct non-empty values of `field` among one site's published documents, sorted (filter choices). */
export async function distinctValues(collection: string, site: SiteDoc, locale: Locale, field: string): Promise<string[]> {
  const p = await payload();
  const res = await p.findDistinct({
    collection: collection as never,
    field: field as never,
    where: publishedWhere(collection, site),
    locale,
    sort: field as never,
    ...anon,
  });
  const values = (res.values as Record<string, unknown>[]).map((v) => v[field]).filter((v): v is string | number => v !== null && v !== undefined && v !== '');
  return [...new Set(values.map(String))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * Only the `select`ed fields of every published document of a site matching `where` (one locale, no
 * fallback, depth 0, at most `limit`), sorted by `sort`; for month lists and sitemaps.
 */
export async function publishedFields<T = Record<string, unknown>>(collection: string, site: SiteDoc, locale: Locale, select: string[], opts: { where?: Where; sort?: string; limit?: number } = {}): Promise<T[]> {
  const p = await payload();
  const res = await p.find({
    collection: collection as never,
    where: publishedWhere(collection, site, opts.where),
    locale,
    fallbackLocale: false,
    pagination: false,
    ...(opts.limit ? { limit: opts.limit } : {}),
    select: Object.fromEntries(select.map((f) => [f, true])) as never,
    ...(opts.sort ? { sort: opts.sort } : {}),
    depth: 0,
    ...anon,
  });
  return res.docs as unknown as T[];
}

/** Dates (ISO strings) of `field` over every published document of a site matching `where`, newest first. */
export async function publishedDates(collection: string, site: SiteDoc, locale: Locale, field: string, where?: Where): Promise<string[]> {
  const docs = await publishedFields(collection, site, locale, [field], { where, sort: `-${field}` });
  return docs.map((d) => d[field]).filter((v): v is string => typeof v === 'string');
}

export async function findPublishedOne<T>(collection: string, site: SiteDoc, locale: Locale, where: Where): Promise<T | null> {
  const res = await findPublished<T>(collection, site, locale, { where, limit: 1 });
  return res.docs[0] ?? null;
}
