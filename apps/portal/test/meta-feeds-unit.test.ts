/**
 * Pure parts of the metadata and feeds (no server): proxy path mapping, request origin, XML escaping and dates,
 * the RSS serialiser (checked with a real XML parser), the EMC snippet as the compliance extractor reads it, and
 * JSON-LD escaping.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NextRequest } from 'next/server';
import { feedTarget, proxy } from '../src/proxy';
import { handlerOrigin, originFromHeaders } from '../src/site/meta/originHeaders';
import { rfc822, w3cDate, xmlEscape } from '../src/site/feeds/xml';
import { renderRss } from '../src/site/feeds/rssXml';
import { renderUrlset } from '../src/site/feeds/sitemapXml';
import { emcSnippet } from '../src/site/meta/emc';
import { jsonLdText } from '../src/site/meta/jsonld';
import { servedPath } from '../src/site/meta/urls';
import { parseEmcScript } from '../../../packages/compliance/src/extract/emc';

describe('proxy: public feed and sitemap paths → route handlers', () => {
  it.each([
    ['/rss', '/cong-feed/rss/vi/-'],
    ['/rss/tin-tuc-su-kien', '/cong-feed/rss/vi/-/tin-tuc-su-kien'],
    ['/en/rss', '/cong-feed/rss/en/-'],
    ['/xa-bang-thanh/rss', '/cong-feed/rss/vi/xa-bang-thanh'],
    ['/xa-bang-thanh/rss/', '/cong-feed/rss/vi/xa-bang-thanh'],
    ['/en/xa-bang-thanh/rss/tin-tuc-su-kien', '/cong-feed/rss/en/xa-bang-thanh/tin-tuc-su-kien'],
    ['/sitemap-portal.xml', '/cong-feed/sitemap/-'],
    ['/so-noi-vu/sitemap.xml', '/cong-feed/sitemap/so-noi-vu'],
  ])('%s → %s', (from, to) => expect(feedTarget(from)).toBe(to));

  it('rewrites with the client origin in ?origin=, which the handler reads back (else its own headers)', () => {
    const res = proxy(new NextRequest('http://localhost:3000/xa-a/rss', { headers: { host: '127.0.0.1:4000' } }));
    const target = new URL(res.headers.get('x-middleware-rewrite')!);
    expect(target.pathname).toBe('/cong-feed/rss/vi/xa-a');
    expect(target.searchParams.get('origin')).toBe('http://127.0.0.1:4000');
    expect(handlerOrigin(new Request(target, { headers: { host: 'localhost:3000' } }))).toBe('http://127.0.0.1:4000');
    expect(handlerOrigin(new Request('http://x/cong-feed/rss/vi/-?origin=javascript:alert(1)', { headers: { host: 'h:1' } }))).toBe('http://h:1');
  });

  it.each(['/', '/xa-a/tin-tuc/rss-moi', '/en/sitemap.xml', '/xa-a/rss/a/b', '/a/b/c/rss', '/XA-A/rss'])('leaves %s alone', (p) => expect(feedTarget(p)).toBeNull());
});

describe('request origin', () => {
  const h = (o: Record<string, string>) => new Headers(o);
  const trusted = (fn: () => void) => {
    process.env.CONG_TRUST_PROXY = '1';
    try {
      fn();
    } finally {
      delete process.env.CONG_TRUST_PROXY;
    }
  };
  it('uses Host and ignores X-Forwarded-* unless CONG_TRUST_PROXY=1', () => {
    expect(originFromHeaders(h({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000');
    expect(originFromHeaders(h({ host: 'backan.gov.vn', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }))).toBe('http://backan.gov.vn');
    trusted(() => expect(originFromHeaders(h({ host: 'a', 'x-forwarded-host': 'backan.gov.vn, proxy', 'x-forwarded-proto': 'https' }))).toBe('https://backan.gov.vn'));
  });
  it('refuses malformed hosts and schemes', () => {
    expect(originFromHeaders(h({ host: 'evil.com/"><script>' }))).toBe('http://localhost');
    trusted(() => expect(originFromHeaders(h({ host: 'backan.gov.vn', 'x-forwarded-proto': 'javascript' }))).toBe('http://backan.gov.vn'));
  });
  it('is pinned by CONG_PUBLIC_ORIGIN', () => {
    process.env.CONG_PUBLIC_ORIGIN = 'https://backan.gov.vn/';
    try {
      expect(originFromHeaders(h({ host: 'forged.example' }))).toBe('https://backan.gov.vn');
    } finally {
      delete process.env.CONG_PUBLIC_ORIGIN;
    }
  });
});

describe('XML helpers and RSS', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape(`a<b>&"c'\u0001d\uFFFE`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;d');
    expect(rfc822('2022-11-25T02:00:00.000Z')).toBe('Fri, 25 Nov 2022 02:00:00 GMT');
    expect(w3cDate('2022-11-25T02:00:00.123Z')).toBe('2022-11-25T02:00:00Z');
  });

  it('writes RSS 2.0 that a real XML parser reads back', () => {
    const body = renderRss({
      title: 'Tin mới – Xã <A> & B',
      link: 'http://h/xa-a',
      description: 'Mô tả',
      language: 'vi',
      self: 'http://h/xa-a/rss',
      lastBuildDate: '2022-11-26T00:00:00Z',
      items: [{ title: 'Tiêu đề "1" <b>', link: 'http://h/xa-a/tin-tuc/a?x=1&y=2', pubDate: '2022-11-25T02:00:00Z', description: 'Sapo', categories: ['Tin tức'], source: { name: 'Báo', url: 'https://bao.vn/a' } }],
    });
    expect(XMLValidator.validate(body)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(body);
    const ch = doc.rss.channel;
    expect(ch.title).toBe('Tin mới – Xã <A> & B');
    expect(ch.lastBuildDate).toBe('Sat, 26 Nov 2022 00:00:00 GMT');
    expect(ch.item.title).toBe('Tiêu đề "1" <b>');
    expect(ch.item.guid['#text']).toBe('http://h/xa-a/tin-tuc/a?x=1&y=2');
    expect(ch.item.source['@_url']).toBe('https://bao.vn/a');
  });

  it('writes a urlset with hreflang alternates only for pages in both languages', () => {
    const body = renderUrlset('http://h', [
      { paths: { vi: '/xa-a/', en: '/en/xa-a/' }, lastmod: { vi: '2022-11-25T02:00:00Z' } },
      { paths: { vi: '/xa-a/tin-tuc/a' }, lastmod: { vi: '2022-11-25T02:00:00Z' } },
    ]);
    expect(XMLValidator.validate(body)).toBe(true);
    const urls = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => n === 'url' || n === 'xhtml:link' }).parse(body).urlset.url;
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual(['http://h/xa-a', 'http://h/en/xa-a', 'http://h/xa-a/tin-tuc/a']);
    expect(urls[1]['xhtml:link'].map((l: Record<string, string>) => l['@_hreflang'])).toEqual(['vi', 'en', 'x-default']);
    expect(urls[1].lastmod).toBeUndefined();
    expect(urls[2]['xhtml:link']).toBeUndefined();
  });
});

describe('EMC snippet and JSON-LD', () => {
  it('is read by the compliance extractor with its site id, tracker and loader', () => {
    expect(parseEmcScript(emcSnippet('4064'))).toMatchObject({ siteId: '4064', trackerUrl: 'https://f-emc.ngsp.gov.vn/tracking', loaderUrl: 'https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js' });
    expect(() => emcSnippet("1'); alert(1); ('")).toThrow();
  });

  it('escapes JSON-LD so no value closes the script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script> & \u2028');
  });

  it('maps paths to their served form', () => {
    expect(servedPath('/xa-a/')).toBe('/xa-a');
    expect(servedPath('/')).toBe('/');
  });
});
