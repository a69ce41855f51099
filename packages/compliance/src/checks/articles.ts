/**
 * Which fetched pages are articles (news items, announcements): the pages C9 checks for print, share, metadata and
 * Dublin Core, and the article page Lighthouse measures.
 *
 * Evidence, strongest first:
 *  - never an article: a site root — the start page, its English home, a component site's home served at a path of
 *    the same host, any page whose own "Trang chủ"/"Home" link points to itself (site-roots.ts) — and any page of
 *    another site on the same host (a component's pages reached by a portal crawl);
 *  - strong: `og:type=article`; JSON-LD `@type` Article / NewsArticle / BlogPosting (and their subtypes); a single
 *    `<article>` element holding a headline (h1, or `itemprop=headline`) and a publication date (`<time datetime>`,
 *    `itemprop=datePublished`, or a date in its first lines);
 *  - a list is not an article: a short title over many titled, dated links, or a main body that is mostly the
 *    texts of ≥ 8 links (a news category, a component's home page) — unless a strong signal says otherwise;
 *  - when the site marks its articles (some page carries a strong signal), a page that declares another `og:type`
 *    (e.g. `website`) is not one;
 *  - weak, used when nothing structured is known: the crawler reached the page as an article (`via: 'article'`:
 *    a long link text to a permalink-like URL), a permalink URL pattern (`/-/view_content/`, numeric ids,
 *    `/chi-tiet/`), or a long dated title over ≥ 150 words that is no section page.
 *
 * Inputs: pages[].{via, url, finalUrl, html}, pages[].facts.{title, links, dates, mainText, meta.openGraph,
 * meta.jsonLd}, site roots (site-roots.ts).
 */
import type { PageSnapshot, SiteSnapshot } from '../snapshot.js';
import { classifyPage, titleSegments } from '../match/matcher.js';
import { normalizeForMatch } from '../match/text.js';
import { foreignSiteOf, isSiteRoot } from './site-roots.js';
import { dom, homePage, htmlPages, normUrl } from './util.js';

const ARTICLE_TYPES = new Set(['article', 'newsarticle', 'blogposting', 'reportagenews', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle', 'reviewnewsarticle', 'liveblogposting', 'report', 'scholarlyarticle', 'techarticle']);

/** `@type` values of every JSON-LD node (arrays, `@graph`, nested objects), lower case without the schema.org prefix. */
function jsonLdTypes(blocks: unknown[]): string[] {
  const out: string[] = [];
  const walk = (x: unknown, depth: number) => {
    if (depth > 6 || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach((y) => walk(y, depth + 1));
    const o = x as Record<string, unknown>;
    const t = o['@type'];
    for (const v of Array.isArray(t) ? t : [t]) if (typeof v === 'string') out.push(v.replace(/^https?:\/\/schema\.org\//i, '').toLowerCase());
    for (const [k, v] of Object.entries(o)) if (k !== '@context' && typeof v === 'object') walk(v, depth + 1);
  };
  walk(blocks, 0);
  return out;
}

/** A date written after a publication label ("Đăng lúc", "Ngày đăng", "Posted on"); "Cập nhật"/"updated" is not one. */
const PUBLISHED_TEXT = /(ngày đăng|đăng lúc|đăng ngày|thời gian đăng|ngày xuất bản|xuất bản|ngày ban hành|posted|published)\s*(lúc|ngày|on|at)?\s*:?\s*(\d{1,2}:\d{2}\s*)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})/i;

/**
 * Structured evidence of a page. `article`: it says it is an article — by metadata (`og:type=article`, JSON-LD
 * Article types: `by: 'meta'`) or by a single `<article>` element with a headline (h1 / `itemprop=headline`) and a
 * publication date (`<time datetime>`, `itemprop=datePublished`, `article:published_time`, or a date after a
 * publication label) on a page that is no section page (`by: 'element'`). `declaresOther`: its `og:type` is
 * something else (e.g. `website`).
 */
export function articleMarkup(p: PageSnapshot): { article: boolean; by?: 'meta' | 'element'; why?: string; declaresOther: boolean } {
  const m = p.facts?.meta;
  const og = m?.openGraph['og:type']?.trim().toLowerCase();
  if (og === 'article') return { article: true, by: 'meta', why: 'og:type=article', declaresOther: false };
  const ld = jsonLdTypes(m?.jsonLd ?? []).find((t) => ARTICLE_TYPES.has(t));
  if (ld) return { article: true, by: 'meta', why: `JSON-LD @type ${ld}`, declaresOther: false };
  const declaresOther = !!og;
  const $ = dom(p);
  if ($) {
    const arts = $('article');
    if (arts.length === 1 && classifyPage(p).sections.length === 0) {
      const a = arts.first();
      const headline = a.find('h1, [itemprop=headline]').first().text().trim();
      const dated = a.find('time[datetime], [itemprop=datePublished]').length > 0 || $('meta[property="article:published_time"]').length > 0 || PUBLISHED_TEXT.test(a.text().replace(/\s+/g, ' ').slice(0, 800));
      if (headline && dated) return { article: true, by: 'element', why: '<article> with headline and publication date', declaresOther };
    }
  }
  return { article: false, declaresOther };
}

/**
 * A list page (news category, search results, a site's home): a short title over many titled, dated links; or a
 * main body whose words are mostly the texts of ≥ 8 titled links, on a page without a headline of its own (an h1/h2
 * of ≥ 6 words repeating the title: a short news item followed by a long "related news" list keeps its headline).
 */
export function looksLikeList(p: PageSnapshot): boolean {
  const f = p.facts;
  if (!f) return false;
  const self = normUrl(p.finalUrl || p.url);
  const titled = f.links.filter((l) => (l.region === 'main' || l.region === 'other') && !l.hidden && l.text.split(/\s+/).length >= 4 && normUrl(l.url) !== self);
  const first = titleSegments(f.title)[0] ?? '';
  if (first.split(/\s+/).length < 5 && titled.length >= 8 && f.dates.length >= 6) return true;
  const norm = (t: string) => normalizeForMatch(t);
  const headline = first.split(/\s+/).length >= 6 && f.headings.some((h) => h.level <= 2 && norm(h.text) === norm(first));
  if (headline) return false;
  const mainWords = f.mainText.split(/\s+/).filter(Boolean).length;
  const linkWords = titled.reduce((n, l) => n + l.text.split(/\s+/).length, 0);
  return titled.length >= 8 && mainWords > 0 && linkWords / mainWords >= 0.5;
}

const PERMALINK = /\/-\/|view_content|\/\d{4,}[-/]|[-_]\d{5,}|\/(chi-tiet|detail|view-article|tin-chi-tiet)\b/i;

/** Weak evidence only: the crawler's hint, a permalink-looking URL, or a long dated title over body text. */
function weakArticle(p: PageSnapshot & { facts: NonNullable<PageSnapshot['facts']> }): boolean {
  if (p.via === 'article') return true;
  if (PERMALINK.test(p.finalUrl || p.url)) return true;
  const first = titleSegments(p.facts.title)[0] ?? '';
  return classifyPage(p).sections.length === 0 && first.split(/\s+/).length >= 6 && p.facts.dates.length > 0 && p.facts.mainText.split(' ').length > 150;
}

/**
 * Article pages of the scanned site, best evidence first (structured markup, then pages the crawler reached as
 * articles, then other weak candidates); at most `max`.
 */
export function articlePages(s: SiteSnapshot, max = 5): PageSnapshot[] {
  const home = homePage(s);
  const candidates = htmlPages(s).filter((p) => p !== home && !isSiteRoot(s, p) && foreignSiteOf(s, p) === undefined);
  const marks = new Map(candidates.map((p) => [p, articleMarkup(p)]));
  // a site that marks its articles in metadata: a page declaring another og:type is not one of them
  const siteMarksArticles = [...marks.values()].some((m) => m.by === 'meta');
  const strong: PageSnapshot[] = [];
  const weak: PageSnapshot[] = [];
  for (const p of candidates) {
    const m = marks.get(p)!;
    const otherType = siteMarksArticles && m.declaresOther;
    if (m.by === 'meta' || (m.by === 'element' && !otherType)) strong.push(p);
    else if (looksLikeList(p) || otherType) continue;
    else if (weakArticle(p)) weak.push(p);
  }
  const viaFirst = (a: PageSnapshot, b: PageSnapshot) => Number(b.via === 'article') - Number(a.via === 'article');
  return [...strong.sort(viaFirst), ...weak.sort(viaFirst)].slice(0, max);
}
