/**
 * Payload plugin wiring the search index: `afterChange` / `afterDelete` hooks on posts, pages and legal documents
 * (see `indexing.ts`), and at start-up a rebuild when the index is out of step with the published documents
 * (a database from before the search migration). Bulk writers may pass `context: { skipSearchIndex: true }`
 * and call `reindexAll` afterwards.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Plugin } from 'payload';
import { ensureSearchIndex, removeDocument, syncDocument } from './indexing';
import { SEARCH_COLLECTIONS, type SearchCollection } from './types';

const afterChange: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (!context?.skipSearchIndex) await syncDocument(req.payload, collection.slug as SearchCollection, doc.id, req);
  return doc;
};

const afterDelete: CollectionAfterDeleteHook = async ({ id, req, collection, context }) => {
  if (!context?.skipSearchIndex) await removeDocument(req.payload, collection.slug as SearchCollection, id, req);
};

/** Adds the index hooks and the start-up check. */
export const searchPlugin = (): Plugin => (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    (SEARCH_COLLECTIONS as readonly string[]).includes(c.slug)
      ? { ...c, hooks: { ...c.hooks, afterChange: [...(c.hooks?.afterChange ?? []), afterChange], afterDelete: [...(c.hooks?.afterDelete ?? []), afterDelete] } }
      : c,
  ),
  onInit: async (payload) => {
    await config.onInit?.(payload);
    // Not while `next build` prerenders (several workers, a build-time database).
    if (process.env.NEXT_PHASE === 'phase-production-build') return;
    const r = await ensureSearchIndex(payload);
    if (r.status === 'rebuilt') payload.logger.info(`search index rebuilt: ${r.entries} entries in ${r.ms} ms`);
  },
});
