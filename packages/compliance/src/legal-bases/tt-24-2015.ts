/** Circular 24/2015/TT-BTTTT — Internet resources: .vn domain and servers with Vietnamese IP addresses (Art. 7(3)). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'tt-24-2015',
  number: '24/2015/TT-BTTTT',
  short: '24/2015',
  kind: 'circular',
  title: { vi: 'Thông tư quy định về quản lý và sử dụng tài nguyên Internet', en: 'Circular on the management and use of Internet resources' },
  effectiveFrom: '2015-10-01',
  confidence: 'secondary',
  uncertainFrom: '2015-10-01',
  uncertainNote: {
    vi: 'Hiệu lực hiện hành chưa xác nhận sau cải cách luật viễn thông 2023–2024 (❓, REQUIREMENTS.md §4 TT24/15-7.3). Chỉ cảnh báo.',
    en: 'Current status unconfirmed after the 2023–24 telecom-law reform (❓, REQUIREMENTS.md §4 TT24/15-7.3). Warn only.',
  },
  frames: [],
  note: { vi: 'REQUIREMENTS.md §4; ngày có hiệu lực không có trong danh mục.', en: 'REQUIREMENTS.md §4; the in-force date is not in the catalogue.' },
});
