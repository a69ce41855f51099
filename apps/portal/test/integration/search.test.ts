/**
 * Site search (DESIGN.md §6) through the Local API and the real database of this run (SQLite FTS5, or Postgres
 * full text with CONG_TEST_DB=postgres): folding (with/without tone marks, `Ð`, dashes), phrases and document
 * numbers, title hits above body hits, per-site and portal-wide scope, and only published content in the
 * reader's locale — kept in step by the collection hooks on publish, unpublish, draft edits and delete.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { testPayload } from '../helpers/payload';
import { TEST_DIALECT } from '../helpers/env';
import { richText } from '../../src/lib/lexical';
import { searchContent, reindexAll, ensureSearchIndex } from '../../src/search';
import { backendOf, dbOf } from '../../src/search/backend';

let payload: Payload;
let siteA: number | string;
let siteB: number | string;
const ids: Record<string, number | string> = {};

const search = (q: string, o: { locale?: 'vi' | 'en'; siteId?: number | string | 'all'; limit?: number; page?: number } = {}) =>
  searchContent(payload, { q, locale: o.locale ?? 'vi', siteId: o.siteId ?? 'all', limit: o.limit, page: o.page });
const titles = async (q: string, o: Parameters<typeof search>[1] = {}) => (await search(q, o)).hits.map((h) => h.title);

async function post(site: number | string, title: string, body: string, o: { status?: 'published' | 'draft'; slug?: string } = {}) {
  const doc = await payload.create({
    collection: 'posts',
    locale: 'vi',
    draft: o.status === 'draft',
    data: { site, title, slug: o.slug, excerpt: '', content: richText([body]), _status: o.status ?? 'published' } as never,
  });
  return doc.id;
}

beforeAll(async () => {
  payload = await testPayload();
  const mk = async (key: string, slug: string, level = 'commune') =>
    (await payload.create({ collection: 'sites', data: { key, name: `Trang ${key}`, level, siteType: 'internal', governingAgency: `UBND ${key}`, slug, hosted: true, status: 'active' } as never })).id;
  siteA = await mk('site-a', 'xa-a');
  siteB = await mk('site-b', 'xa-b');
  ids.structure = (await payload.create({ collection: 'pages', locale: 'vi', data: { site: siteA, title: 'Cơ cấu tổ chức', slug: 'co-cau-to-chuc', content: richText(['Văn phòng, các phòng chuyên môn.']), _status: 'published' } as never })).id;
  ids.register = await post(siteA, 'Hướng dẫn đăng ký kết hôn trực tuyến', 'Người dân nộp hồ sơ qua Cổng dịch vụ công.', { slug: 'dang-ky-ket-hon' });
  ids.bodyOnly = await post(siteB, 'Thông báo lịch tiếp công dân tháng 12', 'Lãnh đạo xã tiếp công dân; đăng ký trước qua điện thoại.');
  ids.draftB = await post(siteB, 'Bản nháp đăng ký đất đai', 'Chưa xuất bản.', { status: 'draft' });
  ids.decree = (await payload.create({ collection: 'legal-documents', locale: 'vi', data: { site: siteA, documentNumber: '13/2018/NĐ-CP', documentNumberKey: '13/2018/NĐ-CP', type: 'Nghị định', kind: 'normative', issuer: 'Chính phủ', issuedOn: '2018-01-23T00:00:00.000Z', summary: 'Quy định chi tiết và biện pháp thi hành Luật tiếp cận thông tin', _status: 'published' } as never })).id;
  ids.eth = (await payload.create({ collection: 'legal-documents', locale: 'vi', data: { site: siteB, documentNumber: '38/2021/Q\u00D0-TTg', documentNumberKey: '38/2021/QĐ-TTG', type: 'Quyết định', kind: 'normative', issuer: 'Thủ tướng Chính phủ', issuedOn: '2021-12-29T00:00:00.000Z', summary: 'Sửa đổi, bổ sung một số điều của Quyết định số 71/2013/QĐ-TTg', _status: 'published' } as never })).id;
  ids.mentions = (await payload.create({ collection: 'legal-documents', locale: 'vi', data: { site: siteA, documentNumber: '10/2022/TT-BTTTT', documentNumberKey: '10/2022/TT-BTTTT', type: 'Thông tư', kind: 'normative', issuer: 'Bộ Thông tin và Truyền thông', issuedOn: '2022-07-22T00:00:00.000Z', summary: 'Hướng dẫn thực hiện', text: richText(['Căn cứ Nghị định số 13/2018/NĐ-CP của Chính phủ.']), _status: 'published' } as never })).id;
}, 600_000);

describe('folding and exact cases', () => {
  it('"co cau to chuc" finds the page "Cơ cấu tổ chức", with its URL on the site', async () => {
    const r = await search('co cau to chuc', { siteId: siteA });
    expect(r.hits[0]?.title).toBe('Cơ cấu tổ chức');
    expect(r.hits[0]?.url).toBe('/xa-a/co-cau-to-chuc');
    expect(r.hits[0]?.titleParts.filter((p) => p.match).map((p) => p.text)).toEqual(['Cơ cấu tổ chức']);
  });

  it('"dang ky" finds "đăng ký" and marks it in the snippet as written', async () => {
    const r = await search('dang ky');
    expect(r.hits.map((h) => h.id)).toEqual(expect.arrayContaining([String(ids.register), String(ids.bodyOnly)]));
    const reg = r.hits.find((h) => h.id === String(ids.register))!;
    expect(reg.url).toBe('/xa-a/tin-tuc/dang-ky-ket-hon');
    const body = r.hits.find((h) => h.id === String(ids.bodyOnly))!;
    expect(body.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['đăng ký']);
  });

  it('13/2018/NĐ-CP and 13/2018/ND-CP find the decree first, at /van-ban/<id>', async () => {
    for (const q of ['13/2018/NĐ-CP', '13/2018/ND-CP', '13/2018/nd-cp', 'nghị định 13/2018/NĐ‑CP']) {
      const r = await search(q);
      expect(r.hits[0]?.id, q).toBe(String(ids.decree));
      expect(r.hits[0]?.url).toBe(`/xa-a/van-ban/${ids.decree}`);
      expect(r.hits[0]?.kind).toBe('Nghị định');
    }
  });

  it('38/2021/QĐ-TTg finds the row written with Ð (U+00D0), shown as written', async () => {
    for (const q of ['38/2021/QĐ-TTg', '38/2021/QD-TTG', '38/2021/Q\u00D0-TTg']) {
      const r = await search(q);
      expect(r.hits[0]?.id, q).toBe(String(ids.eth));
      expect(r.hits[0]?.title).toBe('Quyết định 38/2021/Q\u00D0-TTg');
    }
  });

  it('a document number is a phrase: its parts scattered elsewhere do not match', async () => {
    expect(await titles('2018/13/CP-NĐ')).toEqual([]);
  });

  it('quoted phrases must be adjacent; the same words apart do not match the phrase', async () => {
    expect(await titles('"tiếp công dân"')).toEqual(['Thông báo lịch tiếp công dân tháng 12']);
    expect(await titles('"công dân tiếp"')).toEqual([]);
  });

  it('a query without letters or digits returns nothing without querying', async () => {
    expect(await search(' --- / ')).toMatchObject({ hits: [], total: 0 });
  });
});

describe('ranking and scope', () => {
  it('title hits rank above body hits', async () => {
    const r = await search('13/2018/NĐ-CP', { siteId: siteA });
    expect(r.hits.map((h) => h.id)).toEqual([String(ids.decree), String(ids.mentions)]);
    expect(r.hits[0]!.score).toBeGreaterThan(r.hits[1]!.score);
    const d = await search('đăng ký');
    expect(d.hits[0]?.id).toBe(String(ids.register));
  });

  it('per site and portal-wide', async () => {
    expect((await search('dang ky', { siteId: siteA })).hits.map((h) => h.siteId)).toEqual([String(siteA)]);
    expect((await search('dang ky', { siteId: siteB })).hits.map((h) => h.siteId)).toEqual([String(siteB)]);
    expect((await search('dang ky', { siteId: 'all' })).total).toBe(2);
  });

  it('paginates with a stable total', async () => {
    const p1 = await search('dang ky', { limit: 1, page: 1 });
    const p2 = await search('dang ky', { limit: 1, page: 2 });
    const p3 = await search('dang ky', { limit: 1, page: 3 });
    expect([p1.total, p2.total, p3.total]).toEqual([2, 2, 2]);
    expect(p1.totalPages).toBe(2);
    expect(new Set([...p1.hits, ...p2.hits].map((h) => h.id)).size).toBe(2);
    expect(p3.hits).toEqual([]);
  });
});

describe('only published content in the reader’s locale', () => {
  it('drafts never appear, on their own site or portal-wide', async () => {
    expect(await titles('đất đai')).toEqual([]);
    expect(await titles('ban nhap', { siteId: siteB })).toEqual([]);
  });

  it('an item published only in Vietnamese is absent from English results, present once English is published', async () => {
    const id = await post(siteA, 'Hội nghị chuyển đổi số', 'Nội dung tiếng Việt.');
    expect(await titles('chuyen doi so', { locale: 'vi' })).toEqual(['Hội nghị chuyển đổi số']);
    expect(await titles('chuyen doi so', { locale: 'en' })).toEqual([]);
    await payload.update({ collection: 'posts', id, locale: 'en', draft: true, data: { title: 'Digital transformation conference', _status: 'draft' } as never });
    expect(await titles('digital transformation', { locale: 'en' })).toEqual([]);
    await payload.update({ collection: 'posts', id, locale: 'en', publishSpecificLocale: 'en', data: { title: 'Digital transformation conference', _status: 'published' } as never });
    expect(await titles('digital transformation', { locale: 'en' })).toEqual(['Digital transformation conference']);
    expect(await titles('digital transformation', { locale: 'vi' })).toEqual([]);
    expect(await titles('chuyen doi so', { locale: 'vi' })).toEqual(['Hội nghị chuyển đổi số']);
  });

  it('a draft edit leaves the live entry; unpublishing and deleting remove it', async () => {
    const id = await post(siteA, 'Tuyển dụng viên chức năm 2022', 'Thông báo tuyển dụng.');
    await payload.update({ collection: 'posts', id, locale: 'vi', draft: true, data: { title: 'Tuyển dụng (bản nháp sửa)', _status: 'draft' } as never });
    expect(await titles('tuyen dung')).toEqual(['Tuyển dụng viên chức năm 2022']);
    await payload.update({ collection: 'posts', id, locale: 'vi', data: { _status: 'draft' } as never });
    expect(await titles('tuyen dung')).toEqual([]);
    await payload.update({ collection: 'posts', id, locale: 'vi', data: { title: 'Tuyển dụng viên chức năm 2023', _status: 'published' } as never });
    expect(await titles('tuyen dung')).toEqual(['Tuyển dụng viên chức năm 2023']);
    await payload.delete({ collection: 'posts', id });
    expect(await titles('tuyen dung')).toEqual([]);
  });

  // The SQLite adapter runs without transactions here (no `transactionOptions`: beginTransaction returns null).
  it.runIf(TEST_DIALECT === 'postgres')('a write that fails rolls its index change back with it', async () => {
    const req = await (await import('payload')).createLocalReq({}, payload);
    const tx = await payload.db.beginTransaction();
    req.transactionID = tx!;
    await payload.create({ collection: 'posts', req, locale: 'vi', data: { site: siteA, title: 'Tin bị huỷ giữa chừng', _status: 'published' } as never });
    await payload.db.rollbackTransaction(tx!);
    expect(await titles('huy giua chung')).toEqual([]);
  });
});

describe('through the REST API as an editor does it', () => {
  it('a chief editor creates a draft (not found), then publishes it (found); a contributor’s draft stays out', async () => {
    const { rest } = await import('../helpers/api');
    const login = async (role: string) => {
      const email = `${role.toLowerCase()}@search.test`;
      await payload.create({ collection: 'users', data: { email, password: 'Mat-khau-thu-2022', name: role, siteRoles: [{ site: siteA, role }] } as never });
      return (await payload.login({ collection: 'users', data: { email, password: 'Mat-khau-thu-2022' } })).token!;
    };
    const chief = await login('chiefEditor');
    const contributor = await login('contributor');
    const created = await rest('POST', 'posts?draft=true&locale=vi', chief, { site: siteA, title: 'Lịch làm việc của Chủ tịch xã Bản Thi', _status: 'draft' });
    expect(created.status).toBe(201);
    expect(await titles('lich lam viec ban thi')).toEqual([]);
    const published = await rest('PATCH', `posts/${created.body.doc.id}?locale=vi`, chief, { _status: 'published' });
    expect(published.status).toBe(200);
    expect(await titles('lich lam viec ban thi')).toEqual(['Lịch làm việc của Chủ tịch xã Bản Thi']);
    const draft = await rest('POST', 'posts?draft=true&locale=vi', contributor, { site: siteA, title: 'Bản nháp cộng tác viên', _status: 'draft' });
    expect(draft.status).toBe(201);
    expect(await titles('cong tac vien')).toEqual([]);
  });
});

describe('rebuilding', () => {
  it('reindexAll (bulk reads from the tables) rebuilds exactly what the hooks wrote; ensureSearchIndex sees it in step', async () => {
    const queries = ['dang ky', 'co cau to chuc', '13/2018/ND-CP', '38/2021/QD-TTg', 'chuyen doi so', 'digital transformation', 'tiep cong dan'];
    const snapshot = async () => {
      const out: unknown[] = [await backendOf(payload).counts(await dbOf(payload))];
      for (const q of queries) for (const locale of ['vi', 'en'] as const) out.push((await search(q, { locale })).hits.map((h) => [h.id, h.title, h.date, h.url, h.snippet]));
      return out;
    };
    const before = await snapshot();
    const r = await reindexAll(payload);
    expect(r.entries).toBeGreaterThan(5);
    expect(await snapshot()).toEqual(before);
    expect((await ensureSearchIndex(payload)).status).toBe('in-step');
  });
});
