/** Circular 32/2017/TT-BTTTT — information provision and convenient access on state websites (layout, footer, sitemap, access). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'tt-32-2017',
  number: '32/2017/TT-BTTTT',
  short: '32/2017',
  kind: 'circular',
  title: {
    vi: 'Thông tư quy định việc cung cấp thông tin và bảo đảm khả năng truy cập thuận tiện đối với trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    en: 'Circular on information provision and convenient access to state-agency websites and portals',
  },
  effectiveFrom: '2018-06-01',
  confidence: 'confirmed',
  uncertainFrom: '2024-04-05',
  uncertainNote: {
    vi: 'Từ 05/4/2024 Thông tư 22/2023/TT-BTTTT có hiệu lực và có thể đã thay thế phần này (❓, REQUIREMENTS.md §4); chỉ cảnh báo.',
    en: 'From 5 Apr 2024 Circular 22/2023 is in force and may have superseded this part (❓, REQUIREMENTS.md §4); warn only.',
  },
  frames: [],
  note: { vi: 'REQUIREMENTS.md §4 (Pháp điển 3.3.TT.31.15–21).', en: 'REQUIREMENTS.md §4 (consolidated code 3.3.TT.31.15–21).' },
});
