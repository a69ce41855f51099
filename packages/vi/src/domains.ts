/**
 * `.gov.vn` domain names for the sites of a province, by the naming rule in force on a date.
 *
 * Rule (Decree 42/2022/NĐ-CP Art. 6(4), in force 15/8/2022 – 30/6/2026, REQUIREMENTS row N42-6.4 ◐; carried into
 * Decree 224/2026/NĐ-CP Art. 11(4), row N224-11.4 ◐; historically Decree 43/2011/NĐ-CP Art. 6 ✅):
 * - province portal: `tentinh.gov.vn` — the province name without diacritics or spaces (`backan.gov.vn`,
 *   `thainguyen.gov.vn`); Hồ Chí Minh City is `hochiminhcity.gov.vn` (named in Decree 224/2026 Art. 11(4)(b));
 * - department: `tencoquan.tentinh.gov.vn` — the conventional short form of the agency (`sotttt`, `sokhcn`, `sonv`);
 * - district (before 1/7/2025): `tenhuyen.tentinh.gov.vn`; commune: `tenxa.tentinh.gov.vn` (after 1/7/2025
 *   `tenphuongxa.tentinhthanh.gov.vn`, Decree 224/2026 Art. 11(4)(c)).
 *
 * The decrees do not say what to do when two units of a province have the same name. This module's rule, applied
 * the same way every time (so the result does not depend on input order):
 * 1. Base label: the proper name without diacritics and spaces (`"Huyện Ba Bể"` → `babe`). A purely numeric name
 *    keeps its type word (`"Phường 1"` → `phuong1`, `"Quận 3"` → `quan3`).
 * 2. Labels that are taken are: the province label, every department label, a few technical names (`www`, `mail`,
 *    `email`, `api`, `admin`, `cdn`, `static`, `dichvucong`), and then the district labels.
 * 3. District clash (with a taken label or another district): prefix the type abbreviation (`tp` thành phố, `tx`
 *    thị xã, `q` quận, `h` huyện): `"Thành phố Bắc Kạn"` → `tpbackan` (its base `backan` is the province label).
 * 4. Commune clash (with a taken label, a district label or another commune), before 1/7/2025: every commune of the
 *    clashing group gets `-<district label>` (two `"Xã Tân An"` in different districts → `tanan-<district>`), and
 *    if that still clashes (same name and district, different type) its type word as prefix too
 *    (`xatanan-<district>`); from 1/7/2025 (no districts): every commune of the group gets its type word as prefix
 *    (`xa…`, `phuong…`, `dackhu…`).
 * 5. Whatever still clashes is `<base>-<GSO code>` (two `"Xã Thạnh An"`/`"Xã Thanh An"` of Hồ Chí Minh City →
 *    `thanhan-25807`, `thanhan-27676`). Labels are checked against the DNS limit of 63 characters.
 */
import { getAdministrativeTree } from './admin-units/index';
import type { AdministrativeTree, Commune, District } from './admin-units/index';
import { provincialAgencies } from './agencies';
import { compactLabel } from './text';

/** Second-level domain of Vietnamese government sites. */
export const GOV_VN = 'gov.vn';

/** Province labels that do not follow "name without diacritics and spaces" (known registered domains). */
const PROVINCE_LABEL_EXCEPTIONS: Readonly<Record<string, string>> = {
  '79': 'hochiminhcity', // Decree 224/2026 Art. 11(4)(b) names hochiminhcity.gov.vn
  '77': 'baria-vungtau', // registered portal of Bà Rịa - Vũng Tàu (pre-2025)
};

/** Technical host names kept free in every province zone. */
export const RESERVED_HOST_LABELS: readonly string[] = ['www', 'mail', 'email', 'api', 'admin', 'cdn', 'static', 'dichvucong'];

const DISTRICT_TYPE_PREFIX: Readonly<Record<District['type'], string>> = {
  'Thành phố': 'tp',
  'Thị xã': 'tx',
  Quận: 'q',
  Huyện: 'h',
};

function checkLabel(label: string, what: string): string {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) {
    throw new Error(`Cannot build a DNS label for ${what}: "${label}" is empty, too long (>63) or malformed`);
  }
  return label;
}

function baseLabel(unit: { shortName: string; type: string }): string {
  return /^\d+$/.test(unit.shortName) ? compactLabel(`${unit.type} ${unit.shortName}`) : compactLabel(unit.shortName);
}

/**
 * The province label of the `.gov.vn` rule on a date: `"06"` on 2022-12-01 → `"backan"`; `"19"` → `"thainguyen"`.
 *
 * @param provinceCode two-digit GSO code
 * @param on `YYYY-MM-DD`
 * @returns the label (no dots)
 * @throws Error when the province does not exist on that date (see {@link getAdministrativeTree})
 */
export function provinceDomainLabel(provinceCode: string, on: string): string {
  const { province } = getAdministrativeTree(provinceCode, on);
  return checkLabel(PROVINCE_LABEL_EXCEPTIONS[provinceCode] ?? compactLabel(province.shortName), province.name);
}

/**
 * The provincial portal's domain: `provinceDomain('06', '2022-12-01')` → `"backan.gov.vn"`.
 *
 * @param provinceCode two-digit GSO code
 * @param on `YYYY-MM-DD`
 * @throws Error when the province does not exist on that date
 */
export function provinceDomain(provinceCode: string, on: string): string {
  return `${provinceDomainLabel(provinceCode, on)}.${GOV_VN}`;
}

/**
 * A department's domain: `departmentDomain({ domainLabel: 'sotttt' }, '06', '2022-12-01')` →
 * `"sotttt.backan.gov.vn"`.
 *
 * @param agency an agency from {@link provincialAgencies} (only `domainLabel` is read)
 * @param provinceCode two-digit GSO code
 * @param on `YYYY-MM-DD`
 * @throws Error when the province does not exist on that date
 */
export function departmentDomain(agency: { domainLabel: string }, provinceCode: string, on: string): string {
  return `${checkLabel(agency.domainLabel, agency.domainLabel)}.${provinceDomain(provinceCode, on)}`;
}

/** Every `.gov.vn` host of a province's planned sites on a date. */
export interface ProvinceDomainPlan {
  /** `backan.gov.vn` */
  province: string;
  /** agency key → host (`science-technology` → `sokhcn.backan.gov.vn`). */
  departments: Record<string, string>;
  /** district code → host (empty from 1/7/2025). */
  districts: Record<string, string>;
  /** commune code → host. */
  communes: Record<string, string>;
}

/** Groups items by a key and returns the keys used more than once or already taken. */
function clashing<T>(items: readonly T[], key: (t: T) => string, taken: ReadonlySet<string>): Set<string> {
  const count = new Map<string, number>();
  for (const i of items) count.set(key(i), (count.get(key(i)) ?? 0) + 1);
  return new Set([...count].filter(([k, n]) => n > 1 || taken.has(k)).map(([k]) => k));
}

/**
 * Gives every item its first candidate label, then moves every item of a clashing group (same label twice, or a
 * taken label) to its next candidate, until nothing clashes. Candidates are computed from the item alone, so the
 * result does not depend on the order of the items.
 */
function resolve<T extends { code: string }>(
  items: readonly T[],
  taken: ReadonlySet<string>,
  candidates: (item: T) => string[],
): Map<string, string> {
  const options = new Map(items.map((i) => [i.code, candidates(i)]));
  const level = new Map(items.map((i) => [i.code, 0]));
  const label = (i: T): string => options.get(i.code)![level.get(i.code)!]!;
  for (;;) {
    const bad = clashing(items, label, taken);
    if (!bad.size) break;
    for (const i of items) {
      if (!bad.has(label(i))) continue;
      const next = level.get(i.code)! + 1;
      if (next >= options.get(i.code)!.length) {
        throw new Error(`Domain label "${label(i)}" of ${i.code} still clashes after all rules`);
      }
      level.set(i.code, next);
    }
  }
  return new Map(items.map((i) => [i.code, label(i)]));
}

/**
 * Collision-free domain labels for the districts and communes of a tree (rule: see module doc).
 *
 * @param tree a tree from {@link getAdministrativeTree}
 * @param taken labels already used in the province zone (province label, department labels, technical names)
 * @returns `districts` and `communes`: code → label
 * @throws Error when a label cannot be made valid or unique (not expected with GSO data)
 */
export function assignUnitDomainLabels(
  tree: AdministrativeTree,
  taken: Iterable<string>,
): { districts: Map<string, string>; communes: Map<string, string> } {
  const used = new Set(taken);
  const districts = resolve(tree.districts, used, (d) => {
    const base = baseLabel(d);
    return [base, `${DISTRICT_TYPE_PREFIX[d.type]}${base}`, `${base}-${d.code}`];
  });
  for (const l of districts.values()) used.add(l);
  const communes = resolve(tree.communes, used, (c: Commune) => {
    const base = baseLabel(c);
    const typed = `${compactLabel(c.type)}${base}`;
    if (tree.era === 'pre-2025') {
      const district = districts.get(c.districtCode!)!;
      return [base, `${base}-${district}`, `${typed}-${district}`, `${base}-${c.code}`];
    }
    return [base, typed, `${base}-${c.code}`];
  });
  for (const d of tree.districts) checkLabel(districts.get(d.code)!, d.name);
  for (const c of tree.communes) checkLabel(communes.get(c.code)!, c.name);
  return { districts, communes };
}

/**
 * All `.gov.vn` hosts of a province's sites on a date: the portal, every department of
 * {@link provincialAgencies}`(on, provinceCode)`, every district (before 1/7/2025) and every commune.
 *
 * Example: `planProvinceDomains('06', '2022-12-01')` → province `backan.gov.vn`, department
 * `information-communications` → `sotttt.backan.gov.vn`, district 061 → `babe.backan.gov.vn`, district 058 →
 * `tpbackan.backan.gov.vn`.
 *
 * @param provinceCode two-digit GSO code
 * @param on `YYYY-MM-DD`
 * @returns hosts keyed as described in {@link ProvinceDomainPlan}
 * @throws Error when the province does not exist on that date, or for a date before 2014-05-20
 */
export function planProvinceDomains(provinceCode: string, on: string): ProvinceDomainPlan {
  const tree = getAdministrativeTree(provinceCode, on);
  const province = provinceDomain(provinceCode, on);
  const agencies = provincialAgencies(on, provinceCode);
  const taken = new Set<string>([provinceDomainLabel(provinceCode, on), ...RESERVED_HOST_LABELS]);
  const departments: Record<string, string> = {};
  for (const a of agencies) {
    if (taken.has(a.domainLabel)) throw new Error(`Department label "${a.domainLabel}" is used twice in ${province}`);
    taken.add(a.domainLabel);
    departments[a.key] = `${a.domainLabel}.${province}`;
  }
  const labels = assignUnitDomainLabels(tree, taken);
  const districts: Record<string, string> = {};
  for (const [code, l] of labels.districts) districts[code] = `${l}.${province}`;
  const communes: Record<string, string> = {};
  for (const [code, l] of labels.communes) communes[code] = `${l}.${province}`;
  return { province, departments, districts, communes };
}
