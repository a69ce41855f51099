/**
 * Legal documents (văn bản). The fields N42-4.1a asks each document to show: form (type), issuer,
 * number, issue date, effective date, summary (trích yếu), downloadable file; plus validity and the
 * replaces/replacedBy chain. `documentNumberKey` is the matching key (confusables such as `Ð` fixed),
 * the original number is kept as written.
 */
import { siteContent, ADMIN_GROUPS } from '../siteContent';

export const LEGAL_DOCUMENT_KINDS = [
  { value: 'normative', label: { vi: 'Văn bản quy phạm pháp luật', en: 'Legal normative document' } },
  { value: 'directive', label: { vi: 'Văn bản chỉ đạo điều hành', en: 'Directive / administrative document' } },
] as const;

export const VALIDITY = [
  { value: 'inForce', label: { vi: 'Còn hiệu lực', en: 'In force' } },
  { value: 'partlyExpired', label: { vi: 'Hết hiệu lực một phần', en: 'Partly expired' } },
  { value: 'expired', label: { vi: 'Hết hiệu lực', en: 'Expired' } },
  { value: 'notYet', label: { vi: 'Chưa có hiệu lực', en: 'Not yet in force' } },
  { value: 'unknown', label: { vi: 'Chưa xác định', en: 'Unknown' } },
] as const;

export const LegalDocuments = siteContent({
  graphQL: { singularName: 'LegalDocument', pluralName: 'LegalDocuments' },
  slug: 'legal-documents',
  labels: { singular: { vi: 'Văn bản', en: 'Legal document' }, plural: { vi: 'Văn bản', en: 'Legal documents' } },
  useAsTitle: 'documentNumber',
  group: ADMIN_GROUPS.documents,
  defaultColumns: ['documentNumber', 'summary', 'issuer', 'issuedOn', '_status'],
  fields: [
    { name: 'documentNumber', type: 'text', required: true, label: { vi: 'Số, ký hiệu', en: 'Number' } },
    { name: 'documentNumberKey', type: 'text', index: true, label: { vi: 'Khoá so khớp số hiệu', en: 'Number key' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Trích yếu', en: 'Summary' }, admin: { description: { vi: 'Bắt buộc khi đăng; văn bản nhập từ nguồn thiếu trích yếu được giữ nguyên để biên tập viên bổ sung.', en: 'Imported documents that lack one keep it empty until an editor adds it.' } } },
    { name: 'type', type: 'text', required: true, label: { vi: 'Hình thức văn bản', en: 'Type' }, admin: { description: { vi: 'Ví dụ: Quyết định, Nghị định, Thông tư, Công văn', en: 'e.g. Decision, Decree, Circular' } } },
    { name: 'kind', type: 'select', required: true, defaultValue: 'normative', options: LEGAL_DOCUMENT_KINDS.map((k) => ({ ...k })), label: { vi: 'Loại', en: 'Kind' } },
    { name: 'issuer', type: 'text', required: true, label: { vi: 'Cơ quan ban hành', en: 'Issuer' } },
    { name: 'issuerKey', type: 'text', index: true, admin: { readOnly: true, position: 'sidebar' }, label: { vi: 'Mã cơ quan ban hành', en: 'Issuer key' } },
    { name: 'signer', type: 'text', label: { vi: 'Người ký', en: 'Signer' } },
    { name: 'issuedOn', type: 'date', required: true, index: true, label: { vi: 'Ngày ban hành', en: 'Issued on' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    { name: 'effectiveOn', type: 'date', label: { vi: 'Ngày hiệu lực', en: 'Effective on' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    { name: 'field', type: 'text', label: { vi: 'Lĩnh vực', en: 'Field' } },
    { name: 'validity', type: 'select', defaultValue: 'unknown', options: VALIDITY.map((v) => ({ ...v })), label: { vi: 'Tình trạng hiệu lực', en: 'Validity' } },
    { name: 'replaces', type: 'relationship', relationTo: 'legal-documents', hasMany: true, label: { vi: 'Thay thế văn bản', en: 'Replaces' } },
    { name: 'replacedBy', type: 'relationship', relationTo: 'legal-documents', label: { vi: 'Bị thay thế bởi', en: 'Replaced by' } },
    { name: 'files', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Tệp đính kèm', en: 'Files' } },
    {
      name: 'attachments',
      type: 'array',
      label: { vi: 'Tệp đính kèm (đường dẫn)', en: 'Attachment links' },
      fields: [{ name: 'url', type: 'text', required: true, label: { vi: 'Đường dẫn', en: 'URL' } }],
    },
    { name: 'text', type: 'richText', localized: true, label: { vi: 'Toàn văn', en: 'Full text' } },
    { name: 'importKey', type: 'text', index: true, admin: { readOnly: true, position: 'sidebar' }, label: { vi: 'Khoá nhập dữ liệu', en: 'Import key' } },
    { name: 'sourceRef', type: 'text', admin: { readOnly: true, position: 'sidebar' }, label: { vi: 'Nguồn dữ liệu', en: 'Data source' } },
  ],
});
