/**
 * The Payload side of the page cache (src/server/pageCachePlugin.ts) on a real database (SQLite, and
 * Postgres under `npm test`): the content generation changes on publish, unpublish, delete and site
 * edits, not on a draft save or on writes to non-public collections; the hooks purge the registry the
 * custom server installs on globalThis, in this process, on each public write.
 */
import '../helpers/env';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { testPayload } from '../helpers/payload';
import { readGeneration, REGISTRY_KEY, NOT_PUBLIC, type PageCacheRegistry } from '../../src/server/pageCachePlugin';

const purges: string[] = [];
const registry: PageCacheRegistry = { purge: (reason) => void purges.push(reason) };

let payload: Payload;
let site: number | string;
let slugs: string[];
const generation = () => readGeneration(payload, slugs);

beforeAll(async () => {
  (globalThis as Record<symbol, unknown>)[REGISTRY_KEY] = registry;
  payload = await testPayload();
  slugs = payload.config.collections.map((c) => c.slug).filter((s) => !NOT_PUBLIC.has(s) && !s.startsWith('payload-'));
  site = (await payload.create({ collection: 'sites', data: { key: 'gen-a', name: 'Xã A', level: 'commune', siteType: 'internal', governingAgency: 'UBND xã A', slug: 'xa-gen-a' } as never })).id;
});

afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY_KEY];
});

describe('content generation and purge hooks', () => {
  it('is one statement over every public table and changes on publish, unpublish and delete', async () => {
    expect(slugs).toEqual(expect.arrayContaining(['posts', 'pages', 'sites', 'media', 'legal-documents', 'categories']));
    const g0 = await generation();
    expect(JSON.parse(g0)).toHaveLength(slugs.length);

    purges.length = 0;
    const post = await payload.create({ collection: 'posts', locale: 'vi', data: { title: 'Tin thế hệ', site, _status: 'published' } as never });
    const g1 = await generation();
    expect(g1).not.toBe(g0);
    expect(purges).toEqual([`posts#${post.id} afterChange`]);

    // A draft save changes neither the live page nor the generation (it writes the versions table only).
    await payload.update({ collection: 'posts', id: post.id, locale: 'vi', draft: true, data: { title: 'Tin thế hệ (nháp sửa)' } as never });
    expect(await generation()).toBe(g1);

    await new Promise((r) => setTimeout(r, 5)); // updated_at has millisecond resolution
    await payload.update({ collection: 'posts', id: post.id, locale: 'vi', data: { _status: 'draft' } as never });
    const g2 = await generation();
    expect(g2).not.toBe(g1);

    purges.length = 0;
    await payload.delete({ collection: 'posts', id: post.id });
    const g3 = await generation();
    expect(g3).not.toBe(g2);
    expect(purges).toEqual([`posts#${post.id} afterDelete`]);
  });

  it('changes when a site is edited, not when a user is', async () => {
    const g0 = await generation();
    purges.length = 0;
    await payload.create({ collection: 'users', data: { email: 'gen@example.vn', password: 'Mat-khau-thu-2022', name: 'Gen' } as never });
    expect(await generation()).toBe(g0);
    expect(purges).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    await payload.update({ collection: 'sites', id: site, locale: 'vi', data: { shortName: 'A' } as never });
    expect(await generation()).not.toBe(g0);
    expect(purges).toEqual([`sites#${site} afterChange`]);
  });
});
