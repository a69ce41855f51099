import { describe, expect, it } from 'vitest';
import { extractEmails, extractPhones, normalizePhone, parsePhone } from '../src/index';

describe('normalizePhone', () => {
  it.each([
    ['(0209) 3870 123', '+842093870123'],
    ['0209.3870.123', '+842093870123'],
    ['+84 209 3870 123', '+842093870123'],
    ['024 3825 1234', '+842438251234'],
    ['(+84) 24-3825-1234', '+842438251234'],
    ['0912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['+84912345678', '+84912345678'],
    ['0084 912 345 678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['０９１２３４５６７８', '+84912345678'],
    ['1800 1234', '+8418001234'],
    ['1900 123 456', '+841900123456'],
  ])('%s → %s', (input, e164) => {
    expect(normalizePhone(input)).toBe(e164);
  });

  it.each(['0281 3870 123' /* pre-2017 area code */, '0168 123 4567' /* 11-digit mobile */, '123', '0912 345 67', 'abc', '18/08/2022'])(
    'rejects %s',
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );

  it('reports kind and a grouped national form', () => {
    expect(parsePhone('02093870123')).toMatchObject({ kind: 'fixed', national: '0209 3870 123' });
    expect(parsePhone('02438251234')).toMatchObject({ kind: 'fixed', national: '024 3825 1234' });
    expect(parsePhone('0912345678')).toMatchObject({ kind: 'mobile', national: '0912 345 678' });
    expect(parsePhone('18001234')).toMatchObject({ kind: 'freephone', national: '1800 1234' });
    expect(parsePhone('1900123456')).toMatchObject({ kind: 'premium', national: '1900 123 456' });
  });
});

describe('extractPhones', () => {
  it('finds Vietnamese numbers in a footer and ignores dates, document numbers and ids', () => {
    const text =
      'Địa chỉ: Tổ 1, phường Đức Xuân. ĐT: (0209) 3870 123 - Fax: 0209.3870.124; DĐ: 0912 345 678; ' +
      'Hà Nội: +84 24 3825 1234. Đường dây nóng 1800 1234. Ban hành ngày 18/08/2022 theo 42/2022/NĐ-CP; ' +
      'mã hồ sơ 000.00.12.H05-220818-0001; CCCD 001099012345; lại (0209) 3870 123.';
    expect(extractPhones(text).map((p) => p.e164)).toEqual([
      '+842093870123',
      '+842093870124',
      '+84912345678',
      '+842438251234',
      '+8418001234',
    ]);
    expect(extractPhones(text)[0]!.raw).toBe('(0209) 3870 123');
  });
  it('returns an empty list when there is no number', () => {
    expect(extractPhones('Liên hệ qua cổng dịch vụ công.')).toEqual([]);
  });
});

describe('extractEmails', () => {
  it('finds addresses, including common obfuscations, lower-cases domains and de-duplicates', () => {
    const text =
      'Email: VanPhong@BacKan.gov.vn. Sở: sotttt[at]backan.gov.vn; ' +
      'ttdt (at) thainguyen (dot) gov (dot) vn, <a href="mailto:ubnd@backan.gov.vn">ubnd@backan.gov.vn</a>; ' +
      'full-width: hotro＠backan.gov.vn; again vanphong@backan.gov.vn; not: a@b, @backan.gov.vn';
    expect(extractEmails(text)).toEqual([
      'VanPhong@backan.gov.vn',
      'sotttt@backan.gov.vn',
      'ttdt@thainguyen.gov.vn',
      'ubnd@backan.gov.vn',
      'hotro@backan.gov.vn',
    ]);
  });
});
