/**
 * Next 16 proxy (formerly middleware): maps the public feed and sitemap URLs of every site to their route
 * handlers under app/(feeds)/cong-feed/ (route handlers cannot sit beside the optional catch-all page that
 * renders the sites). Runs only on those paths (see `config.matcher`); /admin, /api and /_next never reach it.
 *
 *   /rss[/<cat>]                 → /cong-feed/rss/vi/-[/<cat>]
 *   /en/rss[/<cat>]              → /cong-feed/rss/en/-[/<cat>]
 *   /<slug>/rss[/<cat>]          → /cong-feed/rss/vi/<slug>[/<cat>]
 *   /en/<slug>/rss[/<cat>]       → /cong-feed/rss/en/<slug>[/<cat>]
 *   /sitemap-portal.xml          → /cong-feed/sitemap/-
 *   /<slug>/sitemap.xml          → /cong-feed/sitemap/<slug>
 * (`/sitemap.xml` and `/robots.txt` have their own route handlers.) A slug that is not a hosted site gives 404 there.
 * The rewrite carries the client's origin in `?origin=` (site/meta/originHeaders.ts).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { originFromHeaders, ORIGIN_PARAM } from './site/meta/originHeaders';

const SEG = '[a-z0-9][a-z0-9-]{0,99}';
const RSS = new RegExp(`^(?:/(en))?(?:/(${SEG}))?/rss(?:/([^/]+))?/?$`);
const SITEMAP = new RegExp(`^/(${SEG})/sitemap\\.xml$`);

/** The internal path for a public feed/sitemap path, or null when the path is not one. */
export function feedTarget(pathname: string): string | null {
  if (pathname === '/sitemap-portal.xml') return '/cong-feed/sitemap/-';
  const sm = SITEMAP.exec(pathname);
  if (sm && sm[1] !== 'en') return `/cong-feed/sitemap/${sm[1]}`;
  const r = RSS.exec(pathname);
  if (r) {
    const [, en, slug, cat] = r;
    if (!en && slug === 'en') return `/cong-feed/rss/en/-${cat ? `/${cat}` : ''}`;
    return `/cong-feed/rss/${en ? 'en' : 'vi'}/${slug ?? '-'}${cat ? `/${cat}` : ''}`;
  }
  return null;
}

export function proxy(request: NextRequest) {
  const target = feedTarget(request.nextUrl.pathname);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  // The client's origin for the handlers' absolute URLs (the rewritten request may carry Next's own Host).
  url.searchParams.set(ORIGIN_PARAM, originFromHeaders(request.headers));
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: [
    '/rss/:path*',
    '/sitemap-portal.xml',
    '/:first((?!admin/|api/|_next/)[^/]+)/rss/:path*',
    '/en/:site/rss/:path*',
    '/:site((?!admin/|api/|_next/)[^/]+)/sitemap.xml',
  ],
};
