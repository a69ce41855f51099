/**
 * Import plan: which records of a legal-document CSV a site imports, which it skips and which it rejects.
 * Pure: the caller (the `import-legal-docs` CLI) reads the file, passes the dedupe keys already in the database,
 * writes `toImport` (each document whole, or not at all) and prints `skipped` and `rejected` with their lines.
 *
 * - **rejected**: records that cannot become a document (unreadable CSV record, no number, no issuer, no or bad
 *   date, unrecognisable issuer); see normalize.ts.
 * - **skipped**: valid documents this site does not take (`other-province`, `province-unknown`,
 *   `central-not-in-scope`) or already has (`already-imported`: key in `existingKeys`; `duplicate-in-file`: an
 *   earlier record of the same file has the same key).
 *
 * Every record ends up in exactly one list: `toImport + skipped + rejected = records of the file`. Re-planning with
 * `existingKeys` = the keys of a previous plan's `toImport` imports nothing again.
 */
import type { RawRow, RowError } from './csv';
import { provinceKey } from './issuers';
import { type LegalDocumentInput, type RejectCode, toLegalDocumentInput } from './normalize';

/**
 * Which documents a site takes: `'central'` — documents of central bodies only (the demo: Sở Thông tin và Truyền
 * thông Bắc Kạn republishes central legal documents of its sector); `{ province }` — documents of that province's
 * authorities and local bodies (and central ones too when `includeCentral`).
 */
export type SiteScope = 'central' | { province: string; includeCentral?: boolean };

export type SkipCode = 'other-province' | 'province-unknown' | 'central-not-in-scope' | 'duplicate-in-file' | 'already-imported';

export interface PlanEntry {
  line: number;
  code: SkipCode | RejectCode | RowError['code'];
  /** English, for logs. */
  reason: string;
  /** Vietnamese, for the person running the import. */
  reasonVi: string;
  documentNumber?: string;
  dedupeKey?: string;
}

export interface ImportPlan {
  toImport: LegalDocumentInput[];
  skipped: PlanEntry[];
  rejected: PlanEntry[];
}

export interface PlanOptions {
  siteScope: SiteScope;
  /** Dedupe keys (`LegalDocumentInput.dedupeKey`) of the documents already in the site. */
  existingKeys: ReadonlySet<string>;
  /** Unreadable records from `parseLegalDocsCsv`, listed as rejected so that every record is accounted for. */
  parseErrors?: readonly RowError[];
}

function scopeDecision(doc: LegalDocumentInput, scope: SiteScope): Omit<PlanEntry, 'line'> | undefined {
  const { issuer } = doc;
  const who = `${issuer.name}${issuer.provinceHint && !issuer.name.includes(issuer.provinceHint) ? ` (${issuer.provinceHint})` : ''}`;
  if (issuer.scope === 'central') {
    if (scope === 'central' || scope.includeCentral) return undefined;
    return {
      code: 'central-not-in-scope',
      reason: `issued by a central body (${who}); this site takes documents of ${scope.province} only`,
      reasonVi: `Văn bản của cơ quan trung ương (${who}); trang này chỉ nhận văn bản của ${scope.province}.`,
    };
  }
  // province, local-agency (and a joint issuer mixing provinces, scope 'unknown')
  if (!issuer.provinceHint) {
    return {
      code: 'province-unknown',
      reason: `issued by ${who}, a provincial or local body whose province is not stated`,
      reasonVi: `Không xác định được tỉnh/thành phố của cơ quan ban hành (${who}).`,
    };
  }
  if (scope !== 'central' && provinceKey(issuer.provinceHint) === provinceKey(scope.province)) return undefined;
  return {
    code: 'other-province',
    reason:
      scope === 'central'
        ? `issued by ${who}, an authority of ${issuer.provinceHint}; this site takes documents of central bodies only`
        : `issued by ${who}, an authority of another province (${issuer.provinceHint})`,
    reasonVi:
      scope === 'central'
        ? `Văn bản của cơ quan địa phương (${who}); trang này chỉ nhận văn bản của cơ quan trung ương.`
        : `Văn bản của cơ quan tỉnh/thành phố khác (${who}).`,
  };
}

/**
 * Plans the import of parsed records into one site.
 *
 * Order of decisions for each record: rejected (cannot be normalised) → skipped for scope → skipped as already
 * imported → skipped as a duplicate of an earlier record in the file → imported.
 *
 * @param rows records from `parseLegalDocsCsv`
 * @param opts site scope, keys already imported, and the parser's errors
 * @returns the three lists, each sorted by line
 */
export function planImport(rows: readonly RawRow[], opts: PlanOptions): ImportPlan {
  const toImport: LegalDocumentInput[] = [];
  const skipped: PlanEntry[] = [];
  const rejected: PlanEntry[] = (opts.parseErrors ?? []).map((e) => ({
    line: e.line,
    code: e.code,
    reason: e.reason,
    reasonVi: e.reasonVi,
  }));
  const firstByKey = new Map<string, LegalDocumentInput>();

  for (const row of rows) {
    const res = toLegalDocumentInput(row, row.line);
    if (!res.ok) {
      rejected.push({
        line: res.line,
        code: res.code,
        reason: res.reason,
        reasonVi: res.reasonVi,
        ...(res.documentNumber ? { documentNumber: res.documentNumber } : {}),
      });
      continue;
    }
    const { doc } = res;
    const common = { line: doc.line, documentNumber: doc.documentNumber, dedupeKey: doc.dedupeKey };
    const outOfScope = scopeDecision(doc, opts.siteScope);
    if (outOfScope) {
      skipped.push({ ...common, ...outOfScope });
      continue;
    }
    if (opts.existingKeys.has(doc.dedupeKey)) {
      skipped.push({
        ...common,
        code: 'already-imported',
        reason: `already imported (key ${doc.dedupeKey})`,
        reasonVi: `Văn bản ${doc.documentNumber} đã được nhập trước đây.`,
      });
      continue;
    }
    const first = firstByKey.get(doc.dedupeKey);
    if (first) {
      const dateNote = first.issuedOn !== doc.issuedOn ? `; dates differ: ${first.issuedOn} kept, ${doc.issuedOn} here` : '';
      skipped.push({
        ...common,
        code: 'duplicate-in-file',
        reason: `same document as line ${first.line} (key ${doc.dedupeKey})${dateNote}`,
        reasonVi:
          `Trùng với văn bản ở dòng ${first.line} (${first.documentNumber}).` +
          (dateNote ? ` Ngày ban hành khác nhau: giữ ${first.issuedOn}, dòng này ghi ${doc.issuedOn} — cần kiểm tra.` : ''),
      });
      continue;
    }
    firstByKey.set(doc.dedupeKey, doc);
    toImport.push(doc);
  }
  const byLine = (a: { line: number }, b: { line: number }): number => a.line - b.line;
  return { toImport: toImport.sort(byLine), skipped: skipped.sort(byLine), rejected: rejected.sort(byLine) };
}

/** Counts entries by code: `{ 'other-province': 320, … }`. */
export function countByCode(entries: readonly PlanEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.code] = (counts[e.code] ?? 0) + 1;
  return counts;
}

/** A summary for logs and the CLI's last line. */
export function summarizePlan(plan: ImportPlan): {
  records: number;
  toImport: number;
  skipped: Record<string, number>;
  rejected: Record<string, number>;
} {
  return {
    records: plan.toImport.length + plan.skipped.length + plan.rejected.length,
    toImport: plan.toImport.length,
    skipped: countByCode(plan.skipped),
    rejected: countByCode(plan.rejected),
  };
}
