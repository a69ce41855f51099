/**
 * N42-4.1e — Decree 42/2022/NĐ-CP, Art. 4(1)(e).
 * Functions, duties, powers, structure and org chart of the agency and each unit; the agency's address, phone, fax,
 * e-mail; name, position, unit, phone and official e-mail of the officials acting as contact points.
 * One catalogue row, three findings: organisation, agency contacts, officials' contacts.
 */
import { judgeAgencyContacts, judgeOfficialContacts } from '../../checks/contacts.js';
import { judgeSections } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

const base = {
  basis: 'nd-42-2022',
  citation: { vi: 'Điểm e khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 4(1)(e)' },
  appliesTo: { scope: 'A' as const },
  confidence: 'secondary' as const,
};

export default [
  defineRule({
    ...base,
    id: 'N42-4.1e/org',
    title: { vi: 'Chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, sơ đồ tổ chức', en: 'Functions, duties, powers, structure and org chart' },
    check: 'C2',
    severity: 'high',
    evaluate: use(judgeSections, ['org-structure', 'functions'], 'all'),
    remediation: {
      vi: 'Đăng trang “Chức năng, nhiệm vụ” và “Cơ cấu tổ chức” (kèm sơ đồ tổ chức) của cơ quan và từng đơn vị trực thuộc, đặt trong mục Giới thiệu.',
      en: 'Publish “Functions and duties” and “Organisational structure” pages (with an org chart) for the agency and each unit, under Introduction.',
    },
  }),
  defineRule({
    ...base,
    id: 'N42-4.1e/contacts',
    title: { vi: 'Địa chỉ, điện thoại, fax, thư điện tử của cơ quan', en: "The agency's address, phone, fax and e-mail" },
    check: 'C3',
    severity: 'high',
    evaluate: use(judgeAgencyContacts),
    remediation: {
      vi: 'Ghi địa chỉ, điện thoại, fax và thư điện tử công vụ (.gov.vn) của cơ quan ở chân trang và trang Liên hệ.',
      en: "Give the agency's address, phone, fax and official (.gov.vn) e-mail in the footer and on the Contact page.",
    },
  }),
  defineRule({
    ...base,
    id: 'N42-4.1e/officials',
    title: { vi: 'Họ tên, chức vụ, đơn vị, điện thoại, e-mail công vụ của cán bộ đầu mối', en: 'Name, position, unit, phone and official e-mail of contact-point officials' },
    check: 'C3',
    severity: 'high',
    evaluate: use(judgeOfficialContacts),
    remediation: {
      vi: 'Trên trang Lãnh đạo hoặc Danh bạ, ghi cho từng cán bộ đầu mối: họ tên, chức vụ, đơn vị, điện thoại, thư điện tử công vụ.',
      en: 'On the Leaders or Directory page, give each contact-point official: name, position, unit, phone and official e-mail.',
    },
  }),
];
