import { describe, expect, it } from 'vitest';
import { foldWithOffsets, searchText, searchTokens } from '../src/index';

describe('searchText', () => {
  it('folds NFC/NFD, tone marks, đ and case, and cuts at everything but letters and digits', () => {
    expect(searchText('Cơ cấu tổ chức')).toBe('co cau to chuc');
    expect(searchText('Cơ cấu tổ chức'.normalize('NFD'))).toBe('co cau to chuc');
    expect(searchText('ĐĂNG KÝ')).toBe('dang ky');
    expect(searchText('  Đăng\u00A0ký, kết hôn! ')).toBe('dang ky ket hon');
    expect(searchText('Hoà')).toBe(searchText('Hòa'));
  });

  it('turns document numbers into the same tokens however the letters and separators were typed', () => {
    const want = '13 2018 nd cp';
    for (const n of ['13/2018/NĐ-CP', '13/2018/ND-CP', '13/2018/N\u00D0-CP', '13\u20442018\u2215NĐ\u2011CP', '１３/２０１８/NĐ–CP', '13 / 2018 / nđ - cp']) {
      expect(searchText(n), n).toBe(want);
    }
    expect(searchText('38/2021/Q\u00D0-TTg')).toBe(searchText('38/2021/QĐ-TTg'));
    expect(searchTokens('85/2015/QH13')).toEqual(['85', '2015', 'qh13']);
  });

  it('maps look-alike Cyrillic/Greek letters and drops invisible characters', () => {
    expect(searchText('\u0421\u0430 \u041C\u0430u')).toBe('ca mau');
    expect(searchText('Tin\u200Btức')).toBe('tintuc');
  });

  it('keeps letters of other scripts and returns nothing for punctuation only', () => {
    expect(searchTokens('Tiếng Việt và 中文')).toEqual(['tieng', 'viet', 'va', '中文']);
    expect(searchText(' -- / ')).toBe('');
    expect(searchTokens('')).toEqual([]);
  });

  it('folds every Vietnamese vowel with every tone to its base letter', () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    for (const v of vowels) for (const t of tones) expect(searchText((v + t).normalize('NFC').toUpperCase())).toMatch(/^[aeiouy]$/);
  });
});

describe('foldWithOffsets', () => {
  it('maps folded positions back to the text as written', () => {
    const { text, folded, start } = foldWithOffsets('Đăng ký kết hôn');
    expect(folded).toBe('dang ky ket hon');
    expect(start.length).toBe(folded.length);
    const i = folded.indexOf('ket');
    expect(text.slice(start[i], start[i + 3])).toBe('kết');
  });

  it('works on decomposed input and confusables (the shown text is normalised)', () => {
    const { text, folded, start } = foldWithOffsets('Q\u00D0-TTg Cơ'.normalize('NFD'));
    expect(text).toBe('QĐ-TTg Cơ');
    expect(folded).toBe('qd-ttg co');
    expect(text.slice(start[folded.indexOf('co')])).toBe('Cơ');
  });
});
