/** Who changed what, when (kept for the site's operating rules and security reviews). Written by hooks only. */
import type { CollectionConfig } from 'payload';
import { readInternal } from '../../access/content';
import { ADMIN_GROUPS } from '../siteContent';

export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { vi: 'Nhật ký', en: 'Audit entry' }, plural: { vi: 'Nhật ký thao tác', en: 'Audit log' } },
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditLog' },
  admin: { group: ADMIN_GROUPS.system, useAsTitle: 'summary', defaultColumns: ['at', 'action', 'collectionSlug', 'summary', 'user'] },
  access: { read: readInternal, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { vi: 'Thời điểm', en: 'Time' } },
    { name: 'action', type: 'select', required: true, options: ['create', 'update', 'publish', 'unpublish', 'delete', 'import', 'provision'], label: { vi: 'Thao tác', en: 'Action' } },
    { name: 'collectionSlug', type: 'text', label: { vi: 'Loại nội dung', en: 'Collection' } },
    { name: 'docId', type: 'text', label: { vi: 'Mã bản ghi', en: 'Document ID' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { vi: 'Người thực hiện', en: 'User' } },
    { name: 'summary', type: 'text', label: { vi: 'Tóm tắt', en: 'Summary' } },
  ],
};
