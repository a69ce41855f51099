/** Circular 09/2014/TT-BTTTT — details on websites and social networks (homepage identity items; licensing). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'tt-09-2014',
  number: '09/2014/TT-BTTTT',
  short: '09/2014',
  kind: 'circular',
  title: {
    vi: 'Thông tư quy định chi tiết về hoạt động quản lý, cung cấp, sử dụng thông tin trên trang thông tin điện tử và mạng xã hội',
    en: 'Circular detailing the management, provision and use of information on websites and social networks',
  },
  issuedOn: '2014-08-19',
  effectiveFrom: '2014-10-15',
  effectiveTo: '2024-12-24',
  confidence: 'confirmed',
  frames: ['43/2011', '42/2022'],
  note: {
    vi: 'REQUIREMENTS.md §5. Coi như hết áp dụng cùng NĐ 72/2013 từ 25/12/2024 (❓: chưa thấy văn bản bãi bỏ); ngày có hiệu lực không có trong danh mục.',
    en: 'REQUIREMENTS.md §5. Treated as lapsing with Decree 72/2013 on 25 Dec 2024 (❓: no repeal text seen); in-force date not in the catalogue.',
  },
});
