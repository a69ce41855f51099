/**
 * C5 — Links to other state agencies, integration, and the EMC monitoring tag.
 *
 * Inputs: pages[].facts.links (+ `<select>` link lists in the raw HTML), pages[].facts.emc (or the raw HTML /
 * inline scripts as a fallback), feeds, sitemaps, site.{portalUrl, emcSiteId}.
 *
 * The EMC tag (Circular 22/2023 Ch. III; seen in deployments): an inline script with the `_govaq` queue,
 * `setTrackerUrl` = https://f-emc.ngsp.gov.vn/tracking, a numeric `setSiteId`, loader
 * https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js.
 */
import type { EmcTagFact, PageSnapshot } from '../snapshot.js';
import { classifyPage } from '../match/matcher.js';
import type { Evidence } from '../rules/types.js';
import { foreignSiteOf } from './site-roots.js';
import { allLinks, clip, defineJudge, dom, homePage, hostOf, htmlPages, isGovHost, judgement, ownHosts, tx, uniqBy } from './util.js';

/**
 * A link to the provincial portal given as `--portal` when the site is a component served at a path of the portal's
 * host (`snapshot.pathScope`): same host, outside the component's paths, inside the portal's path. It is a link to
 * another state agency's portal although it shares the host (and, on a test server, although the host is no .gov.vn).
 */
function portalLinkOfPathComponent(url: string, portalUrl: string | undefined, pathScope: string[] | undefined): boolean {
  if (!portalUrl || !pathScope?.length) return false;
  try {
    const u = new URL(url);
    const p = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(portalUrl) ? portalUrl : `https://${portalUrl}`);
    if (u.host.toLowerCase().replace(/^www\./, '') !== p.host.toLowerCase().replace(/^www\./, '')) return false;
    const path = u.pathname.toLowerCase();
    if (pathScope.some((sc) => path === sc || path.startsWith(`${sc}/`))) return false;
    const pp = p.pathname.toLowerCase().replace(/\/+$/, '');
    return !pp || path === pp || path.startsWith(`${pp}/`);
  } catch {
    return false;
  }
}

/**
 * Links to other state agencies' sites (Decree 42/2022 Art. 7(1)): other `.gov.vn` hosts, and — for a component
 * served at a path of its portal's host — the link to that portal.
 */
export const judgeGovLinks = defineJudge('gov-links', (ctx) => {
  const s = ctx.snapshot;
  const own = new Set(ownHosts(s).map((h) => h.replace(/^www\./, '')));
  const links = htmlPages(s).flatMap((p) => allLinks(p).map((l) => ({ p, l })));
  const toPortal = (u: string) => portalLinkOfPathComponent(u, ctx.site.portalUrl, s.pathScope);
  const gov = uniqBy(
    links.filter(({ l }) => {
      const h = hostOf(l.url).replace(/^www\./, '');
      return (h && !own.has(h) && isGovHost(h)) || toPortal(l.url);
    }),
    ({ l }) => hostOf(l.url).replace(/^www\./, ''),
  );
  // The Government Portal and the provincial portal first: the links the law cares most about.
  const portalHost = ctx.site.portalUrl ? hostOf(ctx.site.portalUrl).replace(/^www\./, '') : '';
  const weight = (u: string) => (/chinhphu\.vn$/.test(hostOf(u)) ? 0 : hostOf(u).replace(/^www\./, '') === portalHost ? 1 : 2);
  gov.sort((a, b) => weight(a.l.url) - weight(b.l.url));
  const hostList = gov.map(({ l }) => hostOf(l.url).replace(/^www\./, ''));
  const ev: Evidence[] = gov.slice(0, 5).map(({ p, l }) => ({ url: p.finalUrl || p.url, selector: l.selector, snippet: clip(`“${l.text}” → ${l.url}`, 140) }));
  if (gov.length === 0) return judgement('fail', tx('Không có liên kết tới cổng/trang của cơ quan nhà nước khác.', "No links to other state agencies' portals or sites."), [{ url: s.startUrl, snippet: `${links.length} links checked` }]);
  const portal = ctx.site.portalUrl ? hostOf(ctx.site.portalUrl).replace(/^www\./, '') : undefined;
  if (portal && !gov.some(({ l }) => hostOf(l.url).replace(/^www\./, '') === portal) && (!own.has(portal) || s.pathScope?.length)) {
    return judgement('warn', tx(`Có ${gov.length} liên kết tới cơ quan nhà nước nhưng không có liên kết tới cổng tỉnh (${portal}).`, `${gov.length} links to state agencies, but none to the provincial portal (${portal}).`), ev, { hosts: hostList });
  }
  return judgement('pass', tx(`Có liên kết tới ${gov.length} trang của cơ quan nhà nước khác.`, `Links to ${gov.length} other state-agency sites.`), ev, { hosts: hostList });
});

const EMC_HOST = /f-emc\.ngsp\.gov\.vn/i;

/** Executable JavaScript `<script>` elements: no type, or a JavaScript/module type (not JSON, templates…). */
const JS_TYPE = /javascript|ecmascript|^module$|^text\/babel$/i;

/**
 * Full text of the page's executable inline scripts, read from the raw HTML with an HTML parser. Markup inside
 * HTML comments (`<!-- <script>…</script> -->`, IE conditional comments) is a comment node, not a script, and is
 * never executed, so it is not included; `<noscript>`, `<template>` and non-JavaScript script types are skipped
 * too. (The extractor keeps only the first 2,000 characters of each inline script; the tag may come later.)
 */
function executedScriptTexts(p: PageSnapshot): string[] {
  const $ = dom(p);
  if (!$) return [];
  const out: string[] = [];
  $('script').each((_, el) => {
    if ($(el).closest('noscript, template').length) return;
    const type = (el.attribs.type ?? '').trim();
    if (type && !JS_TYPE.test(type)) return;
    const text = $(el).text();
    if (text.trim()) out.push(text);
  });
  return out;
}

/** EMC tag of a page: extracted fact, else the executable inline scripts (never HTML comments or inert markup). */
export function emcOf(p: PageSnapshot): EmcTagFact | undefined {
  if (p.facts?.emc) return p.facts.emc;
  const sources = [...(p.facts?.scripts ?? []).map((sc) => sc.inline ?? ''), ...executedScriptTexts(p)];
  for (const src of sources) {
    if (!src.includes('_govaq') && !EMC_HOST.test(src)) continue;
    const i = Math.max(0, src.search(/_govaq|f-emc\.ngsp\.gov\.vn/));
    const chunk = src.slice(Math.max(0, i - 200), i + 1200);
    const siteId = /setSiteId['"]?\s*,\s*['"]?([^'"\]\s)]*)/.exec(chunk)?.[1] ?? '';
    const tracker = /setTrackerUrl['"]?\s*,\s*['"]([^'"]+)/.exec(chunk)?.[1] ?? /(https?:)?\/\/f-emc\.ngsp\.gov\.vn\/tracking/.exec(chunk)?.[0];
    const loader = /(https?:)?\/\/f-emc\.ngsp\.gov\.vn\/embed\/[\w.-]+\.js/.exec(chunk)?.[0];
    return { siteId, trackerUrl: tracker, loaderUrl: loader, snippet: clip(chunk, 300) };
  }
  for (const sc of p.facts?.scripts ?? []) {
    if (sc.src && EMC_HOST.test(sc.src)) return { siteId: '', loaderUrl: sc.src, snippet: `script src=${sc.src}` };
  }
  return undefined;
}

type PageKind = 'home' | 'list' | 'article';
function pageKind(p: PageSnapshot, home: PageSnapshot | undefined): PageKind {
  if (p === home) return 'home';
  const u = p.finalUrl || p.url;
  if (/\/-\/|view_content|\/\d{4,}[-/]|[-_]\d{5,}|\/(chi-tiet|detail|view-article)\b/i.test(u)) return 'article';
  return classifyPage(p).sections.length ? 'list' : (p.facts?.dates.length ?? 0) > 3 ? 'list' : 'article';
}

/** The EMC monitoring tag on every page type, with a numeric site id (Circular 22/2023 Ch. III). */
export const judgeEmcTag = defineJudge('emc-tag', (ctx) => {
  const s = ctx.snapshot;
  const home = homePage(s);
  // pages of component sites served on the same host carry their own site ids: they are not this site's pages
  const pages = htmlPages(s).filter((p) => foreignSiteOf(s, p) === undefined);
  const tagged = pages.map((p) => ({ p, kind: pageKind(p, home), emc: emcOf(p) }));
  const homeTag = tagged.find((x) => x.kind === 'home');
  const ev: Evidence[] = [];
  const withTag = tagged.filter((x) => x.emc);
  for (const x of withTag.slice(0, 3)) ev.push({ url: x.p.finalUrl || x.p.url, selector: 'script', snippet: clip(`setSiteId=${JSON.stringify(x.emc!.siteId)} ${x.emc!.trackerUrl ?? ''} ${x.emc!.loaderUrl ?? ''}`, 160) });
  if (!homeTag?.emc) {
    return judgement('fail', tx('Trang chủ không gắn mã giám sát EMC (_govaq, f-emc.ngsp.gov.vn).', 'The home page carries no EMC monitoring tag (_govaq, f-emc.ngsp.gov.vn).'), [{ url: s.startUrl, selector: 'script', snippet: `no _govaq / f-emc.ngsp.gov.vn script on ${withTag.length}/${pages.length} pages` }, ...ev]);
  }
  const ids = [...new Set(withTag.map((x) => x.emc!.siteId))];
  const problems: { vi: string; en: string }[] = [];
  let status: 'pass' | 'warn' | 'fail' = 'pass';
  if (ids.some((id) => !/^\d+$/.test(id))) {
    status = 'fail';
    problems.push({ vi: `mã site EMC trống hoặc không phải số (${ids.map((i) => JSON.stringify(i)).join(', ')})`, en: `EMC site id empty or not a number (${ids.map((i) => JSON.stringify(i)).join(', ')})` });
  }
  if (ctx.site.emcSiteId && ids.some((id) => id !== ctx.site.emcSiteId)) {
    status = 'fail';
    problems.push({ vi: `mã site ${ids.join(', ')} khác mã được cấp ${ctx.site.emcSiteId}`, en: `site id ${ids.join(', ')} differs from the issued id ${ctx.site.emcSiteId}` });
  }
  if (ids.length > 1) {
    status = 'fail';
    problems.push({ vi: `nhiều mã site khác nhau trên cùng trang (${ids.join(', ')})`, en: `several different site ids on one site (${ids.join(', ')})` });
  }
  if (withTag.some((x) => /^http:/.test(x.emc!.trackerUrl ?? '') || /^http:/.test(x.emc!.loaderUrl ?? ''))) {
    if (status === 'pass') status = 'warn';
    problems.push({ vi: 'địa chỉ EMC dùng http:// (nội dung hỗn hợp)', en: 'EMC URLs use http:// (mixed content)' });
  }
  const kinds: PageKind[] = ['home', 'list', 'article'];
  const missingKinds = kinds.filter((k) => tagged.some((x) => x.kind === k) && !tagged.some((x) => x.kind === k && x.emc));
  if (missingKinds.length) {
    if (status === 'pass') status = 'warn';
    const untagged = tagged.filter((x) => !x.emc).slice(0, 2);
    for (const x of untagged) ev.push({ url: x.p.finalUrl || x.p.url, snippet: `${x.kind} page without the EMC tag` });
    problems.push({ vi: `thiếu mã trên loại trang: ${missingKinds.join(', ')}`, en: `tag missing on page types: ${missingKinds.join(', ')}` });
  }
  if (problems.length === 0) return judgement('pass', tx(`Gắn mã EMC (site ${ids[0]}) trên mọi loại trang đã quét.`, `EMC tag (site ${ids[0]}) on every page type scanned.`), ev, { siteIds: ids });
  return judgement(status, tx(`Mã EMC: ${problems.map((p) => p.vi).join('; ')}.`, `EMC tag: ${problems.map((p) => p.en).join('; ')}.`), ev, { siteIds: ids });
});

/** A visible label/badge showing the EMC connection (2024 evaluation; artwork unconfirmed). */
export const judgeEmcLabel = defineJudge('emc-label', (ctx) => {
  const home = homePage(ctx.snapshot);
  if (!home) return judgement('error', tx('Không có trang chủ.', 'No home page.'), []);
  const url = home.finalUrl || home.url;
  const hits: Evidence[] = [];
  for (const l of home.facts?.links ?? []) if (/emc/i.test(`${l.url} ${l.text}`) && !/f-emc\.ngsp\.gov\.vn\/(tracking|embed)/i.test(l.url)) hits.push({ url, selector: l.selector, snippet: `“${l.text}” → ${l.url}` });
  const $ = dom(home);
  if ($) $('img').each((_, el) => {
    const t = `${$(el).attr('src') ?? ''} ${$(el).attr('alt') ?? ''} ${$(el).attr('title') ?? ''}`;
    if (/\bemc\b|[-_/]emc[-_.]|tin[-_ ]?nhiem|tín nhiệm mạng/i.test(t)) hits.push({ url, selector: 'img', snippet: clip(t, 120) });
  });
  if (hits.length) return judgement('pass', tx('Có nhãn/biểu tượng kết nối EMC.', 'An EMC connection label/badge is shown.'), hits.slice(0, 2));
  return judgement('fail', tx('Không thấy nhãn thể hiện đã kết nối hệ thống EMC trên trang chủ.', 'No label showing the EMC connection on the home page.'), [{ url, snippet: 'no img/link mentioning EMC' }]);
});

/** Machine-readable sharing: RSS/Atom feeds or sitemaps (Circular 22/2023 Art. 4: share as web services). */
export const judgeFeeds = defineJudge('feeds', (ctx) => {
  const s = ctx.snapshot;
  const feeds = s.feeds.filter((f) => f.kind !== 'invalid' && f.items.length > 0);
  const linked = [...new Set(htmlPages(s).flatMap((p) => p.facts.feeds))];
  const ev: Evidence[] = [...feeds.slice(0, 2).map((f) => ({ url: f.url, snippet: `${f.kind}, ${f.items.length} items` })), ...linked.slice(0, 2).map((u) => ({ url: u, snippet: 'feed linked from a page' }))];
  if (feeds.length) return judgement('pass', tx(`Có ${feeds.length} nguồn tin RSS/Atom hoạt động.`, `${feeds.length} working RSS/Atom feeds.`), ev);
  if (linked.length) return judgement('warn', tx('Có khai báo RSS/Atom nhưng không đọc được nội dung nguồn tin.', 'RSS/Atom feeds are declared but none could be read.'), ev);
  return judgement('fail', tx('Không có nguồn tin RSS/Atom hay dịch vụ chia sẻ dữ liệu.', 'No RSS/Atom feed or other web-service sharing was found.'), [{ url: s.startUrl, snippet: 'no link[type=application/rss+xml|atom+xml]' }]);
});

/** A link to the provincial open-data portal (Decree 42/2022 Art. 5(2)). */
export const judgeOpenData = defineJudge('open-data', (ctx) => {
  const s = ctx.snapshot;
  const hit = htmlPages(s)
    .flatMap((p) => allLinks(p).map((l) => ({ p, l })))
    .find(({ l }) => /dữ liệu mở|du lieu mo|open data|cổng dữ liệu|cong du lieu/i.test(l.text) || /^(data|opendata|dulieu)\./.test(hostOf(l.url)));
  if (hit) return judgement('pass', tx('Có liên kết tới cổng dữ liệu mở.', 'Links to the open-data portal.'), [{ url: hit.p.finalUrl || hit.p.url, selector: hit.l.selector, snippet: `“${hit.l.text}” → ${hit.l.url}` }]);
  return judgement('fail', tx('Không có liên kết tới cổng dữ liệu (dữ liệu mở) của tỉnh.', "No link to the province's (open-)data portal."), [{ url: s.startUrl, snippet: 'no “dữ liệu mở / open data” link' }]);
});

