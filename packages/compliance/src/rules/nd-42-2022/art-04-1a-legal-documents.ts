/**
 * N42-4.1a — Decree 42/2022/NĐ-CP, Art. 4(1)(a).
 * Publish the legal and administrative documents the agency issued or drafted, each with its form, issuer, number,
 * dates, summary and a downloadable file, plus a document-search tool.
 */
import { judgeSection } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-4.1a',
  basis: 'nd-42-2022',
  citation: { vi: 'Điểm a khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP', en: 'Decree 42/2022/NĐ-CP, Art. 4(1)(a)' },
  title: { vi: 'Đăng văn bản quy phạm pháp luật, văn bản hành chính của cơ quan', en: 'Publish the legal and administrative documents of the agency' },
  check: 'C2',
  appliesTo: { scope: 'A' },
  severity: 'high',
  confidence: 'secondary',
  evaluate: use(judgeSection, 'legal-documents'),
  remediation: {
    vi: 'Tạo chuyên mục “Văn bản pháp luật” trong menu chính, đăng đủ văn bản (hình thức, cơ quan ban hành, số ký hiệu, ngày ban hành, ngày hiệu lực, trích yếu, tệp tải về) và có công cụ tra cứu văn bản.',
    en: 'Add a “Legal documents” section to the main menu, publish every document (form, issuer, number, issue and effective dates, summary, downloadable file) and provide a document search.',
  },
});
