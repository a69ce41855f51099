/* One site's XML sitemap (both languages). `/sitemap-portal.xml` and `/<slug>/sitemap.xml` are rewritten here by src/proxy.ts. */
import { handlerOrigin } from '../../../../../site/meta/origin';
import { siteSitemap } from '../../../../../site/feeds/sitemap';
import { notFoundText, resolveSite } from '../../../../../site/feeds/resolve';
import { xmlResponse } from '../../../../../site/feeds/xml';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ site: string }> }) {
  const { site: slug } = await params;
  const { site } = await resolveSite(slug, 'vi');
  if (!site) return notFoundText();
  return xmlResponse(await siteSitemap(handlerOrigin(request), site));
}
