/**
 * C7 — Footer / home-page identity, header, main menu, sitemap, licence line.
 *
 * Inputs: the home page's facts (footerText, headerText, headerImages, links with regions, mainText), the raw
 * HTML as a fallback for the footer, snapshot.sitemaps, and the site context (agency, level, siteType).
 *
 * Text assembled from separate nodes. Pages rendered by React/Vue often emit label, colon and value as separate
 * text nodes or elements, so the extracted text may read "Chịu trách nhiệm chính : Nguyễn Văn An , Giám đốc".
 * Identity items are read from the text with the whitespace before punctuation (`,.:;!?)`) and after an opening
 * bracket removed ({@link tidyPunctuation}), so "label : value" and "label: value" are the same.
 *
 * Person responsible — placeholder names (decision). A placeholder such as "Nguyễn Văn A" / "Trần Thị B" (a
 * single capital letter as given name, see checks/people.ts) has the shape of a name but names nobody: it is what
 * a template or sample data shows until the real name is filled in. It is **not accepted** as the named person
 * responsible (no `pass`), and it is **not reported as missing** either: the item is there, so the finding is a
 * `warn` ("given as a placeholder name — publish the real name"), or a `fail` only when another item is missing.
 * Bodies ("Ban Biên tập", "Văn phòng Sở") and names inside an address (the street "đường Hoàng Văn Thụ") are still
 * no person at all.
 */
import type { PageSnapshot } from '../snapshot.js';
import { foldVi, normalizeForMatch } from '../match/text.js';
import type { Evidence, Judgement } from '../rules/types.js';
import { NAME_RE, emailsIn, isPlaceholderName, phonesIn } from './people.js';
import { analyseSections, sectionEvidence } from './sections.js';
import { around, clip, defineJudge, dom, homePage, judgement, tx } from './util.js';

export function footerOf(p: PageSnapshot): { text: string; selector: string } {
  if (p.facts?.footerText) return { text: p.facts.footerText, selector: 'footer' };
  const $ = dom(p);
  if ($) {
    for (const sel of ['footer', '#footer', '.footer', '[class*=footer]', '[id*=footer]']) {
      const t = $(sel).last().text().replace(/\s+/g, ' ').trim();
      if (t.length > 20) return { text: t, selector: sel };
    }
  }
  const main = p.facts?.mainText ?? '';
  return { text: main.slice(Math.floor(main.length * 0.75)), selector: '(last quarter of the page text)' };
}

const AGENCY_WORDS = /(sở|ủy ban nhân dân|uỷ ban nhân dân|ubnd|bộ|cục|chi cục|tổng cục|ban|trung tâm|văn phòng|cổng thông tin điện tử|trang thông tin điện tử|department|ministry|people.s committee)\s+\p{Lu}/iu;
const MANAGING = /(cơ quan chủ quản|đơn vị chủ quản|cơ quan quản lý|đơn vị quản lý|chủ quản|cơ quan chủ trì|managed by|governing agency)/i;
const RESPONSIBLE = /((người\s+)?chịu trách nhiệm(\s+(chính|nội dung|quản lý nội dung|xuất bản))?|trưởng ban biên tập|tổng biên tập|phụ trách (nội dung|trang)|responsible)\s*:?/giu;
/** The next field of a footer: the responsible-person entry ends there. */
const NEXT_FIELD = /(địa chỉ|trụ sở|điện thoại|đt\s*:|tel\b|fax\b|e-?mail|thư điện tử|website|giấy phép|bản quyền|©|cơ quan chủ quản|đơn vị (chủ quản|quản lý)|ghi rõ nguồn|address|phone)/iu;
/** Honorifics and degrees that may stand before a name ("Ông", "Bà", "Đ/c", "TS.", "ThS."). */
const HONORIFIC = /^(?:(?:ông|bà|ông\/bà|đồng chí|đ\/c|mr\.?|mrs\.?|ms\.?|gs\.?|pgs\.?|ts\.?|ths\.?|ks\.?|ls\.?|bs\.?|cn\.?)(?:\s*[.,:]?\s*|$))+/iu;
/** A position that may stand before the name ("Giám đốc Nguyễn Văn An", "Phó Giám đốc Sở, Trưởng Ban Biên tập: …"). */
const POSITION_LEAD = /^(phó\s+)?(giám đốc|chủ tịch|chánh văn phòng|chánh thanh tra|trưởng ban|trưởng phòng|tổng biên tập|bí thư|thủ trưởng|cục trưởng|chi cục trưởng|bộ trưởng|thứ trưởng|trưởng|director|deputy director|chairman|chairwoman|head)(?![\p{L}])/iu;
/** A position (optionally with an honorific) ending the text right before the name ("… Trưởng ban: Ông"). */
const POSITION_TAIL = /(?<![\p{L}])(giám đốc|chủ tịch|chánh văn phòng|trưởng ban(\s+biên tập)?|tổng biên tập|trưởng phòng|thủ trưởng|director|head)\s*[:,–—-]?\s*(ông|bà|đồng chí|đ\/c)?\s*[:.]?$/iu;
/** Words of an address: a name after them is a street, a ward or a building, not a person. */
const ADDRESS_WORDS = /(?<![\p{L}])(đường|phố|ngõ|ngách|hẻm|số\s*\d|phường|thị trấn|thôn|xóm|tổ dân phố|tổ\s*\d|khu phố|quốc lộ|tỉnh lộ|đại lộ|street|road|avenue)(?![\p{L}])/iu;

/**
 * Whitespace that separate text nodes put before punctuation removed: "Chịu trách nhiệm chính : Nguyễn Văn A ,
 * Chủ tịch" → "Chịu trách nhiệm chính: Nguyễn Văn A, Chủ tịch"; "( 0209 )" → "(0209)". Whitespace runs collapse.
 */
export function tidyPunctuation(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ +([,.:;!?)\]])/g, '$1')
    .replace(/([(\[]) +/g, '$1')
    .trim();
}

/**
 * The person responsible for the content, named right after the label: "Chịu trách nhiệm chính: Ông Nguyễn Văn An -
 * Giám đốc Sở", "Người chịu trách nhiệm: Giám đốc Nguyễn Văn An". Only honorifics and a position may stand between
 * the label and the name; a body ("Ban Biên tập", "Văn phòng Sở") is not a person, and a name further on (the
 * street of the next line's address, "đường Hoàng Văn Thụ") is not the person responsible.
 */
function responsiblePerson(raw: string): { ok: boolean; placeholder?: string; snippet?: string } {
  const text = tidyPunctuation(raw);
  let first: string | undefined;
  let placeholder: { name: string; snippet: string } | undefined;
  RESPONSIBLE.lastIndex = 0;
  for (const m of text.matchAll(RESPONSIBLE)) {
    const start = (m.index ?? 0) + m[0].length;
    let entry = text.slice(start, start + 120);
    const next = NEXT_FIELD.exec(entry);
    if (next) entry = entry.slice(0, next.index);
    const snippet = clip(text.slice(m.index ?? 0, start) + entry, 120);
    first ??= snippet;
    NAME_RE.lastIndex = 0;
    const name = NAME_RE.exec(entry);
    NAME_RE.lastIndex = 0;
    if (!name) continue;
    let lead = entry.slice(0, name.index).replace(/^[\s:.,;–—-]+/u, '').trim();
    if (ADDRESS_WORDS.test(lead)) continue;
    lead = lead.replace(HONORIFIC, '').trim();
    // "Ban Biên tập … — Trưởng ban: Nguyễn Văn An": a position right before the name also introduces a person.
    if (lead && !POSITION_LEAD.test(lead) && !POSITION_TAIL.test(lead)) continue;
    // after a position, only more of the position (agency, "Trưởng Ban Biên tập") and an honorific may follow
    if (lead.length > 90) continue;
    // "Nguyễn Văn A": the shape of a name, but nobody's — keep looking for a real one, else report the placeholder
    if (isPlaceholderName(name[0])) {
      placeholder ??= { name: name[0], snippet };
      continue;
    }
    return { ok: true, snippet };
  }
  if (placeholder) return { ok: false, placeholder: placeholder.name, snippet: placeholder.snippet };
  return { ok: false, snippet: first };
}
const COPYRIGHT = /©|\(c\)|®|bản quyền|copyright|ghi rõ nguồn|phát hành lại|all rights reserved/i;

interface Item {
  key: string;
  vi: string;
  en: string;
  ok: boolean;
  ev?: Evidence;
  /** Present but given as a placeholder name ("Nguyễn Văn A"): not `ok`, not missing either. */
  placeholder?: { name: string; snippet?: string };
}

function identityItems(raw: string, url: string, selector: string, agency?: string): Item[] {
  const text = tidyPunctuation(raw);
  const agencyOk = (agency && foldVi(text).includes(foldVi(agency))) || AGENCY_WORDS.test(text) || MANAGING.test(text);
  const { ok: respOk, placeholder, snippet: respSnippet } = responsiblePerson(text);
  const phones = phonesIn(text);
  const emails = emailsIn(text);
  const mk = (key: string, vi: string, en: string, ok: boolean, snippet?: string): Item => ({ key, vi, en, ok, ev: ok && snippet ? { url, selector, snippet } : undefined });
  return [
    mk('agency', 'tên cơ quan chủ quản/đơn vị quản lý', 'managing agency / unit name', !!agencyOk, around(text, AGENCY_WORDS, 60) ?? around(text, MANAGING, 60) ?? clip(text, 80)),
    { ...mk('responsible', 'người chịu trách nhiệm (họ tên)', 'person responsible (named)', respOk, respSnippet), ...(placeholder ? { placeholder: { name: placeholder, snippet: respSnippet } } : {}) },
    mk('address', 'địa chỉ', 'address', /(địa chỉ|trụ sở|address|\badd)\s*:?/i.test(text), around(text, /(địa chỉ|trụ sở|address|\badd)\s*:?/i, 50)),
    mk('phone', 'điện thoại', 'phone', phones.length > 0, phones[0]),
    mk('email', 'thư điện tử', 'e-mail', emails.length > 0, emails[0]),
    mk('copyright', 'bản quyền', 'copyright notice', COPYRIGHT.test(text), around(COPYRIGHT.test(text) ? text : '', COPYRIGHT, 40)),
  ];
}

function itemsJudgement(items: Item[], need: string[], url: string, what: { vi: string; en: string }, extraMissingNote?: Judgement['message']): Judgement {
  const relevant = items.filter((i) => need.includes(i.key));
  const missing = relevant.filter((i) => !i.ok && !i.placeholder);
  const placeholders = relevant.filter((i) => !i.ok && i.placeholder);
  const ev = relevant.map((i) => i.ev).filter(Boolean) as Evidence[];
  const phEv: Evidence[] = placeholders.map((i) => ({ url, snippet: i.placeholder!.snippet ?? i.placeholder!.name }));
  const phVi = placeholders.map((i) => `${i.vi} được ghi bằng tên mẫu “${i.placeholder!.name}”, không phải họ tên thật`).join('; ');
  const phEn = placeholders.map((i) => `${i.en} is given as the placeholder name “${i.placeholder!.name}”, not a real name`).join('; ');
  if (missing.length === 0 && placeholders.length === 0) return judgement('pass', tx(`${what.vi} có đủ: ${relevant.map((i) => i.vi).join(', ')}.`, `${what.en} has all of: ${relevant.map((i) => i.en).join(', ')}.`), ev);
  if (missing.length === 0) {
    return judgement(
      'warn',
      tx(`${what.vi} có đủ các mục, nhưng ${phVi} (mẫu chưa điền hoặc dữ liệu mẫu).`, `${what.en} has every item, but the ${phEn} (an unfilled template or sample data).`),
      [...ev, ...phEv],
      { placeholder: placeholders.map((i) => i.key) },
    );
  }
  return judgement(
    'fail',
    tx(
      `${what.vi} thiếu: ${missing.map((i) => i.vi).join(', ')}.${phVi ? ` Ngoài ra ${phVi}.` : ''}${extraMissingNote ? ' ' + extraMissingNote.vi : ''}`,
      `${what.en} lacks: ${missing.map((i) => i.en).join(', ')}.${phEn ? ` Also, the ${phEn}.` : ''}${extraMissingNote ? ' ' + extraMissingNote.en : ''}`,
    ),
    [...ev, ...phEv, { url, snippet: `missing: ${missing.map((i) => i.en).join(', ')}` }],
    { missing: missing.map((i) => i.key), ...(placeholders.length ? { placeholder: placeholders.map((i) => i.key) } : {}) },
  );
}

/** Footer: copyright + managing agency, person responsible, address, phone, e-mail (Circular 32/2017 Art. 16(3)(c)). */
export const judgeFooter = defineJudge('footer', (ctx) => {
  const home = homePage(ctx.snapshot);
  if (!home?.facts) return judgement('error', tx('Không đọc được trang chủ.', 'The home page could not be read.'), []);
  const url = home.finalUrl || home.url;
  const { text, selector } = footerOf(home);
  const items = identityItems(text, url, selector, ctx.site.agency);
  return itemsJudgement(items, ['copyright', 'agency', 'responsible', 'address', 'phone', 'email'], url, { vi: 'Chân trang', en: 'The footer' });
});

/** Home page identity: managing organisation, address, e-mail, phone, person responsible for content (Circular 09/2014 Art. 2(3); Decree 174/2026 Art. 93(1)). */
export const judgeHomepageIdentity = defineJudge('homepage-identity', (ctx) => {
  const home = homePage(ctx.snapshot);
  if (!home?.facts) return judgement('error', tx('Không đọc được trang chủ.', 'The home page could not be read.'), []);
  const url = home.finalUrl || home.url;
  const f = home.facts;
  const { text: foot, selector } = footerOf(home);
  const items = identityItems(`${f.headerText} ${foot}`, url, selector, ctx.site.agency);
  // The whole home page counts (not only the footer) for these items.
  const whole = identityItems(`${f.headerText} ${f.mainText} ${foot}`, url, 'body', ctx.site.agency);
  const merged = items.map((i) => (i.ok ? i : whole.find((w) => w.key === i.key)!));
  return itemsJudgement(merged, ['agency', 'responsible', 'address', 'phone', 'email'], url, { vi: 'Trang chủ', en: 'The home page' });
});

const EMBLEM = /quoc[-_ ]?huy|quốc huy|emblem|logo|bieu[-_ ]?trung|biểu trưng|banner|header/i;

/** Header: national emblem or logo + the agency's full Vietnamese name (Circular 32/2017 Art. 16(3)(a)). */
export const judgeHeaderBanner = defineJudge('header-banner', (ctx) => {
  const home = homePage(ctx.snapshot);
  if (!home?.facts) return judgement('error', tx('Không đọc được trang chủ.', 'The home page could not be read.'), []);
  const url = home.finalUrl || home.url;
  const f = home.facts;
  let imgs = f.headerImages.filter((i) => EMBLEM.test(`${i.alt} ${i.src}`));
  const $ = dom(home);
  if (imgs.length === 0 && $) {
    // Banners often sit in the first block as a background image or an <img> inside a "banner"/"logo" container.
    $('[class*=banner] img, [id*=banner] img, [class*=logo] img, [id*=logo] img, header img, #header img, .header img').each((_, el) => {
      imgs.push({ src: $(el).attr('src') ?? '', alt: $(el).attr('alt') ?? '' });
    });
    imgs = imgs.slice(0, 3);
  }
  const agency = ctx.site.agency;
  const headerText = `${f.headerText} ${f.headerImages.map((i) => i.alt).join(' ')}`;
  const nameOk = agency ? foldVi(headerText).includes(foldVi(agency)) : AGENCY_WORDS.test(headerText);
  const ev: Evidence[] = imgs.slice(0, 2).map((i) => ({ url, selector: 'header img', snippet: clip(`img alt="${i.alt}" src=${i.src}`, 120) }));
  if (nameOk) ev.push({ url, selector: 'header', snippet: clip(f.headerText || headerText, 120) });
  if (imgs.length && nameOk) return judgement('pass', tx('Đầu trang có quốc huy/biểu trưng và tên cơ quan.', 'The header shows the emblem/logo and the agency name.'), ev);
  if (imgs.length) {
    return judgement(
      'warn',
      tx(
        `Đầu trang có ảnh biểu trưng/banner nhưng không đọc được tên đầy đủ của cơ quan dạng chữ${agency ? ` (“${agency}”)` : ''}; có thể tên nằm trong ảnh.`,
        `The header has an emblem/banner image but the agency's full name${agency ? ` (“${agency}”)` : ''} is not readable as text; it may be inside the image.`,
      ),
      ev,
    );
  }
  return judgement('fail', tx('Đầu trang không có quốc huy/biểu trưng và tên cơ quan.', 'The header has no emblem/logo and agency name.'), [{ url, selector: 'header', snippet: clip(f.headerText || '(empty header)', 120) }]);
});

const MENU_ITEMS: { key: string; vi: string; en: string; re: RegExp }[] = [
  { key: 'home', vi: 'Trang chủ', en: 'Home', re: /^(trang chu|home|trang chinh)$/ },
  { key: 'intro', vi: 'Giới thiệu', en: 'Introduction', re: /\b(gioi thieu|about)\b/ },
  { key: 'dvc', vi: 'Dịch vụ công trực tuyến', en: 'Online public services', re: /\b(dich vu cong|thu tuc hanh chinh|dvc|tthc|public services?)\b/ },
  { key: 'sitemap', vi: 'Sơ đồ cổng/trang', en: 'Sitemap', re: /\b(so do (cong|trang|site|website|web)|sitemap|site map)\b/ },
];

/** Main menu with at least Home, Introduction, Online public services, Sitemap (Circular 32/2017 Art. 16(3)(a)). */
export const judgeMainMenu = defineJudge('main-menu', (ctx) => {
  const home = homePage(ctx.snapshot);
  if (!home?.facts) return judgement('error', tx('Không đọc được trang chủ.', 'The home page could not be read.'), []);
  const url = home.finalUrl || home.url;
  let links = home.facts.links.filter((l) => l.region === 'menu');
  if (links.length === 0) links = home.facts.links.filter((l) => l.region === 'header');
  const found = MENU_ITEMS.map((m) => ({ m, l: links.find((l) => m.re.test(normalizeForMatch(l.text))) }));
  const missing = found.filter((x) => !x.l);
  const ev: Evidence[] = found.filter((x) => x.l).map((x) => ({ url, selector: x.l!.selector ?? 'nav a', snippet: `“${x.l!.text}” → ${x.l!.url}` }));
  if (links.length === 0) return judgement('fail', tx('Không nhận ra menu chính trên trang chủ.', 'No main menu was recognised on the home page.'), [{ url, snippet: 'no links in a menu/header region' }]);
  if (missing.length === 0) return judgement('pass', tx('Menu chính có Trang chủ, Giới thiệu, Dịch vụ công, Sơ đồ cổng.', 'The main menu has Home, Introduction, Online public services and Sitemap.'), ev);
  return judgement(
    'fail',
    tx(`Menu chính thiếu: ${missing.map((x) => x.m.vi).join(', ')}.`, `The main menu lacks: ${missing.map((x) => x.m.en).join(', ')}.`),
    [...ev, { url, selector: 'nav', snippet: `menu items: ${clip(links.map((l) => l.text).filter(Boolean).join(' | '), 200)}` }],
    { missing: missing.map((x) => x.m.key) },
  );
});

/** Sitemap both as a page for people and as XML for search engines (Circular 32/2017 Art. 16(4)(b)). */
export const judgeSitemap = defineJudge('sitemap', (ctx) => {
  const s = ctx.snapshot;
  const html = analyseSections(s).get('sitemap')!;
  const xml = s.sitemaps.filter((m) => m.kind !== 'invalid' && (m.urls.length > 0 || m.kind === 'sitemapindex'));
  const htmlOk = html.state === 'present' || html.state === 'deep';
  const ev: Evidence[] = [...(htmlOk || html.state !== 'missing' ? sectionEvidence(html, 2) : []), ...xml.slice(0, 2).map((m) => ({ url: m.url, snippet: `${m.kind}, ${m.urls.length} URLs` }))];
  const bad = s.sitemaps.filter((m) => m.kind === 'invalid');
  if (htmlOk && xml.length) return judgement('pass', tx('Có sơ đồ trang dạng cây và tệp sitemap XML.', 'There is a sitemap page and an XML sitemap.'), ev);
  const miss = [!htmlOk && ['sơ đồ trang (HTML)', 'sitemap page'], !xml.length && ['tệp sitemap XML', 'XML sitemap']].filter(Boolean) as string[][];
  return judgement(
    'fail',
    tx(`Thiếu ${miss.map((m) => m[0]).join(' và ')}.${bad.length ? ` Sitemap không đọc được: ${bad.map((b) => `${b.url}${b.error ? ` (${b.error})` : ''}`).join(', ')}.` : ''}`, `Missing ${miss.map((m) => m[1]).join(' and ')}.${bad.length ? ` Unreadable sitemap: ${bad.map((b) => `${b.url}${b.error ? ` (${b.error})` : ''}`).join(', ')}.` : ''}`),
    ev.length ? ev : [{ url: s.startUrl, snippet: `sitemaps tried: ${s.sitemaps.map((m) => m.url).join(', ') || 'none'}` }],
  );
});

const STATE_LEVELS = ['province', 'department', 'district', 'commune', 'unit'];
const LICENCE = /giấy phép\s*(số|so)?\s*:?\s*[\dA-Z][\w/.-]*/i;

/**
 * Licence line (number, date, issuer) on a general-information site (Circular 09/2014 Art. 2(3); Decree 147/2024).
 * A state agency's own portal/site needs no licence (Circular 09/2014 Art. 2(1)(c); Decree 147/2024 Art. 24(2)).
 */
export const judgeLicence = defineJudge('licence', (ctx) => {
  const site = ctx.site;
  if (site.siteType !== 'general') {
    if (site.level && STATE_LEVELS.includes(site.level)) {
      return judgement(
        'not_applicable',
        tx(
          'Không áp dụng: trang thông tin điện tử của cơ quan nhà nước không phải cấp phép (điểm c khoản 1 Điều 2 Thông tư 09/2014/TT-BTTTT; khoản 2 Điều 24 Nghị định 147/2024/NĐ-CP). Nếu trang chủ yếu đăng lại tin tổng hợp thì cần giấy phép (khoản 3 Điều 24).',
          "Not applicable: a state agency's own website needs no licence (Circular 09/2014 Art. 2(1)(c); Decree 147/2024 Art. 24(2)). A site that mainly republishes aggregated news would need one (Art. 24(3)).",
        ),
        [],
      );
    }
    if (!site.siteType) return judgement('not_applicable', tx('Không áp dụng vì chưa biết loại trang (dùng --site-type general cho trang tổng hợp).', 'Not applicable because the site type is unknown (use --site-type general for a general-information site).'), []);
    return judgement('not_applicable', tx('Chỉ trang thông tin điện tử tổng hợp phải có giấy phép.', 'Only general-information sites need a licence.'), []);
  }
  const home = homePage(ctx.snapshot);
  if (!home?.facts) return judgement('error', tx('Không đọc được trang chủ.', 'The home page could not be read.'), []);
  const url = home.finalUrl || home.url;
  const text = `${footerOf(home).text} ${home.facts.mainText}`;
  const m = LICENCE.exec(text);
  if (!m) return judgement('fail', tx('Trang tổng hợp không ghi số giấy phép, ngày cấp, cơ quan cấp.', 'The general-information site shows no licence number, date and issuer.'), [{ url, selector: 'footer', snippet: clip(footerOf(home).text, 160) }]);
  const win = text.slice(m.index, m.index + 160);
  const hasDate = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d/i.test(win);
  const hasIssuer = /(sở|cục|bộ)\s/i.test(win);
  if (hasDate && hasIssuer) return judgement('pass', tx('Có số giấy phép, ngày cấp và cơ quan cấp.', 'Licence number, date and issuer are shown.'), [{ url, selector: 'footer', snippet: clip(win, 160) }]);
  return judgement('fail', tx('Dòng giấy phép thiếu ngày cấp hoặc cơ quan cấp.', 'The licence line lacks the date or the issuer.'), [{ url, selector: 'footer', snippet: clip(win, 160) }]);
});
