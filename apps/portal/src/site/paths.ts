/** Public URLs: the portal at `/`, a component site at `/<slug>/`, English under `/en`. */
import type { Locale, SiteDoc } from './data';

export const sitePath = (site: Pick<SiteDoc, 'slug' | 'level'>, locale: Locale): string => {
  const prefix = locale === 'en' ? '/en' : '';
  return site.level === 'province' || !site.slug ? `${prefix}/` : `${prefix}/${site.slug}/`;
};

/** Reserved first path segments that no site slug may take. */
export const RESERVED = new Set(['admin', 'api', '_next', 'en', 'media', 'favicon.ico', 'robots.txt', 'sitemap.xml']);
