/**
 * TT26-app — Circular 26/2020/TT-BTTTT, Appendix item 3 (web content).
 * State agencies building portals/sites must apply the disability-access standards: WCAG 1.0 mandatory (reported
 * through the WCAG 2.x Level A subset); WCAG 2.0 / 2.1 and ATAG recommended (AA reported apart, as warnings).
 */
import { judgeAxe } from '../../checks/browser.js';
import { defineRule, use } from '../define.js';
import { a11yRemedy } from '../remedies.js';

export default defineRule({
  id: 'TT26-app',
  basis: 'tt-26-2020',
  citation: { vi: 'Phụ lục (mục 3) Thông tư 26/2020/TT-BTTTT', en: 'Circular 26/2020/TT-BTTTT, Appendix item 3' },
  title: { vi: 'Sàn pháp lý về tiếp cận: WCAG 1.0 (đánh giá qua mức A của WCAG 2.x)', en: 'Legal accessibility floor: WCAG 1.0 (judged through WCAG 2.x Level A)' },
  check: 'C9',
  appliesTo: { scope: 'A' },
  severity: 'medium',
  confidence: 'secondary',
  evaluate: use(judgeAxe, 'floor'),
  remediation: a11yRemedy,
});
