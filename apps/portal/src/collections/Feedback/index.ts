/** Citizens' questions, feedback and petitions with the agency's answers (hỏi đáp, góp ý), moderated before publication. */
import { siteContent, ADMIN_GROUPS } from '../siteContent';
import { titleField } from '../../fields/common';

export const Feedback = siteContent({
  graphQL: { singularName: 'FeedbackItem', pluralName: 'FeedbackItems' },
  slug: 'feedback',
  labels: { singular: { vi: 'Hỏi đáp', en: 'Question' }, plural: { vi: 'Hỏi đáp, góp ý', en: 'Questions and feedback' } },
  useAsTitle: 'title',
  group: ADMIN_GROUPS.citizens,
  defaultColumns: ['title', 'askerName', 'moderation', '_status'],
  fields: [
    titleField({ vi: 'Tiêu đề câu hỏi', en: 'Subject' }),
    { name: 'askerName', type: 'text', required: true, label: { vi: 'Người hỏi', en: 'Asked by' } },
    { name: 'askerEmail', type: 'email', label: { vi: 'Thư điện tử người hỏi', en: 'E-mail' }, access: { read: ({ req }) => Boolean(req.user) } },
    { name: 'askerPhone', type: 'text', label: { vi: 'Điện thoại người hỏi', en: 'Phone' }, access: { read: ({ req }) => Boolean(req.user) } },
    { name: 'question', type: 'textarea', required: true, localized: true, label: { vi: 'Nội dung câu hỏi', en: 'Question' } },
    { name: 'receivedAt', type: 'date', label: { vi: 'Ngày nhận', en: 'Received on' } },
    { name: 'answer', type: 'richText', localized: true, label: { vi: 'Trả lời', en: 'Answer' } },
    { name: 'answeredBy', type: 'text', label: { vi: 'Đơn vị trả lời', en: 'Answered by' } },
    { name: 'answeredAt', type: 'date', label: { vi: 'Ngày trả lời', en: 'Answered on' } },
    {
      name: 'moderation',
      type: 'select',
      defaultValue: 'pending',
      options: [
        { value: 'pending', label: { vi: 'Chờ xử lý', en: 'Pending' } },
        { value: 'answered', label: { vi: 'Đã trả lời', en: 'Answered' } },
        { value: 'rejected', label: { vi: 'Không đăng', en: 'Rejected' } },
      ],
      label: { vi: 'Kiểm duyệt', en: 'Moderation' },
      admin: { position: 'sidebar' },
    },
  ],
});
