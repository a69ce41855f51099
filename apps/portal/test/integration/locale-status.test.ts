/**
 * Vietnamese and English publish on their own (payload#14672: "publishing one locale publishes
 * every other locale"). Checked with Payload's experimental per-locale status (localizeStatus),
 * through the Local API as an anonymous reader would see it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { testPayload } from '../helpers/payload';

let payload: Payload;
let site: number | string;
const anon = { overrideAccess: false, user: null, fallbackLocale: false } as const;

const visible = async (id: number | string, locale: 'vi' | 'en') =>
  (await payload.find({ collection: 'posts', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, locale, ...anon })).docs[0] as any;

beforeAll(async () => {
  payload = await testPayload();
  site = (await payload.create({ collection: 'sites', data: { key: 'xa', name: 'Xã thử', level: 'commune', siteType: 'internal', governingAgency: 'UBND xã', slug: 'xa-thu' } as never })).id;
});

describe('per-locale publishing', () => {
  it('publishing Vietnamese leaves the English translation unpublished (payload#14672)', async () => {
    const post = await payload.create({ collection: 'posts', locale: 'vi', draft: true, data: { site, title: 'Tin tiếng Việt', _status: 'draft' } as never });
    await payload.update({ collection: 'posts', id: post.id, locale: 'en', draft: true, data: { title: 'English draft', _status: 'draft' } as never });
    await payload.update({ collection: 'posts', id: post.id, locale: 'vi', publishSpecificLocale: 'vi', data: { title: 'Tin tiếng Việt', _status: 'published' } as never });
    expect((await visible(post.id, 'vi'))?.title).toBe('Tin tiếng Việt');
    expect(await visible(post.id, 'en')).toBeUndefined();
  });

  it('publishing English later does not change the Vietnamese version, and each unpublishes alone', async () => {
    const post = await payload.create({ collection: 'posts', locale: 'vi', data: { site, title: 'Bản tiếng Việt', _status: 'published' } as never });
    expect(await visible(post.id, 'en')).toBeUndefined();
    await payload.update({ collection: 'posts', id: post.id, locale: 'en', publishSpecificLocale: 'en', data: { title: 'English version', _status: 'published' } as never });
    expect((await visible(post.id, 'en'))?.title).toBe('English version');
    expect((await visible(post.id, 'vi'))?.title).toBe('Bản tiếng Việt');
    // A Vietnamese draft edit does not reach readers in either language.
    await payload.update({ collection: 'posts', id: post.id, locale: 'vi', draft: true, data: { title: 'Bản nháp mới', _status: 'draft' } as never });
    expect((await visible(post.id, 'vi'))?.title).toBe('Bản tiếng Việt');
    expect((await visible(post.id, 'en'))?.title).toBe('English version');
  });

  it('an English reader never gets Vietnamese text in place of a missing translation', async () => {
    const post = await payload.create({ collection: 'posts', locale: 'vi', data: { site, title: 'Chỉ có tiếng Việt', excerpt: 'Sapo', _status: 'published' } as never });
    await payload.update({ collection: 'posts', id: post.id, locale: 'en', publishSpecificLocale: 'en', data: { title: 'Only the title', _status: 'published' } as never });
    const en = await visible(post.id, 'en');
    expect(en.title).toBe('Only the title');
    expect(en.excerpt ?? null).toBeNull();
  });
});
