/**
 * Turning a rule set + findings into the versioned report: crawl-integrity findings first, then the rules';
 * findings that share a judgement (same evidence) are grouped; stats; the exit code
 * (0 no fail, 1 fails found, 2 the scan could not run).
 */
import type { SiteSnapshot } from '../snapshot.js';
import type { RuleSet } from '../rules/engine.js';
import { homeFetched } from '../rules/engine.js';
import type { Finding, Status } from '../rules/types.js';
import { crawlFindings } from '../checks/crawl.js';
import { worst } from '../checks/util.js';
import { SCHEMA_VERSION, scanReportSchema, type ScanReport } from './schema.js';

export const TOOL_VERSION = '0.1.0';

const STATUSES: Status[] = ['pass', 'fail', 'warn', 'not_applicable', 'error'];
const zero = () => ({ pass: 0, fail: 0, warn: 0, not_applicable: 0, error: 0 });

export function exitCodeOf(findings: Pick<Finding, 'status'>[], reachable: boolean): 0 | 1 | 2 {
  if (!reachable) return 2;
  return findings.some((f) => f.status === 'fail') ? 1 : 0;
}

export interface BuildOptions {
  scannedAt?: string;
  durationMs?: number;
  vulnDbPath?: string;
}

export function buildReport(snapshot: SiteSnapshot, set: RuleSet, ruleFindings: Finding[], opts: BuildOptions = {}): ScanReport {
  const findings = [...crawlFindings(snapshot), ...ruleFindings];
  const byStatus = zero();
  const byCheck: Record<string, ReturnType<typeof zero>> = {};
  const bySeverityFailed: Partial<Record<Finding['severity'], number>> = {};
  for (const f of findings) {
    byStatus[f.status]++;
    (byCheck[f.check] ??= zero())[f.status]++;
    if (f.status === 'fail') bySeverityFailed[f.severity] = (bySeverityFailed[f.severity] ?? 0) + 1;
  }
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.status === 'not_applicable') continue;
    const g = groups.get(f.group) ?? [];
    g.push(f);
    groups.set(f.group, g);
  }
  const reachable = homeFetched(snapshot);
  const site = snapshot.site;
  const report: ScanReport = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'cong-scan', version: TOOL_VERSION },
    site: {
      url: site.url || snapshot.startUrl,
      ...(site.name ? { name: site.name } : {}),
      level: site.level ?? null,
      siteType: site.siteType ?? null,
      ...(site.portalUrl ? { portalUrl: site.portalUrl } : {}),
      ...(site.agency ? { agency: site.agency } : {}),
      ...(site.emcSiteId ? { emcSiteId: site.emcSiteId } : {}),
    },
    scannedAt: opts.scannedAt ?? new Date().toISOString(),
    ruleSet: {
      on: set.on,
      basis: set.bases.map((b) => b.number),
      frames: set.frames,
      texts: set.bases.map((b) => ({ id: b.id, number: b.number, title: b.title, effectiveFrom: b.effectiveFrom, ...(b.effectiveTo ? { effectiveTo: b.effectiveTo } : {}), confidence: b.confidence })),
      notes: set.notes,
    },
    findings: findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ url: e.url, ...(e.selector ? { selector: e.selector } : {}), ...(e.snippet ? { snippet: e.snippet } : {}) })) })),
    groups: [...groups].map(([id, fs]) => ({
      id,
      check: fs[0].check,
      status: worst(...fs.map((f) => f.status)),
      ruleIds: fs.map((f) => f.ruleId),
      message: fs[0].message,
      evidence: fs[0].evidence,
    })),
    stats: {
      rules: set.rules.length,
      findings: findings.length,
      byStatus,
      bySeverityFailed,
      byCheck,
      pages: snapshot.pages.length,
      pagesOk: snapshot.pages.filter((p) => !p.error && p.status >= 200 && p.status < 300).length,
      durationMs: opts.durationMs ?? (Math.max(0, Date.parse(snapshot.finishedAt) - Date.parse(snapshot.startedAt)) || 0),
    },
    crawl: {
      startUrl: snapshot.startUrl,
      source: snapshot.source,
      startedAt: snapshot.startedAt,
      finishedAt: snapshot.finishedAt,
      limitsHit: snapshot.limitsHit,
      errors: snapshot.errors.length,
      vulnDb: opts.vulnDbPath ?? null,
    },
    exitCode: exitCodeOf(findings, reachable),
  };
  return scanReportSchema.parse(report);
}

export { STATUSES };
