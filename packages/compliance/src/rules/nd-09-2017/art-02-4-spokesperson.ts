/**
 * N09-2.4 — Decree 09/2017/NĐ-CP (spokesperson), publication clause.
 * The name, position, phone and e-mail of the spokesperson are published on the agency's portal/website.
 */
import { judgeSpokesperson } from '../../checks/contacts.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N09-2.4',
  basis: 'nd-09-2017',
  citation: { vi: 'Nghị định 09/2017/NĐ-CP (khoản về công bố người phát ngôn)', en: 'Decree 09/2017/NĐ-CP (clause on publishing the spokesperson)' },
  title: { vi: 'Công khai họ tên, chức vụ, điện thoại, e-mail người phát ngôn', en: "Publish the spokesperson's name, position, phone and e-mail" },
  check: 'C3',
  appliesTo: { scope: 'A' },
  severity: 'medium',
  confidence: 'confirmed',
  evaluate: use(judgeSpokesperson),
  remediation: { vi: 'Đăng trang “Người phát ngôn” ghi họ tên, chức vụ, điện thoại, thư điện tử; đăng văn bản ủy quyền phát ngôn trong 12 giờ.', en: 'Publish a “Spokesperson” page with name, position, phone and e-mail; post delegations within 12 hours.' },
});
