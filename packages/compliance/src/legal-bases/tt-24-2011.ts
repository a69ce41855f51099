/** Circular 24/2011/TT-BTTTT — creating, using and storing metadata (Dublin Core) on state-agency websites and portals. */
import { defineBasis } from './types.js';

export default defineBasis({
  id: 'tt-24-2011',
  number: '24/2011/TT-BTTTT',
  short: '24/2011',
  kind: 'circular',
  title: {
    vi: 'Thông tư quy định việc tạo lập, sử dụng và lưu trữ dữ liệu đặc tả trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    en: 'Circular on creating, using and storing metadata on state-agency websites and portals',
  },
  issuedOn: '2011-09-20',
  // The catalogue gives no in-force date; the signing date (20/9/2011, sxd.thuathienhue.gov.vn) is used.
  effectiveFrom: '2011-09-20',
  confidence: 'confirmed',
  uncertainFrom: '2011-09-20',
  uncertainNote: {
    vi: 'Văn bản đã đọc (✅) nhưng chưa rõ còn hiệu lực hay đã gộp vào “đặc tả dữ liệu” của Thông tư 22/2023; Luật CNTT (căn cứ) hết hiệu lực từ 01/7/2026 (❓, REQUIREMENTS.md TT24-4). Chỉ cảnh báo.',
    en: 'The text is read (✅) but whether it is still in force, or folded into the “metadata” items of Circular 22/2023, is unknown; its parent IT Law lapsed on 1 Jul 2026 (❓, REQUIREMENTS.md TT24-4). Warn only.',
  },
  frames: [],
  note: {
    vi: 'REQUIREMENTS.md §4 TT24-4 (Pháp điển 3.3.TT.5.x). Ngày ký 20/9/2011; ngày có hiệu lực không có trong danh mục.',
    en: 'REQUIREMENTS.md §4 TT24-4 (consolidated code 3.3.TT.5.x). Signed 20 Sep 2011; the in-force date is not in the catalogue.',
  },
});
