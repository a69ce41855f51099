/**
 * C2 — Mandatory-section coverage.
 *
 * Finds each required section through menus, headers, footers, in-page link blocks, the HTML sitemap page, page
 * titles/headings, URL slugs and the XML sitemap (src/match), then looks at the section's own page when it was
 * fetched: a section that exists but is empty (only the site's boilerplate, or "chưa có dữ liệu") fails.
 *
 * Inputs (SiteSnapshot): pages[].facts.{links,title,headings,mainText,dates}, pages[].depth, sitemaps[].urls,
 * hosts. Pages judged English (by content) do not count for the Vietnamese sections.
 */
import type { LinkFact, PageSnapshot, SiteSnapshot } from '../snapshot.js';
import { classifyPage, isGenericLinkText, matchLabel, matchSlug, repeatedHeadings } from '../match/matcher.js';
import { SECTION_BY_ID, type SectionId } from '../match/sections.js';
import { guessLanguage } from '../match/text.js';
import { findDates } from '../extract/text.js';
import type { Evidence, JudgeContext, Judgement } from '../rules/types.js';
import { clip, defineJudge, hostOf, htmlPages, isOk, isOwnUrl, judgement, normUrl, ownHosts, pageIndex, tx } from './util.js';

export interface SectionHit {
  section: SectionId;
  source: 'link' | 'page' | 'xml-sitemap';
  region?: LinkFact['region'] | 'sitemap-page';
  by: 'label' | 'slug' | 'host' | 'title' | 'heading' | 'structure';
  /** Page the hit was seen on (or the page itself for `page` hits, or the sitemap URL). */
  pageUrl: string;
  targetUrl: string;
  text: string;
  selector?: string;
  /** Clicks from home to the target (Infinity when unknown). */
  depth: number;
  external: boolean;
}

export interface SectionPageContent {
  url: string;
  status: number;
  empty: boolean;
  broken: boolean;
  words: number;
  items: number;
  reason: string;
}

export type SectionState = 'present' | 'linked' | 'empty' | 'broken' | 'missing' | 'deep';

export interface SectionResult {
  id: SectionId;
  state: SectionState;
  hits: SectionHit[];
  pages: SectionPageContent[];
}

/** Sections satisfied by a link to an external national system (the public-service portal, the law-dissemination portal). */
const EXTERNAL_OK: SectionId[] = ['administrative-procedures', 'law-dissemination'];

const EMPTY_PHRASE = /(chưa|không)\s+có\s+(dữ liệu|bài viết|tin|thông tin|nội dung|văn bản|kết quả)|đang\s+(được\s+)?cập nhật|nội dung đang|no (data|content|items|results)|coming soon|under construction/i;

const cache = new WeakMap<SiteSnapshot, Map<SectionId, SectionResult>>();

function isEnglishPage(p: PageSnapshot): boolean {
  const f = p.facts;
  if (!f) return false;
  return guessLanguage(`${f.title} ${f.mainText.slice(0, 4000)}`).lang === 'en';
}

/** Token positions covered by 6-word shingles that repeat on most pages: the site's boilerplate. */
function boilerplateModel(pages: PageSnapshot[]): (text: string) => number {
  const K = 6;
  const freq = new Map<string, number>();
  const shingles = (text: string) => {
    const toks = text.split(' ').filter(Boolean);
    const set = new Set<string>();
    for (let i = 0; i + K <= toks.length; i++) set.add(toks.slice(i, i + K).join(' '));
    return { toks, set };
  };
  for (const p of pages) for (const sh of shingles(p.facts?.mainText ?? '').set) freq.set(sh, (freq.get(sh) ?? 0) + 1);
  const threshold = Math.max(3, Math.ceil(pages.length * 0.5));
  const useModel = pages.length >= 4;
  return (text: string) => {
    const { toks } = shingles(text);
    if (!useModel) return toks.length;
    const covered = new Array<boolean>(toks.length).fill(false);
    for (let i = 0; i + K <= toks.length; i++) {
      if ((freq.get(toks.slice(i, i + K).join(' ')) ?? 0) >= threshold) for (let j = i; j < i + K; j++) covered[j] = true;
    }
    return covered.filter((c) => !c).length;
  };
}

function boilerplateLinks(pages: PageSnapshot[]): Set<string> {
  const count = new Map<string, number>();
  for (const p of pages) for (const u of new Set((p.facts?.links ?? []).map((l) => normUrl(l.url)))) count.set(u, (count.get(u) ?? 0) + 1);
  const threshold = Math.max(3, Math.ceil(pages.length * 0.5));
  return new Set(pages.length >= 4 ? [...count].filter(([, n]) => n >= threshold).map(([u]) => u) : []);
}

/**
 * Items of a list page that carry their own date: the link's title (≥ 3 words) is followed or preceded by a date
 * in the page text ("Thông báo tuyển dụng … (01/11/2022)", a table row with "Ngày ban hành"). One such item is
 * real content, however short the page.
 */
function datedItems(mainText: string, items: LinkFact[]): LinkFact[] {
  const out: LinkFact[] = [];
  for (const l of items) {
    const t = l.text.trim();
    if (t.split(/\s+/).length < 3) continue;
    let at = mainText.indexOf(t);
    let tries = 0;
    while (at >= 0 && tries++ < 5) {
      const window = mainText.slice(Math.max(0, at - 40), Math.min(mainText.length, at + t.length + 80));
      if (findDates(window, 3).length > 0) {
        out.push(l);
        break;
      }
      at = mainText.indexOf(t, at + t.length);
    }
  }
  return out;
}

export function sectionPageContent(p: PageSnapshot, uniqueWords: (t: string) => number, boiler: Set<string>, isOwn: (u: string) => boolean = () => true): SectionPageContent {
  const url = p.finalUrl || p.url;
  if (!isOk(p) || !p.facts) {
    return { url, status: p.status, empty: true, broken: true, words: 0, items: 0, reason: p.error ?? `HTTP ${p.status}` };
  }
  const f = p.facts;
  const itemLinks = f.links.filter(
    (l) => !l.hidden && (l.region === 'main' || l.region === 'other') && !boiler.has(normUrl(l.url)) && normUrl(l.url) !== normUrl(url) && l.text.trim().length >= 4 && !/^(javascript:|#|mailto:|tel:)/i.test(l.url),
  );
  const items = itemLinks.length;
  // Emptiness is the absence of items or text of the section's own: a list holding one dated entry of the site's
  // own (a single recruitment notice) is a section with content, not an empty one.
  const dated = datedItems(f.mainText, itemLinks.filter((l) => isOwn(l.url) && !isGenericLinkText(l.text)));
  const words = uniqueWords(f.mainText);
  const saysEmpty = EMPTY_PHRASE.test(f.mainText) && words < 60;
  const empty = saysEmpty || (words < 25 && items < 2 && dated.length === 0);
  const own = `${words} own words, ${items} own links${dated.length ? `, ${dated.length} dated item(s) (“${clip(dated[0].text, 80)}”)` : ''}`;
  return {
    url,
    status: p.status,
    empty,
    broken: false,
    words,
    items,
    reason: empty ? (saysEmpty ? 'says it has no content' : `only ${words} own words and ${items} own links`) : own,
  };
}

/**
 * The block of a home page under one of its headings ("Văn bản" followed by a list, or by "Chưa có nội dung"): the
 * main text from the heading to the next heading, and the links whose text is in it. A home page is not a section's
 * own page — a heading there names a teaser block, and the block, not the whole home page, says whether the section
 * has content.
 */
function homeBlock(p: PageSnapshot, heading: string): PageSnapshot {
  const f = p.facts;
  if (!f) return p;
  const text = f.mainText;
  const at = text.indexOf(heading);
  if (at < 0) return { ...p, facts: { ...f, mainText: '', links: [] } };
  const from = at + heading.length;
  const heads = f.headings.map((h) => h.text);
  let end = text.length;
  for (const h of heads.slice(Math.max(0, heads.indexOf(heading)) + 1)) {
    const j = h && h !== heading ? text.indexOf(h, from) : -1;
    if (j >= 0) {
      end = j;
      break;
    }
  }
  const block = text.slice(from, end);
  return { ...p, facts: { ...f, mainText: block, links: f.links.filter((l) => l.text.trim().length >= 4 && block.includes(l.text.trim())) } };
}

/** Analyse every section at once (cached per snapshot). */
export function analyseSections(s: SiteSnapshot): Map<SectionId, SectionResult> {
  const hit = cache.get(s);
  if (hit) return hit;
  const pages = htmlPages(s);
  const viPages = pages.filter((p) => !isEnglishPage(p));
  const uniqueWords = boilerplateModel(pages);
  const boiler = boilerplateLinks(pages);
  const idx = pageIndex(s);
  const hits: SectionHit[] = [];
  const ignoreHeadings = repeatedHeadings(pages);
  const classify = (p: PageSnapshot) => classifyPage(p, { ignoreHeadings });
  const sitemapPages = new Set(viPages.filter((p) => classify(p).sections.includes('sitemap')));

  for (const p of viPages) {
    const depth = p.depth ?? 0;
    for (const sig of classify(p).signals) {
      hits.push({ section: sig.section, source: 'page', by: sig.source, pageUrl: p.finalUrl || p.url, targetUrl: p.finalUrl || p.url, text: sig.text, depth, external: false });
    }
    for (const l of p.facts.links) {
      if (l.hidden || /^(javascript:|mailto:|tel:)/i.test(l.url)) continue;
      const external = !isOwnUrl(s, l.url);
      const region: SectionHit['region'] = sitemapPages.has(p) ? 'sitemap-page' : l.region;
      const base = { source: 'link' as const, region, pageUrl: p.finalUrl || p.url, targetUrl: l.url, text: l.text, selector: l.selector, depth: depth + 1, external };
      const byLabel = l.text ? matchLabel(l.text) : [];
      for (const m of byLabel) if (!external || EXTERNAL_OK.includes(m.section)) hits.push({ ...base, section: m.section, by: 'label' });
      // The slug is read only when the link text says nothing (image banners, "Xem thêm"): a document or news title
      // in the text must not be overridden by words in its URL.
      if (byLabel.length === 0 && isGenericLinkText(l.text)) {
        for (const m of matchSlug(l.url, { ownHosts: ownHosts(s) })) {
          if (external && !EXTERNAL_OK.includes(m.section)) continue;
          hits.push({ ...base, section: m.section, by: external ? 'host' : 'slug', text: l.text || m.phrase });
        }
      }
    }
  }
  for (const sm of s.sitemaps) {
    for (const u of sm.urls) {
      if (!isOwnUrl(s, u.loc)) continue;
      for (const m of matchSlug(u.loc, { ownHosts: ownHosts(s) })) {
        hits.push({ section: m.section, source: 'xml-sitemap', by: 'slug', pageUrl: sm.url, targetUrl: u.loc, text: m.phrase, depth: Infinity, external: false });
      }
    }
  }

  const startKey = normUrl(s.startUrl);
  const isHome = (p: PageSnapshot) => p.via === 'start' || normUrl(p.finalUrl || p.url) === startKey || normUrl(p.url) === startKey;
  const out = new Map<SectionId, SectionResult>();
  for (const id of Object.keys(SECTION_BY_ID) as SectionId[]) {
    const hs = hits.filter((h) => h.section === id);
    const targets = new Map<string, PageSnapshot>();
    const blocks = new Map<string, { page: PageSnapshot; heading: string }>();
    for (const h of hs) {
      if (h.external) continue;
      const pg = idx.get(normUrl(h.targetUrl));
      if (!pg) continue;
      // a heading of the home page names a block of it: judged by that block, not by the whole home page
      if (h.source === 'page' && h.by === 'heading' && isHome(pg)) blocks.set(h.text, { page: pg, heading: h.text });
      else targets.set(normUrl(pg.finalUrl || pg.url), pg);
    }
    const contents = [
      ...[...targets.values()].map((p) => sectionPageContent(p, uniqueWords, boiler, (u) => isOwnUrl(s, u))),
      ...[...blocks.values()].map(({ page, heading }) => {
        const c = sectionPageContent(homeBlock(page, heading), uniqueWords, boiler, (u) => isOwnUrl(s, u));
        return { ...c, reason: `home-page block “${clip(heading, 60)}”: ${c.reason}` };
      }),
    ];
    const minDepth = Math.min(...hs.map((h) => h.depth));
    let state: SectionState;
    if (contents.some((c) => !c.empty)) state = minDepth > 3 ? 'deep' : 'present';
    else if (hs.some((h) => h.external && h.by !== 'slug' && EXTERNAL_OK.includes(id))) state = 'present';
    else if (contents.length > 0) state = contents.every((c) => c.broken) ? 'broken' : 'empty';
    else if (hs.length > 0) state = 'linked';
    else state = 'missing';
    out.set(id, { id, state, hits: hs, pages: contents });
  }
  cache.set(s, out);
  return out;
}

/** Evidence for a section: the best hits (menu/footer first) and the section pages looked at. */
export function sectionEvidence(r: SectionResult, max = 4): Evidence[] {
  const order = (h: SectionHit) =>
    (h.source === 'link' ? 0 : h.source === 'page' ? 1 : 2) * 10 + (['menu', 'header', 'footer', 'sitemap-page'].includes(String(h.region)) ? 0 : 1);
  const seen = new Set<string>();
  const ev: Evidence[] = [];
  for (const c of r.pages) ev.push({ url: c.url, snippet: c.reason });
  for (const h of [...r.hits].sort((a, b) => order(a) - order(b))) {
    const k = `${h.pageUrl}|${h.targetUrl}`;
    if (seen.has(k)) continue;
    seen.add(k);
    ev.push({
      url: h.pageUrl,
      selector: h.selector,
      snippet:
        h.source === 'link'
          ? clip(`${h.region ?? ''} link “${h.text}” → ${h.targetUrl}`)
          : h.source === 'page'
            ? clip(`page ${h.by} “${h.text}”`)
            : clip(`sitemap URL ${h.targetUrl}`),
    });
    if (ev.length >= max + r.pages.length) break;
  }
  return ev;
}

function stateMessage(id: SectionId, r: SectionResult) {
  const n = SECTION_BY_ID[id].name;
  switch (r.state) {
    case 'present':
      return tx(`Có chuyên mục “${n.vi}” và có nội dung.`, `Section “${n.en}” is present and has content.`);
    case 'deep':
      return tx(`Có chuyên mục “${n.vi}” nhưng sâu hơn 3 lần nhấp từ trang chủ.`, `Section “${n.en}” exists but is more than 3 clicks from the home page.`);
    case 'linked':
      return tx(
        `Tìm thấy liên kết tới chuyên mục “${n.vi}” nhưng trang đó không được tải về nên chưa xác minh được nội dung.`,
        `A link to the “${n.en}” section was found, but its page was not fetched, so its content could not be verified.`,
      );
    case 'empty':
      return tx(`Chuyên mục “${n.vi}” có nhưng trống (không có nội dung riêng).`, `Section “${n.en}” exists but is empty (no content of its own).`);
    case 'broken':
      return tx(`Liên kết tới chuyên mục “${n.vi}” bị lỗi (trang không mở được).`, `The link to section “${n.en}” is broken (the page does not load).`);
    case 'missing':
      return tx(
        `Không tìm thấy chuyên mục “${n.vi}” trong menu, chân trang, sơ đồ trang, tiêu đề trang hay sitemap.`,
        `No “${n.en}” section was found in menus, footers, the sitemap page, page titles or the XML sitemap.`,
      );
  }
}

const STATE_STATUS = { present: 'pass', deep: 'warn', linked: 'warn', empty: 'fail', broken: 'fail', missing: 'fail' } as const;

/** One section → judgement. */
export const judgeSection = defineJudge('section', (ctx: JudgeContext, id: SectionId): Judgement => {
  const r = analyseSections(ctx.snapshot).get(id)!;
  const home = ctx.snapshot.startUrl;
  const ev = sectionEvidence(r);
  if (r.state === 'missing') ev.push({ url: home, snippet: `searched ${htmlPages(ctx.snapshot).length} pages and ${ctx.snapshot.sitemaps.length} sitemaps` });
  return judgement(STATE_STATUS[r.state], stateMessage(id, r), ev, { section: id, state: r.state, hits: r.hits.length });
});

/**
 * Several sections → one judgement. `all`: each must be present (worst wins); `any`: one present is enough
 * (best wins).
 */
export const judgeSections = defineJudge('sections', (ctx: JudgeContext, ids: SectionId[], mode: 'all' | 'any'): Judgement => {
  const parts = ids.map((id) => ({ id, j: judgeSection(ctx, id) }));
  const rank = { pass: 0, not_applicable: 0, warn: 1, error: 2, fail: 3 } as const;
  const pick = mode === 'all' ? parts.reduce((a, b) => (rank[b.j.status] > rank[a.j.status] ? b : a)) : parts.reduce((a, b) => (rank[b.j.status] < rank[a.j.status] ? b : a));
  const status = pick.j.status;
  const list = (l: 'vi' | 'en') => parts.map((p) => `${SECTION_BY_ID[p.id].name[l]}: ${p.j.status}`).join('; ');
  const message =
    parts.length === 1
      ? pick.j.message
      : tx(`${mode === 'all' ? 'Cần đủ' : 'Cần ít nhất một trong'} các chuyên mục — ${list('vi')}. ${pick.j.message.vi}`, `${mode === 'all' ? 'All of' : 'At least one of'} these sections — ${list('en')}. ${pick.j.message.en}`);
  const evidence = mode === 'all' ? parts.flatMap((p) => p.j.evidence.slice(0, 3)) : pick.j.evidence;
  return judgement(status, message, evidence, { sections: Object.fromEntries(parts.map((p) => [p.id, p.j.status])) });
});

/** Hosts linked from the site (for checks that accept an external national system). */
export function linkedHosts(s: SiteSnapshot): Set<string> {
  return new Set(htmlPages(s).flatMap((p) => p.facts.links.map((l) => hostOf(l.url))).filter(Boolean));
}

/** Share of the main information items reachable in one click from the home page (Circular 32/2017 Art. 16(1)(2)). */
export const judgeMainItemsOnHome = defineJudge('main-items-on-home', (ctx: JudgeContext, ids: SectionId[]) => {
  const s = ctx.snapshot;
  const secs = analyseSections(s);
  const home = s.pages.find((p) => p.via === 'start') ?? s.pages[0];
  const homeUrl = home ? normUrl(home.finalUrl || home.url) : '';
  const onHome = ids.filter((id) => secs.get(id)!.hits.some((h) => h.source === 'link' && normUrl(h.pageUrl) === homeUrl));
  const missing = ids.filter((id) => !onHome.includes(id));
  const ratio = ids.length ? onHome.length / ids.length : 1;
  const ev: Evidence[] = onHome.slice(0, 4).map((id) => {
    const h = secs.get(id)!.hits.find((x) => x.source === 'link' && normUrl(x.pageUrl) === homeUrl)!;
    return { url: h.pageUrl, selector: h.selector, snippet: clip(`${h.region} “${h.text}” → ${h.targetUrl}`) };
  });
  const list = (l: 'vi' | 'en') => missing.map((id) => SECTION_BY_ID[id].name[l]).join(', ');
  const data = { ratio: Math.round(ratio * 100) / 100, missing };
  if (ratio >= 0.8) return judgement('pass', tx(`${onHome.length}/${ids.length} hạng mục chính có trên trang chủ.`, `${onHome.length}/${ids.length} main items are linked from the home page.`), ev, data);
  return judgement(ratio >= 0.5 ? 'warn' : 'fail', tx(`Chỉ ${onHome.length}/${ids.length} hạng mục chính có trên trang chủ; thiếu: ${list('vi')}.`, `Only ${onHome.length}/${ids.length} main items are linked from the home page; missing: ${list('en')}.`), ev.length ? ev : [{ url: s.startUrl, snippet: 'home page links checked' }], data);
});
