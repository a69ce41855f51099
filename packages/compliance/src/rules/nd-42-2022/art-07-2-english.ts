/**
 * N42-7.2a–c — Decree 42/2022/NĐ-CP, Art. 7(2).
 * In English: (a) the organisational structure, functions, tasks and powers of the agency and each unit; (b) contact
 * information of competent officials; items (a)(b) updated promptly when they change.
 */
import { judgeEnglishContacts, judgeEnglishCurrent, judgeEnglishIdentity, judgeEnglishOrg } from '../../checks/english.js';
import { defineRule, use } from '../define.js';

const base = {
  basis: 'nd-42-2022',
  appliesTo: { scope: 'A' as const },
  confidence: 'confirmed' as const,
  check: 'C10' as const,
};

export default [
  defineRule({
    ...base,
    id: 'N42-7.2a',
    citation: { vi: 'Điểm a khoản 2 Điều 7 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 7(2)(a)' },
    title: { vi: 'Thông tin tiếng Anh về cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn', en: 'English information on structure, functions, tasks and powers' },
    severity: 'medium',
    evaluate: use(judgeEnglishOrg),
    remediation: { vi: 'Có phiên bản tiếng Anh (dịch thật, không chỉ đổi nhãn ngôn ngữ) với trang giới thiệu cơ cấu tổ chức, chức năng, nhiệm vụ của cơ quan và từng đơn vị.', en: 'Provide a real English version (translated, not just a language label) with pages on the structure, functions and tasks of the agency and each unit.' },
  }),
  defineRule({
    ...base,
    id: 'N42-7.2a/identity',
    citation: { vi: 'Điểm a khoản 2 Điều 7 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 7(2)(a)' },
    title: { vi: 'Trang tiếng Anh ghi đúng tên cơ quan', en: 'The English pages identify this agency' },
    severity: 'medium',
    evaluate: use(judgeEnglishIdentity),
    remediation: { vi: 'Sửa tiêu đề, đầu trang của trang tiếng Anh cho đúng tên cơ quan (không để tên cơ quan khác từ giao diện mẫu).', en: "Fix the English pages' titles and header to name this agency (not another agency left over from a template)." },
  }),
  defineRule({
    ...base,
    id: 'N42-7.2b',
    citation: { vi: 'Điểm b khoản 2 Điều 7 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 7(2)(b)' },
    title: { vi: 'Thông tin liên hệ tiếng Anh của cán bộ có thẩm quyền', en: 'English contact details of competent officials' },
    severity: 'medium',
    evaluate: use(judgeEnglishContacts),
    remediation: { vi: 'Trên trang tiếng Anh, ghi họ tên, chức vụ, đơn vị, điện thoại, fax, e-mail của cán bộ có thẩm quyền.', en: 'On the English pages, give the name, position, unit, phone, fax and e-mail of competent officials.' },
  }),
  defineRule({
    ...base,
    id: 'N42-7.2c',
    citation: { vi: 'Khoản 2 Điều 7 Nghị định 42/2022/NĐ-CP (cập nhật kịp thời)', en: 'Decree 42/2022/NĐ-CP, Art. 7(2) (prompt updates)' },
    title: { vi: 'Thông tin tiếng Anh được cập nhật kịp thời (khớp danh sách lãnh đạo)', en: 'English information kept current (leader list matches)' },
    severity: 'low',
    evaluate: use(judgeEnglishCurrent),
    remediation: { vi: 'Cập nhật danh sách lãnh đạo tiếng Anh mỗi khi tiếng Việt thay đổi.', en: 'Update the English leader list whenever the Vietnamese one changes.' },
  }),
];
