/**
 * A document never moves to another site through an ordinary edit, whoever sends it and through
 * whichever API; and a user holding roles on 150 sites can still log in (the multi-tenant cookie
 * trap: the plugin's default field would put every site into the JWT and overflow 4 KB).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { testPayload } from '../helpers/payload';
import { graphql, rest } from '../helpers/api';
import { buildWorld, PASSWORD, type World } from '../helpers/fixtures';

let payload: Payload;
let world: World;

beforeAll(async () => {
  payload = await testPayload();
  world = await buildWorld(payload);
}, 600_000);

describe('site move', () => {
  it('is refused through the Local API even for a super admin', async () => {
    const post = await payload.create({ collection: 'posts', data: { site: world.siteA, title: 'Ở trang A', _status: 'published' } as never });
    await expect(payload.update({ collection: 'posts', id: post.id, data: { site: world.siteB } as never, user: world.users.superAdmin.doc, overrideAccess: false })).rejects.toThrow();
    await expect(payload.update({ collection: 'posts', id: post.id, data: { site: world.siteB } as never })).rejects.toThrow();
    const after = await payload.findByID({ collection: 'posts', id: post.id, depth: 0 });
    expect(after.site).toBe(world.siteA);
  });

  it('is refused through REST and GraphQL for a chief editor of the site', async () => {
    const post = await payload.create({ collection: 'posts', data: { site: world.siteA, title: 'Ở trang A', _status: 'draft' } as never, draft: true });
    const r = await rest('PATCH', `posts/${post.id}?draft=true`, world.users.chiefEditor.token, { site: world.siteB });
    expect(r.status).toBeGreaterThanOrEqual(400);
    const g = await graphql('mutation($id: Int!, $site: Int) { updatePost(id: $id, data: { site: $site }, draft: true) { id } }', { id: post.id, site: world.siteB }, world.users.chiefEditor.token);
    expect(g.body.errors?.length).toBeGreaterThan(0);
    const after = await payload.findByID({ collection: 'posts', id: post.id, depth: 0, draft: true });
    expect(after.site).toBe(world.siteA);
  });

  it('is possible as an explicit, separate operation (context.moveSite)', async () => {
    const post = await payload.create({ collection: 'posts', data: { site: world.siteA, title: 'Chuyển', _status: 'published' } as never });
    await payload.update({ collection: 'posts', id: post.id, data: { site: world.siteB } as never, context: { moveSite: true } });
    expect((await payload.findByID({ collection: 'posts', id: post.id, depth: 0 })).site).toBe(world.siteB);
  });
});

describe('a user with 150 sites', () => {
  it('logs in through REST with a cookie under 4 KB and is recognised afterwards', async () => {
    const sites: (number | string)[] = [];
    for (let i = 0; i < 150; i++) {
      sites.push((await payload.create({ collection: 'sites', data: { key: `many-${i}`, name: `Trang số ${i} có tên khá dài như tên thật của một xã`, level: 'commune', siteType: 'internal', governingAgency: `UBND xã ${i}`, slug: `nhieu-${i}` } as never })).id);
    }
    await payload.create({ collection: 'users', data: { email: 'many@test.cong.vn', password: PASSWORD, name: 'Nhiều trang', siteRoles: sites.map((site) => ({ site, role: 'editor' })) } as never });
    const res = await rest('POST', 'users/login', undefined, { email: 'many@test.cong.vn', password: PASSWORD });
    expect(res.status).toBe(200);
    const token: string = res.body.token;
    expect(`payload-token=${token}`.length).toBeLessThan(4096);
    const me = await rest('GET', 'users/me', token);
    expect(me.body.user?.email).toBe('many@test.cong.vn');
    expect(me.body.user?.siteRoles).toHaveLength(150);
  }, 300_000);
});
