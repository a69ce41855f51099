/** Administrative procedures and online public services, linked to the national or provincial public-service portal (N42-4.1c). */
import { siteContent, ADMIN_GROUPS } from '../siteContent';

export const PublicServices = siteContent({
  graphQL: { singularName: 'PublicService', pluralName: 'PublicServices' },
  slug: 'public-services',
  labels: { singular: { vi: 'Thủ tục hành chính', en: 'Public service' }, plural: { vi: 'Thủ tục, dịch vụ công', en: 'Public services' } },
  useAsTitle: 'name',
  group: ADMIN_GROUPS.citizens,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên thủ tục', en: 'Name' } },
    { name: 'code', type: 'text', label: { vi: 'Mã thủ tục (Cổng DVC quốc gia)', en: 'National procedure code' } },
    { name: 'field', type: 'text', localized: true, label: { vi: 'Lĩnh vực', en: 'Field' } },
    {
      name: 'onlineLevel',
      type: 'select',
      options: [
        { value: 'full', label: { vi: 'Trực tuyến toàn trình', en: 'Fully online' } },
        { value: 'partial', label: { vi: 'Trực tuyến một phần', en: 'Partly online' } },
        { value: 'none', label: { vi: 'Chưa trực tuyến', en: 'Not online' } },
      ],
      label: { vi: 'Mức độ trực tuyến', en: 'Online level' },
    },
    { name: 'url', type: 'text', required: true, label: { vi: 'Đường dẫn trên Cổng dịch vụ công', en: 'Link on the public-service portal' } },
  ],
});
