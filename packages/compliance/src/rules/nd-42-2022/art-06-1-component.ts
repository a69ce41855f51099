/**
 * N42-6.1 — Decree 42/2022/NĐ-CP, Art. 6(1).
 * Specialised departments of the provincial People's Committee, district and commune People's Committees: if they
 * have a website, it must be a component of the provincial People's Committee's portal.
 */
import { judgeComponent } from '../../checks/component.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-6.1',
  basis: 'nd-42-2022',
  citation: { vi: 'Khoản 1 Điều 6 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 6(1)' },
  title: { vi: 'Trang của sở, ngành, huyện, xã là trang thành phần của Cổng TTĐT tỉnh', en: "Department, district and commune sites are components of the provincial portal" },
  check: 'C1',
  appliesTo: { scope: 'C', levels: ['department', 'district', 'commune', 'unit'], needs: ['portalUrl'] },
  severity: 'high',
  confidence: 'secondary',
  evaluate: use(judgeComponent),
  remediation: {
    vi: 'Chuyển trang thành trang thành phần của Cổng TTĐT tỉnh: tên miền dạng tencoquan.tentinh.gov.vn (hoặc đường dẫn dưới cổng tỉnh), dùng đầu/chân trang chung và có liên kết về cổng tỉnh.',
    en: 'Make the site a component of the provincial portal: a host like tencoquan.tentinh.gov.vn (or a path under the portal), the shared header/footer and a link back to the portal.',
  },
});
