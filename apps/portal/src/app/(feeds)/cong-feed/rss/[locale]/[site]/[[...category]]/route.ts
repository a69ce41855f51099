/*
 * RSS 2.0 of one site (and optionally one category) in one language. Public URLs `/rss`, `/<slug>/rss`,
 * `/en/…/rss`, `…/rss/<category-slug>` are rewritten here by src/proxy.ts (`-` = the portal).
 */
import { handlerOrigin } from '../../../../../../../site/meta/origin';
import { renderRss, siteFeed } from '../../../../../../../site/feeds/rss';
import { notFoundText, resolveSite } from '../../../../../../../site/feeds/resolve';
import { xmlResponse } from '../../../../../../../site/feeds/xml';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; site: string; category?: string[] }> }) {
  const { locale, site: slug, category = [] } = await params;
  if ((locale !== 'vi' && locale !== 'en') || category.length > 1) return notFoundText();
  const { site } = await resolveSite(slug, locale);
  if (!site) return notFoundText();
  let categorySlug: string | undefined;
  try {
    categorySlug = category[0] ? decodeURIComponent(category[0]) : undefined;
  } catch {
    return notFoundText();
  }
  const feed = await siteFeed(handlerOrigin(request), site, locale, categorySlug);
  if (!feed) return notFoundText();
  return xmlResponse(renderRss(feed), 'application/rss+xml; charset=utf-8');
}
