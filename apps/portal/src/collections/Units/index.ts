/** Units: the organisation chart as a tree (phòng, ban, đơn vị trực thuộc) — N42-4.1e, LTC-19.1. */
import { siteContent, ADMIN_GROUPS } from '../siteContent';

export const Units = siteContent({
  graphQL: { singularName: 'Unit', pluralName: 'Units' },
  slug: 'units',
  labels: { singular: { vi: 'Đơn vị', en: 'Unit' }, plural: { vi: 'Đơn vị trực thuộc', en: 'Units' } },
  useAsTitle: 'name',
  group: ADMIN_GROUPS.organisation,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên đơn vị', en: 'Name' } },
    { name: 'parentUnit', type: 'relationship', relationTo: 'units', label: { vi: 'Thuộc đơn vị', en: 'Parent unit' } },
    { name: 'functions', type: 'richText', localized: true, label: { vi: 'Chức năng, nhiệm vụ', en: 'Functions and duties' } },
    { name: 'address', type: 'text', localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    { name: 'email', type: 'email', label: { vi: 'Thư điện tử công vụ', en: 'Official e-mail' } },
    { name: 'order', type: 'number', defaultValue: 100, label: { vi: 'Thứ tự', en: 'Order' } },
  ],
});
