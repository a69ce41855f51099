/**
 * C9 — Dublin Core metadata set of Circular 24/2011/TT-BTTTT Arts 4–6 (REQUIREMENTS.md TT24-4).
 *
 * Element names as the catalogue lists them, written `<meta name="DC.<element>" content="…">` (prefix `DC.` or `dc.`,
 * any case; a refinement such as `DC.date.issued` counts for its element):
 *  - mandatory: title, creator, date, description, publisher, identifier;
 *  - recommended: language, source, contributor, subject;
 *  - optional: coverage, type, format, relation, rights.
 * Required on the home page, the agency introduction page and news/event articles: the check reads the home page,
 * the introduction page when the crawler fetched it, and up to 5 article pages (`articlePages`).
 *
 * Inputs: pages[].facts.meta.dublinCore (keys as written), section analysis ('introduction'), articlePages().
 * Pass: every page read has the 6 mandatory elements non-empty. Fail: a page lacks one (named in the evidence).
 */
import type { Evidence } from '../rules/types.js';
import type { PageSnapshot } from '../snapshot.js';
import { analyseSections } from './sections.js';
import { articlePages } from './usability.js';
import { clip, defineJudge, homePage, htmlPages, judgement, normUrl, tx } from './util.js';

export const DC_MANDATORY = ['title', 'creator', 'date', 'description', 'publisher', 'identifier'] as const;
export const DC_RECOMMENDED = ['language', 'source', 'contributor', 'subject'] as const;
export const DC_OPTIONAL = ['coverage', 'type', 'format', 'relation', 'rights'] as const;

/** The DC elements a page carries with a non-empty value: element → value (first seen). */
export function dublinCoreElements(p: PageSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(p.facts?.meta.dublinCore ?? {})) {
    const m = /^dc\.([a-z]+)(?:\.[\w-]+)?$/i.exec(key);
    if (m && value.trim() && !out.has(m[1].toLowerCase())) out.set(m[1].toLowerCase(), value.trim());
  }
  return out;
}

export const judgeDublinCore = defineJudge('dublin-core', (ctx) => {
  const s = ctx.snapshot;
  const home = homePage(s);
  if (!home?.facts) return judgement('error', tx('Không có trang chủ để kiểm tra.', 'No home page to check.'), []);
  const byUrl = new Map(htmlPages(s).map((p) => [normUrl(p.finalUrl || p.url), p]));
  const intro = analyseSections(s).get('introduction')?.pages.map((c) => byUrl.get(normUrl(c.url))).find((p) => p && p !== home);
  const pages: { p: PageSnapshot; kind: string }[] = [{ p: home, kind: 'home' }];
  if (intro) pages.push({ p: intro, kind: 'introduction' });
  for (const a of articlePages(s, 5)) if (!pages.some((x) => x.p === a)) pages.push({ p: a, kind: 'article' });
  const rows = pages.map(({ p, kind }) => {
    const els = dublinCoreElements(p);
    return { p, kind, els, missing: DC_MANDATORY.filter((e) => !els.has(e)), recommended: DC_RECOMMENDED.filter((e) => els.has(e)), optional: DC_OPTIONAL.filter((e) => els.has(e)) };
  });
  const ev: Evidence[] = rows.map((r) => ({
    url: r.p.finalUrl || r.p.url,
    selector: 'head meta[name^="DC." i]',
    snippet: clip(`${r.kind}: ${r.missing.length ? `missing DC.${r.missing.join(', DC.')}` : 'all 6 mandatory'}; present ${[...r.els.keys()].map((k) => `DC.${k}`).join(', ') || 'none'}${r.els.get('title') ? `; DC.title="${r.els.get('title')}"` : ''}`, 300),
  }));
  const data = { pages: rows.map((r) => ({ url: r.p.finalUrl || r.p.url, kind: r.kind, missing: r.missing, recommended: r.recommended, optional: r.optional })) };
  const kinds = `${rows.length} ${rows.length === 1 ? 'page' : 'pages'}: ${[...new Set(rows.map((r) => r.kind))].join(', ')}`;
  const bad = rows.filter((r) => r.missing.length);
  if (!bad.length) {
    return judgement('pass', tx(`Có đủ 6 phần tử Dublin Core bắt buộc (DC.title, DC.creator, DC.date, DC.description, DC.publisher, DC.identifier) trên ${rows.length} trang đã đọc.`, `All 6 mandatory Dublin Core elements (DC.title, DC.creator, DC.date, DC.description, DC.publisher, DC.identifier) on the ${kinds}.`), ev, data);
  }
  const none = bad.filter((r) => r.els.size === 0).length;
  return judgement(
    'fail',
    tx(`Thiếu phần tử Dublin Core bắt buộc trên ${bad.length}/${rows.length} trang${none ? ` (${none} trang không có DC.* nào)` : ''}.`, `Mandatory Dublin Core elements missing on ${bad.length} of ${rows.length} pages${none ? ` (${none} without any DC.*)` : ''} (${kinds}).`),
    ev,
    data,
  );
});
