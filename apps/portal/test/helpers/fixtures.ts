/** Shared fixtures for access tests: two sites, one user per role, minimal valid data per collection. */
import type { Payload } from 'payload';

export const ROLES = ['contributor', 'editor', 'chiefEditor', 'siteAdmin', 'regulator', 'superAdmin'] as const;
export type Role = (typeof ROLES)[number];

/** Minimal valid data (without `site`) for every versioned site-scoped collection, and its title field. */
export const CONTENT: Record<string, { data: Record<string, unknown>; titleField: string; gql: string }> = {
  posts: { data: { title: 'Tin thử' }, titleField: 'title', gql: 'Post' },
  pages: { data: { title: 'Trang thử' }, titleField: 'title', gql: 'Page' },
  categories: { data: { name: 'Chuyên mục thử', kind: 'news' }, titleField: 'name', gql: 'Category' },
  'legal-documents': { data: { documentNumber: '1/2022/QĐ-UBND', summary: 'Trích yếu thử', type: 'Quyết định', kind: 'normative', issuer: 'UBND tỉnh', issuedOn: '2022-01-05T00:00:00.000Z' }, titleField: 'summary', gql: 'LegalDocument' },
  units: { data: { name: 'Văn phòng' }, titleField: 'name', gql: 'Unit' },
  officials: { data: { name: 'Nguyễn Văn A', position: 'Chủ tịch' }, titleField: 'position', gql: 'Official' },
  'work-schedules': { data: { title: 'Lịch tuần', weekStart: '2022-11-28T00:00:00.000Z' }, titleField: 'title', gql: 'WorkSchedule' },
  feedback: { data: { title: 'Câu hỏi', askerName: 'Người dân', question: 'Nội dung?' }, titleField: 'title', gql: 'FeedbackItem' },
  consultations: { data: { title: 'Dự thảo', deadline: '2022-12-31T00:00:00.000Z' }, titleField: 'title', gql: 'Consultation' },
  plans: { data: { title: 'Kế hoạch', kind: 'plan' }, titleField: 'title', gql: 'Plan' },
  procurement: { data: { title: 'Gói thầu', kind: 'tender' }, titleField: 'title', gql: 'ProcurementItem' },
  'public-services': { data: { name: 'Thủ tục', url: 'https://dichvucong.gov.vn/' }, titleField: 'name', gql: 'PublicService' },
  'disclosure-list': { data: { item: 'Thông tin' }, titleField: 'item', gql: 'DisclosureItem' },
  'social-accounts': { data: { platform: 'facebook', name: 'Trang', url: 'https://facebook.com/x' }, titleField: 'name', gql: 'SocialAccount' },
};

export interface World {
  siteA: number | string;
  siteB: number | string;
  users: Record<Role, { id: number | string; email: string; token: string; doc: any }>;
  /** Editors who write the fixture documents of each site ("someone else"). */
  writerA: any;
  writerB: any;
}

export const PASSWORD = 'Mat-khau-thu-2022';

export async function buildWorld(payload: Payload): Promise<World> {
  const mk = async (key: string, slug: string) =>
    (await payload.create({ collection: 'sites', data: { key, name: `Trang ${key}`, level: 'commune', siteType: 'internal', governingAgency: `UBND ${key}`, slug } as never })).id;
  const siteA = await mk('site-a', 'xa-a');
  const siteB = await mk('site-b', 'xa-b');
  const users = {} as World['users'];
  for (const role of ROLES) {
    const email = `${role.toLowerCase()}@test.cong.vn`;
    const global = role === 'regulator' || role === 'superAdmin';
    const doc = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: role, roles: global ? [role] : [], siteRoles: global ? [] : [{ site: siteA, role }] } as never,
    });
    const login = await payload.login({ collection: 'users', data: { email, password: PASSWORD } });
    users[role] = { id: doc.id, email, token: login.token!, doc: { ...doc, collection: 'users' } };
  }
  const writer = async (site: number | string, name: string) => {
    const doc = await payload.create({ collection: 'users', data: { email: `${name}@test.cong.vn`, password: PASSWORD, name, siteRoles: [{ site, role: 'editor' }] } as never });
    return { ...doc, collection: 'users' };
  };
  return { siteA, siteB, users, writerA: await writer(siteA, 'writer-a'), writerB: await writer(siteB, 'writer-b') };
}
