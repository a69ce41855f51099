/** Circular 26/2020/TT-BTTTT — accessibility standards for persons with disabilities (Appendix: WCAG 1.0 mandatory). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'tt-26-2020',
  number: '26/2020/TT-BTTTT',
  short: '26/2020',
  kind: 'circular',
  title: {
    vi: 'Thông tư quy định việc áp dụng tiêu chuẩn, công nghệ hỗ trợ người khuyết tật tiếp cận, sử dụng sản phẩm, dịch vụ thông tin và truyền thông',
    en: 'Circular on applying standards and technologies that help persons with disabilities use ICT products and services',
  },
  effectiveFrom: '2021-01-01',
  confidence: 'secondary',
  frames: [],
  note: {
    vi: 'REQUIREMENTS.md §4 (TT26-app). Tên văn bản được diễn đạt lại; ký 23/9/2020.',
    en: 'REQUIREMENTS.md §4 (TT26-app). Title paraphrased; signed 23 Sep 2020.',
  },
});
