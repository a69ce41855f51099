/** Shapes shared by the public-site router and its pages. */
import type React from 'react';
import type { Locale, SiteDoc } from './data';
import type { ArticleMeta } from './meta/types';

/** A Payload document as the public pages read it (depth 1, one locale). */
export type AnyDoc = Record<string, any> & { id: number | string };

/** What a page receives: the site it belongs to, the portal, the language, the path after the site prefix, the query. */
export interface RouteContext {
  site: SiteDoc;
  portal: SiteDoc;
  locale: Locale;
  /** Path segments after the site prefix, URI-decoded (`[]` = the site's home). */
  rest: string[];
  /** Query parameters (first value of each). */
  query: Record<string, string>;
}

/** A rendered page body; `sample` marks demo data (banner shown). */
export interface PageResult {
  node: React.ReactNode;
  sample?: boolean;
  /** The page's own title (without the site name), for <title> and Open Graph; set by every page. */
  title?: string;
  /** Same page in the other language when its path differs (default: the same path under /en or /). */
  altHref?: string;
  /** One or two sentences for <meta name="description">, og:description and DC.description (default: built from the title). */
  description?: string;
  /** Article facts (og:type=article, NewsArticle JSON-LD, Dublin Core); set by the article page only. */
  article?: ArticleMeta;
  /** False when the page has no version in the other language: no hreflang alternates are emitted. */
  altExists?: boolean;
}
