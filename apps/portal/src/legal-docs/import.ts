/**
 * Writes an import plan into a site: each document in its own transaction (whole or not at all),
 * published (the source already published it), with `importKey` = the plan's dedupe key so that a
 * re-run finds it. Returns what was imported, skipped and rejected, with line numbers and reasons.
 */
import { createLocalReq, type Payload } from 'payload';
import { parseLegalDocsCsv } from './csv';
import { planImport, type PlanEntry, type SiteScope } from './plan-import';
import { indexDocuments } from '../search/indexing';

export interface ImportResult {
  rows: number;
  imported: number;
  skipped: PlanEntry[];
  rejected: PlanEntry[];
}

/** Imports the CSV text into `siteId`. Throws only when the file itself cannot be read (bad header). */
export async function importLegalDocuments(payload: Payload, o: { csv: string; siteId: number | string; scope: SiteScope; sourceName: string }): Promise<ImportResult> {
  const parsed = parseLegalDocsCsv(o.csv);
  const fatal = parsed.errors.find((e) => e.line === 1 && parsed.rows.length === 0);
  if (fatal) throw new Error(`Cannot read ${o.sourceName}: ${fatal.reason}`);
  const existing = await payload.find({
    collection: 'legal-documents',
    where: { site: { equals: o.siteId } },
    select: { importKey: true },
    pagination: false,
    depth: 0,
    draft: true,
  });
  const existingKeys = new Set(existing.docs.map((d) => (d as { importKey?: string }).importKey).filter((k): k is string => Boolean(k)));
  const plan = planImport(parsed.rows, { siteScope: o.scope, existingKeys, parseErrors: parsed.errors });
  const rejected = [...plan.rejected];
  let imported = 0;
  const createdIds: (number | string)[] = [];
  for (const doc of plan.toImport) {
    const req = await createLocalReq({}, payload);
    const tx = await payload.db.beginTransaction();
    if (tx) req.transactionID = tx;
    try {
      const created = await payload.create({
        collection: 'legal-documents',
        req,
        locale: 'vi',
        // Indexed for search in one batch below (one write per document would double the import time).
        context: { skipSearchIndex: true },
        data: {
          site: o.siteId,
          documentNumber: doc.documentNumber,
          documentNumberKey: doc.documentNumberKey,
          summary: doc.summary,
          type: doc.type,
          kind: doc.kind,
          issuer: doc.issuer.name,
          issuerKey: doc.issuer.key,
          signer: doc.signer,
          issuedOn: `${doc.issuedOn}T00:00:00.000Z`,
          attachments: doc.attachments.map((url) => ({ url })),
          importKey: doc.dedupeKey,
          sourceRef: `${o.sourceName}:${doc.line}${doc.sourceId ? ` (${doc.sourceId})` : ''}`,
          _status: 'published',
        } as never,
      });
      if (tx) await payload.db.commitTransaction(tx);
      createdIds.push(created.id);
      imported++;
    } catch (err) {
      if (tx) await payload.db.rollbackTransaction(tx);
      const message = (err as Error).message;
      rejected.push({ line: doc.line, code: 'write-failed' as never, reason: `database refused the row: ${message}`, reasonVi: `Không ghi được văn bản: ${message}`, documentNumber: doc.documentNumber });
    }
  }
  await indexDocuments(payload, 'legal-documents', createdIds);
  return { rows: plan.toImport.length + plan.skipped.length + plan.rejected.length, imported, skipped: plan.skipped, rejected };
}

/** Counts entries by reason code, e.g. { 'other-province': 352 }. */
export const countByReason = (entries: PlanEntry[]): Record<string, number> =>
  entries.reduce<Record<string, number>>((acc, e) => ((acc[e.code] = (acc[e.code] ?? 0) + 1), acc), {});
