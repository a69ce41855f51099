/**
 * Specialised agencies (cơ quan chuyên môn: sở, ban, ngành) of a provincial People's Committee in force on a date.
 *
 * Regimes (data: `data/provincial-agencies.json`; sources and confidence: `data/SOURCES.md`):
 * - 20/5/2014 – 28/2/2025: Decree 24/2014/NĐ-CP, amended by Decree 107/2020/NĐ-CP from 25/11/2020. Art. 8: 17
 *   departments organised in every province (Sở Nội vụ … Sở Y tế, Thanh tra tỉnh, Văn phòng UBND tỉnh). Art. 9:
 *   departments set up only where the province meets conditions (Sở Ngoại vụ, Ban Dân tộc, Sở Quy hoạch - Kiến
 *   trúc, Sở Du lịch).
 * - 1/3/2025 – 30/6/2025: Decree 45/2025/NĐ-CP after the ministry mergers. Art. 8: 12 common departments (Sở Tài
 *   chính absorbed Kế hoạch và Đầu tư; Sở Nông nghiệp và Môi trường; Sở Xây dựng absorbed Giao thông vận tải; Sở
 *   Khoa học và Công nghệ absorbed Thông tin và Truyền thông; Sở Nội vụ and Sở Y tế shared out Lao động - Thương
 *   binh và Xã hội). Art. 9: Sở Ngoại vụ, Sở Dân tộc và Tôn giáo, Sở Du lịch, Sở Quy hoạch - Kiến trúc.
 * - from 1/7/2025: Decree 150/2025/NĐ-CP (two-level local government), same Art. 8 list of 12 (◐ for Art. 9).
 *
 * Conditional (Art. 9) agencies are included only for a province recorded in the data as having them: Bắc Kạn (06)
 * has a Ban Dân tộc (then, ❓, a Sở Dân tộc và Tôn giáo); Thái Nguyên (19) likewise (◐/❓). Sở Ngoại vụ is not
 * recorded for either province (❓; see `notIncluded` in the data). Every agency carries the confidence of its
 * citation.
 */
import agenciesData from '../data/provincial-agencies.json';
import { assertIsoDate } from './date';

/** The legal basis of one agency on one date. */
export interface AgencyLegalBasis {
  /** The decree, with its amending decree when one applies on that date: `"Decree 24/2014/NĐ-CP as amended by Decree 107/2020/NĐ-CP"`. */
  document: string;
  /** Article and clause: `"Art. 8(10)"`. */
  article: string;
  /** How sure the citation is: `✅ …` seen in a source, `◐ …` partly confirmed or inferred, `❓ …` unconfirmed. */
  confidence: string;
}

/** A specialised agency of a provincial People's Committee. */
export interface ProvincialAgency {
  /** Stable English key, the same across regimes for the same agency: `"science-technology"`. */
  key: string;
  /** Generic Vietnamese name (without the province): `"Sở Thông tin và Truyền thông"`, `"Thanh tra tỉnh"`. */
  nameVi: string;
  /** English name: `"Department of Information and Communications"`. */
  nameEn: string;
  /** Conventional Vietnamese abbreviation: `"Sở TT&TT"`. */
  shortName: string;
  /** Path slug, `slugify(nameVi)`: `"so-thong-tin-va-truyen-thong"`. */
  slug: string;
  /** Conventional `.gov.vn` label: `"sotttt"` (→ `sotttt.backan.gov.vn`). */
  domainLabel: string;
  /** `common`: Art. 8, every province; `conditional`: Art. 9, only where the province qualifies. */
  kind: 'common' | 'conditional';
  /** For conditional agencies: the condition, in English. */
  condition?: string;
  /** Keys of the agencies of the previous regime merged into this one when the regime started. */
  absorbed?: string[];
  /** What changed when the regime started (English). */
  note?: string;
  legalBasis: AgencyLegalBasis;
}

/** A legal regime of provincial agencies. */
export interface AgencyRegime {
  id: string;
  /** English citation of the decree: `"Decree 45/2025/NĐ-CP"`. */
  document: string;
  /** Full Vietnamese title. */
  documentVi: string;
  /** First day in force, `YYYY-MM-DD`. */
  validFrom: string;
  /** Last day in force, `YYYY-MM-DD`, or `null` while in force. */
  validTo: string | null;
}

interface RawAgency {
  key: string;
  nameVi: string;
  nameEn: string;
  shortName: string;
  slug: string;
  domainLabel: string;
  article: string;
  condition?: string;
  confidence?: string;
  absorbed?: string[];
  note?: string;
}

interface RawRegime extends AgencyRegime {
  amendments: { document: string; from: string; note: string }[];
  confidence: string;
  common: RawAgency[];
  conditional: RawAgency[];
}

interface RawData {
  regimes: RawRegime[];
  provinceAgencies: { provinceCode: string; agencyKey: string; from: string; to: string | null; confidence: string }[];
  notIncluded: { provinceCode: string; agencyKey: string; reason: string }[];
}

const DATA = agenciesData as unknown as RawData;

function regimeOn(on: string): RawRegime {
  assertIsoDate(on, 'date "on"');
  const r = DATA.regimes.find((x) => x.validFrom <= on && (x.validTo === null || on <= x.validTo));
  if (!r) {
    const first = DATA.regimes.map((x) => x.validFrom).sort()[0];
    throw new Error(
      `No provincial-agency regime is recorded for ${on}: the data starts on ${first} (Decree 24/2014/NĐ-CP); ` +
        `earlier dates (Decree 13/2008/NĐ-CP) are not modelled`,
    );
  }
  return r;
}

/**
 * The legal regime of provincial agencies in force on a date.
 *
 * @param on `YYYY-MM-DD`
 * @returns id, decree, validity period
 * @throws Error for a malformed date or a date before 2014-05-20
 */
export function agencyRegimeOn(on: string): AgencyRegime {
  const r = regimeOn(on);
  return { id: r.id, document: r.document, documentVi: r.documentVi, validFrom: r.validFrom, validTo: r.validTo };
}

function toAgency(raw: RawAgency, kind: ProvincialAgency['kind'], regime: RawRegime, on: string, extraConfidence?: string): ProvincialAgency {
  const amendments = regime.amendments.filter((a) => a.from <= on).map((a) => a.document);
  const document = amendments.length ? `${regime.document} as amended by ${amendments.join(', ')}` : regime.document;
  const confidence = [raw.confidence ?? regime.confidence, extraConfidence].filter(Boolean).join('; province: ');
  const agency: ProvincialAgency = {
    key: raw.key,
    nameVi: raw.nameVi,
    nameEn: raw.nameEn,
    shortName: raw.shortName,
    slug: raw.slug,
    domainLabel: raw.domainLabel,
    kind,
    legalBasis: { document, article: raw.article, confidence },
  };
  if (raw.condition) agency.condition = raw.condition;
  if (raw.absorbed) agency.absorbed = [...raw.absorbed];
  if (raw.note) agency.note = raw.note;
  return agency;
}

/**
 * The specialised agencies of a provincial People's Committee in force on a date, in the order of the decree:
 * the common departments (Art. 8, clause order), then the conditional ones the province is recorded as having.
 *
 * Examples: `provincialAgencies('2022-12-01')` → the 17 departments of Decree 24/2014 Art. 8 (as amended by
 * Decree 107/2020); `provincialAgencies('2022-12-01', '06')` → those 17 + Ban Dân tộc (Art. 9(2)) = 18;
 * `provincialAgencies('2025-07-01', '19')` → the 12 of Decree 150/2025 Art. 8 + Sở Dân tộc và Tôn giáo (❓) = 13.
 *
 * @param on `YYYY-MM-DD`
 * @param provinceCode optional two-digit province code; without it only the common (Art. 8) agencies are returned
 * @returns agencies with their legal basis (fresh objects)
 * @throws Error for a malformed date or a date before 2014-05-20 (first regime modelled)
 */
export function provincialAgencies(on: string, provinceCode?: string): ProvincialAgency[] {
  const regime = regimeOn(on);
  const list = regime.common.map((a) => toAgency(a, 'common', regime, on));
  if (provinceCode !== undefined) {
    for (const a of regime.conditional) {
      const rec = DATA.provinceAgencies.find(
        (p) => p.provinceCode === provinceCode && p.agencyKey === a.key && p.from <= on && (p.to === null || on <= p.to),
      );
      if (rec) list.push(toAgency(a, 'conditional', regime, on, rec.confidence));
    }
  }
  return list;
}

/**
 * Conditional agencies that were considered for a province and left out, with the reason (for reports).
 *
 * @param provinceCode two-digit province code
 * @returns `{ agencyKey, reason }` records (empty when none)
 */
export function agenciesNotIncluded(provinceCode: string): { agencyKey: string; reason: string }[] {
  return DATA.notIncluded.filter((n) => n.provinceCode === provinceCode).map(({ agencyKey, reason }) => ({ agencyKey, reason }));
}
