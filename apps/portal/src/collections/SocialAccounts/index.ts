/** Official social-media accounts of the agency, published with the spokesperson details (Decree 09/2017 → 244/2026; N42-5.2). */
import { siteContent, ADMIN_GROUPS } from '../siteContent';

export const SocialAccounts = siteContent({
  graphQL: { singularName: 'SocialAccount', pluralName: 'SocialAccounts' },
  slug: 'social-accounts',
  labels: { singular: { vi: 'Tài khoản mạng xã hội', en: 'Social account' }, plural: { vi: 'Tài khoản mạng xã hội chính thức', en: 'Official social accounts' } },
  useAsTitle: 'name',
  group: ADMIN_GROUPS.organisation,
  fields: [
    {
      name: 'platform',
      type: 'select',
      required: true,
      options: ['facebook', 'zalo', 'youtube', 'tiktok', 'x', 'other'].map((v) => ({ value: v, label: v === 'other' ? { vi: 'Khác', en: 'Other' } : v })),
      label: { vi: 'Nền tảng', en: 'Platform' },
    },
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên tài khoản', en: 'Account name' } },
    { name: 'url', type: 'text', required: true, label: { vi: 'Đường dẫn', en: 'URL' } },
    { name: 'managingUnit', type: 'text', localized: true, label: { vi: 'Đơn vị quản lý', en: 'Managed by' } },
  ],
});
