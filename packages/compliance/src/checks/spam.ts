/**
 * C8 — Gambling / SEO-spam injection, hidden links, cloaking.
 *
 * Vocabulary matching is diacritic-insensitive *and* collision-aware: a term matches either with its own
 * diacritics ("cá độ") or written without any diacritics at all ("ca do", how spam is usually typed) — but a
 * differently-accented ordinary word that folds to the same letters ("cả độ", "ca dao") does not. Matches are
 * whole words ("slot" in "timeslot" or "slots of" … only as a word; brand names only as words).
 *
 * A single weak word ("casino", "đá gà", "cá độ") in a news article about enforcement is not spam; spam is a
 * strong phrase ("nổ hũ", "tài xỉu", "nhà cái uy tín", "slot gacor"), a gambling brand, three or more distinct
 * weak words on one page, or gambling words in hidden / off-site links.
 *
 * Inputs: pages[].facts.{title, meta.description, mainText, footerText, headerText, links}, snapshot.cloaking.
 */
import type { LinkFact, PageSnapshot } from '../snapshot.js';
import { foldVi } from '../match/text.js';
import type { Evidence } from '../rules/types.js';
import { around, clip, defineJudge, hostOf, htmlPages, isGovHost, isOwnUrl, judgement, tx, uniqBy } from './util.js';

export const STRONG_TERMS = [
  'nổ hũ', 'tài xỉu', 'xóc đĩa', 'game bài đổi thưởng', 'nhà cái uy tín', 'nhà cái', 'kèo nhà cái', 'tỷ lệ kèo', 'soi kèo', 'soi cầu',
  'lô đề online', 'cá cược bóng đá', 'cá cược trực tuyến', 'cá cược online', 'casino trực tuyến', 'casino online', 'đá gà trực tuyến', 'đá gà online',
  'bắn cá đổi thưởng', 'slot game', 'slot gacor', 'situs slot', 'judi online', 'togel', 'maxwin', 'link vào nhà cái', 'đánh bài online',
];
export const BRANDS = [
  'kubet', 'fb88', 'w88', 'jun88', 'hi88', 'new88', '789bet', 'sv388', 'f8bet', 'shbet', '188bet', 'bk8', 'mb66', 'okvip', 'vn88', 'fun88',
  'sbobet', '8xbet', 'go88', 'sunwin', 'rikvip', 'hitclub', 'j88', 'ok365', 'five88', 'debet', 'kubet88', 'zbet', 'win55', 'nohu', 'net88', 'oxbet',
];
/** Weak words: ordinary in enforcement news one or two at a time. Legal terms ("đánh bạc", "cờ bạc") are not listed. */
export const WEAK_TERMS = ['cá độ', 'lô đề', 'game bài', 'đá gà', 'casino', 'slot', 'cá cược', 'bắn cá', 'baccarat', 'poker', 'roulette', 'jackpot', 'đánh đề', 'số đề'];

interface Compiled {
  term: string;
  exact: RegExp;
  ascii: RegExp;
}
const b = (s: string) => `(?<![\\p{L}\\p{N}])${s}(?![\\p{L}\\p{N}])`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]+');
function compile(terms: string[]): Compiled[] {
  return terms.map((term) => ({ term, exact: new RegExp(b(esc(term.normalize('NFC'))), 'giu'), ascii: new RegExp(b(esc(foldVi(term))), 'giu') }));
}
const C_STRONG = compile(STRONG_TERMS);
const C_BRANDS = compile(BRANDS);
const C_WEAK = compile(WEAK_TERMS);

/** Terms found in a text, diacritic-insensitive but collision-aware (see the file header). */
export function findTerms(text: string, set: 'strong' | 'brand' | 'weak'): { term: string; at: number }[] {
  const lower = text.normalize('NFC').toLowerCase();
  const out: { term: string; at: number }[] = [];
  for (const c of set === 'strong' ? C_STRONG : set === 'brand' ? C_BRANDS : C_WEAK) {
    c.exact.lastIndex = 0;
    const m = c.exact.exec(lower);
    if (m) {
      out.push({ term: c.term, at: m.index });
      continue;
    }
    c.ascii.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = c.ascii.exec(lower))) {
      // Written without diacritics: the matched span must be plain ASCII (no other accents folded into it).
      if (/^[\x00-\x7f]+$/.test(a[0])) {
        out.push({ term: c.term, at: a.index });
        break;
      }
    }
  }
  return out;
}

export interface SpamHit {
  page: string;
  where: string;
  terms: string[];
  snippet: string;
  selector?: string;
  strength: 'strong' | 'weak';
}

function linkTerms(l: LinkFact): string[] {
  const t = `${l.text} ${decodeURIComponentSafe(l.url).replace(/[/._?=&-]+/g, ' ')}`;
  return [...findTerms(t, 'strong'), ...findTerms(t, 'brand'), ...findTerms(t, 'weak')].map((x) => x.term);
}
function decodeURIComponentSafe(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function spamHits(p: PageSnapshot, ownHost: (u: string) => boolean): SpamHit[] {
  const f = p.facts;
  if (!f) return [];
  const url = p.finalUrl || p.url;
  const hits: SpamHit[] = [];
  const fields: [string, string][] = [
    ['title', f.title],
    ['meta description', f.meta.description ?? ''],
    ['header', f.headerText],
    ['main', f.mainText],
    ['footer', f.footerText],
  ];
  const weakOnPage = new Set<string>();
  for (const [where, text] of fields) {
    if (!text) continue;
    const strong = [...findTerms(text, 'strong'), ...findTerms(text, 'brand')];
    if (strong.length) hits.push({ page: url, where, terms: [...new Set(strong.map((s) => s.term))], snippet: clip(text.slice(Math.max(0, strong[0].at - 60), strong[0].at + 100), 180), strength: 'strong' });
    const weak = findTerms(text, 'weak');
    for (const w of weak) weakOnPage.add(w.term);
    if ((where === 'title' || where === 'meta description') && weak.length >= 2) hits.push({ page: url, where, terms: weak.map((w) => w.term), snippet: clip(text, 160), strength: 'strong' });
  }
  if (weakOnPage.size >= 3) hits.push({ page: url, where: 'page text', terms: [...weakOnPage], snippet: clip(around(f.mainText, new RegExp([...weakOnPage].join('|'), 'i')) ?? f.mainText, 180), strength: 'strong' });
  for (const l of f.links) {
    const terms = linkTerms(l);
    if (!terms.length) continue;
    const off = !ownHost(l.url) && !isGovHost(hostOf(l.url));
    if (l.hidden || off) hits.push({ page: url, where: l.hidden ? 'hidden link' : 'off-site link', terms, snippet: clip(`“${l.text}” → ${l.url}`, 160), selector: l.selector, strength: l.hidden || terms.some((t) => STRONG_TERMS.includes(t) || BRANDS.includes(t)) ? 'strong' : 'weak' });
  }
  return hits;
}

export const judgeGambling = defineJudge('gambling', (ctx) => {
  const s = ctx.snapshot;
  const pages = htmlPages(s);
  const own = (u: string) => isOwnUrl(s, u);
  const hits = pages.flatMap((p) => spamHits(p, own));
  const strong = hits.filter((h) => h.strength === 'strong');
  const ev = (hs: SpamHit[]): Evidence[] => uniqBy(hs, (h) => `${h.page}|${h.where}`).slice(0, 6).map((h) => ({ url: h.page, selector: h.selector ?? (h.where === 'title' ? 'title' : undefined), snippet: clip(`[${h.where}] ${h.terms.join(', ')}: ${h.snippet}`, 220) }));
  if (strong.length) {
    const terms = [...new Set(strong.flatMap((h) => h.terms))];
    return judgement('fail', tx(`Có dấu hiệu nội dung cờ bạc/SEO spam (${terms.join(', ')}) trên ${new Set(strong.map((h) => h.page)).size} trang.`, `Gambling / SEO-spam content (${terms.join(', ')}) on ${new Set(strong.map((h) => h.page)).size} pages.`), ev(strong), { terms });
  }
  if (hits.length) return judgement('warn', tx(`Có liên kết ra ngoài chứa từ liên quan cờ bạc (${[...new Set(hits.flatMap((h) => h.terms))].join(', ')}); cần xem lại.`, `Off-site links with gambling-related words (${[...new Set(hits.flatMap((h) => h.terms))].join(', ')}); review them.`), ev(hits));
  return judgement('pass', tx(`Không thấy từ ngữ cờ bạc/spam trên ${pages.length} trang đã quét.`, `No gambling/spam vocabulary on the ${pages.length} pages scanned.`), [{ url: s.startUrl, snippet: `${pages.length} pages scanned: titles, meta, text, links` }]);
});

export const judgeHiddenLinks = defineJudge('hidden-links', (ctx) => {
  const s = ctx.snapshot;
  const pages = htmlPages(s);
  const hidden = pages.flatMap((p) => p.facts.links.filter((l) => l.hidden).map((l) => ({ p, l })));
  const offsite = hidden.filter(({ l }) => !isOwnUrl(s, l.url) && !isGovHost(hostOf(l.url)) && /^https?:/i.test(l.url));
  const spammy = offsite.filter(({ l }) => linkTerms(l).length > 0);
  const ev = (xs: typeof hidden): Evidence[] => xs.slice(0, 5).map(({ p, l }) => ({ url: p.finalUrl || p.url, selector: l.selector, snippet: clip(`hidden link “${l.text}” → ${l.url}`, 160) }));
  if (spammy.length) return judgement('fail', tx(`Có ${spammy.length} liên kết ẩn trỏ ra ngoài chứa từ cờ bạc/spam (dấu hiệu bị chèn mã).`, `${spammy.length} hidden off-site links with gambling/spam words (a sign of injected code).`), ev(spammy));
  if (offsite.length >= 3) return judgement('warn', tx(`Có ${offsite.length} liên kết ẩn trỏ ra trang ngoài; cần kiểm tra.`, `${offsite.length} hidden links point to other sites; review them.`), ev(offsite));
  return judgement('pass', tx(`Không có liên kết ẩn đáng ngờ (${hidden.length} liên kết ẩn, đều nội bộ hoặc cơ quan nhà nước).`, `No suspicious hidden links (${hidden.length} hidden links, all internal or state sites).`), [{ url: s.startUrl, snippet: `${pages.length} pages, ${hidden.length} hidden links, ${offsite.length} off-site` }]);
});

export const judgeCloaking = defineJudge('cloaking', (ctx) => {
  const probes = ctx.snapshot.cloaking ?? [];
  if (probes.length === 0) return judgement('not_applicable', tx('Chưa thử so sánh nội dung trả cho trình duyệt, Googlebot và người đến từ máy tìm kiếm.', 'Cloaking was not probed (browser vs Googlebot vs search-referrer fetch).'), []);
  const ev: Evidence[] = [];
  let status: 'pass' | 'warn' | 'fail' = 'pass';
  const reasons: string[][] = [];
  for (const pr of probes) {
    const base = pr.variants.find((v) => v.agent === 'browser');
    for (const v of pr.variants) {
      if (!base || v === base || v.error) continue;
      const extra = v.spamTerms.filter((t) => !base.spamTerms.includes(t));
      if (extra.length) {
        status = 'fail';
        reasons.push([`${v.agent} nhận nội dung khác có từ cờ bạc (${extra.join(', ')})`, `${v.agent} gets different content with gambling words (${extra.join(', ')})`]);
        ev.push({ url: pr.url, snippet: `${v.agent}: HTTP ${v.status}, ${v.bytes} B, terms ${extra.join(', ')}; browser: HTTP ${base.status}, ${base.bytes} B` });
      } else if (v.status !== base.status || v.textHash !== base.textHash) {
        if (status === 'pass') status = 'warn';
        reasons.push([`${v.agent} nhận nội dung khác trình duyệt (HTTP ${v.status} / ${base.status})`, `${v.agent} gets content different from the browser's (HTTP ${v.status} / ${base.status})`]);
        ev.push({ url: pr.url, snippet: `${v.agent}: HTTP ${v.status} hash ${v.textHash.slice(0, 10)}; browser: HTTP ${base.status} hash ${base.textHash.slice(0, 10)}` });
      }
    }
    if (base?.spamTerms.length) {
      status = 'fail';
      reasons.push([`ngay bản cho trình duyệt đã có từ cờ bạc (${base.spamTerms.join(', ')})`, `even the browser version has gambling words (${base.spamTerms.join(', ')})`]);
    }
  }
  if (status === 'pass') return judgement('pass', tx('Nội dung giống nhau với trình duyệt, Googlebot và người đến từ máy tìm kiếm.', 'The same content is served to a browser, Googlebot and search-referred visitors.'), probes.map((p) => ({ url: p.url, snippet: p.variants.map((v) => `${v.agent}: HTTP ${v.status} ${v.textHash.slice(0, 10)}`).join('; ') })));
  return judgement(status, tx(`Dấu hiệu che giấu nội dung (cloaking): ${reasons.map((r) => r[0]).join('; ')}.`, `Cloaking signs: ${reasons.map((r) => r[1]).join('; ')}.`), ev);
});
