/** Decree 13/2018/NĐ-CP — details the Law on Access to Information. */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-13-2018',
  number: '13/2018/NĐ-CP',
  short: '13/2018',
  kind: 'decree',
  title: {
    vi: 'Nghị định quy định chi tiết và biện pháp thi hành Luật Tiếp cận thông tin',
    en: 'Decree detailing and guiding the Law on Access to Information',
  },
  effectiveFrom: '2018-07-01',
  confidence: 'confirmed',
  frames: ['43/2011', '42/2022', '224/2026'],
  note: {
    vi: 'REQUIREMENTS.md §3 (Pháp điển 32.2.NĐ.1.6). Ngày có hiệu lực lấy theo ngày Luật có hiệu lực (danh mục không ghi).',
    en: 'REQUIREMENTS.md §3 (consolidated code 32.2.NĐ.1.6). In-force date taken as the Law’s (the catalogue does not state it).',
  },
});
