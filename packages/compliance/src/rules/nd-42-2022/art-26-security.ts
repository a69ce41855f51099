/**
 * N42-26 — Decree 42/2022/NĐ-CP, Art. 26.
 * Security: information security, personal-data protection, system security; effective anti-attack measures;
 * incident-response and backup plans. Checked as: HTTPS/TLS, security headers, outdated/vulnerable software,
 * gambling/SEO-spam injection, hidden links, cloaking.
 */
import { judgeLibraries } from '../../checks/libraries.js';
import { judgeHttps, judgeSecurityHeaders } from '../../checks/security.js';
import { judgeCloaking, judgeGambling, judgeHiddenLinks } from '../../checks/spam.js';
import { defineRule, use } from '../define.js';
import { securityRemedies } from '../remedies.js';

const base = {
  basis: 'nd-42-2022',
  citation: { vi: 'Điều 26 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 26' },
  appliesTo: { scope: 'A' as const },
  confidence: 'confirmed' as const,
  check: 'C8' as const,
};

export default [
  defineRule({ ...base, id: 'N42-26/https', title: { vi: 'HTTPS, chứng thư hợp lệ, TLS ≥ 1.2, HSTS', en: 'HTTPS, valid certificate, TLS ≥ 1.2, HSTS' }, severity: 'high', evaluate: use(judgeHttps), remediation: securityRemedies.https }),
  defineRule({ ...base, id: 'N42-26/headers', title: { vi: 'Header bảo mật chống tấn công phổ biến', en: 'Security headers against common attacks' }, severity: 'medium', evaluate: use(judgeSecurityHeaders), remediation: securityRemedies.headers }),
  defineRule({ ...base, id: 'N42-26/software', title: { vi: 'Không dùng phần mềm lỗi thời, có lỗ hổng', en: 'No outdated or vulnerable software' }, severity: 'high', evaluate: use(judgeLibraries), remediation: securityRemedies.software }),
  defineRule({ ...base, id: 'N42-26/spam', title: { vi: 'Không bị chèn nội dung cờ bạc, SEO spam', en: 'No injected gambling / SEO-spam content' }, severity: 'critical', evaluate: use(judgeGambling), remediation: securityRemedies.spam }),
  defineRule({ ...base, id: 'N42-26/hidden-links', title: { vi: 'Không có liên kết ẩn trỏ ra ngoài', en: 'No hidden outbound links' }, severity: 'high', evaluate: use(judgeHiddenLinks), remediation: securityRemedies.hiddenLinks }),
  defineRule({ ...base, id: 'N42-26/cloaking', title: { vi: 'Không che giấu nội dung theo người truy cập (cloaking)', en: 'No cloaking (different content per visitor type)' }, severity: 'high', evaluate: use(judgeCloaking), remediation: securityRemedies.cloaking }),
];
