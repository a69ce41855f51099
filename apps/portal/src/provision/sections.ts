/**
 * The skeleton every hosted site gets: the pages and categories the law asks for
 * (REQUIREMENTS.md §1–§3), each with guidance for the editor that cites the catalogue IDs.
 *
 * Pages are localized: the English pages of N42-7.2a/b are the `en` locale of the organisation,
 * functions and contacts pages (`englishRequired: true`).
 */
import type { SiteLevel } from '../collections/Sites';

type L = { vi: string; en: string };

export interface SectionSpec {
  key: string;
  slug: string;
  label: L;
  /** What the law asks on this page, for the editor (Vietnamese first). */
  guidance: L;
  requirementIds: string[];
  /** Levels that must have it (undefined = every level). */
  levels?: SiteLevel[];
  /** True when the law asks for this page in English too (N42-7.2a/b). */
  englishRequired?: boolean;
  order: number;
}

const PROVINCE_AND_COMMUNE: SiteLevel[] = ['province', 'district', 'commune'];

export const SECTIONS: SectionSpec[] = [
  {
    key: 'introduction',
    slug: 'gioi-thieu',
    label: { vi: 'Giới thiệu', en: 'About us' },
    guidance: {
      vi: 'Giới thiệu chung về cơ quan: tên đầy đủ, địa chỉ trụ sở, điện thoại, fax, thư điện tử (N42-4.1e). Với UBND tỉnh, xã: bộ máy hành chính, điều kiện tự nhiên, lịch sử, truyền thống văn hoá, tiềm năng (N224-9.1c).',
      en: 'General introduction: full name, address, phone, fax, e-mail (N42-4.1e). For provincial and commune People’s Committees: administration, natural conditions, history, culture, potential (N224-9.1c).',
    },
    requirementIds: ['N42-4.1e', 'N224-9.1c', 'TT32-16.3a'],
    order: 10,
  },
  {
    key: 'history',
    slug: 'lich-su',
    label: { vi: 'Lịch sử hình thành và phát triển', en: 'History' },
    guidance: {
      vi: 'Quá trình hình thành, phát triển và truyền thống văn hoá của địa phương/cơ quan (N224-9.1c).',
      en: 'How the locality or agency was formed and developed, and its cultural traditions (N224-9.1c).',
    },
    requirementIds: ['N224-9.1c'],
    order: 20,
  },
  {
    key: 'organisationStructure',
    slug: 'co-cau-to-chuc',
    label: { vi: 'Cơ cấu tổ chức', en: 'Organisation structure' },
    guidance: {
      vi: 'Cơ cấu tổ chức và sơ đồ tổ chức của cơ quan và từng đơn vị trực thuộc (N42-4.1e, LTC-19.1). Cần có bản tiếng Anh (N42-7.2a). Cập nhật ngay khi có thay đổi (N42-4.2).',
      en: 'Organisation structure and chart of the agency and each affiliated unit (N42-4.1e, LTC-19.1). Required in English too (N42-7.2a). Update on every change (N42-4.2).',
    },
    requirementIds: ['N42-4.1e', 'LTC-19.1', 'N42-7.2a', 'N42-4.2'],
    englishRequired: true,
    order: 30,
  },
  {
    key: 'functionsAndDuties',
    slug: 'chuc-nang-nhiem-vu',
    label: { vi: 'Chức năng, nhiệm vụ, quyền hạn', en: 'Functions and duties' },
    guidance: {
      vi: 'Chức năng, nhiệm vụ, quyền hạn của cơ quan và từng đơn vị trực thuộc, theo văn bản quy định (N42-4.1e). Cần có bản tiếng Anh (N42-7.2a).',
      en: 'Functions, duties and powers of the agency and each affiliated unit, as set by the founding documents (N42-4.1e). Required in English too (N42-7.2a).',
    },
    requirementIds: ['N42-4.1e', 'N42-7.2a'],
    englishRequired: true,
    order: 40,
  },
  {
    key: 'leadership',
    slug: 'lanh-dao',
    label: { vi: 'Lãnh đạo và cán bộ đầu mối', en: 'Leadership and contact points' },
    guidance: {
      vi: 'Họ tên, chức vụ, đơn vị, điện thoại, thư điện tử công vụ của lãnh đạo và cán bộ đầu mối (N42-4.1e). Nhập từng người ở mục "Lãnh đạo, cán bộ đầu mối"; trang này hiển thị danh sách đó.',
      en: 'Name, position, unit, phone and official e-mail of leaders and contact points (N42-4.1e). Enter each person under "Officials"; this page lists them.',
    },
    requirementIds: ['N42-4.1e', 'N42-7.2b'],
    order: 50,
  },
  {
    key: 'contacts',
    slug: 'lien-he',
    label: { vi: 'Liên hệ', en: 'Contacts' },
    guidance: {
      vi: 'Địa chỉ, điện thoại, fax, thư điện tử của cơ quan; thông tin liên hệ của cán bộ có thẩm quyền (N42-4.1e). Cần có bản tiếng Anh: họ tên, chức vụ, đơn vị, điện thoại, fax, thư điện tử công vụ (N42-7.2b).',
      en: 'Agency address, phone, fax and e-mail; contacts of competent officials (N42-4.1e). Required in English: name, position, unit, phone, fax, official e-mail (N42-7.2b).',
    },
    requirementIds: ['N42-4.1e', 'N42-7.2b'],
    englishRequired: true,
    order: 60,
  },
  {
    key: 'spokesperson',
    slug: 'nguoi-phat-ngon',
    label: { vi: 'Người phát ngôn', en: 'Spokesperson' },
    guidance: {
      vi: 'Họ tên, chức vụ, điện thoại, thư điện tử của người phát ngôn và người được giao phát ngôn; văn bản giao nhiệm vụ đăng trong 12 giờ kể từ khi ký (N09-2.4, N244).',
      en: 'Name, position, phone and e-mail of the spokesperson and delegated spokespersons; the delegation document within 12 hours of signing (N09-2.4, N244).',
    },
    requirementIds: ['N09-2.4', 'N244'],
    order: 70,
  },
  {
    key: 'socialAccounts',
    slug: 'mang-xa-hoi',
    label: { vi: 'Tài khoản mạng xã hội chính thức', en: 'Official social-media accounts' },
    guidance: {
      vi: 'Danh sách trang, kênh, tài khoản mạng xã hội chính thức của cơ quan (N244, N42-5.2). Nhập từng tài khoản ở mục "Tài khoản mạng xã hội chính thức".',
      en: 'The list of the agency’s official social-media pages and accounts (N244, N42-5.2). Enter each under "Official social accounts".',
    },
    requirementIds: ['N244', 'N42-5.2'],
    order: 80,
  },
  {
    key: 'accessToInformation',
    slug: 'tiep-can-thong-tin',
    label: { vi: 'Tiếp cận thông tin', en: 'Access to information' },
    guidance: {
      vi: 'Chuyên mục "Tiếp cận thông tin": danh mục thông tin phải được công khai (tên, số ký hiệu, ngày tạo, hình thức, thời điểm công khai, đường dẫn) (LTC-34.1b, N13-6.3), quy chế nội bộ về cung cấp thông tin và đầu mối tiếp nhận yêu cầu (LTC-34.1h), các thông tin phải đăng trên cổng (LTC-19.1).',
      en: 'The "Access to information" section: the list of information to be disclosed (name, number, date, form, timing, link) (LTC-34.1b, N13-6.3), the internal regulation and focal point for requests (LTC-34.1h), the items the portal must carry (LTC-19.1).',
    },
    requirementIds: ['LTC-19.1', 'LTC-34.1b', 'LTC-34.1h', 'N13-6.3'],
    order: 90,
  },
  {
    key: 'privacyPolicy',
    slug: 'chinh-sach-bao-ve-du-lieu-ca-nhan',
    label: { vi: 'Chính sách bảo vệ dữ liệu cá nhân', en: 'Privacy policy' },
    guidance: {
      vi: 'Những dữ liệu cá nhân trang thu thập (hỏi đáp, góp ý), mục đích, thời gian lưu, quyền của người dân và đầu mối liên hệ (N42-26, N224-21, N224-10.3b).',
      en: 'Which personal data the site collects (questions, comments), why, for how long, citizens’ rights and whom to contact (N42-26, N224-21, N224-10.3b).',
    },
    requirementIds: ['N42-26', 'N224-21', 'N224-10.3b'],
    order: 100,
  },
  {
    key: 'boundaryMap',
    slug: 'ban-do-hanh-chinh',
    label: { vi: 'Bản đồ địa giới hành chính', en: 'Administrative boundary map' },
    guidance: {
      vi: 'Bản đồ địa giới hành chính của địa phương (N224-9.1c). Tải ảnh bản đồ lên ô "Hình ảnh" và ghi nguồn bản đồ.',
      en: 'The administrative boundary map of the locality (N224-9.1c). Upload the map image and name its source.',
    },
    requirementIds: ['N224-9.1c'],
    levels: PROVINCE_AND_COMMUNE,
    order: 110,
  },
  {
    key: 'naturalConditions',
    slug: 'dieu-kien-tu-nhien',
    label: { vi: 'Điều kiện tự nhiên', en: 'Natural conditions' },
    guidance: {
      vi: 'Vị trí địa lý, diện tích, dân số, khí hậu, tài nguyên, tiềm năng phát triển của địa phương (N224-9.1c).',
      en: 'Location, area, population, climate, resources and development potential of the locality (N224-9.1c).',
    },
    requirementIds: ['N224-9.1c'],
    levels: PROVINCE_AND_COMMUNE,
    order: 120,
  },
];

export interface CategorySpec {
  kind: 'news' | 'legalDocuments' | 'plans' | 'procurement' | 'lawDissemination' | 'qa' | 'consultations';
  slug: string;
  name: L;
  requirementIds: string[];
  order: number;
}

export const CATEGORIES: CategorySpec[] = [
  { kind: 'news', slug: 'tin-tuc-su-kien', name: { vi: 'Tin tức, sự kiện', en: 'News and events' }, requirementIds: ['N42-4.2'], order: 10 },
  { kind: 'legalDocuments', slug: 'van-ban-phap-luat', name: { vi: 'Văn bản pháp luật', en: 'Legal documents' }, requirementIds: ['N42-4.1a', 'LTC-19.1'], order: 20 },
  { kind: 'plans', slug: 'chien-luoc-quy-hoach-ke-hoach', name: { vi: 'Chiến lược, quy hoạch, kế hoạch', en: 'Strategies and plans' }, requirementIds: ['N42-4.1đ', 'LTC-19.1'], order: 30 },
  { kind: 'procurement', slug: 'du-an-dau-tu-dau-thau', name: { vi: 'Dự án, đầu tư, đấu thầu, mua sắm công', en: 'Projects, investment and procurement' }, requirementIds: ['N42-4.1g…', 'LTC-17.1'], order: 40 },
  { kind: 'lawDissemination', slug: 'pho-bien-giao-duc-phap-luat', name: { vi: 'Phổ biến, giáo dục pháp luật', en: 'Law dissemination' }, requirementIds: ['N42-4.1d', 'LTC-19.1'], order: 50 },
  { kind: 'qa', slug: 'hoi-dap', name: { vi: 'Hỏi đáp', en: 'Questions and answers' }, requirementIds: ['L43-15.2'], order: 60 },
  { kind: 'consultations', slug: 'lay-y-kien-du-thao', name: { vi: 'Lấy ý kiến dự thảo văn bản', en: 'Public consultations' }, requirementIds: ['N42-4.1g…', 'LTC-19.1'], order: 70 },
];

/** The sections a site of `level` must have. */
export const sectionsFor = (level: SiteLevel): SectionSpec[] => SECTIONS.filter((s) => !s.levels || s.levels.includes(level));
