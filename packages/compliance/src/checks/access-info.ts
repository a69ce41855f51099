/**
 * C6 — "Tiếp cận thông tin" section, the list of information to be disclosed, the internal regulation.
 *
 * The section is found by its *label* (menu, footer, sitemap page, page title) — a link to the Law on Access to
 * Information ("Luật Tiếp cận thông tin 2016") is a document title, not the section (src/match/matcher.ts).
 * The list (Decree 13/2018 Art. 6(3)) is a table whose header names the document (name/number), its date, the
 * form, the time/duration of disclosure and where to get it.
 *
 * Inputs: section analysis (C2), the raw HTML of the section pages (tables).
 */
import type { PageSnapshot } from '../snapshot.js';
import { normalizeForMatch } from '../match/text.js';
import type { Evidence } from '../rules/types.js';
import { analyseSections, sectionEvidence } from './sections.js';
import { clip, defineJudge, dom, htmlPages, judgement, normUrl, pageIndex, tx } from './util.js';

const COLS: { key: string; re: RegExp }[] = [
  { key: 'name', re: /\b(ten|so ky hieu|ky hieu|trich yeu|noi dung|van ban|thong tin)\b/ },
  { key: 'date', re: /\b(ngay|thoi gian tao|ngay ban hanh|ngay tao)\b/ },
  { key: 'form', re: /\b(hinh thuc)\b/ },
  { key: 'time', re: /\b(thoi diem|thoi han|thoi gian cong khai)\b/ },
  { key: 'link', re: /\b(duong dan|dia chi|tai ve|tep|link|file|dinh kem)\b/ },
];

/** Tables on a page that look like the disclosure list (≥ 3 of the 5 expected columns). */
export function disclosureTables(p: PageSnapshot): { selector: string; columns: string[]; rows: number; header: string }[] {
  const $ = dom(p);
  if (!$) return [];
  const out: { selector: string; columns: string[]; rows: number; header: string }[] = [];
  $('table').each((i, t) => {
    const tbl = $(t);
    const headCells = tbl.find('th').length ? tbl.find('th') : tbl.find('tr').first().find('td');
    const header = headCells.map((_, c) => $(c).text()).get().join(' | ');
    const n = normalizeForMatch(header);
    const columns = COLS.filter((c) => c.re.test(n)).map((c) => c.key);
    if (columns.length >= 3) {
      const id = tbl.attr('id');
      out.push({ selector: id ? `table#${id}` : `table:nth-of-type(${i + 1})`, columns, rows: Math.max(0, tbl.find('tr').length - 1), header: clip(header, 160) });
    }
  });
  return out;
}

function sectionPages(ctx: { snapshot: Parameters<typeof pageIndex>[0] }, ids: ('access-to-information' | 'disclosure-list')[]): PageSnapshot[] {
  const idx = pageIndex(ctx.snapshot);
  const secs = analyseSections(ctx.snapshot);
  return ids.flatMap((id) => secs.get(id)!.pages.map((c) => idx.get(normUrl(c.url))).filter(Boolean) as PageSnapshot[]);
}

/** The dedicated "Tiếp cận thông tin" section carrying the list (Decree 13/2018 Art. 6(3)). */
export const judgeAccessInfoSection = defineJudge('access-info-section', (ctx) => {
  const s = ctx.snapshot;
  const sec = analyseSections(s).get('access-to-information')!;
  const ev = sectionEvidence(sec, 3);
  if (sec.state === 'missing') return judgement('fail', tx('Không có chuyên mục “Tiếp cận thông tin”.', 'There is no “Access to information” section.'), [{ url: s.startUrl, snippet: `searched menus, footers and titles of ${htmlPages(s).length} pages` }]);
  if (sec.state === 'linked') return judgement('warn', tx('Có liên kết “Tiếp cận thông tin” nhưng trang chưa được tải để xác minh.', 'An “Access to information” link exists but its page was not fetched to verify.'), ev);
  if (sec.state === 'empty' || sec.state === 'broken') return judgement('fail', tx('Chuyên mục “Tiếp cận thông tin” trống hoặc lỗi.', 'The “Access to information” section is empty or broken.'), ev);
  const tables = sectionPages(ctx, ['access-to-information', 'disclosure-list']).flatMap((p) => disclosureTables(p).map((t) => ({ p, t })));
  if (tables.length) {
    return judgement('pass', tx('Có chuyên mục “Tiếp cận thông tin” với danh mục thông tin công khai.', 'An “Access to information” section with the disclosure list.'), [
      ...ev,
      ...tables.slice(0, 2).map(({ p, t }) => ({ url: p.finalUrl || p.url, selector: t.selector, snippet: `${t.rows} rows; columns: ${t.header}` })),
    ]);
  }
  return judgement('fail', tx('Chuyên mục “Tiếp cận thông tin” không có bảng danh mục thông tin phải công khai.', 'The “Access to information” section has no table listing the information to be disclosed.'), ev);
});

/** The list of information to be disclosed, with address/form/time for each item (Law on Access to Information Art. 19(1)(g), 34(1)(b)). */
export const judgeDisclosureList = defineJudge('disclosure-list', (ctx) => {
  const s = ctx.snapshot;
  const secs = analyseSections(s);
  const tables = [...sectionPages(ctx, ['access-to-information', 'disclosure-list']), ...htmlPages(s)]
    .filter((p, i, a) => a.indexOf(p) === i)
    .flatMap((p) => disclosureTables(p).map((t) => ({ p, t })));
  const list = secs.get('disclosure-list')!;
  const ev: Evidence[] = tables.slice(0, 2).map(({ p, t }) => ({ url: p.finalUrl || p.url, selector: t.selector, snippet: `${t.rows} rows; columns: ${t.header}` }));
  const full = tables.find(({ t }) => ['name', 'date', 'form', 'time'].every((k) => t.columns.includes(k)) && t.rows > 0);
  if (full) return judgement('pass', tx('Có danh mục thông tin phải công khai (tên, ngày, hình thức, thời điểm/thời hạn).', 'The list of information to be disclosed (name, date, form, time/duration) is published.'), ev);
  if (tables.length) {
    // name what the best table lacks: the columns of Decree 13/2018 Art. 6(3), or rows
    const NEED = [
      { key: 'name', vi: 'tên/số ký hiệu', en: 'name/number' },
      { key: 'date', vi: 'ngày tạo/ban hành', en: 'creation/issue date' },
      { key: 'form', vi: 'hình thức công khai', en: 'form of disclosure' },
      { key: 'time', vi: 'thời điểm/thời hạn công khai', en: 'time/duration of disclosure' },
    ];
    // the table closest to the list: most of the required columns; the section's own pages come first (stable sort)
    const score = (cols: string[]) => NEED.filter((c) => cols.includes(c.key)).length;
    const best = [...tables].sort((a, b) => score(b.t.columns) - score(a.t.columns))[0].t;
    const lacking = NEED.filter((c) => !best.columns.includes(c.key));
    const vi = lacking.length ? `thiếu cột ${lacking.map((c) => c.vi).join(', ')}` : 'không có dòng nào';
    const en = lacking.length ? `lacks the ${lacking.map((c) => c.en).join(', ')} column${lacking.length > 1 ? 's' : ''}` : 'has no rows';
    return judgement('fail', tx(`Có bảng danh mục thông tin phải công khai nhưng ${vi}.`, `A table of the information to be disclosed exists but ${en}.`), ev, { missing: lacking.map((c) => c.key), rows: best.rows });
  }
  if (list.state === 'linked') return judgement('warn', tx('Có liên kết tới danh mục thông tin công khai nhưng trang chưa được tải.', 'A link to the disclosure list exists but its page was not fetched.'), sectionEvidence(list, 2));
  return judgement('fail', tx('Không có danh mục thông tin phải được công khai.', 'No list of information to be disclosed was found.'), [{ url: s.startUrl, snippet: `checked ${htmlPages(s).length} pages for a disclosure-list table` }]);
});

/** The internal regulation on providing information is published (Law on Access to Information Art. 34(1)(h)). */
export const judgeInfoRegulation = defineJudge('info-regulation', (ctx) => {
  const sec = analyseSections(ctx.snapshot).get('info-regulation')!;
  if (sec.hits.length) return judgement('pass', tx('Có công bố quy chế nội bộ về cung cấp thông tin.', 'The internal regulation on providing information is published.'), sectionEvidence(sec, 2));
  return judgement('fail', tx('Không thấy quy chế nội bộ về cung cấp thông tin.', 'No internal regulation on providing information was found.'), [{ url: ctx.snapshot.startUrl, snippet: 'no link or page titled “Quy chế … cung cấp thông tin”' }]);
});
