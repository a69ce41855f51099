/**
 * C10 — English version and freshness.
 *
 * English pages are recognised by their *content* (a page with lang="en" whose text is Vietnamese is a language
 * switch that does not translate). Identity: the English pages must name this agency — a sub-site cloned from
 * another agency's template and never renamed (title "…Quận Ba Đình" on a department's site) fails.
 *
 * Freshness: the newest dated item on the site (home, lists, feeds, sitemap lastmod) against the reference date
 * `--on`. Date-of-today widgets ("Thứ Bảy, 27/08/2022") are ignored.
 *
 * Inputs: pages[].facts.{title,lang,mainText,headings,dates,emails,phones}, snapshot.englishUrl, feeds, sitemaps.
 */
import type { PageSnapshot, SiteSnapshot } from '../snapshot.js';
import { classifyPage, titleSegments } from '../match/matcher.js';
import { foldVi, guessLanguage, normalizeForMatch } from '../match/text.js';
import type { Evidence, JudgeContext } from '../rules/types.js';
import { emailsIn, findPeople, phonesIn } from './people.js';
import { analyseSections } from './sections.js';
import { clip, daysBetween, defineJudge, homePage, htmlPages, judgement, normUrl, pageIndex, tx } from './util.js';

export function englishPages(s: SiteSnapshot): PageSnapshot[] {
  return htmlPages(s).filter((p) => guessLanguage(`${p.facts.title} ${p.facts.mainText.slice(0, 6000)}`).lang === 'en');
}

/** Pages that claim English (lang/URL/entry) but whose content is not English. */
function fakeEnglish(s: SiteSnapshot): PageSnapshot[] {
  return htmlPages(s).filter(
    (p) =>
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

/** English information on the organisation, functions, duties and powers (Decree 42/2022 Art. 7(2)(a)). */
export const judgeEnglishOrg = defineJudge('english-org', (ctx) => {
  const en = englishPages(ctx.snapshot);
  if (en.length === 0) return noEnglish(ctx);
  const cands = en
    .map((p) => {
      const g = guessLanguage(p.facts!.mainText);
      const secs = classifyPage(p).sections;
      const orgish = secs.some((x) => ['org-structure', 'functions', 'introduction'].includes(x)) || ORG_EN.test(`${p.facts!.title} ${p.facts!.headings.map((h) => h.text).join(' ')} ${p.facts!.mainText.slice(0, 600)}`);
      return { p, words: g.englishWords, orgish };
    })
    .filter((c) => c.orgish)
    .sort((a, b) => b.words - a.words);
  const best = cands[0];
  if (best && best.words >= 150) {
    return judgement('pass', tx(`Có trang tiếng Anh về cơ cấu tổ chức, chức năng (${best.words} từ).`, `An English page on the organisation and functions (${best.words} words).`), [{ url: best.p.finalUrl || best.p.url, snippet: clip(best.p.facts!.title, 100) }]);
  }
  return judgement(
    'fail',
    tx('Trang tiếng Anh không có nội dung đủ về cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn (≥150 từ).', 'The English pages lack substantial content (≥150 words) on structure, functions, duties and powers.'),
    (best ? [best.p] : en.slice(0, 2)).map((p) => ({ url: p.finalUrl || p.url, snippet: clip(p.facts!.title, 100) })),
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
    const people = findPeople(text).filter((b) => b.phone || b.email);
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
export const judgeEnglishCurrent = defineJudge('english-current', (ctx) => {
  const s = ctx.snapshot;
  const en = englishPages(s);
  if (en.length === 0) return noEnglish(ctx);
  const idx = pageIndex(s);
  const leaderPages = analyseSections(s).get('leaders')!.pages.map((c) => idx.get(normUrl(c.url))).filter(Boolean) as PageSnapshot[];
  const viNames = [...new Set(leaderPages.flatMap((p) => findPeople(p.facts?.mainText ?? '').map((b) => foldVi(b.name))))];
  const enNames = new Set(en.flatMap((p) => findPeople(p.facts!.mainText).map((b) => foldVi(b.name))));
  const enText = normalizeForMatch(en.map((p) => p.facts!.mainText).join(' '));
  if (viNames.length === 0) return judgement('warn', tx('Không tìm được danh sách lãnh đạo tiếng Việt để so sánh.', 'No Vietnamese leader list was found to compare with.'), [{ url: en[0].finalUrl || en[0].url, snippet: 'no leaders page with names' }]);
  const missing = viNames.filter((n) => !enNames.has(n) && !enText.includes(normalizeForMatch(n)));
  const ev: Evidence[] = [{ url: leaderPages[0].finalUrl || leaderPages[0].url, snippet: `VN leaders: ${viNames.join(', ')}` }];
  if (missing.length === viNames.length) {
    return judgement('warn', tx(`Trang tiếng Anh không nêu tên lãnh đạo nào (${viNames.length} người trên trang tiếng Việt) nên không so sánh được.`, `The English pages name none of the ${viNames.length} leaders on the Vietnamese pages, so they cannot be compared.`), ev);
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

/** The English pages identify this agency (not another one whose template was copied). */
export const judgeEnglishIdentity = defineJudge('english-identity', (ctx) => {
  const en = englishPages(ctx.snapshot);
  if (en.length === 0) return noEnglish(ctx);
  const me = siteIdentity(ctx);
  const wrong: Evidence[] = [];
  const right: Evidence[] = [];
  for (const p of en) {
    const segs = titleSegments(p.facts!.title).filter((x) => !GENERIC_TITLE.test(normalizeForMatch(x)));
    for (const seg of segs) {
      const m = agencyMention(seg);
      if (!m) continue;
      const ev = { url: p.finalUrl || p.url, selector: 'title', snippet: `<title>${clip(p.facts!.title, 120)}</title>` };
      const kindClash = me.kind && m.kind !== me.kind && !(me.kind === 'unit' || m.kind === 'unit');
      const nameClash = me.kind === m.kind && me.name && m.name && !sameName(me.name, m.name);
      if (kindClash || nameClash) wrong.push(ev);
      else right.push(ev);
    }
  }
  if (wrong.length) {
    return judgement(
      'fail',
      tx(
        `Trang tiếng Anh ghi tên một cơ quan khác (tiêu đề: “${clip(wrong[0].snippet!.replace(/<\/?title>/g, ''), 80)}”), không phải cơ quan này (${me.source}).`,
        `The English pages name another agency (title: “${clip(wrong[0].snippet!.replace(/<\/?title>/g, ''), 80)}”), not this one (${me.source}).`,
      ),
      wrong.slice(0, 3),
      { pages: wrong.length, identity: me },
    );
  }
  if (right.length) return judgement('pass', tx('Trang tiếng Anh ghi đúng tên cơ quan.', 'The English pages name this agency.'), right.slice(0, 2));
  return judgement('pass', tx('Tiêu đề trang tiếng Anh không nêu cơ quan nào khác.', 'The English page titles name no other agency.'), en.slice(0, 2).map((p) => ({ url: p.finalUrl || p.url, selector: 'title', snippet: clip(p.facts!.title, 120) })));
});

const TODAY_WIDGET = /thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật|hôm nay|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;

/** Newest dated item ≤ freshDays old → pass; ≤ staleDays → warn; older → fail (Decree 42/2022 Art. 4(2)). */
export const judgeFreshness = defineJudge('freshness', (ctx) => {
  const s = ctx.snapshot;
  const on = ctx.on;
  const limit = on; // dates after the reference date are typos or other widgets
  const cands: { date: string; ev: Evidence }[] = [];
  for (const p of htmlPages(s)) {
    for (const d of p.facts.dates) {
      if (d.date > limit || TODAY_WIDGET.test(d.snippet)) continue;
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
