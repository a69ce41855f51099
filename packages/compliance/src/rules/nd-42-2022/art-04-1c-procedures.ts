/**
 * N42-4.1c — Decree 42/2022/NĐ-CP, Art. 4(1)(c).
 * Administrative procedures, online public services and work processes, consistent with and integrated from the
 * National / provincial Public Service Portal.
 */
import { judgeSection } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-4.1c',
  basis: 'nd-42-2022',
  citation: { vi: 'Điểm c khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 4(1)(c)' },
  title: { vi: 'Thủ tục hành chính, dịch vụ công trực tuyến tích hợp từ Cổng dịch vụ công', en: 'Administrative procedures and online public services, integrated from the Public Service Portal' },
  check: 'C2',
  appliesTo: { scope: 'A' },
  severity: 'high',
  confidence: 'secondary',
  evaluate: use(judgeSection, 'administrative-procedures'),
  remediation: {
    vi: 'Đưa mục “Thủ tục hành chính / Dịch vụ công trực tuyến” lên menu, liên kết hoặc tích hợp từ Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc cổng dịch vụ công của tỉnh.',
    en: 'Put an “Administrative procedures / Online public services” item in the menu, linked to or integrated from the National Public Service Portal (dichvucong.gov.vn) or the provincial one.',
  },
});
