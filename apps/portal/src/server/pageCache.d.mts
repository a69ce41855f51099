/** Types of pageCache.mjs (plain JavaScript so server.mjs runs without a build; docs in the .mjs file). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Variant { body: Buffer; headers: string[] }
export interface Entry { status: number; etag: string; vary: string; variants: { identity: Variant; gzip?: Variant; br?: Variant }; bytes: number }

export class PageCache {
  constructor(o?: { maxBytes?: number; log?: (msg: string) => void });
  maxBytes: number;
  maxEntryBytes: number;
  bytes: number;
  generation: number;
  entries: Map<string, Entry>;
  stats: { hits: number; misses: number; stored: number; evicted: number; purges: number };
  get(key: string): Entry | undefined;
  set(key: string, entry: Entry): boolean;
  grow(key: string, entry: Entry, extra: number): void;
  delete(key: string): void;
  purge(reason?: string): void;
}

export function pickEncoding(accept: string | undefined, variants: Record<string, unknown>): 'br' | 'gzip' | 'identity';
export function isCacheableRequest(req: IncomingMessage, cookieName?: string): boolean;
export function cachingHandler(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
  o: { cache: PageCache; maxAge?: number; allowBypassHeader?: boolean; cookieName?: string; ready?: () => boolean; onError?: (e: unknown) => void },
): (req: IncomingMessage, res: ServerResponse) => unknown;
