/** C8 — transport, headers, network facts (fake inputs), outdated software, gambling/SEO spam, hidden links, cloaking. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeHttps, judgeNetwork, judgeSecurityHeaders } from '../src/checks/security.js';
import { detectLibraries, judgeLibraries, libraryFromUrl } from '../src/checks/libraries.js';
import { findTerms, judgeCloaking, judgeGambling, judgeHiddenLinks } from '../src/checks/spam.js';
import { loadVulnDb, vulnDbCandidates } from '../src/checks/vulndb.js';
import { htmlPages } from '../src/checks/util.js';
import { html, judgeWith, page, snapshot } from './helpers/snapshot-builder.js';
import { ORIGIN, sampleSite } from './helpers/sample-site.js';
import { sharedDir } from './helpers/fixture-site.js';

const DB_FILE = join(sharedDir(), 'data', 'vuln-db', 'retire-jsrepository-v5.json');
const hasDb = existsSync(DB_FILE);

describe('C8 — HTTPS and headers', () => {
  it('valid HTTPS with redirect and HSTS: pass', async () => {
    expect(judgeHttps(await judgeWith(sampleSite())).status).toBe('pass');
  });
  it('invalid certificate, old TLS, no redirect: fail; missing HSTS: warn', async () => {
    expect(judgeHttps(await judgeWith(sampleSite({ snapshot: { tls: { valid: false, error: 'self-signed certificate' } } }))).status).toBe('fail');
    expect(judgeHttps(await judgeWith(sampleSite({ snapshot: { tls: { valid: true, protocol: 'TLSv1', httpRedirectsToHttps: true } } }))).status).toBe('fail');
    expect(judgeHttps(await judgeWith(sampleSite({ snapshot: { tls: { valid: true, protocol: 'TLSv1.2', httpRedirectsToHttps: false } } }))).status).toBe('fail');
    const s = sampleSite();
    delete s.pages[0].headers['strict-transport-security'];
    expect(judgeHttps(await judgeWith(s)).status).toBe('warn');
  });
  it('a site on plain http fails; a loopback test server is not_applicable', async () => {
    const http = snapshot([page('http://sotp.example.gov.vn/', html({ title: 'x' }))]);
    expect(judgeHttps(await judgeWith(http)).status).toBe('fail');
    const lo = snapshot([page('http://127.0.0.1:5000/', html({ title: 'x' }))]);
    expect(judgeHttps(await judgeWith(lo)).status).toBe('not_applicable');
    expect(judgeSecurityHeaders(await judgeWith(lo)).status).toBe('not_applicable');
  });
  it('security headers: all set → pass; missing → warn with the list', async () => {
    expect(judgeSecurityHeaders(await judgeWith(sampleSite())).status).toBe('pass');
    const s = sampleSite();
    s.pages[0].headers = { 'content-type': 'text/html' };
    const j = judgeSecurityHeaders(await judgeWith(s));
    expect(j.status).toBe('warn');
    expect(j.data?.missing).toContain('Content-Security-Policy');
  });
});

describe('C8 — network facts (logic on fake inputs; on loopback they are not_applicable)', () => {
  it('IPv6, DNSSEC, server country', async () => {
    const ok = await judgeWith(sampleSite());
    expect(judgeNetwork(ok, 'ipv6').status).toBe('pass');
    expect(judgeNetwork(ok, 'dnssec').status).toBe('pass');
    expect(judgeNetwork(ok, 'country').status).toBe('pass');
    const bad = await judgeWith(sampleSite({ snapshot: { network: { ipv6: false, dnssec: false, serverCountry: 'SG' } } }));
    expect(judgeNetwork(bad, 'ipv6').status).toBe('fail');
    expect(judgeNetwork(bad, 'dnssec').status).toBe('fail');
    expect(judgeNetwork(bad, 'country').message.en).toMatch(/SG/);
    const lo = await judgeWith(sampleSite({ snapshot: { network: { reason: 'not measurable on loopback' } } }));
    const j = judgeNetwork(lo, 'ipv6');
    expect(j.status).toBe('not_applicable');
    expect(j.message.en).toMatch(/loopback/);
  });
});

describe('C8 — outdated software', () => {
  it('reads library versions from script file names', () => {
    expect(libraryFromUrl('https://x.gov.vn/html/extensions/jquery-ui-1.5.3.min.js')).toEqual({ name: 'jquery-ui', version: '1.5.3' });
    expect(libraryFromUrl('/js/jquery.carouFredSel-6.2.0-packed.js')).toEqual({ name: 'jquery.caroufredsel', version: '6.2.0' });
    expect(libraryFromUrl('/js/main6152.js?b=1')).toBeUndefined();
  });
  it('jQuery UI 1.5.3 is outdated by the version policy, even without the vulnerability DB', async () => {
    const s = sampleSite({ scripts: '<script src="/html/extensions/jquery-ui-1.5.3.min.js"></script>' });
    const j = judgeLibraries(await judgeWith(s));
    expect(j.status).toBe('fail');
    expect(j.message.en).toMatch(/jquery-ui 1\.5\.3/);
    expect(j.message.en).toMatch(/vulnerability DB not loaded/);
    expect(j.evidence[0].selector).toContain('jquery-ui-1.5.3.min.js');
  });
  it('end-of-life is date-aware (Bootstrap 4 from 2023-01-01)', async () => {
    const s = sampleSite({ scripts: '<script src="/js/bootstrap-4.6.2.min.js"></script>' });
    expect(judgeLibraries(await judgeWith(s, { on: '2022-08-27' })).status).toBe('warn'); // no DB → not a pass
    expect(judgeLibraries(await judgeWith(s, { on: '2024-01-01' })).status).toBe('fail');
  });
  it.skipIf(!hasDb)('with the retire.js database: vulnerable versions fail with CVEs, current ones pass', async () => {
    const { db } = loadVulnDb(DB_FILE);
    const bad = judgeLibraries(await judgeWith(sampleSite({ scripts: '<script src="https://code.jquery.com/jquery-1.12.4.min.js"></script>' }), { vulnDb: db }));
    expect(bad.status).toBe('fail');
    expect(bad.evidence.some((e) => /CVE-/.test(e.snippet ?? ''))).toBe(true);
    const good = judgeLibraries(await judgeWith(sampleSite(), { vulnDb: db }));
    expect(good.status).toBe('pass');
    expect(good.evidence[0].snippet).toMatch(/jquery 3\.7\.1/);
    const detected = detectLibraries(htmlPages(sampleSite({ scripts: '<script src="/js/jquery-ui-1.5.3.min.js"></script>' })), db);
    expect(detected.some((l) => l.name === 'jquery-ui' && l.version === '1.5.3')).toBe(true);
  });
  it('the DB is looked up in the documented places and never downloaded during a scan', () => {
    const c = vulnDbCandidates(undefined, { XDG_CACHE_HOME: '/c', CONG_VULN_DB: '/v.json', CONG_SHARED_DIR: '/s' });
    expect(c).toEqual(['/v.json', '/c/cong-scan/retire-jsrepository-v5.json', '/s/data/vuln-db/retire-jsrepository-v5.json']);
    expect(vulnDbCandidates('/x.json')).toEqual(['/x.json']);
    expect(loadVulnDb('/nonexistent/db.json').error).toMatch(/not found/);
  });
});

describe('C8 — gambling / SEO spam', () => {
  it('vocabulary is diacritic-insensitive but collision-aware and word-bounded', () => {
    expect(findTerms('Chơi nổ hũ đổi thưởng', 'strong').map((t) => t.term)).toContain('nổ hũ');
    expect(findTerms('choi no hu doi thuong', 'strong').map((t) => t.term)).toContain('nổ hũ');
    expect(findTerms('Tài Xỉu online uy tín', 'strong').map((t) => t.term)).toContain('tài xỉu');
    expect(findTerms('cả độ dài con đường', 'weak')).toEqual([]); // "cả độ" folds to "ca do" but is not "cá độ"
    expect(findTerms('ca dao tục ngữ', 'weak')).toEqual([]);
    expect(findTerms('timeslots for meetings', 'weak')).toEqual([]);
    expect(findTerms('KUBET88 link', 'brand').map((t) => t.term)).toContain('kubet88');
    expect(findTerms('ch\u043ei n\u043e hu d\u043ei thu\u043eng', 'strong').map((t) => t.term)).toContain('nổ hũ'); // Cyrillic о
    expect(findTerms('ｓｌｏｔ ｇａｃｏｒ', 'strong').map((t) => t.term)).toContain('slot gacor'); // full-width
  });
  it('a clean site passes', async () => {
    const j = judgeGambling(await judgeWith(sampleSite()));
    expect(j.status).toBe('pass');
    expect(j.evidence.length).toBe(1);
  });
  it('an enforcement news item mentioning one or two gambling words is not spam', async () => {
    const s = sampleSite({ homeExtra: '<p>Công an tỉnh triệt phá đường dây cá độ bóng đá và đánh bạc qua mạng.</p>' });
    expect(judgeGambling(await judgeWith(s)).status).toBe('pass');
  });
  it('injected strong phrases, brands or hidden gambling links fail', async () => {
    expect(judgeGambling(await judgeWith(sampleSite({ homeExtra: '<p>Nhà cái uy tín, nổ hũ, tài xỉu đổi thưởng</p>' }))).status).toBe('fail');
    expect(judgeGambling(await judgeWith(sampleSite({ homeExtra: '<p>slot gacor hari ini maxwin</p>' }))).status).toBe('fail');
    const hidden = sampleSite({ homeExtra: '<div style="display:none"><a href="https://kubet88.example/">kubet</a><a href="https://nohu.example/">no hu</a></div>' });
    const j = judgeGambling(await judgeWith(hidden));
    expect(j.status).toBe('fail');
    expect(j.evidence.some((e) => /hidden link/.test(e.snippet ?? ''))).toBe(true);
    expect(judgeHiddenLinks(await judgeWith(hidden)).status).toBe('fail');
  });
  it('hidden links: internal ones are fine; several off-site hidden links warn', async () => {
    expect(judgeHiddenLinks(await judgeWith(sampleSite({ homeExtra: '<div style="display:none"><a href="/menu-con">Menu con</a></div>' }))).status).toBe('pass');
    const many = sampleSite({ homeExtra: '<div style="display:none"><a href="https://a.example/">a</a><a href="https://b.example/">b</a><a href="https://c.example/">c</a></div>' });
    expect(judgeHiddenLinks(await judgeWith(many)).status).toBe('warn');
  });
  it('cloaking: different content with gambling words for Googlebot fails; differences warn; no probe n/a', async () => {
    expect(judgeCloaking(await judgeWith(sampleSite())).status).toBe('pass');
    const cloak = sampleSite({ snapshot: { cloaking: [{ url: `${ORIGIN}/`, variants: [{ agent: 'browser', status: 200, bytes: 1000, textHash: 'a', spamTerms: [] }, { agent: 'googlebot', status: 200, bytes: 9000, textHash: 'b', spamTerms: ['nổ hũ', 'tài xỉu'] }] }] } });
    expect(judgeCloaking(await judgeWith(cloak)).status).toBe('fail');
    const diff = sampleSite({ snapshot: { cloaking: [{ url: `${ORIGIN}/`, variants: [{ agent: 'browser', status: 200, bytes: 1000, textHash: 'a', spamTerms: [] }, { agent: 'search-referrer', status: 302, bytes: 10, textHash: 'c', spamTerms: [] }] }] } });
    expect(judgeCloaking(await judgeWith(diff)).status).toBe('warn');
    expect(judgeCloaking(await judgeWith(sampleSite({ snapshot: { cloaking: [] } }))).status).toBe('not_applicable');
  });
});
