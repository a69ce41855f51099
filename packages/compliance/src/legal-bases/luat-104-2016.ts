/** Law on Access to Information No. 104/2016/QH13 (in force 1/7/2018). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'luat-104-2016',
  number: '104/2016/QH13',
  short: '104/2016',
  kind: 'law',
  title: { vi: 'Luật Tiếp cận thông tin', en: 'Law on Access to Information' },
  effectiveFrom: '2018-07-01',
  confidence: 'confirmed',
  frames: ['43/2011', '42/2022', '224/2026'],
  note: { vi: 'REQUIREMENTS.md §3 (Pháp điển 32.2.LQ.17–19, 34).', en: 'REQUIREMENTS.md §3 (consolidated code 32.2.LQ.17–19, 34).' },
});
