/**
 * N42-6.3 — Decree 42/2022/NĐ-CP, Art. 6 (later clauses; order ❓).
 * Provincial portals connect to and integrate with the Government Portal and the Government's monitoring system (EMC).
 */
import { judgeEmcTag } from '../../checks/links-emc.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-6.3',
  basis: 'nd-42-2022',
  citation: { vi: 'Điều 6 Nghị định 42/2022/NĐ-CP (khoản sau; thứ tự khoản chưa xác nhận)', en: 'Decree 42/2022/NĐ-CP, Art. 6 (later clause; clause order unconfirmed)' },
  title: { vi: 'Cổng tỉnh kết nối Cổng TTĐT Chính phủ và hệ thống giám sát EMC', en: 'The provincial portal connects to the Government Portal and the EMC monitoring system' },
  check: 'C5',
  appliesTo: { scope: 'P', levels: ['province'] },
  severity: 'medium',
  confidence: 'unconfirmed',
  confidenceNote: { vi: 'Thứ tự và nguyên văn khoản chưa xác nhận (❓); nghĩa vụ kết nối EMC có căn cứ ◐ ở Thông tư 22/2023.', en: 'Clause order and wording unconfirmed (❓); the EMC duty itself is ◐ through Circular 22/2023.' },
  evaluate: use(judgeEmcTag),
  remediation: { vi: 'Gắn mã giám sát EMC (_govaq, f-emc.ngsp.gov.vn, setSiteId do đơn vị vận hành cấp) trên mọi trang.', en: 'Embed the EMC monitoring tag (_govaq, f-emc.ngsp.gov.vn, the setSiteId issued by the operator) on every page.' },
});
