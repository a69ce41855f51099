/**
 * A hand-written, compliant department site (Sở Tư pháp tỉnh Thái Nguyên, invented content) as a SiteSnapshot,
 * with switches to break one feature at a time. Each check's pass case uses it whole; each fail case removes or
 * spoils the one thing the rule asks for. The HTML goes through the real extractor (`extractPageFacts`).
 *
 * Snapshot fields set here (documented for whoever writes more fixtures from the rule text):
 *  pages[] (url, status, depth, via, headers, html → facts), sitemaps[], feeds[], searchProbe, tls, network,
 *  cloaking[], englishUrl, hosts, site (context). `on` for freshness tests: 2026-11-29 (news dated 2026-11-27).
 */
import type { SiteContext, SiteSnapshot } from '../../src/snapshot.js';
import { html, page, snapshot } from './snapshot-builder.js';

export const ORIGIN = 'https://sotp.thainguyen.gov.vn';
export const AGENCY = 'Sở Tư pháp tỉnh Thái Nguyên';

export type Feature =
  | 'search'
  | 'search-works'
  | 'emc'
  | 'footer-responsible'
  | 'viewport'
  | 'english'
  | 'english-contacts'
  | 'access-info'
  | 'disclosure-table'
  | 'directory'
  | 'spokesperson'
  | 'legal-docs'
  | 'xml-sitemap'
  | 'print'
  | 'share'
  | 'social'
  | 'gov-links'
  | 'official-contacts'
  | 'info-regulation'
  | 'focal-point'
  | 'privacy'
  | 'feeds'
  | 'rating'
  | 'menu-dvc'
  | 'fresh-news';

export interface SampleOptions {
  without?: Feature[];
  /** Extra HTML appended to the home page's main area (e.g. injected spam). */
  homeExtra?: string;
  /** Replace or add pages: path → HTML. */
  pages?: Record<string, string>;
  /** Empty one section page (its main area only says "Chưa có dữ liệu"). */
  emptyPaths?: string[];
  site?: Partial<SiteContext>;
  snapshot?: Partial<SiteSnapshot>;
  scripts?: string;
}

const FOOTER = (responsible: boolean) => `
  <p>Cơ quan chủ quản: ${AGENCY}</p>
  ${responsible ? '<p>Chịu trách nhiệm chính: Giám đốc Nguyễn Văn An</p>' : ''}
  <p>Địa chỉ: Số 18 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên</p>
  <p>Điện thoại: 0208 3855 123 - Fax: 0208 3855 124 - Email: sotp@thainguyen.gov.vn</p>
  <p>© Bản quyền thuộc ${AGENCY}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
  <p><a href="https://thainguyen.gov.vn">Cổng thông tin điện tử tỉnh Thái Nguyên</a> <a href="https://tinnhiemmang.vn/emc"><img src="/images/emc-label.png" alt="Đã kết nối EMC"></a></p>`;

const para = (topic: string, n = 3) =>
  Array.from({ length: n }, (_, i) => `<p>${topic} — đoạn ${i + 1}: ${AGENCY} thực hiện nhiệm vụ theo quy định của pháp luật, phối hợp với các cơ quan, đơn vị liên quan để bảo đảm hiệu quả công tác quản lý nhà nước trong lĩnh vực được giao trên địa bàn tỉnh.</p>`).join('\n');

export function sampleSite(o: SampleOptions = {}): SiteSnapshot {
  const off = new Set(o.without ?? []);
  const on = (f: Feature) => !off.has(f);
  const menu: [string, string][] = [
    ['Trang chủ', '/'],
    ['Giới thiệu', '/gioi-thieu'],
    ['Cơ cấu tổ chức', '/co-cau-to-chuc'],
    ['Chức năng, nhiệm vụ', '/chuc-nang-nhiem-vu'],
    ['Lãnh đạo Sở', '/lanh-dao'],
    ['Lịch sử hình thành', '/lich-su'],
    ...(on('legal-docs') ? ([['Văn bản pháp luật', '/van-ban']] as [string, string][]) : []),
    ...(on('menu-dvc') ? ([['Dịch vụ công trực tuyến', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html']] as [string, string][]) : []),
    ['Tin tức - Sự kiện', '/tin-tuc'],
    ['Chiến lược, kế hoạch', '/ke-hoach'],
    ['Hỏi đáp', '/hoi-dap'],
    ['Lấy ý kiến dự thảo', '/lay-y-kien'],
    ...(on('access-info') ? ([['Tiếp cận thông tin', '/tiep-can-thong-tin']] as [string, string][]) : []),
    ['Liên hệ', '/lien-he'],
    ['Sơ đồ cổng', '/so-do-cong'],
    ...(on('english') ? ([['English', '/en']] as [string, string][]) : []),
  ];
  const footer = FOOTER(on('footer-responsible'));
  const head = `${on('viewport') ? '<meta name="viewport" content="width=device-width, initial-scale=1">' : ''}<meta name="description" content="Cổng thông tin điện tử ${AGENCY}"><meta property="og:title" content="${AGENCY}"><link rel="alternate" type="application/rss+xml" href="/rss">`;
  const emc = on('emc')
    ? `<!-- Begin EMC Tracking Code --><script>var _govaq = window._govaq || []; _govaq.push(['trackPageView']); _govaq.push(['enableLinkTracking']); (function () { _govaq.push(['setTrackerUrl', 'https://f-emc.ngsp.gov.vn/tracking']); _govaq.push(['setSiteId', '1234']); var d = document, g = d.createElement('script'), s = d.getElementsByTagName('script')[0]; g.type = 'text/javascript'; g.async = true; g.defer = true; g.src = 'https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js'; s.parentNode.insertBefore(g, s); })();</script><!-- End EMC Tracking Code -->`
    : '';
  const scripts = `${o.scripts ?? '<script src="/js/jquery-3.7.1.min.js"></script>'}${emc}`;
  const header = `<a href="/" accesskey="1"><img src="/images/quoc-huy.png" alt="Quốc huy"></a><h2 class="site-name">${AGENCY.toUpperCase()}</h2><span class="font-size"><a href="#" class="font-size-up">A+</a> <a href="#" class="font-size-down">A-</a></span>`;
  const searchForm = on('search') ? '<form role="search" action="/tim-kiem" method="get"><input type="search" name="q" placeholder="Tìm kiếm"><button>Tìm</button></form>' : '';
  const mk = (title: string, main: string, extra: { lang?: string; menu?: [string, string][]; footer?: string } = {}) =>
    html({ title: `${title} - ${AGENCY}`, menu: extra.menu ?? menu, main: `${searchForm}${main}${scripts}`, footer: extra.footer ?? footer, head, header, lang: extra.lang });

  const newsDate = on('fresh-news') ? '27/11/2026' : '02/01/2026';
  const articleUrl = '/tin-tuc/chi-tiet/12345-hoi-nghi-trien-khai-cong-tac-tu-phap-nam-2027';
  const newsItems = [
    `<li><a href="${articleUrl}">Hội nghị triển khai công tác tư pháp năm 2027 trên địa bàn tỉnh</a> <span>${newsDate}</span></li>`,
    '<li><a href="/tin-tuc/chi-tiet/12340-tap-huan-nghiep-vu-ho-tich-cho-cong-chuc-cap-xa">Tập huấn nghiệp vụ hộ tịch cho công chức cấp xã</a> <span>20/11/2026</span></li>',
    '<li><a href="/tin-tuc/chi-tiet/12330-pho-bien-luat-moi-cho-doanh-nghiep">Phổ biến luật mới cho doanh nghiệp nhỏ và vừa</a> <span>12/11/2026</span></li>',
  ].join('');
  const links = on('gov-links')
    ? '<div class="lien-ket"><h3>Liên kết website</h3><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a> <a href="https://thainguyen.gov.vn">Cổng TTĐT tỉnh Thái Nguyên</a> <a href="https://moj.gov.vn">Bộ Tư pháp</a></div>'
    : '';
  const social = on('social') ? '<a href="https://www.facebook.com/sotuphapthainguyen">Facebook Sở Tư pháp</a> <a href="https://www.youtube.com/@sotuphapthainguyen">YouTube</a>' : '';
  const privacy = on('privacy') ? '<a href="/chinh-sach-bao-ve-du-lieu-ca-nhan">Chính sách bảo vệ dữ liệu cá nhân</a>' : '';
  const blocks = `<ul class="home-banners"><li><a href="/van-ban">Văn bản</a></li><li><a href="/pho-bien-phap-luat">Phổ biến, giáo dục pháp luật</a></li><li><a href="/ngan-sach">Công khai ngân sách</a></li><li><a href="/thong-ke">Thông tin thống kê</a></li><li><a href="/dau-tu-cong">Đầu tư công, mua sắm công</a></li><li><a href="/tuyen-dung">Tuyển dụng</a></li><li><a href="/danh-ba">Danh bạ</a></li><li><a href="/nguoi-phat-ngon">Người phát ngôn</a></li><li><a href="/tu-danh-gia">Tự đánh giá khả năng tiếp cận dịch vụ công</a></li>${privacy}</ul>`;

  const P: Record<string, string> = {
    '/': mk('Trang chủ', `<h1>Tin nổi bật</h1><ul class="news">${newsItems}</ul>${blocks}${links}${social}${on('rating') ? '<form class="rating"><label>Đánh giá mức độ hài lòng <input type="radio" name="danh_gia_hai_long" value="5"></label></form>' : ''}${o.homeExtra ?? ''}`),
    '/gioi-thieu': mk('Giới thiệu', `<h1>Giới thiệu</h1>${para('Giới thiệu chung')}`),
    '/co-cau-to-chuc': mk('Cơ cấu tổ chức', `<h1>Cơ cấu tổ chức</h1><img src="/images/so-do-to-chuc.png" alt="Sơ đồ tổ chức">${para('Cơ cấu tổ chức gồm Văn phòng, Thanh tra, các phòng chuyên môn')}`),
    '/chuc-nang-nhiem-vu': mk('Chức năng, nhiệm vụ', `<h1>Chức năng, nhiệm vụ, quyền hạn</h1>${para('Vị trí, chức năng')}`),
    '/lich-su': mk('Lịch sử hình thành', `<h1>Lịch sử hình thành và phát triển</h1>${para('Quá trình hình thành')}`),
    '/lanh-dao': mk(
      'Lãnh đạo Sở',
      `<h1>Lãnh đạo Sở</h1>${
        on('official-contacts')
          ? '<div><p>Giám đốc: Nguyễn Văn An, sinh năm 1972, quê quán Phú Bình. Điện thoại: 0208 3855 111. Email: annv@thainguyen.gov.vn. Phụ trách chung.</p><p>Phó Giám đốc: Trần Thị Bình, sinh năm 1978. Điện thoại: 0208 3855 112. Email: binhtt@thainguyen.gov.vn. Phụ trách hành chính tư pháp.</p></div>'
          : '<div><p>Giám đốc: Nguyễn Văn An, sinh năm 1972, quê quán Phú Bình, phụ trách chung.</p><p>Phó Giám đốc: Trần Thị Bình, sinh năm 1978, phụ trách hành chính tư pháp.</p></div>'
      }${para('Nhiệm vụ đảm nhiệm', 1)}`,
    ),
    '/van-ban': mk(
      'Văn bản pháp luật',
      `<h1>Văn bản pháp luật</h1><form action="/van-ban" method="get"><input type="text" name="keyword" placeholder="Tìm văn bản"></form><table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr><tr><td>15/2026/QĐ-UBND</td><td>12/11/2026</td><td><a href="/van-ban/15-2026-qd-ubnd">Quy định quản lý hoạt động trợ giúp pháp lý</a></td><td><a href="/files/15-2026.pdf">PDF</a></td></tr><tr><td>120/QĐ-STP</td><td>01/10/2026</td><td><a href="/van-ban/120-qd-stp">Quyết định kiện toàn tổ biên tập</a></td><td><a href="/files/120.pdf">PDF</a></td></tr></table>`,
    ),
    '/tin-tuc': mk('Tin tức - Sự kiện', `<h1>Tin tức - Sự kiện</h1><ul>${newsItems}</ul>`),
    [articleUrl]: mk(
      'Hội nghị triển khai công tác tư pháp năm 2027 trên địa bàn tỉnh',
      `<article><h1>Hội nghị triển khai công tác tư pháp năm 2027 trên địa bàn tỉnh</h1><p class="date">Ngày đăng ${newsDate}</p>${para('Nội dung hội nghị', 6)}${on('print') ? '<a href="javascript:window.print()" class="print">In bài</a>' : ''}${on('share') ? '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Chia sẻ Facebook</a> <a href="https://sp.zalo.me/share_inline?u=x">Zalo</a>' : ''}</article>`,
    ),
    '/ke-hoach': mk('Chiến lược, kế hoạch', `<h1>Kế hoạch</h1><ul><li><a href="/ke-hoach/kh-2026">Kế hoạch công tác tư pháp năm 2026</a> 05/01/2026</li><li><a href="/ke-hoach/kh-cds">Kế hoạch chuyển đổi số năm 2026</a> 10/02/2026</li></ul>`),
    '/hoi-dap': mk('Hỏi đáp', `<h1>Hỏi đáp</h1><ul><li><a href="/hoi-dap/1">Thủ tục đăng ký khai sinh cho con ngoài giá thú?</a></li><li><a href="/hoi-dap/2">Lệ phí chứng thực bản sao?</a></li></ul>`),
    '/lay-y-kien': mk('Lấy ý kiến dự thảo', `<h1>Lấy ý kiến dự thảo văn bản</h1><ul><li><a href="/lay-y-kien/1">Dự thảo Quy định về hòa giải ở cơ sở</a> hạn góp ý 30/12/2026</li><li><a href="/lay-y-kien/2">Dự thảo Kế hoạch phổ biến pháp luật</a></li></ul>`),
    '/pho-bien-phap-luat': mk('Phổ biến, giáo dục pháp luật', `<h1>Phổ biến, giáo dục pháp luật</h1><ul><li><a href="/pbgdpl/1">Tìm hiểu Luật Hộ tịch</a></li><li><a href="/pbgdpl/2">Hỏi đáp về Luật Đất đai</a></li></ul>`),
    '/ngan-sach': mk('Công khai ngân sách', `<h1>Công khai ngân sách</h1><ul><li><a href="/ngan-sach/1">Công khai dự toán ngân sách năm 2026</a></li><li><a href="/ngan-sach/2">Báo cáo tài chính năm 2025</a></li></ul>`),
    '/thong-ke': mk('Thông tin thống kê', `<h1>Thông tin thống kê</h1><ul><li><a href="/thong-ke/1">Số liệu thống kê hộ tịch năm 2025</a></li><li><a href="/thong-ke/2">Thống kê trợ giúp pháp lý 6 tháng</a></li></ul>`),
    '/dau-tu-cong': mk('Đầu tư công, mua sắm công', `<h1>Đầu tư công, mua sắm công</h1><ul><li><a href="/dtc/1">Kế hoạch lựa chọn nhà thầu gói thầu thiết bị</a></li><li><a href="/dtc/2">Danh mục dự án đầu tư công</a></li></ul>`),
    '/tuyen-dung': mk('Tuyển dụng', `<h1>Tuyển dụng</h1><ul><li><a href="/td/1">Thông báo tuyển dụng viên chức năm 2026</a></li><li><a href="/td/2">Kết quả xét tuyển</a></li></ul>`),
    '/tu-danh-gia': mk('Tự đánh giá khả năng tiếp cận', `<h1>Kết quả tự đánh giá khả năng tiếp cận dịch vụ công trực tuyến năm 2026</h1>${para('Kết quả tự đánh giá', 2)}`),
    '/lien-he': mk('Liên hệ', `<h1>Liên hệ</h1><p>${AGENCY}</p><p>Địa chỉ: Số 18 đường Nha Trang, tỉnh Thái Nguyên. Điện thoại: 0208 3855 123. Email: sotp@thainguyen.gov.vn</p>`),
    '/so-do-cong': mk('Sơ đồ cổng', `<h1>Sơ đồ cổng</h1><ul>${menu.map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join('')}</ul>`),
  };
  if (on('directory')) P['/danh-ba'] = mk('Danh bạ', `<h1>Danh bạ điện thoại, thư điện tử</h1><table><tr><th>Họ tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr><tr><td>Nguyễn Văn An</td><td>Giám đốc</td><td>0208 3855 111</td><td>annv@thainguyen.gov.vn</td></tr><tr><td>Lê Văn Cường</td><td>Chánh Văn phòng</td><td>0208 3855 113</td><td>cuonglv@thainguyen.gov.vn</td></tr></table>`);
  if (on('spokesperson')) P['/nguoi-phat-ngon'] = mk('Người phát ngôn', `<h1>Thông tin người phát ngôn</h1><p>Người phát ngôn: Ông Nguyễn Văn An, Giám đốc Sở. Điện thoại: 0208 3855 111. Email: annv@thainguyen.gov.vn</p>`);
  if (on('access-info')) {
    P['/tiep-can-thong-tin'] = mk(
      'Tiếp cận thông tin',
      `<h1>Tiếp cận thông tin</h1>${on('focal-point') ? '<p>Bộ phận tiếp nhận yêu cầu cung cấp thông tin: Văn phòng Sở, điện thoại 0208 3855 113, email: vanphong.stp@thainguyen.gov.vn.</p>' : ''}${
        on('info-regulation') ? '<p><a href="/van-ban/qc-cctt">Quyết định số 45/QĐ-STP ban hành Quy chế cung cấp thông tin cho công dân</a></p>' : ''
      }${
        on('disclosure-table')
          ? '<table><tr><th>Tên, số ký hiệu văn bản</th><th>Ngày tạo</th><th>Hình thức công khai</th><th>Thời điểm, thời hạn công khai</th><th>Đường dẫn</th></tr><tr><td>Kế hoạch công tác năm 2026</td><td>05/01/2026</td><td>Đăng trên cổng</td><td>Trong 5 ngày làm việc</td><td><a href="/ke-hoach/kh-2026">Tải về</a></td></tr></table>'
          : para('Thông tin chung', 2)
      }`,
    );
  }
  if (on('privacy')) P['/chinh-sach-bao-ve-du-lieu-ca-nhan'] = mk('Chính sách bảo vệ dữ liệu cá nhân', `<h1>Chính sách bảo vệ dữ liệu cá nhân</h1>${para('Mục đích xử lý dữ liệu cá nhân', 2)}`);
  if (on('english')) {
    const enMenu: [string, string][] = [['Home', '/en'], ['About us', '/en/about'], ['Contact', '/en/contact']];
    const enFoot = '<p>Department of Justice of Thai Nguyen Province. Address: 18 Nha Trang Street, Thai Nguyen. Phone: +84 208 3855 123. Email: sotp@thainguyen.gov.vn</p>';
    const enPara = (n: number) =>
      Array.from({ length: n }, () => '<p>The Department of Justice is the specialised agency of the Provincial People’s Committee. It advises and assists the Committee in the state management of legal documents, legal dissemination and education, civil status, nationality, notarisation and the enforcement of the law in the province, and it carries out the tasks and powers assigned to it by law.</p>').join('');
    P['/en'] = html({ title: 'Home - Department of Justice of Thai Nguyen Province', menu: enMenu, main: `<h1>News</h1>${enPara(1)}`, footer: enFoot, head, lang: 'en' });
    P['/en/about'] = html({ title: 'About us - Department of Justice of Thai Nguyen Province', menu: enMenu, main: `<h1>Organizational structure, functions and duties</h1>${enPara(4)}`, footer: enFoot, head, lang: 'en' });
    P['/en/contact'] = html({
      title: 'Contact - Department of Justice of Thai Nguyen Province',
      menu: enMenu,
      main: on('english-contacts')
        ? '<h1>Contact</h1><p>Director: Nguyễn Văn An. Phone: +84 208 3855 111. Email: annv@thainguyen.gov.vn</p><p>Deputy Director: Trần Thị Bình. Phone: +84 208 3855 112. Email: binhtt@thainguyen.gov.vn</p><p>Please contact the office of the department for all requests and the staff will answer in the time set by law.</p>'
        : '<h1>Contact</h1><p>Address: 18 Nha Trang Street, Thai Nguyen. Phone: +84 208 3855 123. Email: sotp@thainguyen.gov.vn</p><p>Please contact the office of the department for all requests and the staff will answer in the time set by law.</p>',
      footer: enFoot,
      head,
      lang: 'en',
    });
  }
  for (const p of o.emptyPaths ?? []) if (P[p]) P[p] = mk('Chuyên mục', '<h1>Chuyên mục</h1><p>Chưa có dữ liệu.</p>');
  for (const [k, v] of Object.entries(o.pages ?? {})) P[k] = v;

  const host = new URL(ORIGIN).host;
  const pages = Object.entries(P).map(([path, body]) => page(`${ORIGIN}${path === '/' ? '/' : path}`, body, { depth: path === '/' ? 0 : path.split('/').length - 1, via: path === '/' ? 'start' : 'menu', headers: { 'content-type': 'text/html; charset=utf-8', 'strict-transport-security': 'max-age=31536000', 'content-security-policy': "default-src 'self'; frame-ancestors 'self'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' } }, [host]));
  const home = pages.find((p) => p.url === `${ORIGIN}/`)!;
  const ordered = [home, ...pages.filter((p) => p !== home)];
  return snapshot(
    ordered,
    {
      sitemaps: on('xml-sitemap') ? [{ url: `${ORIGIN}/sitemap.xml`, kind: 'urlset', urls: Object.keys(P).map((p) => ({ loc: `${ORIGIN}${p}`, lastmod: '2026-11-27' })) }] : [],
      feeds: on('feeds') ? [{ url: `${ORIGIN}/rss`, kind: 'rss', items: [{ title: 'Hội nghị triển khai công tác tư pháp năm 2027', link: `${ORIGIN}${articleUrl}`, published: on('fresh-news') ? '2026-11-27T08:00:00+07:00' : '2026-01-02T08:00:00+07:00' }] }] : [],
      searchProbe: on('search')
        ? { query: 'triển khai công tác tư pháp', expectedUrl: `${ORIGIN}${articleUrl}`, resultUrl: `${ORIGIN}/tim-kiem?q=tri%E1%BB%83n`, status: 200, found: on('search-works') }
        : undefined,
      tls: { valid: true, protocol: 'TLSv1.3', issuer: 'R3', validTo: '2027-03-01', httpRedirectsToHttps: true },
      network: { ipv6: true, dnssec: true, serverCountry: 'VN' },
      cloaking: [{ url: `${ORIGIN}/`, variants: [{ agent: 'browser', status: 200, bytes: 1000, textHash: 'aaa', spamTerms: [] }, { agent: 'googlebot', status: 200, bytes: 1000, textHash: 'aaa', spamTerms: [] }, { agent: 'search-referrer', status: 200, bytes: 1000, textHash: 'aaa', spamTerms: [] }] }],
      englishUrl: on('english') ? `${ORIGIN}/en` : undefined,
      ...o.snapshot,
    },
    { url: `${ORIGIN}/`, level: 'department', agency: AGENCY, portalUrl: 'https://thainguyen.gov.vn', emcSiteId: '1234', ...o.site },
  );
}
