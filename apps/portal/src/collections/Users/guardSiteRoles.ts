/**
 * A site admin may grant, change or withdraw roles only on the sites they administer; rows for
 * other sites pass through untouched. Super admins are not limited. Throws a ValidationError
 * (Vietnamese message) when a request tries to touch another site's roles.
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload';
import { asUser, isSuperAdmin, siteIdsWithRole } from '../../access/roles';

type Row = { site?: unknown; role?: unknown };
const key = (r: Row) => `${typeof r.site === 'object' && r.site ? (r.site as { id: unknown }).id : r.site}:${r.role}`;
const siteOf = (r: Row) => String(typeof r.site === 'object' && r.site ? (r.site as { id: unknown }).id : r.site);

export const guardSiteRoles: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const user = asUser(req);
  if (!user || isSuperAdmin(user) || !('siteRoles' in data)) return data;
  const mine = new Set(siteIdsWithRole(user, ['siteAdmin']).map(String));
  const before: Row[] = originalDoc?.siteRoles ?? [];
  const after: Row[] = data.siteRoles ?? [];
  const foreign = (rows: Row[]) => rows.filter((r) => !mine.has(siteOf(r))).map(key).sort().join(',');
  if (foreign(before) !== foreign(after)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'siteRoles', message: 'Bạn chỉ được cấp hoặc thu hồi quyền trên trang mình quản trị.' }],
    });
  }
  return data;
};
