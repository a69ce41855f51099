/** Sitemap serialisation (pure: no database): a `<urlset>` with xhtml:link hreflang alternates. */
import type { Locale } from '../data';
import { absolute, servedPath } from '../meta/urls';
import { w3cDate, xmlEscape } from './xml';

const LOCALES: Locale[] = ['vi', 'en'];
/** The sitemaps.org limit per file. */
export const SITEMAP_MAX_URLS = 50_000;

/** One page in up to two languages: site-relative path and lastmod per language it exists in. */
export interface SitemapEntry {
  paths: Partial<Record<Locale, string>>;
  lastmod: Partial<Record<Locale, string | undefined>>;
}

/** Serialises entries as a `<urlset>`: one `<url>` per entry and language, with xhtml:link alternates. */
export function renderUrlset(origin: string, entries: SitemapEntry[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  let count = 0;
  for (const e of entries) {
    if (count >= SITEMAP_MAX_URLS) break;
    const langs = LOCALES.filter((l) => e.paths[l]);
    for (const l of langs) {
      if (count++ >= SITEMAP_MAX_URLS) break;
      out.push('<url>');
      out.push(`<loc>${xmlEscape(absolute(origin, servedPath(e.paths[l]!)))}</loc>`);
      const mod = e.lastmod[l];
      if (mod) out.push(`<lastmod>${w3cDate(mod)}</lastmod>`);
      if (langs.length > 1) {
        for (const a of langs) out.push(`<xhtml:link rel="alternate" hreflang="${a}" href="${xmlEscape(absolute(origin, servedPath(e.paths[a]!)))}"/>`);
        out.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(absolute(origin, servedPath(e.paths.vi ?? e.paths[langs[0]]!)))}"/>`);
      }
      out.push('</url>');
    }
  }
  out.push('</urlset>', '');
  return out.join('\n');
}
