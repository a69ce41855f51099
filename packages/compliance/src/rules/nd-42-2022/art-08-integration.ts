/**
 * N42-8 — Decree 42/2022/NĐ-CP, Art. 8 (text not retrieved; repealed 1/7/2026).
 * As reconstructed: social-network features (sharing to official social networks), integration with the provincial
 * portal and subordinate sites, multi-device use, satisfaction rating.
 */
import { judgeShare } from '../../checks/usability.js';
import { defineRule, use } from '../define.js';

export default defineRule({
  id: 'N42-8/share',
  basis: 'nd-42-2022',
  citation: { vi: 'Điều 8 Nghị định 42/2022/NĐ-CP (chưa đọc được nguyên văn)', en: 'Decree 42/2022/NĐ-CP, Art. 8 (text not retrieved)' },
  title: { vi: 'Tính năng mạng xã hội: chia sẻ bài viết', en: 'Social-network features: sharing articles' },
  check: 'C9',
  appliesTo: { scope: 'P,C' },
  severity: 'low',
  confidence: 'unconfirmed',
  confidenceNote: { vi: 'Nguyên văn Điều 8 chưa tìm được; nội dung dựng lại từ báo cáo khảo sát (❓).', en: 'The text of Art. 8 was not found; reconstructed from the survey report (❓).' },
  evaluate: use(judgeShare),
  remediation: { vi: 'Thêm nút chia sẻ Facebook, Zalo trên bài viết và liên kết tới tài khoản mạng xã hội chính thức.', en: 'Add Facebook/Zalo share buttons on articles and link the official social accounts.' },
});
