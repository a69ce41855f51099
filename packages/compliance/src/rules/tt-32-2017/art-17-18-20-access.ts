/**
 * TT32-17, TT32-18.1, TT32-18.2, TT32-20 — Circular 32/2017/TT-BTTTT.
 * Art. 17: mobile access at least for the main items. Art. 18(1)(a–đ): contrast, no moving/blinking text, text
 * alternatives, meaningful links and headings, data tables. Art. 18(2) (encouraged): shortcuts, text-to-speech,
 * font-size controls. Art. 20: HTTPS.
 */
import { judgeAxe } from '../../checks/browser.js';
import { judgeHttps } from '../../checks/security.js';
import { judgeAccessTools, judgeViewport } from '../../checks/usability.js';
import { defineRule, use } from '../define.js';
import { a11yRemedy, mobileRemedy, securityRemedies } from '../remedies.js';

const base = { basis: 'tt-32-2017', appliesTo: { scope: 'A' as const }, confidence: 'confirmed' as const };

export default [
  defineRule({ ...base, id: 'TT32-17', citation: { vi: 'Điều 17 Thông tư 32/2017/TT-BTTTT', en: 'Circular 32/2017/TT-BTTTT, Art. 17' }, title: { vi: 'Hỗ trợ truy cập từ thiết bị di động', en: 'Mobile access' }, check: 'C9', severity: 'medium', evaluate: use(judgeViewport), remediation: mobileRemedy }),
  defineRule({ ...base, id: 'TT32-18.1', citation: { vi: 'Khoản 1 Điều 18 Thông tư 32/2017/TT-BTTTT', en: 'Circular 32/2017/TT-BTTTT, Art. 18(1)' }, title: { vi: 'Yêu cầu tối thiểu hỗ trợ người khuyết tật', en: 'Minimum requirements for persons with disabilities' }, check: 'C9', severity: 'medium', evaluate: use(judgeAxe, 'tt32'), remediation: a11yRemedy }),
  defineRule({
    ...base,
    id: 'TT32-18.2',
    citation: { vi: 'Khoản 2 Điều 18 Thông tư 32/2017/TT-BTTTT', en: 'Circular 32/2017/TT-BTTTT, Art. 18(2)' },
    title: { vi: 'Khuyến khích: phím tắt, đọc nội dung, tăng giảm cỡ chữ', en: 'Encouraged: shortcuts, text-to-speech, font-size controls' },
    check: 'C9',
    severity: 'low',
    warnOnly: { vi: 'quy định mang tính khuyến khích.', en: 'the clause only encourages these tools.' },
    evaluate: use(judgeAccessTools),
    remediation: { vi: 'Thêm phím tắt (accesskey) tới Trang chủ/Sơ đồ/Tìm kiếm, nút A+/A- và chức năng đọc bài.', en: 'Add access keys to Home/Sitemap/Search, A+/A- buttons and text-to-speech.' },
  }),
  defineRule({ ...base, id: 'TT32-20', citation: { vi: 'Điều 20 Thông tư 32/2017/TT-BTTTT', en: 'Circular 32/2017/TT-BTTTT, Art. 20' }, title: { vi: 'Sử dụng HTTPS', en: 'Use HTTPS' }, check: 'C8', severity: 'high', evaluate: use(judgeHttps), remediation: securityRemedies.https }),
];
