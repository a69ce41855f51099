/**
 * EVAL25-perf — Ministry of Science and Technology, 2025 evaluation criteria (decision number unknown).
 * Performance measured repeatedly: FCP < 3 s, LCP < 4 s, Speed Index < 5.8 s, per-task processing (TBT) < 0.6 s.
 */
import { judgeLighthouse } from '../../checks/browser.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'EVAL25-perf',
  basis: 'eval-2025',
  citation: { vi: 'Bộ tiêu chí đánh giá cổng/trang TTĐT năm 2025 (Bộ KH&CN), nhóm hiệu năng', en: '2025 evaluation criteria (Ministry of Science and Technology), performance group' },
  title: { vi: 'Hiệu năng: FCP < 3 s, LCP < 4 s, SI < 5,8 s, TBT < 0,6 s', en: 'Performance: FCP < 3 s, LCP < 4 s, SI < 5.8 s, TBT < 0.6 s' },
  check: 'C9',
  appliesTo: { scope: 'A' },
  severity: 'medium',
  confidence: 'secondary',
  evaluate: use(judgeLighthouse),
  remediation: { vi: 'Tối ưu ảnh, bộ nhớ đệm, nén, giảm JavaScript chặn hiển thị; đo lại bằng Lighthouse nhiều lần.', en: 'Optimise images, caching and compression, cut render-blocking JavaScript; re-measure with Lighthouse several times.' },
});
