/**
 * News lists of a site:
 *   tin-tuc                      every published post, newest first, `?trang=N`
 *   tin-tuc/<yyyy>/<mm>          the posts of one month (Vietnam time), with the list of months that have posts
 * Each list shows the site's news categories and the monthly archive beside it.
 */
import React from 'react';
import type { Where } from 'payload';
import { findPublished, publishedDates, type Locale, type SiteDoc } from '../data';
import { monthLabel, t, tr, vnMonthRange } from '../i18n';
import { href } from '../paths';
import { PostList } from '../components/NewsList';
import { Pagination, pageParam } from '../components/Pagination';
import { MonthList } from '../components/MonthList';
import { parseMonth } from '../lists';
import { CategoryNav } from '../components/CategoryNav';
import type { AnyDoc, PageResult, RouteContext } from '../types';

const PER_PAGE = 20;

/** `tin-tuc` and `tin-tuc/<yyyy>/<mm>`; an impossible month is a 404. */
export async function NewsListPage({ site, locale, rest, query }: RouteContext): Promise<PageResult | null> {
  const month = rest.length === 3 ? parseMonth(rest[1], rest[2]) : null;
  if (rest.length === 3 && !month) return null;
  const base = tr(locale, 'Tin tức', 'News');
  const title = month ? `${base} – ${monthLabel(locale, month.year, month.month)}` : base;
  const node = await PostListing({
    site,
    locale,
    query,
    title,
    segments: month ? ['tin-tuc', month.year, String(month.month).padStart(2, '0')] : ['tin-tuc'],
    archiveSegments: ['tin-tuc'],
    month,
  });
  return node ? { title, node } : null;
}

/**
 * A paginated post list with the month archive and category navigation. `where` narrows the posts
 * (a category); `archiveSegments` is where month links go (`…/<yyyy>/<mm>` is appended).
 * Returns null when `?trang` is past the last page (404).
 */
export async function PostListing({ site, locale, query, title, segments, archiveSegments, month, where, intro, currentCategory }: {
  site: SiteDoc;
  locale: Locale;
  query: Record<string, string>;
  title: string;
  segments: (string | number)[];
  archiveSegments: (string | number)[];
  month: { year: number; month: number } | null;
  where?: Where;
  intro?: React.ReactNode;
  currentCategory?: string;
}): Promise<React.ReactNode | null> {
  const page = pageParam(query);
  const clauses: Where[] = where ? [where] : [];
  if (month) {
    const { from, to } = vnMonthRange(month.year, month.month);
    clauses.push({ publishedAt: { greater_than_equal: from } }, { publishedAt: { less_than: to } });
  }
  const [list, dates] = await Promise.all([
    findPublished<AnyDoc>('posts', site, locale, { limit: PER_PAGE, page, sort: '-publishedAt', where: clauses.length ? { and: clauses } : undefined }),
    publishedDates('posts', site, locale, 'publishedAt', where),
  ]);
  if (page > list.totalPages) return null;
  return (
    <div className="with-aside">
      <section className="primary" aria-labelledby="list-heading">
        <h1 id="list-heading">{title}</h1>
        {intro}
        <p className="meta">
          {tr(locale, `${list.totalDocs} tin`, `${list.totalDocs} ${list.totalDocs === 1 ? 'item' : 'items'}`)}
          {list.totalPages > 1 ? tr(locale, ` · trang ${page}/${list.totalPages}`, ` · page ${page} of ${list.totalPages}`) : ''}
        </p>
        {list.docs.length ? <PostList posts={list.docs} site={site} locale={locale} /> : <p>{t(locale).noItems}</p>}
        <Pagination page={page} totalPages={list.totalPages} locale={locale} hrefFor={(n) => href(site, locale, segments, { trang: n > 1 ? n : undefined })} />
      </section>
      <aside className="secondary">
        <CategoryNav site={site} locale={locale} current={currentCategory} />
        <MonthList dates={dates} locale={locale} current={month ?? undefined} hrefFor={(y, m) => href(site, locale, [...archiveSegments, y, String(m).padStart(2, '0')])} />
      </aside>
    </div>
  );
}
