/** Decree 224/2026/NĐ-CP — implements the Law on Digital Transformation; replaces Decree 42/2022 from 1/7/2026. */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-224-2026',
  number: '224/2026/NĐ-CP',
  short: '224/2026',
  kind: 'decree',
  title: {
    vi: 'Nghị định quy định chi tiết thi hành Luật Chuyển đổi số (Chương III: cung cấp thông tin, dịch vụ công trực tuyến)',
    en: 'Decree detailing the Law on Digital Transformation (Chapter III: online information and public services)',
  },
  issuedOn: '2026-06-24',
  effectiveFrom: '2026-07-01',
  replaces: ['nd-42-2022'],
  confidence: 'secondary',
  frames: ['224/2026'],
  note: {
    vi: 'REQUIREMENTS.md §0.2, §2. Hai nguồn thứ cấp độc lập; chưa đọc bản PDF có chữ ký. Tên văn bản được diễn đạt lại.',
    en: 'REQUIREMENTS.md §0.2, §2. Two independent secondary sources; the signed PDF was not read. Title paraphrased.',
  },
});
