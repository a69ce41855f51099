/**
 * C8 — How old a detected library or CMS version is, judged on the scan's reference date (`--on`).
 *
 * Data: data/release-dates.json — the release date of every stable version of jQuery, jQuery UI, jQuery Migrate,
 * AngularJS, Vue, Moment.js, Lodash, Bootstrap, Drupal, Joomla and WordPress, built offline by
 * scripts/build-release-dates.mjs from upstream git tags and endoflife-date/release-data (sources and dates in
 * data/SOURCES.md). It is never fetched at scan time.
 *
 * Only releases dated on or before the reference date count: a scan `--on 2022-01-01` compares with the
 * releases known on that day, never with later ones.
 *
 * Thresholds (`AGE_THRESHOLDS`; policy, not law, stated in every finding):
 *  - `upgradeDueDays` 365 — a newer release of the same major line has been out for more than a year. Decree
 *    224/2026 Art. 21 (REQUIREMENTS.md N224-21) requires a **yearly review and upgrade plan** ("rà soát, nâng cấp
 *    hằng năm"), so an upgrade available for a whole year is one that review missed.
 *  - `maxMinorsBehind` 3 — at least three newer minor lines of the same major exist (e.g. jQuery 3.4 when 3.5, 3.6
 *    and 3.7 are out), however recent: the site skipped several feature/security lines.
 * Age alone only warns: a `fail` needs end-of-life or a known vulnerability (libraries.ts).
 */
import releaseTable from '../../data/release-dates.json' with { type: 'json' };

export interface ReleaseTable {
  builtOn: string;
  libraries: Record<string, { source: string; asOf: string; versions: Record<string, string> }>;
}
const TABLE = releaseTable as ReleaseTable;

/** The age thresholds (see the file header for their grounds). */
export const AGE_THRESHOLDS = { upgradeDueDays: 365, maxMinorsBehind: 3 } as const;

export interface Release {
  version: string;
  date: string;
}

/** The age of one detected version on a reference date. Dates are YYYY-MM-DD. */
export interface SoftwareAge {
  name: string;
  version: string;
  /** Release date of the detected version, when the table lists it (and it is not after the reference date). */
  released?: string;
  /** Days from `released` to the reference date. */
  ageDays?: number;
  /** The major line compared within, e.g. '3' for jQuery 3.5.1. */
  line: string;
  /** Newest release of the same major line dated on or before the reference date. */
  latestInLine?: Release;
  /** Newest release of any line dated on or before the reference date. */
  latest?: Release;
  /** The first release of the same line newer than the detected one (the upgrade the site could have made). */
  firstNewerInLine?: Release;
  /** Days the upgrade has been available on the reference date. */
  upgradeAvailableDays?: number;
  /** Newer minor lines (major.minor) of the same major released on or before the reference date. */
  minorsBehind: number;
  /** current: latest of its line; behind: newer in line but within the thresholds; outdated: past a threshold. */
  verdict: 'current' | 'behind' | 'outdated' | 'unknown';
  /** Why, in words (includes the threshold crossed). */
  reason: { vi: string; en: string };
  /** Where the release dates come from (data/SOURCES.md). */
  source: string;
  /** Set when the reference date is after the table's data: later releases are unknown. */
  tableNote?: string;
}

const parts = (v: string): number[] => v.split('.').map((x) => Number.parseInt(x, 10) || 0);
/** Numeric version comparison ('3.10' > '3.9'; missing parts count as 0). */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const minorOf = (v: string) => parts(v).slice(0, 2).join('.');

/** Whether the release table knows this library (retire.js / detector name, case-insensitive). */
export function releaseEntry(name: string): ReleaseTable['libraries'][string] | undefined {
  const key = Object.keys(TABLE.libraries).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? TABLE.libraries[key] : undefined;
}

/**
 * Judge the age of `name@version` on the reference date `on` (YYYY-MM-DD).
 *
 * @returns undefined when the table does not list the library; otherwise the age, with verdict `unknown` when the
 *          version cannot be placed (no numeric version, or it was released after the reference date).
 */
export function softwareAge(name: string, version: string, on: string, t: { upgradeDueDays: number; maxMinorsBehind: number } = AGE_THRESHOLDS): SoftwareAge | undefined {
  const entry = releaseEntry(name);
  if (!entry) return undefined;
  const known: Release[] = Object.entries(entry.versions)
    .filter(([, date]) => date <= on)
    .map(([v, date]) => ({ version: v, date }))
    .sort((a, b) => compareVersions(a.version, b.version));
  const line = String(parts(version)[0]);
  const inLine = known.filter((r) => String(parts(r.version)[0]) === line);
  const base: SoftwareAge = {
    name,
    version,
    line,
    latestInLine: inLine.at(-1),
    latest: known.at(-1),
    minorsBehind: 0,
    verdict: 'unknown',
    reason: { vi: '', en: '' },
    source: entry.source,
    ...(on > entry.asOf ? { tableNote: `releases after ${entry.asOf} are not in the table` } : {}),
  };
  const exactDate = entry.versions[version] ?? entry.versions[`${version}.0`] ?? entry.versions[version.replace(/\.0$/, '')];
  if (!/^\d+\.\d+/.test(version)) {
    return { ...base, reason: { vi: `Chỉ biết dòng ${line}, không biết bản cụ thể.`, en: `Only the line ${line} is known, not the exact version.` } };
  }
  if (exactDate && exactDate > on) {
    return { ...base, reason: { vi: `Bản ${version} phát hành ${exactDate}, sau ngày tham chiếu ${on}.`, en: `Version ${version} was released on ${exactDate}, after the reference date ${on}.` } };
  }
  const newer = inLine.filter((r) => compareVersions(r.version, version) > 0);
  const firstNewer = [...newer].sort((a, b) => a.date.localeCompare(b.date))[0];
  const myMinor = minorOf(version);
  const minorsBehind = new Set(newer.map((r) => minorOf(r.version)).filter((m) => compareVersions(m, myMinor) > 0)).size;
  const out: SoftwareAge = {
    ...base,
    ...(exactDate ? { released: exactDate, ageDays: days(exactDate, on) } : {}),
    ...(firstNewer ? { firstNewerInLine: firstNewer, upgradeAvailableDays: days(firstNewer.date, on) } : {}),
    minorsBehind,
  };
  const rel = exactDate ? `phát hành ${exactDate}` : 'ngày phát hành không rõ';
  const relEn = exactDate ? `released ${exactDate}` : 'release date unknown';
  const latestTxt = base.latestInLine ? `${base.latestInLine.version} (${base.latestInLine.date})` : '—';
  if (!firstNewer) {
    return { ...out, verdict: 'current', reason: { vi: `${name} ${version} (${rel}) là bản mới nhất của dòng ${line} tại ngày ${on}.`, en: `${name} ${version} (${relEn}) is the latest of line ${line} on ${on}.` } };
  }
  const overDue = out.upgradeAvailableDays! > t.upgradeDueDays;
  const tooFar = minorsBehind >= t.maxMinorsBehind;
  const head = { vi: `${name} ${version} (${rel}); mới nhất dòng ${line}: ${latestTxt}`, en: `${name} ${version} (${relEn}); latest in line ${line}: ${latestTxt}` };
  if (overDue || tooFar) {
    const why = {
      vi: [overDue ? `đã có bản mới hơn (${firstNewer.version}, ${firstNewer.date}) hơn ${t.upgradeDueDays} ngày — quá chu kỳ rà soát, nâng cấp hằng năm (Điều 21 NĐ 224/2026)` : '', tooFar ? `chậm ${minorsBehind} dòng phụ (ngưỡng ${t.maxMinorsBehind})` : ''].filter(Boolean).join('; '),
      en: [overDue ? `a newer release (${firstNewer.version}, ${firstNewer.date}) has been out for over ${t.upgradeDueDays} days — past the yearly review and upgrade (Decree 224/2026 Art. 21)` : '', tooFar ? `${minorsBehind} minor lines behind (threshold ${t.maxMinorsBehind})` : ''].filter(Boolean).join('; '),
    };
    return { ...out, verdict: 'outdated', reason: { vi: `${head.vi}: ${why.vi}`, en: `${head.en}: ${why.en}` } };
  }
  return { ...out, verdict: 'behind', reason: { vi: `${head.vi}: có bản mới hơn từ ${firstNewer.date}, chưa quá ngưỡng`, en: `${head.en}: newer since ${firstNewer.date}, within the thresholds` } };
}
