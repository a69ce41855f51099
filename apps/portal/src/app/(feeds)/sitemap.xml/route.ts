/* `/sitemap.xml`: the sitemap index of the portal — its own set (`/sitemap-portal.xml`) and every hosted component site's. */
import { findPortal } from '../../../site/data';
import { originFromHeaders } from '../../../site/meta/origin';
import { sitemapIndex } from '../../../site/feeds/sitemap';
import { notFoundText } from '../../../site/feeds/resolve';
import { xmlResponse } from '../../../site/feeds/xml';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const portal = await findPortal('vi');
  if (!portal) return notFoundText();
  return xmlResponse(await sitemapIndex(originFromHeaders(request.headers), portal));
}
