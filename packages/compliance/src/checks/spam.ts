/**
 * C8 — Gambling / SEO-spam injection, hidden links, cloaking.
 *
 * Vocabulary matching is diacritic-insensitive *and* collision-aware: a term matches either with its own
 * diacritics ("cá độ") or written without any diacritics at all ("ca do", how spam is usually typed) — but a
 * differently-accented ordinary word that folds to the same letters ("cả độ", "ca dao") does not. Matches are
 * whole words ("slot" in "timeslot" or "slots of" … only as a word; brand names only as words).
 *
 * Terms are weighted (brands 3, advertising phrases such as "nổ hũ", "nhà cái uy tín", "slot gacor" 2, weak words
 * such as "cá độ", "casino", "nhà cái" 1), and terms near enforcement / prevention words ("công an", "triệt phá",
 * "phòng, chống tệ nạn", "khuyến cáo") are news, not spam. A fail needs a strong signal: gambling words in hidden
 * links, links to gambling hosts, a cluster of terms in the text, advertising terms in the title / meta / header /
 * footer, or gambling words served to search engines only (cloaking probe).
 *
 * Inputs: pages[].facts.{title, meta.description, mainText, footerText, headerText, links}, snapshot.cloaking.
 */
import type { CloakingProbe, LinkFact, PageSnapshot } from '../snapshot.js';
import { normalizeConfusables } from '@cong/vi';
import { foldVi } from '../match/text.js';
import type { Evidence } from '../rules/types.js';
import { around, clip, defineJudge, hostOf, htmlPages, isGovHost, isOwnUrl, judgement, tx, uniqBy } from './util.js';

/**
 * Strong phrases: the vocabulary of gambling advertising (weight 2). Some of them ("tài xỉu", "xóc đĩa") also occur
 * in police news, so even these need a cluster, a title/chrome placement or a link to count as spam.
 */
export const STRONG_TERMS = [
  'nổ hũ', 'tài xỉu', 'xóc đĩa', 'game bài đổi thưởng', 'nhà cái uy tín', 'kèo nhà cái', 'tỷ lệ kèo', 'soi kèo', 'soi cầu',
  'lô đề online', 'cá cược bóng đá', 'cá cược trực tuyến', 'cá cược online', 'casino trực tuyến', 'casino online', 'đá gà trực tuyến', 'đá gà online',
  'bắn cá đổi thưởng', 'slot game', 'slot gacor', 'situs slot', 'judi online', 'togel', 'maxwin', 'link vào nhà cái', 'đánh bài online',
];
/** Gambling brands (weight 3). */
export const BRANDS = [
  'kubet', 'fb88', 'w88', 'jun88', 'hi88', 'new88', '789bet', 'sv388', 'f8bet', 'shbet', '188bet', 'bk8', 'mb66', 'okvip', 'vn88', 'fun88',
  'sbobet', '8xbet', 'go88', 'sunwin', 'rikvip', 'hitclub', 'j88', 'ok365', 'five88', 'debet', 'kubet88', 'zbet', 'win55', 'nohu', 'net88', 'oxbet',
];
/**
 * Weak words (weight 1): ordinary in enforcement news one or two at a time ("tham gia cá độ qua các trang web nhà
 * cái nước ngoài"). Legal terms ("đánh bạc", "cờ bạc") are not listed.
 */
export const WEAK_TERMS = ['cá độ', 'lô đề', 'game bài', 'đá gà', 'casino', 'slot', 'cá cược', 'bắn cá', 'baccarat', 'poker', 'roulette', 'jackpot', 'đánh đề', 'số đề', 'nhà cái'];

const WEIGHT = { brand: 3, strong: 2, weak: 1 } as const;

/**
 * Words of news about enforcement and prevention (folded): gambling words near them report on gambling, they do
 * not advertise it ("Công an tỉnh triệt phá đường dây cá độ", "tuyên truyền phòng, chống tệ nạn cờ bạc").
 */
const ENFORCEMENT = /(?<![a-z])(cong an|triet pha|bat giu|bat qua tang|khoi to|truy to|xet xu|tam giu|dieu tra|doi tuong|phong,? chong|te nan|tuyen truyen|canh bao|khuyen cao|to giac|vi pham|xu phat|xu ly hinh su|danh bac|co bac|toa an|vien kiem sat|an ninh mang|police|arrest|crack(ed)? down)(?![a-z])/;
/** Characters either side of a term that are read for enforcement words. */
const CONTEXT = 250;

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

type TermSet = 'strong' | 'brand' | 'weak';
interface Occurrence {
  term: string;
  set: TermSet;
  at: number;
  end: number;
}

/** Every occurrence of the terms of a set, diacritic-insensitive but collision-aware (see the file header). */
function occurrences(lower: string, set: TermSet): Occurrence[] {
  const out: Occurrence[] = [];
  for (const c of set === 'strong' ? C_STRONG : set === 'brand' ? C_BRANDS : C_WEAK) {
    for (const re of [c.exact, c.ascii]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(lower))) {
        // Written without diacritics: the matched span must be plain ASCII (no other accents folded into it).
        if (re === c.exact || /^[\x00-\x7f]+$/.test(m[0])) out.push({ term: c.term, set, at: m.index, end: m.index + m[0].length });
      }
    }
  }
  return out;
}

/** Look-alike letters (Cyrillic "о", full-width "ｓｌｏｔ") are a classic way to slip spam past filters. */
const prepare = (text: string) => normalizeConfusables(text).toLowerCase();

/** Terms found in a text (first occurrence of each), diacritic-insensitive but collision-aware (see the file header). */
export function findTerms(text: string, set: TermSet): { term: string; at: number }[] {
  const first = new Map<string, number>();
  for (const o of occurrences(prepare(text), set)) if (!first.has(o.term) || o.at < first.get(o.term)!) first.set(o.term, o.at);
  return [...first].map(([term, at]) => ({ term, at }));
}

/**
 * Gambling vocabulary of a text, weighted: brands 3, advertising phrases 2, weak words 1 (a weak word inside a
 * longer matched phrase — "nhà cái" in "nhà cái uy tín" — is not counted again). `unexcused` keeps the terms that
 * occur at least once with no enforcement / prevention words within {@link CONTEXT} characters.
 */
export function weighTerms(text: string): { terms: string[]; score: number; unexcused: string[]; unexcusedScore: number; first?: Occurrence } {
  const lower = prepare(text);
  const folded = foldVi(lower);
  const all = [...occurrences(lower, 'brand'), ...occurrences(lower, 'strong'), ...occurrences(lower, 'weak')];
  const kept = all.filter((o) => !all.some((x) => x !== o && x.term !== o.term && x.at <= o.at && x.end >= o.end && x.end - x.at > o.end - o.at));
  const weightOf = new Map<string, number>();
  const unexcused = new Set<string>();
  for (const o of kept) {
    weightOf.set(o.term, Math.max(weightOf.get(o.term) ?? 0, WEIGHT[o.set]));
    // Folding keeps string length for NFC Vietnamese, so positions carry over to the folded text.
    if (!ENFORCEMENT.test(folded.slice(Math.max(0, o.at - CONTEXT), o.end + CONTEXT))) unexcused.add(o.term);
  }
  const sum = (ts: Iterable<string>) => [...ts].reduce((n, t) => n + (weightOf.get(t) ?? 0), 0);
  const first = [...kept].sort((a, b2) => a.at - b2.at)[0];
  return { terms: [...weightOf.keys()], score: sum(weightOf.keys()), unexcused: [...unexcused], unexcusedScore: sum(unexcused), first };
}

export interface SpamHit {
  page: string;
  where: string;
  terms: string[];
  snippet: string;
  selector?: string;
  strength: 'strong' | 'weak';
}

/**
 * The words of a link: its text, host and path. The query string is left out: share buttons and mailto links
 * carry the page's own URL and title there ("sharer.php?u=…/phong-chong-te-nan-co-bac-ca-do…").
 */
function linkWords(l: LinkFact): string {
  let where = l.url;
  try {
    const u = new URL(l.url);
    where = /^https?:$/.test(u.protocol) ? `${u.hostname} ${u.pathname}` : '';
  } catch {
    where = l.url.replace(/[?#].*$/, '');
  }
  return `${l.text} ${decodeURIComponentSafe(where).replace(/[/._?=&-]+/g, ' ')}`;
}
function linkTerms(l: LinkFact): string[] {
  const t = linkWords(l);
  return [...findTerms(t, 'strong'), ...findTerms(t, 'brand'), ...findTerms(t, 'weak')].map((x) => x.term);
}
/** Gambling words in the host name itself (kubet88.example, nohu-club.com, nhacaiuytin.net): a gambling site. */
function gamblingHost(u: string): boolean {
  const host = hostOf(u);
  if (!host) return false;
  const spaced = host.replace(/[.-]+/g, ' ');
  if (findTerms(spaced, 'brand').length || findTerms(spaced, 'strong').length) return true;
  const glued = host.replace(/[.-]+/g, '');
  return [...BRANDS, ...STRONG_TERMS, 'nhà cái', 'casino', 'cá cược', 'đánh bài', 'game bài'].some((t) => {
    const g = foldVi(t).replace(/\s+/g, '');
    return g.length >= 4 && glued.includes(g);
  });
}
function decodeURIComponentSafe(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Spam signals of one page. Strong (fail): gambling words in a hidden off-site link; an off-site link to a gambling host or
 * with advertising phrases / brands; a cluster of terms (weight ≥ 4, or ≥ 3 distinct terms) in the visible text
 * away from enforcement news; advertising terms (weight ≥ 2) in the title, meta description, header or footer
 * away from enforcement words. Weak (warn): other off-site links with gambling words; a single advertising phrase
 * or brand in the text with no enforcement context. Enforcement and prevention news is not spam.
 */
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
  for (const [where, text] of fields) {
    if (!text) continue;
    const w = weighTerms(text);
    if (!w.unexcused.length) continue;
    const snippet = clip(w.first ? text.slice(Math.max(0, w.first.at - 60), w.first.at + 100) : text, 180);
    const chrome = where !== 'main';
    const cluster = chrome ? w.unexcusedScore >= 2 : w.unexcusedScore >= 4 || w.unexcused.length >= 3;
    if (cluster) hits.push({ page: url, where, terms: w.unexcused, snippet, strength: 'strong' });
    else if (w.unexcusedScore >= 2) hits.push({ page: url, where, terms: w.unexcused, snippet, strength: 'weak' });
  }
  for (const l of f.links) {
    const terms = linkTerms(l);
    const toGamblingHost = /^https?:/i.test(l.url) && !ownHost(l.url) && !isGovHost(hostOf(l.url)) && gamblingHost(l.url);
    if (!terms.length && !toGamblingHost) continue;
    const off = /^https?:/i.test(l.url) && !ownHost(l.url) && !isGovHost(hostOf(l.url));
    if (!l.hidden && !off) continue;
    const advertising = terms.some((t) => STRONG_TERMS.includes(t) || BRANDS.includes(t));
    // Hidden links to other sites are injected; a hidden link of the site's own (a collapsed sub-menu) only with
    // advertising words.
    const strong = (l.hidden && off) || toGamblingHost || advertising;
    // A link to a news report ("Công an triệt phá đường dây cá độ …") is not spam.
    if (!strong && ENFORCEMENT.test(foldVi(linkWords(l)))) continue;
    hits.push({ page: url, where: l.hidden ? 'hidden link' : toGamblingHost ? 'link to a gambling host' : 'off-site link', terms: terms.length ? terms : [hostOf(l.url)], snippet: clip(`“${l.text}” → ${l.url}`, 160), selector: l.selector, strength: strong ? 'strong' : 'weak' });
  }
  return hits;
}

/** Gambling words served to search engines only (the cloaking probe): a strong signal of injected spam. */
function cloakedTerms(probes: CloakingProbe[]): { url: string; agent: string; terms: string[] }[] {
  const out: { url: string; agent: string; terms: string[] }[] = [];
  for (const pr of probes) {
    const base = pr.variants.find((v) => v.agent === 'browser');
    if (!base) continue;
    for (const v of pr.variants) {
      if (v === base || v.error) continue;
      const extra = v.spamTerms.filter((t) => !base.spamTerms.includes(t));
      if (extra.length) out.push({ url: pr.url, agent: v.agent, terms: extra });
    }
  }
  return out;
}

export const judgeGambling = defineJudge('gambling', (ctx) => {
  const s = ctx.snapshot;
  const pages = htmlPages(s);
  const own = (u: string) => isOwnUrl(s, u);
  const hits = pages.flatMap((p) => spamHits(p, own));
  for (const c of cloakedTerms(s.cloaking ?? [])) hits.push({ page: c.url, where: `served to ${c.agent} only`, terms: c.terms, snippet: `${c.agent} receives gambling words the browser does not: ${c.terms.join(', ')}`, strength: 'strong' });
  const strong = hits.filter((h) => h.strength === 'strong');
  const ev = (hs: SpamHit[]): Evidence[] => uniqBy(hs, (h) => `${h.page}|${h.where}`).slice(0, 6).map((h) => ({ url: h.page, selector: h.selector ?? (h.where === 'title' ? 'title' : undefined), snippet: clip(`[${h.where}] ${h.terms.join(', ')}: ${h.snippet}`, 220) }));
  if (strong.length) {
    const terms = [...new Set(strong.flatMap((h) => h.terms))];
    return judgement('fail', tx(`Có dấu hiệu nội dung cờ bạc/SEO spam (${terms.join(', ')}) trên ${new Set(strong.map((h) => h.page)).size} trang.`, `Gambling / SEO-spam content (${terms.join(', ')}) on ${new Set(strong.map((h) => h.page)).size} pages.`), ev(strong), { terms });
  }
  if (hits.length) {
    const terms = [...new Set(hits.flatMap((h) => h.terms))].join(', ');
    return judgement(
      'warn',
      tx(`Có từ ngữ hoặc liên kết ra ngoài liên quan cờ bạc (${terms}), chưa đủ dấu hiệu bị chèn nội dung; cần xem lại.`, `Gambling-related words or off-site links (${terms}), not enough to show injected content; review them.`),
      ev(hits),
    );
  }
  return judgement('pass', tx(`Không thấy nội dung cờ bạc/spam trên ${pages.length} trang đã quét (tin bài về phòng, chống cờ bạc không tính).`, `No gambling/spam content on the ${pages.length} pages scanned (news about fighting gambling does not count).`), [{ url: s.startUrl, snippet: `${pages.length} pages scanned: titles, meta, text, links` }]);
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
    // Words every visitor sees are not cloaking (N42-26/spam judges them, with their context: enforcement news is
    // not spam); advertising phrases or brands in the browser copy are still worth a look.
    const adv = (base?.spamTerms ?? []).filter((t) => findTerms(t, 'strong').length > 0 || findTerms(t, 'brand').length > 0);
    if (base && adv.length) {
      if (status === 'pass') status = 'warn';
      reasons.push([`bản cho trình duyệt có từ quảng cáo cờ bạc (${adv.join(', ')}) — xem N42-26/spam`, `the browser copy itself has gambling-advertising words (${adv.join(', ')}) — see N42-26/spam`]);
      ev.push({ url: pr.url, snippet: `browser: HTTP ${base.status}, terms ${adv.join(', ')}` });
    }
  }
  if (status === 'pass') return judgement('pass', tx('Nội dung giống nhau với trình duyệt, Googlebot và người đến từ máy tìm kiếm.', 'The same content is served to a browser, Googlebot and search-referred visitors.'), probes.map((p) => ({ url: p.url, snippet: p.variants.map((v) => `${v.agent}: HTTP ${v.status} ${v.textHash.slice(0, 10)}`).join('; ') })));
  return judgement(status, tx(`Dấu hiệu che giấu nội dung (cloaking): ${reasons.map((r) => r[0]).join('; ')}.`, `Cloaking signs: ${reasons.map((r) => r[1]).join('; ')}.`), ev);
});
