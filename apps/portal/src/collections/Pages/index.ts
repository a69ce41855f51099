/**
 * Pages: the fixed sections every site must have (introduction, history, organisation structure,
 * functions and duties, map, privacy policy, access-to-information, …). `section` says which legal
 * item a page answers (REQUIREMENTS.md §1–§3); provisioning creates one page per section.
 */
import { siteContent, ADMIN_GROUPS } from '../siteContent';
import { guidanceField, slugField, titleField } from '../../fields/common';
import { SECTIONS } from '../../provision/sections';

export const Pages = siteContent({
  graphQL: { singularName: 'Page', pluralName: 'Pages' },
  slug: 'pages',
  labels: { singular: { vi: 'Trang', en: 'Page' }, plural: { vi: 'Trang giới thiệu', en: 'Pages' } },
  useAsTitle: 'title',
  group: ADMIN_GROUPS.content,
  slugFrom: 'title',
  defaultColumns: ['title', 'section', '_status', 'updatedAt'],
  description: {
    vi: 'Các trang bắt buộc theo quy định (giới thiệu, cơ cấu tổ chức, chức năng nhiệm vụ…). Xem hướng dẫn ở cột bên phải của mỗi trang.',
    en: 'Pages the law requires. Each page shows what the law asks in its sidebar.',
  },
  fields: [
    titleField(),
    slugField,
    {
      name: 'section',
      type: 'select',
      label: { vi: 'Mục theo quy định', en: 'Required section' },
      options: SECTIONS.map((s) => ({ value: s.key, label: s.label })),
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'content', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Content' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { vi: 'Hình ảnh (sơ đồ, bản đồ…)', en: 'Image (chart, map…)' } },
    { name: 'order', type: 'number', defaultValue: 100, label: { vi: 'Thứ tự', en: 'Order' }, admin: { position: 'sidebar' } },
    guidanceField,
    {
      name: 'requirementIds',
      type: 'text',
      hasMany: true,
      label: { vi: 'Mã yêu cầu pháp lý', en: 'Requirement IDs' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
});
