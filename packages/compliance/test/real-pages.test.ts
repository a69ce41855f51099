/**
 * Real pages: the sotttt.hanoi.gov.vn mirror (27 Aug 2022) of $CONG_SHARED_DIR/fixtures/html/, served on loopback at
 * its mirrored paths, scanned with `--on 2022-08-27 --level department`.
 *
 * Two scans:
 *  1. live: `cong-scan URL` on the fixture server (what the crawl reaches from the home page);
 *  2. complete: the same crawl plus the fixture pages the partial HTTrack mirror does not link at their mirrored
 *     paths (test/helpers/snapshot-builder.ts `realSiteSnapshot`), saved and re-checked offline with
 *     `cong-scan --snapshot`.
 *
 * Then the section matcher's per-section precision and recall over every real page, against labels given by hand
 * from each page's content (the table below). The checks are general: nothing here is tuned to this site.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { scanReportSchema, type ScanReport } from '../src/report/schema.js';
import { saveSnapshot } from '../src/snapshot-io.js';
import { classifyPage, repeatedHeadings } from '../src/match/matcher.js';
import type { SectionId } from '../src/match/sections.js';
import type { PageSnapshot } from '../src/snapshot.js';
import { existsSync } from 'node:fs';
import { FIXTURES_MISSING, fixtureHtmlDir, fixturesAvailable, sharedDir } from './helpers/fixture-site.js';
import { page, realSiteSnapshot, startAliasedFixtureSite } from './helpers/snapshot-builder.js';

const available = fixturesAvailable();
if (!available) console.warn(FIXTURES_MISSING);

const VULN_DB = join(sharedDir(), 'data', 'vuln-db', 'retire-jsrepository-v5.json');
const dbArgs = existsSync(VULN_DB) ? ['--vuln-db', VULN_DB] : [];

async function cli(args: string[]): Promise<{ code: number; report: ScanReport }> {
  let out = '';
  const code = await main([...args, ...dbArgs, '--format', 'json', '--no-progress'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
  return { code, report: scanReportSchema.parse(JSON.parse(out)) };
}

const find = (r: ScanReport, id: string) => {
  const f = r.findings.find((x) => x.ruleId === id);
  if (!f) throw new Error(`no finding ${id}`);
  return f;
};

describe.skipIf(!available)('real pages — sotttt.hanoi.gov.vn (27 Aug 2022), --on 2022-08-27 --level department', () => {
  let tmp: string;
  let live: ScanReport;
  let liveCode: number;
  let full: ScanReport;
  let fullCode: number;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'cong-real-'));
    const site = await startAliasedFixtureSite();
    try {
      ({ code: liveCode, report: live } = await cli([site.url, '--on', '2022-08-27', '--level', 'department', '--max-pages', '200', '--max-depth', '3']));
    } finally {
      await site.close();
    }
    const snap = await realSiteSnapshot({ level: 'department' });
    const file = join(tmp, 'sotttt.json.gz');
    await saveSnapshot(snap, file);
    ({ code: fullCode, report: full } = await cli(['--snapshot', file, '--on', '2022-08-27', '--level', 'department']));
    const summary = (r: ScanReport) => Object.entries(r.stats.byStatus).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`[real-pages] live scan: ${live.stats.pagesOk}/${live.stats.pages} pages; ${summary(live)}; exit ${liveCode}`);
    console.log(`[real-pages] complete snapshot: ${full.stats.pagesOk}/${full.stats.pages} pages; ${summary(full)}; exit ${fullCode}`);
    for (const f of full.findings.filter((x) => x.status !== 'not_applicable')) console.log(`  ${f.status.padEnd(5)} ${f.ruleId.padEnd(22)} ${f.message.en.slice(0, 140)}`);
  }, 300_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('uses the Decree 42/2022 rule set of that date, and finds failures (exit 1)', () => {
    for (const r of [live, full]) {
      expect(r.ruleSet.basis).toContain('42/2022/NĐ-CP');
      expect(r.ruleSet.basis).not.toContain('224/2026/NĐ-CP');
    }
    expect(liveCode).toBe(1);
    expect(fullCode).toBe(1);
  });

  it('search form found but not exercisable → warn', () => {
    for (const r of [live, full]) {
      const f = find(r, 'N42-7.1a');
      expect(f.status).toBe('warn');
      expect(f.message.en).toMatch(/could not be exercised/);
      expect(f.evidence.some((e) => /txtTimKiem|keywords/.test(`${e.selector} ${e.snippet}`))).toBe(true);
      expect(find(r, 'TT32-16.3b').status).toBe('pass');
    }
  });

  it('licence rule not_applicable: a state agency’s own site needs none (TT09-2.1c / N147-24)', () => {
    const f = find(full, 'TT09-2.3/licence');
    expect(f.status).toBe('not_applicable');
    expect(f.message.en).toMatch(/state agency's own website needs no licence/);
    expect(f.message.en).toMatch(/147\/2024 Art\. 24\(2\)/);
  });

  it('footer lacks a named responsible person → fail', () => {
    for (const r of [live, full]) {
      const f = find(r, 'TT32-16.3c');
      expect(f.status).toBe('fail');
      expect(f.data?.missing).toEqual(['responsible']);
      expect(find(r, 'TT09-2.3').status).toBe('fail');
    }
  });

  it('contacts are present site-wide through the directory page while the leaders page alone lacks them → warn', () => {
    const f = find(full, 'N42-4.1e/officials');
    expect(f.status).toBe('warn');
    expect(f.message.en).toMatch(/directory page exists/);
    expect(f.message.en).toMatch(/leaders page names 3 officials/);
    expect(f.evidence.some((e) => /danh-ba/.test(e.url))).toBe(true);
    expect(f.evidence.some((e) => /lanh-ao-so/.test(e.url))).toBe(true);
    expect(find(full, 'N42-4.1e/contacts').status).toBe('pass');
  });

  it('jQuery UI 1.5.3 is flagged as outdated', () => {
    for (const r of [live, full]) {
      const f = find(r, 'N42-26/software');
      expect(f.status).toBe('fail');
      expect(f.message.en).toMatch(/jquery-ui 1\.5\.3/);
      expect(f.evidence.some((e) => /end-of-life|lacks XSS fixes/.test(e.snippet ?? ''))).toBe(true); // by version policy
      if (dbArgs.length) expect(f.evidence.some((e) => /CVE-2021-4118\d/.test(e.snippet ?? ''))).toBe(true); // and by the retire.js DB
    }
  });

  it('English sub-site present but its title names another agency → fail on English identity', () => {
    for (const r of [live, full]) {
      const f = find(r, 'N42-7.2a/identity');
      expect(f.status).toBe('fail');
      expect(f.message.en).toMatch(/Quận Ba Đình/);
      expect(f.evidence[0].selector).toBe('title');
    }
    expect(find(full, 'N42-7.2a').status).toBe('pass'); // the English “About us” has real content
  });

  it('the legal-document list is present', () => {
    for (const r of [live, full]) {
      const f = find(r, 'N42-4.1a');
      expect(f.status).toBe('pass');
      expect(f.evidence.some((e) => /van-ban-phap-quy/.test(e.url))).toBe(true);
    }
  });

  it('more of what the fixture index says a scanner should find', () => {
    expect(find(full, 'N42-7.1b').status).toBe('pass'); // the “Chọn liên kết” block reaches chinhphu.vn
    expect(find(full, 'N42-7.1b').evidence.some((e) => /chinhphu\.vn/.test(e.snippet ?? ''))).toBe(true);
    expect(find(full, 'N42-4.2').status).toBe('pass'); // news of 24/08/2022, three days before
    expect(find(full, 'N13-6.3').status).toBe('fail'); // no “Tiếp cận thông tin” section
    expect(find(full, 'TT32-16.3a/menu').status).toBe('fail'); // no online-public-services item in the menu
    expect(find(full, 'N42-26/spam').status).toBe('pass');
    for (const id of ['N42-6.4/ipv6', 'TT32-15.4/dnssec', 'N42-26/https']) expect(find(full, id).status).toBe('not_applicable');
  });
});

/**
 * Hand labels, from each page's content (not its URL): which required section the page *is*.
 * A home page, an article and a single document's page are no section.
 */
const LABELS: Record<string, SectionId[]> = {
  'sotttt.hanoi.gov.vn__home.html': [],
  'sotttt.hanoi.gov.vn__gioi-thieu.html': ['introduction', 'org-structure'], // “Giới thiệu” whose text is the structure
  'sotttt.hanoi.gov.vn__co-cau-to-chuc.html': ['org-structure'],
  'sotttt.hanoi.gov.vn__chuc-nang-nhiem-vu.html': ['functions'],
  'sotttt.hanoi.gov.vn__lanh-dao-so.html': ['leaders'],
  'sotttt.hanoi.gov.vn__phong-ban-chuyen-mon.html': ['units'],
  'sotttt.hanoi.gov.vn__danh-ba.html': ['directory'],
  'sotttt.hanoi.gov.vn__lien-he.html': ['contacts'],
  'sotttt.hanoi.gov.vn__so-do-website.html': ['sitemap'],
  'sotttt.hanoi.gov.vn__hoi-dap.html': ['qa'],
  'sotttt.hanoi.gov.vn__tin-tuc-su-kien-list.html': ['news'],
  'sotttt.hanoi.gov.vn__cong-nghe-thong-tin-list.html': ['news'], // a news category list
  'sotttt.hanoi.gov.vn__news-article-1227838.html': [],
  'sotttt.hanoi.gov.vn__van-ban-phap-quy-list-p26-en.html': ['legal-documents'],
  'sotttt.hanoi.gov.vn__lay-y-kien-van-ban-du-thao.html': ['public-consultation'],
  'sotttt.hanoi.gov.vn__cong-khai-ngan-sach.html': ['budget'],
  'sotttt.hanoi.gov.vn__en-home.html': [],
  'sotttt.hanoi.gov.vn__sotttt-eng.html': [],
  'sotttt.hanoi.gov.vn__sotttt-eng-about-us.html': ['introduction', 'org-structure'],
  'sotttt.hanoi.gov.vn__sotttt-eng-contact.html': ['contacts'],
  'vbpl.vn__van-ban-thuoc-tinh-1.html': [], // one law's attribute page in the national database
  'www.bmjv.de__verbraucherportal-transparenz-preisanpassung.html': [],
  'www.politische-bildung-brandenburg.de__homo-brandenburgensis.html': [],
};

describe.skipIf(!available)('section matcher — precision and recall over the real pages', () => {
  it('per-section figures (printed) and overall quality', () => {
    // The page's own URL: the HTTrack comment, else its canonical link, else the self link it carries (vbpl.vn).
    const urlOf = (file: string) => {
      const body = readFileSync(join(fixtureHtmlDir(), file), 'utf8');
      const mirrored = /Mirrored from ([^ ]+) by HTTrack/.exec(body)?.[1];
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(body)?.[1];
      const self = /href="(https:\/\/vbpl\.vn(?::443)?\/TW\/Pages\/vbpq-thuoctinh\.aspx[^"]*)"/.exec(body)?.[1]?.replace(/&amp;/g, '&');
      const url = mirrored ? `https://${mirrored.replace(/^https?:\/\//, '')}` : (canonical ?? self ?? `https://${file.split('__')[0]}/`);
      return { body, url };
    };
    const pages = new Map<string, PageSnapshot>();
    for (const file of Object.keys(LABELS)) {
      const { body, url } = urlOf(file);
      pages.set(file, page(url, body, {}, [new URL(url).host]));
    }
    // Repeated sidebar headings are learned per site, as in a scan.
    const bySite = new Map<string, PageSnapshot[]>();
    for (const [file, p] of pages) bySite.set(file.split('__')[0], [...(bySite.get(file.split('__')[0]) ?? []), p]);
    const ignore = new Map([...bySite].map(([h, ps]) => [h, repeatedHeadings(ps)]));

    const sections = new Set<SectionId>(Object.values(LABELS).flat());
    const predicted = new Map<string, SectionId[]>();
    for (const [file, p] of pages) {
      const got = classifyPage(p, { ignoreHeadings: ignore.get(file.split('__')[0]) }).sections;
      predicted.set(file, got);
      for (const s of got) sections.add(s);
    }
    const rows: { section: string; tp: number; fp: number; fn: number; precision: number; recall: number }[] = [];
    let TP = 0;
    let FP = 0;
    let FN = 0;
    for (const s of [...sections].sort()) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const file of Object.keys(LABELS)) {
        const want = LABELS[file].includes(s);
        const got = predicted.get(file)!.includes(s);
        if (want && got) tp++;
        else if (got) fp++;
        else if (want) fn++;
      }
      TP += tp;
      FP += fp;
      FN += fn;
      rows.push({ section: s, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : NaN, recall: tp + fn ? tp / (tp + fn) : NaN });
    }
    const pct = (x: number) => (Number.isNaN(x) ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
    console.log('[section matcher] section               TP FP FN precision recall');
    for (const r of rows) console.log(`[section matcher] ${r.section.padEnd(22)} ${String(r.tp).padStart(2)} ${String(r.fp).padStart(2)} ${String(r.fn).padStart(2)}    ${pct(r.precision)}   ${pct(r.recall)}`);
    const P = TP / (TP + FP);
    const R = TP / (TP + FN);
    console.log(`[section matcher] micro-average: precision ${(P * 100).toFixed(1)}%, recall ${(R * 100).toFixed(1)}% (TP ${TP}, FP ${FP}, FN ${FN}) over ${pages.size} real pages`);
    for (const [file, got] of predicted) if (got.join() !== [...LABELS[file]].sort().join() && got.sort().join() !== [...LABELS[file]].sort().join()) console.log(`[section matcher]   ${file}: labelled [${LABELS[file].join(', ')}], matched [${got.join(', ')}]`);
    expect(P).toBeGreaterThanOrEqual(0.8);
    expect(R).toBeGreaterThanOrEqual(0.75);
    // Non-Vietnamese pages and a single document's page are never taken for a section.
    for (const f of ['vbpl.vn__van-ban-thuoc-tinh-1.html', 'www.bmjv.de__verbraucherportal-transparenz-preisanpassung.html', 'www.politische-bildung-brandenburg.de__homo-brandenburgensis.html']) expect(predicted.get(f)).toEqual([]);
  });
});
