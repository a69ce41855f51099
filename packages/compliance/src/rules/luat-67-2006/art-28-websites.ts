/**
 * LCNTT-28 — Law on Information Technology 67/2006/QH11, Art. 28 (repealed from 1/7/2026).
 * State websites: convenient access; accurate, consistent, regularly and promptly updated content; main content
 * includes an official e-mail directory of units and officials and a section for public comments.
 */
import { judgeDirectory } from '../../checks/contacts.js';
import { judgeFreshness } from '../../checks/english.js';
import { judgeSection } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';
import { freshnessRemedy } from '../remedies.js';

const base = { basis: 'luat-67-2006', citation: { vi: 'Điều 28 Luật Công nghệ thông tin 2006', en: 'Law on Information Technology 2006, Art. 28' }, appliesTo: { scope: 'A' as const }, confidence: 'confirmed' as const };

export default [
  defineRule({ ...base, id: 'LCNTT-28/directory', title: { vi: 'Danh bạ thư điện tử của đơn vị, cán bộ có thẩm quyền', en: 'Official e-mail directory of units and competent officials' }, check: 'C3', severity: 'medium', evaluate: use(judgeDirectory), remediation: { vi: 'Đăng danh bạ thư điện tử công vụ của các đơn vị và cán bộ có thẩm quyền.', en: 'Publish the official e-mail directory of units and competent officials.' } }),
  defineRule({ ...base, id: 'LCNTT-28/consultation', title: { vi: 'Mục lấy ý kiến góp ý của tổ chức, cá nhân', en: 'A section for public comments' }, check: 'C2', severity: 'medium', evaluate: use(judgeSection, 'public-consultation'), remediation: { vi: 'Có chuyên mục lấy ý kiến góp ý (dự thảo văn bản) còn hoạt động.', en: 'Provide an active public-comment (draft consultation) section.' } }),
  defineRule({ ...base, id: 'LCNTT-28/updates', title: { vi: 'Cập nhật thường xuyên, kịp thời', en: 'Regular and prompt updates' }, check: 'C10', severity: 'medium', evaluate: use(judgeFreshness), remediation: freshnessRemedy }),
];
