/** Daily visit aggregates per site (no personal data): written by the system, read by site admins and regulators. */
import type { CollectionConfig } from 'payload';
import { readInternal, superAdminOnly } from '../../access/content';
import { ADMIN_GROUPS } from '../siteContent';

export const VisitStats: CollectionConfig = {
  slug: 'visit-stats',
  labels: { singular: { vi: 'Thống kê truy cập', en: 'Visit statistics' }, plural: { vi: 'Thống kê truy cập', en: 'Visit statistics' } },
  graphQL: { singularName: 'VisitStat', pluralName: 'VisitStats' },
  admin: { group: ADMIN_GROUPS.system, useAsTitle: 'date' },
  access: { read: readInternal, create: superAdminOnly, update: superAdminOnly, delete: superAdminOnly },
  fields: [
    { name: 'date', type: 'date', required: true, index: true, label: { vi: 'Ngày', en: 'Date' } },
    { name: 'visits', type: 'number', min: 0, defaultValue: 0, label: { vi: 'Lượt truy cập', en: 'Visits' } },
    { name: 'pageViews', type: 'number', min: 0, defaultValue: 0, label: { vi: 'Lượt xem trang', en: 'Page views' } },
    { name: 'visitors', type: 'number', min: 0, defaultValue: 0, label: { vi: 'Người truy cập', en: 'Visitors' } },
  ],
};
