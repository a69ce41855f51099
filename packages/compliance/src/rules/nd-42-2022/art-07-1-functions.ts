/**
 * N42-7.1a–c — Decree 42/2022/NĐ-CP, Art. 7(1).
 * Basic supporting functions: (a) search that finds existing content fully and exactly; (b) full and correct links
 * to other relevant state agencies' portals — for the provincial portal, links to all its component sites
 * (REQUIREMENTS.md N42-7.1b); (c) print and archive for each news item/article.
 */
import { judgeComponentListing } from '../../checks/component-listing.js';
import { judgeGovLinks } from '../../checks/links-emc.js';
import { judgeSearch } from '../../checks/search.js';
import { judgePrint } from '../../checks/usability.js';
import { defineRule, use } from '../define.js';

const base = {
  basis: 'nd-42-2022',
  appliesTo: { scope: 'A' as const },
  confidence: 'confirmed' as const,
};

export default [
  defineRule({
    ...base,
    id: 'N42-7.1a',
    citation: { vi: 'Khoản 1 Điều 7 Nghị định 42/2022/NĐ-CP (tra cứu, tìm kiếm)', en: 'Decree 42/2022/NĐ-CP, Art. 7(1) (search)' },
    title: { vi: 'Chức năng tra cứu, tìm kiếm đầy đủ, chính xác', en: 'Search that finds existing content fully and exactly' },
    check: 'C4',
    severity: 'high',
    evaluate: use(judgeSearch),
    remediation: { vi: 'Có ô tìm kiếm trên mọi trang, tìm được theo tiêu đề (có dấu và không dấu) và trả về đúng bài viết.', en: 'Offer a search box on every page that finds articles by their title words (with or without diacritics).' },
  }),
  defineRule({
    ...base,
    id: 'N42-7.1b',
    citation: { vi: 'Khoản 1 Điều 7 Nghị định 42/2022/NĐ-CP (liên kết)', en: 'Decree 42/2022/NĐ-CP, Art. 7(1) (links)' },
    title: { vi: 'Liên kết đầy đủ, chính xác tới cổng TTĐT của cơ quan nhà nước khác', en: "Full and correct links to other state agencies' portals" },
    check: 'C5',
    severity: 'medium',
    evaluate: use(judgeGovLinks),
    remediation: { vi: 'Đặt khối “Liên kết website” tới Cổng TTĐT Chính phủ, cổng tỉnh và các cơ quan liên quan; kiểm tra định kỳ liên kết hỏng.', en: 'Add a “Links” block to the Government Portal, the provincial portal and related agencies; check for dead links regularly.' },
  }),
  defineRule({
    ...base,
    id: 'N42-7.1b/components',
    citation: { vi: 'Khoản 1 Điều 7 Nghị định 42/2022/NĐ-CP (liên kết)', en: 'Decree 42/2022/NĐ-CP, Art. 7(1) (links)' },
    title: { vi: 'Cổng tỉnh liên kết tới tất cả trang thành phần', en: 'The provincial portal links to all its component sites' },
    check: 'C5',
    appliesTo: { scope: 'P', levels: ['province'] },
    severity: 'medium',
    evaluate: use(judgeComponentListing),
    remediation: { vi: 'Đặt khối “Trang thành phần” / “Liên kết website” trên trang chủ cổng, liên kết tới mọi trang của sở, ngành, UBND cấp huyện/xã.', en: 'Add a “Component sites” / “Links” block to the portal home page linking every department, district and commune site.' },
  }),
  defineRule({
    ...base,
    id: 'N42-7.1c',
    citation: { vi: 'Khoản 1 Điều 7 Nghị định 42/2022/NĐ-CP (in ấn, lưu trữ)', en: 'Decree 42/2022/NĐ-CP, Art. 7(1) (print, archive)' },
    title: { vi: 'Chức năng in ấn và lưu trữ cho mỗi tin, bài', en: 'Print and archive function for each article' },
    check: 'C9',
    severity: 'medium',
    evaluate: use(judgePrint),
    remediation: { vi: 'Thêm nút “In bài” (và lưu/tải về) trên mọi bài viết; giữ đường dẫn cố định và lưu trữ theo ngày.', en: 'Add a “Print” (and save/download) button to every article; keep permalinks and a dated archive.' },
  }),
];
