/** Uploaded images and files of a site. Stored on disk under `MEDIA_DIR` (default `<repo>/data/media`). */
import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { readPublic, updateUnversioned } from '../../access/content';
import { asUser, CONTRIBUTOR_ROLES, siteIdsWithRole, isSuperAdmin } from '../../access/roles';
import { createdByField } from '../../fields/common';
import { setCreatedBy } from '../../hooks/setCreatedBy';
import { preventSiteMove } from '../../hooks/preventSiteMove';
import { ADMIN_GROUPS } from '../siteContent';
import { dataDir } from '../../paths';

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Tệp', en: 'File' }, plural: { vi: 'Thư viện ảnh, tệp', en: 'Media' } },
  graphQL: { singularName: 'MediaItem', pluralName: 'Media' },
  admin: { group: ADMIN_GROUPS.content, useAsTitle: 'filename' },
  access: {
    read: readPublic,
    create: ({ req, data }) => {
      const user = asUser(req);
      if (isSuperAdmin(user)) return true;
      const sites = siteIdsWithRole(user, CONTRIBUTOR_ROLES);
      return data?.site ? sites.some((s) => String(s) === String(data.site)) : sites.length > 0;
    },
    update: updateUnversioned,
    delete: updateUnversioned,
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.join(dataDir(), 'media'),
    mimeTypes: ['image/*', 'application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    imageSizes: [{ name: 'card', width: 640, withoutEnlargement: true }],
  },
  hooks: { beforeChange: [setCreatedBy, preventSiteMove] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alternative text' },
      admin: { description: { vi: 'Bắt buộc với ảnh: một câu nói ảnh cho thấy gì (WCAG 2.1, tiêu chí 1.1.1).', en: 'Required for images: one sentence saying what the image shows (WCAG 2.1 SC 1.1.1).' } },
      // An image without alternative text fails WCAG 2.1 SC 1.1.1; files (PDF, Word) need none.
      validate: (value: unknown, { data, req }: { data: Partial<{ mimeType: string }>; req: { file?: { mimetype?: string } } }) => {
        const mime = data?.mimeType ?? req?.file?.mimetype ?? '';
        if (mime.startsWith('image/') && !(typeof value === 'string' && value.trim())) return 'Hãy nhập mô tả ảnh (cho người khiếm thị) / Alternative text is required for images.';
        return true;
      },
    },
    { name: 'caption', type: 'text', localized: true, label: { vi: 'Chú thích', en: 'Caption' } },
    createdByField,
  ],
};
