/** Small field builders shared by collections. Every label is { vi, en } (DESIGN.md Gotchas). */
import type { Field, TextField } from 'payload';

export type Label = { vi: string; en: string };

/** `createdBy`: who wrote the document; set by the `setCreatedBy` hook, read-only in the admin. */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  label: { vi: 'Người tạo', en: 'Created by' },
  index: true,
  access: { update: () => false },
  admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.createdBy) },
};

/** A localized required title. */
export const titleField = (label: Label = { vi: 'Tiêu đề', en: 'Title' }): TextField => ({
  name: 'title',
  type: 'text',
  label,
  required: true,
  localized: true,
});

/** URL slug (Vietnamese without diacritics), filled from the title when left empty. */
export const slugField: Field = {
  name: 'slug',
  type: 'text',
  label: { vi: 'Đường dẫn (không dấu)', en: 'Slug' },
  index: true,
  admin: {
    position: 'sidebar',
    description: { vi: 'Để trống để tạo tự động từ tiêu đề, ví dụ "co-cau-to-chuc".', en: 'Leave empty to derive it from the title.' },
  },
};

/** Guidance for editors: what the law asks on this page, with requirement IDs. Read-only in the admin. */
export const guidanceField: Field = {
  name: 'guidance',
  type: 'textarea',
  label: { vi: 'Hướng dẫn theo quy định', en: 'What the law asks here' },
  localized: true,
  access: { update: ({ req }) => Boolean((req.user as { roles?: string[] } | null)?.roles?.includes('superAdmin')) },
  admin: { readOnly: true, position: 'sidebar' },
};

/** Marks sample content made by the demo provisioning (shown with a "Dữ liệu mẫu / sample data" banner). */
export const sampleDataField: Field = {
  name: 'sampleData',
  type: 'checkbox',
  label: { vi: 'Dữ liệu mẫu', en: 'Sample data' },
  defaultValue: false,
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.sampleData) },
};
