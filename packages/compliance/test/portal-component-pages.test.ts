/**
 * Wrong results seen when scanning the demo portal (`--level province`) whose component sites are served at paths
 * of its own host (`/phuong-nguyen-thi-minh-khai/`, `/so-giao-thong-van-tai/`, `/en/…` twins):
 *
 *  - C9: the crawl reached the components' home pages through the portal's list of component sites (long link
 *    texts to hyphenated slugs, `via: 'article'`); they counted as articles without print or share buttons —
 *    N42-7.1c "print on only 4/5 articles", N42-8/share "only 4/5". A site root is never an article, a list is not
 *    an article, and structured markup (og:type, JSON-LD, `<article>`) outranks URL patterns.
 *  - C10: the components' English pages ("Nguyen Thi Minh Khai Ward website", "Bac Kan Department of … website")
 *    counted as the portal's English pages naming "another agency" (N42-7.2a/identity fail). They are the
 *    components' pages; and a component's own English page may name its portal beside itself.
 *
 * Hand-written HTML through the real extractor and the rule engine (no network).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, ruleSetFor } from '../src/rules/engine.js';
import type { PageSnapshot, SiteContext, SiteSnapshot } from '../src/snapshot.js';
import { articlePages } from '../src/checks/usability.js';
import { englishPages } from '../src/checks/english.js';
import { judgeEmcTag } from '../src/checks/links-emc.js';
import { foreignSiteOf, isSiteRoot, siteRoots } from '../src/checks/site-roots.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';

const O = 'https://backan.gov.vn';
const PORTAL_VI = 'Cổng thông tin điện tử tỉnh Bắc Kạn';
const PORTAL_EN = 'Bac Kan Province Web Portal';
const WARD_VI = 'Trang thông tin điện tử phường Nguyễn Thị Minh Khai';
const WARD_EN = 'Nguyen Thi Minh Khai Ward website';
const DEPT_VI = 'Trang thông tin điện tử Sở Giao thông vận tải tỉnh Bắc Kạn';
const DEPT_EN = 'Bac Kan Department of Transport website';

const PROSE = 'Ủy ban nhân dân tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế xã hội, bảo đảm quốc phòng an ninh và triển khai kế hoạch năm tới trên địa bàn. '.repeat(6);
const PROSE_EN = 'The committee held a conference to review the work of the year, assess the results of socio-economic development and set out the plan for the coming year in the area. '.repeat(6);

const og = (type: string, siteName: string, extra = '') => `<meta property="og:type" content="${type}"><meta property="og:site_name" content="${siteName}">${extra}`;
const hreflang = (href: string) => `<link rel="alternate" hreflang="en" href="${href}">`;
const newsLd = (headline: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'GovernmentOrganization', name: 'x' }, { '@type': 'NewsArticle', headline, datePublished: '2022-11-25' }] })}</script>`;
const tools = (u: string) => `<div class="article-tools"><button class="print-button" onclick="window.print()">In bài</button><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(u)}">Facebook</a><a href="https://sp.zalo.me/share_to_zalo?url=${encodeURIComponent(u)}">Zalo</a></div>`;
const newsItems = (base: string, n: number, word = 'Tin') =>
  Array.from({ length: n }, (_, i) => `<li><a href="${base}/tin-tuc/tin-so-${i + 1}-ve-hoat-dong-cua-co-quan">${word} số ${i + 1} về hoạt động của cơ quan trong tháng</a> ${10 + i}/11/2022</li>`).join('');

/** A component's home page as the portal platform renders it: its own "Trang chủ", a link back to the portal, its English twin. */
function componentHome(path: string, name: string, en: boolean, via = 'article'): PageSnapshot {
  const home = en ? 'Home' : 'Trang chủ';
  const back = en ? `<a href="${O}/en/">Back to the provincial portal</a>` : `<a href="${O}/">Về Cổng thông tin điện tử tỉnh</a>`;
  return page(
    `${O}${path}/`,
    html({
      title: name,
      lang: en ? 'en' : 'vi',
      head: og('website', name) + (en ? '' : hreflang(`${O}/en${path}/`)),
      header: `<a class="brand" href="${O}${path}/">${name}</a>${back}`,
      menu: [[home, `${path}/`], [en ? 'News' : 'Tin tức', `${path}/tin-tuc`], [en ? 'About us' : 'Giới thiệu', `${path}/gioi-thieu`]],
      main: en ? `<h1>${name}</h1><p>${PROSE_EN}</p><ul>${[1, 2, 3].map((i) => `<li><a href="${path}/tin-tuc/test-item-${i}">Test item number ${i} of the ward</a> 2${i}/11/2022</li>`).join('')}</ul>` : `<h1>${name}</h1><p>${PROSE}</p><ul>${newsItems(path, 4)}</ul>`,
      footer: en ? `<a href="${O}/en/">Provincial portal: ${PORTAL_EN}</a>` : `<a href="${O}/">Cổng thông tin điện tử tỉnh: ${PORTAL_VI}</a>`,
    }),
    { via, depth: en ? 2 : 1 },
  );
}

/** An article with og:type=article, NewsArticle JSON-LD, print and share buttons. */
function article(path: string, title: string, siteName: string, en = false, depth = 1): PageSnapshot {
  const u = `${O}${path}`;
  const root = path.replace(/\/tin-tuc\/.*$/, '') || '';
  return page(
    u,
    html({
      title: `${title} | ${siteName}`,
      lang: en ? 'en' : 'vi',
      head: og('article', siteName, `<meta property="article:published_time" content="2022-11-25T02:00:00Z">`) + newsLd(title),
      menu: [[en ? 'Home' : 'Trang chủ', `${root}/`], [en ? 'News' : 'Tin tức', `${root}/tin-tuc`]],
      main: `<article><h1>${title}</h1><p>Đăng lúc: <time datetime="2022-11-25T02:00:00Z">25/11/2022 09:00</time></p>${tools(u)}<p>${en ? PROSE_EN : PROSE}</p></article>`,
    }),
    { via: 'article', depth },
  );
}

/** The demo portal as its crawl saw it: its own pages, plus component sites served at paths of its host. */
function portalCrawl(site: Partial<SiteContext> = {}, enTitle = PORTAL_EN): SiteSnapshot {
  const home = page(
    `${O}/`,
    html({
      title: PORTAL_VI,
      head: og('website', PORTAL_VI) + hreflang(`${O}/en/`),
      menu: [['Trang chủ', '/'], ['Giới thiệu', '/gioi-thieu'], ['Tin tức', '/tin-tuc']],
      main: `<h1>${PORTAL_VI}</h1><h2>Tin mới</h2><ul><li><a href="/tin-tuc/ubnd-tinh-trien-khai-nhiem-vu-nam-2023">Ủy ban nhân dân tỉnh triển khai nhiệm vụ năm 2023</a></li></ul>
        <h2>Trang thành phần</h2><ul><li><a href="/phuong-nguyen-thi-minh-khai/">Trang thông tin điện tử phường Nguyễn Thị Minh Khai</a></li><li><a href="/so-giao-thong-van-tai/">Trang thông tin điện tử Sở Giao thông vận tải</a></li></ul>`,
    }),
  );
  const enHome = page(
    `${O}/en/`,
    html({ title: enTitle, lang: 'en', head: og('website', enTitle), menu: [['Home', '/en/'], ['About us', '/en/gioi-thieu']], main: `<h1>${enTitle}</h1><p>${PROSE_EN}</p>` }),
    { via: 'english' },
  );
  const intro = page(
    `${O}/gioi-thieu`,
    html({ title: `Giới thiệu | ${PORTAL_VI}`, head: og('website', PORTAL_VI), menu: [['Trang chủ', '/']], main: `<article><h1>Giới thiệu</h1><p>${PROSE}</p><p>Cập nhật: 29/11/2022</p></article>` }),
    { via: 'menu' },
  );
  return snapshot(
    [
      home,
      enHome,
      intro,
      article('/tin-tuc/ubnd-tinh-trien-khai-nhiem-vu-nam-2023', 'Ủy ban nhân dân tỉnh Bắc Kạn triển khai nhiệm vụ năm 2023', PORTAL_VI),
      article('/tin-tuc/day-manh-chuyen-doi-so-nam-2022', 'Đẩy mạnh chuyển đổi số, cải cách hành chính năm 2022', PORTAL_VI),
      article('/en/tin-tuc/ubnd-tinh-trien-khai-nhiem-vu-nam-2023', 'The provincial government sets out its tasks for 2023', PORTAL_EN, true, 2),
      componentHome('/phuong-nguyen-thi-minh-khai', WARD_VI, false),
      article('/phuong-nguyen-thi-minh-khai/tin-tuc/tin-thu-so-23', 'Tin thử số 23 của phường', WARD_VI),
      componentHome('/so-giao-thong-van-tai', DEPT_VI, false),
      componentHome('/en/phuong-nguyen-thi-minh-khai', WARD_EN, true),
      article('/en/phuong-nguyen-thi-minh-khai/tin-tuc/test-item-23', 'Test item no. 23', WARD_EN, true, 2),
      componentHome('/en/so-giao-thong-van-tai', DEPT_EN, true),
    ],
    { englishUrl: `${O}/en/` },
    { level: 'province', ...site },
  );
}

async function finding(s: SiteSnapshot, id: string) {
  const f = evaluate(s, await ruleSetFor({ on: '2022-12-01' })).find((x) => x.ruleId === id);
  if (!f) throw new Error(`no finding ${id}`);
  return f;
}

const paths = (ps: PageSnapshot[]) => ps.map((p) => new URL(p.url).pathname);

describe('C9 — a component site\'s home page is not an article of its portal', () => {
  it('portal crawl: only the portal\'s own articles are judged; print and share pass (were warn “4/5”)', async () => {
    const s = portalCrawl();
    expect(paths(articlePages(s))).toEqual(['/tin-tuc/ubnd-tinh-trien-khai-nhiem-vu-nam-2023', '/tin-tuc/day-manh-chuyen-doi-so-nam-2022', '/en/tin-tuc/ubnd-tinh-trien-khai-nhiem-vu-nam-2023']);
    for (const id of ['N42-7.1c', 'N42-8/share']) {
      const f = await finding(s, id);
      expect(f.status, `${id}: ${f.message.en}`).toBe('pass');
      expect(f.evidence.map((e) => e.url).join(' ')).not.toMatch(/phuong|so-giao/);
    }
  });

  it('component roots: recognised by their own home link and name, their English twins too; the portal\'s /en/ is its own', () => {
    const s = portalCrawl();
    const roots = siteRoots(s);
    expect(roots.own).toEqual(expect.arrayContaining(['', '/en']));
    expect(roots.foreign.map((f) => f.path).sort()).toEqual(['/en/phuong-nguyen-thi-minh-khai', '/en/so-giao-thong-van-tai', '/phuong-nguyen-thi-minh-khai', '/so-giao-thong-van-tai']);
    const byPath = (p: string) => s.pages.find((x) => new URL(x.url).pathname === p)!;
    expect(isSiteRoot(s, byPath('/phuong-nguyen-thi-minh-khai/'))).toBe(true);
    expect(isSiteRoot(s, byPath('/en/'))).toBe(true);
    expect(isSiteRoot(s, byPath('/tin-tuc/day-manh-chuyen-doi-so-nam-2022'))).toBe(false);
    expect(foreignSiteOf(s, byPath('/en/phuong-nguyen-thi-minh-khai/tin-tuc/test-item-23'))).toBe('/en/phuong-nguyen-thi-minh-khai');
    expect(foreignSiteOf(s, byPath('/en/tin-tuc/ubnd-tinh-trien-khai-nhiem-vu-nam-2023'))).toBeUndefined();
  });

  it('a component root known from the registry (--components) is never an article, even without a home link to itself', () => {
    const bare = page(`${O}/xa-bang-thanh-pac-nam-huyen-pac-nam`, html({ title: 'Trang thông tin điện tử xã Bằng Thành huyện Pác Nặm tỉnh Bắc Kạn', main: `<h1>Xã Bằng Thành</h1><p>Ngày 20/11/2022</p><p>${PROSE}</p>` }), { via: 'article' });
    const s = portalCrawl();
    s.pages.push(bare);
    expect(paths(articlePages(s, 10))).toContain('/xa-bang-thanh-pac-nam-huyen-pac-nam'); // nothing says it is a site: weak evidence stands
    s.site.componentUrls = [`${O}/xa-bang-thanh-pac-nam-huyen-pac-nam/`];
    const t = { ...s, site: { ...s.site } }; // fresh snapshot object: roots are cached per snapshot
    expect(paths(articlePages(t, 10))).not.toContain('/xa-bang-thanh-pac-nam-huyen-pac-nam');
  });

  it('a path-scoped component: its English home (a pathScope root) is not an article, even with a long dated title over prose', () => {
    const C = `${O}/phuong-a`;
    const s = snapshot(
      [
        page(`${C}/`, html({ title: 'Trang thông tin điện tử phường A', head: hreflang(`${O}/en/phuong-a`), menu: [['Tin tức', '/phuong-a/tin-tuc']], main: `<p>${PROSE}</p>` })),
        page(`${O}/en/phuong-a`, html({ title: 'The official website of A Ward of Bac Kan City', lang: 'en', menu: [['News', '/en/phuong-a/news']], main: `<h1>A Ward</h1><p>Updated 20/11/2022</p><p>${PROSE_EN}</p>` }), { via: 'english' }),
        page(`${C}/tin-tuc/-/view_content/4430301-thong-bao-lich-tiep-cong-dan-thang-12-nam-2022`, html({ title: 'Thông báo lịch tiếp công dân tháng 12 năm 2022', menu: [['Tin tức', '/phuong-a/tin-tuc']], main: `<h1>Thông báo lịch tiếp công dân</h1><p>Ngày 20/11/2022</p><p>${PROSE}</p>` }), { via: 'article' }),
      ],
      { pathScope: ['/phuong-a', '/en/phuong-a'] },
      { level: 'commune', portalUrl: `${O}/` },
    );
    expect(paths(articlePages(s))).toEqual(['/phuong-a/tin-tuc/-/view_content/4430301-thong-bao-lich-tiep-cong-dan-thang-12-nam-2022']);
  });

  it('without structured markup (as on the 2022 Hà Nội department site) the URL and title heuristics still find articles; a list is not one', () => {
    const H = 'https://sotttt.example.gov.vn';
    const menu: [string, string][] = [['Trang chủ', '/trang-chu.html'], ['Tin tức sự kiện', '/tin-tuc-su-kien.html']];
    const related = [1, 2, 3, 4].map((i) => `<li><a href="/tin-tuc-su-kien/-/view_content/44${i}0000-tin-lien-quan-so-${i}-cua-so.html">Tin liên quan số ${i} của Sở về chuyển đổi số</a></li>`).join('');
    const s = snapshot(
      [
        page(`${H}/`, html({ title: 'Trang chủ - Sở Thông Tin Và Truyền Thông', menu, main: `<ul>${newsItems('', 3)}</ul>` })),
        page(`${H}/tin-tuc-su-kien/-/view_content/4430301-thong-bao-danh-sach-thi-tuyen-cong-chuc-nam-2022.html`, html({ title: 'Thông báo danh sách thi tuyển công chức năm 2022 - Sở Thông Tin Và Truyền Thông', menu, main: `<h1>Thông báo danh sách thi tuyển công chức năm 2022</h1><p>Ngày 20/08/2022</p><p>${PROSE}</p><h3>Tin liên quan</h3><ul>${related}</ul>` }), { via: 'article' }),
        page(`${H}/chuyen-muc/tin-hoat-dong-cua-so-thong-tin-va-truyen-thong-ha-noi.html`, html({ title: 'Tin hoạt động của Sở Thông tin và Truyền thông Hà Nội - Sở Thông Tin Và Truyền Thông', menu, main: `<h1>Tin hoạt động</h1><ul>${newsItems('', 12)}</ul>` }), { via: 'article' }),
      ],
      {},
      { level: 'department' },
    );
    expect(paths(articlePages(s))).toEqual(['/tin-tuc-su-kien/-/view_content/4430301-thong-bao-danh-sach-thi-tuyen-cong-chuc-nam-2022.html']);
    // a short news item under a long "related news" list keeps its headline: still an article
    const many = Array.from({ length: 14 }, (_, i) => `<li><a href="/tin-tuc-su-kien/-/view_content/43${i}0000-tin-khac-so-${i}.html">Tin khác số ${i} của Sở về chuyển đổi số trên địa bàn thành phố</a></li>`).join('');
    s.pages.push(page(`${H}/tin-tuc-su-kien/-/view_content/4429205-thong-bao-lich-thi-tuyen-cong-chuc-nam-2022.html`, html({ title: 'Thông báo lịch thi tuyển công chức năm 2022 - Sở Thông Tin Và Truyền Thông', menu, main: `<h1>Thông báo lịch thi tuyển công chức năm 2022</h1><p>Ngày 20/08/2022. Sở thông báo lịch thi tuyển công chức năm 2022 tại trụ sở.</p><h3>Tin khác</h3><ul>${many}</ul>` }), { via: 'article' }));
    expect(paths(articlePages(s))).toContain('/tin-tuc-su-kien/-/view_content/4429205-thong-bao-lich-thi-tuyen-cong-chuc-nam-2022.html');
  });

  it('a site that marks its articles (og:type=article): a page reached as an “article” that declares og:type=website is not one', () => {
    const s = portalCrawl();
    s.pages.push(page(`${O}/su-kien/hoi-cho-thuong-mai-bac-kan-nam-2022-tai-thanh-pho`, html({ title: 'Hội chợ thương mại Bắc Kạn năm 2022 tại thành phố', head: og('website', PORTAL_VI), menu: [['Trang chủ', '/']], main: `<h1>Hội chợ</h1><p>Ngày 20/11/2022</p><p>${PROSE}</p>` }), { via: 'article' }));
    expect(paths(articlePages(s, 10))).not.toContain('/su-kien/hoi-cho-thuong-mai-bac-kan-nam-2022-tai-thanh-pho');
    expect(articlePages(s, 10)).toHaveLength(3);
  });
});

describe('C10 — English identity on a portal that serves component sites at paths of its host', () => {
  it('portal crawl: the components\' English pages are theirs, not the portal\'s (pass; was fail “Nguyen Thi Minh Khai Ward website”)', async () => {
    const s = portalCrawl();
    expect(paths(englishPages(s)).sort()).toEqual(['/en/', '/en/tin-tuc/ubnd-tinh-trien-khai-nhiem-vu-nam-2023']);
    const f = await finding(s, 'N42-7.2a/identity');
    expect(f.status, f.message.en).toBe('pass');
  });

  it('the portal\'s own English home naming another agency still fails', async () => {
    const f = await finding(portalCrawl({}, 'Ba Dinh District Web Portal'), 'N42-7.2a/identity');
    expect(f.status, f.message.en).toBe('fail');
    expect(f.evidence[0].url).toBe(`${O}/en/`);
  });
});

describe('C10 — a component site\'s English pages name the component and link (or name) its portal', () => {
  const W = `${O}/phuong-nguyen-thi-minh-khai`;
  const E = `${O}/en/phuong-nguyen-thi-minh-khai`;
  const enPage = (path: string, title: string) =>
    page(
      `${E}${path}`,
      html({
        title,
        lang: 'en',
        header: `<a href="${E}/">People's Committee of Nguyen Thi Minh Khai Ward</a><a href="${O}/en/">Back to the provincial portal</a>`,
        menu: [['Home', '/en/phuong-nguyen-thi-minh-khai/'], ['About us', '/en/phuong-nguyen-thi-minh-khai/about-us']],
        main: `<h1>${titleHead(title)}</h1><p>${PROSE_EN}</p>`,
        footer: `<a href="${O}/en/">Provincial portal: ${PORTAL_EN}</a>`,
      }),
      { via: 'english' },
    );
  const titleHead = (t: string) => t.split(' | ')[0];
  const component = (enTitleOf: (page: string) => string) =>
    snapshot(
      [
        page(`${W}/`, html({ title: WARD_VI, head: hreflang(`${E}/`), header: `<a href="${O}/">Về Cổng thông tin điện tử tỉnh</a>`, menu: [['Trang chủ', '/phuong-nguyen-thi-minh-khai/']], main: `<p>${PROSE}</p>` })),
        enPage('/', enTitleOf('Home')),
        enPage('/about-us', enTitleOf('About us')),
        enPage('/news/test-item-23', enTitleOf('Test item no. 23')),
      ],
      { englishUrl: `${E}/`, pathScope: ['/phuong-nguyen-thi-minh-khai', '/en/phuong-nguyen-thi-minh-khai'] },
      { level: 'commune', portalUrl: `${O}/`, agency: 'Ủy ban nhân dân phường Nguyễn Thị Minh Khai' },
    );

  it('titles naming the ward and its provincial portal pass (the portal is its parent, not another agency)', async () => {
    const s = component((p) => (p === 'Home' ? `${WARD_EN} | ${PORTAL_EN}` : `${p} | ${WARD_EN} | ${PORTAL_EN}`));
    const f = await finding(s, 'N42-7.2a/identity');
    expect(f.status, f.message.en).toBe('pass');
    expect(f.message.en).toMatch(/name this agency/);
  });

  it('titles naming a district (another kind of agency) fail', async () => {
    const f = await finding(component((p) => `${p} | Ba Be District website`), 'N42-7.2a/identity');
    expect(f.status, f.message.en).toBe('fail');
    expect(f.message.en).toMatch(/Ba Be District website/);
  });

  it('a provincial portal of another province in the title fails (it is not this ward\'s parent)', async () => {
    const f = await finding(component((p) => `${p} | ${WARD_EN} | Thai Nguyen Province Web Portal`), 'N42-7.2a/identity');
    expect(f.status, f.message.en).toBe('fail');
    expect(f.message.en).toMatch(/Thai Nguyen Province Web Portal/);
  });
});

describe('C5 — EMC tag: a component\'s pages on the portal\'s host carry the component\'s own site id', () => {
  const emc = (id: string) => `<script>var _govaq = window._govaq || []; _govaq.push(['setTrackerUrl', 'https://f-emc.ngsp.gov.vn/tracking']); _govaq.push(['setSiteId', '${id}']);</script>`;
  const tagged = (s: SiteSnapshot, idOf: (path: string) => string) => {
    const pages = s.pages.map((p) => page(p.url, p.html!.replace('</body>', `${emc(idOf(new URL(p.url).pathname))}</body>`), { via: p.via, depth: p.depth }));
    return { ...s, pages };
  };

  it('the portal\'s pages all carry its id; the components\' ids are not “several ids on one site” (pass)', async () => {
    const s = tagged(portalCrawl({ emcSiteId: '1201' }), (path) => (/phuong|so-giao/.test(path) ? '1305' : '1201'));
    const j = judgeEmcTag(await judgeWith(s));
    expect(j.status, j.message.en).toBe('pass');
    expect(j.data?.siteIds).toEqual(['1201']);
  });

  it('two ids on the portal\'s own pages still fail', async () => {
    const s = tagged(portalCrawl({ emcSiteId: '1201' }), (path) => (path.startsWith('/tin-tuc/day') ? '1305' : '1201'));
    expect(judgeEmcTag(await judgeWith(s)).status).toBe('fail');
  });
});
