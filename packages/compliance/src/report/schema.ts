/**
 * The versioned JSON output of `cong-scan --format json` (one site), validated by zod before it is written.
 * Bump SCHEMA_VERSION on any breaking change (renamed/removed field or changed meaning); adding an optional field
 * is a minor bump.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

const text = z.object({ vi: z.string(), en: z.string() });
export const statusSchema = z.enum(['pass', 'fail', 'warn', 'not_applicable', 'error']);
export const severitySchema = z.enum(['critical', 'high', 'medium', 'low', 'info']);
export const confidenceSchema = z.enum(['confirmed', 'secondary', 'unconfirmed']);
const checkSchema = z.enum(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'SCAN']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const evidenceSchema = z.object({ url: z.string().min(1), selector: z.string().optional(), snippet: z.string().optional() });

export const findingSchema = z
  .object({
    ruleId: z.string().min(1),
    catalogueId: z.string().min(1),
    basis: z.string(),
    check: checkSchema,
    title: text,
    status: statusSchema,
    severity: severitySchema,
    confidence: confidenceSchema,
    citation: text,
    message: text,
    evidence: z.array(evidenceSchema),
    remediation: text,
    group: z.string(),
    note: text.optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((f) => f.status !== 'pass' || f.evidence.length > 0, { message: 'a pass needs evidence' });

export const basisSchema = z.object({
  id: z.string(),
  number: z.string(),
  title: text,
  effectiveFrom: isoDate,
  effectiveTo: isoDate.optional(),
  confidence: confidenceSchema,
});

export const groupSchema = z.object({
  id: z.string(),
  check: checkSchema,
  status: statusSchema,
  ruleIds: z.array(z.string()).min(1),
  message: text,
  evidence: z.array(evidenceSchema),
});

const countsSchema = z.object({ pass: z.number().int(), fail: z.number().int(), warn: z.number().int(), not_applicable: z.number().int(), error: z.number().int() });

export const scanReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('cong-scan'), version: z.string() }),
  site: z.object({
    url: z.string().min(1),
    name: z.string().optional(),
    level: z.enum(['province', 'department', 'district', 'commune', 'unit', 'party', 'enterprise']).nullable(),
    siteType: z.enum(['general', 'internal', 'specialised']).nullable(),
    portalUrl: z.string().optional(),
    agency: z.string().optional(),
    emcSiteId: z.string().optional(),
  }),
  scannedAt: z.iso.datetime({ offset: true }),
  ruleSet: z.object({
    on: isoDate,
    /** Official numbers of the texts whose rules were applied. */
    basis: z.array(z.string()),
    frames: z.array(z.string()),
    texts: z.array(basisSchema),
    notes: z.array(text),
  }),
  findings: z.array(findingSchema),
  groups: z.array(groupSchema),
  stats: z.object({
    rules: z.number().int(),
    findings: z.number().int(),
    byStatus: countsSchema,
    bySeverityFailed: z.partialRecord(severitySchema, z.number().int()),
    byCheck: z.record(z.string(), countsSchema),
    pages: z.number().int(),
    pagesOk: z.number().int(),
    durationMs: z.number(),
  }),
  crawl: z.object({
    startUrl: z.string(),
    source: z.enum(['crawler', 'portal']),
    startedAt: z.string(),
    finishedAt: z.string(),
    limitsHit: z.array(z.string()),
    errors: z.number().int(),
    vulnDb: z.string().nullable(),
  }),
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
});

export type ScanReport = z.infer<typeof scanReportSchema>;
export type ReportFinding = z.infer<typeof findingSchema>;

/** Fleet summary (`--sites`): one row per site. */
export const fleetSummarySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('cong-scan'), version: z.string() }),
  scannedAt: z.iso.datetime({ offset: true }),
  ruleSet: z.object({ on: isoDate, basis: z.array(z.string()) }),
  sites: z.array(
    z.object({
      url: z.string(),
      name: z.string().optional(),
      file: z.string().nullable(),
      exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
      byStatus: countsSchema.nullable(),
      error: z.string().optional(),
    }),
  ),
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
});
export type FleetSummary = z.infer<typeof fleetSummarySchema>;
