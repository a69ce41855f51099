/** Leaders' weekly work schedule (lịch công tác). */
import { siteContent, ADMIN_GROUPS } from '../siteContent';
import { titleField } from '../../fields/common';

export const WorkSchedules = siteContent({
  graphQL: { singularName: 'WorkSchedule', pluralName: 'WorkSchedules' },
  slug: 'work-schedules',
  labels: { singular: { vi: 'Lịch công tác', en: 'Work schedule' }, plural: { vi: 'Lịch công tác', en: 'Work schedules' } },
  useAsTitle: 'title',
  group: ADMIN_GROUPS.content,
  fields: [
    titleField(),
    { name: 'weekStart', type: 'date', required: true, label: { vi: 'Tuần bắt đầu từ', en: 'Week starting' } },
    {
      name: 'entries',
      type: 'array',
      label: { vi: 'Nội dung', en: 'Entries' },
      fields: [
        { name: 'date', type: 'date', required: true, label: { vi: 'Ngày', en: 'Date' } },
        { name: 'time', type: 'text', label: { vi: 'Giờ', en: 'Time' } },
        { name: 'content', type: 'textarea', required: true, localized: true, label: { vi: 'Nội dung', en: 'Activity' } },
        { name: 'location', type: 'text', localized: true, label: { vi: 'Địa điểm', en: 'Place' } },
        { name: 'leader', type: 'relationship', relationTo: 'officials', label: { vi: 'Lãnh đạo', en: 'Leader' } },
        { name: 'participants', type: 'text', localized: true, label: { vi: 'Thành phần', en: 'Participants' } },
      ],
    },
  ],
});
