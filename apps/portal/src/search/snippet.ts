/**
 * Result snippets: a window of the text as written (diacritics kept) around the query's tokens, with the matched
 * words marked. Matching is done on the folded text ({@link foldWithOffsets}), so `dang ky` marks `đăng ký`.
 * Dialect-neutral: both databases return the stored original text and the snippet is cut here.
 */
import { foldWithOffsets } from '@cong/vi';

/** One piece of a snippet; `match` pieces are shown highlighted (`<mark>`). */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ranges `[start, end)` (UTF-16 offsets in the shown text) of whole-token occurrences of `tokens`. */
export function matchRanges(text: string, tokens: string[]): { shown: string; ranges: Array<[number, number, string]> } {
  const { text: shown, folded, start } = foldWithOffsets(text);
  const ranges: Array<[number, number, string]> = [];
  const unique = [...new Set(tokens)].filter(Boolean);
  if (!unique.length) return { shown, ranges };
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${unique.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of folded.matchAll(re)) {
    const i = m.index!;
    const j = i + m[0].length;
    ranges.push([start[i]!, j < start.length ? start[j]! : shown.length, m[0]]);
  }
  return { shown, ranges };
}

/** Joins matches separated only by spaces or number separators (`đăng ký`, `13/2018/NĐ-CP` → one mark each). */
function mergeAdjacent(shown: string, ranges: Array<[number, number, string]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = out[out.length - 1];
    if (last && /^[\s/\-._]{0,3}$/u.test(shown.slice(last[1], s))) last[1] = e;
    else out.push([s, e]);
  }
  return out;
}

/**
 * A snippet of `text` of about `width` characters around the part with the most distinct query tokens.
 * Without any match, the beginning of the text. `…` marks cut ends.
 *
 * @param text plain text as written (title, summary, body)
 * @param tokens folded query tokens (from `parseQuery`)
 * @param width target length in characters (default 220)
 */
export function makeSnippet(text: string, tokens: string[], width = 220): SnippetPart[] {
  const { shown, ranges } = matchRanges(text.replace(/\s+/g, ' ').trim(), tokens);
  if (!shown) return [];
  let from = 0;
  if (ranges.length) {
    let best = -1;
    for (const [s] of ranges) {
      const distinct = new Set(ranges.filter(([a, b]) => a >= s && b <= s + width).map((r) => r[2])).size;
      if (distinct > best) {
        best = distinct;
        from = s;
      }
    }
    from = Math.max(0, from - Math.floor(width / 4));
  }
  let to = Math.min(shown.length, from + width);
  if (to - from < width) from = Math.max(0, to - width);
  // Cut at word boundaries.
  if (from > 0) {
    const sp = shown.indexOf(' ', from);
    if (sp !== -1 && sp < from + 30) from = sp + 1;
  }
  if (to < shown.length) {
    const sp = shown.lastIndexOf(' ', to);
    if (sp > to - 30 && sp > from) to = sp;
  }
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '… ', match: false });
  let pos = from;
  for (const [s, e] of mergeAdjacent(shown, ranges)) {
    if (s < from || e > to) continue;
    if (s > pos) parts.push({ text: shown.slice(pos, s), match: false });
    parts.push({ text: shown.slice(s, e), match: true });
    pos = e;
  }
  if (pos < to) parts.push({ text: shown.slice(pos, to), match: false });
  if (to < shown.length) parts.push({ text: ' …', match: false });
  return parts;
}
