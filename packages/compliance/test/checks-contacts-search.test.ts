/** C3 (contacts, judged site-wide) and C4 (search): pass and fail on hand-written sites. */
import { describe, expect, it } from 'vitest';
import { judgeAgencyContacts, judgeDirectory, judgeInfoFocalPoint, judgeOfficialContacts, judgeSpokesperson } from '../src/checks/contacts.js';
import { judgeSearch, judgeSearchOnHome } from '../src/checks/search.js';
import { findPeople } from '../src/checks/people.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';
import { AGENCY, ORIGIN, sampleSite } from './helpers/sample-site.js';

describe('C3 — contacts', () => {
  it('people: names with positions, contacts not borrowed from the next person, place names are not people', () => {
    const ppl = findPeople('Giám đốc: Nguyễn Văn An, ĐT: 0208 3855 111. Phó Giám đốc Trần Thị Bình phụ trách Hà Nội Giới thiệu');
    expect(ppl.map((p) => p.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(ppl[0].phone).toBe('0208 3855 111');
    expect(ppl[1].phone).toBeUndefined();
  });
  it('agency contacts: pass with address, phone and .gov.vn e-mail; fail without', async () => {
    const j = judgeAgencyContacts(await judgeWith(sampleSite()));
    expect(j.status).toBe('pass');
    expect(j.evidence.length).toBe(3);
    const bare = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ', footer: `<p>${AGENCY}</p>` }))]);
    const f = judgeAgencyContacts(await judgeWith(bare));
    expect(f.status).toBe('fail');
    expect(f.message.en).toMatch(/address, phone, e-mail/);
  });
  it('agency contacts on a non-official e-mail domain warn', async () => {
    const s = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ', footer: '<p>Địa chỉ: số 1 đường A, tỉnh B. Điện thoại: 0208 3855 123. Email: sotuphap@gmail.com</p>' }))]);
    expect(judgeAgencyContacts(await judgeWith(s)).status).toBe('warn');
  });
  it('officials: pass when named officials have phone/e-mail anywhere on the site', async () => {
    const j = judgeOfficialContacts(await judgeWith(sampleSite()));
    expect(j.status).toBe('pass');
    expect(j.evidence[0].snippet).toMatch(/Nguyễn Văn An/);
  });
  it('officials: a directory page counts site-wide; leaders page alone without contacts and a directory without visible entries → warn', async () => {
    // Leaders without contacts; the directory still lists people with phones/e-mails → pass (site-wide).
    expect(judgeOfficialContacts(await judgeWith(sampleSite({ without: ['official-contacts'] }))).status).toBe('pass');
    // Directory page exists but shows only unit names (details on sub-pages) → warn.
    const s = sampleSite({ without: ['official-contacts', 'spokesperson'], pages: { '/danh-ba': html({ title: `Danh bạ - ${AGENCY}`, main: '<h1>Danh bạ</h1><ul><li><a href="/danh-ba/vp">Văn phòng Sở</a></li><li><a href="/danh-ba/tt">Thanh tra Sở</a></li><li><a href="/danh-ba/pbgd">Phòng Phổ biến, giáo dục pháp luật</a></li></ul>' }) } });
    const j = judgeOfficialContacts(await judgeWith(s));
    expect(j.status).toBe('warn');
    expect(j.message.en).toMatch(/leaders page names 2 officials/);
  });
  it('officials: no contacts and no directory → fail', async () => {
    const s = sampleSite({ without: ['official-contacts', 'directory', 'spokesperson', 'xml-sitemap'] });
    for (const p of s.pages) if (p.facts) p.facts.links = p.facts.links.filter((l) => !l.url.endsWith('/danh-ba'));
    const j = judgeOfficialContacts(await judgeWith(s));
    expect(j.status).toBe('fail');
    expect(j.message.en).toMatch(/leaders page names 2 officials without phone or e-mail/);
  });
  it('directory (Law on IT Art. 28): e-mails listed → pass; missing → fail', async () => {
    expect(judgeDirectory(await judgeWith(sampleSite())).status).toBe('pass');
    const s = sampleSite({ without: ['directory'] });
    for (const p of s.pages) if (p.facts) p.facts.links = p.facts.links.filter((l) => !l.url.endsWith('/danh-ba'));
    s.sitemaps = [];
    expect(judgeDirectory(await judgeWith(s)).status).toBe('fail');
  });
  it('spokesperson: name + contact → pass; page without them → fail', async () => {
    expect(judgeSpokesperson(await judgeWith(sampleSite())).status).toBe('pass');
    const s = sampleSite({ pages: { '/nguoi-phat-ngon': html({ title: `Người phát ngôn - ${AGENCY}`, main: '<h1>Người phát ngôn</h1><p>Đang cập nhật.</p>' }) } });
    expect(judgeSpokesperson(await judgeWith(s)).status).toBe('fail');
  });
  it('information-request focal point: pass with contacts; fail when absent', async () => {
    expect(judgeInfoFocalPoint(await judgeWith(sampleSite())).status).toBe('pass');
    expect(judgeInfoFocalPoint(await judgeWith(sampleSite({ without: ['focal-point'] }))).status).toBe('fail');
  });
});

describe('C4 — search', () => {
  it('passes when the probe finds the newest article for its own title words', async () => {
    const j = judgeSearch(await judgeWith(sampleSite()));
    expect(j.status).toBe('pass');
    expect(j.evidence.some((e) => e.snippet?.includes('triển khai công tác tư pháp'))).toBe(true);
  });
  it('fails when the search answers but does not return the article', async () => {
    expect(judgeSearch(await judgeWith(sampleSite({ without: ['search-works'] }))).status).toBe('fail');
  });
  it('warns when a search form exists but cannot be exercised', async () => {
    const s = sampleSite();
    s.searchProbe = { query: '', expectedUrl: '', resultUrl: '', status: 0, found: false, error: 'form submits to another host; not exercised' };
    const j = judgeSearch(await judgeWith(s));
    expect(j.status).toBe('warn');
    expect(j.message.en).toMatch(/could not be exercised/);
    s.searchProbe = undefined;
    expect(judgeSearch(await judgeWith(s)).status).toBe('warn');
  });
  it('finds search inputs wired by JavaScript outside a form', async () => {
    const s = snapshot([page(`${ORIGIN}/`, html({ title: 'Trang chủ', main: '<input type="text" id="txtTimKiem" class="txtTimKiem" name="search"><input type="button" onclick="Search_onclick()">' }))]);
    const j = judgeSearchOnHome(await judgeWith(s));
    expect(j.status).toBe('pass');
    expect(j.evidence.map((e) => e.selector)).toContain('#txtTimKiem');
  });
  it('fails without any search box', async () => {
    const s = sampleSite({ without: ['search'] });
    expect(judgeSearch(await judgeWith(s)).status).toBe('fail');
    expect(judgeSearchOnHome(await judgeWith(s)).status).toBe('fail');
  });
});
