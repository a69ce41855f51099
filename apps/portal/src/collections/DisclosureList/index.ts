/**
 * The list of information to be disclosed (danh mục thông tin phải được công khai) of the
 * "Tiếp cận thông tin" section: Law on Access to Information 2016 Art. 17, 19 and 34(1)(b);
 * Decree 13/2018 Art. 6(3). Each row: the item, its legal basis, form, timing and where it is.
 */
import { siteContent, ADMIN_GROUPS } from '../siteContent';

export const DisclosureList = siteContent({
  graphQL: { singularName: 'DisclosureItem', pluralName: 'DisclosureItems' },
  slug: 'disclosure-list',
  labels: { singular: { vi: 'Thông tin công khai', en: 'Disclosure item' }, plural: { vi: 'Danh mục thông tin công khai', en: 'Disclosure list' } },
  useAsTitle: 'item',
  group: ADMIN_GROUPS.documents,
  defaultColumns: ['item', 'form', 'timing', '_status'],
  fields: [
    { name: 'item', type: 'text', required: true, localized: true, label: { vi: 'Thông tin', en: 'Item' } },
    { name: 'legalBasis', type: 'text', localized: true, label: { vi: 'Căn cứ', en: 'Legal basis' } },
    { name: 'form', type: 'text', localized: true, label: { vi: 'Hình thức công khai', en: 'Form of disclosure' } },
    { name: 'timing', type: 'text', localized: true, label: { vi: 'Thời điểm, thời hạn công khai', en: 'Timing' } },
    { name: 'responsibleUnit', type: 'text', localized: true, label: { vi: 'Đơn vị đầu mối', en: 'Responsible unit' } },
    { name: 'link', type: 'text', label: { vi: 'Đường dẫn tới thông tin', en: 'Link to the information' } },
    { name: 'order', type: 'number', defaultValue: 100, label: { vi: 'Thứ tự', en: 'Order' } },
  ],
});
