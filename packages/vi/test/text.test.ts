import { describe, expect, it } from 'vitest';
import { compactLabel, foldVietnamese, nfc, normalizeConfusables, slugify, stripDiacritics } from '../src/index';

describe('nfc', () => {
  it('composes decomposed Vietnamese', () => {
    const nfd = 'Cơ cấu tổ chức'.normalize('NFD');
    expect(nfd).not.toBe('Cơ cấu tổ chức');
    expect(nfc(nfd)).toBe('Cơ cấu tổ chức');
  });
});

describe('normalizeConfusables', () => {
  it('turns the Icelandic eth and African D into Đ/đ', () => {
    expect(normalizeConfusables('\u00D0ắk Lắk')).toBe('Đắk Lắk');
    expect(normalizeConfusables('\u00F0ường')).toBe('đường');
    expect(normalizeConfusables('\u0189\u0256')).toBe('Đđ');
  });
  it('maps Latin-looking Cyrillic and Greek letters', () => {
    expect(normalizeConfusables('\u0421\u0430 \u041C\u0430u')).toBe('Ca Mau'); // Cyrillic С, а, М, а
    expect(normalizeConfusables('\u0397\u0391 \u039D\u039F\u0399')).toBe('HA NOI'); // Greek capitals
  });
  it('recomposes a replaced base letter with a following combining mark', () => {
    expect(normalizeConfusables('\u0430\u0300')).toBe('à');
  });
  it('normalises spaces, invisible characters, dashes, slashes and full-width ASCII', () => {
    expect(normalizeConfusables('a\u00A0b\u202Fc\u3000d')).toBe('a b c d');
    expect(normalizeConfusables('Tin\u200Btức\uFEFF\u00AD')).toBe('Tintức');
    expect(normalizeConfusables('42\u20442022\u2215NĐ\u2011CP')).toBe('42/2022/NĐ-CP');
    expect(normalizeConfusables('\uFF10\uFF12\uFF10\uFF19\uFF0F\uFF13\uFF20')).toBe('0209/3@');
    expect(normalizeConfusables('Ea H\u2019Leo')).toBe("Ea H'Leo");
  });
  it('keeps case and diacritics, and is idempotent', () => {
    const s = 'Ủy ban nhân dân Tỉnh Bắc Kạn';
    expect(normalizeConfusables(s)).toBe(s);
    const messy = '\u00D0\u0430\u0300 N\u1EB5ng\u00A0';
    expect(normalizeConfusables(normalizeConfusables(messy))).toBe(normalizeConfusables(messy));
  });
});

describe('foldVietnamese', () => {
  it('folds NFC → confusables → no marks → đ→d → lower case → single spaces', () => {
    expect(foldVietnamese('  Cơ  cấu\u00A0TỔ CHỨC ')).toBe('co cau to chuc');
    expect(foldVietnamese('ĐĂNG KÝ')).toBe('dang ky');
    expect(foldVietnamese('\u00D0ẮK LẮK')).toBe('dak lak');
    expect(foldVietnamese('Cơ cấu tổ chức'.normalize('NFD'))).toBe('co cau to chuc');
  });
  it('treats old and new tone placement alike (Hoà / Hòa, Thuỷ / Thủy)', () => {
    expect(foldVietnamese('Hoà Bình')).toBe(foldVietnamese('Hòa Bình'));
    expect(foldVietnamese('Liêm Thuỷ')).toBe(foldVietnamese('Liêm Thủy'));
  });
  it('keeps punctuation so document numbers stay searchable', () => {
    expect(foldVietnamese('42/2022/NĐ-CP')).toBe('42/2022/nd-cp');
  });
  it('covers every Vietnamese vowel with every tone', () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    for (const v of vowels) {
      for (const t of tones) {
        const ch = nfc(v + t);
        expect(foldVietnamese(ch)).toMatch(/^[aeiouy]$/);
        expect(foldVietnamese(ch.toUpperCase())).toBe(foldVietnamese(ch));
      }
    }
  });
});

describe('stripDiacritics', () => {
  it('removes marks but keeps case', () => {
    expect(stripDiacritics('Bắc Kạn')).toBe('Bac Kan');
    expect(stripDiacritics('Đăng Ký')).toBe('Dang Ky');
  });
});

describe('slugify', () => {
  it('makes Vietnamese slugs without diacritics', () => {
    expect(slugify('Cơ cấu tổ chức')).toBe('co-cau-to-chuc');
    expect(slugify('Đăng ký')).toBe('dang-ky');
    expect(slugify('Giới thiệu')).toBe('gioi-thieu');
    expect(slugify('Tìm kiếm')).toBe('tim-kiem');
    expect(slugify('Sở Lao động - Thương binh và Xã hội')).toBe('so-lao-dong-thuong-binh-va-xa-hoi');
    expect(slugify('Sở KH&CN')).toBe('so-kh-va-cn');
    expect(slugify('Phường 1')).toBe('phuong-1');
    expect(slugify("Xã Ea H'Leo")).toBe('xa-ea-h-leo');
    expect(slugify('  --  ')).toBe('');
  });
  it('only ever produces [a-z0-9-] without leading, trailing or double hyphens', () => {
    for (const s of ['Thị trấn Chợ Rã', 'Ủy ban nhân dân', '“Lịch công tác”', 'Q&A / Hỏi đáp', 'ÐÀ NẴNG']) {
      expect(slugify(s)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('compactLabel', () => {
  it('drops spaces and punctuation for DNS labels', () => {
    expect(compactLabel('Bắc Kạn')).toBe('backan');
    expect(compactLabel('Thái Nguyên')).toBe('thainguyen');
    expect(compactLabel('Bà Rịa - Vũng Tàu')).toBe('bariavungtau');
  });
});
