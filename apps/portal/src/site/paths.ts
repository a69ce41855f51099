/** Public URLs: the portal at `/`, a component site at `/<slug>/`, English under `/en`. */
import type { Locale, SiteDoc } from './data';

export const sitePath = (site: Pick<SiteDoc, 'slug' | 'level'>, locale: Locale): string => {
  const prefix = locale === 'en' ? '/en' : '';
  return site.level === 'province' || !site.slug ? `${prefix}/` : `${prefix}/${site.slug}/`;
};


/**
 * URL of a page of `site`: `segments` joined after the site prefix, then the non-empty `query` values
 * (in the given order). `href(site, 'vi', ['tin-tuc'], { trang: '2' })` → `/xa-a/tin-tuc?trang=2`.
 */
export function href(site: Pick<SiteDoc, 'slug' | 'level'>, locale: Locale, segments: (string | number)[] = [], query: Record<string, string | number | undefined | null> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const q = qs.toString();
  return `${sitePath(site, locale)}${segments.map((s) => encodeURIComponent(String(s))).join('/')}${q ? `?${q}` : ''}`;
}
