/**
 * The named person responsible (TT09-2.3, TT32-16.3c) and officials' contacts (N42-4.1e/officials) on pages rendered
 * by React-like front ends, and placeholder names.
 *
 *  - Label, colon and name rendered as separate nodes: the extracted footer reads "Chịu trách nhiệm chính : Nguyễn
 *    Văn An , Giám đốc" — whitespace around punctuation must not hide the person.
 *  - "Nguyễn Văn A" (a single capital letter as given name) is a placeholder: recognised as a name, never accepted
 *    as the named person (warn: "placeholder", not fail: "missing").
 *  - Bodies ("Ban Biên tập") and street names stay rejected in the spaced form too.
 *
 * Small hand-written HTML, judged through the real extractor and the rule engine.
 */
import { describe, expect, it } from 'vitest';
import { judgeFooter, judgeHomepageIdentity, tidyPunctuation } from '../src/checks/identity.js';
import { judgeOfficialContacts } from '../src/checks/contacts.js';
import { findPeople, isPlaceholderName } from '../src/checks/people.js';
import { evaluate, ruleSetFor } from '../src/rules/engine.js';
import type { SiteSnapshot } from '../src/snapshot.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';

const ORIGIN = 'https://thunghiem.gov.vn';
const AGENCY = 'Ủy ban nhân dân tỉnh Thử Nghiệm';

/** A footer the way a component framework renders it: every label, colon, value and comma its own block. */
function splitFooter(responsible: string[], extra = ''): string {
  const row = (...cells: string[]) => `<div class="row">${cells.map((c) => `<div>${c}</div>`).join('')}</div>`;
  return [
    row('Cơ quan chủ quản', ':', AGENCY),
    row(...responsible),
    row('Địa chỉ', ':', 'Số 1', ',', 'đường Trần Hưng Đạo'),
    row('Điện thoại', ':', '<a href="tel:02093870007">0209 3870007</a>', '–', 'Thư điện tử', ':', '<a href="mailto:vanphong@thunghiem.gov.vn">vanphong@thunghiem.gov.vn</a>'),
    row('©', AGENCY),
    extra,
  ].join('');
}

function home(footer: string): SiteSnapshot {
  return snapshot([page(`${ORIGIN}/`, html({ title: AGENCY, header: `<p>${AGENCY}</p>`, main: '<h1>Tin mới</h1><p>Tin hoạt động.</p>', footer }))], {}, { agency: AGENCY, level: 'province' });
}

async function status(s: SiteSnapshot, ids: string[]): Promise<Record<string, string>> {
  const fs = evaluate(s, await ruleSetFor({ on: '2022-12-01' }));
  return Object.fromEntries(ids.map((id) => [id, fs.find((f) => f.ruleId === id)?.status ?? 'absent']));
}

describe('person responsible: text assembled from separate nodes', () => {
  it('the extractor really yields "label : name , position" for such a footer', () => {
    const s = home(splitFooter(['Chịu trách nhiệm chính', ':', 'Nguyễn Văn An', ',', 'Giám đốc']));
    expect(s.pages[0].facts!.footerText).toContain('Chịu trách nhiệm chính : Nguyễn Văn An , Giám đốc');
    expect(tidyPunctuation('Chịu trách nhiệm chính : Nguyễn Văn An , Giám đốc ( Sở )')).toBe('Chịu trách nhiệm chính: Nguyễn Văn An, Giám đốc (Sở)');
  });

  it('a real name after "label :" passes TT09-2.3 and the footer rule', async () => {
    const s = home(splitFooter(['Chịu trách nhiệm chính', ':', 'Nguyễn Văn An', ',', 'Giám đốc']));
    expect(await status(s, ['TT09-2.3', 'TT32-16.3c'])).toEqual({ 'TT09-2.3': 'pass', 'TT32-16.3c': 'pass' });
  });

  it('an honorific or a position with spaced punctuation before the name still introduces the person', async () => {
    for (const cells of [
      ['Người chịu trách nhiệm', ':', 'Ông', ':', 'Hoàng Minh Đức'],
      ['Chịu trách nhiệm nội dung', ':', 'Phó Giám đốc Sở', ',', 'Trưởng Ban Biên tập', ':', 'Ma Thị Nguyệt'],
    ]) {
      const j = judgeFooter(await judgeWith(home(splitFooter(cells))));
      expect(j.status, cells.join(' ')).toBe('pass');
    }
  });

  it('still not a person in the spaced form: a body ("Ban Biên tập") followed by an address on a street named after a person', async () => {
    const s = home(splitFooter(['Chịu trách nhiệm nội dung', ':', 'Ban Biên tập']).replace('đường Trần Hưng Đạo', 'đường Hoàng Văn Thụ'));
    expect(s.pages[0].facts!.footerText).toMatch(/Ban Biên tập .*đường Hoàng Văn Thụ/);
    expect(await status(s, ['TT09-2.3', 'TT32-16.3c'])).toEqual({ 'TT09-2.3': 'fail', 'TT32-16.3c': 'fail' });
    const j = judgeHomepageIdentity(await judgeWith(s));
    expect(j.data?.missing).toEqual(['responsible']);
  });
});

describe('placeholder names ("Nguyễn Văn A")', () => {
  it('are names in form, marked as placeholders; real names are not', () => {
    expect(isPlaceholderName('Nguyễn Văn A')).toBe(true);
    expect(isPlaceholderName('Trần Thị B')).toBe(true);
    expect(isPlaceholderName('Nguyễn Văn An')).toBe(false);
    const ppl = findPeople('Chủ tịch Nguyễn Văn A, ĐT 0209 3870010. Phó Chủ tịch Trần Thị Bình, ĐT 0209 3870011.');
    expect(ppl.map((p) => [p.name, !!p.placeholder])).toEqual([
      ['Nguyễn Văn A', true],
      ['Trần Thị Bình', false],
    ]);
    expect(ppl[0].phone).toBe('0209 3870010');
    // without diacritics (English pages) only the "Van"/"Thi" form counts, so English words are not taken for names
    expect(findPeople('Chairman Nguyen Van A, phone 0209 3870010', 260, { ascii: true }).map((p) => p.name)).toEqual(['Nguyen Van A']);
    expect(findPeople('Director: To Be A Leader in digital government', 260, { ascii: true })).toEqual([]);
  });

  it('a placeholder as the person responsible warns (not pass, not "missing"); with the comma and spaces of split nodes too', async () => {
    for (const footer of [
      splitFooter(['Chịu trách nhiệm chính', ':', 'Nguyễn Văn A', ',', 'Chủ tịch']),
      splitFooter(['<p>Chịu trách nhiệm chính<!-- -->: <!-- -->Nguyễn Văn A<!-- -->, Chủ tịch</p>']),
    ]) {
      const s = home(footer);
      expect(await status(s, ['TT09-2.3', 'TT32-16.3c'])).toEqual({ 'TT09-2.3': 'warn', 'TT32-16.3c': 'warn' });
      const j = judgeHomepageIdentity(await judgeWith(s));
      expect(j.message.en).toMatch(/placeholder name “Nguyễn Văn A”/);
      expect(j.data?.placeholder).toEqual(['responsible']);
      expect(j.data?.missing).toBeUndefined();
    }
  });

  it('a real name elsewhere in the footer wins over a placeholder; a placeholder with another item missing fails', async () => {
    const both = home(splitFooter(['Chịu trách nhiệm chính', ':', 'Nguyễn Văn A'], '<div>Người chịu trách nhiệm: Giám đốc Hoàng Minh Đức</div>'));
    expect(judgeFooter(await judgeWith(both)).status).toBe('pass');
    const noMail = home(splitFooter(['Chịu trách nhiệm chính', ':', 'Nguyễn Văn A']).replace(/<div>Thư điện tử<\/div>.*?<\/a><\/div>/, ''));
    const j = judgeFooter(await judgeWith(noMail));
    expect(j.status).toBe('fail');
    expect(j.data?.missing).toEqual(['email']);
    expect(j.message.en).toMatch(/lacks: e-mail\. Also, the person responsible \(named\) is given as the placeholder name/);
  });

  it('officials listed with placeholder names warn; one real official with an official e-mail passes', async () => {
    const table = (rows: string[][]) =>
      `<h1>Lãnh đạo</h1><table><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Thư điện tử</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const site = (rows: string[][]) =>
      snapshot([page(`${ORIGIN}/`, html({ title: AGENCY, main: '<p>Trang chủ</p>' })), page(`${ORIGIN}/lanh-dao`, html({ title: 'Lãnh đạo', main: table(rows) }), { via: 'menu' })], {}, { agency: AGENCY, level: 'province' });
    const sample = site([
      ['Nguyễn Văn A', 'Chủ tịch', '0209 3870010', 'nva@thunghiem.gov.vn'],
      ['Trần Thị B', 'Phó Chủ tịch', '0209 3870011', 'ttb@thunghiem.gov.vn'],
    ]);
    const j = judgeOfficialContacts(await judgeWith(sample));
    expect(j.status).toBe('warn');
    expect(j.message.en).toMatch(/names are placeholders \(Nguyễn Văn A, Trần Thị B\)/);
    const real = site([
      ['Nguyễn Văn A', 'Chủ tịch', '0209 3870010', 'nva@thunghiem.gov.vn'],
      ['Ma Thị Nguyệt', 'Phó Chủ tịch', '0209 3870011', 'mtnguyet@thunghiem.gov.vn'],
    ]);
    const k = judgeOfficialContacts(await judgeWith(real));
    expect(k.status).toBe('pass');
    expect(k.data?.people).toBe(1);
  });
});
