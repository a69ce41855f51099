/**
 * SiteSnapshot — what is known about one site at one moment. The seam of the compliance package
 * (DESIGN.md §1): the crawler builds it from the live web, the portal builds it from its own database,
 * and checks only ever read it. Plain JSON (no Dates, no Maps) so it saves to and loads from disk.
 *
 * Times are ISO-8601 strings; sizes in bytes; durations in ms.
 */

/** Where a link was found on its page. */
export type LinkRegion = 'header' | 'menu' | 'main' | 'footer' | 'other';

/** One `<a href>` (or area) on a page, resolved to an absolute URL. */
export interface LinkFact {
  /** Absolute URL after resolving against the page URL. */
  url: string;
  /** Visible text, whitespace-collapsed (falls back to title/aria-label/img alt). */
  text: string;
  region: LinkRegion;
  /** True when the link is hidden by inline style/class/attributes (display:none, visibility:hidden, off-screen, font-size:0…). */
  hidden: boolean;
  /** A CSS selector that finds the element again, for evidence. */
  selector?: string;
  rel?: string;
}

export interface HeadingFact { level: 1 | 2 | 3 | 4 | 5 | 6; text: string }

export interface FormFact {
  /** Absolute action URL ('' when the form posts to itself). */
  action: string;
  method: 'get' | 'post';
  /** Input names with their types, e.g. [{ name: 'q', type: 'search' }]. */
  inputs: { name: string; type: string; placeholder?: string; label?: string; /** (added by the crawler helper) value of hidden inputs, needed to submit the form. */ value?: string }[];
  /** True when the form looks like a site search (role=search, input type=search, names/labels like q/keyword/tìm kiếm). */
  isSearch: boolean;
  selector?: string;
  /** (added by the crawler helper) True for a search box outside any `<form>` (submitted by JavaScript): it exists but cannot be exercised without a browser. */
  scripted?: boolean;
}

export interface ScriptFact {
  /** Absolute src URL, or undefined for inline scripts. */
  src?: string;
  /** First 2,000 characters of an inline script (enough for the EMC tag and version banners). */
  inline?: string;
  /** Library name/version when recognised from the URL or banner (e.g. { name: 'jquery-ui', version: '1.5.3' }). */
  library?: { name: string; version?: string };
}

export interface EmcTagFact {
  /** The `setSiteId` value as written ('' when empty). */
  siteId: string;
  trackerUrl?: string;
  loaderUrl?: string;
  snippet: string;
}

/** Facts extracted from one HTML page. */
export interface PageFacts {
  title: string;
  /** `<html lang>` as written ('' when missing). */
  lang: string;
  headings: HeadingFact[];
  links: LinkFact[];
  /** Main text: the page text without header/nav/footer/script/style, whitespace-collapsed, ≤ 50,000 chars. */
  mainText: string;
  /** Footer text, whitespace-collapsed ('' when no footer region is found). */
  footerText: string;
  /** Header/banner text and images (alt + src) of the top region. */
  headerText: string;
  headerImages: { src: string; alt: string }[];
  /** Dates found in the page as ISO YYYY-MM-DD, with the snippet they came from. */
  dates: { date: string; snippet: string }[];
  emails: string[];
  phones: string[];
  forms: FormFact[];
  /** Share links/buttons found (facebook, zalo, twitter/x, linkedin, email, print). */
  shareTargets: string[];
  /** Feed URLs (RSS/Atom) linked from the page. */
  feeds: string[];
  meta: {
    viewport?: string;
    description?: string;
    generator?: string;
    /** All `<meta name="DC.*">` (case-insensitive key, original case kept as written, e.g. 'DC.title'). */
    dublinCore: Record<string, string>;
    /** All `<meta property="og:*">`. */
    openGraph: Record<string, string>;
    /** Parsed JSON-LD blocks (unparseable blocks are skipped and counted in `jsonLdErrors`). */
    jsonLd: unknown[];
    jsonLdErrors: number;
    charset?: string;
  };
  scripts: ScriptFact[];
  /** Hosts of outbound links and resources (not the site's own hosts). */
  outboundHosts: string[];
  emc?: EmcTagFact;
  /**
   * (added by the crawler helper) Links to other language versions: `<link rel=alternate hreflang>` /
   * `<a hreflang>` ('hreflang') and visible language switches such as "English", `/en`, flag links ('switch').
   * `lang` is the hreflang value as written, or 'en' for a recognised English switch.
   */
  languageLinks?: { url: string; lang: string; text: string; via: 'hreflang' | 'switch' }[];
}

/** One fetched URL. */
export interface PageSnapshot {
  /** The URL requested. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
  /** Redirect chain, first to last (without finalUrl). */
  redirects: string[];
  headers: Record<string, string>;
  contentType: string;
  /** Charset actually used to decode the body. */
  charset: string;
  /** (added by the crawler helper) Charset the server declared (HTTP header, else `<meta>`), as written; absent when none. */
  declaredCharset?: string;
  /** (added by the crawler helper) Why the body was not decoded as declared, or a header/meta disagreement (e.g. "declared iso-8859-1 but the body is valid UTF-8; decoded as utf-8"). */
  charsetWarning?: string;
  /** Body size in bytes (after decompression, capped at the configured limit). */
  bytes: number;
  truncated: boolean;
  fetchedAt: string;
  /** Time to the full body, ms. */
  durationMs: number;
  /** How the crawler reached it: 'start' | 'menu' | 'footer' | 'sitemap' | 'english' | 'link' | 'search' | … */
  via: string;
  depth: number;
  /** Raw HTML (kept so checks can re-run with new extractors; may be omitted when saving a light snapshot). */
  html?: string;
  /** Extracted facts; absent for non-HTML responses. */
  facts?: PageFacts;
  /** Why this page could not be fetched or parsed, when it could not. */
  error?: string;
}

export interface SitemapFact {
  url: string;
  /** 'urlset' | 'sitemapindex' | 'invalid' */
  kind: 'urlset' | 'sitemapindex' | 'invalid';
  urls: { loc: string; lastmod?: string }[];
  error?: string;
}

export interface FeedFact {
  url: string;
  kind: 'rss' | 'atom' | 'invalid';
  title?: string;
  items: { title: string; link: string; published?: string }[];
  error?: string;
}

export interface TlsFact {
  /** Whether https:// answered with a certificate the default trust store accepts. */
  valid: boolean;
  protocol?: string;
  issuer?: string;
  validTo?: string;
  error?: string;
  /** Whether http:// redirects to https://. */
  httpRedirectsToHttps?: boolean;
}

/** What the site is, as its registry (or the CLI) says: the context rules need. */
export interface SiteContext {
  url: string;
  name?: string;
  level?: 'province' | 'department' | 'district' | 'commune' | 'unit' | 'party' | 'enterprise';
  siteType?: 'general' | 'internal' | 'specialised';
  portalUrl?: string;
  /** Full official agency name (Vietnamese). */
  agency?: string;
  emcSiteId?: string;
  /** True when the site is hosted on Cổng (the portal builds the snapshot from its DB). */
  hosted?: boolean;
  /**
   * For a portal: the URLs of its component sites as the registry knows them (fleet CSV rows whose `portal_url` is
   * this site, or `--components FILE`). Read by `judgeComponentListing`; absent → that check is not_applicable.
   */
  componentUrls?: string[];
}

/** Results of the cloaking probe: the same URL fetched as a browser, as Googlebot, and with a search-engine Referer. */
export interface CloakingProbe {
  url: string;
  variants: { agent: 'browser' | 'googlebot' | 'search-referrer'; status: number; bytes: number; textHash: string; spamTerms: string[]; error?: string }[];
}

export interface BrowserFacts {
  axe?: {
    url: string;
    violations: { id: string; impact?: string; help: string; tags: string[]; nodes: number; target?: string }[];
    error?: string;
    /**
     * (added by the crawler helper) The WCAG 2.x Level A subset of `violations` (rule ids), reported
     * separately as the legal floor: Circular 26/2020 makes WCAG 1.0 mandatory (REQUIREMENTS.md TT26-app)
     * and Level A of WCAG 2.x stands in for it; 2.1 A+AA is the recommended target.
     */
    levelA?: { violationIds: string[]; note: string };
  }[];
  lighthouse?: { url: string; runs: number; fcpMs?: number; lcpMs?: number; speedIndexMs?: number; tbtMs?: number; error?: string }[];
}

export interface SiteSnapshot {
  schemaVersion: 1;
  site: SiteContext;
  /** The URL the crawl started from and the hosts considered "the site". */
  startUrl: string;
  hosts: string[];
  /**
   * (added by the crawler helper) Lower-case path prefixes the site was limited to, when it is a component served at a
   * path of its portal's host (the start path, e.g. "/phuong-x", and its English twin, e.g. "/en/phuong-x"); absent
   * when the whole host is the site.
   */
  pathScope?: string[];
  startedAt: string;
  finishedAt: string;
  /** 'crawler' for the live web, 'portal' when built from Cổng's own database. */
  source: 'crawler' | 'portal';
  robots?: { url: string; status: number; body?: string; sitemaps: string[]; disallowsAll: boolean; ignored: boolean };
  pages: PageSnapshot[];
  sitemaps: SitemapFact[];
  feeds: FeedFact[];
  tls?: TlsFact;
  /** The English entry page URL when one was found. */
  englishUrl?: string;
  cloaking?: CloakingProbe[];
  browser?: BrowserFacts;
  /** Result of exercising the site search, when tried: the query, the result URL and the links it listed. */
  searchProbe?: { query: string; expectedUrl: string; resultUrl: string; status: number; found: boolean; error?: string };
  /** Limits that stopped the crawl and other crawl-level problems, in plain English (e.g. "page limit 60 reached"). */
  limitsHit: string[];
  errors: { url: string; message: string }[];
  /** (added by the crawler helper) Outbound links that were HEAD-checked (only when the crawl was asked to; bounded). status 0 = no answer. */
  outboundChecks?: { url: string; status: number; finalUrl?: string; error?: string }[];
  /** Network facts that need the real internet; undefined when not measurable (e.g. loopback). */
  network?: { ipv6?: boolean; dnssec?: boolean; serverCountry?: string; reason?: string };
}
