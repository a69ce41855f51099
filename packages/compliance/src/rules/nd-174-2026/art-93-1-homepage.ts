/**
 * N174-93.1 — Decree 174/2026/NĐ-CP, Art. 93(1).
 * Fine of 10–20 million VND for missing or wrong home-page information: managing agency/organisation, managing body,
 * contact address, e-mail, phone, and the name of the person responsible for content.
 */
import { judgeHomepageIdentity } from '../../checks/identity.js';
import { defineRule, use } from '../define.js';
import { footerRemedy } from '../remedies.js';

export default defineRule({
  id: 'N174-93.1',
  basis: 'nd-174-2026',
  citation: { vi: 'Khoản 1 Điều 93 Nghị định 174/2026/NĐ-CP', en: 'Decree 174/2026/NĐ-CP, Art. 93(1)' },
  title: { vi: 'Trang chủ đủ thông tin: cơ quan quản lý, liên hệ, người chịu trách nhiệm nội dung', en: 'Home page identity items: managing agency, contacts, person responsible for content' },
  check: 'C7',
  appliesTo: { scope: 'A' },
  severity: 'high',
  confidence: 'secondary',
  evaluate: use(judgeHomepageIdentity),
  remediation: footerRemedy,
});
