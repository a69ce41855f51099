/** LTC-18.4 — disclosure within 5 working days (Law on Access to Information 2016 Art. 18(4)). */
import { describe, expect, it } from 'vitest';
import { disclosurePairs, isWorkingDay, judgeDisclosureTimeliness, workingDaysBetween } from '../src/checks/timeliness.js';
import { evaluate, ruleSetFor } from '../src/rules/engine.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';

const O = 'https://sotp.thainguyen.gov.vn';
const AG = 'Sở Tư pháp tỉnh Thái Nguyên';
const row = (so: string, issuer: string, issued: string, posted: string) => `<tr><td>${so}</td><td>Quyết định về việc ${so}</td><td>${issuer}</td><td>${issued}</td><td>${posted}</td></tr>`;
const list = (rows: string) =>
  page(`${O}/van-ban`, html({ title: 'Văn bản - Sở Tư pháp', main: `<h1>Văn bản</h1><table id="vb"><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Cơ quan ban hành</th><th>Ngày ban hành</th><th>Ngày đăng</th></tr>${rows}</table>` }));
const site = (rows: string, agency?: string) => snapshot([page(`${O}/`, html({ title: AG, main: '<a href="/van-ban">Văn bản</a>' })), list(rows)], {}, agency ? { agency } : {});

describe('working days (Mon–Fri less VN public holidays, generous)', () => {
  it('counts weekdays after the issue day', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-27')).toBe(5); // Fri → Fri
    expect(workingDaysBetween('2026-11-27', '2026-11-27')).toBe(0);
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
  });
  it('skips Tết (widened) and the National Day pair', () => {
    expect(isWorkingDay('2026-02-17')).toBe(false); // Tết Nguyên Đán 2026
    expect(isWorkingDay('2026-02-23')).toBe(true);
    expect(workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5);
    expect(workingDaysBetween('2026-08-28', '2026-09-07')).toBe(3); // 1, 2 and 3 Sep off
    expect(isWorkingDay('2026-04-30')).toBe(false);
  });
});

describe('LTC-18.4 — documents posted within 5 working days of issue', () => {
  it('pass: own documents posted in time, with issue/posted dates as evidence', async () => {
    const j = judgeDisclosureTimeliness(await judgeWith(site(row('12/QĐ-STP', AG, '20/11/2026', '27/11/2026'), AG)));
    expect(j.status).toBe('pass');
    expect(j.evidence[0]).toMatchObject({ url: `${O}/van-ban`, selector: 'table#vb tr:nth-of-type(2)' });
    expect(j.evidence[0].snippet).toMatch(/issued 2026-11-20, posted 2026-11-27 → 5 working days/);
  });
  it('fail: an own document posted after 6 working days; other issuers (reposted laws) are skipped', async () => {
    const rows = row('12/QĐ-STP', AG, '19/11/2026', '27/11/2026') + row('15/2026/NĐ-CP', 'Chính phủ', '01/01/2026', '27/11/2026');
    const s = site(rows, AG);
    expect(disclosurePairs(s.pages)).toHaveLength(2);
    const j = judgeDisclosureTimeliness(await judgeWith(s));
    expect(j.status).toBe('fail');
    expect(j.data).toMatchObject({ documents: 2, ownOrUnknownIssuer: 1, late: 1 });
    expect(j.evidence[0].snippet).toMatch(/12\/QĐ-STP.*6 working days \(issuer: Sở Tư pháp tỉnh Thái Nguyên\)/);
  });
  it('without --agency the issuer cannot be matched: late documents only warn', async () => {
    const j = judgeDisclosureTimeliness(await judgeWith(site(row('12/QĐ-STP', AG, '19/11/2026', '27/11/2026'))));
    expect(j.status).toBe('warn');
    expect(j.message.en).toMatch(/give --agency/);
  });
  it('a document page: “Ngày ban hành” in the text and article:published_time', async () => {
    const doc = page(`${O}/van-ban/chi-tiet/12`, html({ title: 'Quyết định 12/QĐ-STP', head: '<meta property="article:published_time" content="2026-11-26T08:00:00+07:00">', main: `<h1>Quyết định 12/QĐ-STP</h1><p>Cơ quan ban hành: ${AG} Ngày ban hành: 20/11/2026</p>` }));
    const pairs = disclosurePairs([doc]);
    expect(pairs[0]).toMatchObject({ issued: '2026-11-20', posted: '2026-11-26', workingDays: 4 });
  });
  it('no pair of dates on the site → not_applicable with the reason; the rule cites Art. 18(4)', async () => {
    const s = snapshot([page(`${O}/`, html({ title: AG, main: '<p>Trang chủ</p>' }))]);
    const j = judgeDisclosureTimeliness(await judgeWith(s));
    expect(j.status).toBe('not_applicable');
    expect(j.message.en).toMatch(/Cannot be checked automatically/);
    const set = await ruleSetFor({ on: '2026-11-29' });
    const f = evaluate(site(row('12/QĐ-STP', AG, '19/11/2026', '27/11/2026'), AG), { ...set, rules: set.rules.filter((r) => r.id === 'LTC-18.4') })[0];
    expect(f).toMatchObject({ status: 'fail', confidence: 'confirmed', check: 'C10' });
    expect(f.citation.en).toBe('Law on Access to Information 2016, Art. 18(4)');
  });
});
