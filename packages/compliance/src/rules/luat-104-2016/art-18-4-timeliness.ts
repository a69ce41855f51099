/**
 * LTC-18.4 — Law on Access to Information 104/2016/QH13, Art. 18(4).
 * Where no other law sets a deadline, information is disclosed at the latest 5 working days after it is created.
 */
import { judgeDisclosureTimeliness } from '../../checks/timeliness.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'LTC-18.4',
  basis: 'luat-104-2016',
  citation: { vi: 'Khoản 4 Điều 18 Luật Tiếp cận thông tin 2016', en: 'Law on Access to Information 2016, Art. 18(4)' },
  title: { vi: 'Công khai chậm nhất 05 ngày làm việc kể từ ngày tạo ra thông tin', en: 'Disclose within 5 working days of the information being created' },
  check: 'C10',
  appliesTo: { scope: 'A' },
  severity: 'medium',
  confidence: 'confirmed',
  evaluate: use(judgeDisclosureTimeliness),
  remediation: {
    vi: 'Đăng văn bản của cơ quan trong vòng 05 ngày làm việc kể từ ngày ban hành và hiển thị ngày ban hành, ngày đăng.',
    en: "Post the agency's documents within 5 working days of issue and show both the issue date and the posting date.",
  },
});
