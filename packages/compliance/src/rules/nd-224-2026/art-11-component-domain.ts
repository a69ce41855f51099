/**
 * N224-11.1, 11.3, 11.4, 11.5 — Decree 224/2026/NĐ-CP, Art. 11.
 * (1) department and commune sites are components of the provincial portal; (3) the provincial portal connects to
 * the Government Portal and the digital-transformation monitoring platform; (4) .vn domain naming and IPv6;
 * (5) metadata to support search, exchange and interlinking.
 */
import { judgeComponent, judgeGovDomain } from '../../checks/component.js';
import { judgeEmcTag } from '../../checks/links-emc.js';
import { judgeNetwork } from '../../checks/security.js';
import { judgeMetadata } from '../../checks/usability.js';
import { defineRule, use } from '../define.js';
import { componentRemedy, emcRemedy } from '../remedies.js';

const base = { basis: 'nd-224-2026', confidence: 'secondary' as const };

export default [
  defineRule({
    ...base,
    id: 'N224-11.1',
    citation: { vi: 'Khoản 1 Điều 11 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 11(1)' },
    title: { vi: 'Trang của sở, ngành, xã là thành phần của Cổng TTĐT tỉnh', en: 'Department and commune sites are components of the provincial portal' },
    check: 'C1',
    appliesTo: { scope: 'C', levels: ['department', 'commune', 'unit'], needs: ['portalUrl'] },
    severity: 'high',
    evaluate: use(judgeComponent),
    remediation: componentRemedy,
  }),
  defineRule({
    ...base,
    id: 'N224-11.3',
    citation: { vi: 'Khoản 3 Điều 11 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 11(3)' },
    title: { vi: 'Cổng tỉnh kết nối nền tảng giám sát, đo lường chuyển đổi số (EMC)', en: 'The provincial portal connects to the digital-transformation monitoring platform (EMC)' },
    check: 'C5',
    appliesTo: { scope: 'P', levels: ['province'] },
    severity: 'high',
    warnOnly: { vi: 'chưa xác nhận nền tảng mới dùng cùng mã EMC (❓, REQUIREMENTS.md N224-11.3).', en: 'whether the new platform uses the same EMC tag is unconfirmed (❓, REQUIREMENTS.md N224-11.3).' },
    evaluate: use(judgeEmcTag),
    remediation: emcRemedy,
  }),
  defineRule({
    ...base,
    id: 'N224-11.4/domain',
    citation: { vi: 'Khoản 4 Điều 11 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 11(4)' },
    title: { vi: 'Tên miền .vn theo quy tắc (xã: tenphuongxa.tentinh.gov.vn)', en: '.vn domain per the naming rules (communes: tenphuongxa.tentinh.gov.vn)' },
    check: 'C1',
    appliesTo: { scope: 'A' },
    severity: 'high',
    evaluate: use(judgeGovDomain),
    remediation: { vi: 'Dùng tên miền theo quy tắc: tentinh.gov.vn, tencoquan.tentinh.gov.vn, tenphuongxa.tentinh.gov.vn (không còn cấp huyện).', en: 'Use the naming rules: tentinh.gov.vn, tencoquan.tentinh.gov.vn, tenphuongxa.tentinh.gov.vn (no district label).' },
  }),
  defineRule({
    ...base,
    id: 'N224-11.4/ipv6',
    citation: { vi: 'Khoản 4 Điều 11 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 11(4)' },
    title: { vi: 'Sử dụng IPv6', en: 'IPv6 in use' },
    check: 'C8',
    appliesTo: { scope: 'A' },
    severity: 'medium',
    evaluate: use(judgeNetwork, 'ipv6'),
    remediation: { vi: 'Khai báo bản ghi AAAA và bảo đảm trang truy cập được qua IPv6.', en: 'Publish an AAAA record and make the site reachable over IPv6.' },
  }),
  defineRule({
    ...base,
    id: 'N224-11.5',
    citation: { vi: 'Khoản 5 Điều 11 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 11(5)' },
    title: { vi: 'Dữ liệu đặc tả (metadata) phục vụ tìm kiếm, trao đổi, liên kết', en: 'Metadata supporting search, exchange and interlinking' },
    check: 'C9',
    appliesTo: { scope: 'P,C' },
    severity: 'low',
    evaluate: use(judgeMetadata),
    remediation: { vi: 'Gắn meta description, Open Graph, JSON-LD (NewsArticle) hoặc Dublin Core (DC.title, DC.creator, DC.date, DC.description, DC.publisher, DC.identifier) cho trang chủ và bài viết.', en: 'Add meta description, Open Graph, JSON-LD (NewsArticle) or Dublin Core (DC.title/creator/date/description/publisher/identifier) to home and articles.' },
  }),
];
