/** TT24/15-7.3 — Circular 24/2015/TT-BTTTT, Art. 7(3). Party/State sites use a .vn domain and servers with IP addresses in Vietnam. */
import { judgeNetwork } from '../../checks/security.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'TT24/15-7.3',
  catalogueId: 'TT24/15-7.3',
  basis: 'tt-24-2015',
  citation: { vi: 'Khoản 3 Điều 7 Thông tư 24/2015/TT-BTTTT', en: 'Circular 24/2015/TT-BTTTT, Art. 7(3)' },
  title: { vi: 'Máy chủ đặt tại Việt Nam (địa chỉ IP Việt Nam)', en: 'Servers with Vietnamese IP addresses' },
  check: 'C8',
  appliesTo: { scope: 'A' },
  severity: 'low',
  confidence: 'secondary',
  evaluate: use(judgeNetwork, 'country'),
  remediation: { vi: 'Đặt máy chủ (hoặc điểm phục vụ) tại Việt Nam với địa chỉ IP Việt Nam.', en: 'Host the site (or its serving point) in Vietnam with Vietnamese IP addresses.' },
});
