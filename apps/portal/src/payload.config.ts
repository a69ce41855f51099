/**
 * Cổng's Payload configuration: one install serves the provincial portal and every component site.
 * The config reads the environment at import time (PAYLOAD_SECRET, DATABASE_URL, CONG_DATA_DIR):
 * set it before importing. Vietnamese is the default admin language and content locale.
 */
import sharp from 'sharp';
import { buildConfig } from 'payload';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant';
import { vi } from '@payloadcms/translations/languages/vi';
import { en } from '@payloadcms/translations/languages/en';
import { COLLECTIONS, SITE_SCOPED } from './collections';
import { databaseAdapter } from './db';
import { asUser, isRegulator, isSuperAdmin } from './access/roles';
import { pageCachePlugin } from './server/pageCachePlugin';
import { searchPlugin } from './search/plugin';

const secret = process.env.PAYLOAD_SECRET;
if (!secret) throw new Error('PAYLOAD_SECRET is not set (npm start writes one into data/.env on first run).');

export default buildConfig({
  secret,
  telemetry: false,
  // Synchronous log writes: with pino-pretty's default asynchronous stream, a script whose output
  // goes to a file or pipe could exit mid-start (code 13: the stream's pending write was all that
  // held the event loop, and Payload's start-up awaited it).
  logger: 'sync',
  serverURL: process.env.CONG_SERVER_URL ?? '',
  admin: {
    user: 'users',
    avatar: 'default',
    meta: { titleSuffix: ' — Cổng quản trị' },
  },
  collections: COLLECTIONS,
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    // true so API requests without ?locale= get the default locale (with false Payload leaves it unset
    // and finds nothing); public pages and the English site pass fallbackLocale: false themselves.
    fallback: true,
  },
  experimental: { localizeStatus: true },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: {
      // The vi translation still has these in English (DESIGN.md Gotchas).
      vi: {
        general: { collections: 'Danh mục quản lý', menu: 'Trình đơn', email: 'Thư điện tử' },
        fields: { block: 'khối', blocks: 'khối', blockType: 'Loại khối' },
      },
    },
  },
  plugins: [
    multiTenantPlugin({
      tenantsSlug: 'sites',
      tenantField: { name: 'site' },
      tenantsArrayField: { includeDefaultField: false, arrayFieldName: 'siteRoles', arrayTenantFieldName: 'site' },
      userHasAccessToAllTenants: (user) => isSuperAdmin(user as never) || isRegulator(user as never),
      useTenantsCollectionAccess: false,
      useUsersTenantFilter: false,
      collections: Object.fromEntries(SITE_SCOPED.map((c) => [c.slug, { useTenantAccess: false }])),
      i18n: { translations: { vi: { 'nav-tenantSelector-label': 'Chọn trang', 'assign-tenant-button-label': 'Gán trang', 'field-assignedTenant-label': 'Trang' } } },
    }),
    // Public-page cache: purge on publish, content generation for other processes' writes (server/pageCachePlugin.ts).
    pageCachePlugin(),
    // Site search index: hooks on posts, pages, legal documents; rebuild at start when out of step (search/plugin.ts).
    searchPlugin(),
  ],
  typescript: { outputFile: 'src/payload-types.ts', autoGenerate: false },
});

