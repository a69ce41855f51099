/*
 * `/robots.txt`: every public page may be crawled; the admin and the API may not (uploaded media files, which
 * pages and Open Graph link to, stay allowed). `Sitemap:` names the sitemap index with the request's origin.
 */
import { originFromHeaders } from '../../../site/meta/origin';

export const dynamic = 'force-dynamic';

/** robots.txt text for an origin (`http://host:port`). */
function robots(origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Allow: /api/media/file/', 'Disallow: /admin', 'Disallow: /api', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}

export async function GET(request: Request) {
  return new Response(robots(originFromHeaders(request.headers)), { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
