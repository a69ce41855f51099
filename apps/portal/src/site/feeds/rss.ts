/**
 * RSS 2.0 feeds of a site (TT22-4.3: share content as web services; REQUIREMENTS.md): the newest published posts
 * of one site in one language, optionally of one category. Only published items of that site and that locale
 * (anonymous `overrideAccess: false` queries, per-locale status), newest first.
 * Serialisation: rssXml.ts.
 */
import { findPublished, findPublishedOne, type Locale, type SiteDoc } from '../data';
import { href } from '../paths';
import type { AnyDoc } from '../types';
import { m } from '../meta/strings';
import { DEFAULT_LOGO } from '../meta/jsonld';
import { absolute, rssPath, siteUrl } from '../meta/urls';
import { categoryHref } from '../components/CategoryNav';
import { type RssChannel, type RssItem } from './rssXml';

export { renderRss } from './rssXml';

/** Items per feed. */
export const RSS_ITEMS = 50;

/**
 * The feed of `site` in `locale` (all posts, or the posts of the category with slug `categorySlug`).
 * @returns the channel, or null when the category does not exist or is not published in `locale`.
 */
export async function siteFeed(origin: string, site: SiteDoc, locale: Locale, categorySlug?: string): Promise<RssChannel | null> {
  const s = m(locale);
  let category: AnyDoc | null = null;
  if (categorySlug) {
    category = await findPublishedOne<AnyDoc>('categories', site, locale, { slug: { equals: categorySlug } });
    if (!category) return null;
  }
  const { docs } = await findPublished<AnyDoc>('posts', site, locale, {
    limit: RSS_ITEMS,
    sort: '-publishedAt',
    depth: 1,
    where: category ? { categories: { in: [category.id] } } : undefined,
  });
  const home = siteUrl(origin, site, locale);
  const items: RssItem[] = docs.map((p) => {
    const cats = (Array.isArray(p.categories) ? p.categories : []).filter((c: unknown): c is AnyDoc => Boolean(c) && typeof c === 'object');
    const c = p.citation ?? {};
    return {
      title: String(p.title ?? ''),
      link: absolute(origin, href(site, locale, ['tin-tuc', p.slug])),
      pubDate: p.publishedAt ?? p.createdAt,
      description: p.excerpt ?? null,
      categories: cats.map((x) => String(x.name)),
      source: c.kind === 'republished' && c.sourceName && /^https?:\/\//.test(c.sourceUrl ?? '') ? { name: c.sourceName, url: c.sourceUrl } : null,
    };
  });
  const newest = docs.map((p) => p.updatedAt as string).filter(Boolean).sort().at(-1);
  const title = category ? s.rssCategory(String(category.name), site.name) : s.rssOf(site.name);
  const link = category ? absolute(origin, categoryHref(site, locale, category)) : home;
  return {
    title,
    link,
    description: category?.description || s.rssDescription(site.name),
    language: locale,
    self: absolute(origin, rssPath(site, locale, category?.slug)),
    lastBuildDate: newest ?? new Date().toISOString(),
    image: { url: absolute(origin, DEFAULT_LOGO.url), title, link },
    items,
  };
}
