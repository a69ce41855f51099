/** Decree 09/2017/NĐ-CP — spokesperson and information to the press (until 30/6/2026). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-09-2017',
  number: '09/2017/NĐ-CP',
  short: '09/2017',
  kind: 'decree',
  title: {
    vi: 'Nghị định quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước',
    en: 'Decree on spokespersons and the provision of information to the press by state administrative agencies',
  },
  issuedOn: '2017-02-09',
  effectiveFrom: '2017-02-09',
  effectiveTo: '2026-06-30',
  replacedBy: 'nd-244-2026',
  confidence: 'confirmed',
  frames: [],
  note: {
    vi: 'REQUIREMENTS.md §10 (N09-2.4). Danh mục không ghi ngày có hiệu lực: dùng ngày ký.',
    en: 'REQUIREMENTS.md §10 (N09-2.4). The catalogue gives no in-force date: the signing date is used.',
  },
});
