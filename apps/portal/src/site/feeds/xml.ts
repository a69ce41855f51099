/** Small XML writing helpers for feeds and sitemaps (no dependency: the documents are flat). */

/**
 * Text or attribute value escaped for XML 1.0: `& < > " '` as entities, and characters XML 1.0 forbids
 * (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) removed.
 */
export function xmlEscape(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** RFC 822 date-time as RSS 2.0 wants it (`Sun, 29 Nov 2026 15:00:59 GMT`). */
export const rfc822 = (d: Date | string): string => new Date(d).toUTCString();

/** W3C date-time (sitemaps' `lastmod`): ISO 8601 to the second, UTC. */
export const w3cDate = (d: Date | string): string => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The later of two optional ISO instants. */
export function latest(a: string | null | undefined, b: string | null | undefined): string | undefined {
  if (!a) return b ?? undefined;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** An XML response with the given body, content type and a short shared cache lifetime. */
export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8', status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': contentType, 'cache-control': 'public, max-age=300, s-maxage=300', 'x-content-type-options': 'nosniff' } });
}
