/**
 * N224-21 — Decree 224/2026/NĐ-CP, Art. 21.
 * Technical standards, maintenance, yearly review; cyber-security and personal-data protection; attack prevention;
 * incident response. Checked as: HTTPS/TLS, headers, outdated software, spam injection, hidden links, cloaking, and a
 * published personal-data protection policy.
 */
import { judgeLibraries } from '../../checks/libraries.js';
import { judgeSection } from '../../checks/sections.js';
import { judgeHttps, judgeSecurityHeaders } from '../../checks/security.js';
import { judgeCloaking, judgeGambling, judgeHiddenLinks } from '../../checks/spam.js';
import { defineRule, use } from '../define.js';
import { securityRemedies } from '../remedies.js';

const base = {
  basis: 'nd-224-2026',
  citation: { vi: 'Điều 21 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 21' },
  appliesTo: { scope: 'A' as const },
  confidence: 'secondary' as const,
  check: 'C8' as const,
};

export default [
  defineRule({ ...base, id: 'N224-21/https', title: { vi: 'HTTPS, chứng thư hợp lệ, TLS ≥ 1.2, HSTS', en: 'HTTPS, valid certificate, TLS ≥ 1.2, HSTS' }, severity: 'high', evaluate: use(judgeHttps), remediation: securityRemedies.https }),
  defineRule({ ...base, id: 'N224-21/headers', title: { vi: 'Header bảo mật chống tấn công phổ biến', en: 'Security headers against common attacks' }, severity: 'medium', evaluate: use(judgeSecurityHeaders), remediation: securityRemedies.headers }),
  defineRule({ ...base, id: 'N224-21/software', title: { vi: 'Không dùng phần mềm lỗi thời, có lỗ hổng', en: 'No outdated or vulnerable software' }, severity: 'high', evaluate: use(judgeLibraries), remediation: securityRemedies.software }),
  defineRule({ ...base, id: 'N224-21/spam', title: { vi: 'Không bị chèn nội dung cờ bạc, SEO spam', en: 'No injected gambling / SEO-spam content' }, severity: 'critical', evaluate: use(judgeGambling), remediation: securityRemedies.spam }),
  defineRule({ ...base, id: 'N224-21/hidden-links', title: { vi: 'Không có liên kết ẩn trỏ ra ngoài', en: 'No hidden outbound links' }, severity: 'high', evaluate: use(judgeHiddenLinks), remediation: securityRemedies.hiddenLinks }),
  defineRule({ ...base, id: 'N224-21/cloaking', title: { vi: 'Không che giấu nội dung (cloaking)', en: 'No cloaking' }, severity: 'high', evaluate: use(judgeCloaking), remediation: securityRemedies.cloaking }),
  defineRule({ ...base, id: 'N224-21/privacy', title: { vi: 'Công bố chính sách bảo vệ dữ liệu cá nhân', en: 'A published personal-data protection policy' }, check: 'C2', severity: 'medium', evaluate: use(judgeSection, 'privacy'), remediation: securityRemedies.privacy }),
];
