/**
 * HTML sitemap, `so-do-trang` (Circular 32/2017 Art. 16(4)(b)): the site's section pages, its lists
 * (news, categories, documents, schedule, Q&A, consultations, search) and, on the portal, every component site.
 */
import React from 'react';
import { findPublished, listComponentSites, type SiteDoc } from '../data';
import { t, tr } from '../i18n';
import { href, sitePath } from '../paths';
import { categoryHref, siteCategories } from '../components/CategoryNav';
import type { AnyDoc, PageResult, RouteContext } from '../types';

const LEVEL_ORDER = ['department', 'district', 'commune', 'unit', 'party', 'enterprise'];

export async function SitemapPage({ site, locale }: RouteContext): Promise<PageResult> {
  const s = t(locale);
  const [{ docs: pages }, cats, sites] = await Promise.all([
    findPublished<AnyDoc>('pages', site, locale, { limit: 100, sort: 'order', depth: 0 }),
    siteCategories(site, locale),
    site.level === 'province' ? listComponentSites(locale) : Promise.resolve([] as SiteDoc[]),
  ]);
  const lists: [string, string][] = [
    [tr(locale, 'Tin tức', 'News'), href(site, locale, ['tin-tuc'])],
    [s.legalDocuments, href(site, locale, ['van-ban'])],
    [tr(locale, 'Lịch công tác', 'Work schedule'), href(site, locale, ['lich-cong-tac'])],
    [tr(locale, 'Hỏi đáp', 'Questions and answers'), href(site, locale, ['hoi-dap'])],
    [tr(locale, 'Lấy ý kiến dự thảo văn bản', 'Public consultations'), href(site, locale, ['lay-y-kien'])],
    [tr(locale, 'Tìm kiếm', 'Search'), href(site, locale, ['tim-kiem'])],
  ];
  const title = tr(locale, 'Sơ đồ trang', 'Site map');
  const groups: Record<string, SiteDoc[]> = {};
  for (const x of sites) (groups[x.level] ??= []).push(x);
  return {
    title,
    node: (
      <section className="sitemap" aria-labelledby="list-heading">
        <h1 id="list-heading">{title}</h1>
        <ul>
          <li>
            <a href={sitePath(site, locale)}>{s.home}</a>
          </li>
        </ul>
        <h2>{tr(locale, 'Giới thiệu', 'About')}</h2>
        <ul>
          {pages.map((p) => (
            <li key={p.id}>
              <a href={href(site, locale, [p.slug])}>{p.title}</a>
            </li>
          ))}
        </ul>
        <h2>{tr(locale, 'Chuyên mục', 'Categories')}</h2>
        <ul>
          {cats.map((c) => (
            <li key={c.id}>
              <a href={categoryHref(site, locale, c)}>{c.name}</a>
            </li>
          ))}
        </ul>
        <h2>{tr(locale, 'Danh sách, tra cứu', 'Lists and search')}</h2>
        <ul>
          {lists.map(([label, url]) => (
            <li key={url}>
              <a href={url}>{label}</a>
            </li>
          ))}
        </ul>
        {sites.length > 0 && (
          <>
            <h2>{s.componentSites}</h2>
            {LEVEL_ORDER.filter((l) => groups[l]?.length).map((l) => (
              <React.Fragment key={l}>
                <h3>{s.levels[l]}</h3>
                <ul className="site-list">
                  {groups[l].map((x) => (
                    <li key={x.id}>
                      <a href={sitePath(x, locale)}>{x.shortName || x.name}</a>
                    </li>
                  ))}
                </ul>
              </React.Fragment>
            ))}
          </>
        )}
      </section>
    ),
  };
}
