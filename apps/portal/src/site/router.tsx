/**
 * Resolves a public path to a page and renders it inside the site frame. A component site lives under
 * `/<site-slug>/…`, the portal at `/`; English under `/en` (DESIGN.md §5). Routes after the site prefix
 * (Vietnamese slugs without diacritics; `?trang=N` pages every list):
 *   (empty)                               home
 *   tin-tuc                               all news of the site
 *   tin-tuc/<yyyy>/<mm>                   news of one month (archive)
 *   tin-tuc/<post-slug>                   article
 *   chuyen-muc/<cat-slug>                 a category: its posts, or its plans / procurement items
 *   chuyen-muc/<cat-slug>/<yyyy>/<mm>     a news category's month
 *   chuyen-muc/<cat-slug>/<id>            a plan or procurement item
 *   van-ban, van-ban/<id>                 legal-document list (GET filters) and detail
 *   lich-cong-tac                         work schedule (?tuan=YYYY-MM-DD)
 *   hoi-dap, hoi-dap/<id>                 answered questions
 *   lay-y-kien, lay-y-kien/<id>           consultations on drafts
 *   so-do-trang                           HTML sitemap
 *   tim-kiem?q=…                          search (this site; on the portal every site, `pham-vi=cong` the portal only)
 *   <section-slug>                        section page (gioi-thieu, co-cau-to-chuc, lanh-dao, lien-he, …)
 * Each route is one entry of ROUTES; each page lives in `pages/`. A page missing in the language asked
 * for but published in the other one renders "no translation yet" (pages/NoTranslation.tsx).
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
import { NewsListPage } from './pages/News';
import { CategoryPage } from './pages/Category';
import { SchedulePage } from './pages/Schedule';
import { QAListPage, QAPage } from './pages/QA';
import { ConsultationListPage, ConsultationPage } from './pages/Consultations';
import { SitemapPage } from './pages/Sitemap';
import { SearchPage } from './pages/Search';
import { noTranslationPage } from './pages/NoTranslation';

interface Route {
  /** True when this route handles the path (segments after the site prefix). */
  match: (rest: string[]) => boolean;
  render: (ctx: RouteContext) => Promise<PageResult | null>;
}

/** Ordered: the first route whose `match` is true renders; `null` from `render` means 404. */
const ROUTES: Route[] = [
  { match: (r) => r.length === 0, render: HomePage },
  { match: (r) => r[0] === 'tin-tuc' && (r.length === 1 || r.length === 3), render: NewsListPage },
  { match: (r) => r[0] === 'tin-tuc' && r.length === 2, render: ArticlePage },
  { match: (r) => r[0] === 'chuyen-muc' && r.length >= 2 && r.length <= 4, render: CategoryPage },
  { match: (r) => r[0] === 'van-ban' && r.length === 1, render: DocumentListPage },
  { match: (r) => r[0] === 'van-ban' && r.length === 2 && /^[\w-]+$/.test(r[1]), render: DocumentPage },
  { match: (r) => r[0] === 'lich-cong-tac' && r.length === 1, render: SchedulePage },
  { match: (r) => r[0] === 'hoi-dap' && r.length === 1, render: QAListPage },
  { match: (r) => r[0] === 'hoi-dap' && r.length === 2, render: QAPage },
  { match: (r) => r[0] === 'lay-y-kien' && r.length === 1, render: ConsultationListPage },
  { match: (r) => r[0] === 'lay-y-kien' && r.length === 2, render: ConsultationPage },
  { match: (r) => r[0] === 'so-do-trang' && r.length === 1, render: SitemapPage },
  { match: (r) => r[0] === 'tim-kiem' && r.length === 1, render: SearchPage },
  { match: (r) => r.length === 1, render: SectionPage },
];

export type SearchParams = Record<string, string | string[] | undefined>;

/** Renders `path` (segments after `/` or `/en/`) in `locale`; calls Next's notFound() when nothing matches. */
export async function renderPath(locale: Locale, path: string[], searchParams: SearchParams = {}): Promise<React.ReactElement> {
  const portal = await findPortal(locale);
  if (!portal) notFound();
  let site: SiteDoc = portal;
  let rest: string[];
  try {
    rest = path.map((p) => decodeURIComponent(p));
  } catch {
    notFound();
  }
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
  const qs = new URLSearchParams(query).toString();
  const altHref = `${altLocale === 'en' ? '/en' : ''}/${path.join('/')}${qs ? `?${qs}` : ''}`;
  const route = ROUTES.find((r) => r.match(rest));
  const ctx: RouteContext = { site, portal, locale, rest, query };
  let body = route ? await route.render(ctx) : null;
  if (!body && route) body = await untranslated(route, ctx, altLocale, altHref);
  if (!body) notFound();
  const sample = Boolean(site.sampleData || body.sample);
  return (
    <Chrome site={site} portal={portal} locale={locale} sample={sample} altHref={body.altHref ?? altHref} page={body} selfPath={`${locale === 'en' ? '/en' : ''}/${path.join('/')}`}>
      {body.node}
    </Chrome>
  );
}

/**
 * When `route` has nothing in `ctx.locale`, renders it in the other language: if that exists, the
 * "no translation yet" page (HTTP 200, noindex) linking to it; otherwise null (404). Errors and
 * redirects of the probe count as "not there".
 */
async function untranslated(route: Route, ctx: RouteContext, altLocale: Locale, altHref: string): Promise<PageResult | null> {
  let other: PageResult | null = null;
  try {
    other = await route.render({ ...ctx, locale: altLocale });
  } catch {
    other = null;
  }
  return other ? noTranslationPage({ site: ctx.site, locale: ctx.locale, otherHref: altHref, otherTitle: other.title }) : null;
}
