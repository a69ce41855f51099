/**
 * Terminal report (`--format text`, the default) and Markdown (`--format md`), Vietnamese by default, grouped by
 * requirement (C1–C10). Inside a requirement, findings that share a judgement are printed once, with every rule that
 * judged that fact listed beside it.
 */
import type { ScanReport, ReportFinding } from './schema.js';
import { CHECK_NAMES, CHECK_ORDER, CONFIDENCE_MARK, L, SEVERITY_LABEL, STATUS_LABEL, type Lang } from './i18n.js';

function byCheckAndGroup(r: ScanReport) {
  const out: { check: (typeof CHECK_ORDER)[number]; groups: ReportFinding[][]; na: ReportFinding[] }[] = [];
  for (const check of CHECK_ORDER) {
    const fs = r.findings.filter((f) => f.check === check);
    if (fs.length === 0) continue;
    const groups = new Map<string, ReportFinding[]>();
    for (const f of fs.filter((x) => x.status !== 'not_applicable')) {
      const g = groups.get(f.group) ?? [];
      g.push(f);
      groups.set(f.group, g);
    }
    const rank = { fail: 0, error: 1, warn: 2, pass: 3, not_applicable: 4 } as const;
    const sorted = [...groups.values()].sort((a, b) => Math.min(...a.map((f) => rank[f.status])) - Math.min(...b.map((f) => rank[f.status])));
    out.push({ check, groups: sorted, na: fs.filter((x) => x.status === 'not_applicable') });
  }
  return out;
}

function summaryLine(r: ScanReport, lang: Lang): string {
  const s = r.stats.byStatus;
  return (['pass', 'fail', 'warn', 'not_applicable', 'error'] as const).map((k) => `${STATUS_LABEL[k][lang]} ${s[k]}`).join(' · ');
}

function header(r: ScanReport, lang: Lang): string[] {
  const site = r.site;
  return [
    `${L.site[lang]}: ${site.url}${site.name ? ` (${site.name})` : ''}`,
    `${L.level[lang]}: ${site.level ?? L.unknown[lang]} · ${L.siteType[lang]}: ${site.siteType ?? L.unknown[lang]}${site.agency ? ` · ${site.agency}` : ''}`,
    `${L.scannedAt[lang]}: ${r.scannedAt} · ${r.stats.pagesOk}/${r.stats.pages} ${L.pages[lang]}`,
    `${L.ruleSetOn[lang]} ${r.ruleSet.on}${r.ruleSet.frames.length ? ` · ${L.frames[lang]}: ${r.ruleSet.frames.join(', ')}` : ''}`,
    `${L.bases[lang]}: ${r.ruleSet.basis.join('; ')}`,
    ...r.ruleSet.notes.map((n) => `  ${n[lang]}`),
  ];
}

export function renderText(r: ScanReport, lang: Lang = 'vi'): string {
  const out: string[] = [L.title[lang], '='.repeat(L.title[lang].length), ...header(r, lang), '', `${L.summary[lang]}: ${summaryLine(r, lang)} · ${L.exit[lang]} ${r.exitCode}`, ''];
  for (const { check, groups, na } of byCheckAndGroup(r)) {
    const title = `${check === 'SCAN' ? '' : check + ' — '}${CHECK_NAMES[check][lang]}`;
    out.push(title, '-'.repeat(title.length));
    for (const g of groups) {
      const lead = g[0];
      for (const f of g) {
        const st = STATUS_LABEL[f.status];
        out.push(`${st.mark} ${st[lang].padEnd(lang === 'vi' ? 13 : 6)} ${f.ruleId}  [${SEVERITY_LABEL[f.severity][lang]}, ${CONFIDENCE_MARK[f.confidence]}]  ${f.citation[lang]}`);
        out.push(`    ${f.title[lang]}`);
        if (f.note) out.push(`    ${L.note[lang]}: ${f.note[lang]}`);
      }
      out.push(`    → ${lead.message[lang]}`);
      for (const e of lead.evidence.slice(0, 4)) out.push(`      · ${e.url}${e.selector ? ` [${e.selector}]` : ''}${e.snippet ? ` — ${e.snippet}` : ''}`);
      if (lead.status !== 'pass') out.push(`    ${L.remediation[lang]}: ${lead.remediation[lang]}`);
      out.push('');
    }
    if (na.length) {
      out.push(`  ${L.notApplicable[lang]}: ${na.map((f) => `${f.ruleId} (${f.message[lang]})`).join('; ')}`, '');
    }
  }
  return out.join('\n');
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(r: ScanReport, lang: Lang = 'vi'): string {
  const out: string[] = [`# ${L.title[lang]}`, '', ...header(r, lang).map((l) => `- ${l.trim()}`), '', `**${L.summary[lang]}:** ${summaryLine(r, lang)} · ${L.exit[lang]} ${r.exitCode}`, ''];
  for (const { check, groups, na } of byCheckAndGroup(r)) {
    out.push(`## ${check === 'SCAN' ? '' : check + ' — '}${CHECK_NAMES[check][lang]}`, '');
    for (const g of groups) {
      const lead = g[0];
      out.push(`| ${L.rule[lang]} | ${L.status[lang]} | ${L.severity[lang]} | ${L.citation[lang]} |`, '|---|---|---|---|');
      for (const f of g) out.push(`| ${esc(f.ruleId)} — ${esc(f.title[lang])} | ${STATUS_LABEL[f.status].mark} ${STATUS_LABEL[f.status][lang]} | ${SEVERITY_LABEL[f.severity][lang]} ${CONFIDENCE_MARK[f.confidence]} | ${esc(f.citation[lang])} |`);
      out.push('', lead.message[lang], '');
      for (const f of g) if (f.note) out.push(`> ${f.ruleId}: ${f.note[lang]}`, '');
      if (lead.evidence.length) {
        out.push(`${L.evidence[lang]}:`, '');
        for (const e of lead.evidence.slice(0, 5)) out.push(`- <${e.url}>${e.selector ? ` \`${e.selector.replace(/`/g, "'")}\`` : ''}${e.snippet ? ` — ${esc(e.snippet)}` : ''}`);
        out.push('');
      }
      if (lead.status !== 'pass') out.push(`**${L.remediation[lang]}:** ${lead.remediation[lang]}`, '');
    }
    if (na.length) out.push(`*${L.notApplicable[lang]}:* ${na.map((f) => `${f.ruleId} — ${f.message[lang]}`).join('; ')}`, '');
  }
  return out.join('\n');
}
