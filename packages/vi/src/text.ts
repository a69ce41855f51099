/**
 * Vietnamese text normalisation: Unicode NFC, look-alike characters, diacritic folding and slugs.
 *
 * Vietnamese is written in Latin script with stacked diacritics (quốc ngữ). The same visible text can arrive in
 * several byte forms: precomposed (NFC) or decomposed (NFD, common from macOS and some word processors), with the
 * Icelandic eth `Ð` (U+00D0) typed instead of `Đ` (U+0110), with non-breaking or zero-width spaces pasted from
 * Word, or with full-width digits from East-Asian input methods. Everything that compares or indexes text goes
 * through {@link foldVietnamese}; everything that stores text for display goes through {@link nfc} (and, where
 * the input is untrusted, {@link normalizeConfusables}).
 *
 * Source: Unicode Standard Annex #15 (normalisation forms); Unicode confusables (UTS #39, `confusables.txt`) for
 * the look-alike table, restricted to characters seen in Vietnamese government pages.
 */

/**
 * Unicode NFC (canonical composition).
 *
 * @param s any string
 * @returns the same text in NFC; `"Cơ"` in NFD (`C o U+031B`) becomes `"Cơ"` (`C U+01A1`).
 */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** Look-alike characters → the character a Vietnamese reader means. Kept small and explicit (see module doc). */
const CONFUSABLES: ReadonlyMap<string, string> = new Map<string, string>([
  // D with stroke look-alikes (UTS #39): Icelandic eth, African D, Latin small d with tail.
  ['\u00D0', '\u0110'], // Ð → Đ
  ['\u00F0', '\u0111'], // ð → đ
  ['\u0189', '\u0110'], // Ɖ → Đ
  ['\u0256', '\u0111'], // ɖ → đ
  // Cyrillic letters that render like Latin ones.
  ['\u0410', 'A'], ['\u0412', 'B'], ['\u0415', 'E'], ['\u041A', 'K'], ['\u041C', 'M'], ['\u041D', 'H'],
  ['\u041E', 'O'], ['\u0420', 'P'], ['\u0421', 'C'], ['\u0422', 'T'], ['\u0423', 'Y'], ['\u0425', 'X'],
  ['\u0406', 'I'], ['\u0408', 'J'], ['\u0405', 'S'],
  ['\u0430', 'a'], ['\u0435', 'e'], ['\u043E', 'o'], ['\u0440', 'p'], ['\u0441', 'c'], ['\u0443', 'y'],
  ['\u0445', 'x'], ['\u0456', 'i'], ['\u0458', 'j'], ['\u0455', 's'],
  // Greek capitals that render like Latin ones, and omicron.
  ['\u0391', 'A'], ['\u0392', 'B'], ['\u0395', 'E'], ['\u0396', 'Z'], ['\u0397', 'H'], ['\u0399', 'I'],
  ['\u039A', 'K'], ['\u039C', 'M'], ['\u039D', 'N'], ['\u039F', 'O'], ['\u03A1', 'P'], ['\u03A4', 'T'],
  ['\u03A5', 'Y'], ['\u03A7', 'X'], ['\u03BF', 'o'],
  // Spaces: no-break, en/em and other fixed-width spaces, narrow no-break, ideographic, Ogham.
  ['\u00A0', ' '], ['\u1680', ' '], ['\u2000', ' '], ['\u2001', ' '], ['\u2002', ' '], ['\u2003', ' '],
  ['\u2004', ' '], ['\u2005', ' '], ['\u2006', ' '], ['\u2007', ' '], ['\u2008', ' '], ['\u2009', ' '],
  ['\u200A', ' '], ['\u202F', ' '], ['\u205F', ' '], ['\u3000', ' '],
  // Invisible characters: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen.
  ['\u200B', ''], ['\u200C', ''], ['\u200D', ''], ['\u2060', ''], ['\uFEFF', ''], ['\u00AD', ''],
  // Hyphen and slash look-alikes (document numbers such as 42/2022/NĐ-CP are typed with all of them).
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2015', '-'],
  ['\u2212', '-'], ['\u2044', '/'], ['\u2215', '/'],
  // Apostrophe look-alikes (ethnic-minority place names: Ea H'Leo, Cư M'gar, Đạ M'ri).
  ['\u2018', "'"], ['\u2019', "'"], ['\u02BC', "'"], ['\u2032', "'"],
]);

const CONFUSABLE_RE = new RegExp(`[${[...CONFUSABLES.keys()].join('')}\\uFF01-\\uFF5E]`, 'gu');

/**
 * Replaces look-alike characters by the ones a Vietnamese reader means, then applies NFC.
 *
 * - `Ð` (U+00D0, Icelandic eth) → `Đ` (U+0110); `ð` → `đ`; also `Ɖ`/`ɖ`.
 * - Cyrillic and Greek letters that look Latin (`А`, `Е`, `О`, `Р`, `С`, `Τ`, …) → Latin.
 * - No-break and fixed-width spaces → `' '`; zero-width characters, BOM and soft hyphens → removed.
 * - Unicode hyphens/dashes/minus → `-`; fraction and division slashes → `/`; curly and modifier apostrophes → `'`.
 * - Full-width ASCII (U+FF01–U+FF5E: digits, letters, `／`, `＠`, `（`…) → ASCII.
 *
 * Case is preserved; diacritics are preserved. Idempotent.
 *
 * @param s any string
 * @returns NFC text with confusables replaced
 */
export function normalizeConfusables(s: string): string {
  const replaced = nfc(s).replace(CONFUSABLE_RE, (ch) => {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
    return CONFUSABLES.get(ch) ?? ch;
  });
  // A replaced base letter may now combine with a following mark (Cyrillic а + U+0300 → à).
  return nfc(replaced);
}

/**
 * Removes Vietnamese diacritics but keeps letter case: `"Đăng Ký"` → `"Dang Ky"`, `"Bắc Kạn"` → `"Bac Kan"`.
 * Applies {@link normalizeConfusables} first. Used for English renderings of place names.
 *
 * @param s any string
 * @returns NFC text without combining marks, with `đ→d` and `Đ→D`
 */
export function stripDiacritics(s: string): string {
  return normalizeConfusables(s)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * The search/matching key of a text: NFC → confusables → strip combining marks → `đ→d` → lower case → collapse
 * whitespace (runs of white space become one ASCII space; leading/trailing space is removed).
 *
 * `"  Cơ  cấu\u00A0TỔ CHỨC "` → `"co cau to chuc"`; `"ÐẮK LẮK"` → `"dak lak"`; `"Hoà"` and `"Hòa"` → `"hoa"`.
 * Punctuation is kept (so `"42/2022/NĐ-CP"` → `"42/2022/nd-cp"`).
 *
 * @param s any string
 * @returns the folded key (ASCII letters where the input was Vietnamese)
 */
export function foldVietnamese(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * A URL path slug without diacritics: folded, `&` read as `và`, every run of characters other than `a–z`/`0–9`
 * becomes one `-`, no leading or trailing `-`.
 *
 * `"Cơ cấu tổ chức"` → `"co-cau-to-chuc"`; `"Đăng ký"` → `"dang-ky"`; `"Sở KH&CN"` → `"so-kh-va-cn"`;
 * `"Phường 1"` → `"phuong-1"`. Returns `''` when nothing sluggable remains.
 *
 * @param s any string
 * @returns `[a-z0-9]+(-[a-z0-9]+)*` or `''`
 */
export function slugify(s: string): string {
  return foldVietnamese(s)
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A DNS label without diacritics, spaces or punctuation: `"Bắc Kạn"` → `"backan"`, `"Ba Bể"` → `"babe"`.
 * The `.gov.vn` naming rule (Decree 42/2022/NĐ-CP Art. 6(4); Decree 224/2026/NĐ-CP Art. 11(4)) writes names
 * "Vietnamese without diacritics" and without separators.
 *
 * @param s any string
 * @returns `[a-z0-9]*`
 */
export function compactLabel(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9]+/g, '');
}
