/**
 * C5 — The provincial portal links to every one of its component sites (REQUIREMENTS.md N42-7.1b "for P: links to
 * all component sites", L43-16, §12 C5 "the portal links to every component site from its homepage";
 * TT22-EMC-label "links on the homepage leading to the (component) pages").
 *
 * The other direction — a component links back to its portal — is C1 `judgeComponent` (header/menu/footer link)
 * and C5 `judgeGovLinks` (link to `--portal`).
 *
 * Inputs: `site.componentUrls` (the registry's list: fleet CSV rows whose `portal_url` is this site, or
 * `--components FILE`), links of every fetched page (`allLinks`: anchors and `<select>` link lists).
 * A component is linked when a link's host equals the component's host (ignoring `www.`) and, for a component
 * served at a path, the link's path starts with that path.
 * Pass: all linked (evidence: each link, home-page links first). Fail: some missing (evidence names them).
 * not_applicable: no component list known, or the site is not a province portal.
 */
import type { Evidence } from '../rules/types.js';
import { allLinks, clip, defineJudge, homePage, htmlPages, judgement, tx } from './util.js';

function key(u: string): { host: string; path: string } | undefined {
  try {
    const x = new URL(/^[a-z]+:\/\//i.test(u) ? u : `https://${u}`);
    return { host: x.hostname.toLowerCase().replace(/^www\./, ''), path: x.pathname.replace(/\/+$/, '').toLowerCase() };
  } catch {
    return undefined;
  }
}

/** Whether `link` points into the component site `component` (host, and path prefix for path components). */
export function linksToComponent(link: string, component: string): boolean {
  const a = key(link);
  const b = key(component);
  if (!a || !b || a.host !== b.host) return false;
  return !b.path || a.path === b.path || a.path.startsWith(`${b.path}/`);
}

export const judgeComponentListing = defineJudge('component-listing', (ctx) => {
  const s = ctx.snapshot;
  const comps = [...new Set(ctx.site.componentUrls ?? [])].filter((u) => key(u));
  if (!comps.length) {
    return judgement('not_applicable', tx('Không áp dụng vì chưa biết danh sách trang thành phần của cổng (dùng --sites với cột portal_url, hoặc --components).', "Not applicable because the portal's component sites are unknown (use --sites with a portal_url column, or --components)."), []);
  }
  const home = homePage(s);
  const pages = htmlPages(s).sort((a, b) => (a === home ? -1 : b === home ? 1 : 0));
  const found = new Map<string, Evidence>();
  for (const p of pages) {
    for (const l of allLinks(p)) {
      for (const c of comps) if (!found.has(c) && linksToComponent(l.url, c)) found.set(c, { url: p.finalUrl || p.url, selector: l.selector, snippet: clip(`“${l.text}” → ${l.url}${p === home ? ' (home page)' : ''}`, 160) });
    }
  }
  const missing = comps.filter((c) => !found.has(c));
  const onHome = [...found.values()].filter((e) => home && e.url === (home.finalUrl || home.url)).length;
  const data = { components: comps.length, linked: found.size, onHome, missing };
  if (!missing.length) {
    return judgement('pass', tx(`Cổng có liên kết tới đủ ${comps.length} trang thành phần (${onHome} ngay trên trang chủ).`, `The portal links to all ${comps.length} component sites (${onHome} from the home page).`), [...found.values()].slice(0, 8), data);
  }
  const ev: Evidence[] = [...missing.slice(0, 6).map((c) => ({ url: home?.finalUrl || s.startUrl, snippet: `no link to ${c} on ${pages.length} pages read` })), ...[...found.values()].slice(0, 2)];
  return judgement('fail', tx(`Cổng thiếu liên kết tới ${missing.length}/${comps.length} trang thành phần: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}.`, `The portal does not link to ${missing.length} of ${comps.length} component sites: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}.`), ev, data);
});
