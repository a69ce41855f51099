/**
 * Posts (tin bài). Citation records where a republished item comes from and the written permission
 * to republish it (the survey found press articles republished without permission; Decree 147/2024
 * Art. 24 for general sites; REQUIREMENTS.md N72-20). `genre` feeds the royalty module later.
 */
import { siteContent, ADMIN_GROUPS } from '../siteContent';
import { slugField, titleField } from '../../fields/common';

export const POST_GENRES = [
  { value: 'news', label: { vi: 'Tin', en: 'News item' } },
  { value: 'article', label: { vi: 'Bài viết', en: 'Article' } },
  { value: 'interview', label: { vi: 'Phỏng vấn', en: 'Interview' } },
  { value: 'photo', label: { vi: 'Ảnh', en: 'Photo' } },
  { value: 'photoStory', label: { vi: 'Phóng sự ảnh', en: 'Photo story' } },
  { value: 'video', label: { vi: 'Video', en: 'Video' } },
  { value: 'translation', label: { vi: 'Dịch', en: 'Translation' } },
  { value: 'republished', label: { vi: 'Tin đăng lại', en: 'Republished item' } },
] as const;

export const Posts = siteContent({
  graphQL: { singularName: 'Post', pluralName: 'Posts' },
  slug: 'posts',
  labels: { singular: { vi: 'Tin bài', en: 'Post' }, plural: { vi: 'Tin bài', en: 'Posts' } },
  useAsTitle: 'title',
  slugFrom: 'title',
  group: ADMIN_GROUPS.content,
  defaultColumns: ['title', 'categories', '_status', 'publishedAt'],
  fields: [
    titleField(),
    slugField,
    { name: 'excerpt', type: 'textarea', localized: true, label: { vi: 'Sapo (tóm tắt)', en: 'Standfirst' } },
    { name: 'content', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh đại diện', en: 'Main image' } },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: { vi: 'Chuyên mục', en: 'Categories' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { vi: 'Thời gian đăng', en: 'Published at' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: {
        beforeChange: [({ value, siblingData }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value)],
      },
    },
    { name: 'authorName', type: 'text', label: { vi: 'Tác giả (bút danh)', en: 'Author (byline)' } },
    {
      name: 'genre',
      type: 'select',
      defaultValue: 'news',
      options: POST_GENRES.map((g) => ({ value: g.value, label: g.label })),
      label: { vi: 'Thể loại (tính nhuận bút)', en: 'Genre (for royalties)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'citation',
      type: 'group',
      label: { vi: 'Nguồn tin', en: 'Source' },
      fields: [
        {
          name: 'kind',
          type: 'radio',
          defaultValue: 'original',
          options: [
            { value: 'original', label: { vi: 'Tin bài tự viết', en: 'Original' } },
            { value: 'republished', label: { vi: 'Đăng lại từ nguồn khác', en: 'Republished' } },
          ],
          label: { vi: 'Loại', en: 'Kind' },
        },
        { name: 'sourceName', type: 'text', label: { vi: 'Tên nguồn (cơ quan báo chí)', en: 'Source name' }, admin: { condition: (_, s) => s?.kind === 'republished' } },
        { name: 'sourceUrl', type: 'text', label: { vi: 'Đường dẫn bài gốc', en: 'Original URL' }, admin: { condition: (_, s) => s?.kind === 'republished' } },
        { name: 'originalAuthor', type: 'text', label: { vi: 'Tác giả bài gốc', en: 'Original author' }, admin: { condition: (_, s) => s?.kind === 'republished' } },
        { name: 'originalPublishedAt', type: 'date', label: { vi: 'Thời gian đăng bài gốc', en: 'Original publication time' }, admin: { condition: (_, s) => s?.kind === 'republished' } },
        {
          name: 'permission',
          type: 'group',
          label: { vi: 'Văn bản đồng ý cho đăng lại', en: 'Permission to republish' },
          admin: { condition: (_, s) => s?.kind === 'republished' },
          fields: [
            { name: 'reference', type: 'text', label: { vi: 'Số, ký hiệu văn bản', en: 'Reference' } },
            { name: 'grantedOn', type: 'date', label: { vi: 'Ngày', en: 'Date' } },
            { name: 'file', type: 'upload', relationTo: 'media', label: { vi: 'Tệp văn bản', en: 'File' } },
          ],
        },
      ],
    },
  ],
});
