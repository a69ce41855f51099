/** Public consultation on draft documents (lấy ý kiến dự thảo văn bản), with a deadline, comments and the summary of results. */
import { siteContent, ADMIN_GROUPS } from '../siteContent';
import { titleField } from '../../fields/common';

export const Consultations = siteContent({
  graphQL: { singularName: 'Consultation', pluralName: 'Consultations' },
  slug: 'consultations',
  labels: { singular: { vi: 'Lấy ý kiến', en: 'Consultation' }, plural: { vi: 'Lấy ý kiến dự thảo', en: 'Consultations' } },
  useAsTitle: 'title',
  group: ADMIN_GROUPS.citizens,
  defaultColumns: ['title', 'deadline', '_status'],
  fields: [
    titleField({ vi: 'Tên dự thảo', en: 'Draft title' }),
    { name: 'description', type: 'richText', localized: true, label: { vi: 'Nội dung xin ý kiến', en: 'Description' } },
    { name: 'draftFiles', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Tệp dự thảo', en: 'Draft files' } },
    { name: 'openFrom', type: 'date', label: { vi: 'Bắt đầu', en: 'Opens' } },
    { name: 'deadline', type: 'date', required: true, label: { vi: 'Hạn góp ý', en: 'Deadline' } },
    {
      name: 'comments',
      type: 'array',
      label: { vi: 'Ý kiến góp ý', en: 'Comments' },
      access: { read: ({ req }) => Boolean(req.user) },
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Người góp ý', en: 'Name' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
        { name: 'body', type: 'textarea', required: true, label: { vi: 'Nội dung', en: 'Comment' } },
        { name: 'receivedAt', type: 'date', label: { vi: 'Ngày nhận', en: 'Received on' } },
      ],
    },
    { name: 'resultSummary', type: 'richText', localized: true, label: { vi: 'Tổng hợp, tiếp thu ý kiến', en: 'Summary of comments' } },
  ],
});
