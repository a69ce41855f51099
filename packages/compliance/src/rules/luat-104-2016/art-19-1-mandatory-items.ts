/**
 * LTC-19.1 — Law on Access to Information 104/2016/QH13, Art. 19(1)(a–i).
 * Of the information to be disclosed, these must be on the agency's portal/website: (a) legal documents, treaties,
 * procedures; (b) law dissemination; (c) strategies, plans; (d) public investment, procurement; (đ) functions,
 * structure, org chart, address/phone/fax/e-mail of the agency and of the person receiving information requests;
 * (e) annual financial statement, statistics; (g) the list of information to be disclosed.
 */
import { judgeAgencyContacts, judgeInfoFocalPoint } from '../../checks/contacts.js';
import { judgeDisclosureList } from '../../checks/access-info.js';
import { judgeSection, judgeSections } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

const base = { catalogueId: 'LTC-19.1', basis: 'luat-104-2016', appliesTo: { scope: 'A' as const }, confidence: 'confirmed' as const };
const cite = (p: string) => ({ vi: `Điểm ${p} khoản 1 Điều 19 Luật Tiếp cận thông tin 2016`, en: `Law on Access to Information 2016, Art. 19(1)(${p})` });

export default [
  defineRule({ ...base, id: 'LTC-19.1a', citation: cite('a'), title: { vi: 'Văn bản pháp luật, thủ tục hành chính', en: 'Legal documents and administrative procedures' }, check: 'C2', severity: 'high', evaluate: use(judgeSections, ['legal-documents', 'administrative-procedures'], 'all'), remediation: { vi: 'Có chuyên mục văn bản pháp luật và thủ tục hành chính, quy trình giải quyết công việc.', en: 'Provide legal-document and administrative-procedure sections.' } }),
  defineRule({ ...base, id: 'LTC-19.1b', citation: cite('b'), title: { vi: 'Phổ biến, hướng dẫn pháp luật', en: 'Law dissemination and guidance' }, check: 'C2', severity: 'medium', evaluate: use(judgeSection, 'law-dissemination'), remediation: { vi: 'Có chuyên mục phổ biến, giáo dục pháp luật.', en: 'Provide a law-dissemination section.' } }),
  defineRule({ ...base, id: 'LTC-19.1c', citation: cite('c'), title: { vi: 'Chiến lược, chương trình, kế hoạch, quy hoạch', en: 'Strategies, programmes, plans' }, check: 'C2', severity: 'medium', evaluate: use(judgeSection, 'plans'), remediation: { vi: 'Có chuyên mục chiến lược, quy hoạch, kế hoạch (kể cả kế hoạch công tác năm) và kết quả thực hiện.', en: 'Provide a strategies/plans section (including the annual work plan) with results.' } }),
  defineRule({ ...base, id: 'LTC-19.1d', citation: cite('d'), title: { vi: 'Đầu tư công, mua sắm công', en: 'Public investment and procurement' }, check: 'C2', severity: 'medium', evaluate: use(judgeSection, 'public-investment'), remediation: { vi: 'Có chuyên mục danh mục dự án đầu tư công, mua sắm công, quản lý vốn đầu tư công.', en: 'Provide a section listing public-investment projects, procurement and capital management.' } }),
  defineRule({ ...base, id: 'LTC-19.1đ/org', citation: cite('đ'), title: { vi: 'Chức năng, nhiệm vụ, cơ cấu, sơ đồ tổ chức', en: 'Functions, duties, structure, org chart' }, check: 'C2', severity: 'high', evaluate: use(judgeSections, ['org-structure', 'functions'], 'all'), remediation: { vi: 'Đăng chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức và sơ đồ tổ chức của cơ quan và đơn vị trực thuộc.', en: 'Publish functions, duties, powers, structure and the org chart of the agency and its units.' } }),
  defineRule({ ...base, id: 'LTC-19.1đ/contacts', citation: cite('đ'), title: { vi: 'Địa chỉ, điện thoại, fax, e-mail của cơ quan', en: "The agency's address, phone, fax, e-mail" }, check: 'C3', severity: 'high', evaluate: use(judgeAgencyContacts), remediation: { vi: 'Ghi địa chỉ, điện thoại, số fax, thư điện tử của cơ quan.', en: "Give the agency's address, phone, fax and e-mail." } }),
  defineRule({ ...base, id: 'LTC-19.1đ/focal-point', citation: cite('đ'), title: { vi: 'Đầu mối tiếp nhận yêu cầu cung cấp thông tin', en: 'Contact point for information requests' }, check: 'C3', severity: 'medium', evaluate: use(judgeInfoFocalPoint), remediation: { vi: 'Ghi tên, địa chỉ, điện thoại, fax, e-mail của bộ phận/người tiếp nhận yêu cầu cung cấp thông tin (thường trong chuyên mục Tiếp cận thông tin).', en: 'Give the name, address, phone, fax and e-mail of the person/unit receiving information requests (usually in the Access to information section).' } }),
  defineRule({ ...base, id: 'LTC-19.1e', citation: cite('e'), title: { vi: 'Báo cáo tài chính năm, thông tin thống kê', en: 'Annual financial statement, statistics' }, check: 'C2', severity: 'medium', evaluate: use(judgeSections, ['budget', 'statistics'], 'all'), remediation: { vi: 'Đăng báo cáo tài chính năm và thông tin thống kê ngành, lĩnh vực.', en: 'Publish the annual financial statement and sector statistics.' } }),
  defineRule({ ...base, id: 'LTC-19.1g', citation: cite('g'), title: { vi: 'Danh mục thông tin phải được công khai', en: 'List of information to be disclosed' }, check: 'C6', severity: 'high', evaluate: use(judgeDisclosureList), remediation: { vi: 'Đăng danh mục thông tin phải được công khai, nêu rõ với mỗi mục: địa chỉ, hình thức, thời điểm, thời hạn công khai.', en: 'Publish the list of information to be disclosed, giving for each item the address, form, time and duration of disclosure.' } }),
];
