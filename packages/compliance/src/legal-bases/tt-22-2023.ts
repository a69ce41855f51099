/** Circular 22/2023/TT-BTTTT — structure, layout, technical requirements of state portals/sites; EMC connection. */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'tt-22-2023',
  number: '22/2023/TT-BTTTT',
  short: '22/2023',
  kind: 'circular',
  title: {
    vi: 'Thông tư quy định về cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng thông tin điện tử và Trang thông tin điện tử của cơ quan nhà nước',
    en: 'Circular on the structure, layout and technical requirements of state-agency web portals and websites',
  },
  issuedOn: '2023-12-31',
  effectiveFrom: '2024-04-05',
  confidence: 'secondary',
  uncertainFrom: '2026-07-01',
  uncertainNote: {
    vi: 'Căn cứ của Thông tư (NĐ 42/2022, Luật CNTT) hết hiệu lực từ 01/7/2026; chưa thấy công bố Thông tư còn hiệu lực (❓, REQUIREMENTS.md §9 G-TT22). Chỉ cảnh báo.',
    en: 'Its legal bases (Decree 42/2022, the IT Law) lapsed on 1 Jul 2026; no announcement that it stays in force was seen (❓, REQUIREMENTS.md §9 G-TT22). Warn only.',
  },
  frames: ['224/2026'],
  note: { vi: 'REQUIREMENTS.md §4, §9; phụ lục chưa đọc được.', en: 'REQUIREMENTS.md §4, §9; its appendices were not readable.' },
});
