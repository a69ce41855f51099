/**
 * The site plan of a province on a date: which sites exist (the provincial portal, one site per specialised
 * agency, per district before 1/7/2025, per commune), how they nest, and their path slugs and `.gov.vn` domains.
 * Pure: reads only the data of `@cong/vi`, writes nothing.
 *
 * Legal frame: the websites of the provincial People's Committee's specialised agencies and of district and
 * commune People's Committees are components of the provincial portal (Decree 42/2022/NĐ-CP Art. 6(1), REQUIREMENTS
 * N42-6.1; from 1/7/2026 Decree 224/2026/NĐ-CP Art. 11(1), N224-11.1). They publish only their own agency's
 * information, so they are internal sites (`siteType: 'internal'`, no licence; GLOSSARY). Domains follow the
 * `.gov.vn` rule of `@cong/vi` `planProvinceDomains` (Decree 42/2022 Art. 6(4), N42-6.4).
 */
import {
  getAdministrativeTree,
  planProvinceDomains,
  provincialAgencies,
  slugify,
  stripDiacritics,
  type AdministrativeTree,
  type Commune,
  type District,
  type Province,
  type ProvincialAgency,
} from '@cong/vi';

/** Site level (the subset of the `sites` collection's levels that the plan creates). */
export type PlannedSiteLevel = 'province' | 'department' | 'district' | 'commune';

/** A bilingual text. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** One site of the plan. */
export interface PlannedSite {
  /**
   * Stable natural key: `province-06`, `dept-06-sotttt` (department domain label), `district-06-058`,
   * `commune-06-01834` (GSO codes).
   */
  key: string;
  /** GSO code of the administrative unit (province, district or commune); absent for departments. */
  adminUnitCode?: string;
  /** Site name: `Cổng thông tin điện tử tỉnh Bắc Kạn`, `Trang thông tin điện tử huyện Ba Bể`. */
  name: Bilingual;
  level: PlannedSiteLevel;
  /** Component sites carry only their own agency's information (see module doc). */
  siteType: 'internal';
  /** Key of the parent site: communes → their district before 1/7/2025, else → the portal; others → the portal. */
  parentKey?: string;
  /**
   * Path slug, unique in the province, Vietnamese without diacritics (`so-noi-vu`, `huyen-ba-be`, `xa-bang-thanh`);
   * `''` for the portal. Never one of {@link RESERVED_SLUGS}.
   */
  slug: string;
  /** `.gov.vn` host: `backan.gov.vn`, `sotttt.backan.gov.vn`, `babe.backan.gov.vn`. */
  domain: string;
  /** The agency that owns the site: `Ủy ban nhân dân xã Bằng Thành`, `Sở Nội vụ tỉnh Bắc Kạn`. */
  governingAgency: Bilingual;
}

/**
 * First path segments the portal itself uses (admin, API, Next.js assets, the English prefix and the public pages
 * of DESIGN §5); no component site may take one as its slug.
 */
export const RESERVED_SLUGS: readonly string[] = [
  'admin',
  'api',
  '_next',
  'en',
  'tim-kiem',
  'rss',
  'sitemap.xml',
  'robots.txt',
  'van-ban',
  'tin-tuc',
  'gioi-thieu',
  'lien-he',
  'media',
  'co-cau-to-chuc',
  'lanh-dao',
  'lich-cong-tac',
  'hoi-dap',
  'lay-y-kien',
  'so-do-trang',
  'chuyen-muc',
  'cong-feed',
  'sitemap-portal.xml',
  'favicon.ico',
  'emblem.png',
  'print.css',
];

const UNIT_TYPE_EN: Readonly<Record<string, string>> = {
  Tỉnh: 'Province',
  'Thành phố Trung ương': 'City',
  Quận: 'Urban District',
  Huyện: 'District',
  'Thị xã': 'Town',
  'Thành phố': 'City',
  Xã: 'Commune',
  Phường: 'Ward',
  'Thị trấn': 'Township',
  'Đặc khu': 'Special Zone',
};

/** `"Huyện Ba Bể"` → `{ vi: 'huyện Ba Bể', en: 'Ba Be District' }`; `"Phường 1"` → `{ vi: 'phường 1', en: 'Ward 1' }`. */
function unitPhrase(u: Province | District | Commune): Bilingual {
  const typeVi = u.type === 'Thành phố Trung ương' ? 'thành phố' : u.type.toLowerCase();
  const typeEn = UNIT_TYPE_EN[u.type] ?? u.type;
  const ascii = stripDiacritics(u.shortName);
  return { vi: `${typeVi} ${u.shortName}`, en: /^\d+$/.test(ascii) ? `${typeEn} ${ascii}` : `${ascii} ${typeEn}` };
}

/** `"Sở Nội vụ"` → `Sở Nội vụ tỉnh Bắc Kạn` / `Bac Kan Department of Home Affairs`; `"Thanh tra tỉnh"` → `Thanh tra tỉnh Bắc Kạn`. */
function agencyOfProvince(a: ProvincialAgency, province: Province): Bilingual {
  const provinceVi = unitPhrase(province).vi;
  const vi = a.nameVi.endsWith(' tỉnh') ? `${a.nameVi.slice(0, -' tỉnh'.length)} ${provinceVi}` : `${a.nameVi} ${provinceVi}`;
  const ascii = stripDiacritics(province.shortName);
  const qualifier = province.type === 'Thành phố Trung ương' ? `${ascii} City` : `${ascii} Provincial`;
  const en = a.nameEn.includes('Provincial') ? a.nameEn.replace('Provincial', qualifier) : `${ascii} ${a.nameEn}`;
  return { vi, en };
}

/**
 * Gives every item its first candidate slug and moves every item of a clashing group (same slug twice, or a taken
 * slug) to its next candidate until nothing clashes; candidates depend only on the item, so the result does not
 * depend on input order.
 */
function uniqueSlugs<T extends { code: string }>(items: readonly T[], taken: ReadonlySet<string>, candidates: (t: T) => string[]): Map<string, string> {
  const options = new Map(items.map((i) => [i.code, candidates(i)]));
  const level = new Map(items.map((i) => [i.code, 0]));
  const slug = (i: T): string => options.get(i.code)![level.get(i.code)!]!;
  for (;;) {
    const count = new Map<string, number>();
    for (const i of items) count.set(slug(i), (count.get(slug(i)) ?? 0) + 1);
    const bad = items.filter((i) => count.get(slug(i))! > 1 || taken.has(slug(i)));
    if (!bad.length) break;
    for (const i of bad) {
      const next = level.get(i.code)! + 1;
      if (next >= options.get(i.code)!.length) throw new Error(`Site slug "${slug(i)}" (unit ${i.code}) cannot be made unique`);
      level.set(i.code, next);
    }
  }
  return new Map(items.map((i) => [i.code, slug(i)]));
}

/**
 * The sites of a province on a date, in a deterministic order in which every parent precedes its children:
 * the portal; the departments in the order of the decree (`provincialAgencies(on, provinceCode)`); the districts by
 * code (before 1/7/2025); the communes by (district code, code).
 *
 * Slugs: departments `slugify(agency name)`; districts and communes `slugify(full name)` (`huyen-ba-be`,
 * `xa-bang-thanh`). A commune slug used twice, or equal to a taken slug, becomes `<slug>-<district slug>` before
 * 1/7/2025 (`xa-quang-thuan-bach-thong`) and `<slug>-<GSO code>` when that still clashes (always the fallback from
 * 1/7/2025); districts fall back to `<slug>-<code>`. Taken: {@link RESERVED_SLUGS}, then department slugs, then
 * district slugs.
 *
 * Examples: Bắc Kạn (06) on 2022-12-01 → 1 portal + 18 departments + 8 districts + 108 communes; Thái Nguyên (19) on
 * 2025-07-01 → 1 portal + 13 departments + 92 communes.
 *
 * @param provinceCode two-digit GSO code
 * @param on `YYYY-MM-DD`
 * @returns the plan (fresh objects)
 * @throws Error when the province does not exist on that date (the message names the province it merged into),
 *   for a malformed date, or a date before 2014-05-20 (no agency regime recorded)
 */
export function planSites(provinceCode: string, on: string): PlannedSite[] {
  const tree: AdministrativeTree = getAdministrativeTree(provinceCode, on);
  const agencies = provincialAgencies(on, provinceCode);
  const domains = planProvinceDomains(provinceCode, on);
  const { province } = tree;
  const provinceVi = unitPhrase(province);
  const portalKey = `province-${provinceCode}`;

  const plan: PlannedSite[] = [
    {
      key: portalKey,
      adminUnitCode: province.code,
      name: { vi: `Cổng thông tin điện tử ${provinceVi.vi}`, en: `${provinceVi.en} Web Portal` },
      level: 'province',
      siteType: 'internal',
      slug: '',
      domain: domains.province,
      governingAgency: { vi: `Ủy ban nhân dân ${provinceVi.vi}`, en: `People's Committee of ${provinceVi.en}` },
    },
  ];

  const taken = new Set<string>(RESERVED_SLUGS);
  for (const a of agencies) {
    if (taken.has(a.slug)) throw new Error(`Department slug "${a.slug}" clashes with a reserved or another department slug`);
    taken.add(a.slug);
    const agency = agencyOfProvince(a, province);
    plan.push({
      key: `dept-${provinceCode}-${a.domainLabel}`,
      name: { vi: `Trang thông tin điện tử ${agency.vi}`, en: `${agency.en} website` },
      level: 'department',
      siteType: 'internal',
      parentKey: portalKey,
      slug: a.slug,
      domain: domains.departments[a.key]!,
      governingAgency: agency,
    });
  }

  const districtSlugs = uniqueSlugs(tree.districts, taken, (d) => [slugify(d.name), `${slugify(d.name)}-${d.code}`]);
  for (const s of districtSlugs.values()) taken.add(s);
  const districtByCode = new Map(tree.districts.map((d) => [d.code, d]));
  const communeSlugs = uniqueSlugs(tree.communes, taken, (c) => {
    const base = slugify(c.name);
    const district = c.districtCode ? districtByCode.get(c.districtCode) : undefined;
    return district
      ? [base, `${base}-${slugify(district.shortName)}`, `${base}-${c.code}`]
      : [base, `${base}-${c.code}`];
  });

  for (const d of tree.districts) {
    const phrase = unitPhrase(d);
    plan.push({
      key: `district-${provinceCode}-${d.code}`,
      adminUnitCode: d.code,
      name: { vi: `Trang thông tin điện tử ${phrase.vi}`, en: `${phrase.en} website` },
      level: 'district',
      siteType: 'internal',
      parentKey: portalKey,
      slug: districtSlugs.get(d.code)!,
      domain: domains.districts[d.code]!,
      governingAgency: { vi: `Ủy ban nhân dân ${phrase.vi}`, en: `People's Committee of ${phrase.en}` },
    });
  }
  for (const c of tree.communes) {
    const phrase = unitPhrase(c);
    plan.push({
      key: `commune-${provinceCode}-${c.code}`,
      adminUnitCode: c.code,
      name: { vi: `Trang thông tin điện tử ${phrase.vi}`, en: `${phrase.en} website` },
      level: 'commune',
      siteType: 'internal',
      parentKey: c.districtCode ? `district-${provinceCode}-${c.districtCode}` : portalKey,
      slug: communeSlugs.get(c.code)!,
      domain: domains.communes[c.code]!,
      governingAgency: { vi: `Ủy ban nhân dân ${phrase.vi}`, en: `People's Committee of ${phrase.en}` },
    });
  }
  return plan;
}

/**
 * Number of planned sites per level (every level present, zero included).
 *
 * @param plan a plan from {@link planSites}
 * @returns `{ province, department, district, commune }`
 */
export function countByLevel(plan: readonly PlannedSite[]): Record<PlannedSiteLevel, number> {
  const counts: Record<PlannedSiteLevel, number> = { province: 0, department: 0, district: 0, commune: 0 };
  for (const s of plan) counts[s.level]++;
  return counts;
}
