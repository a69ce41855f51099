/**
 * Charset-aware decoding of fetched bodies: BOM → HTTP header charset → `<meta charset>` /
 * `http-equiv` / XML declaration → detection. Declarations that the bytes contradict are caught
 * (declared ISO-8859-1/windows-1252 but the body is valid UTF-8 Vietnamese → UTF-8; declared UTF-8 but
 * invalid → legacy detection). windows-1258 (Vietnamese, combining tone marks) is supported through
 * iconv-lite; every result is NFC-normalised.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Result of {@link decodeBody}. */
export interface DecodedBody {
  /** Decoded, NFC-normalised text. */
  text: string;
  /** Charset actually used (lower-case WHATWG-ish label, e.g. 'utf-8', 'windows-1258'). */
  charset: string;
  /** What the server declared, as written (header wins over meta); undefined when nothing was declared. */
  declared?: string;
  /** Where `charset` came from. */
  source: 'bom' | 'header' | 'meta' | 'detected';
  /** Why the declaration was not followed, or a header/meta disagreement. */
  warning?: string;
}

const SINGLE_BYTE_LEGACY = /^(iso-8859-\d+|windows-125\d|cp125\d|us-ascii|ascii|latin-?1|l1|iso8859-?\d+|iso_8859-\d+|x-user-defined|tis-620|koi8-[ru])$/;

/** Normalise a charset label to the name used here (and understood by iconv-lite). */
export function normaliseCharset(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'utf8' || l === 'unicode-1-1-utf-8' || l === 'x-unicode20utf8') return 'utf-8';
  if (l === 'latin1' || l === 'latin-1' || l === 'l1' || l === 'iso8859-1' || l === 'iso_8859-1' || l === 'ascii' || l === 'us-ascii') return 'windows-1252';
  if (l === 'iso-8859-1') return 'windows-1252'; // WHATWG: the label iso-8859-1 decodes as windows-1252
  if (/^cp125\d$/.test(l)) return `windows-${l.slice(2)}`;
  return l;
}

/** Charset from a Content-Type header value, as written, or undefined. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([^"';\s,]+)/i.exec(contentType ?? '');
  return m?.[1];
}

/** Charset declared in the first 4 KiB of markup (`<meta charset>`, http-equiv, or `<?xml encoding>`). */
export function charsetFromMarkup(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const cs = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (cs) return cs[1];
  }
  return undefined;
}

/** True when the bytes are well-formed UTF-8 (a multi-byte sequence cut off at the very end is tolerated). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let end = bytes.length;
  // tolerate a truncated final sequence (bodies cut at the byte limit)
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (back < need) end -= back;
    }
    break;
  }
  return isUtf8(bytes.subarray(0, end)); // validates without allocating a decoded copy
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * Heuristic for undeclared legacy Vietnamese: windows-1258 writes tone marks as separate bytes
 * (0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook, 0xF2 dot below) right after a vowel.
 */
export function looksLikeWindows1258(bytes: Uint8Array): boolean {
  const vowels = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)).concat([0xe2, 0xc2, 0xe3, 0xc3, 0xea, 0xca, 0xf4, 0xd4, 0xf5, 0xd5, 0xfd, 0xdd]));
  const tones = new Set([0xcc, 0xec, 0xde, 0xd2, 0xf2]);
  let hits = 0;
  let high = 0;
  for (let i = 1; i < bytes.length && i < 200_000; i++) {
    if (bytes[i] >= 0x80) high++;
    if (tones.has(bytes[i]) && vowels.has(bytes[i - 1])) hits++;
  }
  return hits >= 3 && hits * 4 >= high;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(buf);
  return iconv.decode(buf, charset);
}

function detectLegacy(bytes: Uint8Array): string {
  return looksLikeWindows1258(bytes) ? 'windows-1258' : 'windows-1252';
}

/** Combining characters that NFC may compose; text without any is already NFC (no copy needed). */
const MAY_COMPOSE = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u1100-\u11ff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f]/;

/** NFC-normalise, skipping the (allocating) normalisation when the text has no composable marks. */
export function toNfc(text: string): string {
  return MAY_COMPOSE.test(text) ? text.normalize('NFC') : text;
}

/**
 * Decode a response body.
 *
 * @param bytes        body bytes (after content decoding)
 * @param contentType  the Content-Type header value, if any
 * @returns text (NFC), the charset used, what was declared and any warning; never throws — an unknown
 *          label falls back to detection with a warning
 */
export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedBody {
  const done = (text: string, r: Omit<DecodedBody, 'text'>): DecodedBody => ({ text: toNfc(text), ...r });
  const headerCs = charsetFromContentType(contentType);
  const metaCs = charsetFromMarkup(bytes);
  const declared = headerCs ?? metaCs;
  let warning: string | undefined;
  if (headerCs && metaCs && normaliseCharset(headerCs) !== normaliseCharset(metaCs)) {
    warning = `HTTP header declares ${headerCs} but <meta> declares ${metaCs}`;
  }

  // 1. BOM
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (declared && normaliseCharset(declared) !== 'utf-8') warning = `declared ${declared} but the body starts with a UTF-8 BOM; decoded as utf-8`;
    return done(decodeWith(bytes.subarray(3), 'utf-8'), { charset: 'utf-8', declared, source: 'bom', warning });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const cs = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return done(iconv.decode(Buffer.from(bytes.subarray(2)), cs), { charset: cs, declared, source: 'bom', warning });
  }

  const valid = isValidUtf8(bytes);
  const high = hasHighBytes(bytes);
  if (declared) {
    const source = headerCs ? 'header' : 'meta';
    let cs = normaliseCharset(declared);
    if (cs.startsWith('utf-16') && source === 'meta') cs = 'utf-8'; // WHATWG: a meta utf-16 means utf-8
    if (cs === 'utf-8') {
      if (valid || !high) return done(decodeWith(bytes, 'utf-8'), { charset: 'utf-8', declared, source, warning });
      const legacy = detectLegacy(bytes);
      return done(decodeWith(bytes, legacy), {
        charset: legacy,
        declared,
        source: 'detected',
        warning: `declared ${declared} but the body is not valid UTF-8; decoded as ${legacy}`,
      });
    }
    if (SINGLE_BYTE_LEGACY.test(declared.trim().toLowerCase()) || SINGLE_BYTE_LEGACY.test(cs)) {
      if (high && valid) {
        return done(decodeWith(bytes, 'utf-8'), {
          charset: 'utf-8',
          declared,
          source: 'detected',
          warning: `declared ${declared} but the body is valid UTF-8; decoded as utf-8`,
        });
      }
    }
    if (iconv.encodingExists(cs)) return done(decodeWith(bytes, cs), { charset: cs, declared, source, warning });
    const fallback = valid ? 'utf-8' : detectLegacy(bytes);
    return done(decodeWith(bytes, fallback), {
      charset: fallback,
      declared,
      source: 'detected',
      warning: `unknown charset label "${declared}"; decoded as ${fallback}`,
    });
  }
  if (valid) return done(decodeWith(bytes, 'utf-8'), { charset: 'utf-8', source: 'detected', warning });
  const legacy = detectLegacy(bytes);
  return done(decodeWith(bytes, legacy), { charset: legacy, source: 'detected', warning: `no charset declared and the body is not UTF-8; decoded as ${legacy}` });
}
