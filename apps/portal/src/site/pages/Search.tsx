/**
 * `tim-kiem?q=…&trang=N` — site search (DESIGN.md §5, §6). On a component site it searches that site; on the
 * portal it searches every site, or only the portal with `pham-vi=cong`. A plain GET form (works without
 * JavaScript), results with type, site, date and the matched words marked, pagination, and help when nothing
 * is found. Searches published content in the page's language only (`search/index.ts`).
 */
import React from 'react';
import { payload, type Locale } from '../data';
import { formatDate, tr } from '../i18n';
import { href } from '../paths';
import { Pagination, pageParam } from '../components/Pagination';
import { SearchForm } from '../components/SearchForm';
import { searchContent, type SearchCollection, type SnippetPart } from '../../search';
import type { PageResult, RouteContext } from '../types';

const PER_PAGE = 10;

const TYPE_LABEL: Record<SearchCollection, { vi: string; en: string }> = {
  posts: { vi: 'Tin bài', en: 'News' },
  pages: { vi: 'Trang', en: 'Page' },
  'legal-documents': { vi: 'Văn bản', en: 'Legal document' },
};

function Marked({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <React.Fragment key={i}>{p.text}</React.Fragment>))}
    </>
  );
}

export async function SearchPage({ site, locale, query }: RouteContext): Promise<PageResult> {
  const isPortal = site.level === 'province';
  const q = (query.q ?? '').trim().slice(0, 200);
  const portalOnly = isPortal && query['pham-vi'] === 'cong';
  const page = pageParam(query);
  const title = q ? tr(locale, `Kết quả tìm kiếm: “${q}”`, `Search results: “${q}”`) : tr(locale, 'Tìm kiếm', 'Search');
  const action = href(site, locale, ['tim-kiem']);
  const result = q ? await searchContent(await payload(), { q, locale, siteId: isPortal && !portalOnly ? 'all' : site.id, limit: PER_PAGE, page }) : null;
  const scopeText = isPortal ? (portalOnly ? tr(locale, 'trên Cổng tỉnh', 'on the provincial portal') : tr(locale, 'trên Cổng tỉnh và các trang thành phần', 'on the portal and all component sites')) : tr(locale, `trên ${site.name}`, `on ${site.name}`);

  return {
    title,
    node: (
      <section className="search-page">
        <h1>{tr(locale, 'Tìm kiếm', 'Search')}</h1>
        <SearchForm action={action} locale={locale} q={q} portalScope={isPortal ? (portalOnly ? 'cong' : 'all') : undefined} />
        {result && (
          <>
            <p className="search-summary" role="status">
              {result.total > 0
                ? tr(locale, `Tìm thấy ${result.total} kết quả cho “${q}” ${scopeText}.`, `${result.total} result${result.total === 1 ? '' : 's'} for “${q}” ${scopeText}.`)
                : tr(locale, `Không tìm thấy kết quả nào cho “${q}” ${scopeText}.`, `No results for “${q}” ${scopeText}.`)}
            </p>
            {result.hits.length > 0 && (
              <ol className="search-results" start={(page - 1) * PER_PAGE + 1}>
                {result.hits.map((h) => (
                  <li key={`${h.collection}-${h.id}`}>
                    <h2>
                      <a href={h.url}>
                        <Marked parts={h.titleParts} />
                      </a>
                    </h2>
                    <p className="search-meta">
                      <span>{TYPE_LABEL[h.collection][locale]}</span>
                      {isPortal && <span>{h.site.name}</span>}
                      {h.date && <time dateTime={h.date}>{formatDate(h.date)}</time>}
                    </p>
                    {h.snippet.length > 0 && (
                      <p className="search-snippet">
                        <Marked parts={h.snippet} />
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {result.total === 0 && <NoResultsHelp locale={locale} isPortal={isPortal} portalOnly={portalOnly} action={action} viAction={href(site, 'vi', ['tim-kiem'])} q={q} />}
            <Pagination page={page} totalPages={result.totalPages} locale={locale} hrefFor={(n) => href(site, locale, ['tim-kiem'], { q, 'pham-vi': portalOnly ? 'cong' : undefined, trang: n > 1 ? n : undefined })} />
          </>
        )}
      </section>
    ),
  };
}

function NoResultsHelp({ locale, isPortal, portalOnly, action, viAction, q }: { locale: Locale; isPortal: boolean; portalOnly: boolean; action: string; viAction: string; q: string }) {
  return (
    <div className="search-help">
      <p>{tr(locale, 'Gợi ý:', 'Suggestions:')}</p>
      <ul>
        <li>{tr(locale, 'Kiểm tra chính tả; có thể gõ có dấu hoặc không dấu (“đăng ký” hoặc “dang ky”).', 'Check the spelling; Vietnamese words can be typed with or without tone marks (“đăng ký” or “dang ky”).')}</li>
        <li>{tr(locale, 'Dùng ít từ hơn hoặc từ khác có cùng nghĩa.', 'Use fewer words, or other words with the same meaning.')}</li>
        <li>{tr(locale, 'Tìm văn bản theo số, ký hiệu, ví dụ 13/2018/NĐ-CP.', 'Find a legal document by its number, e.g. 13/2018/NĐ-CP.')}</li>
        {locale === 'en' && (
          <li>
            Much content is published in Vietnamese only: <a href={`${viAction}?${new URLSearchParams({ q })}`} lang="vi" hrefLang="vi">search the Vietnamese site</a>.
          </li>
        )}
        {isPortal && portalOnly && (
          <li>
            <a href={`${action}?${new URLSearchParams({ q })}`}>{tr(locale, 'Tìm trên tất cả các trang thành phần', 'Search all component sites')}</a>
          </li>
        )}
      </ul>
    </div>
  );
}
