/**
 * The rule engine: loads the rule catalogue (one file per rule or small family under src/rules/<basis-id>/),
 * selects the rule set for a date or a frame, evaluates rules against a SiteSnapshot and turns judgements into
 * findings. Central guarantees:
 *
 *  1. a finding never says `pass` without evidence (downgraded to `warn`, with a note);
 *  2. a rule whose basis is unconfirmed (❓) — or whose basis' status is uncertain on the date — never says
 *     `fail` (capped at `warn`, with the reason);
 *  3. a rule that needs context the scan does not have (level, site type, portal URL…) is `not_applicable`
 *     and says which option would supply it;
 *  4. if the home page could not be fetched, every rule is `error` (the CLI exits 2).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inForce, loadLegalBases, resolveBasisSelection, type LegalBasis } from '../legal-bases/index.js';
import type { SiteContext, SiteSnapshot } from '../snapshot.js';
import type { CheckOptions, Finding, Judgement, JudgeFn, Rule, RuleContext, Text } from './types.js';
import { homePage, isOk } from '../checks/util.js';

let rulesCache: Promise<Rule[]> | undefined;

/** Discover every rule file under src/rules/<basis-id>/. Each default-exports a Rule or a Rule[]. */
export function loadRules(): Promise<Rule[]> {
  rulesCache ??= (async () => {
    const root = fileURLToPath(new URL('.', import.meta.url));
    const files: string[] = [];
    for (const d of readdirSync(root).sort()) {
      const dir = join(root, d);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).sort()) if (/\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')) files.push(join(dir, f));
    }
    const mods = await Promise.all(files.map((f) => import(pathToFileURL(f).href)));
    const rules: Rule[] = [];
    mods.forEach((m, i) => {
      const x = m.default as Rule | Rule[] | undefined;
      if (!x) throw new Error(`${files[i]} has no default export (Rule or Rule[])`);
      rules.push(...(Array.isArray(x) ? x : [x]));
    });
    const bases = new Set((await loadLegalBases()).map((b) => b.id));
    const ids = new Set<string>();
    for (const r of rules) {
      if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
      ids.add(r.id);
      if (!bases.has(r.basis)) throw new Error(`rule ${r.id}: unknown basis ${r.basis}`);
    }
    return rules;
  })();
  return rulesCache;
}

export interface RuleSet {
  /** Reference date (YYYY-MM-DD). */
  on: string;
  /** Frames selected with --basis (empty: selection by date). */
  frames: string[];
  bases: LegalBasis[];
  rules: Rule[];
  /** E.g. "Decree 42/2022 was not in force on this date; used on request". */
  notes: Text[];
}

function ruleInForce(r: Rule, basis: LegalBasis, on: string): boolean {
  return inForce(basis, on) && (!r.effective?.from || r.effective.from <= on) && (!r.effective?.to || on <= r.effective.to);
}

/**
 * The rule set: rules in force on `on`, or — with `basis` — the rules of the selected frame/texts (whatever the
 * date; the date still sets freshness and is noted when a selected text was not in force on it).
 */
export async function ruleSetFor(opts: { on: string; basis?: string[] }): Promise<RuleSet> {
  const [all, bases] = await Promise.all([loadRules(), loadLegalBases()]);
  const byId = new Map(bases.map((b) => [b.id, b]));
  const notes: Text[] = [];
  if (opts.basis && opts.basis.length > 0) {
    const sel = resolveBasisSelection(bases, opts.basis);
    if (sel.unknown.length) throw new Error(`unknown --basis ${sel.unknown.join(', ')} (known: ${[...new Set(bases.flatMap((b) => [...b.frames, b.short]))].join(', ')})`);
    for (const b of sel.bases) {
      if (!inForce(b, opts.on)) {
        notes.push({
          vi: `${b.number} không có hiệu lực vào ngày ${opts.on} (${b.effectiveFrom} – ${b.effectiveTo ?? '…'}); áp dụng theo yêu cầu (--basis).`,
          en: `${b.number} was not in force on ${opts.on} (${b.effectiveFrom} – ${b.effectiveTo ?? '…'}); applied on request (--basis).`,
        });
      }
    }
    const ids = new Set(sel.bases.map((b) => b.id));
    return { on: opts.on, frames: sel.frames, bases: sel.bases, rules: all.filter((r) => ids.has(r.basis)), notes };
  }
  const rules = all.filter((r) => ruleInForce(r, byId.get(r.basis)!, opts.on));
  const used = new Set(rules.map((r) => r.basis));
  return { on: opts.on, frames: [], bases: bases.filter((b) => used.has(b.id)), rules, notes };
}

const LEVEL_NAMES: Record<string, Text> = {
  province: { vi: 'cổng tỉnh', en: 'provincial portal' },
  department: { vi: 'sở, ngành', en: 'department' },
  district: { vi: 'cấp huyện', en: 'district' },
  commune: { vi: 'cấp xã', en: 'commune' },
  unit: { vi: 'đơn vị', en: 'unit' },
  party: { vi: 'cơ quan Đảng', en: 'Party body' },
  enterprise: { vi: 'doanh nghiệp', en: 'enterprise' },
};
const NEED_OPTION: Record<string, string> = { portalUrl: '--portal', agency: '--agency', emcSiteId: '--emc-site-id' };

/** Why a rule does not apply to this site, or undefined when it applies. */
export function notApplicableReason(r: Rule, site: SiteContext): Text | undefined {
  const a = r.appliesTo;
  if (a.levels) {
    if (!site.level) return { vi: 'Không áp dụng vì chưa biết cấp của trang (dùng --level).', en: 'Not applicable because the site level is unknown (use --level).' };
    if (!a.levels.includes(site.level)) {
      const names = (l: 'vi' | 'en') => a.levels!.map((x) => LEVEL_NAMES[x]?.[l] ?? x).join(', ');
      return { vi: `Chỉ áp dụng cho: ${names('vi')}.`, en: `Applies only to: ${names('en')}.` };
    }
  }
  if (a.siteTypes) {
    if (!site.siteType) return { vi: 'Không áp dụng vì chưa biết loại trang (dùng --site-type).', en: 'Not applicable because the site type is unknown (use --site-type).' };
    if (!a.siteTypes.includes(site.siteType)) return { vi: `Chỉ áp dụng cho loại trang: ${a.siteTypes.join(', ')}.`, en: `Applies only to site types: ${a.siteTypes.join(', ')}.` };
  }
  for (const n of a.needs ?? []) {
    if (!site[n]) return { vi: `Không áp dụng vì chưa biết ${NEED_OPTION[n]} (thông tin cần để đánh giá).`, en: `Not applicable because ${NEED_OPTION[n]} is unknown (needed to judge this rule).` };
  }
  return undefined;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { freshDays: 7, staleDays: 30, browser: false };

/** Whether the scan reached the home page at all. */
export function homeFetched(s: SiteSnapshot): boolean {
  const h = homePage(s);
  return !!h && isOk(h);
}

export function evaluate(snapshot: SiteSnapshot, set: RuleSet, opts: Partial<CheckOptions> = {}): Finding[] {
  const options = { ...DEFAULT_CHECK_OPTIONS, ...opts };
  const site = snapshot.site;
  const basisById = new Map(set.bases.map((b) => [b.id, b]));
  const memo = new Map<string, Judgement>();
  let requested: string[] = [];
  const ctx: RuleContext = {
    snapshot,
    site,
    on: set.on,
    options,
    judge<A extends unknown[]>(fn: JudgeFn<A>, ...args: A): Judgement {
      const key = `${fn.judgementId ?? fn.name}${args.length ? ':' + JSON.stringify(args) : ''}`;
      requested.push(key);
      let j = memo.get(key);
      if (!j) {
        try {
          j = fn(ctx, ...args);
        } catch (e) {
          j = { status: 'error', message: { vi: `Lỗi khi kiểm tra: ${(e as Error).message}`, en: `Check failed: ${(e as Error).message}` }, evidence: [] };
        }
        memo.set(key, j);
      }
      return j;
    },
  };
  const reachable = homeFetched(snapshot);
  const home = homePage(snapshot);
  const findings: Finding[] = [];
  for (const r of set.rules) {
    const base = {
      ruleId: r.id,
      catalogueId: r.catalogueId,
      basis: r.basis,
      check: r.check,
      title: r.title,
      severity: r.severity,
      confidence: r.confidence,
      citation: r.citation,
      remediation: r.remediation,
    };
    if (!reachable && r.check !== 'SCAN') {
      const why = home?.error ?? (home ? `HTTP ${home.status}` : 'no page fetched');
      findings.push({
        ...base,
        status: 'error',
        message: { vi: `Không tải được trang chủ (${why}); không đánh giá được.`, en: `The home page could not be fetched (${why}); nothing could be judged.` },
        evidence: [{ url: snapshot.startUrl, snippet: why }],
        group: 'home-unreachable',
      });
      continue;
    }
    const na = notApplicableReason(r, site);
    if (na) {
      findings.push({ ...base, status: 'not_applicable', message: na, evidence: [], group: `na:${r.id}` });
      continue;
    }
    requested = [];
    let j: Judgement;
    try {
      j = r.evaluate(ctx);
    } catch (e) {
      j = { status: 'error', message: { vi: `Lỗi khi đánh giá: ${(e as Error).message}`, en: `Rule evaluation failed: ${(e as Error).message}` }, evidence: [] };
    }
    const evidence = j.evidence.map((e) => (e.url ? e : { ...e, url: snapshot.startUrl }));
    const f: Finding = { ...base, status: j.status, message: j.message, evidence, group: requested[0] ?? r.id, ...(j.data ? { data: j.data } : {}) };
    finalize(f, r, basisById.get(r.basis), set.on);
    findings.push(f);
  }
  return findings;
}

function addNote(f: Finding, n: Text) {
  f.note = f.note ? { vi: `${f.note.vi} ${n.vi}`, en: `${f.note.en} ${n.en}` } : n;
}

/** The central guarantees (see the file header). Exported for tests. */
export function finalize(f: Finding, r: Rule, basis: LegalBasis | undefined, on: string): Finding {
  if (f.status === 'pass' && f.evidence.length === 0) {
    f.status = 'warn';
    addNote(f, { vi: 'Không có bằng chứng nên không thể kết luận “đạt”.', en: 'No evidence was recorded, so it cannot be a pass.' });
  }
  if (f.status === 'fail') {
    let cap: Text | undefined;
    if (r.confidence === 'unconfirmed') {
      cap = r.confidenceNote ?? { vi: 'Căn cứ pháp lý chưa được xác nhận (❓).', en: 'The legal basis is unconfirmed (❓).' };
      cap = { vi: `Chỉ cảnh báo: ${cap.vi}`, en: `Warning only: ${cap.en}` };
    } else if (r.warnOnly) {
      cap = { vi: `Chỉ cảnh báo: ${r.warnOnly.vi}`, en: `Warning only: ${r.warnOnly.en}` };
    } else if (basis?.uncertainFrom && basis.uncertainFrom <= on) {
      cap = basis.uncertainNote ?? { vi: 'Hiệu lực của căn cứ chưa chắc chắn vào ngày này.', en: 'Whether the basis still applies on this date is uncertain.' };
    }
    if (cap) {
      f.status = 'warn';
      addNote(f, cap);
    }
  }
  return f;
}
