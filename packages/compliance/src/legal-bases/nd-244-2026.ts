/** Decree 244/2026/NĐ-CP — spokesperson and information to the press; official social accounts (from 1/7/2026). */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'nd-244-2026',
  number: '244/2026/NĐ-CP',
  short: '244/2026',
  kind: 'decree',
  title: {
    vi: 'Nghị định về phát ngôn và cung cấp thông tin cho báo chí',
    en: 'Decree on spokespersons and the provision of information to the press',
  },
  effectiveFrom: '2026-07-01',
  replaces: ['nd-09-2017'],
  confidence: 'secondary',
  frames: [],
  note: { vi: 'REQUIREMENTS.md §0.6, §10 (N244); nguồn là bản tin tóm tắt.', en: 'REQUIREMENTS.md §0.6, §10 (N244); the source is a news digest.' },
});
