/**
 * Legal documents of a site:
 *   van-ban        the list, newest first, filtered by a GET form (works without JavaScript):
 *                  ?tu-khoa= (number or summary), loai= (type), co-quan= (issuer), nam= (year of issue),
 *                  linh-vuc= (field), hieu-luc= (validity value), trang= (page)
 *   van-ban/<id>   one document: every field N42-4.1a asks for, validity, files to download, related documents.
 */
import React from 'react';
import type { Where } from 'payload';
import { RichText } from '@payloadcms/richtext-lexical/react';
import { distinctValues, findPublished, findPublishedOne, publishedDates, type Locale, type SiteDoc } from '../data';
import { formatDate, t, tr, vnDayStart, vnYearMonth } from '../i18n';
import { href } from '../paths';
import { DocumentTable, validityLabel } from '../components/DocumentTable';
import { Pagination, pageParam } from '../components/Pagination';
import { FileLinks } from '../components/Files';
import { VALIDITY } from '../../collections/LegalDocuments';
import type { RouteContext, PageResult, AnyDoc } from '../types';

const PER_PAGE = 20;

/** The filter parameters of the list, in URL order. */
const FILTERS = ['tu-khoa', 'loai', 'co-quan', 'nam', 'linh-vuc', 'hieu-luc'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/** The Payload `where` of the filters; an impossible year matches nothing. */
function filterWhere(f: Filters): Where[] {
  const w: Where[] = [];
  if (f['tu-khoa']) w.push({ or: [{ documentNumber: { like: f['tu-khoa'] } }, { summary: { like: f['tu-khoa'] } }] });
  if (f.loai) w.push({ type: { equals: f.loai } });
  if (f['co-quan']) w.push({ issuer: { equals: f['co-quan'] } });
  if (f['linh-vuc']) w.push({ field: { equals: f['linh-vuc'] } });
  if (f['hieu-luc']) w.push({ validity: { equals: f['hieu-luc'] } });
  if (f.nam) {
    const y = /^\d{4}$/.test(f.nam) ? Number(f.nam) : NaN;
    if (Number.isFinite(y)) w.push({ issuedOn: { greater_than_equal: vnDayStart(`${y}-01-01`) } }, { issuedOn: { less_than: vnDayStart(`${y + 1}-01-01`) } });
    else w.push({ id: { equals: -1 } });
  }
  return w;
}

export async function DocumentListPage({ site, locale, query }: RouteContext): Promise<PageResult | null> {
  const s = t(locale);
  const page = pageParam(query);
  const filters: Filters = {};
  for (const k of FILTERS) if (query[k]?.trim()) filters[k] = query[k].trim().slice(0, 200);
  const where = filterWhere(filters);
  const [list, types, issuers, fields, dates] = await Promise.all([
    findPublished<AnyDoc>('legal-documents', site, locale, { limit: PER_PAGE, page, sort: '-issuedOn', depth: 0, where: where.length ? { and: where } : undefined }),
    distinctValues('legal-documents', site, locale, 'type'),
    distinctValues('legal-documents', site, locale, 'issuer'),
    distinctValues('legal-documents', site, locale, 'field'),
    publishedDates('legal-documents', site, locale, 'issuedOn'),
  ]);
  if (page > list.totalPages) return null;
  const years = [...new Set(dates.map((d) => String(vnYearMonth(d).year)))];
  const filtered = Object.keys(filters).length > 0;
  const title = s.legalDocuments;
  return {
    title: page > 1 ? `${title} – ${tr(locale, 'trang', 'page')} ${page}` : title,
    node: (
      <section aria-labelledby="list-heading">
        <h1 id="list-heading">{title}</h1>
        <form className="filters" method="get" action={href(site, locale, ['van-ban'])} role="search" aria-label={tr(locale, 'Lọc văn bản', 'Filter documents')}>
          <div className="field">
            <label htmlFor="f-tu-khoa">{tr(locale, 'Số, ký hiệu hoặc trích yếu', 'Number or summary')}</label>
            <input id="f-tu-khoa" name="tu-khoa" type="search" defaultValue={filters['tu-khoa'] ?? ''} />
          </div>
          <Select id="loai" label={s.type} value={filters.loai} options={types.map((v) => [v, v])} locale={locale} />
          <Select id="co-quan" label={s.issuer} value={filters['co-quan']} options={issuers.map((v) => [v, v])} locale={locale} />
          <Select id="nam" label={tr(locale, 'Năm ban hành', 'Year of issue')} value={filters.nam} options={years.map((v) => [v, v])} locale={locale} />
          <Select id="linh-vuc" label={tr(locale, 'Lĩnh vực', 'Field')} value={filters['linh-vuc']} options={fields.map((v) => [v, v])} locale={locale} />
          <Select id="hieu-luc" label={s.validity} value={filters['hieu-luc']} options={VALIDITY.map((v) => [v.value, v.label[locale]])} locale={locale} />
          <div className="actions">
            <button type="submit">{tr(locale, 'Lọc', 'Filter')}</button>
            {filtered && <a href={href(site, locale, ['van-ban'])}>{tr(locale, 'Bỏ lọc', 'Clear filters')}</a>}
          </div>
        </form>
        <p className="meta" role="status">
          {tr(locale, `${list.totalDocs} văn bản`, `${list.totalDocs} ${list.totalDocs === 1 ? 'document' : 'documents'}`)}
          {list.totalPages > 1 ? tr(locale, ` · trang ${page}/${list.totalPages}`, ` · page ${page} of ${list.totalPages}`) : ''}
        </p>
        {list.docs.length ? <DocumentTable docs={list.docs} site={site} locale={locale} detailed /> : <p>{filtered ? tr(locale, 'Không có văn bản phù hợp bộ lọc.', 'No document matches these filters.') : s.noItems}</p>}
        <Pagination page={page} totalPages={list.totalPages} locale={locale} hrefFor={(n) => href(site, locale, ['van-ban'], { ...filters, trang: n > 1 ? n : undefined })} />
      </section>
    ),
  };
}

function Select({ id, label, value, options, locale }: { id: string; label: string; value?: string; options: [string, string][]; locale: Locale }) {
  return (
    <div className="field">
      <label htmlFor={`f-${id}`}>{label}</label>
      <select id={`f-${id}`} name={id} defaultValue={value ?? ''}>
        <option value="">{tr(locale, 'Tất cả', 'All')}</option>
        {value && !options.some(([v]) => v === value) && <option value={value}>{value}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A related document as a link (when populated and published) or its number. */
function DocLink({ doc, site, locale }: { doc: AnyDoc | number | string | null | undefined; site: SiteDoc; locale: Locale }) {
  if (!doc || typeof doc !== 'object') return null;
  return (
    <a href={href(site, locale, ['van-ban', doc.id])}>
      {[doc.type, doc.documentNumber].filter(Boolean).join(' ')}
      {doc.summary ? ` – ${doc.summary}` : ''}
    </a>
  );
}

export async function DocumentPage({ site, locale, rest }: RouteContext): Promise<PageResult | null> {
  const s = t(locale);
  if (!/^\d+$/.test(rest[1])) return null;
  const doc = await findPublishedOne<AnyDoc>('legal-documents', site, locale, { id: { equals: rest[1] } });
  if (!doc) return null;
  const replaces = ((doc.replaces ?? []) as AnyDoc[]).filter((d) => d && typeof d === 'object');
  const rows: [string, React.ReactNode][] = [
    [s.number, doc.documentNumber],
    [s.type, doc.type],
    [s.issuer, doc.issuer],
    [s.signer, doc.signer],
    [s.issuedOn, formatDate(doc.issuedOn)],
    [s.effectiveOn, formatDate(doc.effectiveOn)],
    [tr(locale, 'Lĩnh vực', 'Field'), doc.field],
    [s.validity, validityLabel(doc.validity, locale)],
    [s.summary, doc.summary],
    [
      tr(locale, 'Thay thế văn bản', 'Replaces'),
      replaces.length ? (
        <ul className="plain">
          {replaces.map((r) => (
            <li key={r.id}>
              <DocLink doc={r} site={site} locale={locale} />
            </li>
          ))}
        </ul>
      ) : null,
    ],
    [tr(locale, 'Bị thay thế bởi', 'Replaced by'), doc.replacedBy && typeof doc.replacedBy === 'object' ? <DocLink doc={doc.replacedBy} site={site} locale={locale} /> : null],
  ];
  const title = [doc.type, doc.documentNumber].filter(Boolean).join(' ');
  return {
    title: doc.summary ? `${title} – ${doc.summary}` : title,
    sample: Boolean(doc.sampleData),
    node: (
      <article className="legal-document">
        <p className="breadcrumb">
          <a href={href(site, locale, ['van-ban'])}>{s.legalDocuments}</a>
        </p>
        <h1>{title}</h1>
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
        <FileLinks files={doc.files} urls={((doc.attachments ?? []) as { url: string }[]).map((a) => a.url).filter(Boolean)} locale={locale} heading={s.attachments} />
        {doc.text && (
          <section aria-labelledby="full-text">
            <h2 id="full-text">{tr(locale, 'Toàn văn', 'Full text')}</h2>
            <RichText data={doc.text} />
          </section>
        )}
      </article>
    ),
  };
}
