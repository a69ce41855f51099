/**
 * Finding people, positions and contact details in Vietnamese page text: officials' names (surname-led), their
 * positions, and phone numbers / e-mail addresses near them.
 *
 * Placeholder names. "Nguyễn Văn A", "Trần Thị B", "Lê Văn C" — a surname, one or two name words and a single
 * capital letter — are the Vietnamese "John Doe": the shape of a name in templates, forms and sample data, never a
 * real person's name. They are recognised as names (so a leader table, a contact list or a footer written with
 * them is still read as one), and marked: {@link isPlaceholderName}, `PersonBlock.placeholder`. A check that must
 * see a *named* person (the person responsible in the footer, officials' contacts) does not pass on a placeholder;
 * it warns that the name is a placeholder (an unfilled template or sample data), instead of saying the name is
 * missing. Written without diacritics (English pages) a placeholder must have the middle word "Van"/"Thi"
 * ("Nguyen Van A"), so English words ("To Be A …") are not taken for one.
 */
import { findEmails, findPhoneMatches } from '../extract/text.js';
import { foldVi } from '../match/text.js';

const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đoàn',
  'Lương', 'Trịnh', 'Mai', 'Cao', 'Chu', 'Tạ', 'Hà', 'Lâm', 'Tô', 'Quách', 'Vương', 'Triệu', 'Kiều', 'Thái', 'Đào', 'Lưu', 'Nông', 'Lò',
  'Hứa', 'Tăng', 'Khổng', 'Âu', 'Giang', 'La', 'Phùng', 'Trương', 'Tống', 'Lại', 'Đàm', 'Nghiêm', 'Kim', 'Thân', 'Tôn', 'Hầu', 'Mạc',
  'Lục', 'Văn', 'Ma', 'Hoàng', 'Quan', 'Vi', 'Sầm', 'Bế', 'Hà', 'Lã', 'Diệp', 'Doãn', 'Khúc', 'Mông', 'Phí', 'Ninh', 'Bạch',
];
const SURNAME_RE = SURNAMES.map((s) => s.normalize('NFC')).join('|');
const STOP = '(?!(?:Phó|Giám|Chủ|Trưởng|Chánh|Bí|Ủy|Sở|Phòng|Ban|Đồng|Ông|Bà|Điện|Email|Địa|Số|Tel|Fax|Website|Director|Deputy|Giới|Cơ|Chức|Lãnh|Trang|Liên|Hỏi|Sơ|Danh|Đơn|Cổng|Quận|Huyện|Xã|Tỉnh|Phường|Tin|Văn bản)(?![\\p{L}]))';
/** Two-word place names that start like a surname ("Hà Nội", "Thái Nguyên"). */
const PLACES = '(?:Hà (?:Nội|Giang|Tĩnh|Nam|Đông|Tiên)|Thái (?:Nguyên|Bình)|Lâm Đồng|Cao Bằng|Kim (?:Bảng|Sơn)|Hồ Chí Minh|Ninh (?:Bình|Thuận)|Lý Sơn|Đà (?:Nẵng|Lạt)|Giang (?:Bắc|Nam))(?![\\p{L}])';
const CAP = `${STOP}[\\p{Lu}][\\p{Ll}]+`;
/** The single-letter given name of a placeholder ("Nguyễn Văn A"): one capital letter, not followed by a letter or digit. */
const PLACEHOLDER_GIVEN = '[\\p{Lu}](?![\\p{L}\\d])';
/**
 * A Vietnamese full name: a known surname followed by 2–3 capitalised words (2-word matches are mostly place names),
 * or a placeholder name: a surname, 1–2 capitalised words and a single capital letter ("Nguyễn Văn A").
 */
export const NAME_RE = new RegExp(`(?<![\\p{L}])(?!${PLACES})(?:${SURNAME_RE})(?:(?:\\s+${CAP}){2,3}(?![\\p{L}])|(?:\\s+${CAP}){1,2}\\s+${PLACEHOLDER_GIVEN})`, 'gu');

/**
 * The same names written without diacritics, as on English pages ("Hoang Minh Duc", "Ma Thi Nguyet"): a known
 * surname (folded) followed by 2–3 capitalised ASCII words, not a place ("Ho Chi Minh City", "Thai Nguyen") and not
 * an English title word ("Director", "Department").
 */
const SURNAME_ASCII_RE = [...new Set(SURNAMES.map((s) => foldVi(s).replace(/^./, (c) => c.toUpperCase())))].join('|');
const STOP_ASCII =
  '(?!(?:Director|Deputy|Department|Division|Office|Province|Provincial|People|Committee|Centre|Center|Ministry|City|District|Ward|Commune|Town|Phone|Tel|Fax|Email|Address|Website|Head|Chief|Chairman|Vice|Position|Name|Full|Of|And|The|For|In|On|At|To)(?![A-Za-z]))';
const PLACES_ASCII = '(?:Ha (?:Noi|Giang|Tinh|Nam|Dong|Tien)|Thai (?:Nguyen|Binh)|Lam Dong|Cao Bang|Kim (?:Bang|Son)|Ho Chi Minh|Ninh (?:Binh|Thuan)|Ly Son|Da (?:Nang|Lat)|Giang (?:Bac|Nam)|Bac Kan|Lang Son|Hai (?:Phong|Duong)|Quang (?:Ninh|Nam|Ngai|Tri|Binh))(?![A-Za-z])';
export const NAME_ASCII_RE = new RegExp(
  `(?<![A-Za-z])(?!${PLACES_ASCII})(?:${SURNAME_ASCII_RE})(?:(?:\\s+${STOP_ASCII}[A-Z][a-z]+){2,3}(?![A-Za-z])|\\s+(?:Van|Thi)(?:\\s+${STOP_ASCII}[A-Z][a-z]+)?\\s+[A-Z](?![A-Za-z\\d]))`,
  'g',
);

/** True for a placeholder name such as "Nguyễn Văn A", "Trần Thị B", "Nguyen Van A": its last word is a single letter. */
export function isPlaceholderName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && /^\p{Lu}$/u.test(words[words.length - 1]);
}

/** Positions of officials (folded, Vietnamese and English). */
const POSITIONS = [
  'pho giam doc', 'giam doc', 'pho chanh van phong', 'chanh van phong', 'pho truong phong', 'truong phong', 'pho chu tich', 'chu tich',
  'chanh thanh tra', 'pho chanh thanh tra', 'pho truong ban', 'truong ban', 'bi thu', 'pho bi thu', 'can bo dau moi', 'chuyen vien',
  'thu truong', 'bo truong', 'cuc truong', 'pho cuc truong', 'chi cuc truong', 'ke toan truong', 'tong bien tap', 'nguoi phat ngon',
  'deputy director', 'director', 'vice chairman', 'chairman', 'head of', 'deputy head', 'chief of', 'spokesperson',
];
export const POSITION_RE = new RegExp(`(?<![a-z])(${POSITIONS.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![a-z])`, 'g');


export interface PersonBlock {
  name: string;
  /** True when the name is a placeholder ("Nguyễn Văn A"), see {@link isPlaceholderName}. */
  placeholder?: boolean;
  position?: string;
  phone?: string;
  email?: string;
  snippet: string;
}

/**
 * Names (with a position within ~80 characters) in a text; with phone/e-mail within `window` characters after.
 * `ascii`: also names written without diacritics (English pages).
 */
export function findPeople(text: string, window = 260, opts: { ascii?: boolean } = {}): PersonBlock[] {
  const out: PersonBlock[] = [];
  const folded = foldVi(text);
  const nameRe = opts.ascii ? new RegExp(`${NAME_RE.source}|${NAME_ASCII_RE.source}`, 'gu') : NAME_RE;
  for (const m of text.matchAll(nameRe)) {
    const i = m.index ?? 0;
    const before = folded.slice(Math.max(0, i - 80), i);
    const after = folded.slice(i + m[0].length, i + m[0].length + 100);
    const pos = [...before.matchAll(POSITION_RE)].pop()?.[1] ?? after.match(POSITION_RE)?.[0];
    if (!pos) continue;
    const tail = text.slice(i, i + window);
    // Stop the contact window at the next person's name, so contacts are not borrowed from a neighbour.
    nameRe.lastIndex = 0;
    const next = [...tail.slice(m[0].length).matchAll(nameRe)][0];
    const scope = next ? tail.slice(0, m[0].length + (next.index ?? 0)) : tail;
    const phone = phonesIn(scope)[0];
    const email = emailsIn(scope)[0];
    out.push({ name: m[0], ...(isPlaceholderName(m[0]) ? { placeholder: true } : {}), position: pos, phone, email, snippet: text.slice(Math.max(0, i - 60), i + 180).replace(/\s+/g, ' ').trim() });
  }
  return out;
}

/**
 * Phone numbers in a text, as written (for snippets). The extractor's recogniser (`findPhoneMatches`, which also
 * fills `facts.phones`), so a number the extractor reads is a number for every check.
 */
export function phonesIn(text: string): string[] {
  return findPhoneMatches(text).map((p) => p.raw);
}

/** E-mail addresses in a text (the extractor's recogniser, lower-cased; "(at)"/"[at]" obfuscations undone). */
export function emailsIn(text: string): string[] {
  return findEmails(text);
}
