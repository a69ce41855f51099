/**
 * N42-6.4 — Decree 42/2022/NĐ-CP, Art. 6 (domain clause).
 * Portal/site domains use .gov.vn naming rules (province tentinh.gov.vn, department tencoquan.tentinh.gov.vn …) and
 * support IPv6.
 */
import { judgeGovDomain } from '../../checks/component.js';
import { judgeNetwork } from '../../checks/security.js';
import { defineRule, use } from '../define.js';

const base = {
  basis: 'nd-42-2022',
  citation: { vi: 'Điều 6 Nghị định 42/2022/NĐ-CP (khoản về tên miền)', en: 'Decree 42/2022/NĐ-CP, Art. 6 (domain clause)' },
  appliesTo: { scope: 'A' as const },
  confidence: 'secondary' as const,
};

export default [
  defineRule({
    ...base,
    id: 'N42-6.4/domain',
    title: { vi: 'Tên miền .gov.vn theo quy tắc đặt tên', en: '.gov.vn domain following the naming rules' },
    check: 'C1',
    severity: 'high',
    evaluate: use(judgeGovDomain),
    remediation: { vi: 'Dùng tên miền .gov.vn theo quy tắc: tentinh.gov.vn cho cổng tỉnh, tencoquan.tentinh.gov.vn cho sở, ngành.', en: 'Use a .gov.vn domain per the rules: tentinh.gov.vn for the province, tencoquan.tentinh.gov.vn for departments.' },
  }),
  defineRule({
    ...base,
    id: 'N42-6.4/ipv6',
    title: { vi: 'Hỗ trợ IPv6', en: 'IPv6 support' },
    check: 'C8',
    severity: 'medium',
    evaluate: use(judgeNetwork, 'ipv6'),
    remediation: { vi: 'Khai báo bản ghi AAAA và bảo đảm trang truy cập được qua IPv6.', en: 'Publish an AAAA record and make the site reachable over IPv6.' },
  }),
];
