/**
 * L148-8.7, L148-34.2, L148-35 — Law on Digital Transformation 148/2025/QH15.
 * Art. 8(7): minimum accessibility of state digital systems. Art. 34(2): agencies that provide online public services
 * publish on their portal a quality commitment, real-time quality indicators, the feedback/incident mechanism,
 * improvement results, usage and satisfaction. Art. 35: periodic self-assessment of accessibility, published.
 */
import { judgeAxe } from '../../checks/browser.js';
import { judgeSection } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';
import { a11yRemedy } from '../remedies.js';

const base = { basis: 'luat-148-2025', confidence: 'confirmed' as const };

export default [
  defineRule({
    ...base,
    id: 'L148-8.7',
    citation: { vi: 'Khoản 7 Điều 8 Luật Chuyển đổi số 148/2025/QH15', en: 'Law 148/2025/QH15, Art. 8(7)' },
    title: { vi: 'Khả năng tiếp cận tối thiểu cho người khuyết tật, người cao tuổi', en: 'Minimum accessibility for persons with disabilities and the elderly' },
    check: 'C9',
    appliesTo: { scope: 'A' },
    severity: 'medium',
    evaluate: use(judgeAxe, 'floor'),
    remediation: a11yRemedy,
  }),
  defineRule({
    ...base,
    id: 'L148-34.2',
    citation: { vi: 'Khoản 2 Điều 34 Luật Chuyển đổi số 148/2025/QH15', en: 'Law 148/2025/QH15, Art. 34(2)' },
    title: { vi: 'Công khai cam kết, chỉ số chất lượng dịch vụ công trực tuyến', en: 'Publish online-service quality commitment and indicators' },
    check: 'C2',
    appliesTo: { scope: 'P', levels: ['province'] },
    severity: 'medium',
    evaluate: use(judgeSection, 'service-quality'),
    remediation: {
      vi: 'Đăng trên cổng: cam kết chất lượng dịch vụ, chỉ số giám sát chất lượng theo thời gian thực, cơ chế phản hồi và xử lý sự cố, kết quả cải thiện, hiệu quả sử dụng, mức độ hài lòng.',
      en: 'Publish on the portal: the service-quality commitment, real-time quality indicators, the feedback/incident mechanism, improvement results, usage and satisfaction.',
    },
  }),
  defineRule({
    ...base,
    id: 'L148-35',
    citation: { vi: 'Điều 35 Luật Chuyển đổi số 148/2025/QH15', en: 'Law 148/2025/QH15, Art. 35' },
    title: { vi: 'Công khai kết quả tự đánh giá khả năng tiếp cận dịch vụ công trực tuyến', en: 'Publish the accessibility self-assessment of online services' },
    check: 'C2',
    appliesTo: { scope: 'A' },
    severity: 'low',
    evaluate: use(judgeSection, 'self-assessment'),
    remediation: { vi: 'Định kỳ tự đánh giá mức độ phổ cập, khả năng tiếp cận dịch vụ công trực tuyến và công khai kết quả (trong 12 tháng gần nhất).', en: 'Periodically self-assess how accessible and widely used the online services are and publish the results (within 12 months).' },
  }),
];
