/**
 * The user's query → groups of search tokens, the same for both database dialects.
 *
 * - Text in double quotes (`"cơ cấu tổ chức"`, also „…“ / “…”) is one phrase: its tokens must be adjacent.
 * - A word containing `/`, `-`, `.` or `_` between letters or digits (a document number such as `13/2018/NĐ-CP`,
 *   `1557/QĐ-BTTTT`, `85/2015/QH13`) is one phrase too, so `13/2018/ND-CP` finds the decree and not every text
 *   containing 13, 2018, ND and CP somewhere.
 * - Every other word is a group of one token. All groups must match (AND).
 *
 * Tokens are {@link searchTokens} of `@cong/vi`: folded (no marks, `đ→d`, lower case, look-alikes fixed) and cut
 * at every character other than a letter or digit — exactly how the indexed text is cut.
 */
import { searchTokens } from '@cong/vi';

/** A parsed query: `groups` (each one token or a phrase of adjacent tokens), `tokens` = all tokens in order. */
export interface ParsedQuery {
  groups: string[][];
  tokens: string[];
}

/** Longest query we read (characters); a search box is not a document. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many groups are used (the rest of a pasted paragraph is ignored). */
export const MAX_GROUPS = 16;

const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]?/gu;
const COMPOUND = /[\p{L}\p{N}]+(?:[/\-._\u2010-\u2015\u2044\u2215][\p{L}\p{N}]+)+/u;

/**
 * Parses `q` (see module comment). Returns no groups for a query without letters or digits.
 *
 * `parseQuery('co cau "tổ chức"')` → `{ groups: [['co'], ['cau'], ['to', 'chuc']], … }`;
 * `parseQuery('Nghị định 13/2018/NĐ-CP')` → `{ groups: [['nghi'], ['dinh'], ['13', '2018', 'nd', 'cp']], … }`.
 */
export function parseQuery(q: string): ParsedQuery {
  const text = q.slice(0, MAX_QUERY_LENGTH);
  const groups: string[][] = [];
  const rest = text.replace(QUOTED, (_, inner: string) => {
    const t = searchTokens(inner);
    if (t.length) groups.push(t);
    return ' ';
  });
  for (const word of rest.split(/\s+/u)) {
    if (!word) continue;
    const t = searchTokens(word);
    if (t.length === 0) continue;
    if (t.length > 1 && COMPOUND.test(word)) groups.push(t);
    else for (const tok of t) groups.push([tok]);
  }
  const kept = dedupe(groups).slice(0, MAX_GROUPS);
  return { groups: kept, tokens: kept.flat() };
}

function dedupe(groups: string[][]): string[][] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const k = g.join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
