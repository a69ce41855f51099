/**
 * The public origin (`https://host[:port]`) that absolute URLs in pages, feeds and sitemaps use: canonical links,
 * Open Graph, JSON-LD, RSS items, sitemap locations and robots.txt `Sitemap:` lines.
 *
 * Source, first match wins:
 *   1. `CONG_PUBLIC_ORIGIN` (e.g. `https://backan.gov.vn`) — pins the origin; use it when a cache in front of the
 *      portal keys pages by path only, so a forged Host header can never end up in a cached page;
 *   2. the request: `Host`, and — only when `CONG_TRUST_PROXY=1` (a reverse proxy such as the shipped nginx sets or
 *      overwrites them, DESIGN §8) — `X-Forwarded-Host` / `X-Forwarded-Proto` first.
 * X-Forwarded-* are ignored by default because any client can send them and the public-page cache
 * (src/server/pageCache.mjs) keys entries by Host + path: honouring them untrusted would let one request store a
 * page with a forged origin in its canonical/Open Graph/feed URLs for everyone. (With CONG_TRUST_PROXY=1 the proxy
 * in front must overwrite them.)
 * Header values are checked (a host name or IPv4/IPv6 literal with an optional port; the scheme http or https);
 * anything else falls back to `http://localhost`.
 */

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** First value of a possibly comma-separated forwarded header, trimmed and lower-cased. */
const first = (v: string | null | undefined): string => (v ?? '').split(',')[0].trim().toLowerCase();


/**
 * Origin from request headers (a `Headers` object or anything with `get`).
 * @returns e.g. `http://127.0.0.1:3000`; never ends with a slash.
 */
export function originFromHeaders(h: { get(name: string): string | null }): string {
  const pinned = process.env.CONG_PUBLIC_ORIGIN?.trim().replace(/\/+$/, '');
  if (pinned) return pinned;
  const trustProxy = /^(1|true|yes)$/i.test(process.env.CONG_TRUST_PROXY ?? '');
  const host = (trustProxy && first(h.get('x-forwarded-host'))) || first(h.get('host'));
  const protoHeader = trustProxy ? first(h.get('x-forwarded-proto')) : '';
  const proto = protoHeader === 'https' || protoHeader === 'http' ? protoHeader : 'http';
  return HOST.test(host) ? `${proto}://${host}` : 'http://localhost';
}

/**
 * Query parameter in which src/proxy.ts hands the origin it computed for the client to the feed and sitemap route
 * handlers: a proxy rewrite may reach them as a new request whose Host is Next's own host name (`localhost` under
 * server.mjs), so they cannot read it themselves. The public URL (what the page cache keys by) never carries it; a
 * client that sends it to /cong-feed/… directly only changes the response at that URL.
 */
export const ORIGIN_PARAM = 'origin';

const ORIGIN = /^https?:\/\/[^/?#]+$/;

/** Origin for a feed/sitemap handler: the proxy's {@link ORIGIN_PARAM} when well formed, else from the headers. */
export function handlerOrigin(request: Request): string {
  const given = new URL(request.url).searchParams.get(ORIGIN_PARAM) ?? '';
  if (!process.env.CONG_PUBLIC_ORIGIN?.trim() && ORIGIN.test(given) && HOST.test(given.replace(/^https?:\/\//, ''))) return given;
  return originFromHeaders(request.headers);
}
