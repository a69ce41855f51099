/**
 * C3 — Contacts, judged over the whole site.
 *
 *  - agency contacts: address, phone, e-mail (fax optional) anywhere (footer, contact page);
 *  - officials: a named person with a position *and* an official (.gov.vn) e-mail (Decree 42/2022 Art. 4(1)(e):
 *    "email công vụ"; Law on IT Art. 28). Personal mailboxes (Gmail, Yahoo…) fail. A directory page ("Danh bạ")
 *    counts for the site even when the leaders page alone lists names without contacts; if the directory's
 *    per-person entries could not be seen (or officials show phones only), the result is a `warn`;
 *  - spokesperson: name, phone, e-mail (Decree 09/2017 → 244/2026);
 *  - the person/unit receiving information requests (Law on Access to Information Art. 19(1)(đ)).
 *
 * Inputs: pages[].facts.{mainText,footerText,emails,phones}, section analysis (src/checks/sections.ts).
 */
import type { PageSnapshot } from '../snapshot.js';
import { foldVi, guessLanguage } from '../match/text.js';
import type { Evidence } from '../rules/types.js';
import { emailsIn, findPeople, phonesIn, type PersonBlock } from './people.js';
import { analyseSections, sectionEvidence } from './sections.js';
import { around, clip, defineJudge, hostOf, htmlPages, judgement, normUrl, ownHosts, pageIndex, tx } from './util.js';

const ADDRESS = /(địa chỉ|trụ sở|address|\badd)\s*:?\s*[^\n;|]{5,120}/i;

function pageText(p: PageSnapshot): string {
  return `${p.facts?.headerText ?? ''} ${p.facts?.mainText ?? ''} ${p.facts?.footerText ?? ''}`;
}

function isVietnamese(p: PageSnapshot): boolean {
  return guessLanguage(p.facts?.mainText ?? '').lang !== 'en';
}

/** Agency address, phone and e-mail somewhere on the site. */
export const judgeAgencyContacts = defineJudge('agency-contacts', (ctx) => {
  const pages = htmlPages(ctx.snapshot).filter(isVietnamese);
  let address: Evidence | undefined;
  let phone: Evidence | undefined;
  let email: Evidence | undefined;
  let official = false;
  for (const p of pages) {
    const url = p.finalUrl || p.url;
    for (const [text, where] of [[p.facts.footerText, 'footer'], [p.facts.mainText, 'main']] as const) {
      if (!text) continue;
      const a = around(text, ADDRESS, 10);
      if (!address && a) address = { url, selector: where === 'footer' ? 'footer' : undefined, snippet: a };
      const ph = phonesIn(text)[0] ?? p.facts.phones[0];
      if (!phone && ph) phone = { url, selector: where === 'footer' ? 'footer' : undefined, snippet: around(text, new RegExp(ph.replace(/[().+]/g, '\\$&')), 30) ?? ph };
      const em = [...emailsIn(text), ...p.facts.emails];
      if (em.some((e) => /\.gov\.vn$/i.test(e))) official = true;
      if (!email && em[0]) email = { url, selector: where === 'footer' ? 'footer' : undefined, snippet: em[0] };
    }
  }
  const missing = [!address && ['địa chỉ', 'address'], !phone && ['điện thoại', 'phone'], !email && ['thư điện tử', 'e-mail']].filter(Boolean) as string[][];
  const ev = [address, phone, email].filter(Boolean) as Evidence[];
  if (missing.length) {
    return judgement(
      'fail',
      tx(`Thiếu thông tin liên hệ của cơ quan: ${missing.map((m) => m[0]).join(', ')}.`, `Agency contact details missing: ${missing.map((m) => m[1]).join(', ')}.`),
      ev.length ? ev : [{ url: ctx.snapshot.startUrl, snippet: `searched ${pages.length} pages` }],
    );
  }
  if (!official) {
    return judgement('warn', tx('Có địa chỉ, điện thoại, e-mail nhưng e-mail không thuộc tên miền .gov.vn (thư điện tử công vụ).', 'Address, phone and e-mail are given, but no e-mail is on an official .gov.vn domain.'), ev);
  }
  return judgement('pass', tx('Có địa chỉ, điện thoại và thư điện tử của cơ quan.', 'The agency address, phone and e-mail are published.'), ev);
});

/** People (name + position) on every Vietnamese page, with their page. */
function peopleBySite(pages: PageSnapshot[]): { page: PageSnapshot; people: PersonBlock[] }[] {
  return pages.map((page) => ({ page, people: findPeople(page.facts?.mainText ?? '') }));
}

/** Free personal mailboxes: never an official ("công vụ") address. */
const PERSONAL_MAIL = /@(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|mail|proton(mail)?|zoho|yandex|gmx)\.[a-z.]+$/i;

/**
 * An official ("thư điện tử công vụ") address: on `.gov.vn` (or the Party's `.dcs.vn`), or on one of the site's
 * own domains (a unit whose mail system shares its web domain); never a free personal mailbox.
 */
export function isOfficialEmail(email: string, ownHostNames: string[] = []): boolean {
  const domain = (email.split('@')[1] ?? '').toLowerCase();
  if (!domain || PERSONAL_MAIL.test(email)) return false;
  // .gov.vn: the state's official mail; .dcs.vn: the Party's (party bodies and their officials).
  if (/(^|\.)(gov|dcs)\.vn$/.test(domain)) return true;
  return ownHostNames.some((h) => {
    const host = h.toLowerCase().replace(/:\d+$/, '').replace(/^www\./, '');
    return !!host && host.includes('.') && (domain === host || domain.endsWith('.' + host));
  });
}

/**
 * Officials acting as contact points: name, position, phone and official e-mail (Decree 42/2022 Art. 4(1)(e): "họ
 * tên, chức vụ, đơn vị, điện thoại, email công vụ"; REQUIREMENTS.md C3: the e-mail domain must be `.gov.vn`).
 * Site-wide; a directory counts. Named officials with only personal mailboxes (Gmail, Yahoo…) fail; with phones
 * only, a directory that may hold the e-mails turns the result into a warning. Officials whose names are all
 * placeholders ("Nguyễn Văn A", see checks/people.ts) with an official e-mail warn: the contact list has the right
 * shape but names nobody.
 */
export const judgeOfficialContacts = defineJudge('official-contacts', (ctx) => {
  const s = ctx.snapshot;
  const pages = htmlPages(s).filter(isVietnamese);
  const all = peopleBySite(pages);
  const own = [...ownHosts(s), hostOf(s.startUrl)];
  const withContacts = all.flatMap(({ page, people }) => people.filter((b) => b.phone || b.email).map((b) => ({ page, b })));
  const officialAll = withContacts.filter(({ b }) => b.email && isOfficialEmail(b.email, own));
  const official = officialAll.filter(({ b }) => !b.placeholder);
  if (official.length === 0 && officialAll.length > 0) {
    const names = [...new Set(officialAll.map(({ b }) => b.name))].slice(0, 3).join(', ');
    return judgement(
      'warn',
      tx(
        `Có danh sách cán bộ với chức vụ và e-mail công vụ, nhưng họ tên là tên mẫu (${names}), không phải họ tên thật (mẫu chưa điền hoặc dữ liệu mẫu).`,
        `Officials are listed with position and official e-mail, but their names are placeholders (${names}), not real names (an unfilled template or sample data).`,
      ),
      officialAll.slice(0, 4).map(({ page, b }) => ({ url: page.finalUrl || page.url, snippet: clip(b.snippet) })),
      { people: officialAll.length, placeholders: officialAll.length },
    );
  }
  if (official.length > 0) {
    const phones = official.filter(({ b }) => b.phone).length;
    return judgement(
      'pass',
      tx(
        `Có thông tin liên hệ của cán bộ (họ tên, chức vụ, e-mail công vụ${phones ? ', điện thoại' : ''}): ${official.length} người.`,
        `Officials' contact details (name, position, official e-mail${phones ? ', phone' : ''}) are published: ${official.length} people.`,
      ),
      official.slice(0, 4).map(({ page, b }) => ({ url: page.finalUrl || page.url, snippet: clip(b.snippet) })),
      { people: official.length, withPhone: phones },
    );
  }
  const unofficial = withContacts.filter(({ b }) => b.email);
  if (unofficial.length > 0) {
    const list = [...new Set(unofficial.map(({ b }) => b.email!))].slice(0, 3).join(', ');
    return judgement(
      'fail',
      tx(
        `Cán bộ đầu mối được nêu với e-mail không phải thư điện tử công vụ (.gov.vn): ${list}.`,
        `Contact-point officials are listed with e-mail addresses that are not official (.gov.vn) mailboxes: ${list}.`,
      ),
      unofficial.slice(0, 4).map(({ page, b }) => ({ url: page.finalUrl || page.url, snippet: clip(b.snippet) })),
      { people: withContacts.length, official: 0 },
    );
  }
  const sections = analyseSections(s);
  const leaders = sections.get('leaders')!;
  const idx = pageIndex(s);
  const leaderPages = leaders.pages.map((c) => idx.get(normUrl(c.url))).filter(Boolean) as PageSnapshot[];
  const named = leaderPages.flatMap((p) => findPeople(p.facts?.mainText ?? '').map((b) => ({ p, b })));
  // Officials with a phone but no e-mail at all: the official e-mail is missing (or on a directory not seen).
  const phoneOnly = withContacts;
  const leaderEv: Evidence[] = phoneOnly.length
    ? phoneOnly.slice(0, 3).map(({ page, b }) => ({ url: page.finalUrl || page.url, snippet: clip(`${b.name} — ${b.position}; phone ${b.phone}; no e-mail`) }))
    : named.slice(0, 3).map(({ p, b }) => ({ url: p.finalUrl || p.url, snippet: clip(`${b.name} — ${b.position}; no phone/e-mail`) }));
  const directory = sections.get('directory')!;
  if (['present', 'linked', 'deep'].includes(directory.state)) {
    const dirEv = sectionEvidence(directory, 2);
    return judgement(
      'warn',
      tx(
        phoneOnly.length
          ? `${phoneOnly.length} cán bộ có điện thoại nhưng không thấy e-mail công vụ trên các trang đã tải; có trang danh bạ — cần xác minh danh bạ.`
          : `Có trang danh bạ nhưng không thấy được điện thoại/e-mail của từng cán bộ trên các trang đã tải${named.length ? `; trang lãnh đạo chỉ nêu ${named.length} người (họ tên, chức vụ) mà không có liên hệ` : ''}. Cần xác minh danh bạ.`,
        phoneOnly.length
          ? `${phoneOnly.length} officials have a phone but no official e-mail was visible on the fetched pages; a directory page exists — verify the directory.`
          : `A directory page exists, but no per-person phone/e-mail was visible on the fetched pages${named.length ? `; the leaders page names ${named.length} officials (name, position) without contacts` : ''}. Verify the directory.`,
      ),
      [...dirEv, ...leaderEv],
      { directory: directory.state, leadersNamed: named.length, phoneOnly: phoneOnly.length },
    );
  }
  return judgement(
    'fail',
    tx(
      phoneOnly.length
        ? `${phoneOnly.length} cán bộ chỉ có điện thoại, không có e-mail công vụ; không có danh bạ.`
        : named.length
          ? `Trang lãnh đạo nêu ${named.length} người nhưng không có điện thoại, e-mail; không có danh bạ.`
          : 'Không có thông tin liên hệ (họ tên, chức vụ, điện thoại, e-mail) của cán bộ đầu mối, và không có danh bạ.',
      phoneOnly.length
        ? `${phoneOnly.length} officials are listed with a phone only, without an official e-mail, and there is no directory.`
        : named.length
          ? `The leaders page names ${named.length} officials without phone or e-mail, and there is no directory.`
          : "No contact point officials (name, position, phone, e-mail) and no directory were found.",
    ),
    leaderEv.length ? leaderEv : [{ url: s.startUrl, snippet: `searched ${pages.length} pages` }],
  );
});

/** The official e-mail directory of units and officials (Law on IT Art. 28). */
export const judgeDirectory = defineJudge('directory', (ctx) => {
  const s = ctx.snapshot;
  const dir = analyseSections(s).get('directory')!;
  const idx = pageIndex(s);
  const pages = dir.pages.map((c) => idx.get(normUrl(c.url))).filter(Boolean) as PageSnapshot[];
  const emails = [...new Set(pages.flatMap((p) => [...(p.facts?.emails ?? []), ...emailsIn(p.facts?.mainText ?? '')]))];
  const ev = sectionEvidence(dir, 2);
  if (dir.state === 'missing') return judgement('fail', tx('Không có danh bạ thư điện tử của các đơn vị, cán bộ.', 'There is no e-mail directory of units and officials.'), [{ url: s.startUrl, snippet: 'no “Danh bạ” section found' }]);
  if (dir.state === 'empty' || dir.state === 'broken') return judgement('fail', tx('Trang danh bạ trống hoặc lỗi.', 'The directory page is empty or broken.'), ev);
  if (emails.length >= 2) return judgement('pass', tx(`Danh bạ có ${emails.length} địa chỉ e-mail.`, `The directory lists ${emails.length} e-mail addresses.`), [...ev, { url: pages[0].finalUrl || pages[0].url, snippet: emails.slice(0, 3).join(', ') }]);
  return judgement(
    'warn',
    tx('Có trang danh bạ nhưng không thấy địa chỉ e-mail trên trang (có thể nằm ở trang con chưa tải).', 'A directory page exists but shows no e-mail addresses (they may be on sub-pages that were not fetched).'),
    ev,
  );
});

/** Spokesperson's name, phone and e-mail published (Decree 09/2017; Decree 244/2026). */
export const judgeSpokesperson = defineJudge('spokesperson', (ctx) => {
  const s = ctx.snapshot;
  const pages = htmlPages(s).filter(isVietnamese);
  for (const p of pages) {
    const text = pageText(p);
    const f = foldVi(text);
    let i = f.indexOf('nguoi phat ngon');
    while (i >= 0) {
      const win = text.slice(i, i + 400);
      const people = findPeople(win);
      const hasContact = phonesIn(win).length > 0 || emailsIn(win).length > 0;
      if (people.length && hasContact) {
        return judgement('pass', tx('Có thông tin người phát ngôn (họ tên, liên hệ).', "The spokesperson's name and contacts are published."), [{ url: p.finalUrl || p.url, snippet: clip(win, 200) }]);
      }
      i = f.indexOf('nguoi phat ngon', i + 10);
    }
  }
  const sec = analyseSections(s).get('spokesperson')!;
  const ev = sectionEvidence(sec, 2);
  if (sec.state === 'linked') return judgement('warn', tx('Có liên kết “Người phát ngôn” nhưng trang đó chưa được tải để xác minh.', 'A “Spokesperson” link exists but its page was not fetched to verify.'), ev);
  if (sec.state === 'missing') return judgement('fail', tx('Không có thông tin người phát ngôn.', 'No spokesperson information was found.'), [{ url: s.startUrl, snippet: `searched ${pages.length} pages` }]);
  if (sec.state === 'broken') return judgement('fail', tx('Liên kết tới trang người phát ngôn bị lỗi (không mở được).', 'The link to the spokesperson page is broken.'), ev);
  return judgement('fail', tx('Trang người phát ngôn thiếu họ tên, điện thoại hoặc e-mail.', 'The spokesperson page lacks a name, phone or e-mail.'), ev);
});

const FOCAL = /(tiếp nhận|tiep nhan)\s+(yêu cầu|yeu cau)\s+(cung cấp|cung cap)\s+(thông tin|thong tin)|(đầu mối|dau moi)\s+(tiếp nhận|cung cấp|tiep nhan|cung cap)[^.]{0,40}(thông tin|thong tin)|(bộ phận|bo phan|người|nguoi)\s+(cung cấp|cung cap)\s+(thông tin|thong tin)\s+(theo yêu cầu|theo yeu cau)/i;

/** Who receives information requests, with contacts (Law on Access to Information Art. 19(1)(đ)). */
export const judgeInfoFocalPoint = defineJudge('info-focal-point', (ctx) => {
  const pages = htmlPages(ctx.snapshot).filter(isVietnamese);
  let mention: Evidence | undefined;
  for (const p of pages) {
    const text = pageText(p);
    const m = FOCAL.exec(text);
    if (!m) continue;
    const win = text.slice(m.index, m.index + 400);
    const ev = { url: p.finalUrl || p.url, snippet: clip(win, 200) };
    if (phonesIn(win).length || emailsIn(win).length) return judgement('pass', tx('Có đầu mối tiếp nhận yêu cầu cung cấp thông tin kèm liên hệ.', 'The contact point for information requests is published with contacts.'), [ev]);
    mention ??= ev;
  }
  if (mention) return judgement('warn', tx('Có nhắc tới đầu mối tiếp nhận yêu cầu cung cấp thông tin nhưng không kèm điện thoại/e-mail.', 'The information-request contact point is mentioned, without phone/e-mail.'), [mention]);
  return judgement(
    'fail',
    tx('Không có địa chỉ, điện thoại, e-mail của đầu mối tiếp nhận yêu cầu cung cấp thông tin.', 'No address, phone or e-mail of the person/unit receiving information requests was found.'),
    [{ url: ctx.snapshot.startUrl, snippet: `searched ${pages.length} pages` }],
  );
});
