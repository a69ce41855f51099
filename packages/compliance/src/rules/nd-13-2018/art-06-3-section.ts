/**
 * N13-6.3 — Decree 13/2018/NĐ-CP, Art. 6(3).
 * The list of information to be disclosed (name, number, date, form, time/duration, links) is posted in a dedicated
 * "Tiếp cận thông tin" section of the portal/website.
 */
import { judgeAccessInfoSection } from '../../checks/access-info.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N13-6.3',
  basis: 'nd-13-2018',
  citation: { vi: 'Khoản 3 Điều 6 Nghị định 13/2018/NĐ-CP', en: 'Decree 13/2018/NĐ-CP, Art. 6(3)' },
  title: { vi: 'Chuyên mục “Tiếp cận thông tin” đăng danh mục thông tin công khai', en: 'An “Access to information” section carrying the disclosure list' },
  check: 'C6',
  appliesTo: { scope: 'A' },
  severity: 'high',
  confidence: 'confirmed',
  evaluate: use(judgeAccessInfoSection),
  remediation: {
    vi: 'Tạo chuyên mục “Tiếp cận thông tin” trên menu hoặc chân trang, đăng bảng danh mục (tên, số ký hiệu, ngày tạo, hình thức, thời điểm/thời hạn công khai, đường dẫn tải về).',
    en: 'Create an “Access to information” section in the menu or footer with the list table (name, number, date, form, time/duration of disclosure, download link).',
  },
});
