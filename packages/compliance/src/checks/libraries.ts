/**
 * C8 — Outdated front-end software, judged two ways:
 *
 *  1. by version policy (end-of-life and minimum safe versions, date-aware: a library counts as end-of-life only
 *     from its EOL date, compared with `--on`), e.g. jQuery < 3.5, jQuery UI < 1.13, AngularJS (EOL 2022),
 *     Bootstrap 3 (EOL 2019-07-24) / 4 (EOL 2023-01-01), Vue 2 (EOL 2024-01-01), CMS generators (Drupal 7…);
 *  2. by the retire.js vulnerability database (jsrepository v5), loaded from a local file — never downloaded
 *     at scan time (see src/checks/vulndb.ts and `cong-scan update-vuln-db`);
 *  3. by age (software-age.ts): release date of the detected version and the latest release of its major line,
 *     counting only releases on or before `--on`; past the thresholds (`AGE_THRESHOLDS`) → warn, never fail.
 *
 * Fail needs end-of-life or a known vulnerability (≥ medium); age or low-severity vulnerabilities warn.
 * `data.age` lists the age of every recognised version the release table knows (script URL, version, release
 * date, latest in line, verdict).
 *
 * Inputs: pages[].facts.scripts ({src, inline, library}), pages[].facts.meta.generator.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Evidence, VulnDb } from '../rules/types.js';
import { clip, defineJudge, htmlPages, judgement, tx, uniqBy } from './util.js';
import { AGE_THRESHOLDS, softwareAge, type SoftwareAge } from './software-age.js';

type RetireApi = {
  scanUri(uri: string, repo: VulnDb): { component: string; version: string; vulnerabilities?: { severity?: string; identifiers?: { summary?: string; CVE?: string[] }; below?: string }[] }[];
  scanFileName(name: string, repo: VulnDb, includeUri?: boolean): ReturnType<RetireApi['scanUri']>;
  scanFileContent(content: string, repo: VulnDb, hasher: { sha1(d: string): string }): ReturnType<RetireApi['scanUri']>;
  check(component: string, version: string, repo: VulnDb): ReturnType<RetireApi['scanUri']>;
  isAtOrAbove(a: string, b: string): boolean;
  replaceVersion(text: string): string;
};
const require = createRequire(import.meta.url);
export const retire = require('retire/lib/retire.js') as RetireApi;

const ALIASES: Record<string, string> = {
  'jquery.ui': 'jquery-ui',
  jqueryui: 'jquery-ui',
  'jquery-ui.custom': 'jquery-ui',
  angular: 'angularjs',
  'angular.js': 'angularjs',
  'bootstrap.bundle': 'bootstrap',
  moment: 'moment.js',
  underscore: 'underscore.js',
  'ckeditor4': 'ckeditor',
  yui: 'YUI',
  tinymce: 'tinyMCE',
};
export function canonicalName(n: string): string {
  const l = n.toLowerCase().replace(/\.min$/, '');
  return ALIASES[l] ?? l;
}

export interface DetectedLib {
  name: string;
  version: string;
  src: string;
  page: string;
  how: 'crawler' | 'filename' | 'retire-uri' | 'retire-content' | 'generator';
}

const FILE_VERSION = /(?:^|\/)([a-z][\w.]*?(?:-[a-z][\w.]*?)*)[-.]v?(\d+(?:\.\d+){1,3})(?:[-.](?:min|pack|packed|slim|custom|full|bundle))*\.js(?:[?#].*)?$/i;

/** Library name/version from a script URL's file name (`jquery-ui-1.5.3.min.js` → jquery-ui 1.5.3). */
export function libraryFromUrl(src: string): { name: string; version: string } | undefined {
  const m = FILE_VERSION.exec(src);
  if (!m) return undefined;
  return { name: canonicalName(m[1]), version: m[2] };
}

const sha1 = { sha1: (d: string) => createHash('sha1').update(d).digest('hex') };

export function detectLibraries(pages: ReturnType<typeof htmlPages>, db?: VulnDb): DetectedLib[] {
  const out: DetectedLib[] = [];
  for (const p of pages) {
    const page = p.finalUrl || p.url;
    for (const sc of p.facts.scripts) {
      const src = sc.src ?? '';
      if (sc.library?.version) out.push({ name: canonicalName(sc.library.name), version: sc.library.version, src: src || '(inline)', page, how: 'crawler' });
      if (src) {
        const f = libraryFromUrl(src);
        if (f) out.push({ ...f, src, page, how: 'filename' });
        if (db) {
          const name = src.split(/[?#]/)[0];
          for (const r of [...retire.scanUri(name, db), ...retire.scanFileName(name, db)]) out.push({ name: r.component, version: r.version, src, page, how: 'retire-uri' });
        }
      } else if (sc.inline && db) {
        for (const r of retire.scanFileContent(sc.inline, db, sha1)) out.push({ name: r.component, version: r.version, src: '(inline)', page, how: 'retire-content' });
      }
    }
    const gen = p.facts.meta.generator;
    if (gen) {
      const m = /^\s*([A-Za-z!][\w! .-]*?)\s+v?(\d+(?:\.\d+)*)/.exec(gen);
      if (m) out.push({ name: m[1].replace(/!/g, '').trim().toLowerCase(), version: m[2], src: `meta generator "${gen}"`, page, how: 'generator' });
    }
  }
  return uniqBy(out, (l) => `${l.name}@${l.version}`);
}

interface Policy {
  name: string;
  /** Versions below this are outdated (from `from`, default always). */
  below?: string;
  /** Outdated from this date (end of life). */
  from?: string;
  why: { vi: string; en: string };
}

/** Version policy: end-of-life dates and minimum versions with security fixes. Sources in each `why`. */
export const VERSION_POLICY: Policy[] = [
  { name: 'jquery', below: '3.5.0', why: { vi: 'jQuery < 3.5 thiếu bản vá XSS (CVE-2020-11022/11023); nhánh 1.x, 2.x đã ngừng hỗ trợ', en: 'jQuery < 3.5 lacks XSS fixes (CVE-2020-11022/11023); the 1.x and 2.x lines are end-of-life' } },
  { name: 'jquery-ui', below: '1.13.0', why: { vi: 'jQuery UI < 1.13 thiếu bản vá XSS (CVE-2021-41182/41183/41184)', en: 'jQuery UI < 1.13 lacks XSS fixes (CVE-2021-41182/41183/41184)' } },
  { name: 'angularjs', from: '2022-01-01', why: { vi: 'AngularJS ngừng hỗ trợ từ 31/12/2021', en: 'AngularJS reached end of life on 31 Dec 2021' } },
  { name: 'bootstrap', below: '4.0.0', from: '2019-07-24', why: { vi: 'Bootstrap 3 ngừng hỗ trợ từ 24/7/2019', en: 'Bootstrap 3 reached end of life on 24 Jul 2019' } },
  { name: 'bootstrap', below: '5.0.0', from: '2023-01-01', why: { vi: 'Bootstrap 4 ngừng hỗ trợ từ 01/01/2023', en: 'Bootstrap 4 reached end of life on 1 Jan 2023' } },
  { name: 'vue', below: '3.0.0', from: '2024-01-01', why: { vi: 'Vue 2 ngừng hỗ trợ từ 31/12/2023', en: 'Vue 2 reached end of life on 31 Dec 2023' } },
  { name: 'YUI', from: '2014-08-29', why: { vi: 'YUI ngừng phát triển từ 2014', en: 'YUI development stopped in 2014' } },
  { name: 'swfobject', from: '2021-01-01', why: { vi: 'Flash ngừng hỗ trợ từ 31/12/2020', en: 'Flash reached end of life on 31 Dec 2020' } },
  { name: 'drupal', below: '8.0', from: '2025-01-05', why: { vi: 'Drupal 7 ngừng hỗ trợ từ 05/01/2025', en: 'Drupal 7 reached end of life on 5 Jan 2025' } },
  { name: 'drupal', below: '10.0', from: '2023-11-01', why: { vi: 'Drupal 8/9 đã ngừng hỗ trợ (9: 01/11/2023)', en: 'Drupal 8/9 are end-of-life (9: 1 Nov 2023)' } },
  { name: 'joomla', below: '4.0', from: '2023-08-17', why: { vi: 'Joomla 3 ngừng hỗ trợ từ 17/8/2023', en: 'Joomla 3 reached end of life on 17 Aug 2023' } },
];

function outdated(lib: DetectedLib, on: string): Policy | undefined {
  return VERSION_POLICY.find((p) => p.name.toLowerCase() === lib.name.toLowerCase() && (!p.from || p.from <= on) && (!p.below || !retire.isAtOrAbove(lib.version, p.below)));
}

function scriptSelector(lib: DetectedLib): string | undefined {
  return lib.src.startsWith('(') || lib.how === 'generator' ? undefined : `script[src*="${lib.src.split('/').pop()?.split('?')[0]}"]`;
}

/** One line of evidence for a version's age: script URL, version, release date, latest in line. */
function ageSnippet(lib: DetectedLib, a: SoftwareAge): string {
  return clip(`${lib.src} → ${a.name} ${a.version}; released ${a.released ?? 'unknown'}; latest in line ${a.line}: ${a.latestInLine ? `${a.latestInLine.version} (${a.latestInLine.date})` : '—'}; ${a.verdict}${a.tableNote ? ` (${a.tableNote})` : ''}`, 300);
}

export const judgeLibraries = defineJudge('libraries', (ctx) => {
  const pages = htmlPages(ctx.snapshot);
  const db = ctx.options.vulnDb;
  const libs = detectLibraries(pages, db);
  const scripts = pages.reduce((n, p) => n + p.facts.scripts.length, 0);
  const bad: { lib: DetectedLib; reason: string; reasonVi: string; severe: boolean; age?: SoftwareAge }[] = [];
  const ages: { lib: DetectedLib; age: SoftwareAge }[] = [];
  for (const lib of libs) {
    const pol = outdated(lib, ctx.on);
    const age = softwareAge(lib.name, lib.version, ctx.on);
    if (age) ages.push({ lib, age });
    const ageTxt = age?.released ? ` (released ${age.released})` : '';
    if (pol) bad.push({ lib, reason: pol.why.en + ageTxt, reasonVi: pol.why.vi, severe: true, age });
    if (db) {
      const vulns = retire.check(lib.name, lib.version, db).flatMap((r) => r.vulnerabilities ?? []);
      if (vulns.length) {
        const severe = vulns.some((v) => ['medium', 'high', 'critical'].includes(v.severity ?? ''));
        const cves = [...new Set(vulns.flatMap((v) => v.identifiers?.CVE ?? []))].slice(0, 4);
        const txt = `${vulns.length} known vulnerabilities (${[...new Set(vulns.map((v) => v.severity))].join('/')})${cves.length ? ': ' + cves.join(', ') : ''}`;
        bad.push({ lib, reason: txt, reasonVi: txt.replace('known vulnerabilities', 'lỗ hổng đã biết'), severe, age });
      }
    }
    if (age?.verdict === 'outdated' && !pol) bad.push({ lib, reason: age.reason.en, reasonVi: age.reason.vi, severe: false, age });
  }
  const ageData = {
    thresholds: AGE_THRESHOLDS,
    age: ages.map(({ lib, age }) => ({ src: lib.src, page: lib.page, name: age.name, version: age.version, released: age.released ?? null, latestInLine: age.latestInLine ?? null, latest: age.latest ?? null, firstNewerInLine: age.firstNewerInLine ?? null, minorsBehind: age.minorsBehind, verdict: age.verdict, source: age.source, ...(age.tableNote ? { tableNote: age.tableNote } : {}) })),
  };
  const note = db ? '' : ` (vulnerability DB not loaded${ctx.options.vulnDbPath ? `: ${ctx.options.vulnDbPath}` : ''}; run \`cong-scan update-vuln-db\` or pass --vuln-db)`;
  const noteVi = db ? '' : ' (chưa nạp cơ sở dữ liệu lỗ hổng; chạy `cong-scan update-vuln-db` hoặc dùng --vuln-db)';
  const byLib = uniqBy(bad, (b) => `${b.lib.name}@${b.lib.version}|${b.reason}`);
  const ev: Evidence[] = byLib.slice(0, 6).map((b) => ({ url: b.lib.page, selector: scriptSelector(b.lib), snippet: clip(`${b.lib.name} ${b.lib.version}: ${b.reason}`, 300) }));
  for (const { lib, age } of ages) if (ev.length < 8 && byLib.some((b) => b.lib === lib)) ev.push({ url: lib.page, selector: scriptSelector(lib), snippet: ageSnippet(lib, age) });
  const names = (xs: typeof byLib) => [...new Set(xs.map((b) => `${b.lib.name} ${b.lib.version}`))].join(', ');
  const severe = byLib.filter((b) => b.severe);
  if (severe.length) {
    return judgement('fail', tx(`Dùng phần mềm lỗi thời/có lỗ hổng: ${names(severe)}.${noteVi}`, `Outdated or vulnerable software in use: ${names(severe)}.${note}`), ev, { libraries: libs.map((l) => `${l.name}@${l.version}`), outdated: byLib.map((b) => `${b.lib.name}@${b.lib.version}`), ...ageData });
  }
  if (byLib.length) {
    const old = byLib.filter((b) => b.age?.verdict === 'outdated' && !b.reason.includes('known vulnerabilities'));
    const low = byLib.filter((b) => !old.includes(b));
    const vi = [old.length ? `phiên bản cũ (ngưỡng: có bản mới hơn cùng dòng quá ${AGE_THRESHOLDS.upgradeDueDays} ngày hoặc chậm ≥ ${AGE_THRESHOLDS.maxMinorsBehind} dòng phụ): ${names(old)}` : '', low.length ? `lỗ hổng mức thấp: ${names(low)}` : ''].filter(Boolean).join('; ');
    const en = [old.length ? `old versions (thresholds: a newer release of the same line out for over ${AGE_THRESHOLDS.upgradeDueDays} days, or ≥ ${AGE_THRESHOLDS.maxMinorsBehind} minor lines behind): ${names(old)}` : '', low.length ? `low-severity vulnerabilities: ${names(low)}` : ''].filter(Boolean).join('; ');
    return judgement('warn', tx(`Thư viện cần nâng cấp — ${vi}.${noteVi}`, `Libraries to upgrade — ${en}.${note}`), ev, { libraries: libs.map((l) => `${l.name}@${l.version}`), outdated: byLib.map((b) => `${b.lib.name}@${b.lib.version}`), ...ageData });
  }
  const seen: Evidence[] = libs.slice(0, 4).map((l) => {
    const a = ages.find((x) => x.lib === l)?.age;
    return { url: l.page, selector: scriptSelector(l), snippet: a ? ageSnippet(l, a) : `${l.name} ${l.version} (${l.how})` };
  });
  if (!db) {
    return judgement('warn', tx(`Không thấy phiên bản lỗi thời theo chính sách phiên bản và tuổi phiên bản, nhưng chưa đối chiếu cơ sở dữ liệu lỗ hổng${noteVi}.`, `No outdated version by the version policy or by age, but not checked against the vulnerability database${note}.`), seen.length ? seen : [{ url: ctx.snapshot.startUrl, snippet: `${scripts} scripts checked` }], ageData);
  }
  return judgement('pass', tx(`Không thấy thư viện lỗi thời hay có lỗ hổng (${libs.length} thư viện nhận diện, ${scripts} script).`, `No outdated or vulnerable library found (${libs.length} libraries recognised, ${scripts} scripts).`), seen.length ? seen : [{ url: ctx.snapshot.startUrl, snippet: `${scripts} scripts checked, none with a known library version` }], { libraries: libs.map((l) => `${l.name}@${l.version}`), ...ageData });
});
