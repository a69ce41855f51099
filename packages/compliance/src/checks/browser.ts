/**
 * C9 (browser part) — accessibility (axe-core) and performance (Lighthouse), from snapshot.browser, which the
 * crawler fills when run with `--browser`. Without it, accessibility falls back to a few static checks on the
 * raw HTML (moving text, images without alt); performance is not_applicable.
 *
 * Profiles:
 *  - `wcag21aa`  — the practical target: any WCAG 2.0/2.1 A or AA violation fails (Decree 224/2026 Art. 10(3)(c);
 *                  Law 148/2025 Art. 8(7));
 *  - `floor`     — Circular 26/2020's legal floor (WCAG 1.0, reported through the WCAG 2.x Level A subset): Level A
 *                  violations fail, AA-only violations are reported as "recommended" (warn);
 *  - `tt32`      — Circular 32/2017 Art. 18(1)(a–đ): contrast, moving text, text alternatives, link names,
 *                  headings, data tables.
 * Lighthouse (EVAL25-perf): median of runs; FCP < 3 s, LCP < 4 s, Speed Index < 5.8 s, TBT < 0.6 s.
 */
import type { BrowserFacts } from '../snapshot.js';
import type { Evidence, JudgeContext } from '../rules/types.js';
import { clip, defineJudge, dom, htmlPages, judgement, tx } from './util.js';

type Profile = 'wcag21aa' | 'floor' | 'tt32';
const TT32_RULES = ['color-contrast', 'marquee', 'blink', 'image-alt', 'input-image-alt', 'area-alt', 'role-img-alt', 'link-name', 'heading-order', 'page-has-heading-one', 'th-has-data-cells', 'td-headers-attr', 'video-caption', 'object-alt', 'svg-img-alt'];
const LEVEL_A = new Set(['wcag2a', 'wcag21a', 'wcag22a']);
const LEVEL_AA = new Set(['wcag2aa', 'wcag21aa', 'wcag22aa']);

type Violation = NonNullable<BrowserFacts['axe']>[number]['violations'][number] & { url: string };

/** Static checks on the raw HTML: moving text (TT32-18.1(b)) and images without alt (WCAG 1.1.1, Level A). */
function staticA11y(ctx: JudgeContext, profile: Profile): Evidence[] {
  const out: Evidence[] = [];
  const moving = profile === 'tt32';
  for (const p of htmlPages(ctx.snapshot).slice(0, 10)) {
    const url = p.finalUrl || p.url;
    const $ = dom(p);
    if ($) {
      if (moving && $('marquee, blink').length) out.push({ url, selector: 'marquee', snippet: 'moving text (<marquee>/<blink>)' });
      const noAlt = $('img:not([alt])').length;
      if (noAlt) out.push({ url, selector: 'img:not([alt])', snippet: `${noAlt} images without alt text` });
    }
    const mover = moving && p.facts.scripts.find((s) => /marquee|ticker|newsticker|liscroll/i.test(s.src ?? ''));
    if (mover) out.push({ url, selector: `script[src*="${(mover.src ?? '').split('/').pop()}"]`, snippet: `auto-scrolling text script: ${mover.src}` });
  }
  return out;
}

export const judgeAxe = defineJudge('axe', (ctx: JudgeContext, profile: Profile) => {
  const runs = ctx.snapshot.browser?.axe ?? [];
  if (runs.length === 0) {
    const st = staticA11y(ctx, profile);
    if (profile !== 'wcag21aa' && st.length) {
      return judgement(
        'fail',
        profile === 'tt32'
          ? tx('Kiểm tra tĩnh (không có trình duyệt) thấy lỗi tiếp cận: chữ chạy/nhấp nháy hoặc ảnh thiếu văn bản thay thế.', 'Static checks (no browser run) found accessibility faults: moving text or images without text alternatives.')
          : tx('Kiểm tra tĩnh (không có trình duyệt) thấy ảnh thiếu văn bản thay thế (lỗi mức A).', 'Static checks (no browser run) found images without text alternatives (a Level A fault).'),
        st.slice(0, 5),
        { static: true },
      );
    }
    return judgement(
      'not_applicable',
      tx(`Chưa kiểm tra bằng trình duyệt (dùng --browser)${st.length ? '' : '; kiểm tra tĩnh không thấy lỗi'}.`, `Not checked in a browser (use --browser)${st.length ? '' : '; static checks found nothing'}.`),
      st.slice(0, 3),
    );
  }
  const errs = runs.filter((r) => r.error);
  const all: Violation[] = runs.flatMap((r) => r.violations.map((v) => ({ ...v, url: r.url })));
  let fails: Violation[];
  let warns: Violation[] = [];
  if (profile === 'tt32') fails = all.filter((v) => TT32_RULES.includes(v.id));
  else if (profile === 'floor') {
    fails = all.filter((v) => v.tags.some((t) => LEVEL_A.has(t)));
    warns = all.filter((v) => !v.tags.some((t) => LEVEL_A.has(t)) && v.tags.some((t) => LEVEL_AA.has(t)));
  } else fails = all.filter((v) => v.tags.some((t) => LEVEL_A.has(t) || LEVEL_AA.has(t)));
  const ev = (vs: Violation[]): Evidence[] => vs.slice(0, 6).map((v) => ({ url: v.url, selector: v.target, snippet: clip(`${v.id} (${v.impact ?? '?'}, ${v.nodes} nodes): ${v.help}`, 160) }));
  const label = { wcag21aa: ['WCAG 2.1 A/AA', 'WCAG 2.1 A/AA'], floor: ['mức A (sàn pháp lý TT 26/2020)', 'Level A (Circular 26/2020 floor)'], tt32: ['yêu cầu Điều 18 TT 32/2017', 'Circular 32/2017 Art. 18'] }[profile];
  if (fails.length) {
    return judgement('fail', tx(`${fails.length} loại lỗi ${label[0]} (axe-core) trên ${runs.length} trang.`, `${label[1]} violations (axe-core): ${fails.length} rule(s) on ${runs.length} page(s).`), ev(fails), { violations: fails.map((v) => v.id) });
  }
  if (warns.length) {
    return judgement('warn', tx(`Không có lỗi mức A; ${warns.length} loại lỗi mức AA (khuyến nghị WCAG 2.x).`, `No Level A violations; AA violations of ${warns.length} rule(s) (WCAG 2.x, recommended).`), ev(warns), { recommended: warns.map((v) => v.id) });
  }
  if (errs.length === runs.length) return judgement('error', tx('axe-core không chạy được.', 'axe-core could not run.'), errs.map((r) => ({ url: r.url, snippet: r.error })));
  return judgement('pass', tx(`Không có lỗi ${label[0]} trên ${runs.length - errs.length} trang (axe-core).`, `No ${label[1]} violations on ${runs.length - errs.length} pages (axe-core).`), runs.filter((r) => !r.error).map((r) => ({ url: r.url, snippet: `axe: ${r.violations.length} violations in total` })));
});

const LIMITS = { fcpMs: 3000, lcpMs: 4000, speedIndexMs: 5800, tbtMs: 600 } as const;
const NAMES: Record<keyof typeof LIMITS, string> = { fcpMs: 'FCP', lcpMs: 'LCP', speedIndexMs: 'Speed Index', tbtMs: 'TBT' };

/** Lighthouse thresholds of the 2025 evaluation criteria (median of repeated runs). */
export const judgeLighthouse = defineJudge('lighthouse', (ctx) => {
  const runs = ctx.snapshot.browser?.lighthouse ?? [];
  if (runs.length === 0) return judgement('not_applicable', tx('Chưa đo hiệu năng bằng Lighthouse (dùng --browser).', 'Performance was not measured with Lighthouse (use --browser).'), []);
  const ok = runs.filter((r) => !r.error);
  if (ok.length === 0) return judgement('error', tx('Lighthouse không chạy được.', 'Lighthouse could not run.'), runs.map((r) => ({ url: r.url, snippet: r.error })));
  const over: string[] = [];
  const ev: Evidence[] = [];
  for (const r of ok) {
    const parts = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).map((k) => {
      const v = r[k];
      if (v === undefined) return `${NAMES[k]} n/a`;
      if (v >= LIMITS[k]) over.push(`${NAMES[k]} ${(v / 1000).toFixed(2)} s ≥ ${(LIMITS[k] / 1000).toFixed(1)} s (${r.url})`);
      return `${NAMES[k]} ${(v / 1000).toFixed(2)} s`;
    });
    ev.push({ url: r.url, snippet: `median of ${r.runs} runs: ${parts.join(', ')}` });
  }
  if (over.length) return judgement('fail', tx(`Vượt ngưỡng hiệu năng: ${over.join('; ')}.`, `Performance thresholds exceeded: ${over.join('; ')}.`), ev);
  if (ok.some((r) => Object.keys(LIMITS).some((k) => r[k as keyof typeof LIMITS] === undefined))) return judgement('warn', tx('Thiếu một số chỉ số Lighthouse.', 'Some Lighthouse metrics are missing.'), ev);
  return judgement('pass', tx('Đạt ngưỡng hiệu năng (FCP < 3 s, LCP < 4 s, SI < 5,8 s, TBT < 0,6 s).', 'Within the performance thresholds (FCP < 3 s, LCP < 4 s, SI < 5.8 s, TBT < 0.6 s).'), ev);
});

