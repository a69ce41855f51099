import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../src/crawl/crawler.js';
import { bytes, hasOpenssl, html, makeCaAndLeaf, routes, startServer, type TestServer } from './helpers/server.js';

const layout = (title: string, main: string, lang = 'vi', aside = '') => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<link rel="alternate" type="application/rss+xml" href="/rss.xml"><script src="/js/lib.js"></script></head><body>
<header><img src="/quoc-huy.png" alt="Quốc huy"><p>SỞ THỬ NGHIỆM</p><a href="/en/">English</a></header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/private/secret">Nội bộ</a></li><li><a href="/so-do-site">Sơ đồ cổng</a></li></ul></nav>
<form action="/tim-kiem" method="get" role="search"><input type="search" name="q"><button>Tìm</button></form>
<main>${main}</main>${aside}
<footer><a href="/lien-he">Liên hệ</a> Địa chỉ: 1 Đường A. Điện thoại: 0209 3870 123</footer></body></html>`;

const ARTICLES: Record<string, { title: string; date: string }> = {
  '/tin-tuc/hoi-nghi-trien-khai-chuyen-doi-so-2024': { title: 'Hội nghị triển khai chuyển đổi số năm 2024', date: '2024-05-20' },
  '/tin-tuc/tap-huan-an-toan-thong-tin-cho-can-bo-2024': { title: 'Tập huấn an toàn thông tin cho cán bộ năm 2024', date: '2024-04-02' },
  '/tin-tuc/ra-mat-cong-dich-vu-cong-truc-tuyen-moi': { title: 'Ra mắt cổng dịch vụ công trực tuyến mới', date: '2023-12-01' },
};

describe('crawlSite on a synthetic site', () => {
  let site: TestServer;
  let other: TestServer;
  beforeAll(async () => {
    other = await startServer(html('<html><body>Cổng Chính phủ</body></html>'));
    const articleRoutes = Object.fromEntries(
      Object.entries(ARTICLES).map(([p, a]) => [p, html(layout(a.title, `<h1>${a.title}</h1><p>Ngày ${a.date.split('-').reverse().join('/')}</p><a href="javascript:window.print()">In bài</a>`))]),
    );
    site = await startServer(
      routes({
        '/robots.txt': bytes(`User-agent: *\nDisallow: /private\nSitemap: /sm-index.xml\n`, { 'content-type': 'text/plain' }),
        '/sm-index.xml': (_q, r) => {
          r.writeHead(200, { 'content-type': 'application/xml' });
          r.end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site.url}/sm-news.xml</loc></sitemap></sitemapindex>`);
        },
        '/sm-news.xml': (_q, r) => {
          r.writeHead(200, { 'content-type': 'application/xml' });
          r.end(
            `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Object.entries(ARTICLES)
              .map(([p, a]) => `<url><loc>${site.url}${p}</loc><lastmod>${a.date}</lastmod></url>`)
              .join('')}</urlset>`,
          );
        },
        '/rss.xml': (_q, r) => {
          r.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
          r.end(
            `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức</title>${Object.entries(ARTICLES)
              .map(([p, a]) => `<item><title>${a.title}</title><link>${site.url}${p}</link><pubDate>${new Date(a.date).toUTCString()}</pubDate></item>`)
              .join('')}</channel></rss>`,
          );
        },
        '/js/lib.js': bytes('/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n(function(){})();', { 'content-type': 'application/javascript' }),
        '/': (req, res) => {
          const bot = /Googlebot/.test(req.headers['user-agent'] ?? '');
          const links = Object.entries(ARTICLES)
            .map(([p, a]) => `<li><a href="${p}">${a.title}</a></li>`)
            .join('');
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(
            layout(
              'Trang chủ - Sở Thử Nghiệm',
              `<h1>Tin mới</h1><ul>${links}</ul><a href="${other.url}/">Cổng Chính phủ</a><a href="/files/bao-cao.pdf">Báo cáo (PDF)</a>
               <div style="display:none"><a href="/an-spam">ẩn</a></div>${bot ? '<p>nổ hũ đổi thưởng</p>' : ''}`,
            ),
          );
        },
        '/gioi-thieu': html(layout('Giới thiệu', '<h1>Giới thiệu</h1>', 'vi', '<aside><nav><a href="/gioi-thieu/lich-su">Lịch sử</a></nav></aside>')),
        '/gioi-thieu/lich-su': html(layout('Lịch sử', '<h1>Lịch sử</h1><p>Từ 1945</p>', 'vi', '<aside><nav><a href="/gioi-thieu/lich-su/chi-tiet">Chi tiết</a></nav></aside>')),
        '/gioi-thieu/lich-su/chi-tiet': html(layout('Chi tiết', 'too deep')),
        '/tin-tuc': html(layout('Tin tức', '<h1>Tin tức</h1>')),
        '/so-do-site': html(layout('Sơ đồ cổng', '<h1>Sơ đồ cổng</h1><ul><li><a href="/van-ban">Văn bản</a></li></ul>')),
        '/van-ban': html(layout('Văn bản', '<h1>Văn bản</h1>')),
        '/lien-he': html(layout('Liên hệ', '<h1>Liên hệ</h1><p>Email: lienhe@thu.gov.vn</p>')),
        '/en/': html(layout('Department of Testing', '<h1>Welcome</h1>', 'en').replace('<li><a href="/">Trang chủ</a></li>', '<li><a href="/en/about">About us</a></li><li><a href="/en/contact">Contact</a></li>')),
        '/en/about': html(layout('About us', '<h1>About us</h1>', 'en')),
        '/en/contact': html(layout('Contact', '<h1>Contact</h1>', 'en')),
        '/tim-kiem': (req, res) => {
          const q = new URL(req.url!, 'http://x').searchParams.get('q') ?? '';
          const hits = Object.entries(ARTICLES).filter(([, a]) => q && a.title.includes(q));
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(layout('Kết quả tìm kiếm', `<h1>Kết quả</h1>${hits.map(([p, a]) => `<a href="${p}">${a.title}</a>`).join('')}`));
        },
        ...articleRoutes,
      }),
    );
  });
  afterAll(async () => {
    await site.close();
    await other.close();
  });

  it('builds a full snapshot within its bounds', async () => {
    const progress: [number, number, string][] = [];
    const snap = await crawlSite({ url: `${site.url}/`, name: 'Sở Thử Nghiệm' }, { checkOutbound: 5, onProgress: (d, t, u) => progress.push([d, t, u]) });
    const paths = snap.pages.map((p) => p.url.replace(site.url, ''));

    expect(snap.schemaVersion).toBe(1);
    expect(snap.source).toBe('crawler');
    expect(snap.hosts).toEqual([site.host]);
    expect(paths[0]).toBe('/');
    expect(snap.pages[0].via).toBe('start');
    // robots.txt respected, depth 2 respected, PDFs and hidden links not fetched
    expect(snap.robots).toMatchObject({ status: 200, disallowsAll: false, sitemaps: [`${site.url}/sm-index.xml`] });
    expect(site.requests.some((q) => q.url.startsWith('/private'))).toBe(false);
    expect(snap.limitsHit).toContain('1 URLs skipped because robots.txt disallows them');
    expect(paths).toContain('/gioi-thieu/lich-su');
    expect(paths).not.toContain('/gioi-thieu/lich-su/chi-tiet');
    expect(site.requests.some((q) => q.url === '/files/bao-cao.pdf' || q.url === '/an-spam')).toBe(false);
    // sections reached via menu / footer / HTML site map
    expect(snap.pages.find((p) => p.url.endsWith('/lien-he'))?.via).toBe('footer');
    expect(snap.pages.find((p) => p.url.endsWith('/van-ban'))?.via).toBe('sitemap-page');
    // English entry and its pages
    expect(snap.englishUrl).toBe(`${site.url}/en/`);
    expect(paths).toEqual(expect.arrayContaining(['/en/about', '/en/contact']));
    // sitemaps: robots.txt's (relative) Sitemap: line → index → urlset; /sitemap.xml tried as well
    const sm = Object.fromEntries(snap.sitemaps.map((s) => [s.url.replace(site.url, ''), s]));
    expect(sm['/sm-index.xml']?.kind).toBe('sitemapindex');
    expect(sm['/sm-news.xml']?.urls).toHaveLength(3);
    expect(sm['/sitemap.xml']?.error).toBe('HTTP 404');
    // feeds
    expect(snap.feeds).toHaveLength(1);
    expect(snap.feeds[0]).toMatchObject({ kind: 'rss', title: 'Tin tức' });
    expect(snap.feeds[0].items).toHaveLength(3);
    // articles fetched (from the feed and the home page)
    expect(paths).toEqual(expect.arrayContaining(Object.keys(ARTICLES)));
    // search probe: newest article found through the site's own search
    expect(snap.searchProbe).toMatchObject({
      query: 'Hội nghị triển khai',
      expectedUrl: `${site.url}/tin-tuc/hoi-nghi-trien-khai-chuyen-doi-so-2024`,
      status: 200,
      found: true,
    });
    // cloaking: Googlebot sees spam the browser does not
    const v = Object.fromEntries(snap.cloaking![0].variants.map((x) => [x.agent, x]));
    expect(v.browser.spamTerms).toEqual([]);
    expect(v.googlebot.spamTerms).toEqual(['nổ hũ']);
    // script banner read for the version
    expect(snap.pages[0].facts!.scripts.find((s) => s.src?.endsWith('/js/lib.js'))?.library).toEqual({ name: 'jquery', version: '1.8.3' });
    // outbound HEAD checks
    expect(snap.outboundChecks).toEqual([{ url: `${other.url}/`, status: 200 }]);
    expect(other.requests.map((q) => q.method)).toEqual(['HEAD']);
    // network / TLS on loopback plain http
    expect(snap.network).toEqual({ reason: 'not measurable on loopback' });
    expect(snap.tls).toMatchObject({ valid: false, httpRedirectsToHttps: false });
    // politeness
    expect(site.peakConcurrency).toBeLessThanOrEqual(2);
    expect(new Set(site.requests.map((q) => q.headers['user-agent'])).has('CongScan/0.1 (+https://github.com/cong-vn; compliance monitor)')).toBe(true);
    // progress
    expect(progress.length).toBe(snap.pages.length);
    expect(progress.at(-1)![0]).toBe(snap.pages.length);
    expect(snap.errors).toEqual([]);
    // page facts present, html kept
    expect(snap.pages[0].facts?.title).toBe('Trang chủ - Sở Thử Nghiệm');
    expect(snap.pages[0].html).toContain('<html');
    expect(snap.pages[0].charset).toBe('utf-8');
  });

  it('stops at maxPages and says so', async () => {
    const snap = await crawlSite({ url: site.url }, { maxPages: 3, cloakingProbe: false, searchProbe: false });
    expect(snap.pages).toHaveLength(3);
    expect(snap.limitsHit.find((l) => l.startsWith('page limit 3 reached'))).toBeTruthy();
  });

  it('treats options set to undefined as "use the default"', async () => {
    const snap = await crawlSite({ url: site.url }, { maxPages: undefined, maxDepth: undefined, timeoutMs: undefined, cloakingProbe: false, searchProbe: false });
    expect(snap.pages.length).toBeGreaterThan(3);
    expect(snap.pages.every((p) => p.depth <= 2)).toBe(true);
  });

  it('respects maxDepth 1 and ignoreRobots', async () => {
    const snap = await crawlSite({ url: site.url }, { maxDepth: 1, ignoreRobots: true, cloakingProbe: false, searchProbe: false, maxPages: 100 });
    const paths = snap.pages.map((p) => p.url.replace(site.url, ''));
    expect(paths).toContain('/private/secret');
    expect(paths).not.toContain('/gioi-thieu/lich-su');
    expect(snap.robots?.ignored).toBe(true);
  });
});

describe.skipIf(!hasOpenssl())('crawlSite over HTTPS', () => {
  it('valid certificate (test CA), http→https redirect checked through httpUrl', async () => {
    const pki = makeCaAndLeaf();
    const httpsSrv = await startServer(html('<html lang="vi"><title>An toàn</title><body>ok</body></html>'), pki);
    const httpSrv = await startServer((_q, r) => {
      r.writeHead(301, { location: `${httpsSrv.url}/` });
      r.end();
    });
    try {
      const snap = await crawlSite({ url: `${httpsSrv.url}/` }, { ca: pki.ca, httpUrl: `${httpSrv.url}/` });
      expect(snap.tls).toMatchObject({ valid: true, httpRedirectsToHttps: true, issuer: 'Cong Tests' });
      expect(snap.pages[0].status).toBe(200);
    } finally {
      await httpsSrv.close();
      await httpSrv.close();
    }
  });

  it('http start that redirects to https records the redirect and probes TLS', async () => {
    const pki = makeCaAndLeaf();
    const httpsSrv = await startServer(html('<html lang="vi"><title>An toàn</title><body>ok</body></html>'), pki);
    const httpSrv = await startServer((_q, r) => {
      r.writeHead(301, { location: `${httpsSrv.url}/` });
      r.end();
    });
    try {
      const snap = await crawlSite({ url: `${httpSrv.url}/` }, { ca: pki.ca, cloakingProbe: false });
      expect(snap.pages[0]).toMatchObject({ status: 200, finalUrl: `${httpsSrv.url}/`, redirects: [`${httpSrv.url}/`] });
      expect(snap.hosts).toEqual(expect.arrayContaining([httpSrv.host, httpsSrv.host]));
      expect(snap.tls).toMatchObject({ valid: true, httpRedirectsToHttps: true });
    } finally {
      await httpsSrv.close();
      await httpSrv.close();
    }
  });
});
