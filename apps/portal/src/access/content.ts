/**
 * Access rules for content that belongs to one site (pages, posts, legal documents, …).
 *
 * | role        | own site                         | publish | other sites          |
 * |-------------|----------------------------------|---------|----------------------|
 * | anonymous   | read published                   | no      | read published       |
 * | contributor | create; read/edit own documents as drafts | no | read published only |
 * | editor      | read/edit all documents as drafts | no     | read published only  |
 * | chiefEditor | everything                       | yes     | read published only  |
 * | siteAdmin   | everything                       | yes     | read published only  |
 * | regulator   | read published                   | no      | read published       |
 * | superAdmin  | everything                       | yes     | everything           |
 *
 * "Publishing" is any write that sets `_status: 'published'`. Unpublishing is guarded in
 * `hooks/guardPublishing.ts`, which also sees the operation's `draft` flag.
 */
import type { Access, Where } from 'payload';
import {
  asUser,
  CONTRIBUTOR_ROLES,
  EDITOR_ROLES,
  hasSiteRole,
  isSuperAdmin,
  PUBLISHER_ROLES,
  siteIdsWithRole,
} from './roles';

const PUBLISHED: Where = { _status: { equals: 'published' } };
const NOT_PUBLISHED: Where = { _status: { not_equals: 'published' } };
const inSites = (ids: (number | string)[], prefix = ''): Where => ({ [`${prefix}site`]: { in: ids } });

/**
 * Drafts visible to the user on their own sites (editors: all; contributors: their own).
 * `prefix` is `'version.'` when the query runs on the versions collection, whose fields are nested.
 */
function ownSiteWork(user: NonNullable<ReturnType<typeof asUser>>, prefix = ''): Where[] {
  const editorSites = siteIdsWithRole(user, EDITOR_ROLES);
  const contributorSites = siteIdsWithRole(user, ['contributor']);
  const clauses: Where[] = [];
  if (editorSites.length) clauses.push(inSites(editorSites, prefix));
  if (contributorSites.length) clauses.push({ and: [inSites(contributorSites, prefix), { [`${prefix}createdBy`]: { equals: user.id } }] });
  return clauses;
}

/** Read for versioned (draft-enabled) site content. */
export const readContent: Access = ({ req }) => {
  const user = asUser(req);
  if (isSuperAdmin(user)) return true;
  if (!user) return PUBLISHED;
  const own = ownSiteWork(user);
  return own.length ? { or: [PUBLISHED, ...own] } : PUBLISHED;
};

/** Read for site content without drafts (media, social accounts): public. */
export const readPublic: Access = () => true;

/** Versions are internal work: own-site roles only (contributors: their own documents). Paths are `version.*`. */
export const readContentVersions: Access = ({ req }) => {
  const user = asUser(req);
  if (isSuperAdmin(user)) return true;
  if (!user) return false;
  const own = ownSiteWork(user, 'version.');
  return own.length ? { or: own } : false;
};

/** Create: any site role on the target site; publishing on create needs a publisher role. */
export const createContent: Access = ({ req, data }) => {
  const user = asUser(req);
  if (isSuperAdmin(user)) return true;
  if (!user) return false;
  if (!data || data.site == null) return siteIdsWithRole(user, CONTRIBUTOR_ROLES).length > 0;
  const roles = data._status === 'published' ? PUBLISHER_ROLES : CONTRIBUTOR_ROLES;
  return hasSiteRole(user, data.site, roles);
};

/**
 * Update: publishers anything on their sites; editors any document of their site and contributors
 * their own documents, as long as the write does not publish. Whether a non-publisher's write would
 * change the live version of a published document is checked in `hooks/guardPublishing.ts`.
 */
export const updateContent: Access = ({ req, data }) => {
  const user = asUser(req);
  if (isSuperAdmin(user)) return true;
  if (!user) return false;
  const publisherSites = siteIdsWithRole(user, PUBLISHER_ROLES);
  if (data?._status === 'published') return publisherSites.length ? inSites(publisherSites) : false;
  const own = ownSiteWork(user);
  return own.length ? { or: own } : false;
};

/** Delete: publishers anything on their sites; editors and contributors only what was never published. */
export const deleteContent: Access = ({ req }) => {
  const user = asUser(req);
  if (isSuperAdmin(user)) return true;
  if (!user) return false;
  const publisherSites = siteIdsWithRole(user, PUBLISHER_ROLES);
  const clauses: Where[] = ownSiteWork(user).map((w) => ({ and: [w, NOT_PUBLISHED] }));
  if (publisherSites.length) clauses.unshift(inSites(publisherSites));
  return clauses.length ? { or: clauses } : false;
};

/** Update for content without drafts: editors and up on their sites. */
export const updateUnversioned: Access = ({ req }) => {
  const user = asUser(req);
  if (isSuperAdmin(user)) return true;
  const sites = siteIdsWithRole(user, EDITOR_ROLES);
  return sites.length ? inSites(sites) : false;
};

/** Internal records (visit statistics, audit log): site admins of the site, regulators, super admins. */
export const readInternal: Access = ({ req }) => {
  const user = asUser(req);
  if (isSuperAdmin(user) || user?.roles?.includes('regulator')) return true;
  const sites = siteIdsWithRole(user, ['siteAdmin']);
  return sites.length ? inSites(sites) : false;
};

export const superAdminOnly: Access = ({ req }) => isSuperAdmin(asUser(req));
