/** Remediation texts shared by rules of several bases that judge the same fact. */
import type { Text } from './types.js';

export const securityRemedies: Record<'https' | 'headers' | 'software' | 'spam' | 'hiddenLinks' | 'cloaking' | 'privacy', Text> = {
  https: {
    vi: 'Dùng HTTPS với chứng thư số hợp lệ, TLS 1.2 trở lên, chuyển hướng 301 từ http:// sang https:// và bật HSTS.',
    en: 'Serve HTTPS with a valid certificate, TLS 1.2 or later, a 301 redirect from http:// to https://, and HSTS.',
  },
  headers: {
    vi: 'Cấu hình máy chủ gửi Content-Security-Policy, X-Frame-Options (hoặc frame-ancestors), X-Content-Type-Options, Referrer-Policy.',
    en: 'Configure the server to send Content-Security-Policy, X-Frame-Options (or frame-ancestors), X-Content-Type-Options and Referrer-Policy.',
  },
  software: {
    vi: 'Nâng cấp thư viện, nền tảng lỗi thời (ví dụ jQuery ≥ 3.5, jQuery UI ≥ 1.13), vá lỗ hổng đã biết, gỡ thành phần không dùng; rà soát định kỳ.',
    en: 'Upgrade outdated libraries and platforms (e.g. jQuery ≥ 3.5, jQuery UI ≥ 1.13), patch known vulnerabilities, remove unused components; review regularly.',
  },
  spam: {
    vi: 'Gỡ ngay nội dung cờ bạc bị chèn, tìm và vá lỗ hổng bị khai thác, đổi mật khẩu quản trị, báo cơ quan chức năng; yêu cầu máy tìm kiếm xóa trang rác.',
    en: 'Remove the injected gambling content at once, find and patch the exploited hole, rotate admin passwords, report the incident, and ask search engines to drop the spam pages.',
  },
  hiddenLinks: {
    vi: 'Xóa các liên kết ẩn trỏ ra trang ngoài (thường do mã độc chèn vào giao diện) và kiểm tra tính toàn vẹn mã nguồn.',
    en: 'Delete hidden links to other sites (usually injected into the theme) and verify the integrity of the code.',
  },
  cloaking: {
    vi: 'Kiểm tra cấu hình máy chủ, .htaccess và mã nguồn để loại bỏ đoạn mã trả nội dung khác cho Googlebot hoặc người đến từ máy tìm kiếm.',
    en: 'Inspect server config, .htaccess and code for logic that serves different content to Googlebot or search-referred visitors, and remove it.',
  },
  privacy: {
    vi: 'Công bố chính sách bảo vệ dữ liệu cá nhân (mục đích, loại dữ liệu, quyền của chủ thể dữ liệu, liên hệ) và liên kết ở chân trang.',
    en: 'Publish a personal-data protection policy (purposes, data kinds, data-subject rights, contact) and link it from the footer.',
  },
};

export const a11yRemedy: Text = {
  vi: 'Sửa các lỗi tiếp cận (văn bản thay thế cho ảnh, độ tương phản, tên liên kết, đề mục, không dùng chữ chạy/nhấp nháy) theo WCAG 2.1 mức AA; kiểm tra bằng axe-core.',
  en: 'Fix the accessibility faults (image text alternatives, contrast, link names, headings, no moving/blinking text) to WCAG 2.1 AA; test with axe-core.',
};

export const mobileRemedy: Text = {
  vi: 'Dùng giao diện đáp ứng (meta viewport width=device-width), hiển thị tốt ở 360 px không cuộn ngang.',
  en: 'Use a responsive layout (meta viewport width=device-width) that works at 360 px without horizontal scrolling.',
};

export const footerRemedy: Text = {
  vi: 'Chân trang ghi: tên cơ quan chủ quản, họ tên người chịu trách nhiệm chính, địa chỉ, điện thoại, thư điện tử, dòng bản quyền (và số giấy phép nếu là trang tổng hợp).',
  en: 'The footer gives: the managing agency, the named person responsible, address, phone, e-mail, a copyright line (and the licence number for general-information sites).',
};

export const freshnessRemedy: Text = {
  vi: 'Đăng tin, bài mới thường xuyên (ít nhất hằng tuần) và cập nhật ngay khi thông tin thay đổi.',
  en: 'Post news regularly (at least weekly) and update information as soon as it changes.',
};

export const componentRemedy: Text = {
  vi: 'Chuyển trang thành trang thành phần của Cổng TTĐT tỉnh: tên miền dạng tencoquan.tentinh.gov.vn (hoặc đường dẫn dưới cổng tỉnh), dùng đầu/chân trang chung và có liên kết về cổng tỉnh.',
  en: 'Make the site a component of the provincial portal: a host like tencoquan.tentinh.gov.vn (or a path under the portal), the shared header/footer and a link back to the portal.',
};

export const emcRemedy: Text = {
  vi: 'Gắn mã giám sát EMC (_govaq, https://f-emc.ngsp.gov.vn/tracking, setSiteId do đơn vị vận hành cấp) trên mọi loại trang và kiểm tra tệp gov-tracking.min.js tải được.',
  en: 'Embed the EMC tag (_govaq, https://f-emc.ngsp.gov.vn/tracking, the setSiteId issued by the operator) on every page type and check that gov-tracking.min.js loads.',
};
