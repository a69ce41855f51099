/**
 * Users with global roles (`superAdmin`, `regulator`) and per-site roles (`siteRoles`).
 * `siteRoles` is the multi-tenant plugin's tenants array, declared here with `saveToJWT: false`
 * so the auth cookie stays small however many sites a user holds (DESIGN.md Gotchas: past ~40
 * sites the plugin's default field overflows the 4 KB cookie and the user cannot log in).
 */
import type { CollectionConfig } from 'payload';
import { createUsers, deleteUsers, globalRolesField, readUsers } from '../../access/registry';
import { asUser, GLOBAL_ROLES, isSuperAdmin, SITE_ROLES } from '../../access/roles';
import { ADMIN_GROUPS } from '../siteContent';
import { guardSiteRoles } from './guardSiteRoles';

export const ROLE_LABELS = {
  superAdmin: { vi: 'Quản trị hệ thống', en: 'Super admin' },
  regulator: { vi: 'Cơ quan quản lý (Sở)', en: 'Regulator' },
  contributor: { vi: 'Cộng tác viên', en: 'Contributor' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  chiefEditor: { vi: 'Trưởng Ban Biên tập', en: 'Chief editor' },
  siteAdmin: { vi: 'Quản trị trang', en: 'Site admin' },
} as const;

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  graphQL: { singularName: 'User', pluralName: 'Users' },
  auth: { tokenExpiration: 8 * 60 * 60, maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: { useAsTitle: 'name', group: ADMIN_GROUPS.system, defaultColumns: ['name', 'email', 'roles'] },
  access: {
    read: readUsers,
    create: createUsers,
    update: ({ req }) => {
      const user = asUser(req);
      if (!user) return false;
      return readUsers({ req } as never);
    },
    delete: deleteUsers,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeChange: [guardSiteRoles] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: GLOBAL_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
      label: { vi: 'Vai trò toàn hệ thống', en: 'Global roles' },
      saveToJWT: false,
      access: { create: globalRolesField, update: globalRolesField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'siteRoles',
      type: 'array',
      saveToJWT: false,
      label: { vi: 'Vai trò trên từng trang', en: 'Roles per site' },
      labels: { singular: { vi: 'Vai trò', en: 'Role' }, plural: { vi: 'Vai trò', en: 'Roles' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, label: { vi: 'Trang', en: 'Site' } },
            { name: 'role', type: 'select', required: true, options: SITE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })), label: { vi: 'Vai trò', en: 'Role' } },
          ],
        },
      ],
      admin: {
        condition: (_data, _sibling, { user }) => Boolean(user),
        description: { vi: 'Mỗi dòng cho quyền trên một trang. Quản trị trang chỉ cấp quyền trên trang mình quản lý.', en: 'One row per site.' },
      },
    },
  ],
};

export const isSuperAdminUser = (req: Parameters<typeof asUser>[0]) => isSuperAdmin(asUser(req));
