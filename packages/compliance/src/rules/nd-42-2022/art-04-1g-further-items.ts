/**
 * N42-4.1g… — Decree 42/2022/NĐ-CP, Art. 4(1), later points (letters approximate).
 * Annual financial statements and sector statistics (◐, new versus 43/2011); likely also public investment and
 * procurement, recruitment and public consultation (❓ — the Law on Access to Information mandates most of them).
 */
import { judgeSection, judgeSections } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

const base = {
  catalogueId: 'N42-4.1g…',
  basis: 'nd-42-2022',
  citation: { vi: 'Các điểm sau của khoản 1 Điều 4 Nghị định 42/2022/NĐ-CP (chưa xác định chính xác điểm)', en: 'Decree 42/2022/NĐ-CP, Art. 4(1), later points (letters approximate)' },
  appliesTo: { scope: 'A' as const },
  check: 'C2' as const,
};
const unconfirmed = {
  confidence: 'unconfirmed' as const,
  confidenceNote: {
    vi: 'Chưa đọc được nguyên văn các điểm này của Nghị định 42/2022 (❓ REQUIREMENTS.md §1); Luật Tiếp cận thông tin (LTC-19.1) quy định độc lập.',
    en: 'The text of these points of Decree 42/2022 was not read (❓ REQUIREMENTS.md §1); the Law on Access to Information (LTC-19.1) mandates them independently.',
  },
};

export default [
  defineRule({
    ...base,
    id: 'N42-4.1g/budget',
    title: { vi: 'Báo cáo tài chính năm, công khai ngân sách', en: 'Annual financial statements and budget disclosure' },
    severity: 'medium',
    confidence: 'secondary',
    evaluate: use(judgeSection, 'budget'),
    remediation: { vi: 'Đăng báo cáo tài chính năm và công khai dự toán, quyết toán ngân sách trong chuyên mục riêng.', en: 'Publish the annual financial statement and the budget estimates/final accounts in their own section.' },
  }),
  defineRule({
    ...base,
    id: 'N42-4.1g/statistics',
    title: { vi: 'Thông tin thống kê ngành, lĩnh vực', en: 'Sector statistics' },
    severity: 'medium',
    confidence: 'secondary',
    evaluate: use(judgeSection, 'statistics'),
    remediation: { vi: 'Có chuyên mục “Thông tin thống kê” đăng số liệu thống kê của ngành, lĩnh vực (không phải bộ đếm lượt truy cập).', en: 'Provide a “Statistics” section with sector statistics (a visit counter does not count).' },
  }),
  defineRule({
    ...base,
    ...unconfirmed,
    id: 'N42-4.1g/investment',
    title: { vi: 'Đầu tư công, đấu thầu, mua sắm công', en: 'Public investment, bidding and procurement' },
    severity: 'low',
    evaluate: use(judgeSection, 'public-investment'),
    remediation: { vi: 'Có chuyên mục “Đầu tư công, đấu thầu, mua sắm công” cập nhật trong 12 tháng.', en: 'Provide a “Public investment and procurement” section updated within 12 months.' },
  }),
  defineRule({
    ...base,
    ...unconfirmed,
    id: 'N42-4.1g/recruitment',
    title: { vi: 'Tuyển dụng', en: 'Recruitment' },
    severity: 'low',
    evaluate: use(judgeSection, 'recruitment'),
    remediation: { vi: 'Có chuyên mục “Tuyển dụng” đăng thông báo tuyển dụng công chức, viên chức.', en: 'Provide a “Recruitment” section with civil-servant recruitment notices.' },
  }),
  defineRule({
    ...base,
    ...unconfirmed,
    id: 'N42-4.1g/consultation',
    title: { vi: 'Lấy ý kiến góp ý dự thảo văn bản', en: 'Public consultation on draft documents' },
    severity: 'low',
    evaluate: use(judgeSections, ['public-consultation'], 'any'),
    remediation: { vi: 'Có chuyên mục “Lấy ý kiến dự thảo văn bản” cho người dân góp ý.', en: 'Provide a “Consultation on drafts” section where people can comment.' },
  }),
];
