/**
 * schema.org JSON-LD of public pages (Decree 224/2026 Art. 11(5) metadata; REQUIREMENTS.md N224-11.5):
 * a GovernmentOrganization for the site on every page, a NewsArticle on articles.
 * Every URL in the output is absolute (built from the request origin).
 */
import type { Locale, SiteDoc } from '../data';
import type { ArticleMeta } from './types';
import { absolute, siteUrl } from './urls';

/** Fallback logo (the emblem as PNG, public/emblem.png) when a site has no uploaded logo. */
export const DEFAULT_LOGO = { url: '/emblem.png', width: 512, height: 512 } as const;

type Json = Record<string, unknown>;

/** Drops keys whose value is undefined, null, '' or [] (schema.org consumers dislike empty values). */
function compact<T extends Json>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))) as T;
}

/** `@id` of a site's organization node: its home URL + `#organization`. */
export const organizationId = (origin: string, site: SiteDoc, locale: Locale): string => `${siteUrl(origin, site, locale)}#organization`;

/**
 * The site as a GovernmentOrganization: name (the governing agency; the site name as alternateName), url, logo, postal address, telephone, e-mail, and for a component
 * site `parentOrganization` = the provincial portal (Decree 42/2022 Art. 6(1): component of the provincial portal).
 */
export function governmentOrganization(origin: string, site: SiteDoc, portal: SiteDoc | null, locale: Locale): Json {
  const c = site.contacts ?? {};
  const isComponent = site.level !== 'province' && portal && String(portal.id) !== String(site.id);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': organizationId(origin, site, locale),
    name: site.governingAgency || site.name,
    alternateName: site.governingAgency && site.governingAgency !== site.name ? site.name : undefined,
    url: siteUrl(origin, site, locale),
    logo: absolute(origin, DEFAULT_LOGO.url),
    address: c.address ? { '@type': 'PostalAddress', streetAddress: c.address, addressCountry: 'VN' } : undefined,
    telephone: c.phone || undefined,
    faxNumber: c.fax || undefined,
    email: c.email || undefined,
    parentOrganization: isComponent
      ? { '@type': 'GovernmentOrganization', '@id': organizationId(origin, portal, locale), name: portal.governingAgency || portal.name, url: siteUrl(origin, portal, locale) }
      : undefined,
  });
}

/** Bylines that name a body (editorial board, office, newspaper…) rather than a person. */
const ORG_BYLINE = /^(ban|phòng|văn phòng|trung tâm|báo|đài|tạp chí|sở|ủy ban|uỷ ban|ubnd|cổng|trang|bộ|cục|thông tấn|editorial|office|board|department)\b/i;

/**
 * A NewsArticle: headline, description, datePublished, dateModified, author (the byline, else the site),
 * publisher (the site's organization with its logo), image (featured image, else the site logo), sections,
 * language, and `isBasedOn` for a republished article.
 */
export function newsArticle(origin: string, site: SiteDoc, locale: Locale, a: ArticleMeta & { url: string; headline: string; description?: string }): Json {
  const orgRef = { '@type': 'GovernmentOrganization', '@id': organizationId(origin, site, locale), name: site.governingAgency || site.name, url: siteUrl(origin, site, locale) };
  const author = a.author ? { '@type': ORG_BYLINE.test(a.author.trim()) ? 'Organization' : 'Person', name: a.author } : orgRef;
  const image = a.image?.url ? absolute(origin, a.image.url) : absolute(origin, DEFAULT_LOGO.url);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${a.url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline.length > 110 ? `${a.headline.slice(0, 109)}…` : a.headline,
    name: a.headline,
    description: a.description,
    datePublished: a.published ?? undefined,
    dateModified: a.modified ?? a.published ?? undefined,
    inLanguage: locale,
    author,
    publisher: { ...orgRef, logo: { '@type': 'ImageObject', url: absolute(origin, DEFAULT_LOGO.url), width: DEFAULT_LOGO.width, height: DEFAULT_LOGO.height } },
    image: [image],
    articleSection: a.sections?.length ? a.sections : undefined,
    isBasedOn: a.source?.url || undefined,
    isAccessibleForFree: true,
  });
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JavaScript line separators are
 * escaped so no value can close the script element.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
