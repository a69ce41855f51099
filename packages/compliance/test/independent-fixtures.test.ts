/**
 * Independent fixtures: hand-written Vietnamese government sites judged the way a careful human auditor would
 * judge them from REQUIREMENTS.md (§1, §3, §4, §12), *not* from the check code. For every check C1–C10 there is
 * at least one compliant site (its rules `pass`, with evidence) and one non-compliant site (`fail`, or `warn`
 * where the catalogue marks the basis ❓ / warn-only).
 *
 * Sites (test/fixtures/independent/):
 *  - A  site-stp.ts     Sở Tư pháp — compliant, modern markup (`<header>/<nav>/<main>/<footer>`)
 *  - B  site-snn.ts     Sở Nông nghiệp và PTNT — compliant, legacy markup (`div.menu`, `div#footer`, no-diacritic
 *                       menu labels, contacts only on the directory page, `<select>` link list)
 *  - N1 site-vhttdl.ts  Sở Văn hóa, Thể thao và Du lịch — neglected site failing nearly everything, with traps
 *  - small-sites.ts     one trap each (off-tree .gov.vn, path component, Gmail officials, stub sections, copied
 *                       English template, provincial portals, licensed/unlicensed general-information sites)
 *  - search-server.ts   C4 sites served on 127.0.0.1 and crawled with `crawlSite` (real search probe)
 *
 * Frame date: 2022-12-01 (Decree 42/2022). Circular 22/2023 rules (EMC) are judged on 2025-06-01, after the
 * 05/4/2025 deadline for existing sites; the 2025 commune-domain rule on 2026-11-29 (Decree 224/2026).
 *
 * Where a check disagrees with the rule text the test keeps the correct expectation and is marked `it.fails`
 * with a comment naming the defect.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, crawlSite, evaluate, loadVulnDb, ruleSetFor, type Finding, type SiteSnapshot, type Status } from '../src/index.js';
import type { VulnDb } from '../src/rules/types.js';
import { sharedDir } from './helpers/fixture-site.js';
import type { TestServer } from './helpers/server.js';
import { PORTAL, STP_ORIGIN, stpSite } from './fixtures/independent/site-stp.js';
import { snnSite } from './fixtures/independent/site-snn.js';
import { VH_SPAM_HREFS, vhSite } from './fixtures/independent/site-vhttdl.js';
import {
  communeDistrictEraSite,
  communeFlatSite,
  editorialBoardFooterSite,
  emptyEmcPortal,
  gmailCommuneSite,
  goodPortal,
  inTreeNoBacklinkSite,
  licensedGeneralSite,
  nonGovSite,
  offTreeSite,
  pathComponentSite,
  staleEnglishSite,
  stubSectionsSite,
  unlicensedGeneralSite,
} from './fixtures/independent/small-sites.js';
import { ARTICLES, startSearchSite, type SearchMode } from './fixtures/independent/search-server.js';

const ON = '2022-12-01';
const ON_TT22 = '2025-06-01';
const ON_2026 = '2026-11-29';

const DB_FILE = join(sharedDir(), 'data', 'vuln-db', 'retire-jsrepository-v5.json');
const vulnDb: VulnDb | undefined = existsSync(DB_FILE) ? loadVulnDb(DB_FILE).db : undefined;

async function judge(snap: SiteSnapshot, on = ON): Promise<Finding[]> {
  return evaluate(snap, await ruleSetFor({ on }), vulnDb ? { vulnDb } : {});
}

function finding(fs: Finding[], id: string): Finding {
  const f = fs.find((x) => x.ruleId === id);
  if (!f) throw new Error(`rule ${id} is not in the rule set (have: ${fs.map((x) => x.ruleId).join(', ')})`);
  return f;
}

/** Assert the status of each rule; a pass must carry evidence pointing at a URL. */
function expectStatus(fs: Finding[], expected: Record<string, Status | Status[]>) {
  for (const [id, want] of Object.entries(expected)) {
    const f = finding(fs, id);
    const wants = Array.isArray(want) ? want : [want];
    expect(wants, `${id}: got ${f.status} — ${f.message.en}${f.note ? ` [${f.note.en}]` : ''}`).toContain(f.status);
    if (f.status === 'pass') {
      expect(f.evidence.length, `${id}: pass without evidence`).toBeGreaterThan(0);
      expect(f.evidence.every((e) => /^https?:\/\//.test(e.url)), `${id}: evidence without URL`).toBe(true);
    }
  }
}

// Snapshots are pure data: build once, evaluate per frame date.
const A = stpSite();
const B = snnSite();
const N1 = vhSite();

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C1 — component-site status and domain (N42-6.1, N42-6.4; N224-11.1/11.4 from 2026; N72-23.4-5 for G)', () => {
  it('compliant: department hosts under thainguyen.gov.vn with a header link back to the portal (A modern, B legacy)', async () => {
    expectStatus(await judge(A), { 'N42-6.1': 'pass', 'N42-6.4/domain': 'pass' });
    expectStatus(await judge(B), { 'N42-6.1': 'pass', 'N42-6.4/domain': 'pass' });
  });

  it('compliant: a component served as a path under the portal host (…/web/so-ngoai-vu) with the shared header', async () => {
    expectStatus(await judge(pathComponentSite()), { 'N42-6.1': 'pass', 'N42-6.4/domain': 'pass' });
  });

  it('non-compliant trap: sgtvtthainguyen.gov.vn is .gov.vn and ends with the string "thainguyen.gov.vn" but is off the portal tree', async () => {
    // N42-6.1: a department site must be a component of the provincial portal (host under the tree).
    expectStatus(await judge(offTreeSite()), { 'N42-6.1': 'fail' });
  });

  // DEFECT D1 (checks/component.ts judgeGovDomain, rule N42-6.4/domain): N42-6.4 says department domains follow
  // "tencoquan.tentinh.gov.vn" (catalogue method: `^[a-z0-9-]+\.<tinh>\.gov\.vn$` for C). The check only tests the
  // `.gov.vn` suffix (plus the 2025 commune rule), so a department on the second-level name sgtvtthainguyen.gov.vn
  // passes. It should fail a department/commune host that is not one label under the provincial domain.
  it('non-compliant trap: the same host breaks the department naming rule tencoquan.tentinh.gov.vn (N42-6.4)', async () => {
    expectStatus(await judge(offTreeSite()), { 'N42-6.4/domain': 'fail' });
  });

  it('non-compliant: a department site on a commercial .vn domain', async () => {
    expectStatus(await judge(nonGovSite()), { 'N42-6.1': 'fail', 'N42-6.4/domain': 'fail' });
  });

  it('not shown to be a component: in the tree, but no header/menu/footer link to the portal (N1; and a link only inside an article)', async () => {
    expectStatus(await judge(N1), { 'N42-6.1': ['warn', 'fail'], 'N42-6.4/domain': 'pass' });
    expectStatus(await judge(inTreeNoBacklinkSite()), { 'N42-6.1': ['warn', 'fail'] });
  });

  it('2026 frame: communes use tenphuongxa.tentinh.gov.vn; a district-era three-label host fails (N224-11.4c)', async () => {
    expectStatus(await judge(communeFlatSite(), ON_2026), { 'N224-11.4/domain': 'pass', 'N224-11.1': 'pass' });
    expectStatus(await judge(communeDistrictEraSite(), ON_2026), { 'N224-11.4/domain': 'fail' });
  });

  it('general-information sites (G) need a .vn domain (N72-23.4-5)', async () => {
    expectStatus(await judge(licensedGeneralSite()), { 'N72-23.4-5': 'pass' });
    expectStatus(await judge(unlicensedGeneralSite()), { 'N72-23.4-5': 'fail' });
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C2 — mandatory sections (LTC-19.1, N42-4.1, LCNTT-28, TT32-16.1-2)', () => {
  const all = {
    'LTC-19.1a': 'pass',
    'LTC-19.1b': 'pass',
    'LTC-19.1c': 'pass',
    'LTC-19.1d': 'pass',
    'LTC-19.1đ/org': 'pass',
    'LTC-19.1e': 'pass',
    'N42-4.1a': 'pass',
    'N42-4.1c': 'pass',
    'N42-4.1d': 'pass',
    'N42-4.1đ': 'pass',
    'N42-4.1e/org': 'pass',
    'N42-4.1g/budget': 'pass',
    'N42-4.1g/statistics': 'pass',
    'N42-4.1g/investment': 'pass',
    'N42-4.1g/recruitment': 'pass',
    'N42-4.1g/consultation': 'pass',
    'LCNTT-28/consultation': 'pass',
    'TT32-16.1-2': 'pass',
  } as const;

  it('compliant A: every section in the <nav> menu, each page with real content', async () => {
    expectStatus(await judge(A), all);
  });

  it('compliant B: capitals, drop-down sub-menus and labels without diacritics ("Co cau to chuc", "Van ban phap quy") in div.menu', async () => {
    const { 'N42-4.1g/recruitment': _recruitment, ...rest } = all;
    expectStatus(await judge(B), rest);
  });

  // DEFECT D2 (checks/sections.ts sectionPageContent, rule N42-4.1g/recruitment — and any section): a section page
  // with one dated item ("Thông báo tuyển dụng viên chức … (01/11/2022)") is judged "empty" because it has < 25 own
  // words and < 2 own links. The catalogue's method for these sections is "exists Home+2 and has ≥1 item dated in
  // the last 12 months"; one real item is not an empty section. (Capped at warn here only because the point is ❓.)
  it('compliant trap B: a recruitment section holding a single recruitment notice is not empty', async () => {
    expectStatus(await judge(B), { 'N42-4.1g/recruitment': 'pass' });
  });

  it('non-compliant N1: missing sections fail', async () => {
    expectStatus(await judge(N1), {
      'LTC-19.1a': 'fail',
      'N42-4.1a': 'fail',
      'N42-4.1c': 'fail',
      'LTC-19.1d': 'fail',
      'N42-4.1g/budget': 'fail',
      'LCNTT-28/consultation': 'fail',
      'N42-4.1g/investment': 'warn', // ❓ basis: capped at warn
      'N42-4.1g/consultation': 'warn', // ❓
      'N42-4.1g/recruitment': 'warn', // ❓
      'TT32-16.1-2': 'fail',
    });
  });

  it('trap: "Kế hoạch … phổ biến, giáo dục pháp luật …" and "… Quy hoạch …" in long news/document titles are not sections', async () => {
    expectStatus(await judge(N1), { 'LTC-19.1b': 'fail', 'N42-4.1d': 'fail', 'LTC-19.1c': 'fail', 'N42-4.1đ': 'fail' });
  });

  it('trap: the "Thống kê" menu page only says "Chưa có dữ liệu" — an empty section is not published statistics', async () => {
    expectStatus(await judge(N1), { 'N42-4.1g/statistics': 'fail', 'LTC-19.1e': 'fail' });
  });

  it('trap: a two-sentence "Giới thiệu" page is not the functions / structure / org chart', async () => {
    expectStatus(await judge(N1), { 'LTC-19.1đ/org': 'fail', 'N42-4.1e/org': 'fail' });
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C3 — contacts (N42-4.1e, LTC-19.1đ, LCNTT-28 directory, N09-2.4 spokesperson)', () => {
  const ok = {
    'LTC-19.1đ/contacts': 'pass',
    'N42-4.1e/contacts': 'pass',
    'N42-4.1e/officials': 'pass',
    'LCNTT-28/directory': 'pass',
    'N09-2.4': 'pass',
    'LTC-19.1đ/focal-point': 'pass',
  } as const;

  it('compliant A: table of leaders with phone + official e-mail, directory, spokesperson, focal point in "Tiếp cận thông tin"', async () => {
    expectStatus(await judge(A), ok);
  });

  it('compliant trap B: leaders page has bios only; the officials\' phones and e-mails are on the directory page linked from div#footer', async () => {
    expectStatus(await judge(B), ok);
  });

  it('non-compliant N1: leaders without contacts, no directory, no spokesperson, agency contacts without fax/e-mail', async () => {
    expectStatus(await judge(N1), {
      'LTC-19.1đ/contacts': 'fail',
      'N42-4.1e/contacts': 'fail',
      'N42-4.1e/officials': 'fail',
      'LCNTT-28/directory': 'fail',
      'N09-2.4': 'fail',
      'LTC-19.1đ/focal-point': 'fail',
    });
  });

  it('gmail commune: the agency\'s own contacts are complete and official', async () => {
    expectStatus(await judge(gmailCommuneSite()), { 'LTC-19.1đ/contacts': 'pass', 'N42-4.1e/contacts': 'pass' });
  });

  // DEFECT D3 (checks/contacts.ts judgeOfficialContacts, rule N42-4.1e/officials): N42-4.1e asks for "họ tên, chức vụ,
  // đơn vị, điện thoại, email công vụ" of the contact-point officials (§12 C3: "official .gov.vn e-mail"). The check
  // passes as soon as a named official has a phone OR any e-mail, so a table of personal Gmail/Yahoo addresses passes.
  // It should require an official (.gov.vn) e-mail (or at least not pass without one).
  it('non-compliant trap: officials listed with personal Gmail/Yahoo addresses only (no official e-mail)', async () => {
    expectStatus(await judge(gmailCommuneSite()), { 'N42-4.1e/officials': 'fail' });
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C4 — search (N42-7.1a, TT32-16.3b) on loopback sites crawled with crawlSite', () => {
  const servers = new Map<SearchMode, TestServer>();
  const snaps = new Map<SearchMode, SiteSnapshot>();
  beforeAll(async () => {
    for (const mode of ['works', 'broken', 'none'] as const) {
      const srv = await startSearchSite(mode);
      servers.set(mode, srv);
      snaps.set(
        mode,
        await crawlSite(
          { url: `${srv.url}/`, level: 'department', portalUrl: PORTAL, agency: 'Sở Tư pháp tỉnh Thái Nguyên' },
          { maxPages: 20, maxDepth: 2, totalTimeMs: 30_000, cloakingProbe: false, tlsProbe: false, network: false },
        ),
      );
    }
  });
  afterAll(async () => {
    for (const s of servers.values()) await s.close();
  });

  it('the crawler exercised the search as a user would (fixture sanity)', () => {
    const works = snaps.get('works')!;
    expect(works.searchProbe?.found, JSON.stringify(works.searchProbe)).toBe(true);
    expect(works.searchProbe?.expectedUrl).toContain(ARTICLES[0].path);
    expect(snaps.get('broken')!.searchProbe?.found).toBe(false);
    expect(snaps.get('none')!.searchProbe?.found ?? false).toBe(false);
  });

  it('compliant: the home-page search finds the newest article from its own title words', async () => {
    expectStatus(await judge(snaps.get('works')!), { 'N42-7.1a': 'pass', 'TT32-16.3b': 'pass' });
  });

  it('non-compliant: the search box exists but finds nothing ("Không tìm thấy kết quả nào")', async () => {
    expectStatus(await judge(snaps.get('broken')!), { 'N42-7.1a': 'fail', 'TT32-16.3b': 'pass' });
  });

  it('non-compliant: no search box anywhere', async () => {
    expectStatus(await judge(snaps.get('none')!), { 'N42-7.1a': 'fail', 'TT32-16.3b': 'fail' });
  });

  it('builder-made sites: A (form in <main>, probe found the article) passes; N1 (no form) fails', async () => {
    expectStatus(await judge(A), { 'N42-7.1a': 'pass', 'TT32-16.3b': 'pass' });
    expectStatus(await judge(N1), { 'N42-7.1a': 'fail', 'TT32-16.3b': 'fail' });
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C5 — links, integration and EMC (N42-7.1b, N42-6.3, N42-5.2; TT22-Ch.III, TT22-EMC-label, TT22-4.3)', () => {
  it('compliant: links to the provincial portal, the ministry and the Government portal (A: <ul>; B: <select> "Liên kết website")', async () => {
    expectStatus(await judge(A), { 'N42-7.1b': 'pass' });
    expectStatus(await judge(B), { 'N42-7.1b': 'pass' });
  });

  it('non-compliant N1: only Facebook, YouTube and a newspaper — no state-agency site linked', async () => {
    expectStatus(await judge(N1), { 'N42-7.1b': 'fail' });
  });

  it('compliant provincial portal: component-site list, EMC tag with the registered numeric id, data portal', async () => {
    expectStatus(await judge(goodPortal()), { 'N42-7.1b': 'pass', 'N42-6.3': 'pass', 'N42-5.2': 'pass' });
  });

  it('non-compliant provincial portal: setSiteId(\'\') and no data portal — warn only (❓ / "depending on conditions")', async () => {
    expectStatus(await judge(emptyEmcPortal()), { 'N42-6.3': 'warn', 'N42-5.2': 'warn' });
  });

  it('TT22 (2025-06-01) compliant A: _govaq tag on every page with numeric id = registry id, EMC label, RSS feed', async () => {
    expectStatus(await judge(A, ON_TT22), { 'TT22-Ch.III': 'pass', 'TT22-EMC-label': 'pass', 'TT22-4.3': 'pass' });
  });

  it('TT22 non-compliant N1: no EMC label (warn-only row), no RSS/Atom feed or other web service', async () => {
    expectStatus(await judge(N1, ON_TT22), { 'TT22-EMC-label': 'warn', 'TT22-4.3': 'fail' });
  });

  // DEFECT D4 (checks/links-emc.ts emcOf, rule TT22-Ch.III): when the extractor finds no tag, emcOf searches the raw
  // HTML including comments, so an EMC snippet inside <!-- … --> (never executed, nothing reaches f-emc.ngsp.gov.vn)
  // counts as "EMC tag on every page type". TT22-Ch.III requires the site to be connected to EMC; a commented-out
  // tag is not a connection. The check should ignore HTML comments (and non-executed markup).
  it('TT22 non-compliant trap N1: the EMC tag is inside an HTML comment (never runs)', async () => {
    expectStatus(await judge(N1, ON_TT22), { 'TT22-Ch.III': 'fail' });
  });

  it('TT22 non-compliant: empty setSiteId on the portal; a tag whose id is not the one the EMC operator issued', async () => {
    expectStatus(await judge(emptyEmcPortal(), ON_TT22), { 'TT22-Ch.III': 'fail' });
    expectStatus(await judge(stpSite({ emcSiteId: '99999' }), ON_TT22), { 'TT22-Ch.III': 'fail' });
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C6 — access to information (N13-6.3, LTC-19.1g, LTC-34.1b, LTC-34.1h)', () => {
  const ok = { 'N13-6.3': 'pass', 'LTC-19.1g': 'pass', 'LTC-34.1b': 'pass', 'LTC-34.1h': 'pass' } as const;
  const ko = { 'N13-6.3': 'fail', 'LTC-19.1g': 'fail', 'LTC-34.1b': 'fail', 'LTC-34.1h': 'fail' } as const;

  it('compliant A: "Tiếp cận thông tin" section with the list (name, number, date, form, timing, link) and the internal regulation', async () => {
    expectStatus(await judge(A), ok);
  });

  it('compliant B: the same in a legacy table whose header row is <td><b>…</b></td>, menu label in capitals', async () => {
    expectStatus(await judge(B), ok);
  });

  it('non-compliant trap N1: only a footer link to the *Law* on Access to Information (thuvienphapluat.vn)', async () => {
    expectStatus(await judge(N1), ko);
  });

  it('non-compliant trap: a "Tiếp cận thông tin" menu page that only says "đang được cập nhật" and links the Law', async () => {
    expectStatus(await judge(stubSectionsSite()), ko);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C7 — footer / homepage identity, banner, menu, sitemap (TT09-2.3, TT32-16.3a/c, TT32-16.4b)', () => {
  const ok = { 'TT09-2.3': 'pass', 'TT32-16.3a/banner': 'pass', 'TT32-16.3a/menu': 'pass', 'TT32-16.3c': 'pass', 'TT32-16.4b': 'pass', 'TT09-2.3/licence': 'not_applicable' } as const;

  it('compliant A: emblem + "SỞ TƯ PHÁP TỈNH THÁI NGUYÊN", full <footer>, HTML + XML sitemap', async () => {
    expectStatus(await judge(A), ok);
  });

  it('compliant B: logo + name over two lines, capitals menu with "SƠ ĐỒ SITE", HTML + XML sitemap', async () => {
    expectStatus(await judge(B), { 'TT32-16.3a/banner': 'pass', 'TT32-16.3a/menu': 'pass', 'TT32-16.4b': 'pass', 'TT09-2.3/licence': 'not_applicable' });
  });

  // DEFECT D5 (checks/people.ts PHONE_RE, used by checks/identity.ts; rules TT32-16.3c and TT09-2.3): the footer of B
  // says "ĐT: (0208) 3 852 456 - Fax: (0208) 3 852 457". The extractor reads both numbers (facts.phones =
  // 02083852456, 02083852457), but the checks' own PHONE_RE needs ≥ 2 digits after the area code, so "(0208) 3 852 456"
  // is not a phone and the footer "lacks: phone". Both rules should pass (the footer has every required item).
  it('compliant trap B: div#footer phone written "ĐT: (0208) 3 852 456"', async () => {
    expectStatus(await judge(B), { 'TT32-16.3c': 'pass', 'TT09-2.3': 'pass' });
  });

  it('non-compliant N1: name only inside a banner image, no DVC/sitemap menu items, footer names "Ban Biên tập" and has no e-mail, no sitemap', async () => {
    expectStatus(await judge(N1), { 'TT09-2.3': 'fail', 'TT32-16.3a/menu': 'fail', 'TT32-16.3c': 'fail', 'TT32-16.4b': 'fail' });
    // The name may be drawn inside the banner image (no alt); neither an auditor reading the HTML nor the check can
    // tell, so "cannot confirm" (warn) is an acceptable judgement for the banner item.
    expectStatus(await judge(N1), { 'TT32-16.3a/banner': ['warn', 'fail'] });
  });

  // DEFECT D6 (checks/identity.ts identityItems RESPONSIBLE + NAME_RE; rules TT32-16.3c, TT09-2.3): after
  // "Chịu trách nhiệm nội dung:" the check accepts any personal name within the next 80 characters. Here the text is
  // "Ban Biên tập" and the next line is the address "đường Hoàng Văn Thụ" — a street named after a person — so the
  // street is taken for the person responsible and the footer passes. The rules ask for the name of the person
  // responsible; "Ban Biên tập" is a board. (In N1 the same trap is masked by the missing e-mail.)
  it('non-compliant trap: "Chịu trách nhiệm nội dung: Ban Biên tập" followed by an address on "đường Hoàng Văn Thụ"', async () => {
    expectStatus(await judge(editorialBoardFooterSite()), { 'TT32-16.3c': 'fail', 'TT09-2.3': 'fail' });
  });

  it('general-information site: licence number, date and issuer on the home page (TT09-2.3/licence)', async () => {
    expectStatus(await judge(licensedGeneralSite()), { 'TT09-2.3/licence': 'pass' });
    expectStatus(await judge(unlicensedGeneralSite()), { 'TT09-2.3/licence': 'fail' });
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C8 — security and transport (N42-26, TT32-15.4, TT32-20, TT24/15-7.3)', () => {
  it('compliant A: HTTPS + HSTS + security headers, IPv6, DNSSEC, VN server, jQuery 3.6.1, no spam/hidden links/cloaking', async () => {
    expectStatus(await judge(A), {
      'N42-26/https': 'pass',
      'TT32-20': 'pass',
      'N42-26/headers': 'pass',
      'N42-26/hidden-links': 'pass',
      'N42-26/cloaking': 'pass',
      'N42-6.4/ipv6': 'pass',
      'TT32-15.4/ipv6': 'pass',
      'TT32-15.4/dnssec': 'pass',
      'TT24/15-7.3': 'pass',
    });
  });

  it.runIf(!!vulnDb)('compliant A: current libraries pass with the vulnerability database', async () => {
    expectStatus(await judge(A), { 'N42-26/software': 'pass' });
  });

  // DEFECT D7 (checks/spam.ts STRONG_TERMS, rule N42-26/spam, severity critical): the bare phrase "nhà cái" is a
  // "strong" term, so one visible sentence of a legitimate anti-gambling article ("lôi kéo người dân tham gia cá độ qua
  // các trang web nhà cái nước ngoài") makes the site fail for injected gambling content. N42-26 is about injected /
  // SEO spam; the file header itself says enforcement news is not spam. Only strong phrases like "nhà cái uy tín",
  // brands, hidden/off-site links or clusters of terms should fail; the bare "nhà cái" belongs with the weak words.
  it('compliant trap A: an anti-gambling news article ("cờ bạc, cá độ bóng đá … trang web nhà cái nước ngoài") is content, not spam', async () => {
    expectStatus(await judge(A), { 'N42-26/spam': 'pass' });
  });

  it('non-compliant N1: http only, no headers, no IPv6/DNSSEC, server abroad (TT24/15 status uncertain → warn)', async () => {
    expectStatus(await judge(N1), {
      'N42-26/https': 'fail',
      'TT32-20': 'fail',
      // Headers are evidence of "effective anti-attack measures", not a named legal duty: a warning is fair.
      'N42-26/headers': ['warn', 'fail'],
      'N42-6.4/ipv6': 'fail',
      'TT32-15.4/ipv6': 'fail',
      'TT32-15.4/dnssec': 'fail',
      'TT24/15-7.3': 'warn',
    });
  });

  it('non-compliant N1: jQuery 1.4.2 / jQuery UI 1.8.2 (end of life, known XSS) fail, with or without the database', async () => {
    expectStatus(await judge(N1), { 'N42-26/software': 'fail' });
    expectStatus(evaluate(N1, await ruleSetFor({ on: ON })), { 'N42-26/software': 'fail' });
  });

  it('non-compliant N1: gambling links hidden off-screen in div#footer; different content for Googlebot', async () => {
    const fs = await judge(N1);
    expectStatus(fs, { 'N42-26/spam': 'fail', 'N42-26/hidden-links': 'fail', 'N42-26/cloaking': 'fail' });
    const ev = JSON.stringify(finding(fs, 'N42-26/hidden-links').evidence);
    expect(VH_SPAM_HREFS.some((h) => ev.includes(new URL(h).host)), ev).toBe(true);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C9 — mobile, accessibility, print/share (TT32-17, TT32-18, TT26-app, N42-7.1c, N42-8/share)', () => {
  it('compliant A: viewport, print + save-as-PDF + Facebook/Zalo share on every article, A+/A- and accesskey', async () => {
    expectStatus(await judge(A), { 'TT32-17': 'pass', 'N42-7.1c': 'pass', 'N42-8/share': 'pass', 'TT32-18.2': 'pass' });
  });

  it('compliant A, accessibility: without a browser run the static checks cannot confirm contrast etc. (not a fail); with the axe run of --browser it passes', async () => {
    expectStatus(await judge(A), { 'TT32-18.1': ['not_applicable', 'pass'], 'TT26-app': ['not_applicable', 'pass'] });
    // What the crawler records with --browser for a page axe-core finds clean (BrowserFacts in src/snapshot.ts).
    const withAxe = stpSite();
    withAxe.browser = { axe: withAxe.pages.filter((p) => p.depth <= 1).map((p) => ({ url: p.url, violations: [] })) };
    expectStatus(await judge(withAxe), { 'TT32-18.1': 'pass', 'TT26-app': 'pass' });
  });

  it('non-compliant N1: no viewport, <marquee> ticker, images and image links without alt', async () => {
    expectStatus(await judge(N1), {
      'TT32-17': 'fail',
      'TT32-18.2': 'warn', // encouraged only
      'TT32-18.1': 'fail',
      'TT26-app': 'fail',
      'N42-8/share': 'warn', // ❓ basis (Art. 8 text not retrieved): capped at warn whatever the reason
    });
  });

  // DEFECT D8 (checks/usability.ts articlePages, rules N42-7.1c and N42-8/share): N1's three news items were reached by
  // the crawler as `via: 'article'` (crawler looksLikeArticle: "/tin-tuc/" permalink), but articlePages ignores `via`
  // and recognises only numeric/`chi-tiet` URLs or pages with > 150 words. Short news items with slug URLs
  // ("/tin-tuc/khai-mac-giai-bong-chuyen-hoi-nguoi-cao-tuoi-2022.html") are therefore "not articles", and the rule
  // says "No article page was fetched" (warn) instead of failing for the missing print function.
  it('non-compliant N1: news articles have no print / archive function (N42-7.1c)', async () => {
    expectStatus(await judge(N1), { 'N42-7.1c': 'fail' });
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('C10 — English section and freshness (N42-7.2a–c, N42-4.2, LCNTT-28/updates)', () => {
  it('compliant A: /en/ with functions + structure (≥150 words) and leaders\' contacts matching the Vietnamese list; news 3 days old', async () => {
    expectStatus(await judge(A), {
      'N42-7.2a': 'pass',
      'N42-7.2a/identity': 'pass',
      'N42-7.2b': 'pass',
      'N42-7.2c': 'pass',
      'N42-4.2': 'pass',
      'LCNTT-28/updates': 'pass',
    });
  });

  it('non-compliant N1: no English version', async () => {
    expectStatus(await judge(N1), { 'N42-7.2a': 'fail', 'N42-7.2b': 'fail' });
  });

  it('trap N1: newest news 15/09/2022; the header clock "Thứ Năm, 01/12/2022" is not an update', async () => {
    expectStatus(await judge(N1), { 'N42-4.2': 'fail', 'LCNTT-28/updates': 'fail' });
  });

  it('trap: an "English" link to a lang="en" page that is Vietnamese "under construction" text', async () => {
    expectStatus(await judge(stubSectionsSite()), { 'N42-7.2a': 'fail', 'N42-7.2b': 'fail' });
  });

  it('copied English template: the Vietnamese side of the site is current (news 2 days old)', async () => {
    expectStatus(await judge(staleEnglishSite()), { 'N42-4.2': 'pass', 'LCNTT-28/updates': 'pass' });
  });

  // DEFECT D9 (checks/english.ts agencyMention / judgeEnglishIdentity, rule N42-7.2a/identity): for English titles the
  // check extracts only the *kind* of agency ("Department"), never its name or province, so "Bac Kan Department of
  // Information and Communications" on the Thái Nguyên department's site is judged "The English pages name this
  // agency". The README promises a fail for "an English title naming another agency (kind or name)".
  it('non-compliant trap: English pages titled "Bac Kan Department of Information and Communications" on the Thái Nguyên site', async () => {
    expectStatus(await judge(staleEnglishSite()), { 'N42-7.2a/identity': 'fail' });
  });

  // DEFECT D10 (checks/english.ts judgeEnglishCurrent, rule N42-7.2c): the English leadership page lists two named
  // officials with positions (Director Hoang Minh Duc, Deputy Director Ma Thi Nguyet — N42-7.2b even passes on them),
  // none of whom is on the Vietnamese leaders page (Nguyễn Hữu Thắng, Đỗ Thị Lan Anh). The check treats "no overlap"
  // as "cannot be compared" (warn). N42-7.2c requires items (a)(b) to be updated promptly; a wholly different
  // leader list is the plainest case of a stale one and should fail (warn only when the English pages name nobody).
  it('non-compliant trap: English leader list names entirely different people from the Vietnamese one', async () => {
    expectStatus(await judge(staleEnglishSite()), { 'N42-7.2c': 'fail' });
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('report (buildReport) over the fixtures', () => {
  it('N1: the report validates and has failures in every check C2–C10 (C1 is a warning: in the tree, no back-link)', async () => {
    const set = await ruleSetFor({ on: ON });
    const bad = buildReport(N1, set, evaluate(N1, set, vulnDb ? { vulnDb } : {}), { scannedAt: '2022-12-01T09:00:00.000Z' });
    for (const c of ['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']) expect(bad.stats.byCheck[c]?.fail ?? 0, c).toBeGreaterThan(0);
    expect(bad.stats.byCheck.C1?.warn ?? 0).toBeGreaterThan(0);
    expect(bad.site.url).toBe('http://svhttdl.thainguyen.gov.vn/');
    expect(bad.exitCode).not.toBe(0);
  });

  // Fails only because of D7 (the anti-gambling article is reported as injected gambling spam).
  it('A: the report of the compliant site has no failing finding', async () => {
    const set = await ruleSetFor({ on: ON });
    const good = buildReport(A, set, evaluate(A, set, vulnDb ? { vulnDb } : {}), { scannedAt: '2022-12-01T09:00:00.000Z' });
    expect(good.site.url).toBe(`${STP_ORIGIN}/`);
    expect(good.findings.filter((f) => f.status === 'fail').map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
  });
});
