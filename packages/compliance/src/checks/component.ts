/**
 * C1 — Component-site status and domain.
 *
 *  - domain: the host is under `.gov.vn` (Decree 42/2022 Art. 6(4); Decree 224/2026 Art. 11(4)); a department /
 *    commune / unit host is one label under the portal's domain (`tencoquan.tentinh.gov.vn`; before 1/7/2025 a
 *    commune may also be `tenxa.tenhuyen.tentinh.gov.vn`), or a path under the portal host — needs `--portal`,
 *    otherwise not_applicable; from 1/7/2025 a commune host with a district label is flagged even without it;
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

/** Levels whose host is named under the provincial (or ministry) portal's domain: `tencoquan.tentinh.gov.vn`. */
const COMPONENT_LEVELS = new Set(['department', 'commune', 'unit', 'district']);

export const judgeGovDomain = defineJudge('gov-domain', (ctx) => {
  const url = siteUrl(ctx);
  if (isLoopbackUrl(url)) return judgement('not_applicable', tx('Không áp dụng: đang quét máy chủ thử nghiệm nội bộ (loopback), tên miền thật chưa biết.', 'Not applicable: scanning a loopback test server; the real domain is unknown.'), []);
  const host = hostOf(url).replace(/^www\./, '');
  const ev: Evidence[] = [{ url, snippet: `host ${host}` }];
  if (!host.endsWith('.gov.vn')) {
    return judgement('fail', tx(`Tên miền “${host}” không thuộc .gov.vn.`, `The domain “${host}” is not under .gov.vn.`), ev);
  }
  const labels = host.split('.').length;
  const level = ctx.site.level;
  const twoTier = ctx.on >= '2025-07-01';
  if (level === 'commune' && twoTier && labels >= 5) {
    return judgement(
      'fail',
      tx(`Tên miền “${host}” còn cấp huyện (dạng tenxa.tenhuyen.tentinh.gov.vn); từ 01/7/2025 dùng tenphuongxa.tentinh.gov.vn.`, `The host “${host}” still has a district label; from 1 Jul 2025 communes use tenphuongxa.tentinh.gov.vn.`),
      ev,
    );
  }
  if (level && COMPONENT_LEVELS.has(level)) {
    // Departments (and units, communes) are named one label under the provincial portal's domain:
    // tencoquan.tentinh.gov.vn / tenphuongxa.tentinh.gov.vn (N42-6.4, N224-11.4); in the district era a commune
    // could also sit under its district (tenxa.tenhuyen.tentinh.gov.vn). A path under the portal host is a
    // component page of the portal itself, which keeps the portal's domain.
    const portal = ctx.site.portalUrl;
    const portalHost = portal ? hostOf(portal).replace(/^www\./, '') : '';
    if (!portalHost) {
      return judgement(
        'not_applicable',
        tx(
          `Tên miền “${host}” thuộc .gov.vn, nhưng chưa biết tên miền cổng tỉnh (--portal) nên chưa kiểm tra được quy tắc tencoquan.tentinh.gov.vn.`,
          `The host “${host}” is under .gov.vn, but the provincial portal is unknown (--portal), so the naming rule tencoquan.tentinh.gov.vn cannot be checked.`,
        ),
        ev,
      );
    }
    ev[0] = { url, snippet: `host ${host}; portal ${portalHost}` };
    if (host !== portalHost) {
      const under = host.endsWith('.' + portalHost) ? host.slice(0, -(portalHost.length + 1)).split('.') : undefined;
      const maxLabels = level === 'commune' && !twoTier ? 2 : 1;
      if (!under || under.length > maxLabels) {
        const pattern = level === 'commune' ? `tenphuongxa.${portalHost}` : `tencoquan.${portalHost}`;
        return judgement(
          'fail',
          tx(
            under
              ? `Tên miền “${host}” có quá nhiều cấp dưới tên miền cổng tỉnh ${portalHost}; quy tắc là ${pattern}.`
              : `Tên miền “${host}” không nằm dưới tên miền cổng tỉnh ${portalHost}; quy tắc là ${pattern}.`,
            under
              ? `The host “${host}” has too many labels under the provincial domain ${portalHost}; the rule is ${pattern}.`
              : `The host “${host}” is not named under the provincial domain ${portalHost}; the rule is ${pattern}.`,
          ),
          ev,
        );
      }
    }
    if (host === portalHost) {
      return judgement('pass', tx(`Trang là một đường dẫn trên tên miền cổng tỉnh ${portalHost} (.gov.vn).`, `The site is a path on the provincial portal's domain ${portalHost} (.gov.vn).`), ev);
    }
    return judgement(
      'pass',
      tx(`Tên miền “${host}” thuộc .gov.vn, đặt dưới tên miền cổng tỉnh ${portalHost}.`, `The domain “${host}” is under .gov.vn and named under the provincial domain ${portalHost}.`),
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
