/** Labels of the report in Vietnamese (default) and English. */
import type { CheckId, Confidence, Severity, Status } from '../rules/types.js';

export type Lang = 'vi' | 'en';

export const CHECK_NAMES: Record<CheckId, { vi: string; en: string }> = {
  C1: { vi: 'Trang thành phần và tên miền', en: 'Component-site status and domain' },
  C2: { vi: 'Các chuyên mục bắt buộc', en: 'Mandatory sections' },
  C3: { vi: 'Thông tin liên hệ', en: 'Contacts' },
  C4: { vi: 'Tìm kiếm', en: 'Search' },
  C5: { vi: 'Liên kết, tích hợp và mã EMC', en: 'Links, integration and EMC' },
  C6: { vi: 'Tiếp cận thông tin', en: 'Access to information' },
  C7: { vi: 'Nhận diện trang chủ, chân trang, sơ đồ trang', en: 'Home-page identity, footer, sitemap' },
  C8: { vi: 'An toàn, bảo mật và mạng', en: 'Security, transport and network' },
  C9: { vi: 'Di động, tiếp cận, hiệu năng, chia sẻ', en: 'Mobile, accessibility, performance, sharing' },
  C10: { vi: 'Tiếng Anh và mức độ cập nhật', en: 'English version and freshness' },
  SCAN: { vi: 'Tính toàn vẹn của lần quét', en: 'Scan integrity' },
};

export const CHECK_ORDER: CheckId[] = ['SCAN', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10'];

export const STATUS_LABEL: Record<Status, { vi: string; en: string; mark: string }> = {
  pass: { vi: 'ĐẠT', en: 'PASS', mark: '✓' },
  fail: { vi: 'KHÔNG ĐẠT', en: 'FAIL', mark: '✗' },
  warn: { vi: 'CẢNH BÁO', en: 'WARN', mark: '!' },
  not_applicable: { vi: 'KHÔNG ÁP DỤNG', en: 'N/A', mark: '–' },
  error: { vi: 'LỖI', en: 'ERROR', mark: '?' },
};

export const SEVERITY_LABEL: Record<Severity, { vi: string; en: string }> = {
  critical: { vi: 'nghiêm trọng', en: 'critical' },
  high: { vi: 'cao', en: 'high' },
  medium: { vi: 'trung bình', en: 'medium' },
  low: { vi: 'thấp', en: 'low' },
  info: { vi: 'thông tin', en: 'info' },
};

export const CONFIDENCE_MARK: Record<Confidence, string> = { confirmed: '✅', secondary: '◐', unconfirmed: '❓' };

export const L = {
  title: { vi: 'Báo cáo kiểm tra tuân thủ trang thông tin điện tử', en: 'Website compliance report' },
  site: { vi: 'Trang', en: 'Site' },
  level: { vi: 'Cấp', en: 'Level' },
  siteType: { vi: 'Loại trang', en: 'Site type' },
  unknown: { vi: 'chưa rõ', en: 'unknown' },
  scannedAt: { vi: 'Thời điểm quét', en: 'Scanned at' },
  ruleSetOn: { vi: 'Bộ quy tắc áp dụng ngày', en: 'Rule set in force on' },
  frames: { vi: 'Khung căn cứ', en: 'Frame' },
  bases: { vi: 'Căn cứ', en: 'Legal bases' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  pages: { vi: 'trang đã tải', en: 'pages fetched' },
  evidence: { vi: 'Bằng chứng', en: 'Evidence' },
  remediation: { vi: 'Khắc phục', en: 'Remediation' },
  note: { vi: 'Ghi chú', en: 'Note' },
  sameEvidence: { vi: 'Cùng bằng chứng với', en: 'Same evidence as' },
  notApplicable: { vi: 'Không áp dụng', en: 'Not applicable' },
  exit: { vi: 'Mã thoát', en: 'Exit code' },
  rule: { vi: 'Quy tắc', en: 'Rule' },
  status: { vi: 'Kết quả', en: 'Result' },
  citation: { vi: 'Căn cứ', en: 'Citation' },
  severity: { vi: 'Mức độ', en: 'Severity' },
} as const;
