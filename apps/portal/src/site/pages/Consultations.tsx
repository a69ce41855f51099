/**
 * Public consultations on drafts, `lay-y-kien`: open ones (deadline not passed) first, then closed;
 * `?trang-thai=dang-lay-y-kien|da-ket-thuc` narrows; `lay-y-kien/<id>` shows the draft, its files, the
 * deadline, how to comment and, once closed, the summary of comments. Comments themselves are staff-only.
 */
import React from 'react';
import { RichText } from '@payloadcms/richtext-lexical/react';
import type { Where } from 'payload';
import { findPublished, findPublishedOne, type Locale } from '../data';
import { formatDate, t, tr } from '../i18n';
import { href } from '../paths';
import { Pagination, pageParam } from '../components/Pagination';
import { FileLinks } from '../components/Files';
import type { AnyDoc, PageResult, RouteContext } from '../types';

const isOpen = (c: AnyDoc, now: Date) => new Date(c.deadline).getTime() >= now.getTime() && (!c.openFrom || new Date(c.openFrom).getTime() <= now.getTime());

const statusText = (c: AnyDoc, now: Date, locale: Locale) =>
  isOpen(c, now) ? tr(locale, 'Đang lấy ý kiến', 'Open') : new Date(c.deadline).getTime() < now.getTime() ? tr(locale, 'Đã hết hạn góp ý', 'Closed') : tr(locale, 'Sắp lấy ý kiến', 'Opens soon');

export async function ConsultationListPage({ site, locale, query }: RouteContext): Promise<PageResult | null> {
  const page = pageParam(query);
  const now = new Date();
  const state = query['trang-thai'];
  const where: Where | undefined =
    state === 'dang-lay-y-kien' ? { deadline: { greater_than_equal: now.toISOString() } } : state === 'da-ket-thuc' ? { deadline: { less_than: now.toISOString() } } : undefined;
  const list = await findPublished<AnyDoc>('consultations', site, locale, { limit: 20, page, sort: '-deadline', depth: 0, where });
  if (page > list.totalPages) return null;
  const title = tr(locale, 'Lấy ý kiến dự thảo văn bản', 'Public consultations');
  const tab = (value: string | undefined, label: string) => (
    <li>
      <a href={href(site, locale, ['lay-y-kien'], { 'trang-thai': value })} aria-current={state === value || (!value && !state) ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return {
    title,
    sample: list.docs.some((d) => d.sampleData),
    node: (
      <section aria-labelledby="list-heading">
        <h1 id="list-heading">{title}</h1>
        <nav aria-label={tr(locale, 'Lọc theo tình trạng', 'Filter by status')}>
          <ul className="tabs">
            {tab(undefined, tr(locale, 'Tất cả', 'All'))}
            {tab('dang-lay-y-kien', tr(locale, 'Đang lấy ý kiến', 'Open'))}
            {tab('da-ket-thuc', tr(locale, 'Đã hết hạn', 'Closed'))}
          </ul>
        </nav>
        {list.docs.length ? (
          <table className="items stack">
            <caption>{tr(locale, `${list.totalDocs} dự thảo`, `${list.totalDocs} drafts`)}</caption>
            <thead>
              <tr>
                <th scope="col">{tr(locale, 'Tên dự thảo', 'Draft')}</th>
                <th scope="col">{tr(locale, 'Bắt đầu', 'Opens')}</th>
                <th scope="col">{tr(locale, 'Hạn góp ý', 'Deadline')}</th>
                <th scope="col">{tr(locale, 'Tình trạng', 'Status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.docs.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={href(site, locale, ['lay-y-kien', c.id])}>{c.title}</a>
                  </th>
                  <td data-label={tr(locale, 'Bắt đầu', 'Opens')}>{formatDate(c.openFrom)}</td>
                  <td data-label={tr(locale, 'Hạn góp ý', 'Deadline')}>{formatDate(c.deadline)}</td>
                  <td data-label={tr(locale, 'Tình trạng', 'Status')}>{statusText(c, now, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t(locale).noItems}</p>
        )}
        <Pagination page={page} totalPages={list.totalPages} locale={locale} hrefFor={(n) => href(site, locale, ['lay-y-kien'], { 'trang-thai': state, trang: n > 1 ? n : undefined })} />
      </section>
    ),
  };
}

export async function ConsultationPage({ site, locale, rest }: RouteContext): Promise<PageResult | null> {
  if (!/^\d+$/.test(rest[1])) return null;
  const c = await findPublishedOne<AnyDoc>('consultations', site, locale, { id: { equals: rest[1] } });
  if (!c) return null;
  const now = new Date();
  const open = isOpen(c, now);
  return {
    title: c.title,
    sample: Boolean(c.sampleData),
    node: (
      <article className="page consultation">
        <p className="breadcrumb">
          <a href={href(site, locale, ['lay-y-kien'])}>{tr(locale, 'Lấy ý kiến dự thảo văn bản', 'Public consultations')}</a>
        </p>
        <h1>{c.title}</h1>
        <dl className="doc-props">
          <dt>{tr(locale, 'Tình trạng', 'Status')}</dt>
          <dd>{statusText(c, now, locale)}</dd>
          {c.openFrom && (
            <>
              <dt>{tr(locale, 'Bắt đầu', 'Opens')}</dt>
              <dd>{formatDate(c.openFrom)}</dd>
            </>
          )}
          <dt>{tr(locale, 'Hạn góp ý', 'Deadline')}</dt>
          <dd>{formatDate(c.deadline)}</dd>
        </dl>
        {c.description && <RichText data={c.description} />}
        <FileLinks files={c.draftFiles} locale={locale} heading={tr(locale, 'Tệp dự thảo', 'Draft files')} />
        {open && (
          <>
            <h2>{tr(locale, 'Cách gửi ý kiến', 'How to comment')}</h2>
            <p>
              {tr(locale, `Gửi ý kiến góp ý trước ngày ${formatDate(c.deadline)} `, `Send your comments before ${formatDate(c.deadline)} `)}
              {site.contacts?.email ? (
                <>
                  {tr(locale, 'qua thư điện tử ', 'by e-mail to ')}
                  <a href={`mailto:${site.contacts.email}?subject=${encodeURIComponent(c.title)}`}>{site.contacts.email}</a>.
                </>
              ) : (
                <>
                  {tr(locale, 'qua các kênh tại trang ', 'through the channels on the page ')}
                  <a href={href(site, locale, ['lien-he'])}>{tr(locale, 'Liên hệ', 'Contacts')}</a>.
                </>
              )}
            </p>
          </>
        )}
        {c.resultSummary && (
          <>
            <h2>{tr(locale, 'Tổng hợp, tiếp thu ý kiến', 'Summary of comments')}</h2>
            <RichText data={c.resultSummary} />
          </>
        )}
      </article>
    ),
  };
}
