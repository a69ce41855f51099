/** Categories (chuyên mục) of a site. `kind` ties a category to a legal item; an empty one is a finding. */
import { siteContent, ADMIN_GROUPS } from '../siteContent';
import { slugField } from '../../fields/common';

export const CATEGORY_KINDS = [
  { value: 'news', label: { vi: 'Tin tức, sự kiện', en: 'News and events' } },
  { value: 'legalDocuments', label: { vi: 'Văn bản', en: 'Legal documents' } },
  { value: 'plans', label: { vi: 'Chiến lược, quy hoạch, kế hoạch', en: 'Strategies and plans' } },
  { value: 'procurement', label: { vi: 'Dự án, đầu tư, đấu thầu, mua sắm công', en: 'Projects and procurement' } },
  { value: 'lawDissemination', label: { vi: 'Phổ biến, giáo dục pháp luật', en: 'Law dissemination' } },
  { value: 'qa', label: { vi: 'Hỏi đáp', en: 'Questions and answers' } },
  { value: 'consultations', label: { vi: 'Lấy ý kiến dự thảo văn bản', en: 'Public consultations' } },
  { value: 'other', label: { vi: 'Khác', en: 'Other' } },
] as const;

export const Categories = siteContent({
  graphQL: { singularName: 'Category', pluralName: 'Categories' },
  slug: 'categories',
  labels: { singular: { vi: 'Chuyên mục', en: 'Category' }, plural: { vi: 'Chuyên mục', en: 'Categories' } },
  useAsTitle: 'name',
  slugFrom: 'name',
  group: ADMIN_GROUPS.content,
  defaultColumns: ['name', 'kind', '_status'],
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
    slugField,
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'news',
      options: CATEGORY_KINDS.map((k) => ({ value: k.value, label: k.label })),
      label: { vi: 'Loại', en: 'Kind' },
    },
    { name: 'parent', type: 'relationship', relationTo: 'categories', label: { vi: 'Chuyên mục cha', en: 'Parent' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
    { name: 'requirementIds', type: 'text', hasMany: true, label: { vi: 'Mã yêu cầu pháp lý', en: 'Requirement IDs' }, admin: { readOnly: true } },
    { name: 'order', type: 'number', defaultValue: 100, label: { vi: 'Thứ tự', en: 'Order' } },
  ],
});
