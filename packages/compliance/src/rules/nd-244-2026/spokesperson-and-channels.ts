/**
 * N244 — Decree 244/2026/NĐ-CP (spokesperson and information to the press).
 * Spokesperson information is published on the portal/site, and the official social-media pages, channels and
 * accounts are announced on it.
 */
import { judgeSpokesperson } from '../../checks/contacts.js';
import { judgeSocialAccounts } from '../../checks/usability.js';
import { defineRule, use } from '../define.js';

const base = { basis: 'nd-244-2026', citation: { vi: 'Nghị định 244/2026/NĐ-CP', en: 'Decree 244/2026/NĐ-CP' }, appliesTo: { scope: 'A' as const }, confidence: 'secondary' as const };

export default [
  defineRule({ ...base, id: 'N244/spokesperson', title: { vi: 'Công khai thông tin người phát ngôn', en: 'Publish the spokesperson information' }, check: 'C3', severity: 'medium', evaluate: use(judgeSpokesperson), remediation: { vi: 'Đăng họ tên, chức vụ, điện thoại, e-mail của người phát ngôn.', en: "Publish the spokesperson's name, position, phone and e-mail." } }),
  defineRule({ ...base, id: 'N244/social', title: { vi: 'Công bố tài khoản mạng xã hội chính thức', en: 'Announce the official social-media accounts' }, check: 'C9', severity: 'medium', evaluate: use(judgeSocialAccounts), remediation: { vi: 'Đăng danh sách trang, kênh, tài khoản mạng xã hội chính thức của cơ quan (kèm liên kết).', en: "Publish the list of the agency's official social-media pages, channels and accounts (with links)." } }),
];
