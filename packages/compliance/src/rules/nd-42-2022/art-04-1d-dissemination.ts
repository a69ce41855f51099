/**
 * N42-4.1d — Decree 42/2022/NĐ-CP, Art. 4(1)(d).
 * Information disseminating and guiding the implementation of laws and policies in the agency's field.
 */
import { judgeSection } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-4.1d',
  basis: 'nd-42-2022',
  citation: { vi: 'Điểm d khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 4(1)(d)' },
  title: { vi: 'Thông tin phổ biến, hướng dẫn thực hiện pháp luật, chính sách', en: 'Dissemination and guidance on laws and policies' },
  check: 'C2',
  appliesTo: { scope: 'A' },
  severity: 'medium',
  confidence: 'secondary',
  evaluate: use(judgeSection, 'law-dissemination'),
  remediation: {
    vi: 'Có chuyên mục “Phổ biến, giáo dục pháp luật” (hoặc liên kết tới trang phổ biến pháp luật của tỉnh) và cập nhật thường xuyên.',
    en: 'Provide a “Law dissemination” section (or link to the provincial law-dissemination site) and keep it updated.',
  },
});
