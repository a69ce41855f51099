/** Strategies, programmes, master plans and plans with their results (N42-4.1đ, LTC-17). */
import { siteContent, ADMIN_GROUPS } from '../siteContent';
import { titleField } from '../../fields/common';

export const Plans = siteContent({
  graphQL: { singularName: 'Plan', pluralName: 'Plans' },
  slug: 'plans',
  labels: { singular: { vi: 'Kế hoạch', en: 'Plan' }, plural: { vi: 'Chiến lược, quy hoạch, kế hoạch', en: 'Plans' } },
  useAsTitle: 'title',
  group: ADMIN_GROUPS.documents,
  fields: [
    titleField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'plan',
      options: [
        { value: 'strategy', label: { vi: 'Chiến lược', en: 'Strategy' } },
        { value: 'programme', label: { vi: 'Chương trình', en: 'Programme' } },
        { value: 'project', label: { vi: 'Đề án, dự án', en: 'Scheme / project' } },
        { value: 'masterPlan', label: { vi: 'Quy hoạch', en: 'Master plan' } },
        { value: 'plan', label: { vi: 'Kế hoạch', en: 'Plan' } },
        { value: 'annualWorkPlan', label: { vi: 'Kế hoạch công tác năm', en: 'Annual work plan' } },
      ],
      label: { vi: 'Loại', en: 'Kind' },
    },
    { name: 'periodFrom', type: 'date', label: { vi: 'Từ', en: 'From' } },
    { name: 'periodTo', type: 'date', label: { vi: 'Đến', en: 'To' } },
    { name: 'summary', type: 'richText', localized: true, label: { vi: 'Nội dung chính', en: 'Summary' } },
    { name: 'results', type: 'richText', localized: true, label: { vi: 'Kết quả thực hiện', en: 'Results' } },
    { name: 'document', type: 'relationship', relationTo: 'legal-documents', label: { vi: 'Văn bản phê duyệt', en: 'Approving document' } },
    { name: 'files', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Tệp đính kèm', en: 'Files' } },
  ],
});
