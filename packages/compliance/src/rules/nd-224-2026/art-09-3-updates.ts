/** N224-9.3 — Decree 224/2026/NĐ-CP, Art. 9(3). Update information promptly on any change. */
import { judgeFreshness } from '../../checks/english.js';
import { defineRule, use } from '../define.js';
import { freshnessRemedy } from '../remedies.js';

export default defineRule({
  id: 'N224-9.3',
  basis: 'nd-224-2026',
  citation: { vi: 'Khoản 3 Điều 9 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 9(3)' },
  title: { vi: 'Cập nhật kịp thời khi có thay đổi', en: 'Update promptly on any change' },
  check: 'C10',
  appliesTo: { scope: 'A' },
  severity: 'medium',
  confidence: 'secondary',
  evaluate: use(judgeFreshness),
  remediation: freshnessRemedy,
});
