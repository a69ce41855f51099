/**
 * Which site a fetched page belongs to when several sites share one host.
 *
 * A provincial portal often serves its component sites at paths of its own host (`/phuong-x/`, `/en/phuong-x/`,
 * Liferay's `/web/so-x`). A crawl of the portal then reaches their pages too: a component's home page looks like
 * a long-titled "article", and its English pages name the component, not the portal. These pages are the
 * component's, not the scanned site's.
 *
 * Roots are path prefixes (lower case, no trailing slash, no final file name; `''` is the host root):
 *  - own roots: the start page, its home link ("Trang chủ"/"Home"), its language twins (hreflang / language
 *    switch of the home page, `snapshot.englishUrl`) and the crawl's `pathScope`;
 *  - foreign roots: the registry's component URLs on this host (`site.componentUrls`), and any root some fetched
 *    page calls home (its header/menu "Trang chủ"/"Home" link, or itself) when that root is not an own root and the
 *    page's site name (`og:site_name`, else the last title segment) is not the scanned site's name; plus the
 *    language twins of such a root page.
 *
 * A page belongs to the foreign site whose root is its longest path prefix, unless a longer own root covers it.
 * Inputs: `site.componentUrls`, `startUrl`, `englishUrl`, `pathScope`, pages[].facts.{links, languageLinks, title,
 * meta.openGraph}. Pure; results are cached per snapshot.
 */
import type { PageSnapshot, SiteSnapshot } from '../snapshot.js';
import { titleSegments } from '../match/matcher.js';
import { contentTokens } from '../match/text.js';
import { homePage, htmlPages, normUrl } from './util.js';

/** Texts of a link to a site's home page. */
const HOME_LABEL = /^(trang chủ|trang chu|trang chính|trang nhất|home|home ?page|trang ch[uủ] [-–] home)$/i;

/** Words every site name shares ("Cổng thông tin điện tử", "Web Portal", "website"): not evidence of identity. */
const GENERIC = new Set(['cong', 'trang', 'thong', 'tin', 'dien', 'tu', 'ttdt', 'web', 'website', 'portal', 'site', 'official', 'electronic', 'information', 'homepage', 'home', 'chu']);

export interface SiteRoots {
  /** Root paths of the scanned site (its home and its language versions). */
  own: string[];
  /** Root paths of other sites served on the same host (component sites), with how each was recognised. */
  foreign: { path: string; why: 'registry' | 'home-link' | 'language-twin'; name?: string }[];
}

/**
 * The root path a URL stands for: lower-case path without trailing slashes and without a final file name
 * (`/phuong-x/` → `/phuong-x`, `/web/so-x/home.html` → `/web/so-x`, `/` → `''`); undefined when unparsable.
 */
export function rootPathOf(u: string): string | undefined {
  try {
    let path = decodeURIComponent(new URL(u).pathname).toLowerCase().replace(/\/+$/, '');
    const last = path.split('/').pop() ?? '';
    if (/\.[a-z0-9]{2,5}$/i.test(last)) path = path.slice(0, path.length - last.length).replace(/\/+$/, '');
    return path;
  } catch {
    return undefined;
  }
}

function pathOf(u: string): string {
  try {
    return decodeURIComponent(new URL(u).pathname).toLowerCase().replace(/\/+$/, '');
  } catch {
    return '';
  }
}

function hostOfUrl(u: string): string {
  try {
    return new URL(u).host.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** `path` is `root` or below it (`/x` covers `/x/y`, not `/x-y`); the host root covers everything. */
function under(path: string, root: string): boolean {
  return root === '' || path === root || path.startsWith(`${root}/`);
}

const urlOf = (p: PageSnapshot) => p.finalUrl || p.url;

/** The page's header/menu link to its site's home page ("Trang chủ", "Home"), when it has one on its own host. */
export function homeLinkOf(p: PageSnapshot): string | undefined {
  const host = hostOfUrl(urlOf(p));
  return p.facts?.links.find((l) => !l.hidden && (l.region === 'menu' || l.region === 'header') && HOME_LABEL.test(l.text.replace(/[|»›]/g, ' ').replace(/\s+/g, ' ').trim()) && hostOfUrl(l.url) === host)?.url;
}

/** True when the page's own "Trang chủ"/"Home" link points to itself: it is the home page of some site. */
export function isSelfHomed(p: PageSnapshot): boolean {
  const home = homeLinkOf(p);
  return !!home && (normUrl(home) === normUrl(p.url) || normUrl(home) === normUrl(urlOf(p)));
}

/** The site name a page declares: `og:site_name`, else the last segment of a multi-part title, else the title. */
export function siteNameOf(p: PageSnapshot): string {
  const og = p.facts?.meta.openGraph['og:site_name']?.trim();
  if (og) return og;
  const segs = titleSegments(p.facts?.title ?? '');
  return segs.at(-1) ?? '';
}

const nameTokens = (s: string) => contentTokens(s).filter((w) => !GENERIC.has(w));

/**
 * The candidate name is one of the known names: ≥ 80 % of its distinctive words (without "Cổng thông tin điện tử",
 * "portal", "website"…; diacritic-folded) are in one of them, or it has no distinctive word.
 */
export function knownName(candidate: string, names: string[]): boolean {
  const c = nameTokens(candidate);
  if (c.length === 0) return true;
  return names.some((n) => {
    const k = new Set(nameTokens(n));
    if (k.size === 0) return false;
    return c.filter((w) => k.has(w)).length / c.length >= 0.8;
  });
}

const cache = new WeakMap<SiteSnapshot, SiteRoots>();

/** Own and foreign roots of a snapshot (see the module doc). */
export function siteRoots(s: SiteSnapshot): SiteRoots {
  const hit = cache.get(s);
  if (hit) return hit;
  const home = homePage(s);
  const host = hostOfUrl(home ? urlOf(home) : s.startUrl);
  const own = new Set<string>();
  const addOwn = (u: string | undefined) => {
    if (!u || hostOfUrl(u) !== host) return;
    const r = rootPathOf(u);
    if (r !== undefined) own.add(r);
  };
  const english = s.englishUrl ? htmlPages(s).find((p) => normUrl(urlOf(p)) === normUrl(s.englishUrl!) || normUrl(p.url) === normUrl(s.englishUrl!)) : undefined;
  for (const p of [home, english]) {
    if (!p) continue;
    addOwn(p.url);
    addOwn(urlOf(p));
    addOwn(homeLinkOf(p));
    for (const l of p.facts?.languageLinks ?? []) addOwn(l.url);
  }
  addOwn(s.startUrl);
  addOwn(s.englishUrl);
  for (const scope of s.pathScope ?? []) own.add(scope.toLowerCase().replace(/\/+$/, ''));
  const ownNames = [home, english].filter(Boolean).flatMap((p) => [siteNameOf(p!), ...titleSegments(p!.facts?.title ?? '')]).filter(Boolean);

  const foreign = new Map<string, SiteRoots['foreign'][number]>();
  const addForeign = (path: string | undefined, why: SiteRoots['foreign'][number]['why'], name?: string) => {
    if (path === undefined || path === '' || own.has(path) || foreign.has(path)) return;
    foreign.set(path, { path, why, ...(name ? { name } : {}) });
  };
  for (const u of s.site.componentUrls ?? []) {
    const abs = /^[a-z][a-z0-9+.-]*:\/\//i.test(u) ? u : `https://${u}`;
    if (hostOfUrl(abs) === host) addForeign(rootPathOf(abs), 'registry');
  }
  for (const p of htmlPages(s)) {
    if (p === home || p === english) continue;
    const root = isSelfHomed(p) ? rootPathOf(urlOf(p)) : rootPathOf(homeLinkOf(p) ?? '');
    if (root === undefined || root === '' || own.has(root) || !under(pathOf(urlOf(p)), root)) continue;
    const name = siteNameOf(p);
    if (!name || knownName(name, ownNames)) continue;
    addForeign(root, 'home-link', name);
  }
  // the language versions of a foreign root page ("/phuong-x" ↔ "/en/phuong-x") are that site's too
  for (const p of htmlPages(s)) {
    const r = rootPathOf(urlOf(p));
    if (r === undefined || !foreign.has(r) || pathOf(urlOf(p)) !== r) continue;
    for (const l of p.facts?.languageLinks ?? []) if (hostOfUrl(l.url) === host) addForeign(rootPathOf(l.url), 'language-twin', foreign.get(r)!.name);
  }
  const out: SiteRoots = { own: [...own], foreign: [...foreign.values()] };
  cache.set(s, out);
  return out;
}

/**
 * The root path of the other site (a component served on the same host) a page belongs to, or undefined when it
 * is the scanned site's: the longest foreign root above the page, unless a longer own root covers it.
 */
export function foreignSiteOf(s: SiteSnapshot, p: PageSnapshot): string | undefined {
  const { own, foreign } = siteRoots(s);
  if (hostOfUrl(urlOf(p)) !== hostOfUrl(homePage(s) ? urlOf(homePage(s)!) : s.startUrl)) return undefined;
  const path = pathOf(urlOf(p));
  const f = foreign.filter((x) => under(path, x.path)).sort((a, b) => b.path.length - a.path.length)[0];
  if (!f) return undefined;
  const o = own.filter((x) => under(path, x)).sort((a, b) => b.length - a.length)[0];
  return o !== undefined && o.length > f.path.length ? undefined : f.path;
}

/**
 * True when the page is the home page of a site: the scanned site's start page, one of its own roots (its English
 * home, a path-scope root), a foreign root (a component's home, known from the registry or from its home link), or
 * a page whose own "Trang chủ"/"Home" link points to itself.
 */
export function isSiteRoot(s: SiteSnapshot, p: PageSnapshot): boolean {
  if (p === homePage(s) || isSelfHomed(p)) return true;
  const { own, foreign } = siteRoots(s);
  if (s.englishUrl && (normUrl(p.url) === normUrl(s.englishUrl) || normUrl(urlOf(p)) === normUrl(s.englishUrl))) return true;
  const path = pathOf(urlOf(p));
  const reqPath = pathOf(p.url);
  return [...own, ...foreign.map((f) => f.path)].some((r) => r !== '' && (r === path || r === reqPath));
}
