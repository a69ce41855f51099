import { describe, expect, it } from 'vitest';
import { agenciesNotIncluded, agencyRegimeOn, provincialAgencies, slugify } from '../src/index';

const keys = (on: string, province?: string) => provincialAgencies(on, province).map((a) => a.key);

describe('provincialAgencies', () => {
  it('2022-12-01: the 17 departments of Decree 24/2014 Art. 8 as amended by Decree 107/2020', () => {
    const list = provincialAgencies('2022-12-01');
    expect(list).toHaveLength(17);
    expect(list.map((a) => a.nameVi)).toEqual([
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Giao thông vận tải',
      'Sở Xây dựng',
      'Sở Tài nguyên và Môi trường',
      'Sở Thông tin và Truyền thông',
      'Sở Lao động - Thương binh và Xã hội',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Khoa học và Công nghệ',
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
      'Thanh tra tỉnh',
      'Văn phòng Ủy ban nhân dân tỉnh',
    ]);
    expect(list.map((a) => a.legalBasis.article)).toEqual(Array.from({ length: 17 }, (_, i) => `Art. 8(${i + 1})`));
    for (const a of list) {
      expect(a.legalBasis.document).toBe('Decree 24/2014/NĐ-CP as amended by Decree 107/2020/NĐ-CP');
      expect(a.kind).toBe('common');
    }
    expect(list.find((a) => a.key === 'information-communications')).toMatchObject({
      nameEn: 'Department of Information and Communications',
      shortName: 'Sở TT&TT',
      slug: 'so-thong-tin-va-truyen-thong',
      domainLabel: 'sotttt',
    });
  });

  it('before 25/11/2020 cites Decree 24/2014 alone', () => {
    expect(provincialAgencies('2019-06-01')[0]!.legalBasis.document).toBe('Decree 24/2014/NĐ-CP');
  });

  it('Bắc Kạn 2022-12-01 adds its Ban Dân tộc (Art. 9(2)) and no Sở Ngoại vụ', () => {
    const list = provincialAgencies('2022-12-01', '06');
    expect(list).toHaveLength(18);
    expect(list.at(-1)).toMatchObject({ key: 'ethnic-affairs', nameVi: 'Ban Dân tộc', kind: 'conditional', domainLabel: 'bandantoc' });
    expect(list.at(-1)!.legalBasis.article).toBe('Art. 9(2)');
    expect(list.at(-1)!.condition).toMatch(/ethnic-minority criteria/);
    expect(keys('2022-12-01', '06')).not.toContain('foreign-affairs');
    expect(agenciesNotIncluded('06').map((n) => n.agencyKey)).toEqual(['foreign-affairs']);
  });

  it('from 2025-03-01: Decree 45/2025, 12 common departments after the mergers', () => {
    const list = provincialAgencies('2025-03-01');
    expect(list).toHaveLength(12);
    expect(list.every((a) => a.legalBasis.document === 'Decree 45/2025/NĐ-CP')).toBe(true);
    expect(list.map((a) => a.key)).toEqual([
      'home-affairs',
      'justice',
      'finance',
      'industry-trade',
      'agriculture-environment',
      'construction',
      'science-technology',
      'culture-sports-tourism',
      'education-training',
      'health',
      'inspectorate',
      'office',
    ]);
    const byKey = Object.fromEntries(list.map((a) => [a.key, a]));
    expect(byKey['science-technology']!.absorbed).toEqual(['information-communications']);
    expect(byKey['agriculture-environment']).toMatchObject({ nameVi: 'Sở Nông nghiệp và Môi trường', domainLabel: 'sonnmt' });
    expect(byKey['agriculture-environment']!.absorbed).toEqual(['agriculture-rural-development', 'natural-resources-environment']);
    expect(byKey['home-affairs']!.absorbed).toEqual(['labour-invalids-social-affairs']);
    expect(byKey['finance']!.absorbed).toEqual(['planning-investment']);
    expect(byKey['construction']!.absorbed).toEqual(['transport']);
    for (const gone of ['information-communications', 'planning-investment', 'transport', 'labour-invalids-social-affairs']) {
      expect(keys('2025-03-01')).not.toContain(gone);
    }
  });

  it('switches regimes exactly on 2025-03-01 and 2025-07-01', () => {
    expect(agencyRegimeOn('2025-02-28').id).toBe('nd24-2014');
    expect(agencyRegimeOn('2025-03-01').id).toBe('nd45-2025');
    expect(agencyRegimeOn('2025-06-30').id).toBe('nd45-2025');
    expect(agencyRegimeOn('2025-07-01')).toMatchObject({ id: 'nd150-2025', document: 'Decree 150/2025/NĐ-CP', validTo: null });
    expect(provincialAgencies('2025-07-01')).toHaveLength(12);
  });

  it('Thái Nguyên 2025-07-01: 12 + Sở Dân tộc và Tôn giáo (marked unconfirmed)', () => {
    const list = provincialAgencies('2025-07-01', '19');
    expect(list).toHaveLength(13);
    expect(list.at(-1)).toMatchObject({ key: 'ethnic-religious-affairs', domainLabel: 'sodttg' });
    expect(list.at(-1)!.legalBasis.confidence).toMatch(/❓/);
  });

  it('every agency has a consistent slug, a DNS-safe label and a confidence mark', () => {
    for (const on of ['2016-01-01', '2022-12-01', '2025-03-01', '2025-07-01']) {
      for (const a of provincialAgencies(on, '06').concat(provincialAgencies(on, '19'))) {
        expect(a.slug).toBe(slugify(a.nameVi));
        expect(a.domainLabel).toMatch(/^[a-z]+$/);
        expect(a.legalBasis.article).toMatch(/^Art\. \d+\(\d+\)$/);
        expect(a.legalBasis.confidence).toMatch(/[✅◐❓]/);
      }
      const labels = provincialAgencies(on, '06').map((a) => a.domainLabel);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('throws for dates outside the data and malformed dates', () => {
    expect(() => provincialAgencies('2014-05-19')).toThrow(/data starts on 2014-05-20/);
    expect(() => provincialAgencies('2022/12/01')).toThrow(/expected YYYY-MM-DD/);
  });
});
