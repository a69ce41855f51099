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

/** Published documents of one site (per-locale status: a document unpublished in `locale` is absent). */
export async function findPublished<T>(collection: string, site: SiteDoc, locale: Locale, opts: { where?: Where; limit?: number; sort?: string; page?: number } = {}): Promise<{ docs: T[]; totalDocs: number }> {
  const p = await payload();
  const res = await p.find({
    collection: collection as never,
    where: { and: [{ site: { equals: site.id } }, { _status: { equals: 'published' } }, ...(opts.where ? [opts.where] : [])] },
    locale,
    fallbackLocale: false,
    limit: opts.limit ?? 10,
    page: opts.page ?? 1,
    sort: opts.sort ?? '-updatedAt',
    depth: 1,
    ...anon,
  });
  return { docs: res.docs as unknown as T[], totalDocs: res.totalDocs };
}

export async function findPublishedOne<T>(collection: string, site: SiteDoc, locale: Locale, where: Where): Promise<T | null> {
  const res = await findPublished<T>(collection, site, locale, { where, limit: 1 });
  return res.docs[0] ?? null;
}
