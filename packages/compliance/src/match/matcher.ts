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

const ORG_PREFIX = /^(so|bo|cuc|tong cuc|chi cuc|uy ban|ubnd|hdnd|cong thong tin|cong ttdt|trang thong tin|trang ttdt|phong|trung tam|thanh tra so|van phong so|department|ministry|portal|people s committee)\b/;

/** True when a label names an organisation rather than a section. */
export function looksLikeOrgName(text: string): boolean {
  return ORG_PREFIX.test(normalizeForMatch(text));
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
  slugs: string[][];
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
    const slugs: string[][] = [];
    for (const p of [...def.labels, ...(def.englishLabels ?? [])]) {
      const t = phraseOf(p).text;
      slugs.push(foldVi(t).split(/[^a-z0-9]+/).filter(Boolean));
      slugs.push(foldDropD(t).split(/[^a-z0-9]+/).filter(Boolean));
    }
    for (const s of def.slugs ?? []) slugs.push(s.split('-'));
    return { def, vi, en, exclude: (def.exclude ?? []).map((e) => contentTokens(e)), slugs };
  });
  return compiled;
}

/** Sections that a short label (menu entry, link text, page title part, heading) names. */
export function matchLabel(text: string): LabelMatch[] {
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
    if (s.exclude.some((e) => findPhrase(last, e) >= 0)) continue;
    // Whole-slug comparison: slug words must be the phrase, optionally plus ≤ 4 extra words.
    const hit = s.slugs.find((sl) => sl.length > 0 && last.length <= sl.length + 4 && findPhrase(last, sl) >= 0 && (sl.length > 1 || last.length <= 2));
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
  signals: { section: SectionId; source: 'title' | 'heading' | 'slug'; text: string }[];
}

/**
 * Which sections a fetched page *is*, from its title, its top headings and its URL slug.
 * A home page ("Trang chủ", "Home") is no section; an article page is no section.
 */
export function classifyPage(page: Pick<PageSnapshot, 'url' | 'finalUrl' | 'facts'>, opts: { ignoreHeadings?: Set<string> } = {}): PageClassification {
  const signals: PageClassification['signals'] = [];
  const f = page.facts;
  const url = page.finalUrl || page.url;
  if (f) {
    const segs = titleSegments(f.title || '');
    // The last segment of a multi-part title is normally the site name: keep it only when it is the only one.
    const candidates = segs.length > 1 ? segs.slice(0, -1) : segs;
    for (const seg of candidates) {
      if (/^(trang chu|home|trang chinh|homepage)$/.test(normalizeForMatch(seg))) continue;
      for (const m of matchLabel(seg)) signals.push({ section: m.section, source: 'title', text: seg });
    }
    // Sidebar/portlet titles repeat on many pages ("Thủ tục hành chính", "Liên kết website"): not this page's topic.
    const heads = f.headings.filter((h) => h.level <= 2 && !opts.ignoreHeadings?.has(normalizeForMatch(h.text))).slice(0, 3);
    for (const h of heads) for (const m of matchLabel(h.text)) signals.push({ section: m.section, source: 'heading', text: h.text });
  }
  for (const m of matchSlug(url)) signals.push({ section: m.section, source: 'slug', text: m.phrase });
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
