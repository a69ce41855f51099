/** Shapes shared by the public-site router and its pages. */
import type React from 'react';
import type { Locale, SiteDoc } from './data';

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
}
