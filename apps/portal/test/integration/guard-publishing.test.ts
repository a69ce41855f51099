/**
 * What goes live is decided by publishers only, through every channel: an editor (no publisher role)
 * may save drafts of a published post but may neither change its live version nor unpublish it, through
 * REST, GraphQL or the Local API with access control; a chief editor may (hooks/guardPublishing.ts).
 * REST and GraphQL requests carry no `overrideAccess` flag at all, which once let them through.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { testPayload } from '../helpers/payload';
import { graphql, rest } from '../helpers/api';
import { buildWorld, type World } from '../helpers/fixtures';

let payload: Payload;
let world: World;

beforeAll(async () => {
  payload = await testPayload();
  world = await buildWorld(payload);
}, 600_000);

async function publishedPost(title: string) {
  const doc = await payload.create({ collection: 'posts', data: { title, site: world.siteA, _status: 'published' } as never, user: world.writerA, overrideAccess: true });
  return doc.id;
}

const live = async (id: number | string) => (await payload.findByID({ collection: 'posts', id, overrideAccess: true, depth: 0 })) as unknown as { title: string; _status: string };

describe('publishing guard', () => {
  it('refuses an editor changing or unpublishing a live post through REST, and keeps it live', async () => {
    const id = await publishedPost('Tin đang đăng REST');
    const token = world.users.editor.token;
    expect((await rest('PATCH', `posts/${id}`, token, { title: 'Sửa thẳng bản đang đăng' })).status).toBe(403);
    expect((await rest('PATCH', `posts/${id}`, token, { _status: 'draft' })).status).toBe(403);
    expect(await live(id)).toMatchObject({ title: 'Tin đang đăng REST', _status: 'published' });
    // A draft of the same post is allowed and leaves the live version alone.
    expect((await rest('PATCH', `posts/${id}?draft=true`, token, { title: 'Bản nháp sửa' })).status).toBe(200);
    expect((await rest('GET', `posts/${id}`)).body.title).toBe('Tin đang đăng REST');
  });

  it('refuses the same through GraphQL', async () => {
    const id = await publishedPost('Tin đang đăng GraphQL');
    const r = await graphql('mutation($id: Int!) { updatePost(id: $id, data: { title: "Sửa qua GraphQL" }, draft: false) { id } }', { id }, world.users.editor.token);
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect((await live(id)).title).toBe('Tin đang đăng GraphQL');
  });

  it('refuses it through the Local API with access control, and lets trusted server code through', async () => {
    const id = await publishedPost('Tin đang đăng Local');
    await expect(payload.update({ collection: 'posts', id, data: { title: 'Sửa Local' } as never, user: world.users.editor.doc, overrideAccess: false })).rejects.toThrow();
    await payload.update({ collection: 'posts', id, data: { title: 'Sửa bởi máy chủ' } as never });
    expect((await live(id)).title).toBe('Sửa bởi máy chủ');
  });

  it('lets a chief editor of the site change the live post', async () => {
    const id = await publishedPost('Tin đang đăng, tổng biên tập sửa');
    expect((await rest('PATCH', `posts/${id}`, world.users.chiefEditor.token, { title: 'Tổng biên tập đã sửa' })).status).toBe(200);
    expect((await live(id)).title).toBe('Tổng biên tập đã sửa');
  });
});
