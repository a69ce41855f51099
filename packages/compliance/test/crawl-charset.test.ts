import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, isValidUtf8, looksLikeWindows1258, normaliseCharset } from '../src/crawl/charset.js';

const VI = 'Cổng thông tin điện tử Sở Thông tin và Truyền thông — Việt Nam';

/** Encode Vietnamese text as windows-1258 does: base letter (with circumflex/breve/horn) + separate tone mark. */
function toWindows1258(text: string): Buffer {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const out = [...text.normalize('NFD').replace(/(\P{M})(\p{M}*)/gu, (_all, base: string, marks: string) => {
    const tones = marks.match(TONES) ?? [];
    const rest = marks.replace(TONES, '');
    return (base + rest).normalize('NFC') + tones.join('');
  })].join('');
  return iconv.encode(out, 'windows-1258');
}

describe('decodeBody', () => {
  it('uses the HTTP header charset', () => {
    const r = decodeBody(Buffer.from(`<p>${VI}</p>`), 'text/html; charset=UTF-8');
    expect(r).toMatchObject({ charset: 'utf-8', declared: 'UTF-8', source: 'header' });
    expect(r.text).toContain(VI);
    expect(r.warning).toBeUndefined();
  });

  it('uses <meta charset> and http-equiv when the header has none', () => {
    expect(decodeBody(Buffer.from(`<meta charset="utf-8"><p>${VI}`), 'text/html')).toMatchObject({ charset: 'utf-8', source: 'meta' });
    const r = decodeBody(toWindows1258(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>${VI}`), 'text/html');
    expect(r).toMatchObject({ charset: 'windows-1258', source: 'meta' });
    expect(r.text).toContain(VI); // NFC after decoding combining tone marks
    expect(r.text.normalize('NFC')).toBe(r.text);
  });

  it('honours a BOM over the declaration', () => {
    const r = decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VI)]), 'text/html; charset=iso-8859-1');
    expect(r).toMatchObject({ charset: 'utf-8', source: 'bom' });
    expect(r.text).toBe(VI);
    expect(r.warning).toMatch(/BOM/);
  });

  it('detects a wrong ISO-8859-1 declaration on a UTF-8 body', () => {
    const r = decodeBody(Buffer.from(`<html><p>${VI}</p>`), 'text/html; charset=iso-8859-1');
    expect(r).toMatchObject({ charset: 'utf-8', declared: 'iso-8859-1', source: 'detected' });
    expect(r.warning).toBe('declared iso-8859-1 but the body is valid UTF-8; decoded as utf-8');
    expect(r.text).toContain(VI);
  });

  it('detects a wrong UTF-8 declaration on a windows-1258 body', () => {
    const r = decodeBody(toWindows1258(`<p>${VI}</p>`), 'text/html; charset=utf-8');
    expect(r.charset).toBe('windows-1258');
    expect(r.warning).toMatch(/not valid UTF-8/);
    expect(r.text).toContain(VI);
  });

  it('guesses undeclared bodies; notes header/meta disagreement; survives unknown labels', () => {
    expect(decodeBody(Buffer.from(VI)).charset).toBe('utf-8');
    expect(decodeBody(toWindows1258(VI + ' ' + VI)).charset).toBe('windows-1258');
    const dis = decodeBody(Buffer.from(`<meta charset="windows-1252"><p>abc`), 'text/html; charset=utf-8');
    expect(dis.warning).toBe('HTTP header declares utf-8 but <meta> declares windows-1252');
    const unk = decodeBody(Buffer.from(VI), 'text/html; charset=x-klingon');
    expect(unk).toMatchObject({ charset: 'utf-8', warning: 'unknown charset label "x-klingon"; decoded as utf-8' });
  });

  it('tolerates a UTF-8 sequence cut at the byte limit', () => {
    const full = Buffer.from('ệ'.repeat(10));
    expect(isValidUtf8(full.subarray(0, full.length - 1))).toBe(true);
    expect(isValidUtf8(Buffer.from([0x61, 0xff, 0x62]))).toBe(false);
  });

  it('helpers', () => {
    expect(normaliseCharset('UTF8')).toBe('utf-8');
    expect(normaliseCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normaliseCharset('cp1258')).toBe('windows-1258');
    expect(looksLikeWindows1258(Buffer.from('plain ascii'))).toBe(false);
  });
});
