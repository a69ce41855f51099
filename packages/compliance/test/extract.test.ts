import { describe, expect, it } from 'vitest';
import {
  detectLibraryFromBanner,
  detectLibraryFromUrl,
  extractPageFacts,
  findDates,
  findEmails,
  findPhones,
  parseEmcScript,
} from '../src/extract/index.js';

const SITE = 'https://soxyz.tinh.gov.vn';
const HOSTS = ['soxyz.tinh.gov.vn'];

/** WordPress-like page: landmarks, menu classes, search form, share buttons, JSON-LD, og, feed. */
const WORDPRESS = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.4.2">
<meta name="description" content="Cổng thông tin điện tử Sở XYZ">
<meta property="og:title" content="Hội nghị chuyển đổi số năm 2024">
<meta property="og:type" content="article">
<meta name="DC.title" content="Hội nghị chuyển đổi số">
<meta name="dc.creator" content="Sở XYZ">
<meta property="article:published_time" content="2024-03-15T08:00:00+07:00">
<title>Hội nghị chuyển đổi số năm 2024 – Sở XYZ</title>
<link rel="alternate" type="application/rss+xml" title="Sở XYZ &raquo; Feed" href="https://soxyz.tinh.gov.vn/feed/">
<link rel="alternate" hreflang="en" href="https://soxyz.tinh.gov.vn/en/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hội nghị chuyển đổi số"}</script>
<script type="application/ld+json">{ broken json </script>
<script src="https://soxyz.tinh.gov.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script src="https://soxyz.tinh.gov.vn/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1"></script>
<script src="https://cdnjs.cloudflare.com/ajax/libs/twitter-bootstrap/4.6.2/js/bootstrap.min.js"></script>
</head>
<body class="post-template-default single">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="/"><img src="/wp-content/uploads/quoc-huy.png" alt="Quốc huy"></a>
  <p class="site-title">SỞ XYZ TỈNH ABC</p></div>
  <nav id="site-navigation" class="main-navigation">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="/">Trang chủ</a></li>
      <li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>
      <li class="menu-item"><a href="/so-do-trang/">Sơ đồ trang</a></li>
    </ul>
  </nav>
  <form role="search" method="get" class="search-form" action="https://soxyz.tinh.gov.vn/">
    <label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label>
    <input type="submit" class="search-submit" value="Tìm kiếm">
  </form>
</header>
<main id="main" class="site-main">
  <article class="post">
    <header class="entry-header"><h1 class="entry-title">Hội nghị chuyển đổi số năm 2024</h1>
      <time class="entry-date published" datetime="2024-03-15T08:00:00+07:00">15/03/2024</time></header>
    <div class="entry-content">
      <p>Ngày 14 tháng 3 năm 2024, Sở XYZ tổ chức hội nghị. Liên hệ: 0912 345 678 hoặc (0209) 3 870 123.</p>
      <p>Xem thêm <a href="https://chinhphu.vn/">Cổng Chính phủ</a> và <a href="/tin-tuc/2024/03/hoi-nghi-chuyen-doi-so/">bài liên quan</a>.</p>
    </div>
    <footer class="entry-footer"><a href="/category/tin-tuc/">Tin tức</a></footer>
    <div class="share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fsoxyz.tinh.gov.vn%2F">Facebook</a>
      <a href="https://twitter.com/intent/tweet?url=x">Twitter</a>
      <div class="zalo-share-button" data-href="https://soxyz.tinh.gov.vn/" data-oaid="123"></div>
      <a href="javascript:window.print()">In bài</a>
    </div>
  </article>
</main>
<footer id="colophon" class="site-footer">
  <nav class="footer-navigation"><a href="/lien-he/">Liên hệ</a></nav>
  <p>Cơ quan chủ quản: Sở XYZ tỉnh ABC. Chịu trách nhiệm chính: Ông Nguyễn Văn A. Địa chỉ: 1 Đường B.
  Điện thoại: 0209.3870.456. Email: <a href="mailto:soxyz@tinh.gov.vn">soxyz@tinh.gov.vn</a>. © 2024</p>
</footer>
</body></html>`;

/** NukeViet-like page: div ids/classes only (no landmarks), GET search with hidden nv=seek, tables. */
const NUKEVIET = `<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Trang chủ - UBND xã Bình Minh</title>
<meta name="generator" content="NukeViet v4.5" />
<script type="text/javascript" src="/assets/js/jquery/jquery.min.js"></script>
<script type="text/javascript" src="/assets/js/language/vi.js"></script>
</head>
<body>
<div id="wraper">
  <div id="header"><div class="logo"><a title="UBND xã Bình Minh" href="/"><img src="/uploads/logo.png" alt="UBND xã Bình Minh" /></a></div>
    <div class="site-name">ỦY BAN NHÂN DÂN XÃ BÌNH MINH</div>
    <div class="lang"><a href="/index.php?language=en" title="English">EN</a></div></div>
  <div id="menu-site-default">
    <ul class="nav navbar-nav"><li><a href="/index.php?language=vi&nv=news">Tin tức</a></li><li><a href="/index.php?language=vi&nv=contact">Liên hệ</a></li></ul>
  </div>
  <div class="body">
    <div class="col-md-8">
      <h2>Tin mới</h2>
      <ul><li><a href="/index.php?language=vi&nv=news&op=thoi-su/ubnd-xa-to-chuc-hop-dan-lay-y-kien-ve-quy-hoach-123.html">UBND xã tổ chức họp dân lấy ý kiến về quy hoạch</a> <span>(05-01-2024)</span></li></ul>
      <form action="/index.php" method="get"><input type="hidden" name="language" value="vi" /><input type="hidden" name="nv" value="seek" />
        <input type="text" name="q" maxlength="60" placeholder="Nhập từ khóa..." /><button type="submit">Tìm</button></form>
      <select onchange="window.open(this.value)"><option value="">-- Liên kết website --</option><option value="http://www.chinhphu.vn">Chính phủ</option><option value="https://binhminh.tinh.gov.vn">Tỉnh</option></select>
    </div>
  </div>
  <div id="footer" class="footer">
    <div class="copyright">© Bản quyền thuộc UBND xã Bình Minh. Điện thoại: +84 209 3 123 456. Email: ubndbinhminh[at]tinh.gov.vn</div>
    <a href="/index.php?language=vi&nv=siteterms">Điều khoản</a>
  </div>
</div>
</body></html>`;

/** Marquee ticker and hidden SEO-spam links (inline style, hidden attribute, class hidden by a <style> rule, off-screen). */
const SPAMMY = `<!DOCTYPE html><html lang="vi"><head><title>UBND phường</title>
<style>.x9k{display:none} .ticker { color: red } #hd2 { position:absolute; left:-9999px }</style></head>
<body>
<div id="top"><marquee behavior="scroll" direction="left"><a href="/thong-bao/lich-tiep-dan">Lịch tiếp công dân tháng 5</a></marquee></div>
<div id="content">
  <p>Nội dung chính của phường.</p>
  <div style="display:none"><a href="https://nohu88.example/">nổ hũ đổi thưởng</a></div>
  <div class="x9k"><a href="https://taixiu.example/">tài xỉu online</a></div>
  <div id="hd2"><a href="https://casino.example/">casino trực tuyến</a></div>
  <a hidden href="https://nhacai.example/">nhà cái uy tín</a>
  <span style="font-size:0"><a href="https://bet.example/">game bài</a></span>
  <a href="/gioi-thieu">Giới thiệu phường</a>
</div>
<!-- Begin EMC Tracking Code -->
<script type="text/javascript">
var _govaq = window._govaq || [];
_govaq.push(['trackPageView']);
_govaq.push(['enableLinkTracking']);
(function () {
  _govaq.push(['setTrackerUrl', 'https://f-emc.ngsp.gov.vn/tracking']);
  _govaq.push(['setSiteId', '4321']);
  var d = document, g = d.createElement('script'), s = d.getElementsByTagName('script')[0];
  g.type = 'text/javascript'; g.async = true; g.defer = true;
  g.src = 'https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js';
  s.parentNode.insertBefore(g, s);
})();
</script>
<!-- End EMC Tracking Code -->
</body></html>`;

describe('extractPageFacts — WordPress-like page', () => {
  const f = extractPageFacts(WORDPRESS, `${SITE}/tin-tuc/2024/03/hoi-nghi/`, HOSTS);

  it('reads title, lang, headings and meta', () => {
    expect(f.title).toBe('Hội nghị chuyển đổi số năm 2024 – Sở XYZ');
    expect(f.lang).toBe('vi');
    expect(f.headings[0]).toEqual({ level: 1, text: 'Hội nghị chuyển đổi số năm 2024' });
    expect(f.meta.viewport).toContain('width=device-width');
    expect(f.meta.generator).toBe('WordPress 6.4.2');
    expect(f.meta.description).toBe('Cổng thông tin điện tử Sở XYZ');
    expect(f.meta.openGraph['og:title']).toBe('Hội nghị chuyển đổi số năm 2024');
    expect(f.meta.dublinCore).toEqual({ 'DC.title': 'Hội nghị chuyển đổi số', 'dc.creator': 'Sở XYZ' });
    expect(f.meta.jsonLd).toHaveLength(1);
    expect(f.meta.jsonLdErrors).toBe(1);
    expect(f.meta.charset).toBe('UTF-8');
  });

  it('classifies link regions (header nav → menu, footer nav → footer, article footer → main)', () => {
    const region = (text: string) => f.links.find((l) => l.text === text)?.region;
    expect(region('Trang chủ')).toBe('menu');
    expect(region('Sơ đồ trang')).toBe('menu');
    expect(region('Liên hệ')).toBe('footer');
    expect(region('Cổng Chính phủ')).toBe('main');
    expect(region('Tin tức')).toBe('main'); // entry-footer inside <article> is not the page footer
    expect(f.links.find((l) => l.text === 'Chuyển đến nội dung')).toBeUndefined(); // #fragment links are skipped
    for (const l of f.links) expect(l.selector).toBeTruthy();
  });

  it('separates header, main and footer text; header images', () => {
    expect(f.headerText).toContain('SỞ XYZ TỈNH ABC');
    expect(f.headerText).not.toContain('Giới thiệu'); // menu text is not header text
    expect(f.headerImages).toEqual([{ src: `${SITE}/wp-content/uploads/quoc-huy.png`, alt: 'Quốc huy' }]);
    expect(f.mainText).toContain('Sở XYZ tổ chức hội nghị');
    expect(f.mainText).not.toContain('Chịu trách nhiệm chính');
    expect(f.footerText).toContain('Chịu trách nhiệm chính: Ông Nguyễn Văn A');
    expect(f.footerText).toContain('Liên hệ');
  });

  it('finds dates, e-mails and phones', () => {
    const iso = f.dates.map((d) => d.date);
    expect(iso).toContain('2024-03-15');
    expect(iso).toContain('2024-03-14'); // "ngày 14 tháng 3 năm 2024"
    expect(f.emails).toEqual(['soxyz@tinh.gov.vn']);
    expect(f.phones).toEqual(expect.arrayContaining(['0912345678', '02093870123', '02093870456']));
  });

  it('detects the search form, share targets, feeds, scripts and outbound hosts', () => {
    const search = f.forms.find((x) => x.isSearch)!;
    expect(search).toMatchObject({ action: `${SITE}/`, method: 'get' });
    expect(search.inputs.find((i) => i.name === 's')).toMatchObject({ type: 'search', label: 'Tìm kiếm cho:' });
    expect(f.shareTargets).toEqual(['facebook', 'print', 'twitter', 'zalo']);
    expect(f.feeds).toEqual([`${SITE}/feed/`]);
    const libs = f.scripts.filter((s) => s.library).map((s) => s.library);
    expect(libs).toEqual([
      { name: 'jquery', version: '3.7.1' },
      { name: 'jquery-migrate', version: '3.4.1' },
      { name: 'bootstrap', version: '4.6.2' },
    ]);
    expect(f.outboundHosts).toEqual(expect.arrayContaining(['chinhphu.vn', 'cdnjs.cloudflare.com', 'www.facebook.com', 'twitter.com']));
    expect(f.outboundHosts).not.toContain('soxyz.tinh.gov.vn');
    expect(f.languageLinks).toEqual([{ url: `${SITE}/en/`, lang: 'en', text: '', via: 'hreflang' }]);
    expect(f.emc).toBeUndefined();
  });
});

describe('extractPageFacts — NukeViet-like page (no landmarks)', () => {
  const f = extractPageFacts(NUKEVIET, 'https://binhminh.tinh.gov.vn/', ['binhminh.tinh.gov.vn']);

  it('uses id/class conventions for regions', () => {
    const region = (text: string) => f.links.find((l) => l.text === text)?.region;
    expect(region('Tin tức')).toBe('menu');
    expect(region('Điều khoản')).toBe('footer');
    expect(region('UBND xã tổ chức họp dân lấy ý kiến về quy hoạch')).toBe('main'); // no <main>: body content is main
    expect(region('UBND xã Bình Minh')).toBe('header'); // logo link, text from img alt/title
    expect(f.headerText).toContain('ỦY BAN NHÂN DÂN XÃ BÌNH MINH');
    expect(f.headerImages[0]).toEqual({ src: 'https://binhminh.tinh.gov.vn/uploads/logo.png', alt: 'UBND xã Bình Minh' });
  });

  it('reads link pickers, the GET search form with hidden values, obfuscated e-mail, +84 phone, list dates', () => {
    const picker = f.links.filter((l) => l.url.startsWith('http://www.chinhphu.vn'));
    expect(picker).toHaveLength(1);
    expect(picker[0].text).toBe('Chính phủ');
    expect(f.outboundHosts).toContain('www.chinhphu.vn');
    const search = f.forms.find((x) => x.isSearch)!;
    expect(search.action).toBe('https://binhminh.tinh.gov.vn/index.php');
    expect(search.inputs).toEqual(
      expect.arrayContaining([
        { name: 'nv', type: 'hidden', value: 'seek' },
        { name: 'q', type: 'text', placeholder: 'Nhập từ khóa...' },
      ]),
    );
    expect(f.emails).toEqual(['ubndbinhminh@tinh.gov.vn']);
    expect(f.phones).toEqual(['02093123456']);
    expect(f.dates.map((d) => d.date)).toContain('2024-01-05');
    expect(f.meta.generator).toBe('NukeViet v4.5');
    expect(f.languageLinks?.[0]).toMatchObject({ url: 'https://binhminh.tinh.gov.vn/index.php?language=en', lang: 'en', via: 'switch' });
  });
});

describe('extractPageFacts — marquee and hidden spam links', () => {
  const f = extractPageFacts(SPAMMY, 'https://phuong.tinh.gov.vn/', ['phuong.tinh.gov.vn']);

  it('flags every hiding technique and keeps visible links visible', () => {
    const hidden = Object.fromEntries(f.links.map((l) => [l.text, l.hidden]));
    expect(hidden).toEqual({
      'Lịch tiếp công dân tháng 5': false,
      'nổ hũ đổi thưởng': true,
      'tài xỉu online': true,
      'casino trực tuyến': true,
      'nhà cái uy tín': true,
      'game bài': true,
      'Giới thiệu phường': false,
    });
    expect(f.outboundHosts).toEqual(['nohu88.example', 'taixiu.example', 'casino.example', 'nhacai.example', 'bet.example']);
  });

  it('parses the EMC tag', () => {
    expect(f.emc).toMatchObject({
      siteId: '4321',
      trackerUrl: 'https://f-emc.ngsp.gov.vn/tracking',
      loaderUrl: 'https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js',
    });
    expect(f.emc!.snippet).toContain('_govaq');
  });
});

describe('extractPageFacts — robustness', () => {
  it('survives broken HTML and very deep nesting', () => {
    const deep = '<div>'.repeat(20_000) + '<a href="/x">sâu</a>' + '</div>'.repeat(10);
    const broken = `<html><head><title>Hỏng</title><body><p>Chưa đóng <b>thẻ <a href="http://[::1">bad url</a> <a href="/ok">ok</a> ${deep} \u0000 <table><tr><td>ô`;
    const f = extractPageFacts(broken, 'http://127.0.0.1:9/', ['127.0.0.1:9']);
    expect(f.links.map((l) => l.url)).toEqual(['http://127.0.0.1:9/ok', 'http://127.0.0.1:9/x']);
    expect(f.mainText).toContain('sâu');
  });

  it('is linear enough for 10,000 links and caps the list', () => {
    const page = `<html><body><main>${Array.from({ length: 10_000 }, (_, i) => `<a href="/p/${i}">Trang ${i}</a>`).join('')}</main></body></html>`;
    const t0 = performance.now();
    const f = extractPageFacts(page, 'http://127.0.0.1:9/', ['127.0.0.1:9']);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(f.links).toHaveLength(10_000);
    expect(f.links[9_999].selector).toBe('body > main:nth-of-type(1) > a:nth-of-type(10000)');
    expect(extractPageFacts(page, 'http://127.0.0.1:9/', ['127.0.0.1:9'], { maxLinks: 500 }).links).toHaveLength(500);
  });

  it('respects <base href> and keeps mailto/tel out of outbound hosts', () => {
    const f = extractPageFacts('<html><head><base href="https://a.gov.vn/sub/"></head><body><a href="p.html">P</a><a href="tel:02431234567">Gọi</a></body></html>', 'https://a.gov.vn/', ['a.gov.vn']);
    expect(f.links[0].url).toBe('https://a.gov.vn/sub/p.html');
    expect(f.phones).toEqual(['02431234567']);
    expect(f.outboundHosts).toEqual([]);
  });
});

describe('text finders', () => {
  it('dates: Vietnamese and ISO forms, invalid ones dropped', () => {
    const ds = findDates('Ngày 31/8/2016, họp; 2022-08-27; ngày 5 tháng 9 năm 2021; 31/02/2020 sai; số 4743/UBND-KGVX; 1/1/1800').map((d) => d.date);
    expect(ds).toEqual(['2016-08-31', '2022-08-27', '2021-09-05']);
  });
  it('e-mails', () => {
    expect(findEmails('Liên hệ: a.b@hanoi.gov.vn, X@Y.VN; logo@2x.png; c (at) d.gov.vn')).toEqual(['a.b@hanoi.gov.vn', 'x@y.vn', 'c@d.gov.vn']);
  });
  it('phones: landline, mobile, +84, 1900; dates and codes ignored', () => {
    expect(findPhones('ĐT: (024) 3512 3536; 0243.512.3536; 0987654321; +84 912 345 678; 1900 1234; 08/09/2016; 1661571145064')).toEqual([
      '02435123536',
      '0987654321',
      '0912345678',
      '19001234',
    ]);
  });
});

describe('library recognition', () => {
  it.each([
    ['html/extensions/jquery-ui-1.5.3.min.js', { name: 'jquery-ui', version: '1.5.3' }],
    ['html/extensions/jquery.carouFredSel-6.2.0-packed.js', { name: 'jquery.carouFredSel', version: '6.2.0' }],
    ['https://code.jquery.com/jquery-1.12.4.min.js', { name: 'jquery', version: '1.12.4' }],
    ['https://ajax.googleapis.com/ajax/libs/angularjs/1.5.8/angular.min.js', { name: 'angularjs', version: '1.5.8' }],
    ['https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/js/bootstrap.bundle.min.js', { name: 'bootstrap', version: '5.3.0' }],
    ['/libs/jquery/1.11.1/jquery.min.js', { name: 'jquery', version: '1.11.1' }],
    ['/js/bootstrap/3.3.7/js/bootstrap.min.js', { name: 'bootstrap', version: '3.3.7' }],
    ['/js/angular.min.js', { name: 'angularjs' }],
    ['/js/main4442.js', undefined],
  ])('%s', (url, lib) => {
    expect(detectLibraryFromUrl(url)).toEqual(lib);
  });
  it('banners', () => {
    expect(detectLibraryFromBanner('/*! jQuery v1.11.1 | (c) 2005, 2014 jQuery Foundation')).toEqual({ name: 'jquery', version: '1.11.1' });
    expect(detectLibraryFromBanner('/*! jQuery UI - v1.12.1 - 2016-09-14')).toEqual({ name: 'jquery-ui', version: '1.12.1' });
    expect(detectLibraryFromBanner('/*!\n * Bootstrap v3.3.7 (http://getbootstrap.com)')).toEqual({ name: 'bootstrap', version: '3.3.7' });
    expect(detectLibraryFromBanner('/**\n * @license AngularJS v1.5.8\n')).toEqual({ name: 'angularjs', version: '1.5.8' });
    expect(detectLibraryFromBanner('console.log(1)')).toBeUndefined();
  });
});

describe('EMC tag variants', () => {
  it('resolves a tracker URL built from a variable', () => {
    const e = parseEmcScript(`var u="https://f-emc.ngsp.gov.vn/"; var _govaq = window._govaq || []; _govaq.push(['setTrackerUrl', u+'tracking']); _govaq.push(['setSiteId', '']);`);
    expect(e).toMatchObject({ siteId: '', trackerUrl: 'https://f-emc.ngsp.gov.vn/tracking' });
  });
  it('ignores scripts that only push events to _govaq', () => {
    expect(parseEmcScript(`if (_govaq) { _govaq.push(['trackDVC', code, '1', '']) }`)).toBeUndefined();
  });
});
