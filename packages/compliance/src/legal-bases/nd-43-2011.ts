/** Decree 43/2011/NĐ-CP — online information and public services on state-agency websites (legacy; replaced by 42/2022). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-43-2011',
  number: '43/2011/NĐ-CP',
  short: '43/2011',
  kind: 'decree',
  title: {
    vi: 'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    en: 'Decree on providing information and online public services on the websites or portals of state agencies',
  },
  issuedOn: '2011-06-13',
  effectiveFrom: '2011-08-01',
  effectiveTo: '2022-08-14',
  replacedBy: 'nd-42-2022',
  confidence: 'confirmed',
  frames: ['43/2011'],
  note: {
    vi: 'REQUIREMENTS.md §1 (dòng L43-*, Pháp điển 3.3.NĐ.3.x). Ngày có hiệu lực 01/8/2011 không có trong danh mục (theo văn bản gốc).',
    en: 'REQUIREMENTS.md §1 (rows L43-*, consolidated code 3.3.NĐ.3.x). The in-force date 1 Aug 2011 is not stated in the catalogue.',
  },
});
