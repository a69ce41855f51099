/** Pure helpers of the public pages: Vietnam-time months and weeks, archive month counts, URLs, page numbers. */
import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, monthLabel, vnDayStart, vnMonthRange, vnYearMonth } from '../src/site/i18n';
import { countByMonth, pageParam, parseMonth } from '../src/site/lists';
import { href } from '../src/site/paths';

const commune = { slug: 'xa-a', level: 'commune' };
const portal = { slug: 'bac-kan', level: 'province' };

describe('Vietnam-time calendar', () => {
  it('puts 23:30 UTC on the last day of a month into the next month (UTC+7)', () => {
    expect(vnYearMonth('2024-04-30T23:30:00.000Z')).toEqual({ year: 2024, month: 5 });
    expect(vnYearMonth('2024-04-30T16:59:59.000Z')).toEqual({ year: 2024, month: 4 });
  });
  it('gives month bounds as instants, December rolling into January', () => {
    expect(vnMonthRange(2024, 5)).toEqual({ from: '2024-04-30T17:00:00.000Z', to: '2024-05-31T17:00:00.000Z' });
    expect(vnMonthRange(2024, 12).to).toBe('2024-12-31T17:00:00.000Z');
  });
  it('finds the Monday of a week in Vietnam time (Sunday belongs to the week before)', () => {
    expect(mondayOf(new Date('2024-05-15T12:00:00+07:00'))).toBe('2024-05-13');
    expect(mondayOf(new Date('2024-05-19T23:00:00+07:00'))).toBe('2024-05-13');
    expect(mondayOf(new Date('2024-05-19T18:00:00Z'))).toBe('2024-05-20'); // Monday 01:00 in Vietnam
    expect(addDays('2024-12-30', 7)).toBe('2025-01-06');
    expect(vnDayStart('2024-05-13')).toBe('2024-05-12T17:00:00.000Z');
  });
  it('labels months in both languages', () => {
    expect(monthLabel('vi', 2024, 5)).toBe('Tháng 05/2024');
    expect(monthLabel('en', 2024, 5)).toBe('May 2024');
  });
});

describe('archive and pagination', () => {
  it('counts items per month, newest month first', () => {
    expect(countByMonth(['2024-05-02T03:00:00Z', '2024-04-10T03:00:00Z', '2024-05-20T03:00:00Z', '2023-12-31T20:00:00Z'])).toEqual([
      { year: 2024, month: 5, count: 2 },
      { year: 2024, month: 4, count: 1 },
      { year: 2024, month: 1, count: 1 },
    ]);
  });
  it('accepts only real months in the URL', () => {
    expect(parseMonth('2024', '05')).toEqual({ year: 2024, month: 5 });
    for (const [y, m] of [['2024', '13'], ['2024', '5'], ['24', '05'], ['abcd', '01'], ['2024', '00']]) expect(parseMonth(y, m)).toBeNull();
  });
  it('reads ?trang as a positive page number, anything else as page 1', () => {
    expect(pageParam({ trang: '3' })).toBe(3);
    for (const v of ['0', '-2', 'x', '']) expect(pageParam({ trang: v })).toBe(1);
    expect(pageParam({})).toBe(1);
  });
});

describe('href', () => {
  it('builds site URLs with the /en prefix and only non-empty query values', () => {
    expect(href(commune, 'vi', ['tin-tuc'], { trang: 2, loai: '' })).toBe('/xa-a/tin-tuc?trang=2');
    expect(href(portal, 'en', ['van-ban'], { loai: 'Quyết định' })).toBe('/en/van-ban?loai=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh');
    expect(href(portal, 'vi')).toBe('/');
  });
});
