/**
 * Access to the registry of sites (`sites`) and to user accounts (`users`).
 *
 * - Everyone reads the registry's public fields (the portal lists its component sites).
 * - Regulators and super admins create, edit and delete registry entries.
 * - A site admin edits the settings of their own site (not its registry facts: see `registryField`).
 * - Users: everyone reads and edits themselves; site admins manage the accounts of their sites;
 *   only super admins grant global roles.
 */
import type { Access, FieldAccess, Where } from 'payload';
import { asUser, isRegulator, isSuperAdmin, siteIdsWithRole } from './roles';

export const manageRegistry: Access = ({ req }) => {
  const user = asUser(req);
  return isSuperAdmin(user) || isRegulator(user);
};

/** Update a site record: registry managers, or the site's own site admins. */
export const updateSite: Access = ({ req }) => {
  const user = asUser(req);
  if (isSuperAdmin(user) || isRegulator(user)) return true;
  const sites = siteIdsWithRole(user, ['siteAdmin']);
  return sites.length ? { id: { in: sites } } : false;
};

/** Field access for registry facts (level, parent, code, hosting, status): registry managers only. */
export const registryField: FieldAccess = ({ req }) => {
  const user = asUser(req);
  return isSuperAdmin(user) || isRegulator(user);
};

/** Users: self, plus site admins over accounts that hold a role on one of their sites. */
export const readUsers: Access = ({ req }) => {
  const user = asUser(req);
  if (!user) return false;
  if (isSuperAdmin(user)) return true;
  const sites = siteIdsWithRole(user, ['siteAdmin']);
  const self: Where = { id: { equals: user.id } };
  return sites.length ? { or: [self, { 'siteRoles.site': { in: sites } }] } : self;
};

export const createUsers: Access = ({ req }) => {
  const user = asUser(req);
  return isSuperAdmin(user) || siteIdsWithRole(user, ['siteAdmin']).length > 0;
};

export const deleteUsers: Access = ({ req }) => {
  const user = asUser(req);
  if (isSuperAdmin(user)) return true;
  const sites = siteIdsWithRole(user, ['siteAdmin']);
  if (!user || !sites.length) return false;
  const where: Where = { and: [{ 'siteRoles.site': { in: sites } }, { id: { not_equals: user.id } }] };
  return where;
};

/** Global roles: only super admins may read others' or grant them. */
export const globalRolesField: FieldAccess = ({ req }) => isSuperAdmin(asUser(req));
