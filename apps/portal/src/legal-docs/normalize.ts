/**
 * One CSV record → the input of a `legalDocuments` record, or a rejection with its line and reason.
 *
 * Decisions (tested in apps/portal/test/legal-docs.test.ts):
 *
 * - **Rejected** (the row is not imported at all, the file goes on): no document number; no issuer (even when the
 *   number suggests one — the reason names it so the editor can fill the column and re-run); an issuer text that
 *   names no recognisable body and a number that does not help either; no date or a date that is not a real
 *   calendar day.
 * - **Empty summary (trích yếu) is accepted** with a `summary-missing` warning and `summary: ''`: the document is
 *   real (the file's one case is `85/2015/QH13`, the Law on Promulgation of Legal Documents), its number, type,
 *   issuer and date identify it, and losing a law from the list is worse than showing it without an abstract; the
 *   UI shows "type + number" until an editor writes the summary. No text is invented.
 * - **Document number**: `documentNumber` is kept exactly as written (`119/2020/NÐ-CP` with U+00D0 stays so);
 *   `documentNumberKey` is the matching key (see {@link documentNumberKey}).
 * - **Type**: the file's type column when present (in the 896-row file it was derived from the type code by the
 *   team), otherwise inferred from the number's type code (`QĐ` → Quyết định…; no type code, e.g.
 *   `306/STTTT-TrT` or `11675-VP-KGVX`, → Công văn; `n/YYYY/QHxx` → Luật).
 * - **Kind** ({@link classifyKind}).
 * - **Dedupe key** ({@link dedupeKeyOf}).
 */
import { normalizeConfusables, parseVietnameseDate, foldVietnamese } from '@cong/vi';
import type { RawFields, RawRow } from './csv';
import {
  type CanonicalIssuer,
  type IssuerScope,
  TYPE_CODES,
  documentNumberMatchKey,
  parseDocumentNumber,
  resolveIssuer,
} from './issuers';

export interface IssuerRef {
  key: string;
  name: string;
  scope: IssuerScope;
  provinceHint?: string;
}

export type DocumentKind = 'normative' | 'directive';

export type WarningCode =
  | 'summary-missing'
  | 'issuer-from-number'
  | 'issuer-number-mismatch'
  | 'issuer-unit-dropped'
  | 'number-without-slash'
  | 'number-confusables'
  | 'type-inferred';

export interface DocWarning {
  code: WarningCode;
  message: string;
}

export interface LegalDocumentInput {
  /** Số, ký hiệu exactly as written in the source (confusables such as `Ð` kept). */
  documentNumber: string;
  /** Matching key of the number: confusables fixed (Ð→Đ), NFC, upper case, white space removed. */
  documentNumberKey: string;
  /** "The same document" key: `documentNumberKey|issuer.key|year` (see {@link dedupeKeyOf}). */
  dedupeKey: string;
  /** Loại văn bản (Quyết định, Thông tư, Công văn…). */
  type: string;
  kind: DocumentKind;
  /** Trích yếu, white space collapsed; `''` when the source has none (warning `summary-missing`). */
  summary: string;
  issuer: IssuerRef;
  /** The parts of a joint issuer (văn bản liên tịch), sorted by key. */
  issuers?: IssuerRef[];
  /** The issuer text as written in the source. */
  issuerRaw: string;
  /** Người ký as written (may include a title), or null. */
  signer: string | null;
  /** Ngày ban hành, `YYYY-MM-DD`. */
  issuedOn: string;
  /** Attachment paths/URLs as written in the source (`;`-separated there). */
  attachments: string[];
  /** Where the record comes from (source page, or source id, or the CSV line). */
  sourceRef: string;
  /** Identifier of the document in the source system, if any (portal_id). */
  sourceId?: string;
  /** Line of the CSV record. */
  line: number;
  warnings: DocWarning[];
}

export type RejectCode = 'missing-document-number' | 'missing-issuer' | 'issuer-unrecognised' | 'missing-date' | 'invalid-date';

export type NormalizeResult =
  | { ok: true; doc: LegalDocumentInput }
  | { ok: false; line: number; code: RejectCode; reason: string; reasonVi: string; documentNumber?: string };

/**
 * The matching key of a document number: confusables fixed (`Ð` U+00D0 → `Đ` U+0110, Unicode dashes → `-`), NFC,
 * upper case, all white space removed; also a leading "Số"/"Số:" removed and `_` read as `-` (both seen in the
 * 896-row file: `Số: 45/2016/QĐ-TTg`, `107/KH_UBND`). `119/2020/NÐ-CP` → `119/2020/NĐ-CP`,
 * `33 / 2011 /TT-BTTTT` → `33/2011/TT-BTTTT`, `38/2021/QÐ-TTg` → `38/2021/QĐ-TTG`.
 */
export function documentNumberKey(documentNumber: string): string {
  return documentNumberMatchKey(documentNumber);
}

/** Document type from the number's type code; `undefined` when the number is empty. */
export function inferType(numberKey: string): string | undefined {
  if (numberKey === '') return undefined;
  const parsed = parseDocumentNumber(numberKey);
  if (parsed.typeCode) {
    const t = TYPE_CODES[foldVietnamese(parsed.typeCode).replace(/[^a-z0-9]/g, '')];
    if (t) return t;
  }
  // `85/2015/QH13`: a law (a resolution of the National Assembly has the same form; laws are far more common in
  // document lists — the file's own derived column uses the same rule).
  if (parsed.year !== undefined && parsed.issuerCodes.length === 1 && /^QH\d*$/u.test(parsed.issuerCodes[0]!)) return 'Luật';
  return 'Công văn';
}

/**
 * Forms that are legal normative documents whatever their number: the forms of Law 80/2015/QH13 Art. 4 and Law
 * 64/2025/QH15 Art. 4 (Hiến pháp; Bộ luật, Luật; Pháp lệnh; Lệnh of the President; Nghị định; Thông tư; Thông tư
 * liên tịch and Nghị quyết liên tịch as listed there, and under Law 17/2008/QH12 Art. 2 for earlier years). A
 * Văn bản hợp nhất (consolidated text, Pháp lệnh 01/2012/UBTVQH13) only consolidates normative documents and is
 * the official text for applying them, so it is filed with them.
 */
const ALWAYS_NORMATIVE = new Set([
  'hien phap',
  'bo luat',
  'luat',
  'phap lenh',
  'lenh',
  'nghi dinh',
  'thong tu',
  'thong tu lien tich',
  'nghi quyet lien tich',
  'van ban hop nhat',
]);

/**
 * Forms that are normative only in some cases: Nghị quyết (of Quốc hội, UBTVQH, HĐND cấp tỉnh; of Chính phủ since
 * Law 64/2025), Quyết định (of the President, the Prime Minister, UBND cấp tỉnh…), and Chỉ thị (normative for the
 * Prime Minister, ministers and UBND under Law 17/2008/QH12 Art. 2 and Law 31/2004/QH11, no longer after 2016).
 * The same forms are used for individual administrative decisions (appointing a person, approving a plan). The
 * portal cannot read the content, so the number decides: a normative document's number contains its year
 * ("số/năm/ký hiệu", Decree 34/2016/NĐ-CP; Decree 30/2020/NĐ-CP numbers administrative documents without the year),
 * e.g. `18/2020/QĐ-UBND` is normative, `2918/QĐ-UBND` is not.
 */
const NORMATIVE_IF_YEAR_IN_NUMBER = new Set(['nghi quyet', 'quyet dinh', 'chi thi']);

function isPartyBody(key: string): boolean {
  return key.startsWith('tw:') || key.startsWith('tinh-uy:');
}

/**
 * Kind of a document: `normative` (văn bản quy phạm pháp luật) or `directive` (văn bản chỉ đạo điều hành: Công văn,
 * Kế hoạch, Thông báo, Chỉ thị without a year, Công điện, Báo cáo, Hướng dẫn, Chương trình, Kết luận…).
 *
 * 1. Documents of Party bodies are never normative (the Party is not a state body; its Chỉ thị, Nghị quyết,
 *    Quy định are political documents).
 * 2. {@link ALWAYS_NORMATIVE} forms → normative.
 * 3. {@link NORMATIVE_IF_YEAR_IN_NUMBER} forms → normative when the number has `/YYYY/`, else directive.
 * 4. Everything else → directive.
 */
export function classifyKind(type: string, numberKey: string, issuer: Pick<CanonicalIssuer, 'key' | 'parts'>): DocumentKind {
  const parts = issuer.parts ?? [issuer];
  if (parts.some((p) => isPartyBody(p.key))) return 'directive';
  const t = foldVietnamese(type);
  if (ALWAYS_NORMATIVE.has(t)) return 'normative';
  if (NORMATIVE_IF_YEAR_IN_NUMBER.has(t)) return parseDocumentNumber(numberKey).year !== undefined ? 'normative' : 'directive';
  return 'directive';
}

/**
 * "The same document": number key + issuer key + year (`documentNumberKey|issuerKey|YYYY`), the year being the
 * one in the number when it has one, else the year of `issuedOn`.
 *
 * Why these three: a number is unique per issuing body and year only — numbering restarts on 1 January (Decree
 * 30/2020/NĐ-CP, Appendix I; Decree 34/2016/NĐ-CP for normative documents), so `200/KH-UBND` of UBND Hà Nội exists
 * in 2015 and in 2022, and `22/CT-BTTTT` in 2013 and 2021, as different documents; different bodies may share a
 * number in the same year (`01/CT-UBND` of two provinces). Why the year and not the full date: the same document
 * is listed twice with different dates (issue vs effective date, or day and month swapped): `16/2012/QĐ-TTg`
 * (08/03/2012 and 03/08/2012), `02/2012/TT-BTTTT` (15/03 and 01/05/2012), `64/2014/QH13` (25/11 and 25/01/2014),
 * `439/QĐ-BTTTT` (26/03 and 01/04/2015); a key on the full date would import each twice. The kept row is the first
 * one; the skipped duplicate reports the other date so an editor can check it.
 */
export function dedupeKeyOf(doc: Pick<LegalDocumentInput, 'documentNumberKey' | 'issuedOn'> & { issuer: { key: string } }): string {
  const year = parseDocumentNumber(doc.documentNumberKey).year ?? Number(doc.issuedOn.slice(0, 4));
  return `${doc.documentNumberKey}|${doc.issuer.key}|${year}`;
}

function ref(i: CanonicalIssuer): IssuerRef {
  return { key: i.key, name: i.name, scope: i.scope, ...(i.provinceHint ? { provinceHint: i.provinceHint } : {}) };
}

function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Normalises one record.
 *
 * @param row the record's fields (from `parseLegalDocsCsv`)
 * @param line the record's line in the file (defaults to `row.line`)
 * @returns `{ ok: true, doc }` or `{ ok: false, line, code, reason, reasonVi }`; when several problems exist,
 *   `code` is the first of: missing number, missing issuer, missing/invalid date, unrecognised issuer, and the
 *   reasons list them all.
 */
export function toLegalDocumentInput(row: RawFields | RawRow, line: number = (row as RawRow).line): NormalizeResult {
  const documentNumber = row.documentNumber.trim();
  const numberKey = documentNumberKey(documentNumber);
  const problems: Array<{ code: RejectCode; reason: string; reasonVi: string }> = [];

  if (numberKey === '') {
    problems.push({
      code: 'missing-document-number',
      reason: 'no document number (số, ký hiệu)',
      reasonVi: 'Thiếu số, ký hiệu văn bản.',
    });
  }

  const resolution = resolveIssuer(row.issuer, numberKey === '' ? undefined : documentNumber);
  if (resolution.issuer === null) {
    const hint = resolution.fromNumber;
    problems.push({
      code: 'missing-issuer',
      reason: `no issuer${hint ? ` (the number suggests ${hint.name}; fill in the issuer column to import it)` : ''}`,
      reasonVi: `Thiếu cơ quan ban hành${hint ? ` (số, ký hiệu gợi ý: ${hint.name}; hãy điền cơ quan ban hành rồi nhập lại)` : ''}.`,
    });
  }

  let issuedOn = '';
  const dateText = clean(row.issuedOn);
  if (dateText === '') {
    problems.push({ code: 'missing-date', reason: 'no issue date (ngày ban hành)', reasonVi: 'Thiếu ngày ban hành.' });
  } else {
    try {
      issuedOn = parseVietnameseDate(dateText);
    } catch (e) {
      problems.push({
        code: 'invalid-date',
        reason: `issue date "${dateText}" is not a valid date: ${(e as Error).message}`,
        reasonVi: `Ngày ban hành "${dateText}" không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 18/08/2022).`,
      });
    }
  }

  if (resolution.issuer && resolution.issuer.scope === 'unknown' && !resolution.issuer.parts) {
    problems.push({
      code: 'issuer-unrecognised',
      reason: `issuer "${clean(row.issuer)}" is not a recognisable body and the number gives no usable hint`,
      reasonVi: `Không xác định được cơ quan ban hành "${clean(row.issuer)}".`,
    });
  }

  if (problems.length > 0) {
    return {
      ok: false,
      line,
      code: problems[0]!.code,
      reason: problems.map((p) => p.reason).join('; '),
      reasonVi: problems.map((p) => p.reasonVi).join(' '),
      ...(documentNumber ? { documentNumber } : {}),
    };
  }

  const issuer = resolution.issuer!;
  const warnings: DocWarning[] = [];
  for (const note of resolution.notes) {
    const code: WarningCode = note.includes('unit abbreviation')
      ? 'issuer-unit-dropped'
      : note.includes(' kept although ')
        ? 'issuer-number-mismatch'
        : 'issuer-from-number';
    warnings.push({ code, message: note });
  }
  const parsed = parseDocumentNumber(numberKey);
  if (parsed.noSlash) {
    warnings.push({ code: 'number-without-slash', message: `number "${documentNumber}" has no "/"; read as "${numberKey.replace('-', '/')}"` });
  }
  if (normalizeConfusables(documentNumber) !== documentNumber.normalize('NFC')) {
    warnings.push({
      code: 'number-confusables',
      message: `number "${documentNumber}" contains look-alike characters (e.g. Ð U+00D0 for Đ); matched as "${numberKey}"`,
    });
  }
  let type = clean(row.type);
  if (type === '') {
    type = inferType(numberKey) ?? 'Công văn';
    warnings.push({ code: 'type-inferred', message: `type inferred from the number: ${type}` });
  }
  const summary = clean(row.summary);
  if (summary === '') warnings.push({ code: 'summary-missing', message: 'no summary (trích yếu); imported without one' });

  const signer = clean(row.signer);
  const attachments = row.attachments
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const sourceId = clean(row.sourceId);
  const sourceRef = clean(row.sourceRef) || (sourceId ? `id=${sourceId}` : `line ${line}`);

  const base = { documentNumberKey: numberKey, issuedOn, issuer };
  const doc: LegalDocumentInput = {
    documentNumber,
    documentNumberKey: numberKey,
    dedupeKey: dedupeKeyOf(base),
    type,
    kind: classifyKind(type, numberKey, issuer),
    summary,
    issuer: ref(issuer),
    ...(issuer.parts ? { issuers: issuer.parts.map(ref) } : {}),
    issuerRaw: clean(row.issuer),
    signer: signer === '' ? null : signer,
    issuedOn,
    attachments,
    sourceRef,
    ...(sourceId ? { sourceId } : {}),
    line,
    warnings,
  };
  return { ok: true, doc };
}
