/** C8 — software age: release dates from data/release-dates.json, judged on the reference date (`--on`). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, softwareAge } from '../src/checks/software-age.js';
import { judgeLibraries } from '../src/checks/libraries.js';
import { loadVulnDb } from '../src/checks/vulndb.js';
import { judgeWith } from './helpers/snapshot-builder.js';
import { sampleSite } from './helpers/sample-site.js';
import { sharedDir } from './helpers/fixture-site.js';

const DB_FILE = join(sharedDir(), 'data', 'vuln-db', 'retire-jsrepository-v5.json');
const hasDb = existsSync(DB_FILE);
const withScript = (src: string) => sampleSite({ scripts: `<script src="${src}"></script>` });
type AgeRow = { name: string; version: string; released: string | null; latestInLine: { version: string; date: string } | null; verdict: string; src: string };

describe('software age (release table)', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('3.10.0', '3.9.1')).toBeGreaterThan(0);
    expect(compareVersions('3.7', '3.7.0')).toBe(0);
    expect(compareVersions('1.12.4', '3.0.0')).toBeLessThan(0);
  });
  it('dates a version from the table and finds the latest of its line', () => {
    const a = softwareAge('jquery', '3.5.1', '2026-11-29')!;
    expect(a.released).toBe('2020-05-04');
    expect(a.latestInLine).toEqual({ version: '3.7.1', date: '2023-08-28' });
    expect(a.latest?.version).toBe('4.0.0');
    expect(a.minorsBehind).toBe(2);
    expect(a.verdict).toBe('outdated');
    expect(a.reason.en).toMatch(/over 365 days/);
  });
  it('a 2022 scan counts only releases made before 2022 (no 3.7.x, no 4.0)', () => {
    const a = softwareAge('jquery', '3.5.1', '2022-01-01')!;
    expect(a.latestInLine).toEqual({ version: '3.6.0', date: '2021-03-02' });
    expect(a.latest?.version).toBe('3.6.0');
    expect(a.minorsBehind).toBe(1);
    expect(a.upgradeAvailableDays).toBeLessThan(365);
    expect(a.verdict).toBe('behind');
    // a version released after the reference date cannot be placed
    expect(softwareAge('jquery', '3.7.1', '2022-01-01')!.verdict).toBe('unknown');
  });
  it('three newer minor lines warn even when recent; the latest of a line is current; unknown libraries are not judged', () => {
    expect(softwareAge('bootstrap', '5.0.2', '2023-06-01')!.minorsBehind).toBe(3);
    expect(softwareAge('bootstrap', '5.0.2', '2023-06-01')!.verdict).toBe('outdated');
    expect(softwareAge('jquery', '3.7.1', '2026-11-29')!.verdict).toBe('current');
    expect(softwareAge('wordpress', '6.2', '2026-11-29')!.verdict).toBe('outdated');
    expect(softwareAge('some-widget', '1.0.0', '2026-11-29')).toBeUndefined();
    expect(softwareAge('drupal', '7', '2026-11-29')!.verdict).toBe('unknown');
  });
  it('says when the reference date is past the table', () => {
    expect(softwareAge('angularjs', '1.8.3', '2026-11-29')!.tableNote).toMatch(/after 2024-04-12/);
    expect(softwareAge('jquery', '3.7.1', '2024-01-01')!.tableNote).toBeUndefined();
  });
});

describe('C8 — judgeLibraries reports age with evidence', () => {
  it.skipIf(!hasDb)('pass: the latest of its line, with release date and latest-in-line as evidence', async () => {
    const { db } = loadVulnDb(DB_FILE);
    const j = judgeLibraries(await judgeWith(withScript('https://cdn.example.vn/js/jquery-3.7.1.min.js'), { vulnDb: db }));
    expect(j.status).toBe('pass');
    expect(j.evidence[0].snippet).toMatch(/jquery-3\.7\.1\.min\.js → jquery 3\.7\.1; released 2023-08-28; latest in line 3: 3\.7\.1 \(2023-08-28\); current/);
    const row = (j.data!.age as AgeRow[])[0];
    expect(row).toMatchObject({ name: 'jquery', version: '3.7.1', released: '2023-08-28', verdict: 'current' });
  });
  it.skipIf(!hasDb)('warn: no known vulnerability but an upgrade in the same line has been out for over a year', async () => {
    const { db } = loadVulnDb(DB_FILE);
    const j = judgeLibraries(await judgeWith(withScript('/js/jquery-3.6.0.min.js'), { vulnDb: db, on: '2026-11-29' }));
    expect(j.status).toBe('warn');
    expect(j.message.en).toMatch(/old versions \(thresholds: .*365 days.*3 minor lines.*\): jquery 3\.6\.0/);
    expect(j.evidence.some((e) => /released 2021-03-02; latest in line 3: 3\.7\.1 \(2023-08-28\)/.test(e.snippet ?? ''))).toBe(true);
    expect(j.evidence[0].selector).toBe('script[src*="jquery-3.6.0.min.js"]');
  });
  it.skipIf(!hasDb)('the same site scanned --on 2022-01-01 is judged by the releases known then', async () => {
    const { db } = loadVulnDb(DB_FILE);
    const j = judgeLibraries(await judgeWith(withScript('/js/jquery-3.6.0.min.js'), { vulnDb: db, on: '2022-01-01' }));
    expect(j.status).toBe('pass');
    const row = (j.data!.age as AgeRow[])[0];
    expect(row.latestInLine).toEqual({ version: '3.6.0', date: '2021-03-02' });
    expect(JSON.stringify(j)).not.toMatch(/3\.7\.\d|4\.0\.0/);
  });
  it('fail: end-of-life (jQuery 1.x), with the release date in the evidence; age alone never fails', async () => {
    const j = judgeLibraries(await judgeWith(withScript('/js/jquery-1.12.4.min.js')));
    expect(j.status).toBe('fail');
    expect(j.evidence[0].snippet).toMatch(/released 2016-05-20/);
    expect(j.evidence.some((e) => /latest in line 1: 1\.12\.4/.test(e.snippet ?? ''))).toBe(true);
    const old = judgeLibraries(await judgeWith(withScript('/js/jquery-3.6.0.min.js')));
    expect(old.status).toBe('warn'); // no DB: at most warn; age is a warn
    expect(old.message.en).toMatch(/old versions/);
  });
  it('a CMS generator is dated too (WordPress 6.2 in 2026)', async () => {
    const s = sampleSite({ scripts: '' });
    const home = s.pages[0];
    home.facts!.meta.generator = 'WordPress 6.2';
    const j = judgeLibraries(await judgeWith(s));
    expect(j.status).toBe('warn');
    const row = (j.data!.age as AgeRow[]).find((r) => r.name === 'wordpress')!;
    expect(row.released).toBe('2023-03-29');
    expect(row.src).toBe('meta generator "WordPress 6.2"');
  });
});
