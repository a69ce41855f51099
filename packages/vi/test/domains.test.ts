import { describe, expect, it } from 'vitest';
import {
  assignUnitDomainLabels,
  departmentDomain,
  getAdministrativeTree,
  listProvinces,
  planProvinceDomains,
  provinceDomain,
  provinceDomainLabel,
  provincialAgencies,
} from '../src/index';

describe('province and department domains', () => {
  it('follows tentinh.gov.vn and tencoquan.tentinh.gov.vn', () => {
    expect(provinceDomain('06', '2022-12-01')).toBe('backan.gov.vn');
    expect(provinceDomain('19', '2025-07-01')).toBe('thainguyen.gov.vn');
    expect(provinceDomain('79', '2025-07-01')).toBe('hochiminhcity.gov.vn');
    expect(provinceDomain('01', '2025-07-01')).toBe('hanoi.gov.vn');
    expect(provinceDomainLabel('46', '2024-06-01')).toBe('thuathienhue');
    expect(provinceDomainLabel('46', '2025-07-01')).toBe('hue');
    const ict = provincialAgencies('2022-12-01').find((a) => a.key === 'information-communications')!;
    expect(departmentDomain(ict, '06', '2022-12-01')).toBe('sotttt.backan.gov.vn');
    const st = provincialAgencies('2025-07-01').find((a) => a.key === 'science-technology')!;
    expect(departmentDomain(st, '19', '2025-07-01')).toBe('sokhcn.thainguyen.gov.vn');
  });
  it('throws for a province that does not exist on the date', () => {
    expect(() => provinceDomain('06', '2025-07-01')).toThrow(/merged into 19/);
  });
});

describe('planProvinceDomains', () => {
  it('Bắc Kạn 2022-12-01: districts and communes under backan.gov.vn', () => {
    const p = planProvinceDomains('06', '2022-12-01');
    expect(p.province).toBe('backan.gov.vn');
    expect(Object.keys(p.departments)).toHaveLength(18);
    expect(p.departments['ethnic-affairs']).toBe('bandantoc.backan.gov.vn');
    expect(p.districts).toEqual({
      '058': 'tpbackan.backan.gov.vn', // "backan" is the province label
      '060': 'pacnam.backan.gov.vn',
      '061': 'babe.backan.gov.vn',
      '062': 'nganson.backan.gov.vn',
      '063': 'bachthong.backan.gov.vn',
      '064': 'chodon.backan.gov.vn',
      '065': 'chomoi.backan.gov.vn',
      '066': 'nari.backan.gov.vn',
    });
    expect(Object.keys(p.communes)).toHaveLength(108);
    expect(p.communes['01834']).toBe('nguyenthiminhkhai.backan.gov.vn');
  });

  it('Thái Nguyên 2025-07-01: 92 communes, no districts', () => {
    const p = planProvinceDomains('19', '2025-07-01');
    expect(p.districts).toEqual({});
    expect(Object.keys(p.communes)).toHaveLength(92);
    expect(p.communes['01843']).toBe('backan.thainguyen.gov.vn'); // Phường Bắc Kạn
  });

  it('is collision-free and DNS-valid in every province, in both eras', () => {
    for (const on of ['2025-06-30', '2025-07-01']) {
      for (const { code } of listProvinces(on)) {
        const p = planProvinceDomains(code, on);
        const hosts = [p.province, ...Object.values(p.departments), ...Object.values(p.districts), ...Object.values(p.communes)];
        expect(new Set(hosts).size, `${code} on ${on}`).toBe(hosts.length);
        for (const h of hosts) expect(h).toMatch(/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+gov\.vn$/);
        for (const h of hosts.slice(1)) expect(h.endsWith(`.${p.province}`)).toBe(true);
      }
    }
  });

  it('suffixes communes of the same name with their district label (pre-2025) and disambiguates post-2025', () => {
    const hn = getAdministrativeTree('01', '2025-03-01');
    const labels = assignUnitDomainLabels(hn, ['hanoi']);
    const byName = new Map<string, string[]>();
    for (const c of hn.communes) byName.set(c.shortName, [...(byName.get(c.shortName) ?? []), c.code]);
    const dup = [...byName].find(([, codes]) => codes.length > 1)!;
    for (const code of dup[1]) {
      const c = hn.communes.find((x) => x.code === code)!;
      expect(labels.communes.get(code)).toBe(`${labels.communes.get(code)!.split('-')[0]}-${labels.districts.get(c.districtCode!)}`);
    }
    // Hồ Chí Minh City after the reform: Xã Thạnh An and Xã Thanh An fold to the same label.
    const hcm = planProvinceDomains('79', '2025-07-01');
    expect([hcm.communes['25807'], hcm.communes['27676']].sort()).toEqual([
      'thanhan-25807.hochiminhcity.gov.vn',
      'thanhan-27676.hochiminhcity.gov.vn',
    ]);
  });

  it('does not depend on the order of the units', () => {
    const t = getAdministrativeTree('01', '2025-03-01');
    const a = assignUnitDomainLabels(t, ['hanoi']);
    const b = assignUnitDomainLabels({ ...t, districts: [...t.districts].reverse(), communes: [...t.communes].reverse() }, ['hanoi']);
    expect(Object.fromEntries(b.communes)).toEqual(Object.fromEntries(a.communes));
    expect(Object.fromEntries(b.districts)).toEqual(Object.fromEntries(a.districts));
  });

  it('keeps numeric unit names readable (Quận 1 → quan1)', () => {
    const p = planProvinceDomains('79', '2025-03-01');
    expect(p.districts['760']).toBe('quan1.hochiminhcity.gov.vn');
  });
});
