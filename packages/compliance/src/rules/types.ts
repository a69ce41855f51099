/**
 * Rules, judgements and findings (DESIGN.md §7).
 *
 *  - A **legal basis** is a text with number, title and effective period (src/legal-bases/*).
 *  - A **rule** is one requirement of one basis: catalogue ID (legal/REQUIREMENTS.md), citation, applies-to,
 *    severity, confidence mark, remediation (vi/en) and a small `evaluate` that reads a judgement.
 *  - A **judgement** is what a check (src/checks/*) concludes about one fact of a SiteSnapshot, with evidence.
 *    Several rules can judge the same fact (e.g. the search box is required by Decree 42/2022 Art. 7(1) and
 *    Circular 32/2017 Art. 16(3)(b)); they share the judgement, and the report groups them.
 *  - A **finding** = rule × site × time, produced by the engine (src/rules/engine.ts), which enforces
 *    "no pass without evidence" and "an unconfirmed basis never fails".
 */
import type { SiteContext, SiteSnapshot } from '../snapshot.js';

export type Status = 'pass' | 'fail' | 'warn' | 'not_applicable' | 'error';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
/** The catalogue's marks: ✅ confirmed, ◐ secondary, ❓ unconfirmed. */
export type Confidence = 'confirmed' | 'secondary' | 'unconfirmed';
export type Level = NonNullable<SiteContext['level']>;
export type SiteType = NonNullable<SiteContext['siteType']>;
export type CheckId = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C8' | 'C9' | 'C10' | 'SCAN';

export interface Text {
  vi: string;
  en: string;
}

export interface Evidence {
  /** The page (or resource) the evidence is on. */
  url: string;
  /** CSS selector of the element, when known. */
  selector?: string;
  /** A short excerpt of what was seen (or, for a missing item, what was looked at). */
  snippet?: string;
}

/** What a check concludes about one fact. */
export interface Judgement {
  status: Status;
  message: Text;
  evidence: Evidence[];
  /** Machine-readable details (counts, matched items) for JSON output and tests. */
  data?: Record<string, unknown>;
}

/** The options that shape judgements (thresholds are policy choices, not law). */
export interface CheckOptions {
  /** Newest news item must be at most this many days old for a pass (default 7). */
  freshDays: number;
  /** … and at most this many for a warn instead of a fail (default 30). */
  staleDays: number;
  /** Parsed vulnerability DB (retire.js jsrepository v5), when available. */
  vulnDb?: VulnDb;
  /** Where the vulnerability DB was looked for, for messages. */
  vulnDbPath?: string;
  /** Whether browser checks were requested (--browser). */
  browser: boolean;
}

export type VulnDb = Record<string, { vulnerabilities: { below?: string; atOrAbove?: string; severity?: string; identifiers?: Record<string, unknown>; info?: string[] }[]; extractors: Record<string, unknown> }>;

/** What a rule's evaluate() sees. */
export interface RuleContext {
  snapshot: SiteSnapshot;
  site: SiteContext;
  /** Reference date (YYYY-MM-DD): rule set and freshness. */
  on: string;
  options: CheckOptions;
  /** Memoised judgement: every rule asking for the same fact gets the same object (and the same group). */
  judge<A extends unknown[]>(fn: JudgeFn<A>, ...args: A): Judgement;
}

export type JudgeFn<A extends unknown[] = []> = ((ctx: JudgeContext, ...args: A) => Judgement) & { judgementId?: string };

/** What a check sees: the rule context without `judge` recursion concerns (checks may call other checks). */
export type JudgeContext = RuleContext;

export interface AppliesTo {
  /** Catalogue scope letter(s): A all, P provincial portal, C component site, G general-information site. */
  scope: 'A' | 'P' | 'C' | 'G' | 'P,C';
  /** Site levels the rule applies to (undefined: all). */
  levels?: Level[];
  /** Site types the rule applies to (undefined: all). */
  siteTypes?: SiteType[];
  /** Context fields the rule cannot be judged without (→ not_applicable "because unknown"). */
  needs?: ('portalUrl' | 'agency' | 'emcSiteId')[];
}

export interface Rule {
  /** Unique rule id: the catalogue ID, with a `/part` suffix when one catalogue row yields several findings. */
  id: string;
  /** The row ID in legal/REQUIREMENTS.md. */
  catalogueId: string;
  /** Legal basis id (src/legal-bases). */
  basis: string;
  citation: Text;
  /** One-line paraphrase of the requirement. */
  title: Text;
  check: CheckId;
  appliesTo: AppliesTo;
  severity: Severity;
  confidence: Confidence;
  /** Why the confidence is what it is (and, for ❓ or status-unknown rules, why the finding can only warn). */
  confidenceNote?: Text;
  /** When set, the finding is capped at `warn` (e.g. the text is read but whether it is still in force is unknown). */
  warnOnly?: Text;
  /** A rule's own window inside its basis' period (e.g. a deadline). */
  effective?: { from?: string; to?: string };
  remediation: Text;
  evaluate(ctx: RuleContext): Judgement;
}

export interface Finding {
  ruleId: string;
  catalogueId: string;
  basis: string;
  check: CheckId;
  title: Text;
  status: Status;
  severity: Severity;
  confidence: Confidence;
  citation: Text;
  message: Text;
  evidence: Evidence[];
  remediation: Text;
  /** Findings that share a judgement share a group id. */
  group: string;
  /** Why the status was capped or changed by the engine, or why the rule does not apply. */
  note?: Text;
  data?: Record<string, unknown>;
}

export const t = (vi: string, en: string): Text => ({ vi, en });
