/**
 * The metadata of every public page, rendered in one place (React 19 hoists <title>, <meta> and <link> into
 * <head>): title, description, canonical URL, hreflang alternates (vi, en, x-default), RSS alternates, the print
 * stylesheet, Open Graph, Dublin Core and schema.org JSON-LD.
 *
 * Dublin Core: the elements of Circular 24/2011 Art. 4–6 (REQUIREMENTS.md TT24-4) as `<meta name="DC.x">`:
 * mandatory title, creator, date, description, publisher, identifier; recommended language, source, subject;
 * optional type, format, rights. (`contributor`, `coverage`, `relation` have no source in the data and are left out.)
 */
import React from 'react';
import type { Locale, SiteDoc } from '../data';
import type { PageResult } from '../types';
import { governmentOrganization, jsonLdText, newsArticle, DEFAULT_LOGO } from './jsonld';
import { m } from './strings';
import { absolute, ogLocale, rssPath, servedPath } from './urls';

export interface PageHeadProps {
  site: SiteDoc;
  portal: SiteDoc | null;
  locale: Locale;
  page: PageResult;
  /** Path of this page as requested (URL-encoded, no query), e.g. `/xa-a/tin-tuc/bai-1`. */
  selfPath: string;
  /** Path of the same page in the other language. */
  altPath: string;
  /** Request origin (`http://host:port`). */
  origin: string;
}

/** YYYY-MM-DD of an instant in Vietnam time (DC.date uses the W3C-DTF date form). */
export function vnDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Default description when a page gives none. */
function defaultDescription(site: SiteDoc, locale: Locale, title: string | undefined): string {
  if (title) return `${title} – ${site.name}`;
  return locale === 'vi' ? `${site.name}: thông tin chính thức của ${site.governingAgency}.` : `${site.name}: official information of ${site.governingAgency}.`;
}

export function PageHead({ site, portal, locale, page, selfPath: rawSelf, altPath: rawAlt, origin }: PageHeadProps) {
  const selfPath = servedPath(rawSelf);
  const altPath = servedPath(rawAlt);
  const s = m(locale);
  // The home page's title is the site name itself: no "X | X".
  const title = page.title?.trim() && page.title.trim() !== site.name ? page.title.trim() : undefined;
  const fullTitle = title ? `${title} | ${site.name}` : site.name;
  const description = (page.description?.trim() || defaultDescription(site, locale, title)).slice(0, 300);
  const canonical = absolute(origin, selfPath);
  const viPath = locale === 'vi' ? selfPath : altPath;
  const enPath = locale === 'en' ? selfPath : altPath;
  const hasAlt = page.altExists !== false;
  const article = page.article;
  const image = article?.image?.url ? { ...article.image, url: absolute(origin, article.image.url) } : { url: absolute(origin, DEFAULT_LOGO.url), alt: site.name, width: DEFAULT_LOGO.width, height: DEFAULT_LOGO.height };
  const creator = article?.author || site.governingAgency || site.name;
  const date = vnDate(article?.published ?? new Date());
  // A category page (`…/chuyen-muc/<slug>`) also offers its own feed.
  const catSlug = /\/chuyen-muc\/([^/]+)$/.exec(selfPath)?.[1];
  const ld: unknown[] = [governmentOrganization(origin, site, portal, locale)];
  if (article && title) ld.push(newsArticle(origin, site, locale, { ...article, url: canonical, headline: title, description }));

  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={canonical} />
      {hasAlt && (
        <>
          <link rel="alternate" hrefLang="vi" href={absolute(origin, viPath)} />
          <link rel="alternate" hrefLang="en" href={absolute(origin, enPath)} />
          <link rel="alternate" hrefLang="x-default" href={absolute(origin, viPath)} />
        </>
      )}
      <link rel="alternate" type="application/rss+xml" title={s.rssOf(site.name)} href={absolute(origin, rssPath(site, locale))} />
      {catSlug && <link rel="alternate" type="application/rss+xml" title={s.rssCategory(title ?? decodeURIComponent(catSlug), site.name)} href={absolute(origin, rssPath(site, locale, decodeURIComponent(catSlug)))} />}
      <link rel="stylesheet" href="/print.css" media="print" precedence="print" />

      <meta property="og:title" content={title ?? site.name} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:url" content={canonical} />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content={ogLocale(locale)} />
      {hasAlt && <meta property="og:locale:alternate" content={ogLocale(locale === 'vi' ? 'en' : 'vi')} />}
      <meta property="og:description" content={description} />
      <meta property="og:image" content={image.url} />
      {image.alt && <meta property="og:image:alt" content={image.alt} />}
      {image.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
      {image.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
      {article?.published && <meta property="article:published_time" content={article.published} />}
      {article?.modified && <meta property="article:modified_time" content={article.modified} />}
      {article?.sections?.map((sec) => <meta key={sec} property="article:section" content={sec} />)}

      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      <meta name="DC.title" content={title ?? site.name} />
      <meta name="DC.creator" content={creator} />
      <meta name="DC.date" content={date} />
      <meta name="DC.description" content={description} />
      <meta name="DC.publisher" content={site.governingAgency || site.name} />
      <meta name="DC.identifier" content={canonical} />
      <meta name="DC.language" content={locale} />
      {article?.sections?.length ? <meta name="DC.subject" content={article.sections.join('; ')} /> : null}
      {article?.source?.name || article?.source?.url ? <meta name="DC.source" content={[article.source.name, article.source.url].filter(Boolean).join(', ')} /> : null}
      <meta name="DC.type" content="Text" />
      <meta name="DC.format" content="text/html" />
      <meta name="DC.rights" content={s.rights(site.governingAgency)} />

      {ld.map((d, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(d) }} />
      ))}
    </>
  );
}
