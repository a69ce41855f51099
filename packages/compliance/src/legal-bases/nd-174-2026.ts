/** Decree 174/2026/NĐ-CP — administrative sanctions in posts, telecoms, e-transactions and IT (homepage items, Art. 93). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-174-2026',
  number: '174/2026/NĐ-CP',
  short: '174/2026',
  kind: 'decree',
  title: {
    vi: 'Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông, tần số vô tuyến điện, giao dịch điện tử và công nghệ thông tin',
    en: 'Decree on administrative sanctions in posts, telecommunications, radio frequencies, e-transactions and IT',
  },
  issuedOn: '2026-05-15',
  effectiveFrom: '2026-07-01',
  confidence: 'secondary',
  frames: [],
  note: { vi: 'REQUIREMENTS.md §5 (N174-93.1), hai bản crawl GitHub (S22).', en: 'REQUIREMENTS.md §5 (N174-93.1), two GitHub crawls (S22).' },
});
