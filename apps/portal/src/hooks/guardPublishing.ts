/**
 * Guards what goes live. Access functions see the data of a write but not the `draft` flag, so this
 * hook completes them: a user without a publisher role on the document's site may only write drafts
 * (`draft: true`) to a document that is published, and may never unpublish one.
 *
 * Throws Payload's `Forbidden` (HTTP 403) with a Vietnamese message for the editor.
 */
import { Forbidden, type CollectionBeforeOperationHook } from 'payload';
import { asUser, hasSiteRole, isSuperAdmin, PUBLISHER_ROLES } from '../access/roles';

export const guardPublishing: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args;
  // Trusted server code (Local API without access control) skips the guard; REST and GraphQL requests never
  // do, whatever their args say (their overrideAccess is undefined, not false).
  const trusted = args.overrideAccess === true || (args.overrideAccess === undefined && req.payloadAPI === 'local');
  if (trusted) return args;
  const user = asUser(req);
  if (isSuperAdmin(user)) return args;
  if (args.draft === true) return args; // a draft never changes the live version
  const id = (args as { id?: number | string }).id;
  const existing = id
    ? await req.payload.findByID({ collection: collection.slug as never, id, depth: 0, req, overrideAccess: true })
    : null;
  const siteId = (existing as { site?: unknown } | null)?.site ?? args.data?.site;
  const wasPublished = (existing as { _status?: unknown } | null)?._status === 'published';
  const publishes = args.data?._status === 'published';
  const unpublishes = wasPublished && args.data?._status === 'draft';
  const changesLive = wasPublished || publishes || unpublishes || !id;
  if (changesLive && !hasSiteRole(user, siteId, PUBLISHER_ROLES)) {
    throw new Forbidden(req.t);
  }
  return args;
};
