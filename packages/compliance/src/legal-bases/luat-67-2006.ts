/** Law on Information Technology No. 67/2006/QH11 — Art. 28 on state websites (until 30/6/2026). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'luat-67-2006',
  number: '67/2006/QH11',
  short: '67/2006',
  kind: 'law',
  title: { vi: 'Luật Công nghệ thông tin', en: 'Law on Information Technology' },
  effectiveFrom: '2007-01-01',
  effectiveTo: '2026-06-30',
  replacedBy: 'luat-148-2025',
  confidence: 'confirmed',
  frames: ['43/2011'],
  note: {
    vi: 'REQUIREMENTS.md §3 (LCNTT-28). Hết hiệu lực từ 01/7/2026 (khoản 2 Điều 47 Luật 148/2025/QH15).',
    en: 'REQUIREMENTS.md §3 (LCNTT-28). Ceased on 1 Jul 2026 (Law 148/2025 Art. 47(2)).',
  },
});
