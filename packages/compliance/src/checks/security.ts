/**
 * C8 (transport and network) — HTTPS/TLS/HSTS, security headers, IPv6, DNSSEC, server location.
 *
 * Inputs: snapshot.tls, the home page's response headers, snapshot.network ({ ipv6, dnssec, serverCountry,
 * reason }). Network facts need the real internet; on loopback (or when not measured) they are not_applicable
 * with the reason the crawler gave.
 */
import type { Evidence } from '../rules/types.js';
import { defineJudge, homePage, isLoopbackUrl, judgement, tx } from './util.js';

const LOOPBACK = tx('Không áp dụng: máy chủ thử nghiệm nội bộ (loopback) không phản ánh trang thật.', 'Not applicable: a loopback test server says nothing about the real site.');

/** HTTPS with a valid certificate, TLS ≥ 1.2, HTTP→HTTPS, HSTS (Circular 32/2017 Art. 20; Decree 42/2022 Art. 26). */
export const judgeHttps = defineJudge('https', (ctx) => {
  const s = ctx.snapshot;
  const url = s.startUrl;
  if (isLoopbackUrl(url)) return judgement('not_applicable', LOOPBACK, []);
  const tls = s.tls;
  const home = homePage(s);
  const finalUrl = home?.finalUrl ?? url;
  if (!tls) {
    if (finalUrl.startsWith('http://')) return judgement('fail', tx('Trang không dùng HTTPS.', 'The site does not use HTTPS.'), [{ url: finalUrl, snippet: 'served over http://' }]);
    return judgement('not_applicable', tx('Chưa kiểm tra TLS trong lần quét này.', 'TLS was not probed in this scan.'), []);
  }
  const ev: Evidence[] = [{ url: finalUrl, snippet: `TLS valid=${tls.valid} ${tls.protocol ?? ''} issuer=${tls.issuer ?? '?'} until ${tls.validTo ?? '?'}${tls.error ? ` (${tls.error})` : ''}` }];
  const problems: string[][] = [];
  if (!tls.valid) problems.push(['chứng thư số không hợp lệ', 'invalid certificate']);
  if (tls.protocol && /TLSv1(\.0|\.1)?$|SSL/i.test(tls.protocol)) problems.push([`giao thức cũ ${tls.protocol}`, `outdated protocol ${tls.protocol}`]);
  if (tls.httpRedirectsToHttps === false) problems.push(['http:// không chuyển sang https://', 'http:// does not redirect to https://']);
  if (finalUrl.startsWith('http://')) problems.push(['trang chủ phục vụ qua http://', 'home page served over http://']);
  if (problems.length) return judgement('fail', tx(`HTTPS chưa đạt: ${problems.map((p) => p[0]).join('; ')}.`, `HTTPS problems: ${problems.map((p) => p[1]).join('; ')}.`), ev);
  const hsts = home?.headers['strict-transport-security'];
  if (!hsts) return judgement('warn', tx('HTTPS hợp lệ nhưng thiếu HSTS (Strict-Transport-Security).', 'Valid HTTPS but no HSTS (Strict-Transport-Security) header.'), ev);
  ev.push({ url: finalUrl, selector: 'Strict-Transport-Security', snippet: hsts });
  return judgement('pass', tx('HTTPS hợp lệ, TLS ≥ 1.2, có chuyển hướng và HSTS.', 'Valid HTTPS, TLS ≥ 1.2, redirect and HSTS.'), ev);
});

const HEADERS: [string, string][] = [
  ['content-security-policy', 'Content-Security-Policy'],
  ['x-content-type-options', 'X-Content-Type-Options'],
  ['referrer-policy', 'Referrer-Policy'],
];

/** Security headers against common attacks (Decree 42/2022 Art. 26 / 224/2026 Art. 21: effective anti-attack measures). */
export const judgeSecurityHeaders = defineJudge('security-headers', (ctx) => {
  const s = ctx.snapshot;
  if (isLoopbackUrl(s.startUrl)) return judgement('not_applicable', LOOPBACK, []);
  const home = homePage(s);
  if (!home) return judgement('error', tx('Không có trang chủ.', 'No home page.'), []);
  const h = home.headers;
  const url = home.finalUrl || home.url;
  const missing = HEADERS.filter(([k]) => !h[k]).map(([, n]) => n);
  const frame = h['x-frame-options'] || /frame-ancestors/i.test(h['content-security-policy'] ?? '');
  if (!frame) missing.push('X-Frame-Options / frame-ancestors');
  const present = Object.keys(h).filter((k) => ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'strict-transport-security'].includes(k));
  const ev: Evidence[] = [{ url, snippet: `present: ${present.join(', ') || 'none'}${h.server ? `; server: ${h.server}` : ''}` }];
  if (missing.length === 0) return judgement('pass', tx('Có đủ các header bảo mật cơ bản.', 'The basic security headers are set.'), ev);
  return judgement('warn', tx(`Thiếu header bảo mật: ${missing.join(', ')}.`, `Missing security headers: ${missing.join(', ')}.`), ev, { missing });
});

/** IPv6, DNSSEC and server location come from snapshot.network (real internet only). */
export const judgeNetwork = defineJudge('network', (ctx, what: 'ipv6' | 'dnssec' | 'country') => {
  const s = ctx.snapshot;
  const n = s.network;
  const url = s.startUrl;
  const reason = n?.reason ?? (isLoopbackUrl(url) ? 'loopback test server' : 'not measured in this scan');
  const value = what === 'ipv6' ? n?.ipv6 : what === 'dnssec' ? n?.dnssec : n?.serverCountry;
  if (value === undefined) return judgement('not_applicable', tx(`Không đo được (${reason}).`, `Not measurable (${reason}).`), []);
  const ev: Evidence[] = [{ url, snippet: `${what}: ${String(value)}` }];
  if (what === 'ipv6') return value ? judgement('pass', tx('Trang hỗ trợ IPv6 (có bản ghi AAAA và truy cập được).', 'The site supports IPv6 (AAAA record, reachable).'), ev) : judgement('fail', tx('Trang không hỗ trợ IPv6.', 'The site does not support IPv6.'), ev);
  if (what === 'dnssec') return value ? judgement('pass', tx('Tên miền có ký DNSSEC.', 'The domain is signed with DNSSEC.'), ev) : judgement('fail', tx('Tên miền chưa ký DNSSEC.', 'The domain is not signed with DNSSEC.'), ev);
  return String(value).toUpperCase() === 'VN'
    ? judgement('pass', tx('Máy chủ đặt tại Việt Nam.', 'The server is in Vietnam.'), ev)
    : judgement('fail', tx(`Máy chủ không đặt tại Việt Nam (${value}).`, `The server is not in Vietnam (${value}).`), ev);
});
