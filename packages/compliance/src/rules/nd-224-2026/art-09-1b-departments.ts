/**
 * N224-9.1b — Decree 224/2026/NĐ-CP, Art. 9(1)(b).
 * Ministries, central agencies and provincial specialised departments publish: org chart, structure, functions,
 * duties and powers of the agency and its units; a short history; short biographies and assigned duties of leaders.
 */
import { judgeSection, judgeSections } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

const base = {
  basis: 'nd-224-2026',
  citation: { vi: 'Điểm b khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 9(1)(b)' },
  appliesTo: { scope: 'C' as const, levels: ['department' as const] },
  confidence: 'secondary' as const,
  check: 'C2' as const,
};

export default [
  defineRule({
    ...base,
    id: 'N224-9.1b/org',
    title: { vi: 'Sơ đồ, cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn', en: 'Org chart, structure, functions, duties and powers' },
    severity: 'high',
    evaluate: use(judgeSections, ['org-structure', 'functions'], 'all'),
    remediation: { vi: 'Đăng sơ đồ, cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn của cơ quan và các đơn vị trực thuộc.', en: 'Publish the org chart, structure, functions, duties and powers of the agency and its units.' },
  }),
  defineRule({
    ...base,
    id: 'N224-9.1b/history',
    title: { vi: 'Tóm lược lịch sử hình thành', en: 'Short history of the agency' },
    severity: 'medium',
    evaluate: use(judgeSection, 'history'),
    remediation: { vi: 'Thêm trang “Lịch sử hình thành và phát triển” trong mục Giới thiệu.', en: 'Add a “History” page under Introduction.' },
  }),
  defineRule({
    ...base,
    id: 'N224-9.1b/leaders',
    title: { vi: 'Tiểu sử tóm tắt và nhiệm vụ đảm nhiệm của lãnh đạo', en: 'Leaders’ short biographies and assigned duties' },
    severity: 'medium',
    evaluate: use(judgeSection, 'leaders'),
    remediation: { vi: 'Trang “Lãnh đạo” ghi cho từng người: tiểu sử tóm tắt (năm sinh, quê quán, trình độ) và nhiệm vụ phụ trách.', en: 'The Leaders page gives each leader a short biography (birth year, home town, qualifications) and assigned duties.' },
  }),
];
