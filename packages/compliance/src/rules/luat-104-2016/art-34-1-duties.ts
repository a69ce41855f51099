/**
 * LTC-34.1b, LTC-34.1h — Law on Access to Information 104/2016/QH13, Art. 34(1)(b)(h).
 * (b) compile, update and post the list of information to be disclosed on the portal/website; (h) issue and publicly
 * announce an internal regulation on providing information.
 */
import { judgeDisclosureList, judgeInfoRegulation } from '../../checks/access-info.js';
import { defineRule, use } from '../define.js';

const base = { basis: 'luat-104-2016', appliesTo: { scope: 'A' as const }, confidence: 'confirmed' as const, check: 'C6' as const };

export default [
  defineRule({ ...base, id: 'LTC-34.1b', citation: { vi: 'Điểm b khoản 1 Điều 34 Luật Tiếp cận thông tin 2016', en: 'Law on Access to Information 2016, Art. 34(1)(b)' }, title: { vi: 'Lập, cập nhật, đăng danh mục thông tin phải được công khai', en: 'Compile, update and post the disclosure list' }, severity: 'high', evaluate: use(judgeDisclosureList), remediation: { vi: 'Lập và cập nhật (ít nhất hằng năm) danh mục thông tin phải được công khai, đăng trong chuyên mục Tiếp cận thông tin.', en: 'Compile and update (at least yearly) the disclosure list and post it in the Access to information section.' } }),
  defineRule({ ...base, id: 'LTC-34.1h', citation: { vi: 'Điểm h khoản 1 Điều 34 Luật Tiếp cận thông tin 2016', en: 'Law on Access to Information 2016, Art. 34(1)(h)' }, title: { vi: 'Công bố quy chế nội bộ về cung cấp thông tin', en: 'Announce the internal regulation on providing information' }, severity: 'medium', evaluate: use(judgeInfoRegulation), remediation: { vi: 'Ban hành và đăng quy chế nội bộ về cung cấp thông tin (đầu mối, phân loại, cập nhật, xử lý yêu cầu) trong chuyên mục Tiếp cận thông tin.', en: 'Issue and post the internal regulation on providing information (contact point, classification, updating, requests) in the Access to information section.' } }),
];
