/**
 * @cong/compliance — legal bases, rule catalogue, SiteSnapshot, checks, reports and the cong-scan CLI.
 */
export type * from './snapshot.js';
export type { Status, Severity, Confidence, CheckId, Evidence, Judgement, Rule, Finding, RuleContext, CheckOptions, AppliesTo, Text } from './rules/types.js';
export { loadLegalBases, inForce, resolveBasisSelection, frameNames, type LegalBasis } from './legal-bases/index.js';
export { loadRules, ruleSetFor, evaluate, finalize, notApplicableReason, homeFetched, DEFAULT_CHECK_OPTIONS, type RuleSet } from './rules/engine.js';
export { defineRule, use } from './rules/define.js';
export { matchLabel, matchSlug, classifyPage, repeatedHeadings, looksLikeDocumentTitle, titleSegments } from './match/matcher.js';
export { SECTIONS, SECTION_BY_ID, type SectionId, type SectionDef } from './match/sections.js';
export { analyseSections } from './checks/sections.js';
export { loadVulnDb, updateVulnDb, vulnDbCandidates, cacheVulnDbPath } from './checks/vulndb.js';
export { crawlFindings } from './checks/crawl.js';
export { buildReport, exitCodeOf, TOOL_VERSION } from './report/build.js';
export { scanReportSchema, fleetSummarySchema, SCHEMA_VERSION, type ScanReport, type FleetSummary } from './report/schema.js';
export { renderText, renderMarkdown } from './report/text.js';
export { runScan, type ScanRequest, type ScanResult } from './cli/scan.js';
export { main as cli } from './cli/main.js';
export { crawlSite, type CrawlOptions } from './crawl/index.js';
export { extractPageFacts } from './extract/index.js';
export { saveSnapshot, loadSnapshot, parseSnapshot } from './snapshot-io.js';
