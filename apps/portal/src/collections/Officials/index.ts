/**
 * Officials: leaders, contact points and the spokesperson, with the contact details the law asks
 * for (N42-4.1e: name, position, unit, phone, official e-mail; Decree 09/2017 → 244/2026: spokesperson).
 */
import { siteContent, ADMIN_GROUPS } from '../siteContent';

export const Officials = siteContent({
  graphQL: { singularName: 'Official', pluralName: 'Officials' },
  slug: 'officials',
  labels: { singular: { vi: 'Cán bộ', en: 'Official' }, plural: { vi: 'Lãnh đạo, cán bộ đầu mối', en: 'Officials' } },
  useAsTitle: 'name',
  group: ADMIN_GROUPS.organisation,
  defaultColumns: ['name', 'position', 'isLeader', '_status'],
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    { name: 'position', type: 'text', required: true, localized: true, label: { vi: 'Chức vụ', en: 'Position' } },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: { vi: 'Đơn vị', en: 'Unit' } },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    { name: 'email', type: 'email', label: { vi: 'Thư điện tử công vụ', en: 'Official e-mail' } },
    { name: 'bio', type: 'richText', localized: true, label: { vi: 'Tiểu sử tóm tắt', en: 'Short biography' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
    {
      type: 'row',
      fields: [
        { name: 'isLeader', type: 'checkbox', label: { vi: 'Lãnh đạo', en: 'Leader' } },
        { name: 'isContactPoint', type: 'checkbox', label: { vi: 'Cán bộ đầu mối', en: 'Contact point' } },
        { name: 'isSpokesperson', type: 'checkbox', label: { vi: 'Người phát ngôn', en: 'Spokesperson' } },
      ],
    },
    { name: 'order', type: 'number', defaultValue: 100, label: { vi: 'Thứ tự', en: 'Order' } },
  ],
});
