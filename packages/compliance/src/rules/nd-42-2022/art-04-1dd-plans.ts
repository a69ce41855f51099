/**
 * N42-4.1đ — Decree 42/2022/NĐ-CP, Art. 4(1)(đ).
 * Strategies, programmes, projects, schemes, plans and master plans, with their results; the annual work plan.
 */
import { judgeSection } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-4.1đ',
  basis: 'nd-42-2022',
  citation: { vi: 'Điểm đ khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 4(1)(đ)' },
  title: { vi: 'Chiến lược, chương trình, đề án, kế hoạch, quy hoạch và kết quả thực hiện', en: 'Strategies, programmes, schemes, plans, master plans and their results' },
  check: 'C2',
  appliesTo: { scope: 'A' },
  severity: 'medium',
  confidence: 'secondary',
  evaluate: use(judgeSection, 'plans'),
  remediation: {
    vi: 'Có chuyên mục “Chiến lược, quy hoạch, kế hoạch” gồm kế hoạch công tác năm và kết quả thực hiện, có mục trong năm hiện tại hoặc năm trước.',
    en: 'Provide a “Strategies, plans” section with the annual work plan and results, including items from this or last year.',
  },
});
