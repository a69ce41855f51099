/**
 * Search keys for Vietnamese text (DESIGN.md §6): the same folding as {@link foldVietnamese} (NFC → look-alike
 * characters fixed → combining marks removed → `đ→d` → lower case), then cut into tokens of letters and digits.
 *
 * Full-text engines split `42/2022/NĐ-CP` on `/` and `-` in their own ways (SQLite's unicode61 tokenizer and
 * Postgres' default parser disagree: Postgres reads `2022/nd-cp` as a file path). Handing them text that is
 * already cut into `[letters/digits]+` tokens separated by single spaces makes both engines see the same tokens,
 * so a document number becomes the phrase `42 2022 nd cp` in the index and in the query alike.
 */
import { normalizeConfusables } from './text';

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Folds one code point: marks removed, `đ→d`, lower case (may return '' for a lone combining mark). */
function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * The search text of `s`: folded, every run of characters other than letters and digits replaced by one space,
 * trimmed. `"Cơ cấu tổ chức"` → `"co cau to chuc"`; `"13/2018/NÐ-CP"` (with U+00D0) → `"13 2018 nd cp"`;
 * `"Đăng ký"` → `"dang ky"`.
 *
 * @param s any text (title, body, query)
 * @returns space-separated tokens of lower-case letters and digits, or `''`
 */
export function searchText(s: string): string {
  let out = '';
  for (const ch of normalizeConfusables(s)) out += foldChar(ch);
  return out.replace(NON_WORD, ' ').trim();
}

/**
 * The tokens of {@link searchText}: `"Nghị định 13/2018/NĐ-CP"` → `["nghi", "dinh", "13", "2018", "nd", "cp"]`.
 *
 * @param s any text
 * @returns the tokens in order (possibly empty)
 */
export function searchTokens(s: string): string[] {
  const t = searchText(s);
  return t === '' ? [] : t.split(' ');
}

/**
 * Folded text with a map back to the original, for highlighting matches in the text as written.
 *
 * The input is first passed through {@link normalizeConfusables} (that is the `text` returned, the one to show);
 * `folded` is that text folded code point by code point (marks removed, `đ→d`, lower case) and `start[i]` is the
 * UTF-16 offset in `text` of the character that produced `folded[i]`. Punctuation and spaces are kept, so
 * offsets of a token found in `folded` map back to the same token in `text`.
 *
 * @param s any text
 * @returns `{ text, folded, start }` with `start.length === folded.length`
 */
export function foldWithOffsets(s: string): { text: string; folded: string; start: number[] } {
  const text = normalizeConfusables(s);
  let folded = '';
  const start: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    folded += f;
    for (let i = 0; i < f.length; i++) start.push(offset);
    offset += ch.length;
  }
  return { text, folded, start };
}
