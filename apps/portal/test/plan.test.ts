import { describe, expect, it } from 'vitest';
import { getAdministrativeTree, listProvinces, provincialAgencies, slugify } from '@cong/vi';
import { countByLevel, planSites, RESERVED_SLUGS, type PlannedSite } from '../src/provision/plan';

/** Invariants every plan must keep. */
function checkInvariants(plan: PlannedSite[], label: string): void {
  const keys = plan.map((s) => s.key);
  expect(new Set(keys).size, `${label}: duplicate keys`).toBe(keys.length);
  const slugs = plan.map((s) => s.slug);
  expect(new Set(slugs).size, `${label}: duplicate slugs ${slugs.filter((s, i) => slugs.indexOf(s) !== i)}`).toBe(slugs.length);
  const domains = plan.map((s) => s.domain);
  expect(new Set(domains).size, `${label}: duplicate domains`).toBe(domains.length);
  const portal = plan[0]!;
  expect(portal.level).toBe('province');
  expect(portal.slug).toBe('');
  expect(plan.filter((s) => s.level === 'province')).toHaveLength(1);
  const seen = new Set<string>();
  for (const s of plan) {
    if (s !== portal) {
      expect(s.slug, s.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RESERVED_SLUGS, s.key).not.toContain(s.slug);
      expect(s.parentKey && seen.has(s.parentKey), `${s.key}: parent ${s.parentKey} must come first`).toBe(true);
      expect(s.domain.endsWith(`.${portal.domain}`), s.key).toBe(true);
    }
    expect(s.siteType).toBe('internal');
    expect(s.name.vi && s.name.en && s.governingAgency.vi && s.governingAgency.en, s.key).toBeTruthy();
    seen.add(s.key);
  }
}

describe('planSites', () => {
  it('Bắc Kạn (06) on 2022-12-01: portal + 18 departments + 8 districts + 108 communes', () => {
    const plan = planSites('06', '2022-12-01');
    const departments = provincialAgencies('2022-12-01', '06').length;
    expect(departments).toBe(18);
    expect(countByLevel(plan)).toEqual({ province: 1, department: departments, district: 8, commune: 108 });
    expect(plan).toHaveLength(1 + 18 + 8 + 108);
    checkInvariants(plan, '06 2022-12-01');

    expect(plan[0]).toEqual({
      key: 'province-06',
      adminUnitCode: '06',
      name: { vi: 'Cổng thông tin điện tử tỉnh Bắc Kạn', en: 'Bac Kan Province Web Portal' },
      level: 'province',
      siteType: 'internal',
      slug: '',
      domain: 'backan.gov.vn',
      governingAgency: { vi: 'Ủy ban nhân dân tỉnh Bắc Kạn', en: "People's Committee of Bac Kan Province" },
    });
    const ict = plan.find((s) => s.key === 'dept-06-sotttt')!;
    expect(ict).toMatchObject({
      level: 'department',
      parentKey: 'province-06',
      slug: 'so-thong-tin-va-truyen-thong',
      domain: 'sotttt.backan.gov.vn',
      governingAgency: { vi: 'Sở Thông tin và Truyền thông tỉnh Bắc Kạn', en: 'Bac Kan Department of Information and Communications' },
    });
    expect(ict.adminUnitCode).toBeUndefined();
    expect(plan.find((s) => s.key === 'dept-06-thanhtra')!.governingAgency.vi).toBe('Thanh tra tỉnh Bắc Kạn');
    expect(plan.find((s) => s.key === 'dept-06-vpubnd')!.governingAgency.en).toBe("Office of the Bac Kan Provincial People's Committee");
    expect(plan.find((s) => s.key === 'district-06-061')).toMatchObject({
      adminUnitCode: '061',
      level: 'district',
      parentKey: 'province-06',
      slug: 'huyen-ba-be',
      domain: 'babe.backan.gov.vn',
      name: { vi: 'Trang thông tin điện tử huyện Ba Bể', en: 'Ba Be District website' },
      governingAgency: { vi: 'Ủy ban nhân dân huyện Ba Bể', en: "People's Committee of Ba Be District" },
    });
    expect(plan.find((s) => s.key === 'commune-06-01834')).toMatchObject({
      adminUnitCode: '01834',
      level: 'commune',
      parentKey: 'district-06-058',
      slug: 'phuong-nguyen-thi-minh-khai',
      governingAgency: { vi: 'Ủy ban nhân dân phường Nguyễn Thị Minh Khai', en: "People's Committee of Nguyen Thi Minh Khai Ward" },
    });
    // Every commune hangs under its own district.
    const tree = getAdministrativeTree('06', '2022-12-01');
    for (const c of tree.communes) {
      expect(plan.find((s) => s.key === `commune-06-${c.code}`)!.parentKey).toBe(`district-06-${c.districtCode}`);
    }
  });

  it('Thái Nguyên (19) on 2025-07-01: portal + departments + 92 communes, no district', () => {
    const plan = planSites('19', '2025-07-01');
    const departments = provincialAgencies('2025-07-01', '19').length;
    expect(countByLevel(plan)).toEqual({ province: 1, department: departments, district: 0, commune: 92 });
    expect(departments).toBe(13);
    checkInvariants(plan, '19 2025-07-01');
    expect(plan[0]!.domain).toBe('thainguyen.gov.vn');
    expect(plan.filter((s) => s.level === 'commune').every((s) => s.parentKey === 'province-19')).toBe(true);
    expect(plan.find((s) => s.key === 'dept-19-sokhcn')).toMatchObject({
      slug: 'so-khoa-hoc-va-cong-nghe',
      domain: 'sokhcn.thainguyen.gov.vn',
      name: { vi: 'Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Thái Nguyên' },
    });
    expect(plan.some((s) => s.key === 'dept-19-sotttt')).toBe(false);
    expect(plan.find((s) => s.key === 'commune-19-01843')).toMatchObject({ slug: 'phuong-bac-kan', domain: 'backan.thainguyen.gov.vn' });
  });

  it('is deterministic: same input, same output, same order', () => {
    expect(planSites('06', '2022-12-01')).toEqual(planSites('06', '2022-12-01'));
    const order = planSites('06', '2022-12-01').map((s) => s.level);
    const rank = { province: 0, department: 1, district: 2, commune: 3 } as const;
    expect(order.map((l) => rank[l])).toEqual([...order.map((l) => rank[l])].sort((a, b) => a - b));
  });

  it('disambiguates communes with the same name deterministically', () => {
    // Hà Nội before the reform has many communes sharing a name across districts.
    const plan = planSites('01', '2025-03-01');
    checkInvariants(plan, '01 2025-03-01');
    const tree = getAdministrativeTree('01', '2025-03-01');
    const counts = new Map<string, number>();
    for (const c of tree.communes) counts.set(slugify(c.name), (counts.get(slugify(c.name)) ?? 0) + 1);
    const [dupSlug] = [...counts].find(([, n]) => n > 1)!;
    const dups = plan.filter((s) => s.level === 'commune' && s.slug.startsWith(`${dupSlug}-`));
    expect(dups.length).toBeGreaterThan(1);
    for (const s of dups) {
      const c = tree.communes.find((x) => x.code === s.adminUnitCode)!;
      const district = tree.districts.find((d) => d.code === c.districtCode)!;
      expect(s.slug).toBe(`${dupSlug}-${slugify(district.shortName)}`);
    }
    // After the reform, Hồ Chí Minh City has Xã Thạnh An and Xã Thanh An (same slug): both get their code.
    const hcm = planSites('79', '2025-07-01');
    checkInvariants(hcm, '79 2025-07-01');
    expect(hcm.filter((s) => s.slug.startsWith('xa-thanh-an')).map((s) => s.slug).sort()).toEqual(['xa-thanh-an-25807', 'xa-thanh-an-27676']);
  });

  it('keeps its invariants for every province in both eras', () => {
    for (const on of ['2025-06-30', '2025-07-01']) {
      for (const { code } of listProvinces(on)) checkInvariants(planSites(code, on), `${code} ${on}`);
    }
  });

  it('throws a clear error for a province that no longer exists', () => {
    expect(() => planSites('06', '2025-07-01')).toThrow(/06 \(Tỉnh Bắc Kạn\) does not exist on 2025-07-01: .* merged into 19/);
  });
});

describe('countByLevel', () => {
  it('counts every level, zeros included', () => {
    expect(countByLevel([])).toEqual({ province: 0, department: 0, district: 0, commune: 0 });
  });
});
