/**
 * Payload side of the public-page cache (the cache itself lives in `server/pageCache.mjs`, in front of
 * Next's request handler; see README "Public-page cache").
 *
 * Next bundles this code separately from the custom server (`server.mjs`), so the two meet through one
 * process-wide registry, `globalThis[Symbol.for('cong.pageCache')]`, which only the custom server
 * creates. Where it is absent (CLIs, tests, `next dev`) every function here is a no-op.
 *
 * Two ways content changes reach the cache:
 *  1. In this process: `afterChange` / `afterDelete` hooks on every public collection call
 *     `registry.purge(reason)` at once (the whole cache is dropped: publishing is rare next to reads).
 *  2. In another process (the CLIs, a second instance on Postgres): the custom server polls
 *     `registry.generation()` about once a second; this plugin provides it at Payload's `onInit`.
 *     It is one SQL statement, `count(*)` and `max(updated_at)` of each public table, so a publish,
 *     unpublish, create or delete anywhere changes it. It also closes the window in which (1) runs:
 *     Payload calls `afterChange` before its transaction commits, so a page rendered in between may
 *     still show the old content; the next poll after the commit purges it again.
 */
import type { CollectionConfig, Config, Payload, Plugin } from 'payload';

/** The registry the custom server installs; `generation` is set here when Payload starts. */
export interface PageCacheRegistry {
  /** Drops every cached page; `reason` goes to the log (e.g. `posts#12 afterChange`). */
  purge: (reason: string) => void;
  /** Returns an opaque string that changes whenever public content changes (set by `onInit` below). */
  generation?: () => Promise<string>;
}

export const REGISTRY_KEY = Symbol.for('cong.pageCache');

/** The registry of this process, or undefined outside the custom server. */
export function pageCacheRegistry(): PageCacheRegistry | undefined {
  return (globalThis as Record<symbol, PageCacheRegistry | undefined>)[REGISTRY_KEY];
}

/**
 * Collections whose writes never change a public page: users (no public field), daily visit
 * aggregates and the audit log (written by jobs and admin actions; purging on them would empty the
 * cache on every edit in the admin).
 */
export const NOT_PUBLIC = new Set(['users', 'visit-stats', 'audit-log']);

const purgeHook =
  (slug: string, event: string) =>
  ({ doc, id }: { doc?: { id?: unknown }; id?: unknown }) => {
    pageCacheRegistry()?.purge(`${slug}#${String(doc?.id ?? id ?? '?')} ${event}`);
  };

function withPurgeHooks(c: CollectionConfig): CollectionConfig {
  if (NOT_PUBLIC.has(c.slug)) return c;
  return {
    ...c,
    hooks: {
      ...c.hooks,
      afterChange: [
        ...(c.hooks?.afterChange ?? []),
        ((args) => {
          // A draft that was not live before changes no public page (e.g. a citizen's pending question):
          // no purge, so anonymous writes cannot empty the cache.
          const neverLive = args.doc?._status === 'draft' && args.previousDoc?._status !== 'published';
          if (!neverLive) purgeHook(c.slug, 'afterChange')(args);
          return args.doc;
        }),
      ],
      afterDelete: [...(c.hooks?.afterDelete ?? []), ((args) => { purgeHook(c.slug, 'afterDelete')(args); return args.doc; })],
    },
  };
}

/**
 * The SQL of the content generation: for the main table of every collection in `slugs` one row of
 * `count(*)` and `max(updated_at)`, joined with UNION ALL (valid on SQLite and Postgres).
 * Draft saves only touch the `_…_v` version tables and do not change it; publishing, unpublishing,
 * creating and deleting do.
 */
export function generationSql(payload: Payload, slugs: string[]): string {
  const db = payload.db as unknown as { tableNameMap?: Map<string, string> };
  const parts: string[] = [];
  for (const c of payload.config.collections) {
    if (!slugs.includes(c.slug)) continue;
    const table = db.tableNameMap?.get(c.slug.replace(/-/g, '_')) ?? c.slug.replace(/-/g, '_');
    parts.push(`SELECT '${c.slug}' AS t, count(*) AS n, max(updated_at) AS m FROM "${table.replace(/"/g, '')}"`);
  }
  return parts.join(' UNION ALL ');
}

/** Reads the content generation through Payload's drizzle adapter (SQLite and Postgres alike). */
export async function readGeneration(payload: Payload, slugs: string[]): Promise<string> {
  const db = payload.db as unknown as { execute: (a: { drizzle: unknown; raw: string }) => Promise<{ rows: unknown[] }>; drizzle: unknown };
  const res = await db.execute({ drizzle: db.drizzle, raw: generationSql(payload, slugs) });
  return JSON.stringify(
    (res.rows as Record<string, unknown>[]).map((r) => [r.t, String(r.n), r.m instanceof Date ? r.m.toISOString() : String(r.m ?? '')]),
  );
}

/**
 * Adds the purge hooks to every public collection of the config (Payload's own collections — locks,
 * preferences, migrations, jobs — come later and are not public) and hands the generation reader,
 * over the same collections, to the registry.
 */
export const pageCachePlugin =
  (): Plugin =>
  (config: Config): Config => {
    const publicSlugs = (config.collections ?? []).map((c) => c.slug).filter((slug) => !NOT_PUBLIC.has(slug));
    return {
      ...config,
      collections: (config.collections ?? []).map(withPurgeHooks),
      onInit: async (payload) => {
        await config.onInit?.(payload);
        const registry = pageCacheRegistry();
        if (registry) registry.generation = () => readGeneration(payload, publicSlugs);
      },
    };
  };
