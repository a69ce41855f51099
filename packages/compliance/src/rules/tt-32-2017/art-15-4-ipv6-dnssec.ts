/** TT32-15.4 — Circular 32/2017/TT-BTTTT, Art. 15(4). Portals and level-3/4 online services support IPv6 and DNSSEC. */
import { judgeNetwork } from '../../checks/security.js';
import { defineRule, use } from '../define.js';

const base = { basis: 'tt-32-2017', citation: { vi: 'Khoản 4 Điều 15 Thông tư 32/2017/TT-BTTTT', en: 'Circular 32/2017/TT-BTTTT, Art. 15(4)' }, appliesTo: { scope: 'A' as const }, confidence: 'confirmed' as const, check: 'C8' as const };

export default [
  defineRule({ ...base, id: 'TT32-15.4/ipv6', title: { vi: 'Hỗ trợ IPv6', en: 'IPv6 support' }, severity: 'medium', evaluate: use(judgeNetwork, 'ipv6'), remediation: { vi: 'Khai báo bản ghi AAAA, bảo đảm truy cập qua IPv6.', en: 'Publish an AAAA record and serve over IPv6.' } }),
  defineRule({ ...base, id: 'TT32-15.4/dnssec', title: { vi: 'Hỗ trợ DNSSEC', en: 'DNSSEC support' }, severity: 'medium', evaluate: use(judgeNetwork, 'dnssec'), remediation: { vi: 'Ký DNSSEC cho vùng tên miền (bản ghi DS ở vùng cha, RRSIG).', en: 'Sign the zone with DNSSEC (DS at the parent, RRSIG records).' } }),
];
