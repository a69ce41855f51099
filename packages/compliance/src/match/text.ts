/**
 * Vietnamese text helpers for matching: folding (NFC → look-alikes → strip tone marks → đ→d → lower case), tokens,
 * and word-boundary-aware phrase search.
 *
 * Token matching uses `foldVietnamese` of `@cong/vi` (which also maps Cyrillic/Greek look-alikes and odd spaces).
 * `foldVi` below is a length-preserving variant for code that maps positions between folded and original text
 * (people/contacts); `foldDropD` is matcher-specific: some CMSs (Liferay) drop "đ" from friendly URLs
 * ("lãnh đạo" → `lanh-ao`, "hỏi đáp" → `hoi-ap`), so slugs are compared against both foldings.
 */
import { foldVietnamese } from '@cong/vi';

const MARKS = /[\u0300-\u036f]/g;

/** NFC → remove combining marks → đ/Đ → d → lower case. Keeps punctuation. */
export function foldVi(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

/** Like foldVi but drops đ/Đ entirely (for CMS slugs that lost the letter). */
export function foldDropD(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, '').toLowerCase();
}

/** Folded text with every non-letter/digit run replaced by one space, trimmed. */
export function normalizeForMatch(s: string): string {
  return foldVietnamese(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Connector words ignored between the words of a phrase ("chức năng và nhiệm vụ" ≈ "chức năng, nhiệm vụ"). */
const CONNECTORS = new Set(['va', 'and', 'cua', 'of', 'the']);

export function tokens(s: string): string[] {
  const n = normalizeForMatch(s);
  return n ? n.split(' ') : [];
}

/** Tokens without connector words. */
export function contentTokens(s: string): string[] {
  return tokens(s).filter((t) => !CONNECTORS.has(t));
}

/**
 * Index of the first occurrence of `phrase` (token list) in `hay` (token list) as a whole-word sequence, or -1.
 * Connector words in `hay` between two phrase words are skipped.
 */
export function findPhrase(hay: string[], phrase: string[]): number {
  if (phrase.length === 0) return -1;
  outer: for (let i = 0; i < hay.length; i++) {
    if (hay[i] !== phrase[0]) continue;
    let j = i + 1;
    for (let k = 1; k < phrase.length; k++) {
      while (j < hay.length && hay[j] !== phrase[k] && CONNECTORS.has(hay[j]) && !CONNECTORS.has(phrase[k])) j++;
      if (hay[j] !== phrase[k]) continue outer;
      j++;
    }
    return i;
  }
  return -1;
}

export function hasPhrase(text: string, phrase: string): boolean {
  return findPhrase(tokens(text), tokens(phrase)) >= 0;
}

/** Split a URL path into slug tokens (folded, digits-suffixes stripped: `tuyen-dung1` → tuyen, dung). */
export function slugTokens(url: string): string[][] {
  let path: string;
  try {
    const u = new URL(url);
    path = decodeURIComponent(u.pathname);
  } catch {
    path = url;
  }
  return path
    .split('/')
    .filter(Boolean)
    .map((seg) =>
      seg
        .replace(/\.(html?|aspx?|php|jsp)$/i, '')
        .split(/[-_.+\s]+/)
        .map((t) => foldVi(t).replace(/\d+$/, ''))
        .filter((t) => t && !/^\d+$/.test(t)),
    )
    .filter((seg) => seg.length > 0);
}

/** Whether a string contains Vietnamese-specific letters (tone marks or đ/ơ/ư/â/ê/ô/ă). */
export function hasVietnameseLetters(s: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(s);
}

const EN_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'for', 'on', 'with', 'by', 'are', 'as', 'be', 'this', 'that', 'from', 'at', 'shall', 'has', 'its', 'an', 'or', 'which', 'who',
  // labels that carry short English pages (contact, about…)
  'address', 'phone', 'street', 'district', 'email', 'contact', 'about', 'us', 'fax', 'website', 'news', 'home', 'department', 'information', 'director',
]);
const VI_WORDS = new Set([
  'của', 'và', 'các', 'được', 'trong', 'cho', 'với', 'là', 'những', 'này', 'theo', 'về', 'có', 'không', 'một', 'đã', 'để', 'tại', 'từ', 'người', 'năm', 'ngày',
  'đến', 'khi', 'như', 'cũng', 'địa', 'chỉ', 'điện', 'thoại', 'liên', 'hệ', 'trang', 'chủ', 'thông', 'tin', 'sở', 'giới', 'thiệu', 'tức',
]);
const DE_FR_WORDS = new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'für', 'von', 'zu', 'den', 'des', 'auf', 'sich', 'im', 'le', 'la', 'les', 'et', 'est', 'une', 'du', 'pour']);

/**
 * Rough language guess for a text from its function and label words (proper nouns with Vietnamese diacritics, like
 * street names on an English contact page, do not make a page Vietnamese).
 */
export function guessLanguage(text: string): { lang: 'vi' | 'en' | 'other' | 'unknown'; words: number; englishWords: number } {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 6) return { lang: 'unknown', words: words.length, englishWords: 0 };
  let vi = 0;
  let en = 0;
  let other = 0;
  let enish = 0;
  for (const w of words) {
    const lw = w.toLowerCase().normalize('NFC').replace(/[^\p{L}]/gu, '');
    if (VI_WORDS.has(lw)) vi++;
    if (EN_WORDS.has(lw)) en++;
    if (DE_FR_WORDS.has(lw)) other++;
    if (/^[A-Za-z][A-Za-z'’-]*[.,;:!?)]*$/.test(w)) enish++;
  }
  if (other > en && other > vi) return { lang: 'other', words: words.length, englishWords: enish };
  if (en >= 3 && en > vi * 1.5) return { lang: 'en', words: words.length, englishWords: enish };
  if (vi >= 3 && vi >= en) return { lang: 'vi', words: words.length, englishWords: 0 };
  const marked = words.filter(hasVietnameseLetters).length / words.length;
  if (marked > 0.3) return { lang: 'vi', words: words.length, englishWords: 0 };
  return { lang: en > 0 ? 'en' : 'other', words: words.length, englishWords: enish };
}

/** Escape a string for use in a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
