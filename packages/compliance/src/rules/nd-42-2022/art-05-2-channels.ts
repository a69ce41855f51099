/**
 * N42-5.2 — Decree 42/2022/NĐ-CP, Art. 5(2).
 * Other channels, depending on conditions: the provincial data portal (a component of the provincial portal,
 * integrated with the National Data Portal), social networks, e-mail, shared apps, switchboard.
 */
import { judgeOpenData } from '../../checks/links-emc.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-5.2',
  basis: 'nd-42-2022',
  citation: { vi: 'Khoản 2 Điều 5 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 5(2)' },
  title: { vi: 'Cổng dữ liệu cấp tỉnh và các kênh khác (tùy điều kiện)', en: 'Provincial data portal and other channels (depending on conditions)' },
  check: 'C5',
  appliesTo: { scope: 'P', levels: ['province'] },
  severity: 'low',
  confidence: 'confirmed',
  warnOnly: { vi: 'điều khoản quy định “căn cứ điều kiện”, không bắt buộc tuyệt đối.', en: 'the clause applies “depending on conditions”, not unconditionally.' },
  evaluate: use(judgeOpenData),
  remediation: { vi: 'Liên kết từ cổng tỉnh tới Cổng dữ liệu của tỉnh (dữ liệu mở) đã tích hợp Cổng dữ liệu quốc gia.', en: "Link the provincial portal to the province's data portal, integrated with the National Data Portal." },
});
