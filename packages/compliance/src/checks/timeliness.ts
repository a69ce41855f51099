/**
 * C10 — Disclosure within 5 working days of the information being created (Law on Access to Information 2016
 * Art. 18(4), REQUIREMENTS.md LTC-18.4 ✅: "compare each document's issue date with … the datePublished / last-modified
 * of the post; flag a delay > 5 working days (VN public holidays calendar)").
 *
 * Pairs (issue date, posted date) are read where the site itself shows both:
 *  1. document-list tables with an issue-date column ("Ngày ban hành", "Ngày ký") and a posted-date column
 *     ("Ngày đăng", "Ngày đăng tải", "Ngày đưa lên", "Ngày xuất bản"); an issuer column ("Cơ quan ban hành") when there
 *     is one;
 *  2. document pages with "Ngày ban hành: dd/mm/yyyy" in the text and a publication date in `<meta
 *     property="article:published_time">` (or `itemprop="datePublished"`), JSON-LD `datePublished` or
 *     "Ngày đăng: dd/mm/yyyy".
 * The catalogue's other source, the date a document was first seen by earlier crawls, needs a scan history: not here.
 *
 * Working days: Monday–Friday, less the public holidays of the Labour Code 2019 Art. 112 as the `date-holidays`
 * package computes them for VN (1/1, Tết, Hùng Kings' day, 30/4, 1/5, 2/9), counted generously: the day after and
 * before 2/9 both count as holidays, and the Tết break is widened by 2 days each side (the Prime Minister sets the
 * yearly break; those decisions are not in the package). Any doubt goes in the site's favour.
 *
 * Fail: a document of the site's own agency (issuer column naming `--agency`, or no issuer column and the agency
 * unknown → warn) posted more than 5 working days after its issue date. Documents of other issuers (laws, decrees
 * reposted for dissemination) are not the agency's own information: skipped.
 * not_applicable: the site shows no pair of dates (the law does not require showing the posting date).
 */
import Holidays from 'date-holidays';
import { foldVietnamese, parseVietnameseDate } from '@cong/vi';
import type { Evidence } from '../rules/types.js';
import type { PageSnapshot } from '../snapshot.js';
import { normalizeForMatch } from '../match/text.js';
import { clip, defineJudge, dom, htmlPages, judgement, tx } from './util.js';

/** The legal limit, in working days (Art. 18(4)). */
export const DISCLOSURE_WORKING_DAYS = 5;

const holidayCache = new Map<number, Set<string>>();
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

/** Non-working public holidays of one year in Vietnam (YYYY-MM-DD), generous as the file header says. */
export function vnHolidays(year: number): Set<string> {
  const hit = holidayCache.get(year);
  if (hit) return hit;
  const out = new Set<string>();
  const hd = new Holidays('VN');
  for (const h of hd.getHolidays(year)) {
    if (h.type !== 'public') continue;
    const first = h.date.slice(0, 10);
    const n = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    const tet = /Tết Nguyên Đán/i.test(h.name);
    for (let i = tet ? -2 : 0; i < n + (tet ? 2 : 0); i++) out.add(addDays(first, i));
    if (first.endsWith('-09-02')) [addDays(first, -1), addDays(first, 1)].forEach((d) => out.add(d));
  }
  holidayCache.set(year, out);
  return out;
}

/** Whether a YYYY-MM-DD day is a working day (Mon–Fri, not a public holiday). */
export function isWorkingDay(day: string): boolean {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !vnHolidays(Number(day.slice(0, 4))).has(day);
}

/** Working days after `from` up to and including `to` (0 when posted the same day; negative input → 0). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

export interface DisclosurePair {
  page: string;
  selector?: string;
  document: string;
  issued: string;
  posted: string;
  issuer?: string;
  workingDays: number;
}

const DATE_RE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
function dateIn(text: string): string | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  try {
    return parseVietnameseDate(m[0]);
  } catch {
    return undefined;
  }
}

const ISSUE_COL = /\bngay (ban hanh|ky|bh)\b/;
const POSTED_COL = /\bngay (dang|dang tai|dua len|xuat ban)\b/;
const ISSUER_COL = /\b(co quan|don vi|noi) ban hanh\b/;
const NAME_COL = /\b(so|so hieu|ky hieu|trich yeu|ten van ban|tieu de)\b/;

function tablePairs(p: PageSnapshot): Omit<DisclosurePair, 'workingDays'>[] {
  const $ = dom(p);
  if (!$) return [];
  const out: Omit<DisclosurePair, 'workingDays'>[] = [];
  $('table').each((ti, t) => {
    const tbl = $(t);
    const head = (tbl.find('th').length ? tbl.find('tr').has('th').first().find('th') : tbl.find('tr').first().find('td')).map((_, c) => normalizeForMatch($(c).text())).get();
    const iIssue = head.findIndex((h) => ISSUE_COL.test(h));
    const iPosted = head.findIndex((h) => POSTED_COL.test(h));
    if (iIssue < 0 || iPosted < 0) return;
    const iIssuer = head.findIndex((h) => ISSUER_COL.test(h));
    const iName = head.findIndex((h, i) => i !== iIssue && i !== iPosted && NAME_COL.test(h));
    const id = tbl.attr('id');
    tbl.find('tr').each((ri, tr) => {
      const cells = $(tr).find('td').map((_, c) => $(c).text().replace(/\s+/g, ' ').trim()).get();
      if (cells.length < head.length) return;
      const issued = dateIn(cells[iIssue]);
      const posted = dateIn(cells[iPosted]);
      if (!issued || !posted) return;
      out.push({ page: p.finalUrl || p.url, selector: `${id ? `table#${id}` : `table:nth-of-type(${ti + 1})`} tr:nth-of-type(${ri + 1})`, document: clip(cells[iName >= 0 ? iName : 0] ?? '', 100), issued, posted, ...(iIssuer >= 0 ? { issuer: cells[iIssuer] } : {}) });
    });
  });
  return out;
}

function pagePair(p: PageSnapshot): Omit<DisclosurePair, 'workingDays'> | undefined {
  const text = p.facts?.mainText ?? '';
  const m = /ngày ban hành\s*[:：]?\s*([^\s]{8,10})/i.exec(text);
  const issued = m ? dateIn(m[1]) : undefined;
  if (!issued) return undefined;
  const ld = (p.facts?.meta.jsonLd ?? []).map((x) => (x as { datePublished?: unknown }).datePublished).find((x) => typeof x === 'string') as string | undefined;
  const postedText = /ngày (?:đăng|đăng tải|đưa lên)\s*[:：]?\s*([^\s]{8,10})/i.exec(text)?.[1];
  const $ = dom(p);
  const metaPublished = $?.('meta[property="article:published_time" i], meta[itemprop="datePublished" i], meta[name="DC.date.issued" i]').first().attr('content');
  const posted = (metaPublished ? dateIn(metaPublished) : undefined) ?? (ld ? dateIn(ld) : undefined) ?? (postedText ? dateIn(postedText) : undefined);
  if (!posted) return undefined;
  const issuer = /cơ quan ban hành\s*[:：]?\s*([^:]{3,80}?)(?=\s+(?:ngày|số|loại|lĩnh vực|người ký|trích yếu)\b|$)/i.exec(text)?.[1];
  return { page: p.finalUrl || p.url, document: clip(p.facts?.title ?? '', 100), issued, posted, ...(issuer ? { issuer } : {}) };
}

/** Every (issue date, posted date) pair the site shows, with the working days between them. */
export function disclosurePairs(pages: PageSnapshot[]): DisclosurePair[] {
  const seen = new Set<string>();
  const out: DisclosurePair[] = [];
  for (const p of pages) {
    for (const x of [...tablePairs(p), pagePair(p)]) {
      if (!x || x.posted < x.issued) continue;
      const k = `${x.document}|${x.issued}|${x.posted}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ ...x, workingDays: workingDaysBetween(x.issued, x.posted) });
    }
  }
  return out;
}

const fold = (s: string) => foldVietnamese(s).toLowerCase().replace(/\s+/g, ' ').trim();

export const judgeDisclosureTimeliness = defineJudge('disclosure-timeliness', (ctx) => {
  const all = disclosurePairs(htmlPages(ctx.snapshot)).filter((x) => x.posted <= ctx.on);
  if (!all.length) {
    return judgement('not_applicable', tx('Không kiểm tra tự động được: trang không hiển thị cặp ngày ban hành và ngày đăng của văn bản (pháp luật không bắt buộc hiển thị ngày đăng).', 'Cannot be checked automatically: the site shows no document with both its issue date and the date it was posted (showing the posting date is not required).'), []);
  }
  const agency = ctx.site.agency ? fold(ctx.site.agency) : undefined;
  const own = all.filter((x) => !x.issuer || !agency || fold(x.issuer).includes(agency) || agency.includes(fold(x.issuer)));
  const verified = (x: DisclosurePair) => !!x.issuer && !!agency;
  const late = own.filter((x) => x.workingDays > DISCLOSURE_WORKING_DAYS).sort((a, b) => b.workingDays - a.workingDays);
  const ev = (xs: DisclosurePair[]): Evidence[] => xs.slice(0, 6).map((x) => ({ url: x.page, selector: x.selector, snippet: clip(`${x.document}: issued ${x.issued}, posted ${x.posted} → ${x.workingDays} working days${x.issuer ? ` (issuer: ${x.issuer})` : ''}`, 240) }));
  const data = { documents: all.length, ownOrUnknownIssuer: own.length, late: late.length, limitWorkingDays: DISCLOSURE_WORKING_DAYS };
  if (!own.length) return judgement('not_applicable', tx(`Các văn bản có ngày đăng (${all.length}) đều do cơ quan khác ban hành; không áp dụng thời hạn công khai của cơ quan.`, `All ${all.length} documents with a posting date were issued by other bodies; the agency's own disclosure deadline does not apply.`), ev(all), data);
  if (!late.length) {
    return judgement('pass', tx(`${own.length} văn bản được đăng trong vòng ${DISCLOSURE_WORKING_DAYS} ngày làm việc kể từ ngày ban hành.`, `${own.length} documents were posted within ${DISCLOSURE_WORKING_DAYS} working days of issue.`), ev(own), data);
  }
  const msg = tx(`${late.length}/${own.length} văn bản đăng chậm hơn ${DISCLOSURE_WORKING_DAYS} ngày làm việc sau ngày ban hành (chậm nhất ${late[0].workingDays} ngày).`, `${late.length} of ${own.length} documents were posted more than ${DISCLOSURE_WORKING_DAYS} working days after issue (worst: ${late[0].workingDays}).`);
  if (late.some(verified)) return judgement('fail', msg, ev(late.filter(verified).concat(late.filter((x) => !verified(x)))), data);
  return judgement('warn', tx(`${msg.vi} Chưa xác định được cơ quan ban hành (dùng --agency) nên chỉ cảnh báo.`, `${msg.en} The issuer could not be matched to the agency (give --agency), so this only warns.`), ev(late), data);
});
