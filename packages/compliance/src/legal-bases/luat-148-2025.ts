/** Law on Digital Transformation No. 148/2025/QH15 (in force 1/7/2026). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'luat-148-2025',
  number: '148/2025/QH15',
  short: '148/2025',
  kind: 'law',
  title: { vi: 'Luật Chuyển đổi số', en: 'Law on Digital Transformation' },
  issuedOn: '2025-12-11',
  effectiveFrom: '2026-07-01',
  replaces: ['luat-67-2006'],
  confidence: 'confirmed',
  frames: ['224/2026'],
  note: {
    vi: 'REQUIREMENTS.md §0.1, §2 (dòng L148-*). Khoản 2 Điều 47: Luật Công nghệ thông tin hết hiệu lực từ 01/7/2026.',
    en: 'REQUIREMENTS.md §0.1, §2 (rows L148-*). Art. 47(2): the Law on IT ceases to have effect on 1 Jul 2026.',
  },
});
