/**
 * Roles (DESIGN.md §3). Global roles live on the user (`roles`); per-site roles live in the
 * `siteRoles` array ({ site, role }). Both are read from the user document Payload loads for the
 * request (never from the JWT, which carries neither: see the multi-tenant cookie gotcha).
 */
import type { PayloadRequest } from 'payload';

/** Global roles: not tied to one site. */
export const GLOBAL_ROLES = ['superAdmin', 'regulator'] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

/** Per-site roles, weakest first (GLOSSARY.md: Cộng tác viên, Biên tập viên, Trưởng Ban Biên tập, Quản trị trang). */
export const SITE_ROLES = ['contributor', 'editor', 'chiefEditor', 'siteAdmin'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** Site roles that may edit any draft of their site. */
export const EDITOR_ROLES: readonly SiteRole[] = ['editor', 'chiefEditor', 'siteAdmin'];
/** Site roles that may publish (and unpublish) on their site. */
export const PUBLISHER_ROLES: readonly SiteRole[] = ['chiefEditor', 'siteAdmin'];
/** Every site role (may create drafts on their site). */
export const CONTRIBUTOR_ROLES: readonly SiteRole[] = SITE_ROLES;

/** The fields of a user document that access rules read. */
export interface RoleBearer {
  id: number | string;
  roles?: (GlobalRole | string)[] | null;
  siteRoles?: { site: number | string | { id: number | string } | null; role: SiteRole | string }[] | null;
}

type MaybeUser = RoleBearer | null | undefined;

export const asUser = (req: Pick<PayloadRequest, 'user'>): MaybeUser =>
  req.user && (req.user as { collection?: string }).collection === 'users' ? (req.user as unknown as RoleBearer) : null;

export const isSuperAdmin = (user: MaybeUser): boolean => Boolean(user?.roles?.includes('superAdmin'));
export const isRegulator = (user: MaybeUser): boolean => Boolean(user?.roles?.includes('regulator'));

const idOf = (site: number | string | { id: number | string } | null): number | string | null =>
  site && typeof site === 'object' ? site.id : site;

/** IDs of the sites where the user holds one of `roles`. */
export function siteIdsWithRole(user: MaybeUser, roles: readonly SiteRole[]): (number | string)[] {
  const ids = new Set<number | string>();
  for (const row of user?.siteRoles ?? []) {
    const id = idOf(row.site);
    if (id != null && roles.includes(row.role as SiteRole)) ids.add(id);
  }
  return [...ids];
}

/** True when the user holds one of `roles` on `siteId`. */
export function hasSiteRole(user: MaybeUser, siteId: unknown, roles: readonly SiteRole[]): boolean {
  const wanted = idOf(siteId as never);
  if (wanted == null) return false;
  return siteIdsWithRole(user, roles).some((id) => String(id) === String(wanted));
}
