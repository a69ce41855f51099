/**
 * N224-9.1c — Decree 224/2026/NĐ-CP, Art. 9(1)(c).
 * Provincial and commune People's Committees publish: administrative apparatus, administrative boundary map,
 * natural conditions, history, cultural traditions, relics and scenic spots; leaders' biographies and duties.
 */
import { judgeSection, judgeSections } from '../../checks/sections.js';
import { defineRule, use } from '../define.js';

const base = {
  basis: 'nd-224-2026',
  citation: { vi: 'Điểm c khoản 1 Điều 9 Nghị định 224/2026/NĐ-CP', en: 'Decree 224/2026/NĐ-CP, Art. 9(1)(c)' },
  appliesTo: { scope: 'P,C' as const, levels: ['province' as const, 'commune' as const] },
  confidence: 'secondary' as const,
  check: 'C2' as const,
};

export default [
  defineRule({ ...base, id: 'N224-9.1c/apparatus', title: { vi: 'Tổ chức bộ máy hành chính', en: 'Administrative apparatus' }, severity: 'high', evaluate: use(judgeSections, ['org-structure'], 'any'), remediation: { vi: 'Đăng tổ chức bộ máy hành chính của địa phương.', en: "Publish the locality's administrative apparatus." } }),
  defineRule({ ...base, id: 'N224-9.1c/map', title: { vi: 'Bản đồ địa giới hành chính', en: 'Administrative boundary map' }, severity: 'medium', evaluate: use(judgeSection, 'admin-map'), remediation: { vi: 'Đăng bản đồ địa giới hành chính (ảnh hoặc bản đồ tương tác) sau sắp xếp đơn vị hành chính.', en: 'Publish the administrative boundary map (image or interactive) as reorganised.' } }),
  defineRule({ ...base, id: 'N224-9.1c/nature', title: { vi: 'Điều kiện tự nhiên', en: 'Natural conditions' }, severity: 'low', evaluate: use(judgeSection, 'natural-conditions'), remediation: { vi: 'Đăng trang “Điều kiện tự nhiên, vị trí địa lý”.', en: 'Publish a “Natural conditions / geography” page.' } }),
  defineRule({ ...base, id: 'N224-9.1c/history', title: { vi: 'Lịch sử, truyền thống văn hóa', en: 'History and cultural traditions' }, severity: 'low', evaluate: use(judgeSection, 'history'), remediation: { vi: 'Đăng trang lịch sử, truyền thống văn hóa của địa phương.', en: "Publish the locality's history and cultural traditions." } }),
  defineRule({ ...base, id: 'N224-9.1c/relics', title: { vi: 'Di tích, danh thắng', en: 'Relics and scenic spots' }, severity: 'low', evaluate: use(judgeSection, 'culture-relics'), remediation: { vi: 'Đăng thông tin di tích, danh lam thắng cảnh.', en: 'Publish information on relics and scenic spots.' } }),
  defineRule({ ...base, id: 'N224-9.1c/leaders', title: { vi: 'Tiểu sử và nhiệm vụ của lãnh đạo', en: "Leaders' biographies and duties" }, severity: 'medium', evaluate: use(judgeSection, 'leaders'), remediation: { vi: 'Trang “Lãnh đạo” ghi tiểu sử tóm tắt và nhiệm vụ phụ trách của từng lãnh đạo.', en: 'The Leaders page gives each leader a short biography and assigned duties.' } }),
];
