/**
 * Cloaking probe (DESIGN.md §7): fetch the same URL as a normal browser, as Googlebot, and as a browser
 * arriving from a Google search, then record per variant the status, size, a hash of the visible text
 * and the gambling/SEO-spam terms found. Comparing the variants is the checks' job.
 *
 * The authoritative spam-term list lives with the checks; {@link DEFAULT_SPAM_TERMS} is a small default
 * and {@link runCloakingProbe} accepts any list or matcher function.
 */
import { createHash } from 'node:crypto';
import type { CloakingProbe } from '../snapshot.js';
import type { HttpClient } from './fetch.js';
import { decodeBody } from './charset.js';
import { collapse, fold } from '../extract/text.js';

/** Small default list of Vietnamese/Indonesian gambling and SEO-spam terms (DESIGN.md §7). */
export const DEFAULT_SPAM_TERMS: readonly string[] = [
  'nổ hũ', 'tài xỉu', 'cá độ', 'lô đề', 'xóc đĩa', 'game bài', 'đá gà', 'casino', 'nhà cái', 'slot', 'cá cược', 'bắn cá',
  'kèo nhà cái', 'soi cầu', 'baccarat', 'poker', 'jackpot', 'slot gacor', 'judi', 'togel', 'situs',
];

/** Either a list of terms or a function returning the terms found in a text. */
export type SpamMatcher = readonly string[] | ((text: string) => string[]);

/**
 * Terms of `terms` present in `text`: whole-word, case-insensitive, matched on the NFC text and, for
 * multi-word Vietnamese terms, also on the folded (diacritic-free) text ("no hu" finds "nổ hũ").
 */
export function findSpamTerms(text: string, terms: readonly string[] = DEFAULT_SPAM_TERMS): string[] {
  const lower = text.normalize('NFC').toLowerCase();
  const folded = fold(text);
  const found: string[] = [];
  for (const term of terms) {
    const t = term.normalize('NFC').toLowerCase();
    const re = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    const ft = fold(t);
    if (re(t).test(lower) || (ft !== t && ft.includes(' ') && re(ft).test(folded))) found.push(term);
  }
  return found;
}

/**
 * Visible text of an HTML document for hashing and term search: script/style/template/noscript blocks
 * and comments dropped, tags replaced by spaces, common entities decoded, whitespace collapsed. A linear
 * scan without a DOM over the first `maxChars` characters (the probe fetches three full-size copies of
 * the start page).
 */
export function visibleText(html: string, maxChars = 1_000_000): string {
  const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return collapse(
    (html.length > maxChars ? html.slice(0, maxChars) : html)
      .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
      .replace(/<(script|style|template|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
        if (e[0] === '#') {
          const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : ' ';
        }
        return ENT[e.toLowerCase()] ?? m;
      }),
  ).normalize('NFC');
}

/** First 16 hex chars of SHA-256 of the visible text — equal hashes mean the same text. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** User-Agent strings used by the probe. */
export const PROBE_AGENTS = {
  browser: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
} as const;

/** Options of {@link runCloakingProbe}. */
export interface CloakingOptions {
  timeoutMs?: number;
  maxBytes?: number;
  spam?: SpamMatcher;
  signal?: AbortSignal;
}

/**
 * Run the three fetches of the probe (sequentially, through the client's per-host limiter).
 * @returns the probe; a variant that failed carries `error` and status 0; never throws
 */
export async function runCloakingProbe(client: HttpClient, url: string, options: CloakingOptions = {}): Promise<CloakingProbe> {
  const spam = options.spam ?? DEFAULT_SPAM_TERMS;
  const match = typeof spam === 'function' ? spam : (t: string) => findSpamTerms(t, spam);
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    /* handled by fetch */
  }
  const variants: CloakingProbe['variants'] = [];
  const plan: { agent: CloakingProbe['variants'][number]['agent']; headers: Record<string, string>; ua: string }[] = [
    { agent: 'browser', headers: {}, ua: PROBE_AGENTS.browser },
    { agent: 'googlebot', headers: {}, ua: PROBE_AGENTS.googlebot },
    { agent: 'search-referrer', headers: { referer: `https://www.google.com/search?q=${encodeURIComponent(host)}` }, ua: PROBE_AGENTS.browser },
  ];
  for (const p of plan) {
    if (options.signal?.aborted) break;
    const res = await client.fetch(url, { userAgent: p.ua, headers: p.headers, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, signal: options.signal });
    const text = res.body.length ? visibleText(decodeBody(res.body, res.contentType).text) : '';
    const v: CloakingProbe['variants'][number] = { agent: p.agent, status: res.status, bytes: res.bytes, textHash: textHash(text), spamTerms: match(text) };
    if (res.error) v.error = res.error;
    variants.push(v);
  }
  return { url, variants };
}
