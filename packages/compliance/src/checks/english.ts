/**
 * C10 — English version and freshness.
 *
 * English pages are recognised by their *content* (a page with lang="en" whose text is Vietnamese is a language
 * switch that does not translate). Identity: the English pages must name this agency — a sub-site cloned from
 * another agency's template and never renamed (title "…Quận Ba Đình" on a department's site, "Bac Kan Department
 * of …" on a Thái Nguyên department's site) fails; places and agency names are compared diacritic-folded with the
 * site context (agency, hosts, portal) through the province and agency lists of `@cong/vi`. Current: an English
 * leader list naming none of the Vietnamese leaders fails.
 *
 * Freshness: the newest dated item on the site (home, lists, feeds, sitemap lastmod) against the reference date
 * `--on`. Date-of-today widgets ("Thứ Bảy, 27/08/2022") are ignored.
 *
 * Inputs: pages[].facts.{title,lang,mainText,headings,dates,emails,phones}, snapshot.englishUrl, feeds, sitemaps.
 */
import type { PageSnapshot, SiteSnapshot } from '../snapshot.js';
import { classifyPage, titleSegments } from '../match/matcher.js';
import { listProvinces, provincialAgencies } from '@cong/vi';
import { contentTokens, findPhrase, foldVi, guessLanguage, normalizeForMatch } from '../match/text.js';
import type { Evidence, JudgeContext } from '../rules/types.js';
import { emailsIn, findPeople, phonesIn } from './people.js';
import { analyseSections } from './sections.js';
import { foreignSiteOf, knownName, rootPathOf } from './site-roots.js';
import { clip, daysBetween, defineJudge, homePage, hostOf, htmlPages, judgement, normUrl, pageIndex, tx } from './util.js';

/**
 * The site's English pages: pages whose content is English, except pages of other sites served on the same host
 * (a component's English pages reached by a crawl of its portal: site-roots.ts).
 */
export function englishPages(s: SiteSnapshot): PageSnapshot[] {
  return htmlPages(s).filter((p) => guessLanguage(`${p.facts.title} ${p.facts.mainText.slice(0, 6000)}`).lang === 'en' && foreignSiteOf(s, p) === undefined);
}

/** Pages that claim English (lang/URL/entry) but whose content is not English. */
function fakeEnglish(s: SiteSnapshot): PageSnapshot[] {
  return htmlPages(s).filter(
    (p) =>
      foreignSiteOf(s, p) === undefined &&
      (/^en\b/i.test(p.facts.lang) || /\/en(\/|$)|[-_/]eng?\b|english/i.test(p.finalUrl || p.url) || (s.englishUrl && normUrl(s.englishUrl) === normUrl(p.finalUrl || p.url))) &&
      guessLanguage(p.facts.mainText.slice(0, 6000)).lang === 'vi',
  );
}

const ORG_EN = /organi[sz]ational structure|organi[sz]ation(al)? chart|\bfunctions?\b|\bduties\b|\bpowers\b|\btasks\b|about us|general introduction|structure/i;

function noEnglish(ctx: JudgeContext) {
  const fake = fakeEnglish(ctx.snapshot);
  const ev: Evidence[] = fake.slice(0, 2).map((p) => ({ url: p.finalUrl || p.url, snippet: `lang="${p.facts?.lang}" but Vietnamese content: ${clip(p.facts?.title ?? '', 80)}` }));
  return judgement(
    'fail',
    tx(
      fake.length ? 'Có nút chuyển tiếng Anh nhưng nội dung vẫn là tiếng Việt; không có trang tiếng Anh.' : 'Không có phiên bản tiếng Anh.',
      fake.length ? 'An English switch exists but the content stays Vietnamese; there are no English pages.' : 'There is no English version.',
    ),
    ev.length ? ev : [{ url: ctx.snapshot.startUrl, snippet: 'no page with English content found' }],
  );
}

/**
 * The prose of a page: its main text without the texts of its main-body links. A list of news titles or of
 * component-site names is navigation, not content on the organisation ("conference on the tasks for 2023" is a
 * headline, not a page about tasks).
 */
function proseOf(p: PageSnapshot): string {
  let t = p.facts?.mainText ?? '';
  for (const l of p.facts?.links ?? []) {
    if (l.region !== 'main' && l.region !== 'other') continue;
    const x = l.text.trim();
    if (x.length < 4) continue;
    const i = t.indexOf(x);
    if (i >= 0) t = `${t.slice(0, i)} ${t.slice(i + x.length)}`;
  }
  return t.replace(/\s+/g, ' ').trim();
}

/**
 * English information on the organisation, functions, duties and powers (Decree 42/2022 Art. 7(2)(a)): an English
 * page about them (by section, title, headings or its opening prose) with ≥ 150 English words of prose; link texts
 * (news headlines, lists of component sites) count for neither.
 */
export const judgeEnglishOrg = defineJudge('english-org', (ctx) => {
  const en = englishPages(ctx.snapshot);
  if (en.length === 0) return noEnglish(ctx);
  const cands = en
    .map((p) => {
      const prose = proseOf(p);
      const g = guessLanguage(prose);
      const secs = classifyPage(p).sections;
      const orgish = secs.some((x) => ['org-structure', 'functions', 'introduction'].includes(x)) || ORG_EN.test(`${p.facts!.title} ${p.facts!.headings.map((h) => h.text).join(' ')} ${prose.slice(0, 600)}`);
      return { p, words: g.englishWords, orgish, bySection: secs.some((x) => ['org-structure', 'functions', 'introduction'].includes(x)) };
    })
    .filter((c) => c.orgish)
    .sort((a, b) => b.words - a.words);
  const best = cands[0];
  if (best && best.words >= 150) {
    return judgement('pass', tx(`Có trang tiếng Anh về cơ cấu tổ chức, chức năng (${best.words} từ).`, `An English page on the organisation and functions (${best.words} words).`), [{ url: best.p.finalUrl || best.p.url, snippet: clip(best.p.facts!.title, 100) }]);
  }
  // evidence: the pages that are about the organisation (by section) first, with their word counts
  const shown = [...cands].sort((a, b) => Number(b.bySection) - Number(a.bySection) || b.words - a.words).slice(0, 3);
  return judgement(
    'fail',
    tx('Trang tiếng Anh không có nội dung đủ về cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn (≥150 từ).', 'The English pages lack substantial content (≥150 words) on structure, functions, duties and powers.'),
    shown.length
      ? shown.map((c) => ({ url: c.p.finalUrl || c.p.url, snippet: clip(`${c.p.facts!.headings[0]?.text || c.p.facts!.title} — ${c.words} English words of prose`, 100) }))
      : en.slice(0, 2).map((p) => ({ url: p.finalUrl || p.url, snippet: clip(p.facts!.title, 100) })),
  );
});

/** English contacts of competent officials: name, position, phone, e-mail (Decree 42/2022 Art. 7(2)(b)). */
export const judgeEnglishContacts = defineJudge('english-contacts', (ctx) => {
  const en = englishPages(ctx.snapshot);
  if (en.length === 0) return noEnglish(ctx);
  const POS = /\b(director|deputy director|chairman|vice[- ]chairman|head of|chief|deputy head|spokesperson)\b/i;
  let agencyOnly: PageSnapshot | undefined;
  for (const p of en) {
    const text = p.facts!.mainText;
    const people = findPeople(text, 260, { ascii: true }).filter((b) => b.phone || b.email);
    if (people.length) return judgement('pass', tx('Trang tiếng Anh có liên hệ của cán bộ có thẩm quyền.', 'The English pages give competent officials’ contacts.'), people.slice(0, 2).map((b) => ({ url: p.finalUrl || p.url, snippet: clip(b.snippet) })));
    // An English position word with a phone/e-mail right after it also counts.
    const m = POS.exec(text);
    if (m) {
      const win = text.slice(m.index, m.index + 250);
      if (phonesIn(win).length || emailsIn(win).length) return judgement('pass', tx('Trang tiếng Anh có liên hệ của cán bộ có thẩm quyền.', 'The English pages give competent officials’ contacts.'), [{ url: p.finalUrl || p.url, snippet: clip(win) }]);
    }
    if (!agencyOnly && (phonesIn(text).length || emailsIn(text).length)) agencyOnly = p;
  }
  if (agencyOnly) {
    return judgement(
      'fail',
      tx('Trang tiếng Anh chỉ có liên hệ chung của cơ quan, không có họ tên, chức vụ, liên hệ của cán bộ có thẩm quyền.', 'The English pages give only the agency’s general contacts, not the name, position and contacts of competent officials.'),
      [{ url: agencyOnly.finalUrl || agencyOnly.url, snippet: clip(agencyOnly.facts!.mainText.match(/contact[\s\S]{0,160}/i)?.[0] ?? agencyOnly.facts!.title) }],
    );
  }
  return judgement('fail', tx('Trang tiếng Anh không có thông tin liên hệ.', 'The English pages carry no contact information.'), en.slice(0, 2).map((p) => ({ url: p.finalUrl || p.url, snippet: clip(p.facts!.title, 100) })));
});

/** English leader list matches the Vietnamese one (Decree 42/2022 Art. 7(2): items (a)(b) kept up to date). */
const NO_ENGLISH_NA = tx('Không áp dụng: không có trang tiếng Anh (xem N42-7.2a).', 'Not applicable: there are no English pages (see N42-7.2a).');

function uniqEv(ev: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return ev.filter((e) => !seen.has(`${e.url}|${e.snippet}`) && !!seen.add(`${e.url}|${e.snippet}`));
}

export const judgeEnglishCurrent = defineJudge('english-current', (ctx) => {
  const s = ctx.snapshot;
  const en = englishPages(s);
  if (en.length === 0) return judgement('not_applicable', NO_ENGLISH_NA, []);
  const idx = pageIndex(s);
  const leaderPages = analyseSections(s).get('leaders')!.pages.map((c) => idx.get(normUrl(c.url))).filter(Boolean) as PageSnapshot[];
  const viNames = [...new Set(leaderPages.flatMap((p) => findPeople(p.facts?.mainText ?? '').map((b) => foldVi(b.name))))];
  // Officials named on the English leadership / contact pages (or, when there are none, on any English page).
  const LEADERSHIP_EN = /\b(leaders?(hip)?|board of directors|management|contacts?|directory|key officials|director)\b/i;
  const leaderEn = en.filter((p) => LEADERSHIP_EN.test(`${p.facts!.title} ${p.facts!.headings.map((h) => h.text).join(' ')}`));
  const enPeople = (leaderEn.length ? leaderEn : en).flatMap((p) => findPeople(p.facts!.mainText, 260, { ascii: true }).map((b) => ({ p, b })));
  const enNames = new Set(enPeople.map(({ b }) => foldVi(b.name)));
  const enText = normalizeForMatch(en.map((p) => p.facts!.mainText).join(' '));
  if (viNames.length === 0) return judgement('warn', tx('Không tìm được danh sách lãnh đạo tiếng Việt để so sánh.', 'No Vietnamese leader list was found to compare with.'), [{ url: en[0].finalUrl || en[0].url, snippet: 'no leaders page with names' }]);
  const missing = viNames.filter((n) => !enNames.has(n) && !enText.includes(normalizeForMatch(n)));
  const ev: Evidence[] = [{ url: leaderPages[0].finalUrl || leaderPages[0].url, snippet: `VN leaders: ${viNames.join(', ')}` }];
  if (missing.length === viNames.length) {
    if (enPeople.length === 0) {
      return judgement('warn', tx(`Trang tiếng Anh không nêu tên lãnh đạo nào (${viNames.length} người trên trang tiếng Việt) nên không so sánh được.`, `The English pages name none of the ${viNames.length} leaders on the Vietnamese pages (they name nobody), so they cannot be compared.`), ev);
    }
    // The English pages name officials, none of whom leads the agency now: the plainest case of a stale list.
    const others = [...new Set(enPeople.map(({ b }) => `${b.name}${b.position ? ` (${b.position})` : ''}`))].slice(0, 4);
    const enEv: Evidence[] = uniqEv(enPeople.map(({ p, b }) => ({ url: p.finalUrl || p.url, snippet: clip(`${b.name} — ${b.position ?? ''}`, 120) }))).slice(0, 2);
    return judgement(
      'fail',
      tx(
        `Danh sách lãnh đạo tiếng Anh chưa cập nhật: nêu ${others.join(', ')}, không ai trong số ${viNames.length} lãnh đạo trên trang tiếng Việt.`,
        `The English leader list is stale: it names ${others.join(', ')}, none of the ${viNames.length} leaders on the Vietnamese pages.`,
      ),
      [...ev, ...enEv],
      { english: others, vietnamese: viNames },
    );
  }
  if (missing.length) return judgement('fail', tx(`Danh sách lãnh đạo tiếng Anh chưa cập nhật: thiếu ${missing.join(', ')}.`, `The English leader list is stale: missing ${missing.join(', ')}.`), ev);
  return judgement('pass', tx('Danh sách lãnh đạo tiếng Anh khớp tiếng Việt.', 'The English leader list matches the Vietnamese one.'), ev);
});

type Kind = 'department' | 'district' | 'commune' | 'province' | 'ministry' | 'unit';
const L = '[\\p{L}&]';
const MENTION_VI: [RegExp, Kind][] = [
  [new RegExp(`(?<![\\p{L}])(sở)\\s+(${L}+(?:\\s+${L}+){0,8})`, 'u'), 'department'],
  [new RegExp(`(?<![\\p{L}])(quận|huyện|thị xã)\\s+(${L}+(?:\\s+${L}+){0,4})`, 'u'), 'district'],
  [new RegExp(`(?<![\\p{L}])(phường|xã(?!\\s+hội)|thị trấn)\\s+(${L}+(?:\\s+${L}+){0,4})`, 'u'), 'commune'],
  [new RegExp(`(?<![\\p{L}])(tỉnh|ubnd tỉnh|ủy ban nhân dân tỉnh)\\s+(${L}+(?:\\s+${L}+){0,4})`, 'u'), 'province'],
  [new RegExp(`(?<![\\p{L}])(bộ|cục|tổng cục)\\s+(${L}+(?:\\s+${L}+){0,8})`, 'u'), 'ministry'],
];
const MENTION_EN: [RegExp, Kind][] = [
  [/\bdepartment of\b|\bdepartment\b/i, 'department'],
  [/\bdistrict\b/i, 'district'],
  [/\b(ward|commune)\b/i, 'commune'],
  [/\bprovince\b|\bprovincial people.s committee\b/i, 'province'],
  [/\bministry\b/i, 'ministry'],
];
const LEVEL_KIND: Record<string, Kind> = { department: 'department', district: 'district', commune: 'commune', province: 'province', unit: 'unit' };
const GENERIC_TITLE = /^(home|trang chu|about us|about|contact|contact us|q a|faq|news|login|sitemap|gioi thieu|lien he)$/;

/** The agency a title names: kind + folded name words. */
export function agencyMention(text: string): { kind: Kind; name: string; raw: string } | undefined {
  const n = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/cổng thông tin điện tử|trang thông tin điện tử|cổng ttđt|trang ttđt|portal|website/g, ' ')
    .replace(/\s+/g, ' ');
  for (const [re, kind] of MENTION_VI) {
    const m = re.exec(n);
    if (m) return { kind, name: normalizeForMatch(m[2]), raw: text };
  }
  for (const [re, kind] of MENTION_EN) if (re.test(text)) return { kind, name: '', raw: text };
  return undefined;
}

function siteIdentity(ctx: JudgeContext): { kind?: Kind; name?: string; source: string } {
  if (ctx.site.agency) {
    const m = agencyMention(ctx.site.agency);
    return { kind: m?.kind ?? (ctx.site.level ? LEVEL_KIND[ctx.site.level] : undefined), name: m?.name, source: `--agency “${ctx.site.agency}”` };
  }
  const home = homePage(ctx.snapshot);
  const segs = home?.facts ? titleSegments(home.facts.title).filter((x) => !GENERIC_TITLE.test(normalizeForMatch(x))) : [];
  for (const seg of segs) {
    const m = agencyMention(seg);
    if (m) return { kind: ctx.site.level ? LEVEL_KIND[ctx.site.level] : m.kind, name: m.name, source: `home title “${seg}”` };
  }
  return { kind: ctx.site.level ? LEVEL_KIND[ctx.site.level] : undefined, source: ctx.site.level ? `--level ${ctx.site.level}` : 'unknown' };
}

function sameName(a: string, b: string): boolean {
  const A = new Set(a.split(' ').filter((w) => w.length > 1));
  const B = new Set(b.split(' ').filter((w) => w.length > 1));
  if (!A.size || !B.size) return true;
  const inter = [...A].filter((w) => B.has(w)).length;
  return inter / Math.min(A.size, B.size) >= 0.6;
}

// ── Place and agency names (diacritic-folded), for English titles ──────────────────────────────────────────────

/** Provinces before and after the 2025 reform, as glued folded names ("thainguyen", "backan", "hochiminh"). */
const PROVINCES: { key: string; name: string }[] = (() => {
  const out = new Map<string, string>();
  for (const on of ['2025-06-30', '2025-07-01']) {
    try {
      for (const p of listProvinces(on)) out.set(normalizeForMatch(p.shortName).replace(/ /g, ''), p.shortName);
    } catch {
      /* data unavailable: no place check */
    }
  }
  return [...out].map(([key, name]) => ({ key, name }));
})();

/** Provinces named in a text: consecutive words whose letters, glued, spell a province ("Bac Kan", "Hanoi", "tỉnh Thái Nguyên"). */
export function placesIn(text: string): Set<string> {
  const words = normalizeForMatch(text).split(' ').filter(Boolean);
  const keys = new Set(PROVINCES.map((p) => p.key));
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let glued = '';
    for (let j = i; j < Math.min(words.length, i + 5); j++) {
      glued += words[j];
      if (keys.has(glued)) found.add(glued);
    }
  }
  return found;
}

/** Provinces of the site itself: from the agency name, the home title and the site's / portal's host labels. */
function sitePlaces(ctx: JudgeContext): Set<string> {
  const s = ctx.snapshot;
  const home = homePage(s);
  const hosts = [ctx.site.url, s.startUrl, ctx.site.portalUrl ?? ''].map((u) => hostOf(u).replace(/\.gov\.vn$|\.vn$/, '').replace(/\./g, ' '));
  const vi = `${ctx.site.agency ?? ''} ${home?.facts && guessLanguage(home.facts.mainText.slice(0, 3000)).lang !== 'en' ? home.facts.title : ''}`;
  return new Set([...placesIn(vi), ...placesIn(hosts.join(' '))]);
}

/** The specialised agencies of a province under every regime (names in Vietnamese and English, and mergers). */
const AGENCIES: { key: string; vi: string[]; en: string[]; absorbed: string[] }[] = (() => {
  const byKey = new Map<string, { key: string; vi: string[]; en: string[]; absorbed: string[] }>();
  for (const on of ['2020-01-01', '2025-03-01', '2025-07-01']) {
    try {
      for (const a of provincialAgencies(on)) {
        const x = byKey.get(a.key) ?? { key: a.key, vi: [], en: [], absorbed: [] };
        x.vi.push(a.nameVi);
        x.en.push(a.nameEn);
        x.absorbed.push(...(a.absorbed ?? []));
        byKey.set(a.key, x);
      }
    } catch {
      /* data unavailable: no agency-name check */
    }
  }
  return [...byKey.values()];
})();

/** Conventional abbreviations in Vietnamese agency names. */
const ABBREV: [RegExp, string][] = [
  [/\bptnt\b/g, 'phat trien nong thon'],
  [/\btn ?(va )?mt\b|\btnmt\b/g, 'tai nguyen va moi truong'],
  [/\bkh ?(va )?dt\b|\bkhdt\b/g, 'ke hoach va dau tu'],
  [/\bgtvt\b/g, 'giao thong van tai'],
  [/\btt ?(va )?tt\b|\btttt\b/g, 'thong tin va truyen thong'],
  [/\bld ?tb ?(va )?xh\b|\bldtbxh\b/g, 'lao dong thuong binh va xa hoi'],
  [/\bvh ?tt ?(va )?dl\b|\bvhttdl\b/g, 'van hoa the thao va du lich'],
  [/\bkh ?(va )?cn\b|\bkhcn\b/g, 'khoa hoc va cong nghe'],
  [/\bgd ?(va )?dt\b|\bgddt\b/g, 'giao duc va dao tao'],
];
const enTokens = (t: string) =>
  contentTokens(t.replace(/&/g, ' and ').replace(/labour/gi, 'labor'))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .filter((w) => w !== 'department' && w !== 'provincial');

/** The provincial agency a Vietnamese name denotes ("Sở Thông tin và Truyền thông tỉnh …", "Sở NN và PTNT"). */
function agencyKeyVi(text: string): string | undefined {
  let n = normalizeForMatch(text.replace(/&/g, ' va '));
  for (const [re, full] of ABBREV) n = n.replace(re, full);
  const hay = contentTokens(n);
  let best: { key: string; len: number } | undefined;
  for (const a of AGENCIES) {
    for (const vi of a.vi) {
      const phrase = contentTokens(vi);
      if (phrase.length && findPhrase(hay, phrase) >= 0 && (!best || phrase.length > best.len)) best = { key: a.key, len: phrase.length };
    }
  }
  return best?.key;
}

/** The provincial agency an English title names ("Bac Kan Department of Information and Communications"). */
function agencyKeyEn(text: string): string | undefined {
  const hay = enTokens(text);
  let best: { key: string; len: number } | undefined;
  for (const a of AGENCIES) {
    for (const en of a.en) {
      const phrase = enTokens(en);
      if (phrase.length && findPhrase(hay, phrase) >= 0 && (!best || phrase.length > best.len)) best = { key: a.key, len: phrase.length };
    }
  }
  return best?.key;
}

/** Same agency, or one merged into the other (Sở Khoa học và Công nghệ absorbed Thông tin và Truyền thông in 2025). */
function sameAgency(a: string, b: string): boolean {
  if (a === b) return true;
  const A = AGENCIES.find((x) => x.key === a);
  const B = AGENCIES.find((x) => x.key === b);
  return !!(A?.absorbed.includes(b) || B?.absorbed.includes(a));
}

/**
 * Title segments that carry the English site's own name: segments repeated on several English pages, and the
 * segments of the English entry page (an English news title naming another province is not the site's name).
 */
function identitySegments(s: SiteSnapshot, en: PageSnapshot[]): Set<string> {
  const count = new Map<string, number>();
  for (const p of en) for (const seg of new Set(titleSegments(p.facts!.title))) count.set(normalizeForMatch(seg), (count.get(normalizeForMatch(seg)) ?? 0) + 1);
  const entry = (s.englishUrl && en.find((p) => normUrl(p.finalUrl || p.url) === normUrl(s.englishUrl!))) || [...en].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))[0];
  const out = new Set<string>([...count].filter(([, n]) => n >= 2 || en.length === 1).map(([k]) => k));
  if (entry) for (const seg of titleSegments(entry.facts!.title)) out.add(normalizeForMatch(seg));
  return out;
}

/**
 * Names of the site's provincial portal as the site's pages link to it (`--portal`): the texts of links to the
 * portal's home or its English home ("Provincial portal: Bac Kan Province Web Portal"). A component's English page
 * may carry them beside its own name.
 */
function portalNames(ctx: JudgeContext): string[] {
  const portal = ctx.site.portalUrl;
  if (!portal) return [];
  const abs = /^[a-z][a-z0-9+.-]*:\/\//i.test(portal) ? portal : `https://${portal}`;
  const host = hostOf(abs).replace(/^www\./, '');
  const root = rootPathOf(abs) ?? '';
  const roots = new Set([root, `${root}/en`, `/en${root}`]);
  const out = new Set<string>();
  for (const p of htmlPages(ctx.snapshot)) {
    for (const l of p.facts.links) {
      if (hostOf(l.url).replace(/^www\./, '') !== host || !roots.has(rootPathOf(l.url) ?? '-')) continue;
      if (normUrl(l.url) === normUrl(p.finalUrl || p.url)) continue;
      if (l.text.trim()) out.add(l.text.trim());
    }
  }
  return [...out];
}

/**
 * A title segment that names the site's parent, not another agency: on a site below province level, the name of
 * its portal as its pages link to it, or a province-level name whose place is the site's own province
 * ("Bac Kan Province Web Portal" on a Bắc Kạn ward's page).
 */
function namesParent(seg: string, me: { kind?: Kind }, myPlaces: Set<string>, parents: string[]): boolean {
  if (!me.kind || me.kind === 'province') return false;
  if (parents.length && knownName(seg, parents)) return true;
  if (agencyMention(seg)?.kind !== 'province') return false;
  const places = placesIn(seg);
  return places.size > 0 && myPlaces.size > 0 && [...places].every((x) => myPlaces.has(x));
}

/**
 * The English pages identify this agency (not another one whose template was copied). A title segment fails when it
 * names another kind of agency, another agency's name, another province than the site's ("Bac Kan …" on a Thái
 * Nguyên site), or another provincial department than this one ("… Department of Information and Communications"
 * on the Department of Justice's site). Place and agency names are compared diacritic-folded.
 */
export const judgeEnglishIdentity = defineJudge('english-identity', (ctx) => {
  const en = englishPages(ctx.snapshot);
  if (en.length === 0) return judgement('not_applicable', NO_ENGLISH_NA, []);
  const me = siteIdentity(ctx);
  const myPlaces = sitePlaces(ctx);
  const myAgency = agencyKeyVi(`${ctx.site.agency ?? ''}`) ?? (ctx.site.agency ? undefined : (() => {
    const home = homePage(ctx.snapshot);
    return home?.facts ? agencyKeyVi(home.facts.title) : undefined;
  })());
  const ownSegments = identitySegments(ctx.snapshot, en);
  const parents = portalNames(ctx);
  const wrong: (Evidence & { why: { vi: string; en: string } })[] = [];
  const right: Evidence[] = [];
  for (const p of en) {
    const segs = titleSegments(p.facts!.title).filter((x) => !GENERIC_TITLE.test(normalizeForMatch(x)) && !namesParent(x, me, myPlaces, parents));
    for (const seg of segs) {
      const m = agencyMention(seg);
      const own = ownSegments.has(normalizeForMatch(seg));
      const places = own ? placesIn(seg) : new Set<string>();
      const key = own ? agencyKeyEn(seg) : undefined;
      if (!m && !places.size && !key) continue;
      const ev = { url: p.finalUrl || p.url, selector: 'title', snippet: `<title>${clip(p.facts!.title, 120)}</title>` };
      const kindClash = m && me.kind && m.kind !== me.kind && !(me.kind === 'unit' || m.kind === 'unit');
      const nameClash = m && me.kind === m.kind && me.name && m.name && !sameName(me.name, m.name);
      const placeClash = places.size > 0 && myPlaces.size > 0 && ![...places].some((x) => myPlaces.has(x));
      const agencyClash = !!key && !!myAgency && !sameAgency(key, myAgency);
      if (kindClash || nameClash) wrong.push({ ...ev, why: tx('loại hoặc tên cơ quan khác', 'another kind or name of agency') });
      else if (placeClash) {
        const other = [...places].map((k) => PROVINCES.find((x) => x.key === k)?.name ?? k).join(', ');
        const mine = [...myPlaces].map((k) => PROVINCES.find((x) => x.key === k)?.name ?? k).join(', ');
        wrong.push({ ...ev, why: tx(`địa danh ${other}, không phải ${mine}`, `the place ${other}, not ${mine}`) });
      } else if (agencyClash) {
        const other = AGENCIES.find((x) => x.key === key)?.en.at(-1) ?? key;
        const mine = AGENCIES.find((x) => x.key === myAgency)?.vi.at(-1) ?? myAgency;
        wrong.push({ ...ev, why: tx(`cơ quan “${other}”, không phải ${mine}`, `the agency “${other}”, not ${mine}`) });
      } else right.push(ev);
    }
  }
  if (wrong.length) {
    const w = wrong[0];
    const title = clip(w.snippet!.replace(/<\/?title>/g, ''), 80);
    return judgement(
      'fail',
      tx(
        `Trang tiếng Anh ghi tên một cơ quan khác (tiêu đề: “${title}” — ${w.why.vi}), không phải cơ quan này (${me.source}).`,
        `The English pages name another agency (title: “${title}” — ${w.why.en}), not this one (${me.source}).`,
      ),
      wrong.slice(0, 3).map(({ why: _why, ...e }) => e),
      { pages: wrong.length, identity: { ...me, places: [...myPlaces], agency: myAgency } },
    );
  }
  if (right.length) return judgement('pass', tx('Trang tiếng Anh ghi đúng tên cơ quan.', 'The English pages name this agency.'), right.slice(0, 2));
  return judgement('pass', tx('Tiêu đề trang tiếng Anh không nêu cơ quan nào khác.', 'The English page titles name no other agency.'), en.slice(0, 2).map((p) => ({ url: p.finalUrl || p.url, selector: 'title', snippet: clip(p.facts!.title, 120) })));
});

const TODAY_WIDGET = /(thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật|hôm nay|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[\s,:]*$/i;
/** Deadlines and validity dates are not publication dates. */
const DEADLINE = /(hạn|hạn chót|đến ngày|tới ngày|trước ngày|hết hạn|kết thúc|hiệu lực từ|có hiệu lực|deadline|until|due)[^\d]{0,15}$/i;

/** The few characters written just before a date inside its snippet (to tell "Thứ Bảy, 28/11" or "hạn góp ý 30/12" apart). */
export function textBeforeDate(snippet: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const re = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})/g;
  for (const x of snippet.matchAll(re)) {
    const [yy, mm, dd] = x[1] ? [+x[4], +x[3], +x[1]] : [+x[5], +x[6], +x[7]];
    if (yy === y && mm === m && dd === d) return snippet.slice(Math.max(0, (x.index ?? 0) - 25), x.index);
  }
  return '';
}

/** Newest dated item ≤ freshDays old → pass; ≤ staleDays → warn; older → fail (Decree 42/2022 Art. 4(2)). */
export const judgeFreshness = defineJudge('freshness', (ctx) => {
  const s = ctx.snapshot;
  const on = ctx.on;
  const limit = on; // dates after the reference date are typos or other widgets
  const cands: { date: string; ev: Evidence }[] = [];
  // Publication dates live on the home page, news lists and articles (not on forms, document lists or footers).
  const home = homePage(s);
  const newsy = (p: PageSnapshot) => p === home || /tin|news|su-kien|bai-viet|view_content|chi-tiet|article/i.test(p.finalUrl || p.url) || classifyPage(p).sections.includes('news');
  for (const p of htmlPages(s).filter(newsy)) {
    for (const d of p.facts.dates) {
      const before = textBeforeDate(d.snippet, d.date);
      if (d.date > limit || TODAY_WIDGET.test(before) || DEADLINE.test(before)) continue;
      cands.push({ date: d.date, ev: { url: p.finalUrl || p.url, snippet: clip(d.snippet, 140) } });
    }
  }
  for (const f of s.feeds) for (const it of f.items) if (it.published && it.published.slice(0, 10) <= limit) cands.push({ date: it.published.slice(0, 10), ev: { url: it.link || f.url, snippet: clip(`feed item “${it.title}” ${it.published}`, 140) } });
  if (cands.length === 0) return judgement('warn', tx('Không tìm thấy tin, bài có ngày đăng để đánh giá mức độ cập nhật.', 'No dated news item was found to judge how current the site is.'), [{ url: s.startUrl, snippet: `reference date ${on}` }]);
  cands.sort((a, b) => b.date.localeCompare(a.date));
  const newest = cands[0];
  const age = daysBetween(newest.date, on);
  const ev = [newest.ev];
  const { freshDays, staleDays } = ctx.options;
  if (age <= freshDays) return judgement('pass', tx(`Tin mới nhất ngày ${newest.date} (${age} ngày trước ${on}).`, `Newest item dated ${newest.date} (${age} days before ${on}).`), ev, { newest: newest.date, ageDays: age });
  if (age <= staleDays) return judgement('warn', tx(`Tin mới nhất đã ${age} ngày (ngày ${newest.date}); nên cập nhật trong ${freshDays} ngày.`, `The newest item is ${age} days old (${newest.date}); expected within ${freshDays} days.`), ev, { newest: newest.date, ageDays: age });
  return judgement('fail', tx(`Trang không được cập nhật: tin mới nhất đã ${age} ngày (ngày ${newest.date}).`, `The site is not kept current: the newest item is ${age} days old (${newest.date}).`), ev, { newest: newest.date, ageDays: age });
});
