/** The versioned JSON report (zod schema), grouping of findings that share evidence, exit codes, text/Markdown rendering. */
import { describe, expect, it } from 'vitest';
import { evaluate, ruleSetFor } from '../src/rules/engine.js';
import { buildReport, exitCodeOf } from '../src/report/build.js';
import { SCHEMA_VERSION, findingSchema, scanReportSchema } from '../src/report/schema.js';
import { renderMarkdown, renderText } from '../src/report/text.js';
import { html, page, snapshot } from './helpers/snapshot-builder.js';
import { sampleSite } from './helpers/sample-site.js';

async function reportFor(s: ReturnType<typeof sampleSite>, on = '2026-11-29') {
  const set = await ruleSetFor({ on });
  return buildReport(s, set, evaluate(s, set), { scannedAt: '2026-11-29T10:00:00.000Z' });
}

describe('JSON report', () => {
  it('is valid against the versioned schema and carries the required fields', async () => {
    const r = await reportFor(sampleSite({ without: ['footer-responsible', 'viewport'] }));
    expect(scanReportSchema.safeParse(r).success).toBe(true);
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.site).toMatchObject({ url: 'https://sotp.thainguyen.gov.vn/', level: 'department', siteType: null });
    expect(r.ruleSet.on).toBe('2026-11-29');
    expect(r.ruleSet.basis).toContain('224/2026/NĐ-CP');
    const f = r.findings.find((x) => x.ruleId === 'N174-93.1')!;
    expect(f).toMatchObject({ status: 'fail', severity: 'high', confidence: 'secondary' });
    expect(f.citation.vi).toMatch(/Điều 93/);
    expect(f.evidence[0].url).toMatch(/^https:\/\//);
    expect(f.remediation.vi.length).toBeGreaterThan(10);
    expect(r.stats.byStatus.fail).toBeGreaterThan(0);
    expect(r.exitCode).toBe(1);
  });
  it('rejects a pass without evidence', () => {
    const bad = { ruleId: 'X', catalogueId: 'X', basis: 'b', check: 'C1', title: { vi: 'a', en: 'a' }, status: 'pass', severity: 'low', confidence: 'confirmed', citation: { vi: 'a', en: 'a' }, message: { vi: 'a', en: 'a' }, evidence: [], remediation: { vi: 'a', en: 'a' }, group: 'g' };
    expect(findingSchema.safeParse(bad).success).toBe(false);
  });
  it('groups the findings that share a judgement (same evidence)', async () => {
    const r = await reportFor(sampleSite({ without: ['footer-responsible'] }));
    const g = r.groups.find((x) => x.ruleIds.includes('N174-93.1'))!;
    expect(g.ruleIds.length).toBeGreaterThanOrEqual(1);
    const https = r.groups.find((x) => x.ruleIds.includes('N224-21/https'))!;
    expect(https.ruleIds).toEqual(expect.arrayContaining(['N224-21/https', 'TT32-20']));
  });
  it('exit codes: 0 no fail, 1 fails, 2 could not run', async () => {
    expect((await reportFor(sampleSite())).exitCode).toBe(0);
    expect(exitCodeOf([{ status: 'warn' }, { status: 'fail' }], true)).toBe(1);
    const dead = snapshot([{ ...page('https://x.gov.vn/', html({ title: 'x' })), status: 503, facts: undefined }]);
    const r = await reportFor(dead);
    expect(r.exitCode).toBe(2);
    expect(r.findings[0].ruleId).toBe('SCAN-home');
  });
});

describe('text and Markdown', () => {
  it('Vietnamese by default, English on request, grouped by requirement', async () => {
    const r = await reportFor(sampleSite({ without: ['footer-responsible'] }));
    const vi = renderText(r);
    expect(vi).toMatch(/Báo cáo kiểm tra tuân thủ/);
    expect(vi).toMatch(/C7 — Nhận diện trang chủ/);
    expect(vi).toMatch(/KHÔNG ĐẠT\s+N174-93\.1/);
    expect(vi.indexOf('C1 —')).toBeLessThan(vi.indexOf('C7 —'));
    const en = renderText(r, 'en');
    expect(en).toMatch(/Website compliance report/);
    expect(en).toMatch(/FAIL\s+N174-93\.1/);
    const md = renderMarkdown(r, 'en');
    expect(md).toMatch(/^# Website compliance report/);
    expect(md).toMatch(/## C7 — Home-page identity/);
    expect(md).toMatch(/\| N174-93\.1 — /);
  });
});
