import { describe, expect, it } from 'vitest';
import { assertIsoDate, parseVietnameseDate } from '../src/index';

describe('parseVietnameseDate', () => {
  it.each([
    ['18/08/2022', '2022-08-18'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    [' 1 / 7 / 2025 ', '2025-07-01'],
    ['ngày 5 tháng 3 năm 2024', '2024-03-05'],
    ['Ngày 05 tháng 03 năm 2024', '2024-03-05'],
    ['ngay 18 thang 8 nam 2022', '2022-08-18'],
    ['ngày 18/8/2022', '2022-08-18'],
    ['29/02/2024', '2024-02-29'],
    ['2022-08-18', '2022-08-18'],
    ['１８／０８／２０２２', '2022-08-18'],
  ])('%s → %s', (input, iso) => {
    expect(parseVietnameseDate(input)).toBe(iso);
  });

  it.each([
    ['31/02/2023', /day 31 does not exist in month 2 of 2023/],
    ['29/02/2023', /day 29 does not exist/],
    ['12/13/2022', /month 13/],
    ['18/08/22', /expected d\/m\/yyyy/],
    ['18/08-2022', /expected/],
    ['2022-02-30', /day 30 does not exist/],
    ['', /expected/],
    ['hôm nay', /Invalid date "hôm nay"/],
  ])('rejects %s with a clear message', (input, message) => {
    expect(() => parseVietnameseDate(input)).toThrow(message);
  });
});

describe('assertIsoDate', () => {
  it('accepts real dates and rejects others', () => {
    expect(assertIsoDate('2025-07-01')).toBe('2025-07-01');
    expect(() => assertIsoDate('2025-02-30')).toThrow(/no such calendar day/);
    expect(() => assertIsoDate('1/7/2025', 'date "on"')).toThrow(/Invalid date "on" "1\/7\/2025": expected YYYY-MM-DD/);
  });
});
