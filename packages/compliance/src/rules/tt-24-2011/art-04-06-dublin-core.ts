/**
 * TT24-4 — Circular 24/2011/TT-BTTTT, Arts 4–6.
 * State-agency websites carry Dublin Core metadata. Mandatory: title, creator, date, description, publisher,
 * identifier (recommended: language, source, contributor, subject; optional: coverage, type, format, relation,
 * rights), on the home page, the agency introduction page and all news/event articles; values in Vietnamese
 * (TCVN 6909 Unicode), English for the English items.
 */
import { judgeDublinCore } from '../../checks/dublin-core.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'TT24-4',
  basis: 'tt-24-2011',
  citation: { vi: 'Điều 4–6 Thông tư 24/2011/TT-BTTTT', en: 'Circular 24/2011/TT-BTTTT, Arts 4–6' },
  title: { vi: 'Dữ liệu đặc tả Dublin Core bắt buộc: tiêu đề, người tạo, thời gian, mô tả, cơ quan ban hành, định danh', en: 'Mandatory Dublin Core metadata: title, creator, date, description, publisher, identifier' },
  check: 'C9',
  appliesTo: { scope: 'A' },
  severity: 'low',
  confidence: 'confirmed',
  confidenceNote: { vi: 'Văn bản ✅; còn hiệu lực hay không ❓ (có thể đã gộp vào Thông tư 22/2023).', en: 'Text ✅; whether still in force ❓ (possibly folded into Circular 22/2023).' },
  evaluate: use(judgeDublinCore),
  remediation: {
    vi: 'Gắn <meta name="DC.title">, DC.creator, DC.date, DC.description, DC.publisher, DC.identifier (nên thêm DC.language, DC.source, DC.contributor, DC.subject) trên trang chủ, trang giới thiệu và mọi bài tin, sự kiện.',
    en: 'Add <meta name="DC.title">, DC.creator, DC.date, DC.description, DC.publisher, DC.identifier (and preferably DC.language, DC.source, DC.contributor, DC.subject) to the home page, the introduction page and every news/event article.',
  },
});
