/**
 * Vietnamese section matcher: decides which required section (chuyên mục) a menu label, a URL slug or a page is.
 *
 * Principles (DESIGN.md §7 — keyword-only checks are the anchors' known weakness):
 *  - compare folded whole words, so missing diacritics and punctuation variants match;
 *  - match *labels*, not long texts: a link whose text is much longer than the phrase is a news or document
 *    title ("Luật Tiếp cận thông tin", "Thông báo lịch thi tuyển công chức năm 2022"), not the section;
 *  - document titles (law/decree/decision/…, document numbers, dates) never count as section labels unless the
 *    section is itself a document (the internal information regulation);
 *  - organisation names ("Phòng Kế hoạch - Tài chính", "Sở Kế hoạch và Đầu tư", "Cục Thống kê") are not sections;
 *  - known traps are excluded per section (the visit counter "Thống kê truy cập" is not statistics).
 */
import type { PageSnapshot } from '../snapshot.js';
import { SECTIONS, type Phrase, type SectionDef, type SectionId } from './sections.js';
import { contentTokens, findPhrase, foldDropD, foldVi, normalizeForMatch, slugTokens } from './text.js';

export interface LabelMatch {
  section: SectionId;
  phrase: string;
}

const DOC_TYPES = [
  'luat', 'bo luat', 'nghi dinh', 'quyet dinh', 'thong tu', 'thong tu lien tich', 'cong van', 'chi thi', 'nghi quyet', 'phap lenh',
  'to trinh', 'cong dien', 'thong tri', 'ket luan', 'lenh', 'hien phap',
];
const DOC_NUMBER = /\d+\s*\/\s*(\d{4}\s*\/)?\s*[A-ZĐ]{2,}|\d+\/\d{4}\b/;
const DOC_NUMBER_WORD = /(^|\s)(số|so)\s*:?\s*\d+/i;
const DATE = /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\bngày\s+\d{1,2}\b/i;

/** True when a text looks like the title of a legal/administrative document, not a section label. */
export function looksLikeDocumentTitle(text: string): boolean {
  const n = normalizeForMatch(text);
  if (!n) return false;
  if (DOC_NUMBER.test(text) || DOC_NUMBER_WORD.test(text) || DATE.test(text)) return true;
  for (const t of DOC_TYPES) {
    if (n === t) return false; // a bare "Luật" / "Nghị định" menu entry is a document-type filter, not a title
    if (n.startsWith(t + ' ')) return true;
  }
  return /^(v v|ve viec|ke hoach so|thong bao so|bao cao so|huong dan so)\b/.test(n);
}

// With diacritics on purpose: folded, "Sở" (department) and "Sơ đồ" (chart, sitemap) collide.
const ORG_PREFIX = /^(sở|bộ|cục|tổng cục|chi cục|ủy ban|uỷ ban|ubnd|hđnd|cổng thông tin|cổng ttđt|trang thông tin|trang ttđt|phòng|trung tâm|thanh tra sở|văn phòng sở|department|ministry|portal|people.s committee)(?![\p{L}])/u;

/** True when a label names an organisation rather than a section. */
export function looksLikeOrgName(text: string): boolean {
  return ORG_PREFIX.test(text.normalize('NFC').trim().toLowerCase());
}

function phraseOf(p: string | Phrase): Phrase {
  return typeof p === 'string' ? { text: p } : p;
}

interface CompiledPhrase {
  text: string;
  toks: string[];
  max: number;
}
interface CompiledSection {
  def: SectionDef;
  vi: CompiledPhrase[];
  en: CompiledPhrase[];
  exclude: string[][];
  /** Slug forms with how many extra slug words they tolerate. */
  slugs: { toks: string[]; extra: number }[];
}

let compiled: CompiledSection[] | undefined;
function compile(): CompiledSection[] {
  if (compiled) return compiled;
  compiled = SECTIONS.map((def) => {
    const c = (p: string | Phrase): CompiledPhrase => {
      const ph = phraseOf(p);
      const toks = contentTokens(ph.text);
      return { text: ph.text, toks, max: toks.length + (ph.max ?? def.maxExtra ?? 4) };
    };
    const vi = def.labels.map(c);
    const en = (def.englishLabels ?? []).map(c);
    const slugs: { toks: string[]; extra: number }[] = [];
    for (const p of [...def.labels, ...(def.englishLabels ?? [])]) {
      const ph = phraseOf(p);
      const extra = Math.min(4, ph.max ?? def.maxExtra ?? 4);
      slugs.push({ toks: foldVi(ph.text).split(/[^a-z0-9]+/).filter(Boolean), extra });
      slugs.push({ toks: foldDropD(ph.text).split(/[^a-z0-9]+/).filter(Boolean), extra });
    }
    for (const s of def.slugs ?? []) slugs.push({ toks: s.split('-'), extra: 4 });
    return { def, vi, en, exclude: (def.exclude ?? []).map((e) => contentTokens(e)), slugs };
  });
  return compiled;
}

// "<Section> <of the agency>": "CƠ CẤU TỔ CHỨC SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Organizational structure of Hanoi Department of …".
const AGENCY_SUFFIX = /\s+(của\s+|thuộc\s+)?(sở|bộ|cục|chi cục|tổng cục|ủy ban nhân dân|uỷ ban nhân dân|ubnd|trung tâm|huyện|quận|thị xã|tỉnh|thành phố|xã|phường|thị trấn|cổng thông tin)\s.*$|\s+of\s+(the\s+)?(?=[^]*\b(department|ministry|committee|province|city|district|portal)\b).*$/iu;

/** Drop a trailing agency name from a heading ("Chức năng nhiệm vụ Sở Tư pháp" → "Chức năng nhiệm vụ"). */
export function stripAgencySuffix(text: string): string {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const stripped = t.replace(AGENCY_SUFFIX, '').trim();
  return stripped.length >= 3 ? stripped : t;
}

/** Sections that a short label (menu entry, link text, page title part, heading) names. */
export function matchLabel(text: string, opts: { agencySuffix?: boolean } = {}): LabelMatch[] {
  const direct = matchLabelExact(text);
  if (direct.length || !opts.agencySuffix) return direct;
  const stripped = stripAgencySuffix(text);
  return stripped !== text.trim() ? matchLabelExact(stripped) : direct;
}

function matchLabelExact(text: string): LabelMatch[] {
  const toks = contentTokens(text);
  if (toks.length === 0) return [];
  const docTitle = looksLikeDocumentTitle(text);
  const orgName = looksLikeOrgName(text);
  const out: LabelMatch[] = [];
  for (const s of compile()) {
    if (docTitle && !s.def.allowDocTitles) continue;
    if (orgName && !s.def.allowOrgNames) continue;
    if (s.exclude.some((e) => findPhrase(toks, e) >= 0)) continue;
    const hit = [...s.vi, ...s.en].find((p) => toks.length <= p.max && findPhrase(toks, p.toks) >= 0);
    if (hit) out.push({ section: s.def.id, phrase: hit.text });
  }
  return out;
}

/** A URL path segment that looks like an article or document slug (long, or with a numeric id) — not a section. */
function articleLike(url: string): boolean {
  return /\/-\/|view_content|\/\d{4,}[-/]|[-_]\d{5,}|\bid=\d+|\/(chi-tiet|detail|tin-chi-tiet|view-article)\b/i.test(url);
}

/** Sections a URL names through its slug (e.g. `/lanh-ao-so.html`, `/tuyen-dung1`), or through its host. */
export function matchSlug(url: string, opts: { ownHosts?: string[] } = {}): LabelMatch[] {
  const out: LabelMatch[] = [];
  let host = '';
  let hostPort = '';
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    hostPort = u.host.toLowerCase();
  } catch {
    /* relative */
  }
  const own = !host || !opts.ownHosts || opts.ownHosts.includes(host) || opts.ownHosts.includes(hostPort);
  for (const s of compile()) {
    if (host && s.def.hosts?.some((h) => h.test(host))) {
      out.push({ section: s.def.id, phrase: host });
      continue;
    }
    if (!own || articleLike(url)) continue;
    const segs = slugTokens(url);
    const last = segs[segs.length - 1];
    if (!last || last.length > 8) continue;
    const joined = last.join(' ');
    // A slug that reads like a document title ("luat-tiep-can-thong-tin") names a document, not a section.
    if (!s.def.allowDocTitles && DOC_TYPES.some((t) => joined === t || joined.startsWith(t + ' '))) continue;
    if (s.exclude.some((e) => findPhrase(last, e) >= 0)) continue;
    // Whole-slug comparison: slug words must be the phrase, optionally plus ≤ 4 extra words.
    const hit = s.slugs.find((sl) => sl.toks.length > 0 && last.length <= sl.toks.length + sl.extra && findPhrase(last, sl.toks) >= 0 && (sl.toks.length > 1 || last.length === 1));
    if (hit) out.push({ section: s.def.id, phrase: joined });
  }
  return out;
}

/** Title segments: "Cơ cấu tổ chức - Sở TT&TT" → ["Cơ cấu tổ chức", "Sở TT&TT"]. */
export function titleSegments(title: string): string[] {
  return title
    .split(/\s+[-–—|:»>]+\s+|\s*::\s*|\s*\|\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface PageClassification {
  sections: SectionId[];
  signals: { section: SectionId; source: 'title' | 'heading' | 'slug' | 'structure'; text: string }[];
}

const HOME = /^(trang chu|home|trang chinh|homepage|trang nhat)$/;

/** The first run of ≥ 3 upper-case words near the top of the main text: the content title many CMS pages print in bold capitals. */
export function leadingCapsTitle(mainText: string): string | undefined {
  const words = mainText.slice(0, 500).split(/\s+/);
  let run: string[] = [];
  for (const w of words) {
    const letters = w.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 1 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && !/^\d/.test(w)) run.push(w);
    else {
      if (run.length >= 3) break;
      run = [];
    }
  }
  return run.length >= 3 ? run.join(' ') : undefined;
}

/** A list of dated items (≥ 5 long link texts and ≥ 5 dates in the main area): a news category page. */
function looksLikeDatedList(f: NonNullable<PageSnapshot['facts']>): boolean {
  const items = f.links.filter((l) => (l.region === 'main' || l.region === 'other') && !l.hidden && l.text.split(/\s+/).length >= 6 && !looksLikeDocumentTitle(l.text));
  return items.length >= 5 && f.dates.length >= 5;
}

/**
 * Which sections a fetched page *is*, from its title, its top headings (or its leading capitalised title), its
 * URL slug, and — when nothing else names it — its structure (a dated list of articles is a news section).
 * A home page ("Trang chủ", "Home") is no section; an article page is no section.
 */
export function classifyPage(page: Pick<PageSnapshot, 'url' | 'finalUrl' | 'facts'>, opts: { ignoreHeadings?: Set<string> } = {}): PageClassification {
  const signals: PageClassification['signals'] = [];
  const f = page.facts;
  const url = page.finalUrl || page.url;
  if (f) {
    const segs = titleSegments(f.title || '');
    if (segs.some((seg) => HOME.test(normalizeForMatch(seg)))) return { sections: [], signals: [] };
    // The last segment of a multi-part title is normally the site name: keep it only when it is the only one.
    const candidates = segs.length > 1 ? segs.slice(0, -1) : segs;
    for (const seg of candidates) for (const m of matchLabel(seg, { agencySuffix: true })) signals.push({ section: m.section, source: 'title', text: seg });
    // Sidebar/portlet titles repeat on many pages ("Thủ tục hành chính", "Liên kết website"): not this page's topic.
    const heads = f.headings.filter((h) => h.level <= 3 && !opts.ignoreHeadings?.has(normalizeForMatch(h.text))).slice(0, 3);
    for (const h of heads) for (const m of matchLabel(h.text, { agencySuffix: true })) signals.push({ section: m.section, source: 'heading', text: h.text });
    const caps = leadingCapsTitle(f.mainText);
    if (caps && !opts.ignoreHeadings?.has(normalizeForMatch(caps))) for (const m of matchLabel(caps, { agencySuffix: true })) signals.push({ section: m.section, source: 'heading', text: caps });
  }
  for (const m of matchSlug(url)) signals.push({ section: m.section, source: 'slug', text: m.phrase });
  if (signals.length === 0 && f && !articleLike(url) && looksLikeDatedList(f)) signals.push({ section: 'news', source: 'structure', text: `${f.dates.length} dated items` });
  const sections = [...new Set(signals.map((s) => s.section))];
  return { sections, signals };
}

/** Headings (normalised) that repeat on many pages of a site — sidebar and portlet titles, not page topics. */
export function repeatedHeadings(pages: Pick<PageSnapshot, 'facts'>[]): Set<string> {
  const count = new Map<string, number>();
  for (const p of pages) for (const h of new Set((p.facts?.headings ?? []).map((x) => normalizeForMatch(x.text)))) count.set(h, (count.get(h) ?? 0) + 1);
  const threshold = Math.max(3, Math.ceil(pages.length * 0.25));
  return new Set([...count].filter(([, n]) => n >= threshold).map(([h]) => h));
}

/** Link texts that say nothing about the target ("Xem thêm", "Chi tiết", an icon): the URL slug may be read instead. */
export function isGenericLinkText(text: string): boolean {
  const t = text.trim();
  const n = normalizeForMatch(t);
  if (n === '' || /^(xem them|xem tiep|doc tiep|chi tiet|xem chi tiet|tai day|more|read more|click here|details|xem|link|banner|image|anh|hinh|icon|logo|\d+)$/.test(n)) return true;
  // Image alt texts that are file names or codes ("dvctt359X50.png", "banner_1", "img01").
  if (/^[\w.-]+\.(png|jpe?g|gif|svg|webp)$/i.test(t) || (/^[A-Za-z0-9_-]+$/.test(t) && /\d/.test(t))) return true;
  // A very short label that names no section may still have a telling URL ("Xem", "Tra cứu"), unless it is a document title.
  return n.split(' ').length <= 2 && !looksLikeDocumentTitle(t);
}
