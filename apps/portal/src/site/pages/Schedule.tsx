/**
 * Work schedule of the leaders, `lich-cong-tac`: the current week (Monday–Sunday, Vietnam time) by default,
 * `?tuan=YYYY-MM-DD` shows the week holding that day; links to the previous and next weeks.
 */
import React from 'react';
import { findPublished } from '../data';
import { addDays, formatDate, formatWeekday, mondayOf, t, tr, vnDayStart } from '../i18n';
import { href } from '../paths';
import type { AnyDoc, PageResult, RouteContext } from '../types';

interface Entry { date: string; time?: string | null; content: string; location?: string | null; leader?: AnyDoc | number | null; participants?: string | null; id?: string }

export async function SchedulePage({ site, locale, query }: RouteContext): Promise<PageResult | null> {
  const asked = query.tuan && /^\d{4}-\d{2}-\d{2}$/.test(query.tuan) ? new Date(`${query.tuan}T12:00:00+07:00`) : new Date();
  if (Number.isNaN(asked.getTime())) return null;
  const monday = mondayOf(asked);
  const sunday = addDays(monday, 6);
  const { docs } = await findPublished<AnyDoc>('work-schedules', site, locale, {
    limit: 20,
    sort: 'weekStart',
    where: { and: [{ weekStart: { greater_than_equal: vnDayStart(monday) } }, { weekStart: { less_than: vnDayStart(addDays(monday, 7)) } }] },
  });
  const entries = docs
    .flatMap((d) => ((d.entries ?? []) as Entry[]).map((e) => ({ ...e, key: `${d.id}-${e.id}` })))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  const title = tr(locale, 'Lịch công tác', 'Work schedule');
  const range = `${formatDate(vnDayStart(monday))} – ${formatDate(vnDayStart(sunday))}`;
  const weekHref = (ymd: string) => href(site, locale, ['lich-cong-tac'], { tuan: ymd });
  return {
    title: `${title} ${range}`,
    sample: docs.some((d) => d.sampleData),
    node: (
      <section aria-labelledby="list-heading">
        <h1 id="list-heading">{title}</h1>
        <p className="lead">{tr(locale, `Tuần từ ${range}`, `Week of ${range}`)}</p>
        <nav className="week-nav" aria-label={tr(locale, 'Chọn tuần', 'Choose a week')}>
          <a href={weekHref(addDays(monday, -7))} rel="prev">
            {tr(locale, '‹ Tuần trước', '‹ Previous week')}
          </a>
          <a href={href(site, locale, ['lich-cong-tac'])}>{tr(locale, 'Tuần này', 'This week')}</a>
          <a href={weekHref(addDays(monday, 7))} rel="next">
            {tr(locale, 'Tuần sau ›', 'Next week ›')}
          </a>
        </nav>
        <form method="get" action={href(site, locale, ['lich-cong-tac'])} className="filters">
          <div className="field">
            <label htmlFor="f-tuan">{tr(locale, 'Xem tuần có ngày', 'Show the week of')}</label>
            <input id="f-tuan" name="tuan" type="date" defaultValue={monday} />
          </div>
          <div className="actions">
            <button type="submit">{tr(locale, 'Xem', 'Show')}</button>
          </div>
        </form>
        {entries.length ? (
          <table className="schedule stack">
            <caption>{tr(locale, `Lịch công tác tuần ${range}`, `Work schedule, week of ${range}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{tr(locale, 'Ngày', 'Day')}</th>
                <th scope="col">{tr(locale, 'Giờ', 'Time')}</th>
                <th scope="col">{tr(locale, 'Nội dung', 'Activity')}</th>
                <th scope="col">{tr(locale, 'Lãnh đạo, thành phần', 'Leader, participants')}</th>
                <th scope="col">{tr(locale, 'Địa điểm', 'Place')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.key}>
                  <th scope="row">{formatWeekday(locale, e.date)}</th>
                  <td data-label={tr(locale, 'Giờ', 'Time')}>{e.time}</td>
                  <td data-label={tr(locale, 'Nội dung', 'Activity')}>{e.content}</td>
                  <td data-label={tr(locale, 'Lãnh đạo, thành phần', 'Leader, participants')}>{[e.leader && typeof e.leader === 'object' ? `${e.leader.name}${e.leader.position ? `, ${e.leader.position}` : ''}` : '', e.participants].filter(Boolean).join('; ')}</td>
                  <td data-label={tr(locale, 'Địa điểm', 'Place')}>{e.location}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{tr(locale, 'Chưa có lịch công tác của tuần này.', 'No schedule has been published for this week.')}</p>
        )}
        {docs.length > 0 && (
          <p className="meta">
            {t(locale).updatedAt}: {formatDate(docs.map((d) => d.updatedAt as string).sort().pop())}
          </p>
        )}
      </section>
    ),
  };
}
