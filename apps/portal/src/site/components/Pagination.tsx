/**
 * Page navigation for long lists (`?trang=N`): previous/next with rel="prev"/"next", a window of page
 * numbers with aria-current="page" on the current one. Works without JavaScript (plain links).
 */
import React from 'react';
import type { Locale } from '../data';
import { tr } from '../i18n';

export { pageParam } from '../lists';

/** `hrefFor(n)` builds the link of page n (page 1 without `trang`). Renders nothing for a single page. */
export function Pagination({ page, totalPages, hrefFor, locale }: { page: number; totalPages: number; hrefFor: (n: number) => string; locale: Locale }) {
  if (totalPages <= 1) return null;
  const numbers = new Set<number>([1, totalPages]);
  for (let n = Math.max(1, page - 2); n <= Math.min(totalPages, page + 2); n++) numbers.add(n);
  const sorted = [...numbers].sort((a, b) => a - b);
  const items: React.ReactNode[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) items.push(<li key={`gap-${n}`} aria-hidden="true">…</li>);
    items.push(
      <li key={n}>
        {n === page ? (
          <a href={hrefFor(n)} aria-current="page" aria-label={tr(locale, `Trang ${n}, trang hiện tại`, `Page ${n}, current page`)}>
            {n}
          </a>
        ) : (
          <a href={hrefFor(n)} aria-label={tr(locale, `Trang ${n}`, `Page ${n}`)}>
            {n}
          </a>
        )}
      </li>,
    );
  });
  return (
    <nav className="pagination" aria-label={tr(locale, 'Phân trang', 'Pagination')}>
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {tr(locale, '‹ Trang trước', '‹ Previous')}
            </a>
          </li>
        )}
        {items}
        {page < totalPages && (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {tr(locale, 'Trang sau ›', 'Next ›')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
