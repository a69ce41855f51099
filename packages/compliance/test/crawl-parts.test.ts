import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../src/crawl/fetch.js';
import { collectSitemaps, parseSitemap } from '../src/crawl/sitemap.js';
import { collectFeeds, parseFeed } from '../src/crawl/feed.js';
import { RobotsCache } from '../src/crawl/robots.js';
import { decodeDnsResponse, dnssecViaServer, encodeDnsQuery, isLoopbackHost, measureNetwork, type NetworkResolver } from '../src/crawl/network.js';
import { DEFAULT_SPAM_TERMS, findSpamTerms, runCloakingProbe } from '../src/crawl/cloaking.js';
import { buildSearchUrl, comparableUrl, searchQueryFromTitle } from '../src/crawl/search-probe.js';
import { bytes, html, routes, startServer, type TestServer } from './helpers/server.js';

const urlset = (locs: [string, string?][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs
    .map(([l, m]) => `<url><loc>${l}</loc>${m ? `<lastmod>${m}</lastmod>` : ''}</url>`)
    .join('')}</urlset>`;
const index = (locs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;

describe('sitemaps', () => {
  it('parses urlset, index, HTML and broken XML', () => {
    expect(parseSitemap(urlset([['https://a.gov.vn/x?a=1&amp;b=2', '2024-05-01']]), 'u')).toEqual({
      url: 'u',
      kind: 'urlset',
      urls: [{ loc: 'https://a.gov.vn/x?a=1&b=2', lastmod: '2024-05-01' }],
    });
    expect(parseSitemap(index(['https://a.gov.vn/s1.xml']), 'u')).toMatchObject({ kind: 'sitemapindex', urls: [{ loc: 'https://a.gov.vn/s1.xml' }] });
    expect(parseSitemap('<!doctype html><html><body>404</body></html>', 'u')).toMatchObject({ kind: 'invalid', error: 'not a sitemap: an HTML page' });
    const broken = parseSitemap('<urlset><url><loc>https://a.gov.vn/1</loc></url><url><loc>https://a.gov.vn/2</loc>', 'u');
    expect(broken.error).toMatch(/invalid XML/);
    expect(broken.urls.map((x) => x.loc)).toEqual(['https://a.gov.vn/1']);
  });

  describe('collectSitemaps', () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await startServer(
        routes({
          '/sitemap.xml': (_q, r) => {
            r.writeHead(200, { 'content-type': 'application/xml' });
            r.end(index([`${srv.url}/sm/a.xml`, `${srv.url}/sm/nested.xml`, `${srv.url}/sm/gz.xml.gz`, 'https://elsewhere.example/sm.xml']));
          },
          '/sm/a.xml': (_q, r) => {
            r.writeHead(200, { 'content-type': 'application/xml' });
            r.end(urlset([[`${srv.url}/p1`, '2024-01-01'], [`${srv.url}/p2`]]));
          },
          '/sm/nested.xml': (_q, r) => {
            r.writeHead(200, { 'content-type': 'application/xml' });
            r.end(index([`${srv.url}/sm/deep.xml`]));
          },
          '/sm/deep.xml': (_q, r) => {
            r.writeHead(200, { 'content-type': 'application/xml' });
            r.end(index([`${srv.url}/sm/deeper.xml`]));
          },
          '/sm/gz.xml.gz': (_q, r) => {
            r.writeHead(200, { 'content-type': 'application/x-gzip' });
            r.end(zlib.gzipSync(urlset([[`${srv.url}/p3`]])));
          },
        }),
      );
    });
    afterAll(() => srv.close());

    it('follows nested indexes within depth, reads .gz, stays on the site', async () => {
      const client = new HttpClient();
      const { facts, limits } = await collectSitemaps(client, [`${srv.url}/sitemap.xml`], { maxDepth: 3, allow: (u) => u.startsWith(srv.url) });
      await client.close();
      const byUrl = Object.fromEntries(facts.map((f) => [f.url.replace(srv.url, ''), f]));
      expect(byUrl['/sitemap.xml'].kind).toBe('sitemapindex');
      expect(byUrl['/sm/a.xml'].urls).toHaveLength(2);
      expect(byUrl['/sm/gz.xml.gz'].urls).toEqual([{ loc: `${srv.url}/p3` }]);
      expect(byUrl['https://elsewhere.example/sm.xml'].error).toMatch(/another host/);
      expect(byUrl['/sm/deep.xml'].kind).toBe('sitemapindex');
      expect(byUrl['/sm/deeper.xml']).toBeUndefined();
      expect(limits.join(' ')).toMatch(/nesting deeper than 3 levels/);
      expect(srv.requests.some((q) => q.url === '/sm/deeper.xml')).toBe(false);
    });

    it('bounds the number of files', async () => {
      const client = new HttpClient();
      const { facts, limits } = await collectSitemaps(client, [`${srv.url}/sitemap.xml`], { maxFiles: 2, allow: (u) => u.startsWith(srv.url) });
      await client.close();
      expect(facts).toHaveLength(2);
      expect(limits[0]).toMatch(/sitemap file limit 2 reached/);
    });
  });
});

describe('feeds', () => {
  it('parses RSS 2.0, Atom and RSS 1.0', () => {
    const rss = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Tin tức</title><item><title><![CDATA[Bài <b>một</b>]]></title><link>/tin/1</link><pubDate>Tue, 05 Mar 2024 08:00:00 +0700</pubDate></item><item><title>Bài hai</title><link>https://a.gov.vn/tin/2</link></item></channel></rss>`,
      'https://a.gov.vn/rss',
    );
    expect(rss).toEqual({
      url: 'https://a.gov.vn/rss',
      kind: 'rss',
      title: 'Tin tức',
      items: [
        { title: 'Bài một', link: 'https://a.gov.vn/tin/1', published: '2024-03-05T01:00:00.000Z' },
        { title: 'Bài hai', link: 'https://a.gov.vn/tin/2' },
      ],
    });
    const atom = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><title>E1</title><link rel="alternate" href="https://a.gov.vn/e1"/><updated>2024-01-02T00:00:00Z</updated></entry></feed>`,
      'u',
    );
    expect(atom).toMatchObject({ kind: 'atom', title: 'News', items: [{ title: 'E1', link: 'https://a.gov.vn/e1', published: '2024-01-02T00:00:00.000Z' }] });
    const rdf = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>R</title></channel><item><title>I</title><link>https://a.gov.vn/i</link><dc:date>2024-02-03</dc:date></item></rdf:RDF>`,
      'u',
    );
    expect(rdf).toMatchObject({ kind: 'rss', items: [{ title: 'I', link: 'https://a.gov.vn/i' }] });
    expect(parseFeed('<html><body>x</body></html>', 'u').kind).toBe('invalid');
    expect(parseFeed('hello', 'u')).toMatchObject({ kind: 'invalid', error: 'not XML' });
  });

  it('follows an HTML "RSS" index page to the feeds it lists', async () => {
    const srv = await startServer(
      routes({
        '/rss/': html('<html><body><h1>RSS</h1><a href="/rss/tin-tuc.rss">Tin tức</a></body></html>'),
        '/rss/tin-tuc.rss': bytes('<rss><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>', { 'content-type': 'application/rss+xml' }),
      }),
    );
    const client = new HttpClient();
    const facts = await collectFeeds(client, [`${srv.url}/rss/`], { siteHosts: [srv.host], allow: (u) => u.startsWith(srv.url) });
    await client.close();
    await srv.close();
    expect(facts.map((f) => f.kind)).toEqual(['invalid', 'rss']);
    expect(facts[0].error).toMatch(/HTML page, not a feed \(lists 1 feed links\)/);
    expect(facts[1].items[0]).toEqual({ title: 'A', link: `${srv.url}/a` });
  });
});

describe('robots.txt', () => {
  let srv: TestServer;
  let status = 200;
  let body = '';
  beforeAll(async () => {
    srv = await startServer(
      routes({
        '/robots.txt': (_q, r) => {
          r.writeHead(status, { 'content-type': 'text/plain' });
          r.end(body);
        },
      }),
    );
  });
  afterAll(() => srv.close());
  const load = async () => {
    const client = new HttpClient();
    const cache = new RobotsCache(client, { userAgent: 'CongScan/0.1 (+x)', ignore: false, timeoutMs: 5000 });
    const r = await cache.forUrl(`${srv.url}/`);
    await client.close();
    return r;
  };

  it('parses rules for our User-Agent, sitemaps and crawl-delay', async () => {
    status = 200;
    body = 'User-agent: *\nDisallow: /admin\n\nUser-agent: CongScan\nDisallow: /private\nCrawl-delay: 2\nSitemap: https://a.gov.vn/sm.xml\n';
    const r = await load();
    expect(r.isAllowed(`${srv.url}/private/x`)).toBe(false);
    expect(r.isAllowed(`${srv.url}/admin`)).toBe(true); // the CongScan group overrides *
    expect(r.fact).toMatchObject({ status: 200, disallowsAll: false, sitemaps: ['https://a.gov.vn/sm.xml'], ignored: false });
    expect(r.crawlDelayMs).toBe(2000);
  });

  it('disallow-all, 404 and 5xx', async () => {
    status = 200;
    body = 'User-agent: *\nDisallow: /\n';
    expect((await load()).fact.disallowsAll).toBe(true);
    status = 404;
    expect((await load()).fact.disallowsAll).toBe(false);
    status = 503;
    const r = await load();
    expect(r.fact.disallowsAll).toBe(true);
    expect(r.note).toMatch(/HTTP 503; RFC 9309/);
  });
});

describe('network facts', () => {
  const fake = (over: Partial<NetworkResolver> = {}): NetworkResolver => ({
    resolve6: async () => ['2001:db8::1'],
    resolve4: async () => ['203.0.113.7'],
    dnssec: async () => true,
    country: async (ip) => (ip === '203.0.113.7' ? 'VN' : undefined),
    ...over,
  });

  it('never measures loopback', async () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.8.9.10']) {
      expect(isLoopbackHost(h)).toBe(true);
      expect(await measureNetwork(h, fake())).toEqual({ reason: 'not measurable on loopback' });
    }
    expect(isLoopbackHost('thainguyen.gov.vn')).toBe(false);
  });

  it('uses the injected resolver', async () => {
    expect(await measureNetwork('thainguyen.gov.vn', fake())).toEqual({ ipv6: true, dnssec: true, serverCountry: 'VN' });
    const noV6 = await measureNetwork('x.gov.vn', fake({ resolve6: async () => Promise.reject(Object.assign(new Error('no'), { code: 'ENODATA' })), dnssec: async () => undefined, country: undefined }));
    expect(noV6).toEqual({ ipv6: false, reason: 'DNSSEC could not be determined; server country: no GeoIP source configured' });
  });

  it('DNSSEC over the wire: DS record found via a fake DNS server on 127.0.0.1', async () => {
    const server = dgram.createSocket('udp4');
    server.on('message', (msg, rinfo) => {
      const id = msg.readUInt16BE(0);
      // read the question name and type
      let off = 12;
      const labels: string[] = [];
      while (msg[off] !== 0) {
        labels.push(msg.subarray(off + 1, off + 1 + msg[off]).toString());
        off += 1 + msg[off];
      }
      const qtype = msg.readUInt16BE(off + 1);
      const question = msg.subarray(12, off + 5);
      const name = labels.join('.');
      const hasDs = qtype === 43 && name === 'tinh.gov.vn';
      const header = Buffer.alloc(12);
      header.writeUInt16BE(id, 0);
      header.writeUInt16BE(0x8180, 2); // response, RD, RA, no AD
      header.writeUInt16BE(1, 4);
      header.writeUInt16BE(hasDs ? 1 : 0, 6);
      const answer = hasDs ? Buffer.from([0xc0, 0x0c, 0, 43, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 1, 2, 3, 4]) : Buffer.alloc(0);
      server.send(Buffer.concat([header, question, answer]), rinfo.port, rinfo.address);
    });
    await new Promise<void>((r) => server.bind(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      expect(await dnssecViaServer('so.tinh.gov.vn', '127.0.0.1', port, 1000)).toBe(true);
      expect(await dnssecViaServer('so.other.gov.vn', '127.0.0.1', port, 1000)).toBe(false);
    } finally {
      server.close();
    }
    expect(await dnssecViaServer('so.tinh.gov.vn', '127.0.0.1', 9, 200)).toBeUndefined(); // nobody answers
  });

  it('DNS wire helpers round-trip', () => {
    const q = encodeDnsQuery('a.gov.vn', 43, 0x1234);
    const r = decodeDnsResponse(q);
    expect(r).toMatchObject({ id: 0x1234, rcode: 0, answerTypes: [] });
  });
});

describe('cloaking', () => {
  it('finds spam terms with and without diacritics, whole words only', () => {
    expect(findSpamTerms('Trang chủ — NỔ HŨ đổi thưởng, tai xiu uy tín, Casino')).toEqual(['nổ hũ', 'tài xỉu', 'casino']);
    expect(findSpamTerms('Kế hoạch giáo dục; slotting; Đá gà')).toEqual(['đá gà']);
    expect(DEFAULT_SPAM_TERMS).toContain('nhà cái');
  });

  it('fetches as browser, Googlebot and from a Google search; records hashes and terms', async () => {
    const srv = await startServer((req, res) => {
      const ua = req.headers['user-agent'] ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      if (/Googlebot/.test(ua)) res.end('<html><body>Trang chủ <a href="https://x.example">nhà cái uy tín</a></body></html>');
      else if (/google\.com/.test(String(req.headers.referer))) res.end('<html><body>Chuyển hướng tài xỉu</body></html>');
      else res.end('<html><body>Trang chủ</body></html>');
    });
    const client = new HttpClient();
    const probe = await runCloakingProbe(client, `${srv.url}/`);
    await client.close();
    await srv.close();
    const v = Object.fromEntries(probe.variants.map((x) => [x.agent, x]));
    expect(v.browser.spamTerms).toEqual([]);
    expect(v.googlebot.spamTerms).toEqual(['nhà cái']);
    expect(v['search-referrer'].spamTerms).toEqual(['tài xỉu']);
    expect(v.browser.textHash).not.toBe(v.googlebot.textHash);
    expect(srv.requests.map((q) => q.headers['user-agent'])).toEqual([expect.stringContaining('Chrome'), expect.stringContaining('Googlebot'), expect.stringContaining('Chrome')]);
    expect(srv.requests[2].headers.referer).toMatch(/^https:\/\/www\.google\.com\/search\?q=/);
  });
});

describe('search-probe helpers', () => {
  it('chooses 3–4 consecutive words of the title', () => {
    expect(searchQueryFromTitle('Triển khai dịch vụ công trực tuyến mức độ 3,4 năm 2016')).toBe('Triển khai dịch vụ');
    expect(searchQueryFromTitle('Về việc tổ chức hội nghị chuyển đổi số')).toBe('tổ chức hội nghị');
    expect(searchQueryFromTitle('Thông báo tuyển dụng')).toBe('Thông báo tuyển dụng');
  });

  it('builds a GET submission like a browser (action query replaced, hidden values kept)', () => {
    const url = buildSearchUrl(
      {
        action: 'https://a.gov.vn/index.php?old=1',
        method: 'get',
        isSearch: true,
        inputs: [
          { name: 'nv', type: 'hidden', value: 'seek' },
          { name: 'q', type: 'text' },
          { name: 'go', type: 'submit' },
        ],
      },
      'https://a.gov.vn/',
      'chuyển đổi số',
    );
    expect(url).toBe('https://a.gov.vn/index.php?nv=seek&q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91');
  });

  it('compares URLs loosely', () => {
    expect(comparableUrl('https://www.a.gov.vn/tin/1/#x')).toBe(comparableUrl('http://a.gov.vn/tin/1'));
  });
});
