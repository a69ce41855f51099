/**
 * Scan integrity (not legal rules): crawl-level problems recorded in the snapshot become findings that say why
 * the result may be incomplete — the home page could not be fetched (error; the CLI exits 2), timeouts,
 * truncation, redirect loops, bad certificates, robots.txt disallowing everything, limits reached.
 *
 * Inputs: snapshot.{pages, limitsHit, errors, robots, tls}.
 */
import type { SiteSnapshot } from '../snapshot.js';
import type { Finding, Status, Text } from '../rules/types.js';
import { clip, homePage, isOk, tx } from './util.js';

const CITATION: Text = tx('Không phải quy định pháp luật: tính toàn vẹn của lần quét.', 'Not a legal rule: integrity of the scan.');
const REMEDY: Text = tx(
  'Kiểm tra khả năng truy cập của trang (chứng thư số, chuyển hướng, robots.txt, thời gian phản hồi) rồi quét lại.',
  'Check that the site is reachable (certificate, redirects, robots.txt, response time), then scan again.',
);

function finding(id: string, status: Status, title: Text, message: Text, evidence: Finding['evidence']): Finding {
  return {
    ruleId: id,
    catalogueId: id,
    basis: 'scan',
    check: 'SCAN',
    title,
    status,
    severity: status === 'error' ? 'high' : 'info',
    confidence: 'confirmed',
    citation: CITATION,
    message,
    evidence,
    remediation: REMEDY,
    group: id,
  };
}

function classify(msg: string): { kind: string; vi: string; en: string } {
  const m = msg.toLowerCase();
  if (/timeout|timed out|etimedout|aborted/.test(m)) return { kind: 'timeout', vi: 'quá thời gian chờ', en: 'timeout' };
  if (/redirect/.test(m) && /loop|too many|max/.test(m)) return { kind: 'redirect-loop', vi: 'vòng lặp chuyển hướng', en: 'redirect loop' };
  if (/cert|ssl|tls|self.signed|unable to verify|expired/.test(m)) return { kind: 'certificate', vi: 'lỗi chứng thư số', en: 'certificate problem' };
  if (/truncat|byte limit|too large|max.?bytes/.test(m)) return { kind: 'truncated', vi: 'trang bị cắt do quá lớn', en: 'truncated (too large)' };
  if (/robots/.test(m)) return { kind: 'robots', vi: 'robots.txt chặn', en: 'blocked by robots.txt' };
  if (/enotfound|getaddrinfo|dns/.test(m)) return { kind: 'dns', vi: 'không phân giải được tên miền', en: 'DNS failure' };
  if (/econnrefused|econnreset|socket|network/.test(m)) return { kind: 'network', vi: 'lỗi kết nối', en: 'connection error' };
  return { kind: 'other', vi: 'lỗi', en: 'error' };
}

export function crawlFindings(s: SiteSnapshot): Finding[] {
  const out: Finding[] = [];
  const home = homePage(s);
  if (!home || !isOk(home)) {
    const why = home?.error ?? (home ? `HTTP ${home.status}` : 'no page fetched');
    const c = classify(why);
    out.push(
      finding(
        'SCAN-home',
        'error',
        tx('Tải được trang chủ', 'Home page reachable'),
        tx(`Không tải được trang chủ (${c.vi}: ${why}); lần quét không thực hiện được.`, `The home page could not be fetched (${c.en}: ${why}); the scan could not run.`),
        [{ url: s.startUrl, snippet: clip(why, 200) }],
      ),
    );
  }
  if (s.robots?.disallowsAll) {
    out.push(
      finding(
        'SCAN-robots',
        s.robots.ignored ? 'warn' : 'error',
        tx('robots.txt cho phép quét', 'robots.txt allows the scan'),
        s.robots.ignored
          ? tx('robots.txt chặn mọi trình thu thập; lần quét đã bỏ qua (theo yêu cầu). Máy tìm kiếm cũng không lập chỉ mục được trang.', 'robots.txt disallows all crawlers; this scan ignored it (on request). Search engines cannot index the site either.')
          : tx('robots.txt chặn mọi trình thu thập: chỉ quét được rất ít trang, kết quả không đầy đủ.', 'robots.txt disallows all crawlers: very few pages could be scanned; results are incomplete.'),
        [{ url: s.robots.url, snippet: clip(s.robots.body ?? 'Disallow: /', 160) }],
      ),
    );
  }
  for (const l of s.limitsHit) {
    const c = classify(l);
    out.push(
      finding(
        `SCAN-limit`,
        'warn',
        tx('Lần quét không bị giới hạn cắt ngang', 'Scan not cut short by limits'),
        tx(`Lần quét bị giới hạn: ${l}. Kết quả có thể chưa đầy đủ${c.kind !== 'other' ? ` (${c.vi})` : ''}.`, `The crawl hit a limit: ${l}. Results may be incomplete${c.kind !== 'other' ? ` (${c.en})` : ''}.`),
        [{ url: s.startUrl, snippet: clip(l, 160) }],
      ),
    );
  }
  const groups = new Map<string, { c: ReturnType<typeof classify>; errs: SiteSnapshot['errors'] }>();
  for (const e of s.errors) {
    const c = classify(e.message);
    const g = groups.get(c.kind) ?? { c, errs: [] };
    g.errs.push(e);
    groups.set(c.kind, g);
  }
  for (const [kind, { c, errs }] of groups) {
    const severe = kind === 'certificate' || kind === 'redirect-loop';
    out.push(
      finding(
        `SCAN-${kind}`,
        severe ? 'error' : 'warn',
        tx('Các trang tải được không lỗi', 'Pages fetched without errors'),
        tx(`${errs.length} lỗi khi tải (${c.vi}); các trang đó không được đánh giá.`, `${errs.length} fetch errors (${c.en}); those pages were not judged.`),
        errs.slice(0, 5).map((e) => ({ url: e.url, snippet: clip(e.message, 160) })),
      ),
    );
  }
  // Merge duplicate SCAN-limit ids into unique ids.
  const seen = new Map<string, number>();
  for (const f of out) {
    const n = seen.get(f.ruleId) ?? 0;
    seen.set(f.ruleId, n + 1);
    if (n > 0) f.ruleId = `${f.ruleId}-${n + 1}`;
  }
  return out;
}
