/**
 * The legal bases and the rule catalogue as data: IDs from legal/REQUIREMENTS.md, citations, effective periods,
 * rule sets by date and by frame, and the engine's central guarantees (no pass without evidence; an unconfirmed
 * basis never fails; not_applicable "because unknown").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inForce, loadLegalBases } from '../src/legal-bases/index.js';
import { evaluate, finalize, loadRules, notApplicableReason, ruleSetFor } from '../src/rules/engine.js';
import type { Finding, Rule } from '../src/rules/types.js';
import { defineRule } from '../src/rules/define.js';
import { html, page, snapshot } from './helpers/snapshot-builder.js';
import { sharedDir } from './helpers/fixture-site.js';

const REQ = join(sharedDir(), 'legal', 'REQUIREMENTS.md');

describe('legal bases', () => {
  it('have numbers, titles and effective periods as in REQUIREMENTS.md §0–§10', async () => {
    const b = Object.fromEntries((await loadLegalBases()).map((x) => [x.short, x]));
    expect(b['42/2022']).toMatchObject({ number: '42/2022/NĐ-CP', effectiveFrom: '2022-08-15', effectiveTo: '2026-06-30', replacedBy: 'nd-224-2026' });
    expect(b['224/2026']).toMatchObject({ effectiveFrom: '2026-07-01' });
    expect(b['224/2026'].effectiveTo).toBeUndefined();
    expect(b['148/2025']).toMatchObject({ number: '148/2025/QH15', effectiveFrom: '2026-07-01' });
    expect(b['67/2006']).toMatchObject({ effectiveTo: '2026-06-30' });
    expect(b['104/2016'].title.vi).toBe('Luật Tiếp cận thông tin');
    expect(b['13/2018']).toBeDefined();
    expect(b['32/2017']).toBeDefined();
    expect(b['22/2023']).toMatchObject({ effectiveFrom: '2024-04-05' });
    expect(b['72/2013']).toMatchObject({ effectiveTo: '2024-12-24', replacedBy: 'nd-147-2024' });
    expect(b['147/2024']).toMatchObject({ effectiveFrom: '2024-12-25' });
    expect(b['09/2017']).toMatchObject({ effectiveTo: '2026-06-30', replacedBy: 'nd-244-2026' });
    expect(b['244/2026']).toMatchObject({ effectiveFrom: '2026-07-01' });
    for (const x of Object.values(b)) {
      expect(x.title.vi.length).toBeGreaterThan(5);
      expect(x.title.en.length).toBeGreaterThan(5);
      if (x.effectiveTo) expect(x.effectiveTo > x.effectiveFrom).toBe(true);
    }
  });
  it('Decree 42/2022 and Decree 224/2026 are never in force on the same day', async () => {
    const b = Object.fromEntries((await loadLegalBases()).map((x) => [x.short, x]));
    for (const d of ['2022-08-14', '2022-08-15', '2026-06-30', '2026-07-01', '2026-11-29']) expect(inForce(b['42/2022'], d) && inForce(b['224/2026'], d)).toBe(false);
    expect(inForce(b['42/2022'], '2026-06-30')).toBe(true);
    expect(inForce(b['224/2026'], '2026-07-01')).toBe(true);
  });
});

describe('rule catalogue', () => {
  it('every rule is complete data: id, citation, paraphrase, applies-to, severity, confidence, remediation vi/en', async () => {
    const rules = await loadRules();
    expect(rules.length).toBeGreaterThan(90);
    const ids = new Set<string>();
    for (const r of rules) {
      expect(ids.has(r.id), r.id).toBe(false);
      ids.add(r.id);
      expect(r.id.startsWith(r.catalogueId.replace(/…$/, '')), r.id).toBe(true);
      for (const t of [r.citation, r.title, r.remediation]) {
        expect(t.vi.trim().length, r.id).toBeGreaterThan(3);
        expect(t.en.trim().length, r.id).toBeGreaterThan(3);
      }
      expect(['A', 'P', 'C', 'G', 'P,C']).toContain(r.appliesTo.scope);
      expect(['critical', 'high', 'medium', 'low', 'info']).toContain(r.severity);
      expect(typeof r.evaluate).toBe('function');
    }
  });

  it.skipIf(!existsSync(REQ))('every catalogue ID exists in legal/REQUIREMENTS.md, with its confidence mark', async () => {
    const req = readFileSync(REQ, 'utf8');
    const rows = new Map<string, string>();
    for (const line of req.split('\n')) {
      const m = /^\| ([A-Z0-9][^|]*?) \|/.exec(line);
      if (m) rows.set(m[1].trim(), line);
    }
    for (const r of await loadRules()) {
      const row = rows.get(r.catalogueId);
      expect(row, `${r.catalogueId} not in REQUIREMENTS.md`).toBeDefined();
      const last = row!.split('|').slice(-2, -1)[0];
      // The mark of the row's confidence column must allow the rule's confidence.
      const mark = { confirmed: '✅', secondary: '◐', unconfirmed: '❓' }[r.confidence];
      expect(last.includes(mark) || row!.includes(mark), `${r.id}: ${mark} not in the row`).toBe(true);
    }
  });

  it('rules in force on 27 Aug 2022 follow Decree 42/2022, on 29 Nov 2026 Decree 224/2026', async () => {
    const old = await ruleSetFor({ on: '2022-08-27' });
    const now = await ruleSetFor({ on: '2026-11-29' });
    const bases = (s: typeof old) => new Set(s.rules.map((r) => r.basis));
    expect(bases(old).has('nd-42-2022')).toBe(true);
    expect(bases(old).has('nd-224-2026')).toBe(false);
    expect(bases(old).has('luat-67-2006')).toBe(true);
    expect(bases(old).has('tt-22-2023')).toBe(false);
    expect(bases(now).has('nd-224-2026')).toBe(true);
    expect(bases(now).has('luat-148-2025')).toBe(true);
    expect(bases(now).has('nd-42-2022')).toBe(false);
    expect(bases(now).has('luat-67-2006')).toBe(false);
    expect(bases(now).has('nd-147-2024')).toBe(true);
    expect(bases(now).has('nd-72-2013')).toBe(false);
    // The best-practice caveat rules exist only after 1 Jul 2026.
    expect(old.rules.some((r) => r.id === 'TT22-4.x/search')).toBe(false);
    expect(now.rules.some((r) => r.id === 'TT22-4.x/search')).toBe(true);
  });

  it('--basis 42/2022 selects the survey frame with the texts it cites, whatever the date', async () => {
    const s = await ruleSetFor({ on: '2026-11-29', basis: ['42/2022'] });
    expect(s.frames).toEqual(['42/2022']);
    expect(new Set(s.bases.map((b) => b.short))).toEqual(new Set(['42/2022', '104/2016', '13/2018', '72/2013', '09/2014']));
    expect(s.notes.some((n) => n.en.includes('42/2022/NĐ-CP was not in force on 2026-11-29'))).toBe(true);
    await expect(ruleSetFor({ on: '2026-11-29', basis: ['99/2099'] })).rejects.toThrow(/unknown --basis/);
    const single = await ruleSetFor({ on: '2026-11-29', basis: ['147/2024'] });
    expect(single.bases.map((b) => b.short)).toEqual(['147/2024']);
  });
});

describe('engine guarantees', () => {
  const rule = (over: Partial<Rule>): Rule =>
    defineRule({
      id: 'X-1',
      catalogueId: 'X-1',
      basis: 'nd-42-2022',
      citation: { vi: 'c', en: 'c' },
      title: { vi: 't', en: 't' },
      check: 'C2',
      appliesTo: { scope: 'A' },
      severity: 'medium',
      confidence: 'confirmed',
      remediation: { vi: 'r', en: 'r' },
      evaluate: () => ({ status: 'pass', message: { vi: 'm', en: 'm' }, evidence: [] }),
      ...over,
    });
  const f = (status: Finding['status'], evidence: Finding['evidence'] = []): Finding => ({
    ruleId: 'X-1',
    catalogueId: 'X-1',
    basis: 'nd-42-2022',
    check: 'C2',
    title: { vi: 't', en: 't' },
    status,
    severity: 'medium',
    confidence: 'confirmed',
    citation: { vi: 'c', en: 'c' },
    message: { vi: 'm', en: 'm' },
    evidence,
    remediation: { vi: 'r', en: 'r' },
    group: 'g',
  });

  it('never a pass without evidence', () => {
    const out = finalize(f('pass'), rule({}), undefined, '2022-08-27');
    expect(out.status).toBe('warn');
    expect(out.note?.en).toMatch(/no evidence/i);
    expect(finalize(f('pass', [{ url: 'https://x.gov.vn/' }]), rule({}), undefined, '2022-08-27').status).toBe('pass');
  });

  it('an unconfirmed (❓) basis can warn at most, and says why', () => {
    const out = finalize(f('fail', [{ url: 'https://x.gov.vn/' }]), rule({ confidence: 'unconfirmed', confidenceNote: { vi: 'chưa đọc', en: 'not read' } }), undefined, '2022-08-27');
    expect(out.status).toBe('warn');
    expect(out.note?.en).toContain('not read');
  });

  it('a basis whose status is uncertain on the date can warn at most (Circular 22/2023 after 1 Jul 2026)', async () => {
    const bases = await loadLegalBases();
    const tt22 = bases.find((b) => b.short === '22/2023')!;
    expect(finalize(f('fail', [{ url: 'u' }]), rule({ basis: tt22.id }), tt22, '2025-01-01').status).toBe('fail');
    const later = finalize(f('fail', [{ url: 'u' }]), rule({ basis: tt22.id }), tt22, '2026-11-29');
    expect(later.status).toBe('warn');
    expect(later.note?.en).toMatch(/lapsed/);
  });

  it('not_applicable "because unknown" names the option that would supply the field', () => {
    expect(notApplicableReason(rule({ appliesTo: { scope: 'C', levels: ['department'] } }), { url: 'u' })?.en).toMatch(/--level/);
    expect(notApplicableReason(rule({ appliesTo: { scope: 'C', levels: ['department'], needs: ['portalUrl'] } }), { url: 'u', level: 'department' })?.en).toMatch(/--portal/);
    expect(notApplicableReason(rule({ appliesTo: { scope: 'P', levels: ['province'] } }), { url: 'u', level: 'commune' })?.en).toMatch(/provincial portal/);
    expect(notApplicableReason(rule({ appliesTo: { scope: 'G', siteTypes: ['general'] } }), { url: 'u' })?.en).toMatch(/--site-type/);
    expect(notApplicableReason(rule({}), { url: 'u' })).toBeUndefined();
  });

  it('a home page that could not be fetched makes every rule an error', async () => {
    const s = snapshot([{ ...page('https://x.gov.vn/', html({ title: 'x' })), status: 0, error: 'connect ECONNREFUSED', facts: undefined }]);
    const set = await ruleSetFor({ on: '2022-08-27' });
    const out = evaluate(s, set);
    expect(out.every((x) => x.status === 'error')).toBe(true);
  });

  it('rules that judge the same fact share one judgement (one group)', async () => {
    const s = snapshot([page('https://x.gov.vn/', html({ title: 'Trang chủ - Sở X', main: '<form role="search" action="/tim-kiem"><input type="search" name="q"></form>' }))]);
    const set = await ruleSetFor({ on: '2022-08-27' });
    const out = evaluate(s, set);
    const g = (id: string) => out.find((x) => x.ruleId === id)!.group;
    expect(g('N42-4.1e/contacts')).toBe(g('LTC-19.1đ/contacts'));
    expect(g('TT32-16.3c')).not.toBe(g('TT09-2.3'));
  });
});
