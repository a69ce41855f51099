/**
 * C1 — Component-site status and domain.
 *
 *  - domain: the host is under `.gov.vn` (Decree 42/2022 Art. 6(4); Decree 224/2026 Art. 11(4)); from 1/7/2025
 *    (two-level local government) a commune host with a district label (`xa.huyen.tinh.gov.vn`) is flagged;
 *  - component: a department/commune site is a component of the provincial portal: its host is in the portal's
 *    domain tree (or a path under the portal) and it links back to the portal (Decree 42/2022 Art. 6(1);
 *    Decree 224/2026 Art. 11(1); Circular 22/2023). Needs `--portal`.
 *
 * Inputs: snapshot.startUrl, site.{url, portalUrl, level}, the home page's links. On a loopback test server the
 * real domain is unknown: not_applicable.
 */
import type { Evidence } from '../rules/types.js';
import { defineJudge, homePage, hostOf, htmlPages, isLoopbackUrl, judgement, tx } from './util.js';

function siteUrl(ctx: { snapshot: { startUrl: string }; site: { url: string } }): string {
  return ctx.site.url || ctx.snapshot.startUrl;
}

export const judgeGovDomain = defineJudge('gov-domain', (ctx) => {
  const url = siteUrl(ctx);
  if (isLoopbackUrl(url)) return judgement('not_applicable', tx('Không áp dụng: đang quét máy chủ thử nghiệm nội bộ (loopback), tên miền thật chưa biết.', 'Not applicable: scanning a loopback test server; the real domain is unknown.'), []);
  const host = hostOf(url).replace(/^www\./, '');
  const ev = [{ url, snippet: `host ${host}` }];
  if (!host.endsWith('.gov.vn')) {
    return judgement('fail', tx(`Tên miền “${host}” không thuộc .gov.vn.`, `The domain “${host}” is not under .gov.vn.`), ev);
  }
  const labels = host.split('.').length;
  if (ctx.site.level === 'commune' && ctx.on >= '2025-07-01' && labels >= 5) {
    return judgement(
      'fail',
      tx(`Tên miền “${host}” còn cấp huyện (dạng tenxa.tenhuyen.tentinh.gov.vn); từ 01/7/2025 dùng tenphuongxa.tentinh.gov.vn.`, `The host “${host}” still has a district label; from 1 Jul 2025 communes use tenphuongxa.tentinh.gov.vn.`),
      ev,
    );
  }
  return judgement('pass', tx(`Tên miền “${host}” thuộc .gov.vn.`, `The domain “${host}” is under .gov.vn.`), ev);
});

export const judgeComponent = defineJudge('component', (ctx) => {
  const url = siteUrl(ctx);
  const portal = ctx.site.portalUrl!;
  const host = hostOf(url).replace(/^www\./, '');
  const portalHost = hostOf(portal).replace(/^www\./, '');
  let portalPath = '/';
  try {
    portalPath = new URL(portal).pathname;
  } catch {
    /* keep / */
  }
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep / */
  }
  const inTree = host === portalHost ? path.startsWith(portalPath) : host.endsWith('.' + portalHost);
  const home = homePage(ctx.snapshot);
  const pages = home ? [home, ...htmlPages(ctx.snapshot).filter((p) => p !== home).slice(0, 5)] : [];
  const back = pages
    .flatMap((p) => (p.facts?.links ?? []).map((l) => ({ p, l })))
    .find(({ l }) => ['header', 'menu', 'footer'].includes(l.region) && hostOf(l.url).replace(/^www\./, '') === portalHost);
  const ev: Evidence[] = [{ url, snippet: `host ${host}; portal ${portalHost}` }];
  if (back) ev.push({ url: back.p.finalUrl || back.p.url, selector: back.l.selector ?? `a[href*="${portalHost}"]`, snippet: `${back.l.region} link “${back.l.text}” → ${back.l.url}` });
  if (!inTree) {
    return judgement(
      'fail',
      tx(`Trang không nằm trong cây tên miền của cổng tỉnh (${portalHost}): chưa là trang thành phần.`, `The site is not in the provincial portal's domain tree (${portalHost}): not a component site.`),
      ev,
    );
  }
  if (!back) {
    return judgement('warn', tx('Tên miền thuộc cổng tỉnh nhưng đầu/chân trang không có liên kết về cổng tỉnh.', "The host is in the portal's tree, but header/menu/footer do not link back to the portal."), ev);
  }
  return judgement('pass', tx('Là trang thành phần: tên miền thuộc cổng tỉnh và có liên kết về cổng tỉnh.', "A component site: in the portal's domain tree and linking back to it."), ev);
});

/** A general-information site uses a .vn domain (Decree 72/2013 Art. 23(4)(5) as amended). */
export const judgeVnDomain = defineJudge('vn-domain', (ctx) => {
  const url = siteUrl(ctx);
  if (isLoopbackUrl(url)) return judgement('not_applicable', tx('Không áp dụng: máy chủ thử nghiệm nội bộ (loopback).', 'Not applicable: loopback test server.'), []);
  const host = hostOf(url);
  return host.endsWith('.vn')
    ? judgement('pass', tx(`Tên miền “${host}” là tên miền .vn.`, `“${host}” is a .vn domain.`), [{ url, snippet: host }])
    : judgement('fail', tx(`Tên miền “${host}” không phải tên miền .vn.`, `“${host}” is not a .vn domain.`), [{ url, snippet: host }]);
});
