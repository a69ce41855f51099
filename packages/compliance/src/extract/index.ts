/**
 * HTML → {@link PageFacts}: the extractor. Pure (no I/O), general (landmarks and common theme
 * conventions rather than one CMS), and linear in page size — one iterative walk over the DOM computes
 * regions, hidden state, texts, links, header images and headings; forms, scripts, meta and share
 * controls are read with cheerio selectors.
 */
import * as cheerio from 'cheerio';
import type { FormFact, HeadingFact, LinkFact, LinkRegion, PageFacts, ScriptFact, EmcTagFact } from '../snapshot.js';
import { type DomNode, INLINE, NO_TEXT, SelectorBuilder, findDescendant, isElement, limitNesting, textOf } from './dom.js';
import { parseEmcScript, EMC_HOST } from './emc.js';
import { detectLibraryFromBanner, detectLibraryFromUrl } from './libraries.js';
import {
  declarationsHide,
  hasHiddenClass,
  hiddenRulesFromCss,
  isFooterName,
  isHeaderName,
  isMenuName,
  matchesHiddenRules,
} from './regions.js';
import { collapse, findDates, findEmails, findPhones, isoDateOf, normalisePhone } from './text.js';

export { detectLibraryFromBanner, detectLibraryFromUrl, type LibraryId } from './libraries.js';
export { parseEmcScript, looksLikeEmc, EMC_HOST } from './emc.js';
export { collapse, fold, findDates, findEmails, findPhones, normalisePhone, isoDateOf } from './text.js';

/** Bounds for {@link extractPageFacts}. */
export interface ExtractOptions {
  /** Keep at most this many links (default 20,000); the crawler reports a page that reaches it. */
  maxLinks?: number;
  /** Main text cap in characters (default 50,000, as the snapshot contract says). */
  maxMainText?: number;
  /**
   * At most this many characters of the HTML are parsed (default 600,000; longer pages keep their
   * first 70 % and last 30 %, see {@link headAndTail}): a DOM costs tens of bytes per source byte, so this
   * bounds memory on hostile multi-megabyte pages. Real portal pages are far smaller (the fixture pages
   * are ≤ 160 KB).
   */
  maxHtmlChars?: number;
}

/** Default cap on the HTML characters parsed per page. */
export const DEFAULT_MAX_HTML_CHARS = 600_000;
/**
 * Pages up to this many characters are parsed with parse5 (the HTML standard's tree builder, exactly
 * like a browser); larger ones with htmlparser2 (≈ 4× faster, ≈ half the memory, slightly less faithful
 * on mis-nested markup).
 */
export const SPEC_PARSER_MAX_CHARS = 400_000;

/**
 * For pages longer than `maxChars`: the first 70 % and the last 30 % of the budget (cut at a tag start),
 * so the header, menu, start of the content and the footer — where identity and contact facts live —
 * are all parsed. Shorter pages are returned unchanged.
 */
export function headAndTail(html: string, maxChars: number): string {
  if (html.length <= maxChars) return html;
  const headLen = Math.floor(maxChars * 0.7);
  let tail = html.slice(html.length - (maxChars - headLen));
  const lt = tail.indexOf('<');
  if (lt > 0) tail = tail.slice(lt);
  return `${html.slice(0, headLen)}\n<!-- middle of a ${html.length}-character page omitted -->\n${tail}`;
}

/** Default cap on links kept per page. */
export const DEFAULT_MAX_LINKS = 20_000;

class TextBuf {
  private parts: string[] = [];
  private len = 0;
  private lastSpace = true;
  constructor(private readonly cap: number) {}
  add(s: string): void {
    if (this.len >= this.cap || !s) return;
    this.parts.push(s);
    this.len += s.length;
    this.lastSpace = /\s$/.test(s);
  }
  space(): void {
    if (!this.lastSpace && this.len < this.cap) {
      this.parts.push(' ');
      this.len += 1;
      this.lastSpace = true;
    }
  }
  toString(): string {
    return collapse(this.parts.join('')).slice(0, this.cap);
  }
}

interface Ctx {
  head: boolean;
  skipText: boolean;
  main: boolean;
  article: boolean;
  sectioning: boolean;
  header: boolean;
  footer: boolean;
  nav: boolean;
  hidden: boolean;
  styleHidden: boolean;
}

function safeUrl(href: string, base: string): URL | undefined {
  try {
    return new URL(href.trim(), base);
  } catch {
    return undefined;
  }
}

/** Builds a predicate "does this URL belong to the site?" from host names (with or without port, www-insensitive). */
export function siteHostMatcher(siteHosts: string[]): (u: URL) => boolean {
  const norm = (h: string) => h.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const set = new Set(siteHosts.map(norm));
  return (u: URL) => set.has(norm(u.host)) || set.has(norm(u.hostname));
}

const SEARCH_NAME = /^(q|s|k|kw|key|keys|keyword|keywords|tukhoa|tu_khoa|tu-khoa|search|searchtext|search_text|searchword|searchkey|query|txtsearch|txtkeyword|txt_search|txtsearchkey|term|terms|text|txttimkiem|timkiem)$/i;
const SEARCH_HINT = /search|keyword|tukhoa|tu-khoa|timkiem|tim-kiem|tìm kiếm|tim kiem|từ khóa|từ khoá|tu khoa|nhập từ|nhap tu/i;

function isSearchControl(attrs: Record<string, string>): boolean {
  const type = (attrs.type ?? 'text').toLowerCase();
  if (type === 'search') return true;
  if (!['text', 'search', ''].includes(type)) return false;
  const name = attrs.name ?? '';
  if (SEARCH_NAME.test(name)) return true;
  const hints = [name, attrs.id, attrs.class, attrs.placeholder, attrs.title, attrs['aria-label'], attrs.value].filter(Boolean).join(' ');
  return SEARCH_HINT.test(hints);
}

const BINARY_RESOURCE_ATTRS: [string, string][] = [
  ['img', 'src'],
  ['script', 'src'],
  ['link', 'href'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['form', 'action'],
];

const ENGLISH_TEXT = /^(english|eng|en|en-us|en-gb|tiếng anh|tieng anh|english version|in english|english site)$/i;
const ENGLISH_NAME = /(^|[\s_-])(lang|language|flag|ngonngu|ngon-ngu|co)[-_]?(en|us|uk|gb|eng|english|anh)($|[\s_-])|(^|\s)(en|english|eng|flag-en|en-flag)($|\s)/i;
const ENGLISH_IMG = /(flag|co|lang)[-_]?(en|us|uk|gb|eng|english|anh)\b|english|\/(en|us|uk|gb)\.(png|gif|jpe?g|svg|webp)$|\b(en|uk|us|gb)[-_]?flag/i;

/**
 * Extract the facts of one HTML page.
 *
 * @param html       decoded HTML (any quality; parse5 repairs it like a browser would)
 * @param pageUrl    absolute URL the page was fetched from (after redirects); base for relative links
 *                   unless the page has a `<base href>`
 * @param siteHosts  host names (optionally with port) that count as "the site"; links and resources on
 *                   other hosts go to `outboundHosts`
 * @param options    bounds (links kept, main-text length)
 * @returns the facts; never throws on bad HTML (invalid URLs and unparseable JSON-LD are skipped)
 */
export function extractPageFacts(html: string, pageUrl: string, siteHosts: string[], options: ExtractOptions = {}): PageFacts {
  const maxLinks = options.maxLinks ?? DEFAULT_MAX_LINKS;
  const maxChars = options.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS;
  const source = limitNesting(headAndTail(html, maxChars)).html;
  const $ = source.length <= SPEC_PARSER_MAX_CHARS ? cheerio.load(source) : cheerio.load(source, { xml: { xmlMode: false, decodeEntities: true } });
  const root = $.root()[0] as unknown as DomNode;
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && safeUrl(baseHref, pageUrl)?.href) || pageUrl;
  const isSite = siteHostMatcher(siteHosts.length ? siteHosts : [new URL(pageUrl).host]);
  const hiddenRules = hiddenRulesFromCss($('style').map((_, el) => $(el).text()).get());
  const hasMainLandmark = $('main, [role]').filter((_, el) => el.tagName === 'main' || (el.attribs.role ?? '').toLowerCase() === 'main').length > 0;
  const selectors = new SelectorBuilder();

  const links: LinkFact[] = [];
  const headings: HeadingFact[] = [];
  const headerImages: { src: string; alt: string }[] = [];
  const preImages: { src: string; alt: string }[] = [];
  const outbound = new Set<string>();
  const timeDates: { date: string; snippet: string }[] = [];
  const mailtos: string[] = [];
  const shareTargets = new Set<string>();
  const languageLinks: NonNullable<PageFacts['languageLinks']> = [];
  const seenLang = new Set<string>();
  const pushLang = (url: string, lang: string, text: string, via: 'hreflang' | 'switch') => {
    const key = `${via}|${url}`;
    if (seenLang.has(key) || languageLinks.length >= 50) return;
    seenLang.add(key);
    languageLinks.push({ url, lang, text, via });
  };
  const htmlEl0 = $('html').first();
  const pageLang = (htmlEl0.attr('lang') ?? htmlEl0.attr('xml:lang') ?? '').trim().toLowerCase().slice(0, 2);
  const pageNoHash = safeUrl(pageUrl, pageUrl)?.href.replace(/#.*$/, '');
  const tels: string[] = [];
  const mainText = new TextBuf(options.maxMainText ?? 50_000);
  const footerText = new TextBuf(20_000);
  const headerText = new TextBuf(5_000);
  const preText = new TextBuf(2_000);
  const allText = new TextBuf(300_000);
  let sawHeader = false;
  let seenLandmark = false;

  const noteOutbound = (u: URL | undefined) => {
    if (u && (u.protocol === 'http:' || u.protocol === 'https:') && !isSite(u)) outbound.add(u.hostname.toLowerCase());
  };

  const top: Ctx = { head: false, skipText: false, main: false, article: false, sectioning: false, header: false, footer: false, nav: false, hidden: false, styleHidden: false };
  type Frame = { node: DomNode; ctx: Ctx } | { exit: true };
  const stack: Frame[] = [];
  for (let i = (root.children ?? []).length - 1; i >= 0; i--) stack.push({ node: root.children![i], ctx: top });

  while (stack.length) {
    const f = stack.pop()!;
    if ('exit' in f) {
      mainText.space();
      footerText.space();
      headerText.space();
      preText.space();
      allText.space();
      continue;
    }
    const { node, ctx } = f;
    if (node.type === 'text') {
      if (ctx.skipText || ctx.head) continue;
      const d = node.data ?? '';
      if (!d) continue;
      allText.add(d);
      if (ctx.footer) footerText.add(d);
      else if (ctx.nav) {
        /* menu text belongs to no text region */
      } else if (ctx.header) headerText.add(d);
      else mainText.add(d);
      if (!seenLandmark && !ctx.footer && !ctx.nav) preText.add(d);
      continue;
    }
    if (!isElement(node)) continue;
    const name = (node.name ?? '').toLowerCase();
    const a = node.attribs ?? {};
    const role = (a.role ?? '').toLowerCase().trim();
    const idcls = `${a.id ?? ''} ${a.class ?? ''}`;
    const c: Ctx = { ...ctx };
    if (name === 'head') c.head = true;
    if (NO_TEXT.has(name) || name === 'svg' || name === 'select') c.skipText = true;
    if (name === 'main' || role === 'main') {
      c.main = true;
      c.sectioning = true;
    }
    if (name === 'article') {
      c.article = true;
      c.sectioning = true;
    }
    if (name === 'section' || name === 'aside') c.sectioning = true;
    if (!c.head) {
      const outsideContent = !ctx.main && !ctx.article;
      const headerHit = (name === 'header' && !ctx.sectioning) || role === 'banner' || (outsideContent && isHeaderName(idcls));
      const footerHit = (name === 'footer' && !ctx.sectioning) || role === 'contentinfo' || (outsideContent && isFooterName(idcls));
      if (footerHit) c.footer = true;
      else if (headerHit && !c.footer) {
        c.header = true;
        sawHeader = true;
      }
      if (name === 'nav' || role === 'navigation' || role === 'menubar' || role === 'menu' || isMenuName(idcls)) c.nav = true;
      if ('hidden' in a || declarationsHide(a.style) || hasHiddenClass(a.class) || (name === 'input' && (a.type ?? '').toLowerCase() === 'hidden')) c.hidden = true;
      if (matchesHiddenRules(hiddenRules, a.id, a.class)) c.styleHidden = true;
      if (c.nav || c.main || c.article) seenLandmark = true;
    }

    // element-specific facts
    if ((name === 'a' || name === 'area') && a.href !== undefined) handleLink(node, a.href, a, c);
    else if (name === 'option' && a.value && /^\s*(https?:\/\/|www\.)/i.test(a.value)) {
      // link pickers ("Chọn liên kết" / "Liên kết website" drop-downs) open their option values as URLs
      const v = a.value.trim();
      handleLink(node, /^www\./i.test(v) ? `http://${v}` : v, a, c);
    } else if (name === 'img') {
      const src = a.src ?? a['data-src'] ?? '';
      const u = src ? safeUrl(src, base) : undefined;
      noteOutbound(u);
      if (u && !c.head) {
        const img = { src: u.href, alt: collapse(a.alt ?? '') };
        if (c.header && headerImages.length < 50) headerImages.push(img);
        if (!seenLandmark && !c.footer && !c.nav && preImages.length < 20) preImages.push(img);
      }
    } else if (/^h[1-6]$/.test(name) && !c.head && headings.length < 1000) {
      const text = textOf(node, 500);
      if (text) headings.push({ level: Number(name[1]) as HeadingFact['level'], text });
    } else if (name === 'time' && a.datetime) {
      const d = isoDateOf(a.datetime);
      if (d) timeDates.push({ date: d, snippet: `<time datetime="${a.datetime.slice(0, 40)}">` });
    }
    if (name !== 'a' && name !== 'img' && name !== 'form') {
      for (const [tag, attr] of BINARY_RESOURCE_ATTRS) if (tag === name && a[attr]) noteOutbound(safeUrl(a[attr], base));
    }

    const block = !INLINE.has(name);
    if (name === 'br') {
      stack.push({ exit: true });
      continue;
    }
    if (block) stack.push({ exit: true });
    const ch = node.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push({ node: ch[i], ctx: c });
    if (block) {
      mainText.space();
      footerText.space();
      headerText.space();
      preText.space();
      allText.space();
    }
  }

  function handleLink(node: DomNode, rawHref: string, a: Record<string, string>, c: Ctx) {
    const href = rawHref.trim();
    const isAnchor = node.name === 'a';
    if (!href || href.startsWith('#') || /^\s*(javascript|data|vbscript):/i.test(href)) {
      if (isAnchor) noteShare(a, textOf(node, 100));
      return;
    }
    const u = safeUrl(href, base);
    if (!u) return;
    if (u.protocol === 'mailto:') mailtos.push(decodeURIComponent(u.pathname).split('?')[0]);
    if (u.protocol === 'tel:') tels.push(u.pathname);
    noteOutbound(u);
    if (links.length >= maxLinks) return;
    let region: LinkRegion;
    if (c.footer) region = 'footer';
    else if (c.nav && !c.main && !c.article) region = 'menu';
    else if (c.header) region = 'header';
    else if (c.main || c.article) region = 'main';
    else region = hasMainLandmark ? 'other' : 'main';
    let text = textOf(node, 300);
    if (!text) {
      const img = findDescendant(node, (n) => n.name === 'img' && !!n.attribs?.alt, 50);
      text = collapse(a.title ?? '') || collapse(a['aria-label'] ?? '') || collapse(img?.attribs?.alt ?? '');
    }
    const hidden = c.hidden || (c.styleHidden && region !== 'menu');
    if (isAnchor) {
      noteShare(a, text);
      if (/^https?:$/.test(u.protocol)) noteEnglishSwitch(node, a, u, text);
    }
    const link: LinkFact = { url: u.href, text, region, hidden, selector: selectors.build(node) };
    if (a.rel) link.rel = a.rel;
    links.push(link);
  }

  function noteEnglishSwitch(node: DomNode, at: Record<string, string>, u: URL, text: string): void {
    const img = findDescendant(node, (n) => n.name === 'img', 20);
    const ia = img?.attribs ?? {};
    const imgInfo = img ? `${ia.src ?? ''} ${ia.alt ?? ''} ${ia.class ?? ''}` : '';
    const nameInfo = `${at.class ?? ''} ${at.id ?? ''} ${node.parent?.attribs?.class ?? ''}`;
    const textEn = ENGLISH_TEXT.test(text) || ENGLISH_TEXT.test(collapse(ia.alt ?? ''));
    const segs = u.pathname.split('/').filter(Boolean).map((s) => s.replace(/\.(html?|aspx?|php|jsp)$/i, ''));
    // the link points at an English root: /en, /eng/, /web/site-eng, /en/home.html, ?lang=en
    const enAt = segs.findIndex((s) => /^(en|eng|english)$|[-_](en|eng|english)$/i.test(s));
    const rest = enAt >= 0 ? segs.slice(enAt + 1) : [];
    const pathEn =
      (enAt >= 0 && (rest.length === 0 || (rest.length === 1 && /^(home|index|default|trang-chu|main|homepage|home_node)$/i.test(rest[0])))) ||
      /[?&](lang|language|locale|languageId|hl)=en/i.test(u.search);
    const strong = textEn || ENGLISH_NAME.test(nameInfo) || (!!imgInfo && ENGLISH_IMG.test(imgInfo));
    const weak = pathEn && (text.length <= 3 || textEn);
    if ((strong || weak) && u.href.replace(/#.*$/, '') !== pageNoHash) pushLang(u.href, 'en', text.slice(0, 60), 'switch');
  }

  // ---- title, lang
  const titleEl = $('head > title').first().length ? $('head > title').first() : $('title').filter((_, el) => !$(el).parents('svg').length).first();
  const title = collapse(titleEl.text()).slice(0, 1000);
  const lang = (htmlEl0.attr('lang') ?? htmlEl0.attr('xml:lang') ?? '').trim();

  // ---- meta
  const meta: PageFacts['meta'] = { dublinCore: {}, openGraph: {}, jsonLd: [], jsonLdErrors: 0 };
  const metaDates: { date: string; snippet: string }[] = [];
  $('meta').each((_, el) => {
    const at = el.attribs;
    const key = (at.name ?? at.property ?? at.itemprop ?? '').trim();
    const lower = key.toLowerCase();
    const content = at.content ?? '';
    if (at.charset && !meta.charset) meta.charset = at.charset.trim();
    if ((at['http-equiv'] ?? '').toLowerCase() === 'content-type' && !meta.charset) {
      const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(content);
      if (m) meta.charset = m[1];
    }
    if (!key) return;
    if (lower === 'viewport' && meta.viewport === undefined) meta.viewport = content;
    else if (lower === 'description' && meta.description === undefined) meta.description = collapse(content);
    else if (lower === 'generator' && meta.generator === undefined) meta.generator = content.trim();
    if (/^(dc|dcterms)\./i.test(key) && !(key in meta.dublinCore)) meta.dublinCore[key] = collapse(content);
    if (/^og:/i.test(key) && !(key in meta.openGraph)) meta.openGraph[key] = collapse(content);
    if (/^(article:published_time|article:modified_time|og:updated_time|dc\.date(\..*)?|dcterms\.(created|modified|issued|date)|date|pubdate|publishdate)$/i.test(key)) {
      const d = isoDateOf(content);
      if (d) metaDates.push({ date: d, snippet: `<meta ${key}="${content.slice(0, 40)}">` });
    }
  });
  $('script[type]').each((_, el) => {
    if (!/ld\+json/i.test(el.attribs.type ?? '')) return;
    const raw = $(el).text().replace(/^\s*<!--/, '').replace(/-->\s*$/, '').replace(/^\s*\/\/\s*<!\[CDATA\[/, '').replace(/\/\/\s*\]\]>\s*$/, '').trim();
    if (!raw) return;
    try {
      meta.jsonLd.push(JSON.parse(raw));
    } catch {
      meta.jsonLdErrors++;
    }
  });

  // ---- forms
  const forms: FormFact[] = [];
  const labelFor = new Map<string, string>();
  $('label[for]').each((_, el) => {
    labelFor.set(el.attribs.for, collapse($(el).text()).slice(0, 200));
  });
  $('form').each((_, formEl) => {
    const f = $(formEl);
    const at = formEl.attribs;
    const rawAction = (at.action ?? '').trim();
    const action = !rawAction || rawAction === '#' ? '' : safeUrl(rawAction, base)?.href ?? '';
    noteOutbound(action ? safeUrl(action, base) : undefined);
    const method: FormFact['method'] = (at.method ?? 'get').trim().toLowerCase() === 'post' ? 'post' : 'get';
    const inputs: FormFact['inputs'] = [];
    let hasPassword = false;
    let searchy = false;
    f.find('input, select, textarea, button').each((_, inEl) => {
      const ia = inEl.attribs;
      const tag = inEl.tagName.toLowerCase();
      const type = tag === 'input' ? (ia.type ?? 'text').toLowerCase() : tag === 'button' ? (ia.type ?? 'submit').toLowerCase() : tag;
      if (type === 'password') hasPassword = true;
      if (tag === 'input' && isSearchControl(ia)) searchy = true;
      if (!ia.name) return;
      const input: FormFact['inputs'][number] = { name: ia.name, type };
      if (ia.placeholder) input.placeholder = collapse(ia.placeholder);
      const label = (ia.id && labelFor.get(ia.id)) || collapse($(inEl).closest('label').text()) || ia['aria-label'] || ia.title;
      if (label) input.label = collapse(label).slice(0, 200);
      if (type === 'hidden' || (tag === 'button' && ia.value !== undefined)) input.value = ia.value ?? '';
      inputs.push(input);
    });
    const hint = [at.id, at.class, at.name, rawAction, at['aria-label']].filter(Boolean).join(' ');
    const isSearch =
      !hasPassword &&
      ((at.role ?? '').toLowerCase() === 'search' || searchy || (SEARCH_HINT.test(hint) && inputs.some((i) => ['text', 'search'].includes(i.type))));
    forms.push({ action, method, inputs, isSearch, selector: selectors.build(formEl as unknown as DomNode) });
  });
  // search boxes outside any <form> (submitted by JavaScript)
  $('input').each((_, inEl) => {
    if (forms.length > 200) return;
    const ia = inEl.attribs;
    if ($(inEl).closest('form').length || !isSearchControl(ia)) return;
    const input: FormFact['inputs'][number] = { name: ia.name ?? ia.id ?? '', type: (ia.type ?? 'text').toLowerCase() };
    if (ia.placeholder) input.placeholder = collapse(ia.placeholder);
    const label = (ia.id && labelFor.get(ia.id)) || ia['aria-label'] || ia.title;
    if (label) input.label = collapse(label).slice(0, 200);
    forms.push({ action: '', method: 'get', inputs: [input], isSearch: true, scripted: true, selector: selectors.build(inEl as unknown as DomNode) });
  });

  // ---- scripts, EMC tag
  const scripts: ScriptFact[] = [];
  let emc: EmcTagFact | undefined;
  $('script').each((_, el) => {
    const type = (el.attribs.type ?? '').toLowerCase().trim();
    if (type && !/javascript|ecmascript|^module$|^text\/babel$/.test(type)) return;
    const src = el.attribs.src?.trim();
    if (src) {
      const u = safeUrl(src, base);
      if (!u) return;
      noteOutbound(u);
      const fact: ScriptFact = { src: u.href };
      const lib = detectLibraryFromUrl(u.href);
      if (lib) fact.library = lib;
      scripts.push(fact);
      if (!emc && u.hostname === EMC_HOST) emc = { siteId: '', loaderUrl: u.href, snippet: `<script src="${u.href}">` };
      return;
    }
    const content = $(el).text();
    if (!content.trim()) return;
    const fact: ScriptFact = { inline: content.slice(0, 2000) };
    const lib = detectLibraryFromBanner(content);
    if (lib) fact.library = lib;
    scripts.push(fact);
    const e = parseEmcScript(content);
    if (e && (!emc || (!emc.trackerUrl && e.trackerUrl))) emc = e;
  });

  // ---- share controls (anchors were checked during the walk)
  $('button, iframe, input[type=button], [onclick], [class*=share], [class*=zalo], [class*=print], [class*=addthis], [class*=a2a]').each((_, el) => {
    if (el.tagName === 'a') return;
    noteShare(el.attribs, el.tagName === 'iframe' ? '' : textOf(el as unknown as DomNode, 100));
  });

  function noteShare(at: Record<string, string>, text: string): void {
    const url = `${at.href ?? ''} ${at.src ?? ''} ${at['data-href'] ?? ''} ${at.onclick ?? ''}`;
    const cls = `${at.class ?? ''} ${at.id ?? ''}`;
    const words = collapse(`${at.title ?? ''} ${at['aria-label'] ?? ''} ${at.value ?? ''} ${text}`).toLowerCase();
    if (/facebook\.com\/(sharer|share\.php|dialog\/(share|feed)|plugins\/(share_button|like)\.php)/i.test(url) || /\bfb-(share|like)/i.test(cls)) shareTargets.add('facebook');
    if (/(sp\.)?zalo\.me\/(share|plugins)|zalo\.me\/share/i.test(url) || /zalo-share|zalo_share|share-zalo|zalo/i.test(cls)) shareTargets.add('zalo');
    if (/(twitter|x)\.com\/(intent\/(tweet|post)|share)/i.test(url) || /twitter-share/i.test(cls)) shareTargets.add('twitter');
    if (/linkedin\.com\/(sharing|shareArticle|cws\/share)/i.test(url)) shareTargets.add('linkedin');
    if (/^\s*mailto:[^ ]*[?&](subject|body)=/i.test(url) || /mailto-action|share-?mail|email-?share/i.test(cls) || /^(gửi (e-?mail|mail|bài|tin)|gui (e-?mail|mail)|email( this| bài)?|send (by |via )?e-?mail|share by e-?mail)$/i.test(words)) shareTargets.add('email');
    if (/window\.print|\bprint\s*\(|printpage|print_page|\/print(\/|\?|$)|[?&](print|in)=/i.test(url) || /(^|[\s_-])print([\s_-]|$)|in-bai|inbai/i.test(cls) || /^(in|in bài|in bài viết|in trang|in tin|bản in|print|print this( page| article)?|print page|print article)$/i.test(words)) shareTargets.add('print');
    if (/addthis|a2a_|sharethis/i.test(`${cls} ${url}`)) shareTargets.add('share-widget');
  }

  // ---- feeds
  const feeds = new Set<string>();
  $('link[rel][href]').each((_, el) => {
    const rel = (el.attribs.rel ?? '').toLowerCase();
    const type = (el.attribs.type ?? '').toLowerCase();
    if (rel.includes('alternate') && /rss|atom|rdf/.test(type)) {
      const u = safeUrl(el.attribs.href, base);
      if (u) feeds.add(u.href);
    }
  });
  for (const l of links) {
    if (!/^https?:/.test(l.url)) continue;
    const p = safeUrl(l.url, base);
    if (!p) continue;
    if (/(\.rss|\.atom|\/rss\/?|\/feeds?\/?|rss\.xml|atom\.xml|feed\.xml|\/rss\.aspx|\/rss\.html?|\/rss\.php)$/i.test(p.pathname) || /[?&](feed|format)=(rss|atom|feed)/i.test(p.search) || /^rss$/i.test(l.text)) {
      feeds.add(l.url);
    }
  }

  // ---- language links (switches were found during the walk)
  $('link[hreflang][href], a[hreflang][href]').each((_, el) => {
    const lang = (el.attribs.hreflang ?? '').trim();
    if (!lang || lang.toLowerCase() === 'x-default') return;
    const u = safeUrl(el.attribs.href, base);
    // an <a hreflang> in the page's own language is a normal link, not a language switch
    if (el.tagName === 'a' && lang.toLowerCase().slice(0, 2) === pageLang) return;
    if (u) pushLang(u.href, lang, collapse($(el).text()).slice(0, 60), 'hreflang');
  });

  // ---- dates, e-mails, phones
  const text = allText.toString();
  const dates = [...metaDates, ...timeDates, ...findDates(text)].slice(0, 500);
  const emails = [...new Set([...mailtos.map((m) => m.trim().toLowerCase()).filter((m) => /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(m)), ...findEmails(text)])];
  const phones = [...new Set([...tels.map((t) => normalisePhone(decodeURIComponent(t))).filter((p): p is string => !!p), ...findPhones(text)])];

  const facts: PageFacts = {
    title,
    lang,
    headings,
    links,
    mainText: mainText.toString(),
    footerText: footerText.toString(),
    headerText: sawHeader ? headerText.toString() : preText.toString(),
    headerImages: sawHeader ? headerImages : preImages,
    dates,
    emails,
    phones,
    forms,
    shareTargets: [...shareTargets].sort(),
    feeds: [...feeds],
    meta,
    scripts,
    outboundHosts: [...outbound],
  };
  if (emc) facts.emc = emc;
  if (languageLinks.length) facts.languageLinks = languageLinks;
  return facts;
}
