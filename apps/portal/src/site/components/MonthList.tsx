/** The months that have items (monthly archive links), newest first, with the number of items of each. */
import React from 'react';
import type { Locale } from '../data';
import { monthLabel, tr } from '../i18n';
import { countByMonth } from '../lists';

/** `hrefFor(year, month)` → archive URL; `current` marks the month shown (aria-current). */
export function MonthList({ dates, hrefFor, locale, current }: { dates: string[]; hrefFor: (year: number, month: number) => string; locale: Locale; current?: { year: number; month: number } }) {
  const months = countByMonth(dates);
  if (!months.length) return null;
  return (
    <nav className="archive" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{tr(locale, 'Lưu trữ theo tháng', 'Archive by month')}</h2>
      <ul>
        {months.map((m) => {
          const isCurrent = current?.year === m.year && current?.month === m.month;
          return (
            <li key={`${m.year}-${m.month}`}>
              <a href={hrefFor(m.year, m.month)} aria-current={isCurrent ? 'page' : undefined}>
                {monthLabel(locale, m.year, m.month)}
              </a>{' '}
              <span className="meta">{`(${m.count})`}</span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

