/**
 * The Vietnamese section matcher: diacritics, synonyms and wording variants match; keyword traps (document
 * titles, news titles, organisation names, the visit counter) do not; CMS slugs that lost "đ" still match.
 */
import { describe, expect, it } from 'vitest';
import { classifyPage, looksLikeDocumentTitle, matchLabel, matchSlug, repeatedHeadings, titleSegments } from '../src/match/matcher.js';
import { findPhrase, foldVi, guessLanguage, normalizeForMatch, tokens } from '../src/match/text.js';
import { page } from './helpers/snapshot-builder.js';

const ids = (t: string) => matchLabel(t).map((m) => m.section);

describe('folding and phrases', () => {
  it('folds tone marks and đ, keeps length for positions', () => {
    expect(foldVi('Cơ cấu TỔ CHỨC')).toBe('co cau to chuc');
    expect(foldVi('Đấu thầu')).toBe('dau thau');
    expect(foldVi('Lãnh đạo Sở').length).toBe('Lãnh đạo Sở'.length);
    expect(normalizeForMatch('Chức năng, nhiệm vụ & quyền hạn')).toBe('chuc nang nhiem vu quyen han');
  });
  it('matches whole words, skipping connectors', () => {
    expect(findPhrase(tokens('Chức năng và nhiệm vụ'), tokens('chức năng nhiệm vụ'))).toBe(0);
    expect(findPhrase(tokens('hỏi đáp'), tokens('hoi da'))).toBe(-1);
  });
});

describe('matchLabel — variants', () => {
  it.each([
    ['Cơ cấu tổ chức', 'org-structure'],
    ['co cau to chuc', 'org-structure'],
    ['SƠ ĐỒ TỔ CHỨC', 'org-structure'],
    ['Tổ chức bộ máy', 'org-structure'],
    ['Chức năng, nhiệm vụ, quyền hạn', 'functions'],
    ['Lãnh đạo Sở', 'leaders'],
    ['Ban Giám đốc', 'leaders'],
    ['Văn bản pháp luật', 'legal-documents'],
    ['Văn bản QPPL', 'legal-documents'],
    ['van ban chi dao dieu hanh', 'legal-documents'],
    ['Văn bản', 'legal-documents'],
    ['Thủ tục hành chính', 'administrative-procedures'],
    ['Dịch vụ công trực tuyến', 'administrative-procedures'],
    ['Phổ biến, giáo dục pháp luật', 'law-dissemination'],
    ['Chiến lược, định hướng, quy hoạch', 'plans'],
    ['Công khai ngân sách', 'budget'],
    ['Thông tin thống kê', 'statistics'],
    ['Đấu thầu, mua sắm công', 'public-investment'],
    ['Tuyển dụng', 'recruitment'],
    ['Lấy ý kiến dự thảo văn bản', 'public-consultation'],
    ['Góp ý dự thảo', 'public-consultation'],
    ['Tiếp cận thông tin', 'access-to-information'],
    ['Danh mục thông tin phải được công khai', 'disclosure-list'],
    ['Liên hệ', 'contacts'],
    ['Danh bạ điện thoại', 'directory'],
    ['Người phát ngôn', 'spokesperson'],
    ['Hỏi - đáp', 'qa'],
    ['Sơ đồ cổng', 'sitemap'],
    ['Sơ đồ website', 'sitemap'],
    ['Tin tức - Sự kiện', 'news'],
    ['Chính sách bảo vệ dữ liệu cá nhân', 'privacy'],
    ['Bản đồ hành chính', 'admin-map'],
    ['About us', 'introduction'],
    ['Organizational structure', 'org-structure'],
    ['Contact', 'contacts'],
  ])('“%s” → %s', (label, section) => {
    expect(ids(label)).toContain(section);
  });
});

describe('matchLabel — keyword traps', () => {
  it('a link to the Law on Access to Information is not the section', () => {
    expect(ids('Luật Tiếp cận thông tin')).not.toContain('access-to-information');
    expect(ids('Luật Tiếp cận thông tin số 104/2016/QH13')).toEqual([]);
    expect(looksLikeDocumentTitle('Nghị định 13/2018/NĐ-CP hướng dẫn Luật Tiếp cận thông tin')).toBe(true);
  });
  it('a news title that mentions a section word is not the section', () => {
    expect(ids('Thông báo lịch tổ chức thi tuyển công chức năm 2022')).toEqual([]);
    expect(ids('Hội nghị triển khai kế hoạch chuyển đổi số của thành phố năm 2022 với các sở ngành')).not.toContain('plans');
  });
  it('the visit counter is not statistics; the finance division is not plans or budget', () => {
    expect(ids('Thống kê truy cập')).not.toContain('statistics');
    expect(ids('Kế hoạch tài chính')).not.toContain('plans');
    expect(ids('Kế hoạch tài chính')).not.toContain('budget');
  });
  it('organisation names are not sections', () => {
    expect(ids('Sở Kế hoạch và Đầu tư')).toEqual([]);
    expect(ids('Cục Thống kê')).toEqual([]);
    expect(ids('Phòng Kế hoạch - Tài chính')).toEqual([]);
  });
  it('draft documents are consultation, not legal documents', () => {
    expect(ids('Văn bản dự thảo')).toContain('public-consultation');
    expect(ids('Văn bản dự thảo')).not.toContain('legal-documents');
  });
  it('the internal regulation on information is itself a document title', () => {
    expect(ids('Quyết định số 12/QĐ-STTTT ban hành Quy chế cung cấp thông tin cho công dân')).toContain('info-regulation');
  });
});

describe('matchSlug', () => {
  it('matches Vietnamese slugs, including Liferay slugs that dropped “đ”', () => {
    expect(matchSlug('https://so.gov.vn/lanh-ao-so.html').map((m) => m.section)).toContain('leaders');
    expect(matchSlug('https://so.gov.vn/hoi-ap').map((m) => m.section)).toContain('qa');
    expect(matchSlug('https://so.gov.vn/tuyen-dung1.html').map((m) => m.section)).toContain('recruitment');
    expect(matchSlug('https://so.gov.vn/van-ban-phap-quy').map((m) => m.section)).toContain('legal-documents');
    expect(matchSlug('https://so.gov.vn/thong-tin-nguoi-phat-ngon.html').map((m) => m.section)).toContain('spokesperson');
  });
  it('ignores article permalinks', () => {
    expect(matchSlug('https://so.gov.vn/tin-tuc/-/view_content/4429205-thong-bao-lich-thi-tuyen-dung.html')).toEqual([]);
  });
  it('external national systems count by host', () => {
    expect(matchSlug('https://dichvucong.gov.vn/p/home.html', { ownHosts: ['so.gov.vn'] }).map((m) => m.section)).toContain('administrative-procedures');
    expect(matchSlug('https://example.com/lien-he', { ownHosts: ['so.gov.vn'] })).toEqual([]);
  });
});

describe('classifyPage', () => {
  it('uses the title segment, not the site name', () => {
    expect(titleSegments('Cơ cấu tổ chức - Sở Thông tin và Truyền thông')).toEqual(['Cơ cấu tổ chức', 'Sở Thông tin và Truyền thông']);
    const p = page('https://so.gov.vn/co-cau', '<html><head><title>Cơ cấu tổ chức - Sở Kế hoạch và Đầu tư</title></head><body><h1>Cơ cấu tổ chức</h1></body></html>');
    expect(classifyPage(p).sections).toEqual(['org-structure']);
  });
  it('a home page is no section', () => {
    const p = page('https://so.gov.vn/', '<html><head><title>Trang chủ - Sở Tư pháp</title></head><body></body></html>');
    expect(classifyPage(p).sections).toEqual([]);
  });
  it('ignores sidebar headings repeated across the site', () => {
    const mk = (t: string, u: string) => page(u, `<html><head><title>${t} - Sở X</title></head><body><h1>Thủ tục hành chính</h1><h1>${t}</h1></body></html>`);
    const pages = [mk('Giới thiệu', 'https://so.gov.vn/a'), mk('Liên hệ', 'https://so.gov.vn/b'), mk('Hỏi đáp', 'https://so.gov.vn/c'), mk('Tin tức', 'https://so.gov.vn/d')];
    const ignore = repeatedHeadings(pages);
    expect(classifyPage(pages[1], { ignoreHeadings: ignore }).sections).toEqual(['contacts']);
    expect(classifyPage(pages[1]).sections).toContain('administrative-procedures');
  });
});

describe('guessLanguage', () => {
  it('tells English from Vietnamese by function words, not by names with diacritics', () => {
    expect(guessLanguage('Contact Address: 185 Giảng Võ Street - Đống Đa District - Hà Nội Phone: 024 3512 3536 Email: a@b.gov.vn').lang).toBe('en');
    expect(guessLanguage('Sở Thông tin và Truyền thông là cơ quan chuyên môn của Ủy ban nhân dân thành phố, có chức năng tham mưu').lang).toBe('vi');
    expect(guessLanguage('Die Menschen in Brandenburg und ihre Traditionen sind nicht immer mit der Küche verbunden').lang).toBe('other');
  });
});
