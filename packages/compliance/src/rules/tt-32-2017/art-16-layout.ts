/**
 * TT32-16 — Circular 32/2017/TT-BTTTT, Art. 16.
 * (1)(2) main information items on the home page or main menu; (3)(a) header: national emblem or logo + the
 * agency's full Vietnamese name; a menu with at least Home, Introduction, Online public services, Sitemap;
 * (3)(b) main area with search; (3)(c) footer: copyright + managing agency, person responsible, address, phone,
 * e-mail; (4)(b) sitemap as a tree for people and as XML for search engines.
 */
import { judgeFooter, judgeHeaderBanner, judgeMainMenu, judgeSitemap } from '../../checks/identity.js';
import { judgeSearchOnHome } from '../../checks/search.js';
import { judgeMainItemsOnHome } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';
import { footerRemedy } from '../remedies.js';

const base = { basis: 'tt-32-2017', appliesTo: { scope: 'A' as const }, confidence: 'confirmed' as const, check: 'C7' as const };
const cite = (c: string) => ({ vi: `${c} Điều 16 Thông tư 32/2017/TT-BTTTT`, en: `Circular 32/2017/TT-BTTTT, Art. 16${c.replace(/^Điểm (\w) khoản (\d)$/, '($2)($1)').replace(/^Khoản (\d) và (\d)$/, '($1)($2)')}` });

export default [
  defineRule({
    ...base,
    id: 'TT32-16.1-2',
    citation: cite('Khoản 1 và 2'),
    title: { vi: 'Hạng mục thông tin chủ yếu trên trang chủ hoặc menu chính', en: 'Main information items on the home page or main menu' },
    check: 'C2',
    severity: 'medium',
    evaluate: use(judgeMainItemsOnHome, ['introduction', 'org-structure', 'legal-documents', 'administrative-procedures', 'news', 'contacts', 'qa', 'plans', 'public-consultation', 'sitemap']),
    remediation: { vi: 'Đưa các hạng mục chính (giới thiệu, cơ cấu, văn bản, TTHC, tin tức, liên hệ, hỏi đáp, kế hoạch, lấy ý kiến, sơ đồ) lên trang chủ hoặc menu chính.', en: 'Link the main items (introduction, structure, documents, procedures, news, contact, Q&A, plans, consultation, sitemap) from the home page or main menu.' },
  }),
  defineRule({ ...base, id: 'TT32-16.3a/banner', citation: cite('Điểm a khoản 3'), title: { vi: 'Đầu trang: quốc huy/biểu trưng và tên đầy đủ của cơ quan', en: 'Header: emblem/logo and the full agency name' }, severity: 'medium', evaluate: use(judgeHeaderBanner), remediation: { vi: 'Đầu trang có Quốc huy hoặc biểu trưng và tên đầy đủ của cơ quan bằng tiếng Việt, dạng chữ (không chỉ trong ảnh).', en: 'The header shows the national emblem or logo and the full Vietnamese agency name as text (not only inside an image).' } }),
  defineRule({ ...base, id: 'TT32-16.3a/menu', citation: cite('Điểm a khoản 3'), title: { vi: 'Menu: Trang chủ, Giới thiệu, Dịch vụ công trực tuyến, Sơ đồ cổng', en: 'Menu: Home, Introduction, Online public services, Sitemap' }, severity: 'medium', evaluate: use(judgeMainMenu), remediation: { vi: 'Menu chính có ít nhất: Trang chủ, Giới thiệu, Dịch vụ công trực tuyến, Sơ đồ cổng/trang.', en: 'The main menu has at least Home, Introduction, Online public services and Sitemap.' } }),
  defineRule({ ...base, id: 'TT32-16.3b', citation: cite('Điểm b khoản 3'), title: { vi: 'Phần giữa trang chủ có chức năng tìm kiếm', en: 'The home page main area has search' }, check: 'C4', severity: 'medium', evaluate: use(judgeSearchOnHome), remediation: { vi: 'Đặt ô tìm kiếm ở vị trí dễ thấy trên trang chủ.', en: 'Place a search box prominently on the home page.' } }),
  defineRule({ ...base, id: 'TT32-16.3c', citation: cite('Điểm c khoản 3'), title: { vi: 'Chân trang: bản quyền, cơ quan chủ quản, người chịu trách nhiệm, địa chỉ, điện thoại, e-mail', en: 'Footer: copyright, managing agency, person responsible, address, phone, e-mail' }, severity: 'high', evaluate: use(judgeFooter), remediation: footerRemedy }),
  defineRule({ ...base, id: 'TT32-16.4b', citation: cite('Điểm b khoản 4'), title: { vi: 'Sơ đồ cổng dạng cây và tệp XML', en: 'Sitemap as a tree page and as XML' }, severity: 'medium', evaluate: use(judgeSitemap), remediation: { vi: 'Có trang “Sơ đồ cổng” dạng cây liên kết từ menu/chân trang và tệp /sitemap.xml khai báo trong robots.txt.', en: 'Provide a “Sitemap” tree page linked from the menu/footer and a /sitemap.xml declared in robots.txt.' } }),
];
