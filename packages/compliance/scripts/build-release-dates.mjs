#!/usr/bin/env node
/**
 * Builds data/release-dates.json — release date of every stable version of the libraries and CMSs whose age
 * `judgeLibraries` reports (src/checks/software-age.ts). Run by hand, never at scan time; see data/SOURCES.md.
 *
 *   node scripts/build-release-dates.mjs MIRRORS_DIR > data/release-dates.json
 *
 * MIRRORS_DIR holds bare git mirrors named `<owner>+<name>/repo` (e.g. the agent library's /work/.mirror):
 *   - upstream repositories (tag creator date = release date): jquery/jquery, jquery/jquery-ui,
 *     jquery/jquery-migrate, angular/angular.js, vuejs/vue (2.x), moment/moment, lodash/lodash;
 *   - endoflife-date/release-data (`releases/<product>.json`) for bootstrap, vue (3.x), drupal, joomla, wordpress
 *     (their upstream repositories were too large to mirror here).
 * Names are the retire.js / detector names (src/extract/libraries.ts; generator names lower-cased).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: build-release-dates.mjs MIRRORS_DIR');
const git = (repo, ...args) => execFileSync('git', ['-C', join(dir, repo, 'repo'), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const STABLE = /^v?(\d+\.\d+(?:\.\d+){0,2})$/;

function fromTags(repo, filter = () => true) {
  const head = git(repo, 'log', '-1', '--format=%H %cs').trim().split(' ');
  const versions = {};
  for (const line of git(repo, 'for-each-ref', '--format=%(refname:short) %(creatordate:short)', 'refs/tags').split('\n')) {
    const [tag, date] = line.split(' ');
    const m = STABLE.exec(tag ?? '');
    if (m && filter(m[1])) versions[m[1]] = date;
  }
  return { source: `git tags of github.com/${repo.replace('+', '/')} at ${head[0].slice(0, 12)} (${head[1]}); tag creator date`, asOf: head[1], versions };
}

function fromReleaseData(product, filter = () => true) {
  const repo = 'endoflife-date+release-data';
  const head = git(repo, 'log', '-1', '--format=%H %cs').trim().split(' ');
  const data = JSON.parse(git(repo, 'show', `HEAD:releases/${product}.json`));
  const versions = {};
  for (const v of Object.values(data.versions)) if (STABLE.test(v.name) && filter(v.name)) versions[v.name.replace(/^v/, '')] = v.date;
  return { source: `github.com/endoflife-date/release-data releases/${product}.json at ${head[0].slice(0, 12)} (${head[1]})`, asOf: head[1], versions };
}

const major = (v) => Number(v.split('.')[0]);
const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
const vue2 = fromTags('vuejs+vue', (v) => major(v) < 3);
const vue3 = fromReleaseData('vue', (v) => major(v) >= 3);
const libraries = {
  jquery: fromTags('jquery+jquery'),
  'jquery-ui': fromTags('jquery+jquery-ui', (v) => major(v) >= 1 && major(v) < 10),
  'jquery-migrate': fromTags('jquery+jquery-migrate'),
  angularjs: fromTags('angular+angular.js', (v) => major(v) === 1),
  vue: { source: `${vue2.source} (2.x and older); ${vue3.source} (3.x)`, asOf: vue3.asOf > vue2.asOf ? vue3.asOf : vue2.asOf, versions: { ...vue2.versions, ...vue3.versions } },
  'moment.js': fromTags('moment+moment'),
  lodash: fromTags('lodash+lodash', (v) => major(v) >= 1),
  bootstrap: fromReleaseData('bootstrap'),
  drupal: fromReleaseData('drupal'),
  // Joomla "11.x"–"13.x" are the separate Joomla Platform, not the CMS.
  joomla: fromReleaseData('joomla', (v) => major(v) < 11),
  wordpress: fromReleaseData('wordpress'),
};
for (const l of Object.values(libraries)) l.versions = sorted(l.versions);
process.stdout.write(JSON.stringify({ builtOn: new Date().toISOString().slice(0, 10), libraries }, null, 1) + '\n');
