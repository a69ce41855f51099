/** Decree 147/2024/NĐ-CP — Internet services and online information (replaces 72/2013 from 25/12/2024). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-147-2024',
  number: '147/2024/NĐ-CP',
  short: '147/2024',
  kind: 'decree',
  title: {
    vi: 'Nghị định về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng',
    en: 'Decree on the management, provision and use of Internet services and online information',
  },
  issuedOn: '2024-11-09',
  effectiveFrom: '2024-12-25',
  replaces: ['nd-72-2013'],
  confidence: 'secondary',
  frames: [],
  note: { vi: 'REQUIREMENTS.md §0.3, §5 (N147-*); chưa đọc bản có chữ ký.', en: 'REQUIREMENTS.md §0.3, §5 (N147-*); the signed text was not read.' },
});
