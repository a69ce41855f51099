/**
 * Resolves a public path to a page and renders it inside the site frame. A component site lives under
 * `/<site-slug>/…`, the portal at `/`; English under `/en` (DESIGN.md §5). Routes after the site prefix:
 *   (empty)                  home
 *   tin-tuc/<post-slug>      article
 *   van-ban, van-ban/<id>    legal-document list (filters in the query) and detail
 *   <section-slug>           section page (gioi-thieu, co-cau-to-chuc, lanh-dao, lien-he, …)
 * Each route is one entry of ROUTES; each page lives in `pages/`.
 */
import React from 'react';
import { notFound } from 'next/navigation';
import { findPortal, findSiteBySlug, type Locale, type SiteDoc } from './data';
import { Chrome } from './Chrome';
import type { PageResult, RouteContext } from './types';
import { HomePage } from './pages/Home';
import { ArticlePage } from './pages/Article';
import { DocumentListPage, DocumentPage } from './pages/Documents';
import { SectionPage } from './pages/Section';

interface Route {
  /** True when this route handles the path (segments after the site prefix). */
  match: (rest: string[]) => boolean;
  render: (ctx: RouteContext) => Promise<PageResult | null>;
}

/** Ordered: the first route whose `match` is true renders; `null` from `render` means 404. */
const ROUTES: Route[] = [
  { match: (r) => r.length === 0, render: HomePage },
  { match: (r) => r[0] === 'tin-tuc' && r.length === 2, render: ArticlePage },
  { match: (r) => r[0] === 'van-ban' && r.length === 1, render: DocumentListPage },
  { match: (r) => r[0] === 'van-ban' && r.length === 2 && /^[\w-]+$/.test(r[1]), render: DocumentPage },
  { match: (r) => r.length === 1, render: SectionPage },
];

export type SearchParams = Record<string, string | string[] | undefined>;

/** Renders `path` (segments after `/` or `/en/`) in `locale`; calls Next's notFound() when nothing matches. */
export async function renderPath(locale: Locale, path: string[], searchParams: SearchParams = {}): Promise<React.ReactElement> {
  const portal = await findPortal(locale);
  if (!portal) notFound();
  let site: SiteDoc = portal;
  let rest = path.map((p) => decodeURIComponent(p));
  if (rest.length) {
    const candidate = await findSiteBySlug(rest[0], locale);
    if (candidate && candidate.level !== 'province') {
      site = candidate;
      rest = rest.slice(1);
    }
  }
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(searchParams)) if (v !== undefined) query[k] = Array.isArray(v) ? (v[0] ?? '') : v;
  const altLocale: Locale = locale === 'vi' ? 'en' : 'vi';
  const altHref = `${altLocale === 'en' ? '/en' : ''}/${path.join('/')}`;
  const route = ROUTES.find((r) => r.match(rest));
  const body = route ? await route.render({ site, portal, locale, rest, query }) : null;
  if (!body) notFound();
  const sample = Boolean(site.sampleData || body.sample);
  return (
    <Chrome site={site} portal={portal} locale={locale} sample={sample} altHref={altHref}>
      {body.node}
    </Chrome>
  );
}
