/**
 * N224-10.3a–c — Decree 224/2026/NĐ-CP, Art. 10(3).
 * (a) channels convenient on many devices, including mobile; (b) online satisfaction rating keeping raters' privacy;
 * (c) cyber-security, disability-access standards, technical regulations.
 */
import { judgeAxe } from '../../checks/browser.js';
import { judgeSatisfaction, judgeViewport } from '../../checks/usability.js';
import { defineRule, use } from '../define.js';
import { a11yRemedy, mobileRemedy } from '../remedies.js';

const base = { basis: 'nd-224-2026', appliesTo: { scope: 'A' as const }, confidence: 'secondary' as const, check: 'C9' as const };

export default [
  defineRule({ ...base, id: 'N224-10.3a', citation: { vi: 'Điểm a khoản 3 Điều 10 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 10(3)(a)' }, title: { vi: 'Thuận tiện trên nhiều thiết bị, kể cả di động', en: 'Convenient on many devices, including mobile' }, severity: 'medium', evaluate: use(judgeViewport), remediation: mobileRemedy }),
  defineRule({
    ...base,
    id: 'N224-10.3b',
    citation: { vi: 'Điểm b khoản 3 Điều 10 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 10(3)(b)' },
    title: { vi: 'Đánh giá trực tuyến mức độ hài lòng', en: 'Online satisfaction rating' },
    severity: 'medium',
    evaluate: use(judgeSatisfaction),
    remediation: { vi: 'Thêm chức năng đánh giá mức độ hài lòng (không bắt buộc đăng nhập, bảo mật thông tin người đánh giá) trên trang bài viết, chuyên mục.', en: 'Add a satisfaction rating (no login required, raters kept private) on article and section pages.' },
  }),
  defineRule({ ...base, id: 'N224-10.3c', citation: { vi: 'Điểm c khoản 3 Điều 10 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 10(3)(c)' }, title: { vi: 'Áp dụng tiêu chuẩn hỗ trợ người khuyết tật (WCAG 2.1 A/AA)', en: 'Disability-access standards (WCAG 2.1 A/AA)' }, severity: 'medium', evaluate: use(judgeAxe, 'wcag21aa'), remediation: a11yRemedy }),
];
