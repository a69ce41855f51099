/** Decree 42/2022/NĐ-CP — online information and public services of state agencies (15/8/2022 – 30/6/2026). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-42-2022',
  number: '42/2022/NĐ-CP',
  short: '42/2022',
  kind: 'decree',
  title: {
    vi: 'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    en: 'Decree on the provision of online information and public services by state agencies',
  },
  issuedOn: '2022-06-24',
  effectiveFrom: '2022-08-15',
  effectiveTo: '2026-06-30',
  replaces: ['nd-43-2011'],
  replacedBy: 'nd-224-2026',
  confidence: 'secondary',
  frames: ['42/2022'],
  note: {
    vi: 'REQUIREMENTS.md §1. Bị bãi bỏ từ 01/7/2026 bởi điểm b khoản 2 Điều 90 Nghị định 224/2026/NĐ-CP (§0.2).',
    en: 'REQUIREMENTS.md §1. Repealed from 1 Jul 2026 by Decree 224/2026 Art. 90(2)(b) (§0.2).',
  },
});
