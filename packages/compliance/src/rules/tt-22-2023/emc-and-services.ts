/**
 * TT22-Ch.III, TT22-EMC-label, TT22-4.3, TT22-3 — Circular 22/2023/TT-BTTTT.
 * Ch. III: portals/sites are connected to the EMC monitoring system before official use; sites running before
 * 5/4/2024 had until 5/4/2025 to set up the monitoring code. The 2024 evaluation also checked a visible EMC label
 * and homepage links to "the … pages" (read as the component sites).
 * Art. 4: store as structured data and share as web services. Definitions: each state-agency site is a component of
 * one state portal.
 */
import { judgeComponent } from '../../checks/component.js';
import { judgeComponentListing } from '../../checks/component-listing.js';
import { judgeEmcLabel, judgeEmcTag, judgeFeeds } from '../../checks/links-emc.js';
import type { RuleContext } from '../types.js';
import { defineRule, use } from '../define.js';
import { componentRemedy, emcRemedy } from '../remedies.js';

const base = { basis: 'tt-22-2023', confidence: 'secondary' as const };

export default [
  defineRule({
    ...base,
    id: 'TT22-Ch.III',
    citation: { vi: 'Chương III Thông tư 22/2023/TT-BTTTT', en: 'Circular 22/2023/TT-BTTTT, Chapter III' },
    title: { vi: 'Gắn mã giám sát EMC (kết nối Hệ thống EMC)', en: 'EMC monitoring tag (connection to the EMC system)' },
    check: 'C5',
    appliesTo: { scope: 'A' },
    severity: 'high',
    evaluate: (ctx: RuleContext) => {
      const j = ctx.judge(judgeEmcTag);
      if (j.status === 'fail' && ctx.on < '2025-04-05') {
        return { ...j, status: 'warn', message: { vi: `${j.message.vi} (Trang hoạt động trước 05/4/2024 có hạn đến trước 05/4/2025.)`, en: `${j.message.en} (Sites running before 5 Apr 2024 have until 5 Apr 2025.)` } };
      }
      return j;
    },
    remediation: emcRemedy,
  }),
  defineRule({
    ...base,
    id: 'TT22-EMC-label',
    citation: { vi: 'Thông tư 22/2023/TT-BTTTT (điều chưa xác định), theo tiêu chí đánh giá năm 2024', en: 'Circular 22/2023/TT-BTTTT (article unknown), as applied in the 2024 evaluation' },
    title: { vi: 'Nhãn thể hiện đã kết nối EMC', en: 'A label showing the EMC connection' },
    check: 'C5',
    appliesTo: { scope: 'A' },
    severity: 'low',
    warnOnly: { vi: 'mẫu nhãn và đường dẫn chưa được xác nhận (❓).', en: 'the badge artwork and URL are unconfirmed (❓).' },
    evaluate: use(judgeEmcLabel),
    remediation: { vi: 'Hiển thị nhãn/biểu tượng kết nối EMC ở đầu hoặc chân trang theo hướng dẫn của đơn vị vận hành.', en: 'Show the EMC connection label/badge in the header or footer as the operator instructs.' },
  }),
  defineRule({
    ...base,
    id: 'TT22-EMC-label/links',
    citation: { vi: 'Thông tư 22/2023/TT-BTTTT (điều chưa xác định), theo tiêu chí đánh giá năm 2024', en: 'Circular 22/2023/TT-BTTTT (article unknown), as applied in the 2024 evaluation' },
    title: { vi: 'Trang chủ cổng có đường dẫn tới các trang thành phần', en: 'The portal home page links to the component sites' },
    check: 'C5',
    appliesTo: { scope: 'P', levels: ['province'] },
    severity: 'low',
    warnOnly: { vi: 'đoạn văn bản bị cắt (“các trang …”); “trang thành phần” là cách đọc của danh mục (❓).', en: 'the source text is cut off (“các trang …”); “component sites” is the catalogue’s reading (❓).' },
    evaluate: use(judgeComponentListing),
    remediation: { vi: 'Hiển thị trên trang chủ cổng đường dẫn tới mọi trang thành phần.', en: 'Show links to every component site on the portal home page.' },
  }),
  defineRule({
    ...base,
    id: 'TT22-4.3',
    citation: { vi: 'Điều 4 Thông tư 22/2023/TT-BTTTT', en: 'Circular 22/2023/TT-BTTTT, Art. 4' },
    title: { vi: 'Lưu dữ liệu có cấu trúc, chia sẻ qua dịch vụ web', en: 'Structured data shared as web services' },
    check: 'C5',
    appliesTo: { scope: 'A' },
    severity: 'low',
    evaluate: use(judgeFeeds),
    remediation: { vi: 'Cung cấp RSS/Atom hoặc API cho tin bài, văn bản; khai báo bằng <link rel="alternate" type="application/rss+xml">.', en: 'Offer RSS/Atom or an API for articles and documents; declare it with <link rel="alternate" type="application/rss+xml">.' },
  }),
  defineRule({
    ...base,
    id: 'TT22-3',
    citation: { vi: 'Thông tư 22/2023/TT-BTTTT, giải thích từ ngữ (điều chưa xác định)', en: 'Circular 22/2023/TT-BTTTT, definitions (article unknown)' },
    title: { vi: 'Mỗi trang TTĐT của cơ quan nhà nước là trang thành phần của một cổng TTĐT', en: 'Each state-agency site is a component of one state portal' },
    check: 'C1',
    appliesTo: { scope: 'C', levels: ['department', 'district', 'commune', 'unit'], needs: ['portalUrl'] },
    severity: 'medium',
    evaluate: use(judgeComponent),
    remediation: componentRemedy,
  }),
];
