/** Pure helpers of the list pages: `?trang=N` page numbers and monthly archives (no React, unit-tested). */
import { vnYearMonth } from './i18n';

/** Reads `?trang=N` (1-based); anything else is page 1. Capped at 10,000. */
export const pageParam = (query: Record<string, string>): number => {
  const n = Number.parseInt(query.trang ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 10_000) : 1;
};

/** Counts ISO dates per Vietnam calendar month, newest month first. */
export function countByMonth(dates: string[]): { year: number; month: number; count: number }[] {
  const counts = new Map<string, { year: number; month: number; count: number }>();
  for (const iso of dates) {
    const { year, month } = vnYearMonth(iso);
    const key = `${year}-${month}`;
    const entry = counts.get(key) ?? { year, month, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.year - a.year || b.month - a.month);
}

/** Parses `<yyyy>/<mm>` URL segments into a month, or null when they are not a real month (→ 404). */
export function parseMonth(year: string | undefined, month: string | undefined): { year: number; month: number } | null {
  if (!year || !month || !/^\d{4}$/.test(year) || !/^\d{2}$/.test(month)) return null;
  const y = Number(year);
  const m = Number(month);
  return m >= 1 && m <= 12 && y >= 1945 && y <= 2100 ? { year: y, month: m } : null;
}
