/**
 * The sections (chuyên mục) a Vietnamese state-agency site is expected to have, with the wording variants
 * seen on real sites. Phrases are written with diacritics; matching folds them (so "co cau to chuc" and
 * "Cơ cấu tổ chức" both match) and compares whole words. A phrase may carry options:
 *
 *   - `max`: how many words a label may have beyond the phrase (default: section `maxExtra`, else 4).
 *     Menu labels are short; long link texts are document or news titles (the keyword trap).
 *   - sections with `allowDocTitles` accept document titles (e.g. the internal regulation on providing
 *     information is itself a document).
 */

export type SectionId =
  | 'legal-documents'
  | 'administrative-procedures'
  | 'law-dissemination'
  | 'plans'
  | 'introduction'
  | 'org-structure'
  | 'functions'
  | 'leaders'
  | 'units'
  | 'history'
  | 'budget'
  | 'statistics'
  | 'public-investment'
  | 'recruitment'
  | 'public-consultation'
  | 'access-to-information'
  | 'disclosure-list'
  | 'info-regulation'
  | 'contacts'
  | 'directory'
  | 'spokesperson'
  | 'qa'
  | 'sitemap'
  | 'news'
  | 'social-channels'
  | 'privacy'
  | 'service-quality'
  | 'self-assessment'
  | 'admin-map'
  | 'natural-conditions'
  | 'culture-relics';

export interface Phrase {
  text: string;
  max?: number;
}

export interface SectionDef {
  id: SectionId;
  name: { vi: string; en: string };
  /** Vietnamese label phrases (strings, or objects with options). */
  labels: (string | Phrase)[];
  /** English label phrases (English sub-sites). */
  englishLabels?: (string | Phrase)[];
  /** Extra URL-slug forms (ASCII, dash-separated), beyond the folded labels. */
  slugs?: string[];
  /** Host first labels that mean this section (e.g. `dichvucong`, `pbgdpl`). */
  hosts?: RegExp[];
  /** A label containing one of these phrases is not this section. */
  exclude?: string[];
  maxExtra?: number;
  allowDocTitles?: boolean;
  /** Labels that are organisation names ("Phòng …", "Trung tâm …") may match. */
  allowOrgNames?: boolean;
}

export const SECTIONS: SectionDef[] = [
  {
    id: 'legal-documents',
    name: { vi: 'Văn bản pháp luật', en: 'Legal documents' },
    labels: [
      'văn bản pháp luật',
      'văn bản pháp quy',
      'văn bản quy phạm pháp luật',
      'văn bản quy phạm',
      'văn bản qppl',
      'vbqppl',
      'văn bản chỉ đạo điều hành',
      'văn bản chỉ đạo',
      'văn bản điều hành',
      'văn bản hành chính',
      'hệ thống văn bản',
      'cơ sở dữ liệu văn bản',
      'văn bản mới',
      { text: 'văn bản', max: 1 },
      'văn bản chính sách',
    ],
    englishLabels: ['legal documents', 'legislation', 'legal normative documents', 'documents'],
    slugs: ['vbpq', 'vbqppl', 'van-ban'],
    exclude: ['dự thảo', 'lấy ý kiến', 'góp ý'],
  },
  {
    id: 'administrative-procedures',
    name: { vi: 'Thủ tục hành chính, dịch vụ công trực tuyến', en: 'Administrative procedures, online public services' },
    labels: ['thủ tục hành chính', 'tthc', 'dịch vụ công', 'dịch vụ công trực tuyến', 'dvctt', { text: 'dvc', max: 2 }, 'bộ thủ tục', 'cổng dịch vụ công', 'một cửa điện tử'],
    englishLabels: ['administrative procedures', 'public services', 'online public services', 'administrative procedure'],
    hosts: [/^dichvucong\./, /^dvc\./, /^motcua\./],
  },
  {
    id: 'law-dissemination',
    name: { vi: 'Phổ biến, giáo dục pháp luật', en: 'Law dissemination' },
    labels: [
      'phổ biến giáo dục pháp luật',
      'phổ biến pháp luật',
      'tuyên truyền pháp luật',
      'tuyên truyền phổ biến pháp luật',
      'pbgdpl',
      'hướng dẫn thực hiện pháp luật',
      'chính sách pháp luật mới',
      'chính sách mới',
      'hỏi đáp pháp luật',
    ],
    slugs: ['pbgdpl', 'pbpl', 'pho-bien-phap-luat'],
    hosts: [/^pbgdpl\./, /^pbpl\./],
  },
  {
    id: 'plans',
    name: { vi: 'Chiến lược, quy hoạch, kế hoạch', en: 'Strategies, master plans, plans' },
    labels: ['chiến lược', 'quy hoạch', { text: 'kế hoạch', max: 3 }, 'đề án', 'chương trình công tác', 'kế hoạch công tác', 'chiến lược quy hoạch', 'quy hoạch kế hoạch', 'kế hoạch phát triển', 'định hướng phát triển'],
    englishLabels: ['strategies', 'master plans', 'planning', 'plans'],
    exclude: ['kế hoạch tài chính', 'kế hoạch đầu tư', 'thống kê truy cập'],
  },
  {
    id: 'introduction',
    name: { vi: 'Giới thiệu', en: 'Introduction' },
    labels: [{ text: 'giới thiệu', max: 2 }, { text: 'giới thiệu chung', max: 2 }, { text: 'tổng quan', max: 2 }],
    englishLabels: [{ text: 'about us', max: 2 }, { text: 'about', max: 1 }, { text: 'introduction', max: 2 }, { text: 'general introduction', max: 2 }, { text: 'overview', max: 1 }],
  },
  {
    id: 'org-structure',
    name: { vi: 'Cơ cấu tổ chức, sơ đồ tổ chức', en: 'Organisational structure' },
    labels: ['cơ cấu tổ chức', 'sơ đồ tổ chức', 'tổ chức bộ máy', 'bộ máy tổ chức', 'cơ cấu bộ máy', 'sơ đồ cơ cấu', 'mô hình tổ chức'],
    englishLabels: ['organizational structure', 'organisational structure', 'organization structure', 'organisation structure', 'organization chart', 'organisation chart', 'structure'],
  },
  {
    id: 'functions',
    name: { vi: 'Chức năng, nhiệm vụ, quyền hạn', en: 'Functions, duties and powers' },
    labels: ['chức năng nhiệm vụ', 'nhiệm vụ quyền hạn', 'chức năng quyền hạn', 'vị trí chức năng', 'chức năng'],
    englishLabels: ['functions', 'duties', 'functions and duties', 'functions and tasks', 'functions tasks', 'mandate', 'powers'],
    exclude: ['chức năng tìm kiếm'],
  },
  {
    id: 'leaders',
    name: { vi: 'Lãnh đạo', en: 'Leaders' },
    labels: [{ text: 'lãnh đạo', max: 3 }, 'ban giám đốc', 'ban lãnh đạo', 'thường trực ubnd', 'thường trực ủy ban', 'lãnh đạo đương nhiệm', 'tiểu sử lãnh đạo'],
    englishLabels: ['leaders', 'leadership', 'board of directors', 'management board'],
    slugs: ['lanh-dao', 'ban-giam-doc'],
    exclude: ['chỉ đạo', 'lãnh đạo chỉ đạo', 'công tác lãnh đạo'],
    allowOrgNames: true,
  },
  {
    id: 'units',
    name: { vi: 'Đơn vị trực thuộc, phòng ban', en: 'Affiliated units and divisions' },
    labels: ['phòng ban', 'phòng ban chuyên môn', 'đơn vị trực thuộc', 'đơn vị sự nghiệp', 'các phòng chuyên môn', 'đơn vị thuộc sở', 'cơ quan đơn vị'],
    englishLabels: ['divisions', 'departments', 'affiliated units', 'subordinate organizations'],
    allowOrgNames: true,
  },
  {
    id: 'history',
    name: { vi: 'Lịch sử hình thành', en: 'History' },
    labels: ['lịch sử hình thành', 'quá trình hình thành', 'lịch sử phát triển', 'quá trình phát triển', 'quá trình hình thành và phát triển', { text: 'lịch sử', max: 2 }, { text: 'truyền thống', max: 2 }],
    englishLabels: [{ text: 'history', max: 2 }],
  },
  {
    id: 'budget',
    name: { vi: 'Ngân sách, báo cáo tài chính', en: 'Budget and financial statements' },
    labels: ['công khai ngân sách', 'ngân sách', 'dự toán ngân sách', 'quyết toán', 'báo cáo tài chính', 'công khai tài chính', 'tài chính ngân sách', 'công khai dự toán'],
    englishLabels: ['budget', 'financial statements', 'financial report'],
    exclude: ['kế hoạch tài chính'],
  },
  {
    id: 'statistics',
    name: { vi: 'Thông tin thống kê', en: 'Statistics' },
    labels: ['thống kê', 'báo cáo thống kê', 'số liệu thống kê', 'thông tin thống kê', 'thông tin báo cáo thống kê', 'niên giám thống kê'],
    englishLabels: ['statistics', 'statistical data'],
    // The visit counter ("Thống kê truy cập") is not a statistics section.
    exclude: ['truy cập', 'lượt truy cập', 'đang truy cập', 'đang online', 'online'],
  },
  {
    id: 'public-investment',
    name: { vi: 'Đầu tư công, đấu thầu, mua sắm công', en: 'Public investment and procurement' },
    labels: ['đầu tư công', 'đấu thầu', 'mua sắm công', 'đấu thầu mua sắm công', 'thông tin dự án', 'dự án đầu tư', { text: 'dự án', max: 2 }, 'lựa chọn nhà thầu'],
    englishLabels: ['public investment', 'procurement', 'investment projects', 'projects', 'bidding'],
  },
  {
    id: 'recruitment',
    name: { vi: 'Tuyển dụng', en: 'Recruitment' },
    labels: ['tuyển dụng', 'thi tuyển', 'tuyển dụng công chức', 'tuyển dụng viên chức', 'thông tin tuyển dụng'],
    englishLabels: ['recruitment', 'careers', 'vacancies', 'jobs'],
  },
  {
    id: 'public-consultation',
    name: { vi: 'Lấy ý kiến dự thảo văn bản', en: 'Public consultation on drafts' },
    labels: ['lấy ý kiến', 'góp ý dự thảo', 'dự thảo văn bản', 'văn bản dự thảo', 'lấy ý kiến dự thảo', { text: 'góp ý', max: 3 }, 'xin ý kiến', 'lấy ý kiến nhân dân', 'dự thảo'],
    englishLabels: ['public consultation', 'draft documents', 'consultation', 'comments on drafts'],
  },
  {
    id: 'access-to-information',
    name: { vi: 'Tiếp cận thông tin', en: 'Access to information' },
    labels: ['tiếp cận thông tin', 'chuyên mục tiếp cận thông tin', 'cung cấp thông tin theo yêu cầu', 'yêu cầu cung cấp thông tin'],
    englishLabels: ['access to information'],
    maxExtra: 3,
  },
  {
    id: 'disclosure-list',
    name: { vi: 'Danh mục thông tin phải được công khai', en: 'List of information to be disclosed' },
    labels: ['danh mục thông tin phải được công khai', 'danh mục thông tin phải công khai', 'danh mục thông tin công khai', 'danh mục công khai thông tin', 'danh mục thông tin được công khai'],
    maxExtra: 8,
  },
  {
    id: 'info-regulation',
    name: { vi: 'Quy chế cung cấp thông tin', en: 'Internal regulation on providing information' },
    labels: ['quy chế cung cấp thông tin', 'quy chế nội bộ về cung cấp thông tin', 'quy chế phát ngôn và cung cấp thông tin', 'quy chế tiếp cận thông tin', 'quy chế phối hợp cung cấp thông tin'],
    allowDocTitles: true,
    maxExtra: 40,
  },
  {
    id: 'contacts',
    name: { vi: 'Liên hệ', en: 'Contact' },
    labels: [{ text: 'liên hệ', max: 2 }, 'thông tin liên hệ', { text: 'liên lạc', max: 2 }, 'địa chỉ liên hệ'],
    englishLabels: [{ text: 'contact', max: 2 }, { text: 'contact us', max: 2 }, { text: 'contacts', max: 2 }],
    slugs: ['lien-he', 'contact'],
  },
  {
    id: 'directory',
    name: { vi: 'Danh bạ điện thoại, thư điện tử', en: 'Phone and e-mail directory' },
    labels: ['danh bạ', 'danh bạ điện thoại', 'danh bạ thư điện tử', 'danh bạ email', 'danh bạ cán bộ', 'danh bạ cơ quan', 'thư điện tử công vụ'],
    englishLabels: ['directory', 'phone book', 'staff directory', 'hotlines'],
  },
  {
    id: 'spokesperson',
    name: { vi: 'Người phát ngôn', en: 'Spokesperson' },
    labels: ['người phát ngôn', 'phát ngôn', 'thông tin người phát ngôn', 'phát ngôn báo chí', 'cung cấp thông tin cho báo chí', 'người phát ngôn và cung cấp thông tin'],
    englishLabels: ['spokesperson', 'spokesman', 'press office'],
  },
  {
    id: 'qa',
    name: { vi: 'Hỏi đáp, tiếp nhận phản ánh', en: 'Q&A and feedback' },
    labels: ['hỏi đáp', 'hỏi đáp trực tuyến', 'giải đáp', 'trả lời bạn đọc', 'phản ánh kiến nghị', 'hỏi đáp chính sách', 'câu hỏi thường gặp', 'gửi câu hỏi', 'tiếp nhận phản ánh'],
    englishLabels: [{ text: 'q a', max: 1 }, 'faq', 'questions and answers', 'feedback'],
    slugs: ['hoi-dap', 'hoi-ap', 'faq'],
  },
  {
    id: 'sitemap',
    name: { vi: 'Sơ đồ cổng/trang', en: 'Sitemap' },
    labels: ['sơ đồ cổng', 'sơ đồ trang', 'sơ đồ site', 'sơ đồ website', 'sơ đồ trang web', 'sơ đồ cổng thông tin', 'bản đồ site', 'sơ đồ trang thông tin'],
    englishLabels: ['sitemap', 'site map'],
    slugs: ['so-do-website', 'so-do-cong', 'so-do-trang', 'sitemap', 'so-do-site'],
  },
  {
    id: 'news',
    name: { vi: 'Tin tức, sự kiện', en: 'News' },
    labels: ['tin tức', 'tin tức sự kiện', 'tin hoạt động', 'tin mới', 'tin tổng hợp', 'sự kiện', 'tin trong ngành', 'hoạt động của sở'],
    englishLabels: [{ text: 'news', max: 2 }, 'hot news', 'latest news', 'news and events'],
  },
  {
    id: 'social-channels',
    name: { vi: 'Kênh mạng xã hội chính thức', en: 'Official social-media channels' },
    labels: ['mạng xã hội', 'kênh thông tin chính thức', 'tài khoản mạng xã hội', 'trang mạng xã hội chính thức', 'fanpage'],
    englishLabels: ['social media', 'official channels'],
  },
  {
    id: 'privacy',
    name: { vi: 'Chính sách bảo vệ dữ liệu cá nhân', en: 'Privacy policy' },
    labels: ['chính sách bảo vệ dữ liệu cá nhân', 'bảo vệ dữ liệu cá nhân', 'chính sách quyền riêng tư', 'quyền riêng tư', 'chính sách bảo mật', 'bảo vệ thông tin cá nhân'],
    englishLabels: ['privacy policy', 'privacy', 'data protection'],
  },
  {
    id: 'service-quality',
    name: { vi: 'Chất lượng dịch vụ công trực tuyến', en: 'Online public-service quality' },
    labels: ['cam kết chất lượng', 'chất lượng dịch vụ công', 'chỉ số giám sát', 'chỉ số chất lượng', 'mức độ hài lòng', 'đánh giá sự hài lòng', 'chỉ số phục vụ người dân'],
    englishLabels: ['service quality', 'satisfaction'],
  },
  {
    id: 'self-assessment',
    name: { vi: 'Tự đánh giá khả năng tiếp cận dịch vụ công', en: 'Accessibility self-assessment' },
    labels: ['tự đánh giá', 'khả năng tiếp cận', 'mức độ phổ cập', 'đánh giá khả năng tiếp cận'],
    englishLabels: ['accessibility statement', 'self assessment'],
  },
  {
    id: 'admin-map',
    name: { vi: 'Bản đồ địa giới hành chính', en: 'Administrative boundary map' },
    labels: ['bản đồ hành chính', 'bản đồ địa giới', 'địa giới hành chính', { text: 'bản đồ', max: 2 }],
    englishLabels: ['administrative map', 'map'],
  },
  {
    id: 'natural-conditions',
    name: { vi: 'Điều kiện tự nhiên', en: 'Natural conditions' },
    labels: ['điều kiện tự nhiên', 'vị trí địa lý', { text: 'địa lý', max: 2 }, 'tự nhiên xã hội'],
    englishLabels: ['geography', 'natural conditions'],
  },
  {
    id: 'culture-relics',
    name: { vi: 'Truyền thống văn hóa, di tích, danh thắng', en: 'Culture, relics and scenic spots' },
    labels: ['di tích', 'danh thắng', 'di tích lịch sử', 'văn hóa du lịch', 'truyền thống văn hóa', { text: 'du lịch', max: 2 }, 'di sản'],
    englishLabels: ['culture', 'tourism', 'heritage', 'relics'],
  },
];

export const SECTION_BY_ID: Record<SectionId, SectionDef> = Object.fromEntries(SECTIONS.map((s) => [s.id, s])) as Record<SectionId, SectionDef>;
