/**
 * Recognise front-end JavaScript libraries and their versions from a script URL or from the banner
 * comment at the top of the file. Names follow the retire.js repository keys where one exists
 * ('jquery', 'jquery-ui', 'jquery-migrate', 'bootstrap', 'angularjs', 'moment.js', 'lodash',
 * 'underscore.js', 'vue', 'react', 'knockout', 'handlebars', 'swfobject', 'tinyMCE', 'ckeditor',
 * 'select2', 'jquery.datatables', 'prototypejs', 'mootools', 'dojo', 'YUI', 'backbone.js', …) so a
 * vulnerability database can be matched directly; other versioned files keep their file stem as name
 * (e.g. 'jquery.carouFredSel' 6.2.0).
 */

/** A recognised library: retire.js-style name and, when known, its version. */
export interface LibraryId {
  name: string;
  version?: string;
}

const VER = String.raw`(\d+\.\d+(?:\.\d+)?(?:[-.](?:alpha|beta|rc|pre)[.\d]*)?)`;

/** Canonical names for file stems / CDN package names (lower-case keys). */
const CANONICAL: Record<string, string> = {
  jquery: 'jquery',
  'jquery-ui': 'jquery-ui',
  jqueryui: 'jquery-ui',
  'jquery-ui-dist': 'jquery-ui',
  'jquery-migrate': 'jquery-migrate',
  'jquery-validate': 'jquery-validation',
  'jquery.validate': 'jquery-validation',
  'jquery-validation': 'jquery-validation',
  'jquery.mobile': 'jquery-mobile',
  'jquery-mobile': 'jquery-mobile',
  'jquery.dataTables': 'jquery.datatables',
  'jquery.datatables': 'jquery.datatables',
  datatables: 'jquery.datatables',
  'datatables.net': 'jquery.datatables',
  'jquery.prettyphoto': 'jquery.prettyPhoto',
  bootstrap: 'bootstrap',
  'twitter-bootstrap': 'bootstrap',
  'bootstrap.bundle': 'bootstrap',
  'bootstrap-select': 'bootstrap-select',
  angular: 'angularjs',
  'angular.js': 'angularjs',
  angularjs: 'angularjs',
  moment: 'moment.js',
  'moment.js': 'moment.js',
  lodash: 'lodash',
  'lodash.js': 'lodash',
  underscore: 'underscore.js',
  'underscore.js': 'underscore.js',
  vue: 'vue',
  react: 'react',
  'react-dom': 'react-dom',
  knockout: 'knockout',
  handlebars: 'handlebars',
  'handlebars.js': 'handlebars',
  mustache: 'mustache.js',
  swfobject: 'swfobject',
  tinymce: 'tinyMCE',
  ckeditor: 'ckeditor',
  ckeditor5: 'ckeditor5',
  select2: 'select2',
  prototype: 'prototypejs',
  prototypejs: 'prototypejs',
  mootools: 'mootools',
  'mootools-core': 'mootools',
  dojo: 'dojo',
  yui: 'YUI',
  backbone: 'backbone.js',
  'backbone.js': 'backbone.js',
  ember: 'ember',
  'ember.js': 'ember',
  dompurify: 'DOMPurify',
  'chart.js': 'chart.js',
  chart: 'chart.js',
  highcharts: 'highcharts',
  axios: 'axios',
  jszip: 'jszip',
  'pdf.js': 'pdf.js',
  pdfjs: 'pdf.js',
  'pdfjs-dist': 'pdf.js',
  pdfobject: 'pdfobject',
  'video.js': 'video.js',
  video: 'video.js',
  swiper: 'swiper',
  d3: 'd3',
  echarts: 'echarts',
  'highlight.js': 'highlightjs',
  highlight: 'highlightjs',
  marked: 'marked',
  plupload: 'plupload',
  flowplayer: 'flowplayer',
  jplayer: 'jPlayer',
  'jquery.jplayer': 'jPlayer',
  modernizr: 'modernizr',
  html5shiv: 'html5shiv',
  jwplayer: 'jwplayer',
  'owl.carousel': 'owl.carousel',
  slick: 'slick',
  fancybox: 'fancybox',
  'jquery.fancybox': 'fancybox',
  alpinejs: 'alpinejs',
  alpine: 'alpinejs',
};

/** Stems that are a known library even without a version in the name. */
const KNOWN_UNVERSIONED = new Set([
  'jquery', 'jquery-ui', 'jquery-migrate', 'bootstrap', 'bootstrap.bundle', 'angular', 'moment', 'lodash', 'underscore',
  'vue', 'react', 'react-dom', 'knockout', 'handlebars', 'swfobject', 'tinymce', 'ckeditor', 'select2', 'prototype',
  'mootools', 'mootools-core', 'dojo', 'yui', 'backbone', 'jquery.datatables', 'jquery.validate', 'modernizr',
  'html5shiv', 'jwplayer', 'dompurify', 'chart', 'highcharts', 'axios', 'swiper', 'd3', 'echarts',
]);

function canonical(stem: string): string {
  return CANONICAL[stem] ?? CANONICAL[stem.toLowerCase()] ?? stem;
}

/** Strip `.min`, `.slim`, `.pack(ed)`, `.bundle`-like suffixes from a stem. */
function stripSuffixes(stem: string): string {
  let s = stem;
  for (;;) {
    const t = s.replace(/[.-](?:min|slim|pack|packed|prod|production|umd|dev|debug|full|all|core|js)$/i, '');
    if (t === s) return s;
    s = t;
  }
}

/**
 * Recognise a library from a script URL (CDN paths, file names with versions, version directories and
 * WordPress-style `?ver=` for well-known libraries).
 *
 * @param url absolute or relative script URL
 * @returns the library, or undefined when the URL says nothing recognisable
 */
export function detectLibraryFromUrl(url: string): LibraryId | undefined {
  let path: string;
  let query = '';
  try {
    const u = new URL(url, 'http://x.invalid/');
    path = decodeURIComponent(u.pathname);
    query = u.search;
  } catch {
    return undefined;
  }
  const lowerPath = path.toLowerCase();

  // CDNs: /ajax/libs/<name>/<version>/… (Google, cdnjs, Microsoft)
  let m = new RegExp(String.raw`/ajax/libs/([\w.-]+)/${VER}/`, 'i').exec(path);
  if (m) return { name: canonical(m[1]), version: m[2] };
  // jsDelivr / unpkg: /npm/<name>@<version>/…, /<name>@<version>/…
  m = new RegExp(String.raw`(?:^|/)(?:npm/)?(@?[\w.-]+(?:/[\w.-]+)?)@${VER}(?:/|$)`, 'i').exec(path);
  if (m && !m[1].startsWith('gh/')) return { name: canonical(m[1]), version: m[2] };
  // code.jquery.com/ui/<version>/jquery-ui.min.js ; bootstrapcdn /bootstrap/<version>/
  m = new RegExp(String.raw`/ui/${VER}/jquery-ui`, 'i').exec(path);
  if (m) return { name: 'jquery-ui', version: m[1] };

  const file = path.split('/').pop() ?? '';
  if (!/\.m?js$/i.test(file)) {
    // not a .js file name (e.g. /combo?…) — nothing reliable
    return undefined;
  }
  const stemRaw = file.replace(/\.m?js$/i, '');
  // jquery-ui-1.5.3.min, jquery.ui-1.8.2, jquery-1.11.1.min, bootstrap-3.3.7, angular-1.5.8
  m = new RegExp(String.raw`^(.+?)[-_.@]v?${VER}(?:[.-](?:min|slim|pack|packed|prod|production|umd|custom|bundle|js))*$`, 'i').exec(stemRaw);
  if (m) {
    let stem = m[1];
    if (/^jquery[.-]ui$/i.test(stem)) stem = 'jquery-ui';
    return { name: canonical(stripSuffixes(stem)), version: m[2] };
  }
  const stem = stripSuffixes(stemRaw).toLowerCase();
  const known = KNOWN_UNVERSIONED.has(stem) || KNOWN_UNVERSIONED.has(stem.replace(/[.-]bundle$/, ''));
  if (!known) return undefined;
  const name = canonical(stem.replace(/[.-]bundle$/, ''));
  // version directory: /jquery/1.11.1/jquery.min.js, /bootstrap/3.3.7/js/bootstrap.min.js, /libs/jquery-3.6.0/jquery.js
  m = new RegExp(String.raw`/(?:[\w.-]*?[-_@/])?v?${VER}/(?:js/|dist/|dist/js/)?[^/]*$`, 'i').exec(lowerPath);
  if (m) return { name, version: m[1] };
  m = new RegExp(String.raw`[?&](?:ver|v|version)=${VER}(?:&|$)`, 'i').exec(query);
  if (m) return { name, version: m[1] };
  return { name };
}

const BANNERS: [RegExp, string][] = [
  [/jQuery UI(?: - v| v|\s+)(\d+\.\d+(?:\.\d+)?)/i, 'jquery-ui'],
  [/jQuery Migrate(?: - v| v|\s+)(\d+\.\d+(?:\.\d+)?)/i, 'jquery-migrate'],
  [/jQuery Validation Plugin(?: - v| v|\s+)(\d+\.\d+(?:\.\d+)?)/i, 'jquery-validation'],
  [/jQuery Mobile(?: - v| v|\s+)(\d+\.\d+(?:\.\d+)?)/i, 'jquery-mobile'],
  [/DataTables (\d+\.\d+\.\d+)/, 'jquery.datatables'],
  [/\/\*!? jQuery v(\d+\.\d+(?:\.\d+)?)/, 'jquery'],
  [/jQuery JavaScript Library v(\d+\.\d+(?:\.\d+)?)/, 'jquery'],
  [/Bootstrap v(\d+\.\d+\.\d+)/, 'bootstrap'],
  [/AngularJS v(\d+\.\d+\.\d+)/, 'angularjs'],
  [/Vue\.js v(\d+\.\d+\.\d+)/, 'vue'],
  [/@license React(?: v| )(\d+\.\d+\.\d+)/, 'react'],
  [/\/\/! moment\.js[\s\S]{0,40}?version : (\d+\.\d+\.\d+)/, 'moment.js'],
  [/Lodash[\s\S]{0,200}?VERSION = '(\d+\.\d+\.\d+)'/, 'lodash'],
  [/Underscore\.js (\d+\.\d+\.\d+)/, 'underscore.js'],
  [/Knockout JavaScript library v(\d+\.\d+\.\d+)/, 'knockout'],
  [/handlebars v(\d+\.\d+\.\d+)/i, 'handlebars'],
  [/SWFObject v(\d+\.\d+(?:\.\d+)?)/, 'swfobject'],
  [/Select2 (\d+\.\d+\.\d+)/, 'select2'],
  [/Prototype JavaScript framework, version (\d+\.\d+(?:\.\d+)*)/, 'prototypejs'],
  [/MooTools[\s\S]{0,40}?version: '(\d+\.\d+(?:\.\d+)?)/, 'mootools'],
  [/DOMPurify (\d+\.\d+\.\d+)/, 'DOMPurify'],
  [/Modernizr (?:v)?(\d+\.\d+\.\d+)/, 'modernizr'],
  [/TinyMCE version (\d+\.\d+(?:\.\d+)?)/i, 'tinyMCE'],
  [/Chart\.js v(\d+\.\d+\.\d+)/, 'chart.js'],
  [/Swiper (\d+\.\d+\.\d+)/, 'swiper'],
  [/Highcharts JS v(\d+\.\d+\.\d+)/, 'highcharts'],
  [/axios v(\d+\.\d+\.\d+)/, 'axios'],
  [/JW Player (?:version )?(\d+\.\d+\.\d+)/i, 'jwplayer'],
];

/**
 * Recognise a library from the first bytes of a script (its licence/banner comment).
 * Only the first 4,000 characters are examined.
 *
 * @returns the library with its version, or undefined
 */
export function detectLibraryFromBanner(text: string): LibraryId | undefined {
  const head = text.slice(0, 4000);
  for (const [re, name] of BANNERS) {
    const m = re.exec(head);
    if (m) return { name, version: m[1] };
  }
  return undefined;
}
