/**
 * Sample values for the demo province. Everything here is invented and is only ever published
 * with `sampleData: true`, which makes every public page show the "Dữ liệu mẫu / sample data"
 * banner. Names follow the convention of Vietnamese forms ("Nguyễn Văn A").
 */
import type { SectionSpec } from './sections';

type L = { vi: string; en: string };

export interface SampleSite {
  name: L;
  governingAgency: L;
  level: string;
  domain: string;
}

export const SAMPLE_PEOPLE = [
  { name: 'Nguyễn Văn A', position: { vi: 'Chủ tịch', en: 'Chairman' }, isLeader: true },
  { name: 'Trần Thị B', position: { vi: 'Phó Chủ tịch', en: 'Vice Chairwoman' }, isLeader: true, isSpokesperson: true },
  { name: 'Lê Văn C', position: { vi: 'Chánh Văn phòng', en: 'Chief of Office' }, isContactPoint: true },
];

/** Department-level titles differ from People's Committee titles. */
/** The sample head of every demo agency (the placeholder name of Vietnamese forms). */
export const SAMPLE_HEAD_NAME = 'Nguyễn Văn A';

export function leaderTitles(level: string): { head: L; deputy: L } {
  return level === 'department'
    ? { head: { vi: 'Giám đốc', en: 'Director' }, deputy: { vi: 'Phó Giám đốc', en: 'Deputy Director' } }
    : { head: { vi: 'Chủ tịch', en: 'Chairman' }, deputy: { vi: 'Phó Chủ tịch', en: 'Vice Chairwoman' } };
}

export const samplePhone = (seed: number): string => `0209 3${String(870000 + (seed % 99999)).padStart(6, '0')}`;

/** Sample page text for a section, in both languages. */
export function samplePage(section: SectionSpec, site: SampleSite): { vi: string[]; en: string[] } {
  const v = site.name.vi;
  const e = site.name.en;
  switch (section.key) {
    case 'introduction':
      return {
        vi: [`${v} là trang thông tin điện tử của ${site.governingAgency.vi}.`, 'Trụ sở: số 1 đường Mẫu, tổ Mẫu (dữ liệu mẫu).', `Điện thoại: ${samplePhone(1)} – Thư điện tử: vanphong@${site.domain}`],
        en: [`${e} is the official website of ${site.governingAgency.en}.`, 'Office: 1 Sample Street (sample data).', `Phone: ${samplePhone(1)} – E-mail: vanphong@${site.domain}`],
      };
    case 'history':
      return {
        vi: [`Phần này kể quá trình hình thành và phát triển của ${v} (nội dung mẫu để minh hoạ bố cục).`],
        en: [`This part tells how ${e} was formed and developed (sample text to show the layout).`],
      };
    case 'organisationStructure':
      return site.level === 'department'
        ? {
            vi: ['## Lãnh đạo', `Giám đốc ${SAMPLE_HEAD_NAME} phụ trách chung; hai Phó Giám đốc (Trần Thị B, Lê Văn C) giúp Giám đốc theo lĩnh vực được phân công.`, '## Các phòng chuyên môn', 'Văn phòng Sở (tổng hợp, hành chính, tổ chức cán bộ, tiếp nhận văn bản đến); Thanh tra Sở; Phòng Kế hoạch – Tài chính; Phòng Quản lý chuyên ngành 1; Phòng Quản lý chuyên ngành 2.', '## Đơn vị sự nghiệp trực thuộc', 'Trung tâm dịch vụ công của Sở (dữ liệu mẫu: biên tập viên thay bằng cơ cấu thật theo quyết định của Ủy ban nhân dân tỉnh).'],
            en: ['## Leadership', `Director ${SAMPLE_HEAD_NAME} is in overall charge; two Deputy Directors (Trần Thị B, Lê Văn C) assist the Director in the fields assigned to them.`, '## Divisions', 'Department Office (coordination, administration, personnel, incoming documents); Department Inspectorate; Planning and Finance Division; Specialised Management Division 1; Specialised Management Division 2.', '## Public service unit', "The Department's public service centre (sample data: editors replace it with the real structure set by the Provincial People's Committee)."],
          }
        : {
            vi: ['## Lãnh đạo', `Chủ tịch ${SAMPLE_HEAD_NAME} phụ trách chung; các Phó Chủ tịch giúp Chủ tịch theo lĩnh vực kinh tế và văn hóa – xã hội.`, '## Các cơ quan chuyên môn, bộ phận giúp việc', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân; bộ phận Tài chính – Kế toán; Địa chính – Xây dựng; Tư pháp – Hộ tịch; Văn hóa – Xã hội; Công an; Chỉ huy Quân sự; Bộ phận Một cửa tiếp nhận và trả kết quả thủ tục hành chính (dữ liệu mẫu).'],
            en: ['## Leadership', `Chairman ${SAMPLE_HEAD_NAME} is in overall charge; the Vice Chairpersons assist the Chairman in economic and in cultural and social affairs.`, '## Offices and staff', "Office of the People's Council and People's Committee; Finance and Accounting; Land Administration and Construction; Justice and Civil Status; Culture and Social Affairs; Police; Military Command; the one-stop desk that receives administrative-procedure applications and returns results (sample data)."],
          };
    case 'functionsAndDuties':
      return site.level === 'department'
        ? {
            vi: ['## Vị trí, chức năng', `${site.governingAgency.vi} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về ngành, lĩnh vực được giao; có tư cách pháp nhân, con dấu và tài khoản riêng (nội dung mẫu).`, '## Nhiệm vụ, quyền hạn', 'Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch, đề án thuộc lĩnh vực quản lý; hướng dẫn, kiểm tra, thanh tra việc thực hiện văn bản pháp luật; giải quyết thủ tục hành chính; tổng hợp, báo cáo định kỳ và đột xuất; quản lý tổ chức bộ máy, công chức, viên chức và tài chính của Sở theo quy định.'],
            en: ['## Position and functions', `The ${site.governingAgency.en} is a specialised agency of the Provincial People's Committee. It advises and assists the Committee in state management of its sector and has its own legal personality, seal and account (sample text).`, '## Duties and powers', "It submits draft decisions, plans and programmes in its field to the Provincial People's Committee; guides, checks and inspects how legal documents are applied; handles administrative procedures; reports regularly and when asked; and manages its own organisation, civil servants, public employees and finances as the law provides."],
          }
        : {
            vi: ['## Chức năng', `${site.governingAgency.vi} là cơ quan hành chính nhà nước ở địa phương, chấp hành nghị quyết của Hội đồng nhân dân cùng cấp và văn bản của cơ quan nhà nước cấp trên (Luật Tổ chức chính quyền địa phương; nội dung mẫu).`, '## Nhiệm vụ, quyền hạn', 'Xây dựng, trình Hội đồng nhân dân quyết định các nội dung thuộc thẩm quyền; tổ chức thực hiện ngân sách địa phương; quản lý đất đai, xây dựng, trật tự đô thị và môi trường trên địa bàn; bảo đảm an ninh, trật tự; giải quyết thủ tục hành chính cho người dân và doanh nghiệp; tiếp công dân, giải quyết khiếu nại, tố cáo theo quy định.'],
            en: ['## Functions', `The ${site.governingAgency.en} is the local state administrative body. It carries out the resolutions of the People's Council at its level and the documents of higher state bodies (Law on Local Government Organisation; sample text).`, '## Duties and powers', "It prepares and submits to the People's Council the matters within its competence; executes the local budget; manages land, construction, urban order and the environment in its area; keeps security and public order; handles administrative procedures for citizens and businesses; and receives citizens and settles complaints and denunciations as the law provides."],
          };
    case 'leadership':
      return { vi: ['Danh sách lãnh đạo và cán bộ đầu mối (dữ liệu mẫu) được hiển thị dưới đây.'], en: ['Leaders and contact points (sample data) are listed below.'] };
    case 'contacts':
      return {
        vi: [`**${site.governingAgency.vi}**`, 'Địa chỉ: số 1 đường Mẫu (dữ liệu mẫu).', `Điện thoại: ${samplePhone(1)} – Fax: ${samplePhone(2)}`, `Thư điện tử: vanphong@${site.domain}`, `Người liên hệ: Lê Văn C, Chánh Văn phòng, điện thoại ${samplePhone(3)}, thư điện tử lvc@${site.domain}`],
        en: [`**${site.governingAgency.en}**`, 'Address: 1 Sample Street (sample data).', `Phone: ${samplePhone(1)} – Fax: ${samplePhone(2)}`, `E-mail: vanphong@${site.domain}`, `Contact: Lê Văn C, Chief of Office, phone ${samplePhone(3)}, e-mail lvc@${site.domain}`],
      };
    case 'spokesperson':
      return {
        vi: ['Người phát ngôn: Trần Thị B, Phó Chủ tịch (dữ liệu mẫu).', `Điện thoại: ${samplePhone(4)} – Thư điện tử: ttb@${site.domain}`],
        en: ['Spokesperson: Trần Thị B, Vice Chairwoman (sample data).', `Phone: ${samplePhone(4)} – E-mail: ttb@${site.domain}`],
      };
    case 'socialAccounts':
      return { vi: ['Các tài khoản mạng xã hội chính thức (dữ liệu mẫu) được liệt kê dưới đây.'], en: ['The official social-media accounts (sample data) are listed below.'] };
    case 'accessToInformation':
      return {
        vi: ['Danh mục thông tin phải được công khai được liệt kê dưới đây (dữ liệu mẫu).', 'Đầu mối tiếp nhận yêu cầu cung cấp thông tin: Văn phòng, điện thoại ' + samplePhone(5) + '.'],
        en: ['The list of information to be disclosed is below (sample data).', 'Requests for information: the Office, phone ' + samplePhone(5) + '.'],
      };
    case 'privacyPolicy':
      return {
        vi: ['Trang chỉ thu thập họ tên, thư điện tử và số điện thoại người gửi câu hỏi, góp ý để trả lời; không dùng vào mục đích khác; lưu tối đa 5 năm (nội dung mẫu).'],
        en: ['The site collects only the name, e-mail and phone of people who send questions or comments, to answer them; no other use; kept at most 5 years (sample text).'],
      };
    case 'boundaryMap':
      return { vi: ['Bản đồ địa giới hành chính sẽ được đăng tại đây (dữ liệu mẫu).'], en: ['The administrative boundary map goes here (sample data).'] };
    case 'naturalConditions':
      return {
        vi: [`Vị trí địa lý, diện tích tự nhiên và dân số của ${v} (số liệu mẫu).`],
        en: [`Location, area and population of ${e} (sample figures).`],
      };
    default:
      return { vi: ['Nội dung mẫu.'], en: ['Sample text.'] };
  }
}

export const SAMPLE_DISCLOSURES = [
  { item: { vi: 'Văn bản quy phạm pháp luật do cơ quan ban hành', en: 'Legal documents the agency issued' }, legalBasis: { vi: 'Điểm a khoản 1 Điều 17 Luật Tiếp cận thông tin', en: 'Law on Access to Information, Art. 17(1)(a)' }, form: { vi: 'Đăng trên trang TTĐT', en: 'Published on the website' }, timing: { vi: 'Trong 05 ngày làm việc kể từ ngày ban hành', en: 'Within 5 working days of issue' } },
  { item: { vi: 'Kế hoạch công tác năm', en: 'Annual work plan' }, legalBasis: { vi: 'Điểm c khoản 1 Điều 17 Luật Tiếp cận thông tin', en: 'Law on Access to Information, Art. 17(1)(c)' }, form: { vi: 'Đăng trên trang TTĐT', en: 'Published on the website' }, timing: { vi: 'Quý I hằng năm', en: 'First quarter of each year' } },
  { item: { vi: 'Dự toán, quyết toán ngân sách', en: 'Budget estimates and final accounts' }, legalBasis: { vi: 'Điểm đ khoản 1 Điều 17 Luật Tiếp cận thông tin', en: 'Law on Access to Information, Art. 17(1)(đ)' }, form: { vi: 'Đăng trên trang TTĐT; niêm yết tại trụ sở', en: 'Website; notice board' }, timing: { vi: 'Theo quy định của Luật Ngân sách nhà nước', en: 'As the State Budget Law requires' } },
];

export function samplePosts(site: SampleSite): { title: L; excerpt: L; body: L }[] {
  return [
    {
      title: { vi: `${site.governingAgency.vi} triển khai nhiệm vụ năm 2023`, en: `${site.governingAgency.en} sets out its tasks for 2023` },
      excerpt: { vi: 'Tin mẫu minh hoạ cách hiển thị tin tức trên trang thành phần.', en: 'A sample item showing how news appears on a component site.' },
      body: { vi: 'Nội dung tin mẫu. Biên tập viên thay bằng tin thật của cơ quan.', en: 'Sample news text. Editors replace it with the agency’s own news.' },
    },
    {
      title: { vi: `Đẩy mạnh chuyển đổi số, cải cách hành chính năm 2022`, en: `Digital transformation and administrative reform in 2022` },
      excerpt: { vi: 'Tin mẫu thứ hai.', en: 'Second sample item.' },
      body: { vi: 'Nội dung tin mẫu thứ hai.', en: 'Second sample news text.' },
    },
  ];
}

/** A sample legal document of a demo site (metadata only; numbers are invented and marked as samples). */
export interface SampleLegalDocument {
  /** Stable per site: the natural key that keeps re-provisioning idempotent. */
  documentNumber: string;
  type: string;
  kind: 'normative' | 'directive';
  summary: L;
  issuedOn: string;
  field: string;
}

/**
 * Two sample documents every demo site publishes: the agency's regulation on running its website and
 * providing information on it (the survey found sites without one; Decree 42/2022 Art. 9(1)), and its
 * administrative-reform plan. Issued by the site's governing agency.
 */
export function sampleLegalDocuments(site: SampleSite): SampleLegalDocument[] {
  const agency = site.level === 'department' ? 'SỞ' : 'UBND';
  return [
    {
      documentNumber: `15/QĐ-${agency}`,
      type: 'Quyết định',
      kind: 'directive',
      summary: {
        vi: `Ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên ${site.name.vi} (văn bản mẫu)`,
        en: `Regulation on managing, operating and providing information on the ${site.name.en} (sample document)`,
      },
      issuedOn: '2022-09-15',
      field: 'Thông tin và truyền thông',
    },
    {
      documentNumber: `120/KH-${agency}`,
      type: 'Kế hoạch',
      kind: 'directive',
      summary: {
        vi: `Kế hoạch cải cách hành chính năm 2023 của ${site.governingAgency.vi} (văn bản mẫu)`,
        en: `Administrative reform plan for 2023 of the ${site.governingAgency.en} (sample document)`,
      },
      issuedOn: '2022-11-20',
      field: 'Cải cách hành chính',
    },
  ];
}
