/** Projects, public investment, tenders and public procurement (LTC-17.1, N42-4.1). Amounts in VND. */
import { siteContent, ADMIN_GROUPS } from '../siteContent';
import { titleField } from '../../fields/common';

export const Procurement = siteContent({
  graphQL: { singularName: 'ProcurementItem', pluralName: 'ProcurementItems' },
  slug: 'procurement',
  labels: { singular: { vi: 'Dự án, mua sắm', en: 'Procurement item' }, plural: { vi: 'Dự án, đầu tư, đấu thầu', en: 'Procurement' } },
  useAsTitle: 'title',
  group: ADMIN_GROUPS.documents,
  fields: [
    titleField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'tender',
      options: [
        { value: 'investment', label: { vi: 'Dự án đầu tư công', en: 'Public investment' } },
        { value: 'tender', label: { vi: 'Đấu thầu', en: 'Tender' } },
        { value: 'purchase', label: { vi: 'Mua sắm công', en: 'Public purchase' } },
      ],
      label: { vi: 'Loại', en: 'Kind' },
    },
    { name: 'budgetVnd', type: 'number', min: 0, label: { vi: 'Tổng mức (đồng)', en: 'Budget (VND)' } },
    { name: 'fundingSource', type: 'text', localized: true, label: { vi: 'Nguồn vốn', en: 'Funding source' } },
    { name: 'status', type: 'text', localized: true, label: { vi: 'Tình trạng', en: 'Status' } },
    { name: 'description', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Description' } },
    { name: 'files', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Tệp đính kèm', en: 'Files' } },
  ],
});
