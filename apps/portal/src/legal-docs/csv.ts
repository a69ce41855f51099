/**
 * CSV reader for legal-document metadata (văn bản pháp quy), the input of the `import-legal-docs` CLI.
 *
 * Two header sets are accepted (column order is free, names are matched case-insensitively after trimming):
 *
 * | Vietnamese (the 896-row file of sotttt.hanoi.gov.vn) | English (documented simple form) | field          | required |
 * |------------------------------------------------------|----------------------------------|----------------|----------|
 * | `so_ky_hieu`                                         | `documentNumber`                 | documentNumber | yes      |
 * | `trich_yeu`                                          | `summary`                        | summary        | yes      |
 * | `co_quan_ban_hanh`                                   | `issuer`                         | issuer         | yes      |
 * | `ngay_ban_hanh` (dd/mm/yyyy)                         | `issuedOn` (YYYY-MM-DD or d/m/y) | issuedOn       | yes      |
 * | `nguoi_ky`                                           | `signer`                         | signer         | no       |
 * | `loai_van_ban_suy_ra` or `loai_van_ban`              | `type`                           | type           | no       |
 * | `ghi_chu`                                            | `notes`                          | notes          | no       |
 * | `file_dinh_kem` (`;`-separated)                      | `attachments` (`;`-separated)    | attachments    | no       |
 * | `portal_id`                                          | `sourceId`                       | sourceId       | no       |
 * | `nguon_trang`                                        | `sourceRef`                      | sourceRef      | no       |
 *
 * Any other header is an error (the whole file is refused: a misspelt column would otherwise silently drop data).
 *
 * Line numbers: a record's `line` is the physical line its first character is on (the header is line 1). Quoted
 * fields may contain line breaks (RFC 4180 §2.6), so a record may span several lines and the next record's line
 * is not "previous + 1". `\r\n`, `\n` and a lone `\r` all end a line.
 *
 * Why not csv-parse (a dependency of this app): its recovery after a malformed quote swallows the following
 * well-formed records into the bad one (tried with csv-parse 6.2.0, `skip_records_with_error`), and it reports
 * the line where a record ends, not where it starts. This reader is small, strict where it matters
 * (unterminated quote, text after a closing quote, wrong number of fields → one error per record, with the
 * record's first line, then it resynchronises on the next line) and lenient where RFC 4180 is commonly violated
 * harmlessly (a `"` inside an unquoted field is kept as a literal character).
 */

/** The fields of one CSV record, named in English whatever the header set. All values are trimmed strings. */
export interface RawFields {
  documentNumber: string;
  summary: string;
  issuer: string;
  issuedOn: string;
  signer: string;
  type: string;
  notes: string;
  attachments: string;
  sourceId: string;
  sourceRef: string;
}

/** One CSV record with the physical line it starts on (header = line 1). */
export interface RawRow extends RawFields {
  line: number;
}

/** A record (or the header) that could not be read. `code` is stable, `reason` English, `reasonVi` for users. */
export interface RowError {
  line: number;
  code: 'empty-file' | 'unknown-column' | 'duplicate-column' | 'missing-column' | 'unterminated-quote' | 'text-after-quote' | 'column-count';
  reason: string;
  reasonVi: string;
}

export type HeaderFormat = 'vi' | 'en' | 'mixed';

export interface ParseResult {
  rows: RawRow[];
  errors: RowError[];
  /** Which header set the file used; absent when the header was refused. */
  format?: HeaderFormat;
}

type Field = keyof RawFields;

/** Header names of the Vietnamese export (as in sotttt-hanoi-van-ban-phap-quy-896.csv). */
export const VI_COLUMNS: Readonly<Record<string, Field>> = {
  so_ky_hieu: 'documentNumber',
  trich_yeu: 'summary',
  co_quan_ban_hanh: 'issuer',
  ngay_ban_hanh: 'issuedOn',
  nguoi_ky: 'signer',
  loai_van_ban_suy_ra: 'type',
  loai_van_ban: 'type',
  ghi_chu: 'notes',
  file_dinh_kem: 'attachments',
  portal_id: 'sourceId',
  nguon_trang: 'sourceRef',
};

/** Header names of the simple English form. */
export const EN_COLUMNS: Readonly<Record<string, Field>> = {
  documentNumber: 'documentNumber',
  summary: 'summary',
  issuer: 'issuer',
  issuedOn: 'issuedOn',
  signer: 'signer',
  type: 'type',
  notes: 'notes',
  attachments: 'attachments',
  sourceId: 'sourceId',
  sourceRef: 'sourceRef',
};

export const REQUIRED_FIELDS: readonly Field[] = ['documentNumber', 'summary', 'issuer', 'issuedOn'];

const VI_LOWER = new Map(Object.entries(VI_COLUMNS).map(([k, v]) => [k.toLowerCase(), v] as const));
const EN_LOWER = new Map(Object.entries(EN_COLUMNS).map(([k, v]) => [k.toLowerCase(), v] as const));

interface Record_ {
  line: number;
  fields: string[];
  error?: RowError;
}

/**
 * Splits CSV text into records (RFC 4180, comma separator, `"` quote, `""` escape), keeping each record's first
 * line. Blank lines (empty or white space only) are skipped. A leading BOM is ignored.
 */
export function splitCsvRecords(text: string): Record_[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: Record_[] = [];
  const n = src.length;
  let i = 0;
  let line = 1;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let error: RowError | undefined;
    let atFieldStart = true;
    let quoted = false;
    let endOfRecord = false;

    while (i < n && !endOfRecord) {
      const ch = src[i]!;
      if (quoted) {
        if (ch === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i += 1;
          // After a closing quote only a separator or the end of the line may follow (spaces tolerated).
          while (i < n && (src[i] === ' ' || src[i] === '\t')) i += 1;
          if (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
            error = {
              line: startLine,
              code: 'text-after-quote',
              reason: `text after a closing quote on line ${line} (field ${fields.length + 1})`,
              reasonVi: `Có ký tự sau dấu ngoặc kép đóng ở dòng ${line} (cột ${fields.length + 1}).`,
            };
            // Resynchronise: drop the rest of this physical line.
            while (i < n && src[i] !== '\n' && src[i] !== '\r') i += 1;
          }
          continue;
        }
        if (ch === '\r' || ch === '\n') {
          field += '\n';
          i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
          line += 1;
          continue;
        }
        field += ch;
        i += 1;
        continue;
      }
      if (ch === ',') {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i += 1;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line += 1;
        endOfRecord = true;
        continue;
      }
      if (ch === '"' && atFieldStart && field.trim() === '') {
        quoted = true;
        field = '';
        atFieldStart = false;
        i += 1;
        continue;
      }
      field += ch;
      atFieldStart = false;
      i += 1;
    }
    if (quoted) {
      error = {
        line: startLine,
        code: 'unterminated-quote',
        reason: `quoted field opened in the record starting on line ${startLine} is never closed (end of file reached on line ${line})`,
        reasonVi: `Trường trong ngoặc kép bắt đầu ở bản ghi dòng ${startLine} không được đóng (đến hết tệp, dòng ${line}).`,
      };
    }
    fields.push(field);
    const blank = fields.length === 1 && fields[0]!.trim() === '' && !error;
    if (!blank) out.push({ line: startLine, fields: fields.map((f) => f.trim()), ...(error ? { error } : {}) });
  }
  return out;
}

function headerError(code: RowError['code'], reason: string, reasonVi: string): ParseResult {
  return { rows: [], errors: [{ line: 1, code, reason, reasonVi }] };
}

/**
 * Reads a legal-document CSV (see the module comment for the accepted headers).
 *
 * @param text the whole file as text (UTF-8 decoded)
 * @returns the readable records with their first line, and one error per unreadable record; when the header is
 *   refused (unknown, duplicate or missing required column, or an empty file) `rows` is empty and `errors` holds
 *   one header error on line 1.
 */
export function parseLegalDocsCsv(text: string): ParseResult {
  const records = splitCsvRecords(text);
  const header = records[0];
  if (!header || header.line !== 1) {
    return headerError(
      'empty-file',
      header ? 'line 1 must be the header row' : 'the file is empty',
      header ? 'Dòng 1 phải là dòng tiêu đề cột.' : 'Tệp rỗng.',
    );
  }
  if (header.error) {
    return { rows: [], errors: [header.error] };
  }

  const mapping: Field[] = [];
  const seen = new Map<Field, string>();
  let vi = 0;
  let en = 0;
  const unknown: string[] = [];
  for (const rawName of header.fields) {
    const name = rawName.trim();
    const lower = name.toLowerCase();
    const field = VI_LOWER.get(lower) ?? EN_LOWER.get(lower);
    if (!field) {
      unknown.push(name);
      continue;
    }
    if (VI_LOWER.has(lower)) vi += 1;
    else en += 1;
    const previous = seen.get(field);
    if (previous !== undefined) {
      return headerError(
        'duplicate-column',
        `columns "${previous}" and "${name}" both give ${field}`,
        `Hai cột "${previous}" và "${name}" cùng chứa một thông tin (${field}).`,
      );
    }
    seen.set(field, name);
    mapping.push(field);
  }
  if (unknown.length > 0) {
    const accepted = `Vietnamese: ${Object.keys(VI_COLUMNS).join(', ')}; English: ${Object.keys(EN_COLUMNS).join(', ')}`;
    return headerError(
      'unknown-column',
      `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} in the header (accepted — ${accepted})`,
      `Tên cột không hợp lệ: ${unknown.map((u) => `"${u}"`).join(', ')}. Các tên cột được chấp nhận — ${accepted}.`,
    );
  }
  const missing = REQUIRED_FIELDS.filter((f) => !seen.has(f));
  if (missing.length > 0) {
    return headerError(
      'missing-column',
      `required column${missing.length > 1 ? 's' : ''} missing: ${missing.join(', ')}`,
      `Thiếu cột bắt buộc: ${missing.join(', ')}.`,
    );
  }

  const rows: RawRow[] = [];
  const errors: RowError[] = [];
  for (const rec of records.slice(1)) {
    if (rec.error) {
      errors.push(rec.error);
      continue;
    }
    if (rec.fields.length !== mapping.length) {
      errors.push({
        line: rec.line,
        code: 'column-count',
        reason: `${rec.fields.length} fields, the header has ${mapping.length}`,
        reasonVi: `Bản ghi có ${rec.fields.length} cột, dòng tiêu đề có ${mapping.length} cột.`,
      });
      continue;
    }
    const row: RawRow = {
      line: rec.line,
      documentNumber: '',
      summary: '',
      issuer: '',
      issuedOn: '',
      signer: '',
      type: '',
      notes: '',
      attachments: '',
      sourceId: '',
      sourceRef: '',
    };
    mapping.forEach((field, idx) => {
      row[field] = rec.fields[idx]!;
    });
    rows.push(row);
  }
  const format: HeaderFormat = vi > 0 && en > 0 ? 'mixed' : vi > 0 ? 'vi' : 'en';
  return { rows, errors, format };
}
