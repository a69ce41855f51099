/**
 * A category (chuyên mục) of a site, `chuyen-muc/<slug>`:
 * - posts kinds (news, law dissemination, other): its posts, `?trang=N`, and `chuyen-muc/<slug>/<yyyy>/<mm>`;
 * - plans → the site's Plans, procurement → its Procurement items, each with `chuyen-muc/<slug>/<id>`;
 * - legal documents, Q&A and consultations have their own lists: the category redirects to
 *   `van-ban`, `hoi-dap`, `lay-y-kien`.
 */
import React from 'react';
import { redirect } from 'next/navigation';
import { RichText } from '@payloadcms/richtext-lexical/react';
import { findPublished, findPublishedOne, type Locale, type SiteDoc } from '../data';
import { formatDate, monthLabel, t, tr } from '../i18n';
import { href } from '../paths';
import { categoryHref, CategoryNav } from '../components/CategoryNav';
import { Pagination, pageParam } from '../components/Pagination';
import { parseMonth } from '../lists';
import { FileLinks } from '../components/Files';
import { PostListing } from './News';
import type { AnyDoc, PageResult, RouteContext } from '../types';

const PER_PAGE = 20;

const PLAN_KINDS: Record<string, [string, string]> = {
  strategy: ['Chiến lược', 'Strategy'],
  programme: ['Chương trình', 'Programme'],
  project: ['Đề án, dự án', 'Scheme / project'],
  masterPlan: ['Quy hoạch', 'Master plan'],
  plan: ['Kế hoạch', 'Plan'],
  annualWorkPlan: ['Kế hoạch công tác năm', 'Annual work plan'],
};
const PROCUREMENT_KINDS: Record<string, [string, string]> = {
  investment: ['Dự án đầu tư công', 'Public investment'],
  tender: ['Đấu thầu', 'Tender'],
  purchase: ['Mua sắm công', 'Public purchase'],
};

export async function CategoryPage({ site, locale, rest, query }: RouteContext): Promise<PageResult | null> {
  const cat = await findPublishedOne<AnyDoc>('categories', site, locale, { slug: { equals: rest[1] } });
  if (!cat) return null;
  const target = categoryHref(site, locale, cat);
  if (!target.includes('/chuyen-muc/')) redirect(target);
  const collection = cat.kind === 'plans' ? 'plans' : cat.kind === 'procurement' ? 'procurement' : null;
  if (collection) {
    if (rest.length === 2) return ItemList({ site, locale, query, cat, collection });
    if (rest.length === 3 && /^\d+$/.test(rest[2])) return ItemDetail({ site, locale, cat, collection, id: rest[2] });
    return null;
  }
  const month = rest.length === 4 ? parseMonth(rest[2], rest[3]) : null;
  if (rest.length !== 2 && !month) return null;
  const title = month ? `${cat.name} – ${monthLabel(locale, month.year, month.month)}` : cat.name;
  const node = await PostListing({
    site,
    locale,
    query,
    title,
    segments: month ? ['chuyen-muc', cat.slug, month.year, String(month.month).padStart(2, '0')] : ['chuyen-muc', cat.slug],
    archiveSegments: ['chuyen-muc', cat.slug],
    month,
    where: { categories: { in: [cat.id] } },
    intro: cat.description ? <p className="lead">{cat.description}</p> : undefined,
    currentCategory: cat.slug,
  });
  return node ? { title, node } : null;
}

async function ItemList({ site, locale, query, cat, collection }: { site: SiteDoc; locale: Locale; query: Record<string, string>; cat: AnyDoc; collection: 'plans' | 'procurement' }): Promise<PageResult | null> {
  const page = pageParam(query);
  const list = await findPublished<AnyDoc>(collection, site, locale, { limit: PER_PAGE, page, sort: collection === 'plans' ? '-periodFrom' : '-updatedAt', depth: 0 });
  if (page > list.totalPages) return null;
  const kinds = collection === 'plans' ? PLAN_KINDS : PROCUREMENT_KINDS;
  return {
    title: cat.name,
    node: (
      <div className="with-aside">
        <section className="primary" aria-labelledby="list-heading">
          <h1 id="list-heading">{cat.name}</h1>
          {cat.description && <p className="lead">{cat.description}</p>}
          {list.docs.length ? (
            <table className="items stack">
              <caption>{tr(locale, `${cat.name}: ${list.totalDocs} mục`, `${cat.name}: ${list.totalDocs} items`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr(locale, 'Tên', 'Title')}</th>
                  <th scope="col">{tr(locale, 'Loại', 'Kind')}</th>
                  <th scope="col">{collection === 'plans' ? tr(locale, 'Thời kỳ', 'Period') : tr(locale, 'Tình trạng', 'Status')}</th>
                  <th scope="col">{t(locale).updatedAt}</th>
                </tr>
              </thead>
              <tbody>
                {list.docs.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">
                      <a href={href(site, locale, ['chuyen-muc', cat.slug, d.id])}>{d.title}</a>
                    </th>
                    <td data-label={tr(locale, 'Loại', 'Kind')}>{kinds[d.kind]?.[locale === 'vi' ? 0 : 1] ?? d.kind}</td>
                    <td data-label={collection === 'plans' ? tr(locale, 'Thời kỳ', 'Period') : tr(locale, 'Tình trạng', 'Status')}>{collection === 'plans' ? [formatDate(d.periodFrom), formatDate(d.periodTo)].filter(Boolean).join(' – ') : d.status}</td>
                    <td data-label={t(locale).updatedAt}>{formatDate(d.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t(locale).noItems}</p>
          )}
          <Pagination page={page} totalPages={list.totalPages} locale={locale} hrefFor={(n) => href(site, locale, ['chuyen-muc', cat.slug], { trang: n > 1 ? n : undefined })} />
        </section>
        <aside className="secondary">
          <CategoryNav site={site} locale={locale} current={cat.slug} />
        </aside>
      </div>
    ),
  };
}

async function ItemDetail({ site, locale, cat, collection, id }: { site: SiteDoc; locale: Locale; cat: AnyDoc; collection: 'plans' | 'procurement'; id: string }): Promise<PageResult | null> {
  const item = await findPublishedOne<AnyDoc>(collection, site, locale, { id: { equals: id } });
  if (!item) return null;
  const kinds = collection === 'plans' ? PLAN_KINDS : PROCUREMENT_KINDS;
  const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} ${tr(locale, 'đồng', 'VND')}`;
  const rows: [string, React.ReactNode][] = [
    [tr(locale, 'Loại', 'Kind'), kinds[item.kind]?.[locale === 'vi' ? 0 : 1] ?? item.kind],
    [tr(locale, 'Thời kỳ', 'Period'), [formatDate(item.periodFrom), formatDate(item.periodTo)].filter(Boolean).join(' – ')],
    [tr(locale, 'Tổng mức', 'Budget'), typeof item.budgetVnd === 'number' ? vnd(item.budgetVnd) : ''],
    [tr(locale, 'Nguồn vốn', 'Funding source'), item.fundingSource],
    [tr(locale, 'Tình trạng', 'Status'), item.status],
    [
      tr(locale, 'Văn bản phê duyệt', 'Approving document'),
      item.document && typeof item.document === 'object' ? <a href={href(site, locale, ['van-ban', item.document.id])}>{[item.document.type, item.document.documentNumber].filter(Boolean).join(' ')}</a> : '',
    ],
    [t(locale).updatedAt, formatDate(item.updatedAt)],
  ];
  const body = item.summary ?? item.description;
  return {
    title: item.title,
    sample: Boolean(item.sampleData),
    node: (
      <article className="page">
        <p className="breadcrumb">
          <a href={href(site, locale, ['chuyen-muc', cat.slug])}>{cat.name}</a>
        </p>
        <h1>{item.title}</h1>
        <dl className="doc-props">
          {rows
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <React.Fragment key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </React.Fragment>
            ))}
        </dl>
        {body && <RichText data={body} />}
        {item.results && (
          <>
            <h2>{tr(locale, 'Kết quả thực hiện', 'Results')}</h2>
            <RichText data={item.results} />
          </>
        )}
        <FileLinks files={item.files} locale={locale} heading={t(locale).attachments} />
      </article>
    ),
  };
}
