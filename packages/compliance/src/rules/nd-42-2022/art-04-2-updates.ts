/**
 * N42-4.2 — Decree 42/2022/NĐ-CP, Art. 4(2).
 * Information must be updated promptly as soon as it changes. (The 7-day freshness threshold is a policy choice.)
 */
import { judgeFreshness } from '../../checks/english.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-4.2',
  basis: 'nd-42-2022',
  citation: { vi: 'Khoản 2 Điều 4 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 4(2)' },
  title: { vi: 'Cập nhật thông tin kịp thời khi có thay đổi', en: 'Update information promptly when it changes' },
  check: 'C10',
  appliesTo: { scope: 'A' },
  severity: 'medium',
  confidence: 'secondary',
  evaluate: use(judgeFreshness),
  remediation: { vi: 'Đăng tin, bài mới thường xuyên (ít nhất hằng tuần) và cập nhật ngay các trang tổ chức, liên hệ khi có thay đổi.', en: 'Post news regularly (at least weekly) and update organisation and contact pages as soon as they change.' },
});
