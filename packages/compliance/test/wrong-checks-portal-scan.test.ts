/**
 * Wrong results seen when scanning the demo portal and one of its component sites:
 *
 *  - C2: a home page's block heading ("Văn bản" over "Chưa có nội dung") made the whole home page the "Legal
 *    documents" section page, with the home page's content — N42-4.1a passed though the section page was empty.
 *    A home-page heading is judged by its block.
 *  - C10: the English home page counted as the page on the organisation because a news headline in it said
 *    "tasks", and its words were the names of 134 component sites (link texts) — N42-7.2a passed though the English
 *    structure/functions pages were three-line stubs. Link texts are not prose.
 *  - C5: a component served at a path of the portal's host (`pathScope`) links back to the provincial portal on the
 *    same host; that is a link to another state agency's portal (N42-7.1b failed "no links to other agencies").
 *
 * Small hand-written HTML, judged through the real extractor and the rule engine.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, ruleSetFor } from '../src/rules/engine.js';
import type { SiteSnapshot } from '../src/snapshot.js';
import { judgeGovLinks } from '../src/checks/links-emc.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';

const ORIGIN = 'https://thunghiem.gov.vn';
const AGENCY = 'Ủy ban nhân dân tỉnh Thử Nghiệm';
const MENU: [string, string][] = [
  ['Trang chủ', '/'],
  ['Giới thiệu', '/gioi-thieu'],
  ['Văn bản', '/van-ban'],
];

const NEWS = [1, 2, 3]
  .map((i) => `<li><a href="/tin-tuc/hoat-dong-so-${i}-cua-uy-ban-nhan-dan-tinh">Hoạt động số ${i} của Ủy ban nhân dân tỉnh trong tháng</a> 2${i}/11/2022</li>`)
  .join('');
const PROSE = 'Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế xã hội và triển khai kế hoạch năm tới. '.repeat(6);

async function status(s: SiteSnapshot, id: string) {
  const f = evaluate(s, await ruleSetFor({ on: '2022-12-01' })).find((x) => x.ruleId === id)!;
  return f;
}

describe('C2 — a section heading on the home page is judged by its block', () => {
  const homeWith = (docsBlock: string) =>
    page(`${ORIGIN}/`, html({ title: AGENCY, menu: MENU, main: `<h1>${AGENCY}</h1><h2>Tin mới</h2><ul>${NEWS}</ul><p>${PROSE}</p><h2>Văn bản</h2>${docsBlock}<h2>Liên kết</h2><p>Cổng Chính phủ</p>` }));
  const others = () => [
    page(`${ORIGIN}/gioi-thieu`, html({ title: `Giới thiệu - ${AGENCY}`, menu: MENU, main: `<h1>Giới thiệu</h1><p>${PROSE}</p>` }), { via: 'menu' }),
    page(`${ORIGIN}/van-ban`, html({ title: `Văn bản - ${AGENCY}`, menu: MENU, main: '<h1>Văn bản (0)</h1><p>Chưa có nội dung.</p>' }), { via: 'menu' }),
  ];

  it('an empty home block and an empty section page: the section is empty (fail), whatever else the home page holds', async () => {
    const s = snapshot([homeWith('<p>Chưa có nội dung.</p>'), ...others()], {}, { agency: AGENCY, level: 'province' });
    const f = await status(s, 'N42-4.1a');
    expect(f.status, f.message.en).toBe('fail');
    expect(f.message.en).toMatch(/exists but is empty/);
    expect(f.evidence.map((e) => e.snippet)).toEqual(expect.arrayContaining(['home-page block “Văn bản”: says it has no content']));
  });

  it('a home block that lists dated documents is content of the section (pass)', async () => {
    const docs = [1, 2, 3].map((i) => `<li><a href="/van-ban/quyet-dinh-${i}-2022">Quyết định số ${i}/2022/QĐ-UBND về quy chế phối hợp</a> ngày 0${i}/11/2022</li>`).join('');
    const s = snapshot([homeWith(`<ul>${docs}</ul>`), ...others()], {}, { agency: AGENCY, level: 'province' });
    const f = await status(s, 'N42-4.1a');
    expect(f.status, f.message.en).toBe('pass');
    expect(f.evidence.some((e) => /^home-page block “Văn bản”: .*dated item/.test(e.snippet ?? ''))).toBe(true);
  });
});

describe('C10 — English organisation page: link texts are not prose', () => {
  const enPage = (path: string, title: string, main: string) =>
    page(`${ORIGIN}${path}`, html({ title, lang: 'en', menu: [['Home', '/en/'], ['About us', '/en/about'], ['Organisation structure', '/en/structure']], main }), { via: 'english' });
  const components = Array.from({ length: 40 }, (_, i) => `<li><a href="/en/unit-${i}/">Department of Natural Resources and Environment number ${i} website</a></li>`).join('');
  const viHome = page(`${ORIGIN}/`, html({ title: AGENCY, menu: MENU, main: `<h1>${AGENCY}</h1><p>${PROSE}</p>` }));

  it('an English home of headlines and component-site names does not stand in for stub structure/functions pages (fail)', async () => {
    const s = snapshot(
      [
        viHome,
        enPage('/en/', 'Thu Nghiem Province Web Portal', `<h1>Thu Nghiem Province Web Portal</h1><h2>Latest news</h2><ul><li><a href="/en/news/1">Conference on the tasks for 2023 of the provincial government</a></li></ul><h2>Component sites</h2><ul>${components}</ul>`),
        enPage('/en/structure', 'Organisation structure', '<h1>Organisation structure</h1><p>Leadership: the chairman and two deputies. Units: the Office and two divisions.</p>'),
        enPage('/en/about', 'About us', '<h1>About us</h1><p>The official website of the People’s Committee of Thu Nghiem Province.</p>'),
      ],
      { englishUrl: `${ORIGIN}/en/` },
      { agency: AGENCY, level: 'province' },
    );
    const f = await status(s, 'N42-7.2a');
    expect(f.status, f.message.en).toBe('fail');
    expect(f.evidence[0].url).toMatch(/\/en\/(structure|about)$/);
    expect(f.evidence[0].snippet).toMatch(/English words of prose/);
  });

  it('a single English page with real prose on the functions passes', async () => {
    const prose =
      'The Department of Justice is a specialised agency of the Provincial People’s Committee. It advises the committee on the state management of legal documents, legal dissemination and education, judicial records, civil status, nationality, notarisation, lawyers, legal aid and administrative procedure control. '.repeat(
        5,
      );
    const s = snapshot([viHome, enPage('/en/', 'Functions and duties', `<h1>Functions, duties and powers</h1><p>${prose}</p>`)], { englishUrl: `${ORIGIN}/en/` }, { agency: AGENCY, level: 'province' });
    const f = await status(s, 'N42-7.2a');
    expect(f.status, f.message.en).toBe('pass');
  });
});

describe('C5 — a path component\'s link back to its portal on the same host is a link to another agency', () => {
  const comp = (portalLink: boolean, pathScope?: string[]) => {
    const header = portalLink ? `<a href="${ORIGIN}/">Cổng thông tin điện tử tỉnh Thử Nghiệm</a>` : '';
    const s = snapshot(
      [page(`${ORIGIN}/phuong-a/`, html({ title: 'Phường A', header, menu: [['Trang chủ', '/phuong-a/'], ['Giới thiệu', '/phuong-a/gioi-thieu']], main: '<h1>Phường A</h1>' }))],
      pathScope ? { pathScope } : {},
      { portalUrl: `${ORIGIN}/`, level: 'commune', agency: 'Ủy ban nhân dân phường A' },
    );
    return s;
  };

  it('crawled as a path component: the link to the portal counts (pass); without it: fail', async () => {
    const j = judgeGovLinks(await judgeWith(comp(true, ['/phuong-a'])));
    expect(j.status, j.message.en).toBe('pass');
    expect(j.evidence[0].snippet).toMatch(/Cổng thông tin điện tử tỉnh Thử Nghiệm/);
    expect(judgeGovLinks(await judgeWith(comp(false, ['/phuong-a']))).status).toBe('fail');
  });

  it('on a loopback test server too (the host is no .gov.vn, but it is the portal given as --portal)', async () => {
    const s = snapshot(
      [page('http://127.0.0.1:3100/phuong-a/', html({ title: 'Phường A', header: '<a href="http://127.0.0.1:3100/">Cổng thông tin điện tử tỉnh</a>', main: '<h1>Phường A</h1>' }))],
      { pathScope: ['/phuong-a'] },
      { portalUrl: 'http://127.0.0.1:3100/', level: 'commune' },
    );
    expect(judgeGovLinks(await judgeWith(s)).status).toBe('pass');
  });

  it('a site that is the whole host: its own home link is not another agency', async () => {
    expect(judgeGovLinks(await judgeWith(comp(true))).status).toBe('fail');
  });
});
