/** Decree 72/2013/NĐ-CP — Internet services and online information (replaced by Decree 147/2024 on 25/12/2024). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-72-2013',
  number: '72/2013/NĐ-CP',
  short: '72/2013',
  kind: 'decree',
  title: {
    vi: 'Nghị định về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng',
    en: 'Decree on the management, provision and use of Internet services and online information',
  },
  issuedOn: '2013-07-15',
  effectiveFrom: '2013-09-01',
  effectiveTo: '2024-12-24',
  replacedBy: 'nd-147-2024',
  confidence: 'confirmed',
  frames: ['43/2011', '42/2022'],
  note: {
    vi: 'REQUIREMENTS.md §5 (được sửa đổi bởi NĐ 27/2018). Ngày có hiệu lực 01/9/2013 không có trong danh mục.',
    en: 'REQUIREMENTS.md §5 (amended by Decree 27/2018). The in-force date 1 Sep 2013 is not stated in the catalogue.',
  },
});
