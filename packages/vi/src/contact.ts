/**
 * Vietnamese telephone numbers and e-mail addresses: normalising one, and finding all in free text (page footers,
 * contact pages, official directories).
 *
 * Numbering plan (source: the Ministry of Information and Communications' telecom numbering plan, Circular
 * 22/2014/TT-BTTTT as amended; the landline area-code conversion of 2017 (Decision 2036/QĐ-BTTTT, 2015) and the
 * 11→10-digit mobile conversion of 2018 (Decision 798/QĐ-BTTTT). Document numbers cited from memory, not re-read):
 * - mobile: 10 digits, `0` + 9 digits, prefixes 03x, 05x, 07x, 08x, 09x (e.g. `0912 345 678`);
 * - fixed line: 11 digits, `02` + area code + subscriber number (`024 3xxx xxxx` Hà Nội, `028 …` Hồ Chí Minh City,
 *   `0209 3870 xxx` Bắc Kạn, `0208 …` Thái Nguyên);
 * - non-geographic service numbers: `1800 xxxx(xx)` (free call) and `1900 xxxx(xx)` (premium).
 * Pre-2017 forms (`0281 …` area codes, 11-digit `01xx` mobiles) are not converted: they are reported as invalid
 * so that a compliance check can flag an outdated contact number.
 */
import { normalizeConfusables } from './text';

/** One telephone number, normalised. */
export interface PhoneNumber {
  /** E.164 form, e.g. `+842093870123`, `+84912345678`, `+8418001234`. */
  e164: string;
  /** National form grouped for display, e.g. `0209 3870 123`, `024 3825 1234`, `0912 345 678`, `1800 1234`. */
  national: string;
  /** `mobile` (0[35789]x), `fixed` (02x), `freephone` (1800), `premium` (1900). */
  kind: 'mobile' | 'fixed' | 'freephone' | 'premium';
  /** The text the number was read from (as found, before normalisation). */
  raw: string;
}

/** Area codes with two digits after the leading `0` (Hà Nội 024, Hồ Chí Minh City 028); all others have three. */
const TWO_DIGIT_AREA = new Set(['024', '028']);

/**
 * The three-digit fixed-line area codes in use since the 2017 conversion (one per pre-2025 province; the 2025
 * province mergers did not renumber them). Pre-2017 codes such as `0281` (old Bắc Kạn) are not in the list.
 */
const THREE_DIGIT_AREA = new Set(
  (
    '203 204 205 206 207 208 209 210 211 212 213 214 215 216 218 219 220 221 222 225 226 227 228 229 232 233 234 ' +
    '235 236 237 238 239 251 252 254 255 256 257 258 259 260 261 262 263 269 270 271 272 273 274 275 276 277 290 ' +
    '291 292 293 294 296 297 299'
  )
    .split(' ')
    .map((c) => `0${c}`),
);

/**
 * An 11-digit `02…` number with a current area code whose subscriber part starts with 2–9 (subscriber numbers
 * never start with 0 or 1, which also keeps old `0281 3870 123` from reading as `028 1387 0123`).
 */
function isFixedLine(digits: string): boolean {
  if (!/^02\d{9}$/.test(digits)) return false;
  const areaLength = TWO_DIGIT_AREA.has(digits.slice(0, 3)) ? 3 : THREE_DIGIT_AREA.has(digits.slice(0, 4)) ? 4 : 0;
  return areaLength > 0 && /[2-9]/.test(digits[areaLength]!);
}

function groupNational(digits: string, kind: PhoneNumber['kind']): string {
  if (kind === 'mobile') return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  if (kind === 'fixed') {
    const area = TWO_DIGIT_AREA.has(digits.slice(0, 3)) ? digits.slice(0, 3) : digits.slice(0, 4);
    const rest = digits.slice(area.length); // 8 digits after 024/028, 7 after a three-digit area code
    return `${area} ${rest.slice(0, 4)} ${rest.slice(4)}`;
  }
  const rest = digits.slice(4);
  return rest.length === 6 ? `${digits.slice(0, 4)} ${rest.slice(0, 3)} ${rest.slice(3)}` : `${digits.slice(0, 4)} ${rest}`;
}

/**
 * Parses one Vietnamese telephone number written in any common way: `0912 345 678`, `0912.345.678`,
 * `(0209) 3870 123`, `+84 209 3870 123`, `(+84) 912-345-678`, `0084912345678`, `84912345678`, `1800 1234`.
 * Full-width digits and Unicode dashes are accepted.
 *
 * @param input text of one number (separators: spaces, `.`, `-`, `(`, `)`)
 * @returns the parsed number, or `null` when the text is not a valid current Vietnamese number
 */
export function parsePhone(input: string): PhoneNumber | null {
  const s = normalizeConfusables(input).trim();
  if (!/^[+\d\s.\-()]+$/.test(s)) return null;
  let digits = s.replace(/[^\d]/g, '');
  const international = s.includes('+') || digits.startsWith('0084');
  if (digits.startsWith('0084')) digits = digits.slice(4);
  else if (international && digits.startsWith('84')) digits = digits.slice(2);
  else if (!international && digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) {
    digits = digits.slice(2);
  }
  if (/^1[89]00(\d{4}|\d{6})$/.test(digits)) {
    const kind = digits.startsWith('18') ? 'freephone' : 'premium';
    return { e164: `+84${digits}`, national: groupNational(digits, kind), kind, raw: input };
  }
  if (!digits.startsWith('0')) digits = `0${digits}`;
  let kind: PhoneNumber['kind'];
  if (/^0[35789]\d{8}$/.test(digits)) kind = 'mobile';
  else if (isFixedLine(digits)) kind = 'fixed';
  else return null;
  return { e164: `+84${digits.slice(1)}`, national: groupNational(digits, kind), kind, raw: input };
}

/**
 * Normalises one Vietnamese telephone number to E.164 (see {@link parsePhone} for accepted forms).
 *
 * `"(0209) 3870 123"` → `"+842093870123"`; `"0912.345.678"` → `"+84912345678"`; `"+84 24 3825 1234"` →
 * `"+842438251234"`.
 *
 * @param input text of one number
 * @returns E.164 string, or `null` when the text is not a valid current Vietnamese number
 */
export function normalizePhone(input: string): string | null {
  return parsePhone(input)?.e164 ?? null;
}

/** Candidates: an optional +84/0084/(+84) prefix or a leading 0, then 8–11 more digits with light separators. */
const PHONE_CANDIDATE =
  /(?<![\w+/])(?:\(?(?:\+|00)84\)?[\s.-]?\(?0?|\(?0)\d(?:[\s.\-)]{0,2}\d){7,10}(?![\w/])|(?<![\w/])1[89]00[\s.]?\d{2}[\s.]?\d{2}(?:[\s.]?\d{2})?(?![\w/])/g;

/**
 * Finds Vietnamese telephone numbers in free text (footers, contact pages). Dates (`18/08/2022`), document numbers
 * (`42/2022/NĐ-CP`) and long identifiers are not taken for numbers: a candidate must not touch a letter, a slash or
 * another digit, and must parse with {@link parsePhone}.
 *
 * @param text any text (HTML should be converted to text first)
 * @returns numbers in order of first appearance, one per distinct E.164 value
 */
export function extractPhones(text: string): PhoneNumber[] {
  const s = normalizeConfusables(text);
  const seen = new Set<string>();
  const out: PhoneNumber[] = [];
  for (const m of s.matchAll(PHONE_CANDIDATE)) {
    const p = parsePhone(m[0]);
    if (p && !seen.has(p.e164)) {
      seen.add(p.e164);
      out.push({ ...p, raw: m[0].trim() });
    }
  }
  return out;
}

const EMAIL =
  /[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

/**
 * Finds e-mail addresses in free text. Handles the usual obfuscations on Vietnamese government sites:
 * `ten[at]backan.gov.vn`, `ten(at)backan.gov.vn`, `ten [a] backan [dot] gov [dot] vn`, full-width `＠`, and
 * `mailto:` links. Trailing punctuation is not part of the address.
 *
 * @param text any text
 * @returns addresses in order of first appearance, the domain part lower-cased, one per distinct address
 *   (compared case-insensitively)
 */
export function extractEmails(text: string): string[] {
  const s = normalizeConfusables(text)
    .replace(/\s*[[(]\s*(?:at|a|@)\s*[\])]\s*/gi, '@')
    .replace(/\s*[[(]\s*(?:dot|cham|chấm)\s*[\])]\s*/gi, '.');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of s.matchAll(EMAIL)) {
    const [local, domain] = m[0].split('@') as [string, string];
    const address = `${local}@${domain.toLowerCase()}`;
    const key = address.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(address);
    }
  }
  return out;
}
