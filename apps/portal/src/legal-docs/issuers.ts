/**
 * Canonical issuers (cơ quan ban hành) of Vietnamese legal documents.
 *
 * Portals type the issuer as free text: "Thủ tướng chính phủ" / "Thủ tướng Chính phủ" / "TTg",
 * "Bộ Thông tin và Truyền thông" / "Bộ TT&TT" / "Bộ Thông tin truyền thông" / "BTTTT", "UBND TP Hà Nội" /
 * "Ủy ban nhân dân thành phố Hà Nội" / "Uỷ ban …" (old and new tone placement), "Sở TT&TT Hà Nội", joint issuers
 * "Bộ Tài chính - Bộ thông tin truyền thông" or "BVHTTDL-BTTTT". {@link canonicalIssuer} maps every spelling of
 * one body to one `key`, a display `name` and a `scope`:
 *
 * - `central`: Quốc hội, Ủy ban Thường vụ Quốc hội, Chủ tịch nước, Chính phủ, Thủ tướng, every Bộ and cơ quan ngang
 *   bộ (Ngân hàng Nhà nước, Thanh tra Chính phủ, Văn phòng Chính phủ, Ủy ban Dân tộc, and the ones that existed
 *   2000–2026), the supreme court / procuracy / state audit, central Party bodies (Ban Chấp hành Trung ương, Bộ
 *   Chính trị, Ban Bí thư, Ban … Trung ương), and Tổng cục/Cục of a ministry (no place name).
 * - `province`: the authorities of one province or centrally-run city: UBND/HĐND tỉnh/thành phố X, its Văn phòng,
 *   Sở … X, Thanh tra tỉnh X, Thành ủy/Tỉnh ủy X and its Ban …; they carry `provinceHint` (the province's name)
 *   when the text names it.
 * - `local-agency`: bodies below the province (UBND/HĐND quận, huyện, thị xã, thành phố thuộc tỉnh, xã, phường)
 *   and local branches of central bodies named with a place (Công an tỉnh X, Cục Thuế tỉnh X, Bộ Chỉ huy Quân sự
 *   tỉnh X); `provinceHint` when a province can be read.
 * - `unknown`: text that names no recognisable body ("Đảng" alone).
 *
 * The rules are general (any province, any ministry, abbreviations derived from names), not a table of the
 * strings of one file. Matching works on folded text (no diacritics, lower case, see `foldVietnamese` of
 * `@cong/vi`), so tone placement ("Uỷ"/"Ủy", "hoá"/"hóa") and case never matter.
 *
 * The number (số, ký hiệu) carries the issuing body's abbreviation (Decree 30/2020/NĐ-CP, Appendix I: ký hiệu =
 * abbreviation of the document type + abbreviation of the issuing body; legal normative documents also carry the
 * year), so {@link issuerFromDocumentNumber} reads `/NĐ-CP` → Chính phủ, `/QĐ-TTg` → Thủ tướng, `/QH13` → Quốc hội,
 * `/TT-BTTTT` → Bộ TT&TT, `/PL-UBTVQH13` → UBTVQH, `/TTLT-BTTTT-BVHTTDL` → joint. {@link resolveIssuer} uses it as
 * evidence when the text is ambiguous (see there for the exact rule).
 */
import { foldVietnamese, normalizeConfusables, slugify } from '@cong/vi';

export type IssuerScope = 'central' | 'province' | 'local-agency' | 'unknown';

export interface CanonicalIssuer {
  /** Stable matching key, e.g. `thu-tuong`, `bo:thong-tin-va-truyen-thong`, `ubnd:ha-noi`, `joint:bo:…+bo:…`. */
  key: string;
  /** Display name in Vietnamese, e.g. "Thủ tướng Chính phủ", "Ủy ban nhân dân thành phố Hà Nội". */
  name: string;
  scope: IssuerScope;
  /** Province or centrally-run city (display name) for province-level and local bodies, when known. */
  provinceHint?: string;
  /** For a joint issuer (văn bản liên tịch): the parts, sorted by key. */
  parts?: CanonicalIssuer[];
}

// ---------------------------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------------------------

/** Bound of the memo tables (texts and abbreviations seen): cleared when reached. */
const RECOGNITION_CACHE_SIZE = 5000;

/** Folded words: `"Sở TT&TT Hà Nội"` → `["so", "tt&tt", "ha", "noi"]`. `&` stays inside a word (abbreviations). */
function words(s: string): string[] {
  return foldVietnamese(s)
    .split(/[^a-z0-9&]+/)
    .filter((w) => w !== '' && w !== '&');
}

/** Original words aligned with {@link words} (same split, diacritics kept) for display names. */
function origWords(s: string): string[] {
  return normalizeConfusables(s)
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w !== '' && w !== '&');
}

/** Compact comparison key of a name: folded, without the word "và" and without anything but a–z/0–9. */
function compact(s: string): string {
  return foldVietnamese(s)
    .replace(/&/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && w !== 'va')
    .join('');
}

/**
 * Comparison key of an abbreviation: folded, non-alphanumerics removed, and `dd` read as `d` (Telex input writes
 * `Đ` as `DD`: the file has "BKH&DDT" for BKH&ĐT).
 */
function abbrevKey(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9]+/g, '').replace(/dd/g, 'd');
}

/** Initials of a name, the way Vietnamese abbreviations are built: "Kế hoạch và Đầu tư" → `khdt`. */
function initials(name: string): string {
  return abbrevKey(
    foldVietnamese(name)
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '' && w !== 'va')
      .map((w) => w[0])
      .join(''),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Provinces
// ---------------------------------------------------------------------------------------------------------------

/**
 * Provinces and centrally-run cities, 2000–2026 (64 names).
 *
 * Source: the 61 units of 1997 plus the splits of Nghị quyết 22/2003/QH11 (Đắk Nông, Hậu Giang, Điện Biên; in
 * force 1 Jan 2004) → 64, minus Hà Tây merged into Hà Nội by Nghị quyết 15/2008/QH12 (1 Aug 2008) → 63. Thừa Thiên
 * Huế became the centrally-run city Huế on 1 Jan 2025 (same territory: same key). Nghị quyết 202/2025/QH15 reduced
 * the 63 to 34 from 1 Jul 2025; every one of the 34 keeps the name of one of the 63, so no new name is needed.
 * `city` = thành phố trực thuộc trung ương (display "thành phố X", Party committee "Thành ủy").
 */
const PROVINCES: ReadonlyArray<{ name: string; city?: boolean; aliases?: string[] }> = [
  { name: 'Hà Nội', city: true },
  { name: 'Hồ Chí Minh', city: true, aliases: ['HCM', 'TPHCM', 'Sài Gòn'] },
  { name: 'Hải Phòng', city: true },
  { name: 'Đà Nẵng', city: true },
  { name: 'Cần Thơ', city: true },
  { name: 'Huế', city: true, aliases: ['Thừa Thiên Huế', 'Thừa Thiên - Huế'] },
  { name: 'An Giang' },
  { name: 'Bà Rịa - Vũng Tàu', aliases: ['BRVT'] },
  { name: 'Bắc Giang' },
  { name: 'Bắc Kạn', aliases: ['Bắc Cạn'] },
  { name: 'Bạc Liêu' },
  { name: 'Bắc Ninh' },
  { name: 'Bến Tre' },
  { name: 'Bình Định' },
  { name: 'Bình Dương' },
  { name: 'Bình Phước' },
  { name: 'Bình Thuận' },
  { name: 'Cà Mau' },
  { name: 'Cao Bằng' },
  { name: 'Đắk Lắk', aliases: ['Đắc Lắc', 'Daklak'] },
  { name: 'Đắk Nông', aliases: ['Đắc Nông'] },
  { name: 'Điện Biên' },
  { name: 'Đồng Nai' },
  { name: 'Đồng Tháp' },
  { name: 'Gia Lai' },
  { name: 'Hà Giang' },
  { name: 'Hà Nam' },
  { name: 'Hà Tây' },
  { name: 'Hà Tĩnh' },
  { name: 'Hải Dương' },
  { name: 'Hậu Giang' },
  { name: 'Hòa Bình' },
  { name: 'Hưng Yên' },
  { name: 'Khánh Hòa' },
  { name: 'Kiên Giang' },
  { name: 'Kon Tum' },
  { name: 'Lai Châu' },
  { name: 'Lâm Đồng' },
  { name: 'Lạng Sơn' },
  { name: 'Lào Cai' },
  { name: 'Long An' },
  { name: 'Nam Định' },
  { name: 'Nghệ An' },
  { name: 'Ninh Bình' },
  { name: 'Ninh Thuận' },
  { name: 'Phú Thọ' },
  { name: 'Phú Yên' },
  { name: 'Quảng Bình' },
  { name: 'Quảng Nam' },
  { name: 'Quảng Ngãi' },
  { name: 'Quảng Ninh' },
  { name: 'Quảng Trị' },
  { name: 'Sóc Trăng' },
  { name: 'Sơn La' },
  { name: 'Tây Ninh' },
  { name: 'Thái Bình' },
  { name: 'Thái Nguyên' },
  { name: 'Thanh Hóa' },
  { name: 'Tiền Giang' },
  { name: 'Trà Vinh' },
  { name: 'Tuyên Quang' },
  { name: 'Vĩnh Long' },
  { name: 'Vĩnh Phúc' },
  { name: 'Yên Bái' },
];

interface Province {
  name: string;
  slug: string;
  city: boolean;
}

const PROVINCE_BY_COMPACT = new Map<string, Province>();
for (const p of PROVINCES) {
  const prov: Province = { name: p.name, slug: slugify(p.name), city: p.city === true };
  for (const alias of [p.name, ...(p.aliases ?? [])]) PROVINCE_BY_COMPACT.set(compact(alias), prov);
}
const MAX_PROVINCE_WORDS = 5;

/** The province table entry for a name as written ("tỉnh Bắc Kạn", "Bac Kan", "TP. Hà Nội"), if any. */
function lookupProvince(name: string): Province | undefined {
  const w = words(name);
  const start = w[0] === 'tinh' ? 1 : w[0] === 'tp' ? 1 : w[0] === 'thanh' && w[1] === 'pho' ? 2 : 0;
  return PROVINCE_BY_COMPACT.get(w.slice(start).join(''));
}

/**
 * Stable key of a province name for comparisons ("Bắc Kạn", "tỉnh Bắc Kạn", "Bac Kan" → `bac-kan`; Thừa Thiên
 * Huế → `hue`). Names not in the table are slugified.
 */
export function provinceKey(name: string): string {
  return lookupProvince(name)?.slug ?? slugify(name.replace(/^\s*(tỉnh|thành phố|tp\.?)\s+/iu, ''));
}

// ---------------------------------------------------------------------------------------------------------------
// Central bodies
// ---------------------------------------------------------------------------------------------------------------

type Family = 'government' | 'assembly' | 'party-central';

interface CentralBody {
  key: string;
  name: string;
  /** Regular expression over the folded words joined by single spaces. */
  text: RegExp;
  /** Abbreviation(s) used in document numbers (compared with {@link abbrevKey}). */
  codes?: RegExp;
  family?: Family;
  /** A generic member of its family (a text naming it may be refined by a more specific number). */
  generic?: boolean;
}

/**
 * Central bodies other than ministries. Sources: Constitution 2013 (Quốc hội, UBTVQH, Chủ tịch nước, Chính phủ,
 * Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Kiểm toán nhà nước); cơ quan ngang bộ as listed in the
 * Government-structure resolutions of the National Assembly: Nghị quyết 02/2002/QH11 (2002–2007: Ủy ban Dân tộc,
 * Ủy ban Thể dục Thể thao, Ủy ban Dân số, Gia đình và Trẻ em, Thanh tra Nhà nước/Chính phủ, Ngân hàng Nhà nước,
 * Văn phòng Chính phủ), Nghị quyết 01/2007/QH12 (2007–: Ủy ban Dân tộc, Thanh tra Chính phủ, Ngân hàng Nhà nước,
 * Văn phòng Chính phủ; kept in the 2011 and 2016 terms), Nghị quyết 08/2021/QH15 (23 Jul 2021) and Nghị quyết
 * 176/2025/QH15 (18 Feb 2025: Ngân hàng Nhà nước, Thanh tra Chính phủ, Văn phòng Chính phủ). Before 2002 the
 * Ban Tổ chức - Cán bộ Chính phủ was ministry-level (became Bộ Nội vụ). Party: Điều lệ Đảng (Ban Chấp hành Trung
 * ương, Bộ Chính trị, Ban Bí thư, Ủy ban Kiểm tra Trung ương); documents of the Party centre are numbered "…/TW".
 */
const CENTRAL_BODIES: readonly CentralBody[] = [
  { key: 'quoc-hoi', name: 'Quốc hội', text: /^quoc hoi( (khoa|nuoc) .*)?$/, codes: /^qh\d*$/, family: 'assembly' },
  {
    key: 'ubtvqh',
    name: 'Ủy ban Thường vụ Quốc hội',
    text: /^(uy ban thuong vu quoc hoi|ub thuong vu quoc hoi|ubtv quoc hoi|ubtvqh\d*)( khoa .*)?$/,
    codes: /^ubtvqh\d*$/,
    family: 'assembly',
  },
  { key: 'chu-tich-nuoc', name: 'Chủ tịch nước', text: /^chu tich nuoc( .*)?$/, codes: /^ctn$/ },
  { key: 'chinh-phu', name: 'Chính phủ', text: /^chinh phu( nuoc .*)?$/, codes: /^cp$/, family: 'government' },
  { key: 'thu-tuong', name: 'Thủ tướng Chính phủ', text: /^thu tuong( chinh phu| cp)?$/, codes: /^ttg$/, family: 'government' },
  {
    key: 'van-phong-chinh-phu',
    name: 'Văn phòng Chính phủ',
    text: /^van phong chinh phu$/,
    codes: /^vpcp$/,
    family: 'government',
  },
  { key: 'thanh-tra-chinh-phu', name: 'Thanh tra Chính phủ', text: /^thanh tra (chinh phu|nha nuoc)$/, codes: /^ttcp$/ },
  { key: 'ngan-hang-nha-nuoc', name: 'Ngân hàng Nhà nước Việt Nam', text: /^ngan hang nha nuoc( viet nam)?$/, codes: /^nhnn$/ },
  { key: 'uy-ban-dan-toc', name: 'Ủy ban Dân tộc', text: /^(uy ban dan toc( va mien nui)?|ubdt)$/, codes: /^ubdt$/ },
  { key: 'uy-ban-the-duc-the-thao', name: 'Ủy ban Thể dục Thể thao', text: /^uy ban the duc the thao$/, codes: /^ubtdtt$/ },
  {
    key: 'uy-ban-dan-so-gia-dinh-va-tre-em',
    name: 'Ủy ban Dân số, Gia đình và Trẻ em',
    text: /^uy ban dan so gia dinh va tre em$/,
    codes: /^ubdsgdte$/,
  },
  {
    key: 'ban-to-chuc-can-bo-chinh-phu',
    name: 'Ban Tổ chức - Cán bộ Chính phủ',
    text: /^ban to chuc can bo chinh phu$/,
    codes: /^btccbcp$/,
  },
  { key: 'toa-an-nhan-dan-toi-cao', name: 'Tòa án nhân dân tối cao', text: /^toa an nhan dan toi cao$/, codes: /^tandtc$/ },
  {
    key: 'vien-kiem-sat-nhan-dan-toi-cao',
    name: 'Viện kiểm sát nhân dân tối cao',
    text: /^vien kiem sat nhan dan toi cao$/,
    codes: /^vksndtc$/,
  },
  { key: 'kiem-toan-nha-nuoc', name: 'Kiểm toán nhà nước', text: /^kiem toan nha nuoc$/, codes: /^ktnn$/ },
  // Central Party bodies.
  {
    key: 'tw:ban-chap-hanh-trung-uong',
    name: 'Ban Chấp hành Trung ương Đảng',
    text: /^(ban chap hanh trung uong|bch trung uong|bch tw|bchtw|trung uong|tw)( dang( cong san viet nam)?)?$|^trung uong dang$/,
    codes: /^(tw|bchtw)$/,
    family: 'party-central',
    generic: true,
  },
  { key: 'tw:bo-chinh-tri', name: 'Bộ Chính trị', text: /^bo chinh tri$/, family: 'party-central' },
  { key: 'tw:ban-bi-thu', name: 'Ban Bí thư', text: /^ban bi thu( trung uong( dang)?)?$/, family: 'party-central' },
  {
    key: 'tw:uy-ban-kiem-tra-trung-uong',
    name: 'Ủy ban Kiểm tra Trung ương',
    text: /^(uy ban kiem tra trung uong|ubkttw)$/,
    codes: /^ubkttw$/,
    family: 'party-central',
  },
  {
    key: 'tw:van-phong-trung-uong-dang',
    name: 'Văn phòng Trung ương Đảng',
    text: /^van phong trung uong( dang)?$/,
    codes: /^vptw$/,
    family: 'party-central',
  },
];

/**
 * Boards (Ban) of a Party committee, by the letters between `B` and `TW`/`TU` in document numbers ("BTGTW" = Ban
 * Tuyên giáo Trung ương, "BTGTU" = Ban Tuyên giáo Thành ủy/Tỉnh ủy). Source: Quy định of the Politburo on the
 * Party's advisory boards (2018 list; 2025 merger of Tuyên giáo and Dân vận into "Ban Tuyên giáo và Dân vận", and
 * Ban Chính sách, chiến lược).
 */
const PARTY_BOARDS: ReadonlyArray<{ name: string; code: string }> = [
  { name: 'Tuyên giáo', code: 'tg' },
  { name: 'Tổ chức', code: 'tc' },
  { name: 'Dân vận', code: 'dv' },
  { name: 'Kinh tế', code: 'kt' },
  { name: 'Đối ngoại', code: 'dn' },
  { name: 'Nội chính', code: 'nc' },
  { name: 'Tuyên giáo và Dân vận', code: 'tgdv' },
  { name: 'Chính sách, chiến lược', code: 'cscl' },
  { name: 'Bảo vệ chính trị nội bộ', code: 'bvctnb' },
];
const PARTY_BOARD_BY_COMPACT = new Map(PARTY_BOARDS.map((b) => [compact(b.name), b] as const));
const PARTY_BOARD_BY_CODE = new Map(PARTY_BOARDS.map((b) => [b.code, b] as const));

// ---------------------------------------------------------------------------------------------------------------
// Ministries
// ---------------------------------------------------------------------------------------------------------------

/**
 * Ministries (Bộ) that existed at any time 2000–2026, with the name of the ministry (after "Bộ").
 *
 * Sources: Nghị quyết 02/2002/QH11 (Government structure 2002: Bộ Nội vụ from the Ban Tổ chức - Cán bộ Chính
 * phủ; Bộ Khoa học và Công nghệ and Bộ Tài nguyên và Môi trường from Bộ Khoa học, Công nghệ và Môi trường; Bộ Bưu
 * chính, Viễn thông created); Nghị quyết 01/2007/QH12 (2007: Bộ Công Thương from Thương mại + Công nghiệp; Bộ Nông
 * nghiệp và Phát triển nông thôn absorbs Thủy sản; Bộ Văn hóa, Thể thao và Du lịch from Văn hóa - Thông tin and
 * the sports committee; Bộ Thông tin và Truyền thông from Bưu chính, Viễn thông — Decree 187/2007/NĐ-CP); the
 * 2011, 2016 and Nghị quyết 08/2021/QH15 structures keep the 2007 list (18 ministries); Nghị quyết 176/2025/QH15
 * (from 1 Mar 2025, 14 ministries: Bộ Tài chính absorbs Kế hoạch và Đầu tư; Bộ Nội vụ absorbs Lao động - Thương binh
 * và Xã hội; Bộ Xây dựng absorbs Giao thông vận tải; Bộ Nông nghiệp và Môi trường from Nông nghiệp và PTNT + Tài
 * nguyên và Môi trường; Bộ Khoa học và Công nghệ absorbs Thông tin và Truyền thông; Bộ Dân tộc và Tôn giáo new).
 *
 * Predecessor and successor ministries keep distinct keys: a 2006 decision of Bộ Bưu chính, Viễn thông was not
 * issued by Bộ Thông tin và Truyền thông.
 *
 * The abbreviation used in document numbers is "B" + the initials of the name (BTTTT, BKHĐT, BLĐTBXH, BVHTTDL…),
 * derived by {@link initials}; `codes` lists extra abbreviations seen in practice.
 */
const MINISTRIES: ReadonlyArray<{ name: string; aliases?: string[]; codes?: string[] }> = [
  { name: 'Quốc phòng' },
  { name: 'Công an' },
  { name: 'Ngoại giao' },
  { name: 'Nội vụ' },
  { name: 'Tư pháp' },
  { name: 'Tài chính' },
  { name: 'Kế hoạch và Đầu tư', codes: ['BKH'] },
  { name: 'Lao động - Thương binh và Xã hội', aliases: ['Lao động Thương binh Xã hội'] },
  { name: 'Giáo dục và Đào tạo' },
  { name: 'Y tế' },
  { name: 'Xây dựng' },
  { name: 'Giao thông vận tải' },
  { name: 'Nông nghiệp và Phát triển nông thôn', aliases: ['Nông nghiệp và PTNT'], codes: ['BNN'] },
  { name: 'Tài nguyên và Môi trường' },
  { name: 'Khoa học, Công nghệ và Môi trường' },
  { name: 'Khoa học và Công nghệ' },
  { name: 'Thông tin và Truyền thông' },
  { name: 'Bưu chính, Viễn thông' },
  { name: 'Văn hóa - Thông tin' },
  { name: 'Văn hóa, Thể thao và Du lịch' },
  { name: 'Thương mại' },
  { name: 'Công nghiệp' },
  { name: 'Công Thương' },
  { name: 'Thủy sản' },
  { name: 'Nông nghiệp và Môi trường' },
  { name: 'Dân tộc và Tôn giáo' },
];

interface Ministry {
  name: string;
  slug: string;
}

const MINISTRY_BY_NAME = new Map<string, Ministry>();
const MINISTRY_BY_INITIALS = new Map<string, Ministry>();
for (const m of MINISTRIES) {
  const entry: Ministry = { name: m.name, slug: slugify(m.name) };
  for (const alias of [m.name, ...(m.aliases ?? [])]) {
    MINISTRY_BY_NAME.set(compact(alias), entry);
    MINISTRY_BY_INITIALS.set(initials(alias), entry);
  }
  for (const code of m.codes ?? []) MINISTRY_BY_INITIALS.set(abbrevKey(code).replace(/^b/, ''), entry);
}

/** A ministry from the words after "Bộ"/"Sở": full name ("thông tin truyền thông") or initials ("TT&TT"). */
function lookupMinistry(nameAfterBo: string): Ministry | undefined {
  return MINISTRY_BY_NAME.get(compact(nameAfterBo)) ?? MINISTRY_BY_INITIALS.get(abbrevKey(nameAfterBo));
}

function ministryIssuer(m: Ministry): CanonicalIssuer {
  return { key: `bo:${m.slug}`, name: `Bộ ${m.name}`, scope: 'central' };
}

// ---------------------------------------------------------------------------------------------------------------
// Places (province / local) after a body's head words
// ---------------------------------------------------------------------------------------------------------------

interface Place {
  /** Province, when read. */
  province?: Province | { name: string; slug: string; city: boolean };
  /** The place is below province level (quận, huyện, thị xã, xã, phường, thị trấn, thành phố thuộc tỉnh). */
  local: boolean;
  /** Text of the local unit, if any (original spelling). */
  localName?: string;
}

const LOCAL_MARKERS: readonly string[][] = [['quan'], ['huyen'], ['thi', 'xa'], ['thi', 'tran'], ['xa'], ['phuong']];

function startsWith(w: readonly string[], prefix: readonly string[], at = 0): boolean {
  return prefix.every((p, i) => w[at + i] === p);
}

/** Length of a province marker at `at` ("tỉnh", "thành phố", "tp"), or 0. */
function provinceMarker(w: readonly string[], at: number): number {
  if (w[at] === 'tinh') return 1;
  if (w[at] === 'tp') return 1;
  if (w[at] === 'thanh' && w[at + 1] === 'pho') return 2;
  return 0;
}

/** Reads the place named by `w[from..]` (folded) / `o[from..]` (original). */
function readPlace(w: readonly string[], o: readonly string[], from: number): Place | undefined {
  const rest = w.slice(from);
  if (rest.length === 0) return undefined;
  const whole = PROVINCE_BY_COMPACT.get(rest.join(''));
  if (whole) return { province: whole, local: false };
  const marker = provinceMarker(w, from);
  if (marker > 0) {
    const name = w.slice(from + marker);
    const prov = PROVINCE_BY_COMPACT.get(name.join(''));
    if (prov) return { province: prov, local: false };
    if (name.length === 0) return undefined;
    // "tỉnh X" with X not in the table: keep the name as written (the table may be outdated), a province.
    if (w[from] === 'tinh') {
      const written = o.slice(from + marker).join(' ');
      return { province: { name: written, slug: slugify(written), city: false }, local: false };
    }
    // "thành phố X" that is not a province-level city: a city of a province (local).
    return localPlace(w, o, from, from + marker);
  }
  const localMarker = LOCAL_MARKERS.find((m) => startsWith(w, m, from));
  if (localMarker) return localPlace(w, o, from, from + localMarker.length);
  return undefined;
}

/** A local unit "huyện Ba Bể tỉnh Bắc Kạn" from `from`; `nameFrom` is after its marker word(s). */
function localPlace(w: readonly string[], o: readonly string[], from: number, nameFrom: number): Place {
  for (let k = Math.min(MAX_PROVINCE_WORDS, w.length - nameFrom - 1); k >= 1; k -= 1) {
    const prov = PROVINCE_BY_COMPACT.get(w.slice(w.length - k).join(''));
    if (prov) {
      let cut = w.length - k;
      if (cut - 1 > nameFrom && provinceMarker(w, cut - 1) === 1) cut -= 1;
      else if (cut - 2 > nameFrom && provinceMarker(w, cut - 2) === 2) cut -= 2;
      return { province: prov, local: true, localName: o.slice(from, cut).join(' ') };
    }
  }
  return { local: true, localName: o.slice(from).join(' ') };
}

/**
 * Splits `w[from..]` into a body name and a trailing place: "thông tin và truyền thông hà nội" →
 * ("thông tin và truyền thông", Hà Nội); "tt&tt thành phố hà nội" → ("tt&tt", Hà Nội); no place → place undefined.
 */
function splitNameAndPlace(
  w: readonly string[],
  o: readonly string[],
  from: number,
): { nameW: string[]; nameO: string[]; place?: Place } {
  // An explicit marker (tỉnh / thành phố / tp), searched from the right.
  for (let i = w.length - 1; i > from; i -= 1) {
    if (provinceMarker(w, i) > 0 && i + provinceMarker(w, i) < w.length) {
      const place = readPlace(w, o, i);
      if (place) return { nameW: w.slice(from, i), nameO: o.slice(from, i), place };
    }
  }
  // A known province at the end.
  for (let k = Math.min(MAX_PROVINCE_WORDS, w.length - from - 1); k >= 1; k -= 1) {
    const prov = PROVINCE_BY_COMPACT.get(w.slice(w.length - k).join(''));
    if (prov) {
      return { nameW: w.slice(from, w.length - k), nameO: o.slice(from, w.length - k), place: { province: prov, local: false } };
    }
  }
  return { nameW: w.slice(from), nameO: o.slice(from) };
}

function provinceLabel(p: Place['province']): string {
  if (!p) return '';
  return `${p.city ? 'thành phố' : 'tỉnh'} ${p.name}`;
}

const UNKNOWN = 'unknown';

// ---------------------------------------------------------------------------------------------------------------
// One body from text
// ---------------------------------------------------------------------------------------------------------------

interface Recognised {
  issuer: CanonicalIssuer;
  /**
   * 2: a listed body or a well-formed pattern (accepted at once); 1: a guess (an unlisted "Bộ X", a body followed
   * by a place, a Cục) — a joint split is tried first; 0: nothing recognised.
   */
  confidence: 0 | 1 | 2;
}

function unknownIssuer(text: string): CanonicalIssuer {
  const name = normalizeConfusables(text).replace(/\s+/g, ' ').trim();
  return { key: `unknown:${slugify(name) || '-'}`, name, scope: 'unknown' };
}

const UBND_HEADS: readonly string[][] = [['ubnd'], ['uy', 'ban', 'nhan', 'dan'], ['ub', 'nd']];
const HDND_HEADS: readonly string[][] = [['hdnd'], ['hoi', 'dong', 'nhan', 'dan']];

function headLength(w: readonly string[], heads: readonly string[][], at = 0): number {
  for (const h of heads) if (startsWith(w, h, at)) return h.length;
  return 0;
}

function provinceBody(
  kind: 'ubnd' | 'hdnd' | 'vp-ubnd',
  w: readonly string[],
  o: readonly string[],
  from: number,
): CanonicalIssuer {
  const place = readPlace(w, o, from);
  const label = { ubnd: 'Ủy ban nhân dân', hdnd: 'Hội đồng nhân dân', 'vp-ubnd': 'Văn phòng Ủy ban nhân dân' }[kind];
  if (place?.local) {
    const localName = place.localName ?? '';
    const prov = place.province;
    return {
      key: `local:${prov?.slug ?? UNKNOWN}:${kind}-${slugify(localName)}`,
      name: `${label} ${localName}${prov ? `, ${provinceLabel(prov)}` : ''}`,
      scope: 'local-agency',
      ...(prov ? { provinceHint: prov.name } : {}),
    };
  }
  if (place?.province) {
    return {
      key: `${kind}:${place.province.slug}`,
      name: `${label} ${provinceLabel(place.province)}`,
      scope: 'province',
      provinceHint: place.province.name,
    };
  }
  if (w.length > from) {
    // "UBND <something that is no place>": keep as written, scope unknown.
    return unknownIssuer(o.join(' '));
  }
  return { key: `${kind}:${UNKNOWN}`, name: `${label} (tỉnh/thành phố chưa rõ)`, scope: 'province' };
}

function partyCommittee(p: Place['province'] | undefined, cityWord: string | undefined): { key: string; name: string } {
  if (!p) {
    const label = cityWord === 'thanh' ? 'Thành ủy' : cityWord === 'tinh' ? 'Tỉnh ủy' : 'Tỉnh ủy/Thành ủy';
    return { key: `tinh-uy:${UNKNOWN}`, name: `${label} (chưa rõ tỉnh/thành phố)` };
  }
  return { key: `tinh-uy:${p.slug}`, name: `${p.city ? 'Thành ủy' : 'Tỉnh ủy'} ${p.name}` };
}

function boardSlug(nameW: readonly string[], nameO: readonly string[]): { slug: string; name: string } {
  const known = PARTY_BOARD_BY_COMPACT.get(nameW.join('')) ?? PARTY_BOARD_BY_COMPACT.get(compact(nameO.join(' ')));
  const name = known?.name ?? nameO.join(' ');
  return { slug: slugify(name), name };
}

/** Strips leading titles and signing formulas: "Bộ trưởng Bộ X" → "Bộ X", "TM. UBND …" → "UBND …". */
function stripTitles(w: string[], o: string[]): void {
  let changed = true;
  while (changed && w.length > 1) {
    changed = false;
    const drop = (n: number): void => {
      w.splice(0, n);
      o.splice(0, n);
      changed = true;
    };
    if (['tm', 'kt', 'tl', 'tuq', 'q'].includes(w[0]!) && w.length > 1) drop(1);
    else if ((startsWith(w, ['bo', 'truong']) || startsWith(w, ['thu', 'truong'])) && w[2] === 'bo') drop(2);
    else if (startsWith(w, ['pho', 'chu', 'tich']) && w.length > 3 && w[3] !== 'nuoc') drop(3);
    else if (startsWith(w, ['chu', 'tich']) && w[2] !== 'nuoc' && w.length > 2) drop(2);
    else if (startsWith(w, ['pho', 'giam', 'doc']) && w[3] === 'so') drop(3);
    else if (startsWith(w, ['giam', 'doc']) && w[2] === 'so') drop(2);
  }
}

const codeCache = new Map<string, CanonicalIssuer | null>();

/** Recognises one body from an abbreviation alone ("TTg", "BTTTT", "UBND", "STTTT", "BTGTW", "QH13"). */
export function issuerFromCode(code: string): CanonicalIssuer | undefined {
  let found = codeCache.get(code);
  if (found === undefined) {
    found = issuerFromCodeUncached(code) ?? null;
    if (codeCache.size >= RECOGNITION_CACHE_SIZE) codeCache.clear();
    codeCache.set(code, found);
  }
  return found === null ? undefined : structuredClone(found);
}

function issuerFromCodeUncached(code: string): CanonicalIssuer | undefined {
  const k = abbrevKey(code);
  if (k === '') return undefined;
  for (const b of CENTRAL_BODIES) if (b.codes?.test(k)) return { key: b.key, name: b.name, scope: 'central' };
  if (k.startsWith('b') && k.length > 1) {
    const m = MINISTRY_BY_INITIALS.get(k.slice(1));
    if (m) return ministryIssuer(m);
  }
  if (k === 'ubnd' || k === 'ub') return { key: `ubnd:${UNKNOWN}`, name: 'Ủy ban nhân dân (tỉnh/thành phố chưa rõ)', scope: 'province' };
  if (k === 'hdnd') return { key: `hdnd:${UNKNOWN}`, name: 'Hội đồng nhân dân (tỉnh/thành phố chưa rõ)', scope: 'province' };
  if (k === 'tu') return { ...partyCommittee(undefined, undefined), scope: 'province' };
  // Boards of the Party centre ("BTGTW") or of a provincial committee ("BTGTU").
  const board = /^b([a-z]+)(tw|tu)$/.exec(k);
  if (board) {
    const b = PARTY_BOARD_BY_CODE.get(board[1]!);
    if (board[2] === 'tw') {
      return b
        ? { key: `tw:ban-${slugify(b.name)}`, name: `Ban ${b.name} Trung ương`, scope: 'central' }
        : { key: `tw:ban-${board[1]}`, name: `Ban ${code.toUpperCase()} (Trung ương)`, scope: 'central' };
    }
    const slug = b ? slugify(b.name) : board[1]!;
    return {
      key: `tinh-uy:${UNKNOWN}:ban-${slug}`,
      name: `Ban ${b?.name ?? code.toUpperCase()} Tỉnh ủy/Thành ủy (chưa rõ tỉnh/thành phố)`,
      scope: 'province',
    };
  }
  // Sở: "S" + the initials of the matching ministry (STTTT = Sở Thông tin và Truyền thông).
  if (k.startsWith('s') && k.length > 2) {
    const m = MINISTRY_BY_INITIALS.get(k.slice(1));
    if (m) return { key: `so:${UNKNOWN}:${m.slug}`, name: `Sở ${m.name} (tỉnh/thành phố chưa rõ)`, scope: 'province' };
  }
  return undefined;
}

function recogniseSingle(text: string): Recognised {
  const cleaned = normalizeConfusables(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const w = words(cleaned);
  const o = origWords(cleaned);
  if (w.length === 0 || w.length !== o.length) return { issuer: unknownIssuer(text), confidence: 0 };
  stripTitles(w, o);
  const joined = w.join(' ');

  for (const b of CENTRAL_BODIES) {
    if (b.text.test(joined)) return { issuer: { key: b.key, name: b.name, scope: 'central' }, confidence: 2 };
  }
  if (w.length === 1) {
    const byCode = issuerFromCode(o[0]!);
    if (byCode) return { issuer: byCode, confidence: 2 };
  }

  // Party: Ban X Trung ương / Ban X Thành ủy|Tỉnh ủy Y / Thành ủy|Tỉnh ủy Y.
  if (w[0] === 'ban' && w.length >= 3) {
    const last = w[w.length - 1];
    if (last === 'tw' || (last === 'uong' && w[w.length - 2] === 'trung') || (last === 'dang' && w[w.length - 2] === 'uong')) {
      const end = last === 'tw' ? w.length - 1 : last === 'dang' ? w.length - 3 : w.length - 2;
      const b = boardSlug(w.slice(1, end), o.slice(1, end));
      return { issuer: { key: `tw:ban-${b.slug}`, name: `Ban ${b.name} Trung ương`, scope: 'central' }, confidence: 2 };
    }
    for (let i = 2; i < w.length; i += 1) {
      if ((w[i] === 'thanh' || w[i] === 'tinh') && w[i + 1] === 'uy') {
        const place = readPlace(w, o, i + 2);
        const c = partyCommittee(place?.province, w[i]);
        const b = boardSlug(w.slice(1, i), o.slice(1, i));
        const committee = c.name;
        return {
          issuer: {
            key: `${c.key}:ban-${b.slug}`,
            name: `Ban ${b.name} ${committee}`,
            scope: 'province',
            ...(place?.province ? { provinceHint: place.province.name } : {}),
          },
          confidence: 2,
        };
      }
    }
  }
  if ((w[0] === 'thanh' || w[0] === 'tinh') && w[1] === 'uy') {
    const place = readPlace(w, o, 2);
    const c = partyCommittee(place?.province, w[0]);
    return {
      issuer: { ...c, scope: 'province', ...(place?.province ? { provinceHint: place.province.name } : {}) },
      confidence: w.length === 2 || place?.province !== undefined ? 2 : 1,
    };
  }

  // State bodies of a province or below.
  const vp = w[0] === 'van' && w[1] === 'phong' ? headLength(w, UBND_HEADS, 2) : 0;
  if (vp > 0) return { issuer: provinceBody('vp-ubnd', w, o, 2 + vp), confidence: 2 };
  const ubnd = headLength(w, UBND_HEADS);
  if (ubnd > 0) {
    const issuer = provinceBody('ubnd', w, o, ubnd);
    return { issuer, confidence: issuer.scope !== 'unknown' ? 2 : 0 };
  }
  const hdnd = headLength(w, HDND_HEADS);
  if (hdnd > 0) {
    const issuer = provinceBody('hdnd', w, o, hdnd);
    return { issuer, confidence: issuer.scope !== 'unknown' ? 2 : 0 };
  }
  if (w[0] === 'so' && w.length >= 2) {
    const { nameW, nameO, place } = splitNameAndPlace(w, o, 1);
    if (nameW.length > 0) {
      const m = lookupMinistry(nameW.join(' '));
      const dept = m ? { slug: m.slug, name: m.name } : { slug: slugify(nameO.join(' ')), name: nameO.join(' ') };
      const prov = place?.province;
      if (place?.local) {
        return {
          issuer: {
            key: `local:${prov?.slug ?? UNKNOWN}:so-${dept.slug}-${slugify(place.localName ?? '')}`,
            name: `Sở ${dept.name} ${place.localName ?? ''}`.trim(),
            scope: 'local-agency',
            ...(prov ? { provinceHint: prov.name } : {}),
          },
          confidence: 2,
        };
      }
      return {
        issuer: {
          key: `so:${prov?.slug ?? UNKNOWN}:${dept.slug}`,
          name: prov ? `Sở ${dept.name} ${provinceLabel(prov)}` : `Sở ${dept.name} (tỉnh/thành phố chưa rõ)`,
          scope: 'province',
          ...(prov ? { provinceHint: prov.name } : {}),
        },
        confidence: m !== undefined || prov !== undefined ? 2 : 1,
      };
    }
  }
  if (w[0] === 'thanh' && w[1] === 'tra' && w.length > 2) {
    const place = readPlace(w, o, 2);
    if (place?.province && !place.local) {
      return {
        issuer: {
          key: `thanh-tra:${place.province.slug}`,
          name: `Thanh tra ${provinceLabel(place.province)}`,
          scope: 'province',
          provinceHint: place.province.name,
        },
        confidence: 2,
      };
    }
  }

  // Ministries.
  if (w[0] === 'bo' && w.length >= 2) {
    const m = lookupMinistry(w.slice(1).join(' '));
    if (m) return { issuer: ministryIssuer(m), confidence: 2 };
  }

  // Any other body followed by a place: a local branch (Công an tỉnh X, Cục Thuế tỉnh X, Bộ Chỉ huy Quân sự tỉnh X).
  const split = splitNameAndPlace(w, o, 0);
  if (split.place && split.nameW.length > 0) {
    const prov = split.place.province;
    const bodyName = split.nameO.join(' ');
    return {
      issuer: {
        key: `local:${prov?.slug ?? UNKNOWN}:${slugify(bodyName)}${split.place.local ? `-${slugify(split.place.localName ?? '')}` : ''}`,
        name: `${bodyName} ${split.place.local ? split.place.localName ?? '' : provinceLabel(prov)}`.trim(),
        scope: 'local-agency',
        ...(prov ? { provinceHint: prov.name } : {}),
      },
      confidence: 1,
    };
  }

  // Agencies of a ministry without a place: Tổng cục X, Cục X → central.
  if ((w[0] === 'tong' && w[1] === 'cuc' && w.length > 2) || (w[0] === 'cuc' && w.length > 1)) {
    const name = o.join(' ');
    return { issuer: { key: `cuc:${slugify(name)}`, name, scope: 'central' }, confidence: 1 };
  }

  // Fallback: an unlisted "Bộ X" (a ministry this table does not know) — accepted only if no joint split works.
  if (w[0] === 'bo' && w.length >= 2 && !w.includes('bo', 1)) {
    const name = o.slice(1).join(' ');
    return { issuer: { key: `bo:${slugify(name)}`, name: `Bộ ${name}`, scope: 'central' }, confidence: 1 };
  }
  return { issuer: unknownIssuer(text), confidence: 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// Joint issuers
// ---------------------------------------------------------------------------------------------------------------

/** Separators between the parts of a joint issuer: dashes, commas, semicolons, "+", and "và"/"với" before a body. */
const PART_SEPARATOR =
  /\s*[-,;+]\s*|\s+(?:và|với)\s+(?=(?:bộ|ubnd|ủy ban|uỷ ban|sở|ngân hàng|thanh tra|văn phòng|hđnd|hội đồng)\s)/giu;

/** Builds the joint issuer of several parts (deduplicated, sorted by key); one part → that part. */
export function jointIssuer(parts: readonly CanonicalIssuer[]): CanonicalIssuer {
  const byKey = new Map<string, CanonicalIssuer>();
  for (const p of parts) for (const q of p.parts ?? [p]) byKey.set(q.key, q);
  const unique = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (unique.length === 1) return unique[0]!;
  const nonCentral = unique.filter((p) => p.scope !== 'central');
  let scope: IssuerScope = 'central';
  let provinceHint: string | undefined;
  if (nonCentral.length > 0) {
    const provinces = new Set(nonCentral.map((p) => (p.provinceHint ? provinceKey(p.provinceHint) : UNKNOWN)));
    const first = nonCentral[0]!;
    scope = nonCentral.some((p) => p.scope === 'unknown')
      ? 'unknown'
      : nonCentral.every((p) => p.scope === 'local-agency')
        ? 'local-agency'
        : 'province';
    provinceHint = provinces.size === 1 ? first.provinceHint : undefined;
  }
  return {
    key: `joint:${unique.map((p) => p.key).join('+')}`,
    name: unique.map((p) => p.name).join(' - '),
    scope,
    ...(provinceHint ? { provinceHint } : {}),
    parts: unique,
  };
}

/** A piece of issuer text that looks like a unit abbreviation ("CTV", "KGVX"): one word, no lower-case letters. */
function looksLikeUnitCode(s: string): boolean {
  const t = normalizeConfusables(s).trim();
  return /^[\p{Lu}\p{N}&.]+$/u.test(t) && t.length <= 12;
}

export interface TextRecognition {
  issuer: CanonicalIssuer;
  /** Unit abbreviations dropped after a body ("BTTTT-CTV": CTV is the drafting unit, not an issuer). */
  droppedUnits: string[];
}

const recognitionCache = new Map<string, TextRecognition>();

/** Recognises issuer text, including joint issuers (memoised: an import file repeats a few dozen spellings). */
export function recogniseIssuerText(text: string): TextRecognition {
  let result = recognitionCache.get(text);
  if (!result) {
    result = recogniseIssuerTextUncached(text);
    if (recognitionCache.size >= RECOGNITION_CACHE_SIZE) recognitionCache.clear();
    recognitionCache.set(text, result);
  }
  // Copies: callers may modify what they get without changing the cache.
  return { issuer: structuredClone(result.issuer), droppedUnits: [...result.droppedUnits] };
}

function recogniseIssuerTextUncached(text: string): TextRecognition {
  const whole = recogniseSingle(text);
  if (whole.confidence === 2) return { issuer: whole.issuer, droppedUnits: [] };

  // Split into pieces, keeping their original text and separators; group consecutive pieces greedily: at each
  // position the longest run recognised with confidence 2, else the longest with confidence 1.
  const normal = normalizeConfusables(text).replace(/\s+/g, ' ').trim();
  const pieces: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of normal.matchAll(PART_SEPARATOR)) {
    pieces.push(normal.slice(last, m.index));
    seps.push(m[0]);
    last = m.index! + m[0].length;
  }
  pieces.push(normal.slice(last));
  if (pieces.length > 1) {
    const joinRun = (i: number, j: number): string => {
      let joined = pieces[i]!;
      for (let k = i + 1; k <= j; k += 1) joined += seps[k - 1]! + pieces[k]!;
      return joined;
    };
    const groups: Array<{ text: string; rec?: CanonicalIssuer }> = [];
    let i = 0;
    while (i < pieces.length) {
      let found: { j: number; rec: CanonicalIssuer } | undefined;
      for (const wanted of [2, 1] as const) {
        for (let j = pieces.length - 1; j >= i && !found; j -= 1) {
          if (i === 0 && j === pieces.length - 1) continue; // the whole text, already tried
          const r = recogniseSingle(joinRun(i, j));
          if (r.confidence === wanted) found = { j, rec: r.issuer };
        }
        if (found) break;
      }
      if (found) {
        groups.push({ text: joinRun(i, found.j), rec: found.rec });
        i = found.j + 1;
      } else {
        groups.push({ text: pieces[i]! });
        i += 1;
      }
    }
    const recognised = groups.filter((g) => g.rec).map((g) => g.rec!);
    const unrecognised = groups.filter((g) => !g.rec).map((g) => g.text.trim()).filter((t) => t !== '');
    if (recognised.length > 0 && groups[0]!.rec && unrecognised.every(looksLikeUnitCode)) {
      return { issuer: jointIssuer(recognised), droppedUnits: unrecognised };
    }
  }
  return { issuer: whole.issuer, droppedUnits: [] };
}

/**
 * The canonical issuer of a free-text issuer ("cơ quan ban hành").
 *
 * @param raw the issuer as written
 * @param documentNumber optional số, ký hiệu, used as evidence when the text is ambiguous (see {@link resolveIssuer})
 * @returns `null` when `raw` is empty; otherwise the issuer (scope `unknown` when nothing is recognised)
 */
export function canonicalIssuer(raw: string | null | undefined, documentNumber?: string): CanonicalIssuer | null {
  return resolveIssuer(raw, documentNumber).issuer;
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence from the document number
// ---------------------------------------------------------------------------------------------------------------

/**
 * Type abbreviations in document numbers → document type (Decree 30/2020/NĐ-CP Appendix III for administrative
 * documents; Law 80/2015/QH13 / Decree 34/2016/NĐ-CP for normative ones; Party: Quy định 66-QĐ/TW on Party
 * document forms). Keys are {@link abbrevKey}s.
 */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  qd: 'Quyết định',
  nd: 'Nghị định',
  tt: 'Thông tư',
  ttlt: 'Thông tư liên tịch',
  nq: 'Nghị quyết',
  nqlt: 'Nghị quyết liên tịch',
  ct: 'Chỉ thị',
  kh: 'Kế hoạch',
  tb: 'Thông báo',
  cd: 'Công điện',
  bc: 'Báo cáo',
  hd: 'Hướng dẫn',
  ctr: 'Chương trình',
  ctph: 'Chương trình phối hợp',
  kl: 'Kết luận',
  vbhn: 'Văn bản hợp nhất',
  pl: 'Pháp lệnh',
  l: 'Lệnh',
  qc: 'Quy chế',
  qyd: 'Quy định',
  ttr: 'Tờ trình',
  cv: 'Công văn',
  bb: 'Biên bản',
  gm: 'Giấy mời',
  da: 'Đề án',
};

export interface ParsedDocumentNumber {
  /** The sequence number as written ("119", "58"). */
  sequence?: string;
  /** Year in the number (`/2020/`), present for legal normative documents. */
  year?: number;
  /** Type abbreviation ("NĐ", "QĐ", "TTLT"), if the number has one. */
  typeCode?: string;
  /** Abbreviations read as issuing bodies (several for a joint document). */
  issuerCodes: string[];
  /** Remaining abbreviations (drafting unit of a công văn: "KGVX" in "…/VP-KGVX"). */
  unitCodes: string[];
  /** true when the number had no "/" and the first "-" after the sequence number was read as one. */
  noSlash: boolean;
}

/**
 * Reads a document number. Forms: `119/2020/NĐ-CP`, `1557/QĐ-BTTTT`, `85/2015/QH13`, `10/2014/PL-UBTVQH13`,
 * `07/2012/TTLT-BTTTT-BVHTTDL`, công văn `1800/BTTTT-PTTH&TTĐT`, `2003/TTg-KTN`, Party `58-CT/TW`, `27-HD/BTGTW`.
 * Expects the matching key (upper case, no spaces, `Đ`), see `documentNumberKey` in normalize.ts.
 */
export function parseDocumentNumber(key: string): ParsedDocumentNumber {
  let k = key;
  let noSlash = false;
  if (!k.includes('/')) {
    const m = /^(\d+[A-Z]?)-(.+)$/u.exec(k);
    if (m) {
      k = `${m[1]}/${m[2]}`;
      noSlash = true;
    }
  }
  const segments = k.split('/').filter((s) => s !== '');
  const result: ParsedDocumentNumber = { issuerCodes: [], unitCodes: [], noSlash };
  if (segments.length === 0) return result;
  const first = segments[0]!;
  const party = /^(\d+[A-Z]?)-([\p{L}]+)$/u.exec(first);
  if (party) {
    result.sequence = party[1]!;
    result.typeCode = party[2]!;
  } else {
    const seq = /^\d+[A-Z]?/.exec(first)?.[0];
    if (seq !== undefined) result.sequence = seq;
  }
  const rest = segments.slice(1);
  const codes: string[] = [];
  for (const seg of rest) {
    if (/^(19|20)\d{2}$/.test(seg)) {
      result.year = Number(seg);
      continue;
    }
    codes.push(...seg.split('-').filter((c) => c !== ''));
  }
  let i = 0;
  if (codes.length > 0 && TYPE_CODES[abbrevKey(codes[0]!)] !== undefined && !issuerFromCode(codes[0]!)) {
    result.typeCode ??= codes[0]!;
    i = 1;
  }
  // The issuers: the first run of recognisable body codes (skipping one unknown leading code, e.g. a type
  // abbreviation this table does not list); what follows is the drafting unit.
  let start = i;
  if (start < codes.length && !issuerFromCode(codes[start]!) && codes.slice(start + 1).some((c) => issuerFromCode(c))) {
    start += 1;
  }
  let end = start;
  while (end < codes.length && issuerFromCode(codes[end]!)) end += 1;
  if (end === start && start < codes.length) end = start + 1; // unrecognised issuer code: keep it
  result.issuerCodes = codes.slice(start, end);
  result.unitCodes = codes.slice(end);
  return result;
}

/** The issuer the document number names, if its abbreviations are recognisable (joint for several). */
export function issuerFromDocumentNumber(key: string): CanonicalIssuer | undefined {
  const parsed = parseDocumentNumber(key);
  const parts = parsed.issuerCodes.map((c) => issuerFromCode(c));
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  return jointIssuer(parts as CanonicalIssuer[]);
}

// ---------------------------------------------------------------------------------------------------------------
// Text + number
// ---------------------------------------------------------------------------------------------------------------

const FAMILY_BY_KEY = new Map(CENTRAL_BODIES.filter((b) => b.family).map((b) => [b.key, b] as const));

function familyOf(key: string): Family | undefined {
  if (key.startsWith('tw:')) return 'party-central';
  return FAMILY_BY_KEY.get(key)?.family;
}

function isGeneric(key: string): boolean {
  return FAMILY_BY_KEY.get(key)?.generic === true;
}

/** Province-level or local body whose province is not known. */
export function lacksProvince(i: CanonicalIssuer): boolean {
  return (i.scope === 'province' || i.scope === 'local-agency') && i.provinceHint === undefined;
}

/** `ev` (from a number) says the same as `text` with less detail: `ubnd:unknown` ~ `ubnd:ha-noi`. */
function compatible(text: CanonicalIssuer, ev: CanonicalIssuer): boolean {
  const match = (t: string, e: string): boolean => {
    const ts = t.split(':');
    const es = e.split(':');
    return es.length <= ts.length && es.every((seg, idx) => seg === ts[idx] || seg === UNKNOWN);
  };
  const textKeys = (text.parts ?? [text]).map((p) => p.key);
  const evKeys = (ev.parts ?? [ev]).map((p) => p.key);
  // Every body the number names is (a less precise form of) one the text names.
  return evKeys.every((e) => textKeys.some((t) => match(t, e)));
}

export interface IssuerResolution {
  /** The issuer, or null when the text is empty. */
  issuer: CanonicalIssuer | null;
  /** What the text alone gives (null when empty). */
  fromText: CanonicalIssuer | null;
  /** What the number alone gives, if anything. */
  fromNumber?: CanonicalIssuer;
  /** How the decision was taken, in English, for logs and review (empty when text and number agree). */
  notes: string[];
  /** Which source the issuer came from. */
  source: 'text' | 'number' | 'none';
}

/**
 * Text first, number as evidence.
 *
 * 1. Empty text → `null` (the caller rejects the row; `fromNumber` tells what the number suggests).
 * 2. The text is taken when it is recognised and specific. The number replaces it when:
 *    a. the text is unrecognised (scope `unknown`, e.g. "Đảng"), or names a province-level body without its
 *       province and the number names a central body ("Ban Tuyên giáo Thành ủy" + `…/BTGTW`);
 *    b. text and number name different members of one family whose members portals use interchangeably:
 *       Chính phủ / Thủ tướng / Văn phòng Chính phủ (`/NĐ-CP` → Chính phủ, `/QĐ-TTg` → Thủ tướng), Quốc hội /
 *       UBTVQH, and the Party centre (generic "Ban Chấp hành Trung ương" + `/BTGTW` → Ban Tuyên giáo Trung ương);
 *    c. the number names a joint issuer and the text names only some of its parts.
 * 3. Otherwise, when the number names another body, the text is kept and a note records the disagreement (e.g.
 *    "Chính phủ" for `03/2017/TT-BTTTT`): an editor can review it; the number is not trusted across bodies
 *    because a công văn's number names the drafting office, not always the issuer.
 */
export function resolveIssuer(raw: string | null | undefined, documentNumber?: string): IssuerResolution {
  const key = documentNumber ? documentNumberMatchKey(documentNumber) : '';
  const fromNumber = key ? issuerFromDocumentNumber(key) : undefined;
  const text = (raw ?? '').trim();
  if (text === '') return { issuer: null, fromText: null, ...(fromNumber ? { fromNumber } : {}), notes: [], source: 'none' };
  const rec = recogniseIssuerText(text);
  const fromText = rec.issuer;
  const notes: string[] = rec.droppedUnits.map(
    (u) => `"${u}" in the issuer text read as a unit abbreviation, not an issuer`,
  );
  const base = { fromText, ...(fromNumber ? { fromNumber } : {}) };
  if (!fromNumber || fromNumber.key === fromText.key) return { issuer: fromText, ...base, notes, source: 'text' };

  const useNumber = (why: string): IssuerResolution => ({
    issuer: fromNumber,
    ...base,
    notes: [...notes, `issuer "${text}" → ${fromNumber.name} from the number ${documentNumber}: ${why}`],
    source: 'number',
  });
  if (fromText.scope === 'unknown') return useNumber('the text names no recognisable body');
  if (lacksProvince(fromText) && fromNumber.scope === 'central') {
    return useNumber('the text names a local body without its province, the number a central body');
  }
  const tf = familyOf(fromText.key);
  if (!fromText.parts && !fromNumber.parts && tf && tf === familyOf(fromNumber.key) && !isGeneric(fromNumber.key)) {
    return useNumber(`the number is more precise within the ${tf} family`);
  }
  if (fromNumber.parts) {
    const evKeys = new Set(fromNumber.parts.map((p) => p.key));
    const textKeys = (fromText.parts ?? [fromText]).map((p) => p.key);
    if (textKeys.length < evKeys.size && textKeys.every((k) => evKeys.has(k))) {
      return useNumber('the number names more joint issuers than the text');
    }
  }
  const sameFamilyGeneric = tf !== undefined && tf === familyOf(fromNumber.key) && isGeneric(fromNumber.key);
  if (sameFamilyGeneric || compatible(fromText, fromNumber)) return { issuer: fromText, ...base, notes, source: 'text' };
  return {
    issuer: fromText,
    ...base,
    notes: [...notes, `issuer "${text}" kept although the number ${documentNumber} suggests ${fromNumber.name}`],
    source: 'text',
  };
}

/**
 * The matching key of a document number: confusables fixed (`Ð` U+00D0 → `Đ` U+0110, dashes → `-`), NFC, upper
 * case, white space removed, a leading "Số"/"Số:" removed, `_` read as `-` ("107/KH_UBND").
 */
export function documentNumberMatchKey(documentNumber: string): string {
  return normalizeConfusables(documentNumber)
    .normalize('NFC')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^SỐ:?/u, '')
    .replace(/_/g, '-')
    .normalize('NFC');
}
