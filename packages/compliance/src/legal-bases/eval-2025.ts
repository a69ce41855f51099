/** Ministry of Science and Technology — 2025 evaluation criteria for state portals/sites (decision number unknown). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'eval-2025',
  number: 'Bộ tiêu chí đánh giá 2025 (Bộ KH&CN)',
  short: 'EVAL25',
  kind: 'criteria',
  title: {
    vi: 'Bộ tiêu chí đánh giá cổng/trang thông tin điện tử của cơ quan nhà nước năm 2025',
    en: '2025 evaluation criteria for state-agency web portals and websites',
  },
  effectiveFrom: '2025-05-01',
  confidence: 'secondary',
  frames: [],
  note: {
    vi: 'REQUIREMENTS.md §4, §9 (EVAL25-*). Chưa tìm được số quyết định; ngày áp dụng lấy gần đúng (tháng 5/2025).',
    en: 'REQUIREMENTS.md §4, §9 (EVAL25-*). Decision number not found; start date approximate (May 2025).',
  },
});
