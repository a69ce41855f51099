/**
 * The EMC monitoring tag snippet (Circular 22/2023 Ch. III; REQUIREMENTS.md TT22-Ch.III, N42-6.3, N224-11.3): the inline
 * snippet the EMC operator hands out, with a `_govaq` queue, `setTrackerUrl` = https://f-emc.ngsp.gov.vn/tracking,
 * `setSiteId` = the site's numeric id, and the loader https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js inserted
 * with `async` + `defer`, so it never blocks parsing or rendering. Written in the operator's own form (string
 * literals, `g.src = '…'`) because that is what scanners, ours (packages/compliance extract/emc.ts and
 * checks/links-emc.ts) included, recognise.
 *
 * Rendered only when the site record has an EMC site id made of digits (the operator issues numbers); without
 * one nothing is emitted — an empty `setSiteId` is itself a finding.
 */
export const EMC_TRACKER_URL = 'https://f-emc.ngsp.gov.vn/tracking';
export const EMC_LOADER_URL = 'https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js';

/** The snippet for one numeric site id. @throws Error when `siteId` is not digits only. */
export function emcSnippet(siteId: string): string {
  if (!/^\d+$/.test(siteId)) throw new Error(`EMC site id must be digits, got ${JSON.stringify(siteId)}`);
  return [
    'var _govaq = window._govaq || [];',
    "_govaq.push(['trackPageView']);",
    "_govaq.push(['enableLinkTracking']);",
    '(function () {',
    `  _govaq.push(['setTrackerUrl', '${EMC_TRACKER_URL}']);`,
    `  _govaq.push(['setSiteId', '${siteId}']);`,
    "  var d = document, g = d.createElement('script'), s = d.getElementsByTagName('script')[0];",
    "  g.type = 'text/javascript';",
    '  g.async = true;',
    '  g.defer = true;',
    `  g.src = '${EMC_LOADER_URL}';`,
    '  s.parentNode.insertBefore(g, s);',
    '})();',
  ].join('\n');
}
