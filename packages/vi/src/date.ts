/**
 * Vietnamese date parsing. Vietnamese documents write dates day-first: `18/08/2022`, `5/3/2024`, `05-03-2024`,
 * `05.03.2024`, and in administrative texts `ngày 5 tháng 3 năm 2024` (Decree 30/2020/NĐ-CP, Appendix I, on the
 * place-and-date line of administrative documents).
 */
import { foldVietnamese } from './text';

const NUMERIC = /^(?:ngay\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const WORDS = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*)?nam\s+(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Number of days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a Vietnamese (day-first) date to ISO `YYYY-MM-DD`.
 *
 * Accepted (surrounding white space, case and diacritics are ignored; an optional leading `ngày` is allowed):
 * - `dd/mm/yyyy`, `d/m/yyyy`, also with `-` or `.` as separator (`18/08/2022`, `5/3/2024`, `05-03-2024`);
 * - `ngày 5 tháng 3 năm 2024` (also `ngày 05 tháng 03 năm 2024`, `5 thang 3 nam 2024`);
 * - ISO `yyyy-mm-dd`, returned unchanged after validation.
 *
 * Two-digit years are rejected (ambiguous). The date must exist in the Gregorian calendar.
 *
 * @param input the text of one date
 * @returns `YYYY-MM-DD`
 * @throws Error when the text is not one of the accepted forms, or names a day that does not exist
 *   (e.g. `Invalid date "31/02/2023": day 31 does not exist in month 2 of 2023`).
 */
export function parseVietnameseDate(input: string): string {
  const folded = foldVietnamese(input);
  let day: number;
  let month: number;
  let year: number;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(folded))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = NUMERIC.exec(folded))) {
    [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  } else if ((m = WORDS.exec(folded))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    throw new Error(
      `Invalid date "${input}": expected d/m/yyyy, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, ` +
        `"ngày D tháng M năm YYYY" or YYYY-MM-DD`,
    );
  }
  if (month < 1 || month > 12) throw new Error(`Invalid date "${input}": month ${month} is not between 1 and 12`);
  if (year < 1000) throw new Error(`Invalid date "${input}": year ${year} must have four digits`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Invalid date "${input}": day ${day} does not exist in month ${month} of ${year}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Validates an ISO calendar date `YYYY-MM-DD` (the form every date-dependent API of this package takes).
 *
 * @param on the date to check
 * @param what a name for the argument, used in the error message
 * @returns `on` unchanged
 * @throws Error when `on` is not a real `YYYY-MM-DD` date (e.g. `2025-02-30`, `1/7/2025`).
 */
export function assertIsoDate(on: string, what = 'date'): string {
  const m = ISO.exec(on);
  if (!m) throw new Error(`Invalid ${what} "${on}": expected YYYY-MM-DD`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Invalid ${what} "${on}": no such calendar day`);
  }
  return on;
}
