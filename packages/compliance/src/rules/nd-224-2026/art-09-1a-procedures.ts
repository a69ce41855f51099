/**
 * N224-9.1a — Decree 224/2026/NĐ-CP, Art. 9(1)(a).
 * Publish administrative procedures, online public services and work processes, consistent with and integrated from
 * the National Public Service Portal.
 */
import { judgeSection } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N224-9.1a',
  basis: 'nd-224-2026',
  citation: { vi: 'Điểm a khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 9(1)(a)' },
  title: { vi: 'Thủ tục hành chính, dịch vụ công trực tuyến tích hợp từ Cổng DVC quốc gia', en: 'Procedures and online public services integrated from the National Public Service Portal' },
  check: 'C2',
  appliesTo: { scope: 'A' },
  severity: 'high',
  confidence: 'secondary',
  evaluate: use(judgeSection, 'administrative-procedures'),
  remediation: { vi: 'Liên kết, tích hợp thủ tục hành chính và dịch vụ công trực tuyến từ Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).', en: 'Link and integrate procedures and online services from the National Public Service Portal (dichvucong.gov.vn).' },
});
