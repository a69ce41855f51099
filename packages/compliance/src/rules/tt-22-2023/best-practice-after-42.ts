/**
 * TT22-4.x — Circular 22/2023/TT-BTTTT, Art. 4 (remaining general requirements, not read word for word) — from
 * 1/7/2026 only. Neither Decree 224/2026 nor Law 148/2025 restates the search, English and print/archive duties of
 * Decree 42/2022 Art. 7; they survive only through Circular 22/2023 (if still applied) and as best practice.
 * Findings are therefore capped at `warn` and say so (REQUIREMENTS.md §2, Observation).
 */
import { judgeEnglishOrg } from '../../checks/english.js';
import { judgeSearch } from '../../checks/search.js';
import { judgePrint } from '../../checks/usability.js';
import { defineRule, use } from '../define.js';

const base = {
  basis: 'tt-22-2023',
  citation: { vi: 'Điều 4 Thông tư 22/2023/TT-BTTTT (chưa đọc nguyên văn) — thực hành tốt', en: 'Circular 22/2023/TT-BTTTT, Art. 4 (not read word for word) — best practice' },
  appliesTo: { scope: 'A' as const },
  confidence: 'unconfirmed' as const,
  confidenceNote: {
    vi: 'Từ 01/7/2026 yêu cầu này chỉ còn qua Thông tư 22/2023 (chưa đọc phụ lục) và như thực hành tốt; không coi là bắt buộc.',
    en: 'From 1 Jul 2026 this survives only through Circular 22/2023 (appendices unread) and as best practice; not treated as binding.',
  },
  effective: { from: '2026-07-01' },
  severity: 'low' as const,
};

export default [
  defineRule({ ...base, id: 'TT22-4.x/search', title: { vi: 'Chức năng tìm kiếm hoạt động (thực hành tốt)', en: 'Working site search (best practice)' }, check: 'C4', evaluate: use(judgeSearch), remediation: { vi: 'Duy trì ô tìm kiếm tìm đúng bài viết theo tiêu đề.', en: 'Keep a search box that finds articles by title.' } }),
  defineRule({ ...base, id: 'TT22-4.x/english', title: { vi: 'Thông tin tiếng Anh về tổ chức (thực hành tốt)', en: 'English information on the organisation (best practice)' }, check: 'C10', evaluate: use(judgeEnglishOrg), remediation: { vi: 'Duy trì trang tiếng Anh về cơ cấu, chức năng, liên hệ.', en: 'Keep English pages on structure, functions and contacts.' } }),
  defineRule({ ...base, id: 'TT22-4.x/print', title: { vi: 'In và lưu trữ bài viết (thực hành tốt)', en: 'Print and archive articles (best practice)' }, check: 'C9', evaluate: use(judgePrint), remediation: { vi: 'Giữ nút in và đường dẫn cố định cho bài viết.', en: 'Keep a print button and permalinks on articles.' } }),
];
