/**
 * Types of Vietnamese administrative units (đơn vị hành chính) before and after the reform of 1 July 2025.
 *
 * Before 1/7/2025: three levels (Constitution 2013 Art. 110; Law on Organisation of Local Government 2015):
 * province (tỉnh / thành phố trực thuộc trung ương), district (quận, huyện, thị xã, thành phố thuộc tỉnh / thuộc
 * thành phố trực thuộc trung ương) and commune (xã, phường, thị trấn). From 1/7/2025: two levels, province and
 * commune (xã, phường, đặc khu); districts abolished; 63 provinces merged into 34 (see legal/REQUIREMENTS.md §0.5).
 * Codes are the GSO codes of Decision 124/2004/QĐ-TTg: 2 digits (province), 3 (district), 5 (commune).
 */

/** `pre-2025`: dates before 2025-07-01 (three levels); `post-2025`: from 2025-07-01 (two levels). */
export type Era = 'pre-2025' | 'post-2025';

/** Province-level type, in the words GSO uses. */
export type ProvinceType = 'Tỉnh' | 'Thành phố Trung ương';

/** District-level type (before 1/7/2025 only). `Thành phố` is a city under a province or a municipality. */
export type DistrictType = 'Quận' | 'Huyện' | 'Thị xã' | 'Thành phố';

/** Commune-level type. `Thị trấn` existed only before 1/7/2025, `Đặc khu` (special zone) only from then. */
export type CommuneType = 'Xã' | 'Phường' | 'Thị trấn' | 'Đặc khu';

/** Fields common to every unit. */
export interface AdminUnit<T extends string> {
  /** GSO code: 2 digits (province), 3 (district) or 5 (commune), with leading zeros. */
  code: string;
  /** Full name with its type, NFC: `"Tỉnh Bắc Kạn"`, `"Huyện Ba Bể"`, `"Thị trấn Chợ Rã"`. */
  name: string;
  /** The name without its type word: `"Bắc Kạn"`, `"Ba Bể"`, `"Chợ Rã"`, `"1"` (for `"Phường 1"`). */
  shortName: string;
  /** The type word(s) of the name. */
  type: T;
}

/** A province-level unit. */
export type Province = AdminUnit<ProvinceType>;

/** A district-level unit (before 1/7/2025). */
export type District = AdminUnit<DistrictType>;

/** A commune-level unit. `districtCode` is set before 1/7/2025 and absent after. */
export interface Commune extends AdminUnit<CommuneType> {
  districtCode?: string;
}

/** The units of one province on one date. */
export interface AdministrativeTree {
  era: Era;
  /** The date asked for, `YYYY-MM-DD`. */
  on: string;
  /**
   * The date the data describes. Before the reform this is the last state before 1/7/2025 (`2025-06-30`) whatever
   * date was asked for: the runtime data has no history of the 2019–2025 merger rounds, so older dates get the
   * last pre-reform state (for Bắc Kạn unchanged since 2019 at least; verified against the GSO snapshot of
   * 2025-03-01). After the reform this is `2025-07-01`.
   */
  dataAsOf: string;
  province: Province;
  /** District-level units ordered by code; empty from 1/7/2025. */
  districts: District[];
  /** Commune-level units ordered by (district code, commune code) before the reform, by code after. */
  communes: Commune[];
}

/** Where an old (pre-2025) commune went on 1/7/2025. */
export interface OldToNewCommune {
  old: {
    code: string;
    name: string;
    districtName: string;
    provinceCode: string;
    provinceName: string;
  };
  /** One target for a whole commune, several when it was split between new communes. Ordered by code. */
  new: { code: string; name: string; provinceCode: string; provinceName: string }[];
}
