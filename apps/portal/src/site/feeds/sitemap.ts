/**
 * XML sitemaps (sitemaps.org 0.9 with xhtml:link hreflang alternates):
 * - {@link siteSitemap}: one site's URL set — home, lists (news, categories, documents, schedule, Q&A,
 *   consultations, HTML site map), section pages, posts and legal documents — in every language the item is
 *   published in, each `<url>` with `lastmod` where known and its vi/en alternates (itself included);
 * - {@link sitemapIndex}: on the portal, the index of the portal's own set and every hosted, active component site's.
 * Items come from anonymous `overrideAccess: false` queries (only published, per locale).
 */
import type { Where } from 'payload';
import { listComponentSites, publishedFields, type Locale, type SiteDoc } from '../data';
import { href } from '../paths';
import { categoryHref } from '../components/CategoryNav';
import { absolute, sitemapPath } from '../meta/urls';
import { latest, xmlEscape } from './xml';
import { renderUrlset, SITEMAP_MAX_URLS, type SitemapEntry } from './sitemapXml';

export { renderUrlset, type SitemapEntry } from './sitemapXml';

const LOCALES: Locale[] = ['vi', 'en'];

interface Row {
  id: number | string;
  slug?: string | null;
  kind?: string | null;
  updatedAt?: string | null;
}

/** Published rows of one collection for a site in one locale (only the fields named in `select`). */
const rows = (collection: string, site: SiteDoc, locale: Locale, select: string[], where?: Where): Promise<Row[]> =>
  publishedFields<Row>(collection, site, locale, select, { where, limit: SITEMAP_MAX_URLS });

/** Merges per-locale rows of the same documents into entries (a document published in one language only has one path). */
function merge(byLocale: Record<Locale, Row[]>, pathOf: (row: Row, locale: Locale) => string | null): SitemapEntry[] {
  const map = new Map<string, SitemapEntry>();
  for (const locale of LOCALES) {
    for (const row of byLocale[locale]) {
      const path = pathOf(row, locale);
      if (!path) continue;
      const e = map.get(String(row.id)) ?? { paths: {}, lastmod: {} };
      e.paths[locale] = path;
      e.lastmod[locale] = row.updatedAt ?? undefined;
      map.set(String(row.id), e);
    }
  }
  return [...map.values()];
}

/** Newest `updatedAt` of a list of rows. */
const newest = (list: Row[]): string | undefined => list.reduce<string | undefined>((acc, r) => latest(acc, r.updatedAt), undefined);

/**
 * Every public URL of `site` as sitemap entries. Lists and the home exist in both languages; pages, posts and
 * documents only in the languages they are published in.
 */
export async function siteEntries(site: SiteDoc): Promise<SitemapEntry[]> {
  const both = async (collection: string, select: string[], where?: Where) => {
    const [vi, en] = await Promise.all(LOCALES.map((l) => rows(collection, site, l, select, where)));
    return { vi, en } as Record<Locale, Row[]>;
  };
  const [pages, posts, docs, cats] = await Promise.all([
    both('pages', ['slug', 'updatedAt']),
    both('posts', ['slug', 'updatedAt']),
    both('legal-documents', ['updatedAt']),
    both('categories', ['slug', 'kind', 'updatedAt']),
  ]);
  const lastPost = { vi: newest(posts.vi), en: newest(posts.en) };
  const lastDoc = { vi: newest(docs.vi), en: newest(docs.en) };
  const inBoth = (segments: string[], lastmod: Partial<Record<Locale, string | undefined>> = {}): SitemapEntry => ({
    paths: { vi: href(site, 'vi', segments), en: href(site, 'en', segments) },
    lastmod,
  });
  const lastAny = { vi: latest(latest(lastPost.vi, lastDoc.vi), newest(pages.vi)), en: latest(latest(lastPost.en, lastDoc.en), newest(pages.en)) };
  const entries: SitemapEntry[] = [
    inBoth([], lastAny),
    inBoth(['tin-tuc'], lastPost),
    inBoth(['van-ban'], lastDoc),
    inBoth(['lich-cong-tac']),
    inBoth(['hoi-dap']),
    inBoth(['lay-y-kien']),
    inBoth(['so-do-trang']),
  ];
  const seen = new Set(entries.map((e) => e.paths.vi));
  // Categories listed at their own page (`chuyen-muc/<slug>`); the others point to a list already above.
  for (const e of merge(cats, (row, l) => categoryHref(site, l, { id: row.id, slug: row.slug, kind: row.kind }))) {
    const key = e.paths.vi ?? e.paths.en!;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ paths: e.paths, lastmod: lastPost });
  }
  entries.push(...merge(pages, (row, l) => (row.slug ? href(site, l, [row.slug]) : null)));
  entries.push(...merge(posts, (row, l) => (row.slug ? href(site, l, ['tin-tuc', row.slug]) : null)));
  entries.push(...merge(docs, (row, l) => href(site, l, ['van-ban', row.id])));
  return entries;
}

/** The sitemap of one site as XML. */
export async function siteSitemap(origin: string, site: SiteDoc): Promise<string> {
  return renderUrlset(origin, await siteEntries(site));
}

/** Sitemap index on the portal: the portal's own set first, then every hosted, active component site. */
export async function sitemapIndex(origin: string, portal: SiteDoc): Promise<string> {
  const sites = await listComponentSites('vi');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const s of [portal, ...sites]) out.push(`<sitemap><loc>${xmlEscape(absolute(origin, sitemapPath(s)))}</loc></sitemap>`);
  out.push('</sitemapindex>', '');
  return out.join('\n');
}
