/**
 * Small text helpers for the extractor: whitespace collapsing, Vietnamese folding, and the
 * pattern finders for dates, e-mail addresses and Vietnamese phone numbers.
 *
 * All functions are pure and never throw.
 */

/** Collapse runs of whitespace (incl. NBSP and zero-width spaces) to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/**
 * Fold Vietnamese text for tolerant matching: NFC → remove combining marks → đ/Đ → d → lower case.
 * (packages/vi will own the canonical version; this local copy keeps the extractor dependency-free.)
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** A date found in text, as ISO `YYYY-MM-DD`, with the snippet (≤ 80 chars) it came from. */
export interface FoundDate {
  date: string;
  snippet: string;
}

const MIN_YEAR = 1945;

function iso(y: number, m: number, d: number): string | undefined {
  const maxYear = new Date().getUTCFullYear() + 5;
  if (y < MIN_YEAR || y > maxYear || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined; // 31/02 and friends
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function snippetAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  const to = Math.min(text.length, end + 30);
  return collapse(text.slice(from, to)).slice(0, 80);
}

/**
 * Find dates in (already NFC-normalised) text. Recognises `dd/mm/yyyy` (also with `-` or `.`),
 * `yyyy-mm-dd` / `yyyy/mm/dd`, and Vietnamese long form "ngày 31 tháng 8 năm 2016" (with or without
 * diacritics). Invalid calendar dates and years outside 1945…now+5 are ignored.
 *
 * @param text page text
 * @param max  stop after this many dates (default 500)
 * @returns dates in text order, de-duplicated on (date, snippet)
 */
export function findDates(text: string, max = 500): FoundDate[] {
  const found: { at: number; date: string; snippet: string }[] = [];
  const seen = new Set<string>();
  const push = (at: number, end: number, date: string | undefined) => {
    if (!date || found.length >= max) return;
    const snippet = snippetAround(text, at, end);
    const key = `${date}|${snippet}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ at, date, snippet });
  };
  // dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy (not part of a longer number such as a document code)
  const dmy = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])/g;
  for (const m of text.matchAll(dmy)) push(m.index ?? 0, (m.index ?? 0) + m[0].length, iso(+m[4], +m[3], +m[1]));
  // yyyy-mm-dd / yyyy/mm/dd (ISO-ish, optionally followed by a time)
  const ymd = /(?<![\d/.-])(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\d])/g;
  for (const m of text.matchAll(ymd)) push(m.index ?? 0, (m.index ?? 0) + m[0].length, iso(+m[1], +m[3], +m[4]));
  // ngày 31 tháng 8 năm 2016 (also folded "ngay … thang … nam …")
  const longForm = /ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})/giu;
  for (const m of text.matchAll(longForm)) push(m.index ?? 0, (m.index ?? 0) + m[0].length, iso(+m[3], +m[2], +m[1]));
  found.sort((a, b) => a.at - b.at);
  return found.map(({ date, snippet }) => ({ date, snippet }));
}

/** Parse an ISO-8601 / RFC-822 date-time string (meta tags, `<time datetime>`, feeds) to `YYYY-MM-DD`. */
export function isoDateOf(value: string): string | undefined {
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return iso(+m[1], +m[2], +m[3]);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const EMAIL_RE = /[a-z0-9](?:[a-z0-9._%+-]{0,63})@(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)+[a-z]{2,24}(?![a-z0-9-])/gi;
const NOT_EMAIL_TLD = /\.(png|jpe?g|gif|svg|webp|css|js)$/i;

/**
 * Find e-mail addresses in text. Undoes the common obfuscations "(at)", "[at]", "[a còng]" and "(dot)".
 * @returns lower-cased, de-duplicated addresses in text order
 */
export function findEmails(text: string): string[] {
  const clear = text
    .replace(/\s*[[(]\s*(?:at|a còng|a cong)\s*[\])]\s*/gi, '@')
    .replace(/\s*[[(]\s*(?:dot|chấm|cham)\s*[\])]\s*/gi, '.');
  const out = new Set<string>();
  for (const m of clear.matchAll(EMAIL_RE)) {
    const e = m[0].toLowerCase().replace(/\.+$/, '');
    if (!NOT_EMAIL_TLD.test(e)) out.add(e);
  }
  return [...out];
}

/**
 * Normalise one Vietnamese phone number to its digits in national form (leading 0), or undefined if it
 * is not a plausible number. Accepts +84 / 84 / (84) prefixes, mobile (10 digits), landline
 * (10 digits old plan, 11 digits 02x plan) and 1800/1900 service numbers.
 */
export function normalisePhone(raw: string): string | undefined {
  let d = raw.replace(/\D/g, '');
  if (/^(1800|1900)\d{4}(\d{2})?$/.test(d)) return d;
  if (d.startsWith('84') && (d.length === 11 || d.length === 12)) d = '0' + d.slice(2);
  if (d.startsWith('840')) d = d.slice(2);
  if (!d.startsWith('0') || d.startsWith('00')) return undefined;
  if (d.length === 10 || (d.length === 11 && d.startsWith('02'))) return d;
  return undefined;
}

/** One phone number found in text: the text as written, where it starts, and the normalised number. */
export interface FoundPhone {
  raw: string;
  index: number;
  number: string;
}

/**
 * Find Vietnamese phone numbers in text with their position: "(024) 3512 3536", "(0208) 3 852 456",
 * "024.3512.3536", "0912 345 678", "+84 24 3512 3536", "1900 1234". Digits glued to other digits (document codes,
 * ids) are ignored. This is the one phone recogniser of the package: the extractor (`facts.phones`) and the
 * checks (footer, contacts, people) all read numbers through it.
 * @returns every occurrence in text order (the same number may occur twice)
 */
export function findPhoneMatches(text: string): FoundPhone[] {
  const out: FoundPhone[] = [];
  const re = /(?<![\d\w])(?:\(?\+?84\)?[\s.-]*|\(0\d{1,3}\)[\s.-]*|0)\d(?:[\s.\-()]{0,2}\d){6,10}(?![\d])/g;
  for (const m of text.matchAll(re)) {
    const n = normalisePhone(m[0]);
    if (n) out.push({ raw: m[0].trim(), index: m.index ?? 0, number: n });
  }
  for (const m of text.matchAll(/(?<![\d\w])(1[89]00)[\s.-]?(\d{2,4})[\s.-]?(\d{2,4})?(?![\d])/g)) {
    const n = normalisePhone(m[0]);
    if (n) out.push({ raw: m[0].trim(), index: m.index ?? 0, number: n });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Find Vietnamese phone numbers in text (see {@link findPhoneMatches}).
 * @returns normalised numbers (digits only, national form), de-duplicated, in text order
 */
export function findPhones(text: string): string[] {
  return [...new Set(findPhoneMatches(text).map((p) => p.number))];
}
