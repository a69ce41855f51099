/**
 * The role × collection × operation × (own site | other site) matrix of the foundation issue,
 * generated from the EXPECTED table below and checked through the Local API (overrideAccess:
 * false), REST and GraphQL. One test per role × collection × channel lists every cell that differs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { testPayload } from '../helpers/payload';
import { graphql, rest } from '../helpers/api';
import { buildWorld, CONTENT, ROLES, type Role, type World } from '../helpers/fixtures';

type Op = 'create' | 'editOwnDraft' | 'readPublished' | 'readDraft' | 'listDraft' | 'readVersions' | 'update' | 'publish' | 'delete';
type Scope = 'own' | 'other';
const OPS: Op[] = ['create', 'editOwnDraft', 'readPublished', 'readDraft', 'listDraft', 'readVersions', 'update', 'publish', 'delete'];

const none: Record<Op, 0 | 1> = { create: 0, editOwnDraft: 0, readPublished: 1, readDraft: 0, listDraft: 0, readVersions: 0, update: 0, publish: 0, delete: 0 };
const all: Record<Op, 0 | 1> = { create: 1, editOwnDraft: 1, readPublished: 1, readDraft: 1, listDraft: 1, readVersions: 1, update: 1, publish: 1, delete: 1 };

/** The table. "own site" for global roles is any site. 1 = allowed, 0 = refused (or invisible). */
const EXPECTED: Record<Role, Record<Scope, Record<Op, 0 | 1>>> = {
  contributor: { own: { ...none, create: 1, editOwnDraft: 1 }, other: none },
  editor: { own: { ...all, publish: 0 }, other: none },
  chiefEditor: { own: all, other: none },
  siteAdmin: { own: all, other: none },
  regulator: { own: none, other: none },
  superAdmin: { own: all, other: all },
};

type Channel = 'local' | 'rest' | 'graphql';
let payload: Payload;
let world: World;

beforeAll(async () => {
  payload = await testPayload();
  world = await buildWorld(payload);
}, 600_000);

/** Fixture documents of one site written by that site's editor: a draft and a published one. */
async function fixtures(collection: string, site: number | string, writer: any) {
  const base = { ...CONTENT[collection].data, site };
  const draft = await payload.create({ collection: collection as never, data: { ...base, _status: 'draft' } as never, draft: true, user: writer, overrideAccess: true });
  const published = await payload.create({ collection: collection as never, data: { ...base, _status: 'published' } as never, user: writer, overrideAccess: true });
  return { draft: draft.id, published: published.id };
}

const ok = (status: number) => status >= 200 && status < 300;

async function attempt(channel: Channel, role: Role, collection: string, op: Op, site: number | string, docs: { draft: any; published: any }): Promise<boolean> {
  const user = world.users[role];
  const spec = CONTENT[collection];
  const title = { [spec.titleField]: `Sửa bởi ${role}` };
  const S = spec.gql;
  if (channel === 'local') {
    const as = { user: user.doc, overrideAccess: false } as const;
    const tryIt = async (fn: () => Promise<unknown>) => fn().then((r) => Boolean(r), () => false);
    switch (op) {
      case 'create':
        return tryIt(() => payload.create({ collection: collection as never, data: { ...spec.data, site } as never, draft: true, ...as }));
      case 'editOwnDraft':
        return tryIt(async () => {
          const mine = await payload.create({ collection: collection as never, data: { ...spec.data, site } as never, draft: true, ...as });
          return payload.update({ collection: collection as never, id: mine.id, data: title as never, draft: true, ...as });
        });
      case 'readPublished':
        return tryIt(() => payload.findByID({ collection: collection as never, id: docs.published, ...as }));
      case 'readDraft':
        return tryIt(() => payload.findByID({ collection: collection as never, id: docs.draft, draft: true, ...as }));
      case 'readVersions':
        return tryIt(async () => (await payload.findVersions({ collection: collection as never, where: { parent: { equals: docs.draft } }, ...as })).totalDocs > 0 || null);
      case 'listDraft': {
        const res = await payload.find({ collection: collection as never, where: { id: { equals: docs.draft } }, draft: true, ...as });
        return res.totalDocs > 0;
      }
      case 'update':
        return tryIt(() => payload.update({ collection: collection as never, id: docs.draft, data: title as never, draft: true, ...as }));
      case 'publish':
        return tryIt(() => payload.update({ collection: collection as never, id: docs.draft, data: { _status: 'published' } as never, ...as }));
      case 'delete':
        return tryIt(() => payload.delete({ collection: collection as never, id: docs.draft, ...as }));
    }
  }
  if (channel === 'rest') {
    const t = user.token;
    switch (op) {
      case 'create':
        return ok((await rest('POST', `${collection}?draft=true`, t, { ...spec.data, site })).status);
      case 'editOwnDraft': {
        const c = await rest('POST', `${collection}?draft=true`, t, { ...spec.data, site });
        return ok(c.status) && ok((await rest('PATCH', `${collection}/${c.body.doc.id}?draft=true`, t, title)).status);
      }
      case 'readPublished':
        return ok((await rest('GET', `${collection}/${docs.published}`, t)).status);
      case 'readDraft':
        return ok((await rest('GET', `${collection}/${docs.draft}?draft=true`, t)).status);
      case 'readVersions': {
        const r = await rest('GET', `${collection}/versions?where[parent][equals]=${docs.draft}`, t);
        return ok(r.status) && r.body.totalDocs > 0;
      }
      case 'listDraft': {
        const r = await rest('GET', `${collection}?draft=true&where[id][equals]=${docs.draft}`, t);
        return ok(r.status) && r.body.totalDocs > 0;
      }
      case 'update':
        return ok((await rest('PATCH', `${collection}/${docs.draft}?draft=true`, t, title)).status);
      case 'publish':
        return ok((await rest('PATCH', `${collection}/${docs.draft}`, t, { _status: 'published' })).status);
      case 'delete':
        return ok((await rest('DELETE', `${collection}/${docs.draft}`, t)).status);
    }
  }
  const t = user.token;
  const gq = async (q: string, v: Record<string, unknown>, field: string) => {
    const r = await graphql(q, v, t);
    return !r.body.errors?.length && Boolean(r.body.data?.[field]);
  };
  const createQ = `mutation($data: mutation${S}Input!) { create${S}(data: $data, draft: true) { id } }`;
  const updateQ = (draft: boolean) => `mutation($id: Int!, $data: mutation${S}UpdateInput!) { update${S}(id: $id, data: $data, draft: ${draft}) { id } }`;
  switch (op) {
    case 'create':
      return gq(createQ, { data: { ...spec.data, site } }, `create${S}`);
    case 'editOwnDraft': {
      const r = await graphql(createQ, { data: { ...spec.data, site } }, t);
      const id = r.body.data?.[`create${S}`]?.id;
      return Boolean(id) && gq(updateQ(true), { id, data: title }, `update${S}`);
    }
    case 'readPublished':
      return gq(`query($id: Int!) { ${S}(id: $id) { id } }`, { id: docs.published }, S);
    case 'readDraft':
      return gq(`query($id: Int!) { ${S}(id: $id, draft: true) { id } }`, { id: docs.draft }, S);
    case 'readVersions': {
      // The versions list the admin's document view loads (it broke once on a 'site' path).
      const plural = (payload.collections as any)[collection].config.graphQL.pluralName;
      const r = await graphql(`query($id: JSON) { versions${plural}(where: { parent: { equals: $id } }) { totalDocs } }`, { id: docs.draft }, t);
      return (r.body.data?.[`versions${plural}`]?.totalDocs ?? 0) > 0;
    }
    case 'listDraft': {
      const plural = (payload.collections as any)[collection].config.graphQL.pluralName;
      const r = await graphql(`query($id: Int) { ${plural}(where: { id: { equals: $id } }, draft: true) { totalDocs } }`, { id: docs.draft }, t);
      return (r.body.data?.[plural]?.totalDocs ?? 0) > 0;
    }
    case 'update':
      return gq(updateQ(true), { id: docs.draft, data: title }, `update${S}`);
    case 'publish':
      return gq(updateQ(false), { id: docs.draft, data: { _status: 'published' } }, `update${S}`);
    case 'delete':
      return gq(`mutation($id: Int!) { delete${S}(id: $id) { id } }`, { id: docs.draft }, `delete${S}`);
  }
}

describe.each(['local', 'rest', 'graphql'] as Channel[])('access matrix via %s', (channel) => {
  describe.each([...ROLES])('%s', (role) => {
    it.each(Object.keys(CONTENT))('%s', async (collection) => {
      const mismatches: string[] = [];
      for (const scope of ['own', 'other'] as Scope[]) {
        const site = scope === 'own' ? world.siteA : world.siteB;
        const writer = scope === 'own' ? world.writerA : world.writerB;
        const shared = await fixtures(collection, site, writer); // read-only cells share these
        for (const op of OPS) {
          // Cells that change a document get a fresh one, so every cell stands on its own.
          const docs = ['update', 'publish', 'delete'].includes(op) ? await fixtures(collection, site, writer) : shared;
          const got = await attempt(channel, role, collection, op, site, docs);
          const want = EXPECTED[role][scope][op] === 1;
          if (got !== want) mismatches.push(`${scope}.${op}: expected ${want ? 'allowed' : 'refused'}, got ${got ? 'allowed' : 'refused'}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });
});
