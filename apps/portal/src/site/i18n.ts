/** Interface strings of the public site, Vietnamese and English. */
import type { Locale } from './data';

const STRINGS = {
  vi: {
    home: 'Trang chủ',
    portalLink: 'Cổng thông tin điện tử tỉnh',
    backToPortal: 'Về Cổng thông tin điện tử tỉnh',
    latestNews: 'Tin mới',
    legalDocuments: 'Văn bản',
    allDocuments: 'Xem tất cả văn bản',
    componentSites: 'Các trang thành phần',
    levels: { department: 'Sở, ban, ngành', district: 'Huyện, thành phố', commune: 'Xã, phường, thị trấn', unit: 'Đơn vị sự nghiệp', party: 'Đảng, đoàn thể', enterprise: 'Doanh nghiệp', province: 'Cổng tỉnh' } as Record<string, string>,
    governingAgency: 'Cơ quan chủ quản',
    responsible: 'Chịu trách nhiệm chính',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    licence: 'Giấy phép',
    credit: 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
    sample: 'Dữ liệu mẫu / sample data — trang trình diễn: họ tên, địa chỉ, số điện thoại và tin bài trên trang này là mẫu, không phải thông tin thật.',
    notFound: 'Không tìm thấy trang',
    notFoundText: 'Trang bạn tìm không tồn tại hoặc chưa được xuất bản.',
    number: 'Số, ký hiệu',
    issuedOn: 'Ngày ban hành',
    effectiveOn: 'Ngày hiệu lực',
    issuer: 'Cơ quan ban hành',
    signer: 'Người ký',
    type: 'Hình thức',
    summary: 'Trích yếu',
    validity: 'Tình trạng hiệu lực',
    attachments: 'Tệp đính kèm',
    noItems: 'Chưa có nội dung.',
    publishedAt: 'Đăng lúc',
    updatedAt: 'Cập nhật',
    leaders: 'Lãnh đạo',
    source: 'Nguồn',
    language: 'English',
    disclosureList: 'Danh mục thông tin phải được công khai',
  },
  en: {
    home: 'Home',
    portalLink: 'Provincial web portal',
    backToPortal: 'Back to the provincial portal',
    latestNews: 'Latest news',
    legalDocuments: 'Legal documents',
    allDocuments: 'All documents',
    componentSites: 'Component sites',
    levels: { department: 'Departments', district: 'Districts', commune: 'Communes and wards', unit: 'Public units', party: 'Party and mass organisations', enterprise: 'Enterprises', province: 'Provincial portal' } as Record<string, string>,
    governingAgency: 'Governing agency',
    responsible: 'Responsible person',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    licence: 'Licence',
    credit: 'Please cite this site when republishing its information.',
    sample: 'Dữ liệu mẫu / sample data — demonstration site: the names, addresses, phone numbers and news on this page are samples, not real information.',
    notFound: 'Page not found',
    notFoundText: 'The page does not exist or has not been published in English.',
    number: 'Number',
    issuedOn: 'Issued on',
    effectiveOn: 'Effective on',
    issuer: 'Issuer',
    signer: 'Signed by',
    type: 'Type',
    summary: 'Summary',
    validity: 'Validity',
    attachments: 'Files',
    noItems: 'Nothing published yet.',
    publishedAt: 'Published',
    updatedAt: 'Updated',
    leaders: 'Leaders',
    source: 'Source',
    language: 'Tiếng Việt',
    disclosureList: 'List of information to be disclosed',
  },
};

export const t = (locale: Locale) => STRINGS[locale];

/** dd/mm/yyyy in Vietnam time for an ISO date-time. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

/** Picks the string of `locale` from an inline pair (page-specific text kept next to its use). */
export const tr = (locale: Locale, vi: string, en: string): string => (locale === 'vi' ? vi : en);

/** Vietnam is UTC+7 all year (no daylight saving). */
const VN_OFFSET_MS = 7 * 3600_000;

/** Year and month (1–12) of an ISO date-time in Vietnam time. */
export function vnYearMonth(iso: string): { year: number; month: number } {
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** [start, end) of a calendar month in Vietnam time, as ISO instants (for `greater_than_equal`/`less_than`). */
export function vnMonthRange(year: number, month: number): { from: string; to: string } {
  return { from: new Date(Date.UTC(year, month - 1, 1) - VN_OFFSET_MS).toISOString(), to: new Date(Date.UTC(year, month, 1) - VN_OFFSET_MS).toISOString() };
}

/** "Tháng 05/2024" / "May 2024". */
export function monthLabel(locale: Locale, year: number, month: number): string {
  if (locale === 'vi') return `Tháng ${String(month).padStart(2, '0')}/${year}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The Monday (YYYY-MM-DD, Vietnam calendar) of the week holding `date` (a YYYY-MM-DD or an instant). */
export function mondayOf(date: Date): string {
  const d = new Date(date.getTime() + VN_OFFSET_MS);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

/** YYYY-MM-DD plus `days` (calendar arithmetic in UTC, no time zone involved). */
export function addDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Start of a Vietnam calendar day (YYYY-MM-DD) as an ISO instant. */
export const vnDayStart = (ymd: string): string => new Date(Date.parse(`${ymd}T00:00:00Z`) - VN_OFFSET_MS).toISOString();

/** "Thứ Hai, 13/05/2024" / "Monday 13/05/2024" for an instant, in Vietnam time. */
export function formatWeekday(locale: Locale, iso: string): string {
  const d = new Date(iso);
  const wd = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { weekday: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
  return `${wd.charAt(0).toUpperCase()}${wd.slice(1)}, ${formatDate(iso)}`;
}
