/**
 * N72-23.4-5 — Decree 72/2013/NĐ-CP, Art. 23(4)(5) as amended by Decree 27/2018 (until 24/12/2024).
 * A licensed general-information site uses at least one .vn domain (and keeps a server in Vietnam).
 */
import { judgeVnDomain } from '../../checks/component.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N72-23.4-5',
  basis: 'nd-72-2013',
  citation: { vi: 'Khoản 4, 5 Điều 23 Nghị định 72/2013/NĐ-CP (sửa đổi bởi NĐ 27/2018)', en: 'Decree 72/2013/NĐ-CP, Art. 23(4)(5), as amended by Decree 27/2018' },
  title: { vi: 'Trang tổng hợp dùng tên miền .vn', en: 'General-information sites use a .vn domain' },
  check: 'C1',
  appliesTo: { scope: 'G', siteTypes: ['general'] },
  severity: 'medium',
  confidence: 'confirmed',
  evaluate: use(judgeVnDomain),
  remediation: { vi: 'Đăng ký và sử dụng ít nhất một tên miền .vn cho trang tổng hợp.', en: 'Register and use at least one .vn domain for the general-information site.' },
});
