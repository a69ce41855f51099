/** Site lookup for the feed and sitemap route handlers: `-` is the portal, anything else a hosted site's slug. */
import { findPortal, findSiteBySlug, type Locale, type SiteDoc } from '../data';

/** The portal and the site named by `slug` (`-` = the portal); `site` is null when no hosted site has that slug. */
export async function resolveSite(slug: string, locale: Locale): Promise<{ portal: SiteDoc | null; site: SiteDoc | null }> {
  const portal = await findPortal(locale);
  if (!portal) return { portal: null, site: null };
  if (slug === '-' || slug === portal.slug) return { portal, site: portal };
  const site = /^[a-z0-9-]{1,100}$/.test(slug) ? await findSiteBySlug(slug, locale) : null;
  return { portal, site: site && site.level !== 'province' ? site : null };
}

/** A plain-text 404 in both languages. */
export const notFoundText = (): Response =>
  new Response('Không tìm thấy / Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=60' } });
