/**
 * Public URLs of the machine-readable resources (feeds, sitemaps) and absolute-URL helpers. The proxy
 * (src/proxy.ts) maps the public paths to the route handlers under app/(feeds)/cong-feed/.
 *
 *   /rss, /<slug>/rss, /en/rss, /en/<slug>/rss     RSS 2.0 of a site in one language
 *   …/rss/<category-slug>                          RSS 2.0 of one category
 *   /sitemap.xml                                   sitemap index over every hosted site (portal)
 *   /sitemap-portal.xml, /<slug>/sitemap.xml       one site's URL set, both languages with hreflang alternates
 *   /robots.txt                                    allows public pages, disallows /admin and /api, names /sitemap.xml
 */
import type { Locale, SiteDoc } from '../data';
import { sitePath } from '../paths';

/** Site-relative path of a site's RSS feed (or one category's feed). */
export function rssPath(site: Pick<SiteDoc, 'slug' | 'level'>, locale: Locale, categorySlug?: string | null): string {
  return `${sitePath(site, locale)}rss${categorySlug ? `/${encodeURIComponent(categorySlug)}` : ''}`;
}

/** Path of a site's own sitemap (URL set): the portal's at `/sitemap-portal.xml`, a component's at `/<slug>/sitemap.xml`. */
export function sitemapPath(site: Pick<SiteDoc, 'slug' | 'level'>): string {
  return site.level === 'province' || !site.slug ? '/sitemap-portal.xml' : `/${site.slug}/sitemap.xml`;
}

/** `origin` + a site-relative path; absolute URLs (http/https) are returned unchanged. */
export function absolute(origin: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  return `${origin}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}

/** Open Graph locale of a site language. */
export const ogLocale = (locale: Locale): string => (locale === 'vi' ? 'vi_VN' : 'en_US');

/** A path as Next serves it: no trailing slash except the root (`/xa-a/` → `/xa-a`, `/en/` → `/en`). */
export const servedPath = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') || '/' : path);

/** Absolute URL of a site's home in `locale` (`http://host/`, `http://host/xa-a`, `http://host/en/xa-a`). */
export const siteUrl = (origin: string, site: Pick<SiteDoc, 'slug' | 'level'>, locale: Locale): string => absolute(origin, servedPath(sitePath(site, locale)));
