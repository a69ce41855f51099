/**
 * L43-13, L43-15.2, L43-16 — Decree 43/2011/NĐ-CP (until 14/8/2022).
 * Art. 13: English at least for the organisation/functions item and the contact list. Art. 15(2): a Q&A / feedback
 * function (users send questions and track them, or at least a receiving e-mail). Art. 16(2): the provincial portal
 * links and integrates information from the sites of departments and district People's Committees.
 */
import { judgeComponentListing } from '../../checks/component-listing.js';
import { judgeEnglishOrg } from '../../checks/english.js';
import { judgeSection } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

const base = { basis: 'nd-43-2011', appliesTo: { scope: 'A' as const }, confidence: 'confirmed' as const };

export default [
  defineRule({ ...base, id: 'L43-13', citation: { vi: 'Điều 13 Nghị định 43/2011/NĐ-CP', en: 'Decree 43/2011/NĐ-CP, Art. 13' }, title: { vi: 'Tiếng Anh: giới thiệu tổ chức và danh bạ', en: 'English: organisation and contact list' }, check: 'C10', severity: 'medium', evaluate: use(judgeEnglishOrg), remediation: { vi: 'Có trang tiếng Anh giới thiệu tổ chức, chức năng và danh bạ liên hệ.', en: 'Provide English pages on the organisation, functions and contacts.' } }),
  defineRule({ ...base, id: 'L43-15.2', citation: { vi: 'Khoản 2 Điều 15 Nghị định 43/2011/NĐ-CP', en: 'Decree 43/2011/NĐ-CP, Art. 15(2)' }, title: { vi: 'Chức năng hỏi đáp, tiếp nhận phản hồi', en: 'Q&A / feedback function' }, check: 'C2', severity: 'medium', evaluate: use(judgeSection, 'qa'), remediation: { vi: 'Có chuyên mục hỏi đáp cho phép gửi câu hỏi và theo dõi trả lời.', en: 'Provide a Q&A section where users send questions and follow the answers.' } }),
  defineRule({ ...base, id: 'L43-16', appliesTo: { scope: 'P', levels: ['province'] }, citation: { vi: 'Khoản 2 Điều 16 Nghị định 43/2011/NĐ-CP', en: 'Decree 43/2011/NĐ-CP, Art. 16(2)' }, title: { vi: 'Cổng tỉnh liên kết, tích hợp với trang của sở, ngành, UBND cấp huyện', en: 'The provincial portal links to the sites of departments and district People’s Committees' }, check: 'C5', severity: 'medium', evaluate: use(judgeComponentListing), remediation: { vi: 'Liên kết từ cổng tỉnh tới trang của mọi sở, ngành, UBND cấp huyện.', en: 'Link every department and district site from the provincial portal.' } }),
];
