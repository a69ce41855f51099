/**
 * The crawler: bounded fetching, charset-aware decoding, robots.txt, sitemaps, feeds, TLS, network
 * facts, cloaking and search probes, and {@link crawlSite} which puts them together into a SiteSnapshot.
 */
export { crawlSite, DEFAULT_CRAWL_OPTIONS, isCrawlable, looksLikeArticle, urlKey, type CrawlOptions } from './crawler.js';
export {
  HttpClient,
  HostLimiter,
  fetchUrl,
  decompressBounded,
  DEFAULT_USER_AGENT,
  DEFAULT_FETCH_LIMITS,
  type FetchOptions,
  type FetchResult,
  type FetchErrorKind,
  type HttpClientOptions,
} from './fetch.js';
export { decodeBody, normaliseCharset, charsetFromContentType, charsetFromMarkup, isValidUtf8, looksLikeWindows1258, type DecodedBody } from './charset.js';
export { RobotsCache, type RobotsEntry, type RobotsOptions } from './robots.js';
export { collectSitemaps, parseSitemap, type SitemapOptions } from './sitemap.js';
export { collectFeeds, parseFeed, type FeedOptions } from './feed.js';
export { probeTls, type TlsProbeOptions } from './tls.js';
export {
  measureNetwork,
  isLoopbackHost,
  systemResolver,
  dnssecViaServer,
  dnsQuery,
  encodeDnsQuery,
  decodeDnsResponse,
  type NetworkResolver,
  type DnsAnswerSummary,
} from './network.js';
export { runCloakingProbe, findSpamTerms, visibleText, textHash, DEFAULT_SPAM_TERMS, PROBE_AGENTS, type SpamMatcher, type CloakingOptions } from './cloaking.js';
export { runSearchProbe, searchQueryFromTitle, buildSearchUrl, pickNewestArticle, pickSearchForm, comparableUrl, type SearchProbeResult, type SearchProbeOptions } from './search-probe.js';
