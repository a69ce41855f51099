/**
 * TT09-2.3 — Circular 09/2014/TT-BTTTT, Art. 2(3).
 * The home page shows: the managing organisation, the managing body (if any), contact address, e-mail, phone, the
 * name of the person responsible for content; general-information sites also the licence number, date and issuer.
 * A state agency's own site needs no licence (Art. 2(1)(c)).
 */
import { judgeHomepageIdentity, judgeLicence } from '../../checks/identity.js';
import { defineRule, use } from '../define.js';
import { footerRemedy } from '../remedies.js';

const base = { basis: 'tt-09-2014', citation: { vi: 'Khoản 3 Điều 2 Thông tư 09/2014/TT-BTTTT', en: 'Circular 09/2014/TT-BTTTT, Art. 2(3)' }, confidence: 'confirmed' as const, check: 'C7' as const };

export default [
  defineRule({ ...base, id: 'TT09-2.3', title: { vi: 'Trang chủ ghi tổ chức quản lý, liên hệ, người chịu trách nhiệm nội dung', en: 'Home page names the managing organisation, contacts and the person responsible for content' }, appliesTo: { scope: 'A' }, severity: 'high', evaluate: use(judgeHomepageIdentity), remediation: footerRemedy }),
  defineRule({
    ...base,
    id: 'TT09-2.3/licence',
    title: { vi: 'Trang tổng hợp ghi số giấy phép, ngày cấp, cơ quan cấp', en: 'General-information sites show licence number, date and issuer' },
    appliesTo: { scope: 'G' },
    severity: 'medium',
    evaluate: use(judgeLicence),
    remediation: { vi: 'Trang tổng hợp ghi ở chân trang: “Giấy phép số …, ngày …, do … cấp”.', en: 'General-information sites state in the footer: “Licence no. …, dated …, issued by …”.' },
  }),
];
