/** Crawl-level problems (snapshot.limitsHit / errors / robots) become findings that say why; an unreachable home page is an error. */
import { describe, expect, it } from 'vitest';
import { crawlFindings } from '../src/checks/crawl.js';
import { html, page, snapshot } from './helpers/snapshot-builder.js';
import { sampleSite } from './helpers/sample-site.js';

describe('scan-integrity findings', () => {
  it('a clean crawl yields none', () => {
    expect(crawlFindings(sampleSite())).toEqual([]);
  });
  it('home page unreachable → error with the reason', () => {
    const s = snapshot([{ ...page('https://x.gov.vn/', html({ title: 'x' })), status: 0, facts: undefined, error: 'certificate has expired' }]);
    const f = crawlFindings(s);
    expect(f[0]).toMatchObject({ ruleId: 'SCAN-home', status: 'error' });
    expect(f[0].message.en).toMatch(/certificate problem/);
  });
  it('timeouts, truncation, redirect loops, bad certificates and limits say why', () => {
    const s = sampleSite({
      snapshot: {
        limitsHit: ['page limit 60 reached; 12 discovered URLs not fetched', 'total time 120000 ms used up'],
        errors: [
          { url: 'https://x.gov.vn/a', message: 'timeout after 15000 ms' },
          { url: 'https://x.gov.vn/b', message: 'too many redirects (redirect loop)' },
          { url: 'https://x.gov.vn/c', message: 'self-signed certificate in certificate chain' },
          { url: 'https://x.gov.vn/d', message: 'body truncated at 5242880 bytes' },
        ],
      },
    });
    const f = crawlFindings(s);
    const byId = Object.fromEntries(f.map((x) => [x.ruleId, x]));
    expect(byId['SCAN-limit'].status).toBe('warn');
    expect(byId['SCAN-limit-2'].message.en).toMatch(/total time/);
    expect(byId['SCAN-timeout'].status).toBe('warn');
    expect(byId['SCAN-redirect-loop'].status).toBe('error');
    expect(byId['SCAN-certificate'].status).toBe('error');
    expect(byId['SCAN-truncated'].message.en).toMatch(/truncated/);
    for (const x of f) expect(x.evidence.length).toBeGreaterThan(0);
  });
  it('robots.txt disallowing everything: error, or warn when ignored on request', () => {
    const robots = { url: 'https://x.gov.vn/robots.txt', status: 200, body: 'User-agent: *\nDisallow: /', sitemaps: [], disallowsAll: true, ignored: false };
    expect(crawlFindings(sampleSite({ snapshot: { robots } }))[0]).toMatchObject({ ruleId: 'SCAN-robots', status: 'error' });
    expect(crawlFindings(sampleSite({ snapshot: { robots: { ...robots, ignored: true } } }))[0].status).toBe('warn');
  });
});
