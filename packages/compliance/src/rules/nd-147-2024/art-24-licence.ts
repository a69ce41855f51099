/**
 * N147-24 — Decree 147/2024/NĐ-CP, Art. 24(1)–(3).
 * (1) A general-information site needs a licence; (2) state agencies' portals, internal, personal and specialised
 * sites need none; (3) internal or specialised sites that also aggregate information need the licence.
 */
import { judgeLicence } from '../../checks/identity.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N147-24',
  basis: 'nd-147-2024',
  citation: { vi: 'Khoản 1–3 Điều 24 Nghị định 147/2024/NĐ-CP', en: 'Decree 147/2024/NĐ-CP, Art. 24(1)–(3)' },
  title: { vi: 'Giấy phép trang thông tin điện tử tổng hợp (cơ quan nhà nước không phải cấp phép)', en: "General-information site licence (state agencies' sites need none)" },
  check: 'C7',
  appliesTo: { scope: 'P,C' },
  severity: 'medium',
  confidence: 'secondary',
  evaluate: use(judgeLicence),
  remediation: { vi: 'Nếu là trang tổng hợp: xin giấy phép và ghi số giấy phép ở chân trang. Trang của cơ quan nhà nước không đăng lại tin tổng hợp thì không cần giấy phép.', en: "If it is a general-information site: obtain the licence and show it in the footer. A state agency's site that does not republish aggregated news needs none." },
});
