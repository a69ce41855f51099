/**
 * Sites: the tenant collection and the regulator's registry of every government site of the
 * province at once (DESIGN.md §3). `hosted: true` when the site lives on this platform; the portal
 * is the site of level `province`; component sites have a `parent` and a path `slug`.
 * Footer identity (governing agency, responsible person, address, phone, e-mail, licence) is read
 * from here (Circular 32/2017 Art. 16(3)(c), REQUIREMENTS.md TT32-16.3c).
 */
import type { CollectionConfig } from 'payload';
import { manageRegistry, registryField, updateSite } from '../../access/registry';
import { ADMIN_GROUPS } from '../siteContent';

export const SITE_LEVELS = ['province', 'department', 'district', 'commune', 'unit', 'party', 'enterprise'] as const;
export type SiteLevel = (typeof SITE_LEVELS)[number];

const LEVEL_LABELS: Record<SiteLevel, { vi: string; en: string }> = {
  province: { vi: 'Cổng tỉnh', en: 'Provincial portal' },
  department: { vi: 'Sở, ban, ngành', en: 'Department' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
  unit: { vi: 'Đơn vị sự nghiệp', en: 'Public unit' },
  party: { vi: 'Cơ quan Đảng, đoàn thể', en: 'Party / mass organisation' },
  enterprise: { vi: 'Doanh nghiệp nhà nước', en: 'State enterprise' },
};

const ro = { update: registryField, create: registryField };

export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: { vi: 'Trang TTĐT', en: 'Site' }, plural: { vi: 'Danh sách trang TTĐT', en: 'Sites' } },
  graphQL: { singularName: 'Site', pluralName: 'Sites' },
  admin: {
    useAsTitle: 'name',
    group: ADMIN_GROUPS.system,
    defaultColumns: ['name', 'level', 'slug', 'hosted', 'status'],
    description: {
      vi: 'Danh sách mọi trang thông tin điện tử của tỉnh: cổng tỉnh, các trang thành phần và các trang chưa chuyển về nền tảng.',
      en: 'Registry of every government site of the province: the portal, its component sites and sites hosted elsewhere.',
    },
  },
  access: { read: () => true, create: manageRegistry, update: updateSite, delete: manageRegistry },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên trang / cơ quan', en: 'Name' } },
    { name: 'shortName', type: 'text', localized: true, label: { vi: 'Tên ngắn', en: 'Short name' } },
    {
      type: 'row',
      fields: [
        { name: 'level', type: 'select', required: true, access: ro, options: SITE_LEVELS.map((v) => ({ value: v, label: LEVEL_LABELS[v] })), label: { vi: 'Cấp', en: 'Level' } },
        {
          name: 'siteType',
          type: 'select',
          required: true,
          defaultValue: 'internal',
          access: ro,
          options: [
            { value: 'general', label: { vi: 'Trang TTĐT tổng hợp', en: 'General information' } },
            { value: 'internal', label: { vi: 'Trang TTĐT nội bộ', en: 'Internal' } },
            { value: 'specialised', label: { vi: 'Trang ứng dụng chuyên ngành', en: 'Specialised application' } },
          ],
          label: { vi: 'Loại trang', en: 'Site type' },
        },
      ],
    },
    { name: 'hosted', type: 'checkbox', defaultValue: true, access: ro, label: { vi: 'Chạy trên nền tảng Cổng', en: 'Hosted on Cổng' } },
    { name: 'key', type: 'text', unique: true, index: true, access: ro, label: { vi: 'Mã định danh nội bộ', en: 'Provisioning key' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'adminUnitCode', type: 'text', index: true, access: ro, label: { vi: 'Mã đơn vị hành chính', en: 'Administrative unit code' } },
    { name: 'parent', type: 'relationship', relationTo: 'sites', access: ro, label: { vi: 'Thuộc cổng / trang', en: 'Parent site' } },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      access: ro,
      label: { vi: 'Đường dẫn trên cổng', en: 'Path slug' },
      admin: { description: { vi: 'Trang thành phần có địa chỉ /<đường dẫn> trên cổng tỉnh; cổng tỉnh để trống.', en: 'Component sites live at /<slug>; the portal has none.' } },
    },
    {
      name: 'domains',
      type: 'array',
      access: ro,
      label: { vi: 'Tên miền', en: 'Domains' },
      fields: [
        { name: 'domain', type: 'text', required: true, label: { vi: 'Tên miền', en: 'Domain' } },
        { name: 'primary', type: 'checkbox', label: { vi: 'Chính', en: 'Primary' } },
        { name: 'registrar', type: 'text', label: { vi: 'Nhà đăng ký', en: 'Registrar' } },
        { name: 'expiresOn', type: 'date', label: { vi: 'Ngày hết hạn', en: 'Expires on' } },
      ],
    },
    { name: 'governingAgency', type: 'text', required: true, localized: true, label: { vi: 'Cơ quan chủ quản', en: 'Governing agency' } },
    {
      name: 'responsiblePerson',
      type: 'group',
      label: { vi: 'Người chịu trách nhiệm chính', en: 'Responsible person' },
      fields: [
        { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Name' } },
        { name: 'position', type: 'text', localized: true, label: { vi: 'Chức vụ', en: 'Position' } },
      ],
    },
    {
      name: 'contacts',
      type: 'group',
      label: { vi: 'Liên hệ', en: 'Contacts' },
      fields: [
        { name: 'address', type: 'text', localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'fax', type: 'text', label: { vi: 'Fax', en: 'Fax' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
      ],
    },
    {
      name: 'licence',
      type: 'group',
      label: { vi: 'Giấy phép (trang tổng hợp)', en: 'Licence (general sites)' },
      admin: { condition: (data) => data?.siteType === 'general' },
      fields: [
        { name: 'number', type: 'text', label: { vi: 'Số giấy phép', en: 'Number' } },
        { name: 'issuer', type: 'text', label: { vi: 'Cơ quan cấp', en: 'Issued by' } },
        { name: 'issuedOn', type: 'date', label: { vi: 'Ngày cấp', en: 'Issued on' } },
        { name: 'expiresOn', type: 'date', label: { vi: 'Ngày hết hạn', en: 'Expires on' } },
        {
          name: 'amendments',
          type: 'array',
          label: { vi: 'Sửa đổi, bổ sung', en: 'Amendments' },
          fields: [
            { name: 'number', type: 'text', label: { vi: 'Số', en: 'Number' } },
            { name: 'date', type: 'date', label: { vi: 'Ngày', en: 'Date' } },
            { name: 'note', type: 'text', label: { vi: 'Nội dung', en: 'Note' } },
          ],
        },
      ],
    },
    { name: 'securityLevel', type: 'number', min: 1, max: 5, access: ro, label: { vi: 'Cấp độ an toàn hệ thống thông tin', en: 'Information-security level' } },
    {
      name: 'editorialBoardDecision',
      type: 'group',
      label: { vi: 'Quyết định thành lập Ban Biên tập', en: 'Editorial-board decision' },
      fields: [
        { name: 'number', type: 'text', label: { vi: 'Số', en: 'Number' } },
        { name: 'date', type: 'date', label: { vi: 'Ngày', en: 'Date' } },
      ],
    },
    {
      name: 'operatingRules',
      type: 'group',
      label: { vi: 'Quy chế hoạt động', en: 'Operating rules' },
      fields: [
        { name: 'number', type: 'text', label: { vi: 'Số', en: 'Number' } },
        { name: 'date', type: 'date', label: { vi: 'Ngày', en: 'Date' } },
      ],
    },
    { name: 'emcSiteId', type: 'text', label: { vi: 'Mã giám sát EMC (site id)', en: 'EMC site id' } },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Biểu trưng (nếu không dùng Quốc huy)', en: 'Logo (when not the national emblem)' } },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'active',
          access: ro,
          options: [
            { value: 'active', label: { vi: 'Đang hoạt động', en: 'Active' } },
            { value: 'merged', label: { vi: 'Đã sáp nhập', en: 'Merged' } },
            { value: 'archived', label: { vi: 'Lưu trữ', en: 'Archived' } },
          ],
          label: { vi: 'Trạng thái', en: 'Status' },
        },
        { name: 'mergedInto', type: 'relationship', relationTo: 'sites', access: ro, label: { vi: 'Sáp nhập vào', en: 'Merged into' } },
        { name: 'validUntil', type: 'date', access: ro, label: { vi: 'Hoạt động đến', en: 'Valid until' } },
      ],
    },
    { name: 'order', type: 'number', defaultValue: 100, label: { vi: 'Thứ tự', en: 'Order' } },
    { name: 'sampleData', type: 'checkbox', defaultValue: false, access: ro, label: { vi: 'Dữ liệu mẫu', en: 'Sample data' }, admin: { position: 'sidebar' } },
  ],
};
