/**
 * C4 — Site search exists and works.
 *
 * Inputs: pages[].facts.forms (isSearch), the raw HTML (search inputs outside forms, e.g. a text box wired to a
 * JavaScript handler), and snapshot.searchProbe: the crawler searched the newest article's title words and
 * reports whether that article came back. A search box that could not be exercised (no probe, an error, a
 * non-2xx answer) is a `warn`: found, but not shown to work.
 */
import type { PageSnapshot } from '../snapshot.js';
import type { Evidence } from '../rules/types.js';
import { defineJudge, dom, homePage, htmlPages, judgement, tx, uniqBy } from './util.js';

const SEARCHY = /search|tim[-_ ]?kiem|tìm kiếm|timkiem|keyword|tukhoa|tu[-_]khoa|txtsearch|query|(^|[_-])q$/i;

/** Search boxes on one page, from extracted forms and from the raw HTML. */
export function searchWidgets(p: PageSnapshot): Evidence[] {
  const url = p.finalUrl || p.url;
  const out: Evidence[] = [];
  for (const f of p.facts?.forms ?? []) {
    if (!f.isSearch) continue;
    const input = f.inputs.find((i) => i.type !== 'hidden');
    out.push({ url, selector: f.selector ?? 'form', snippet: `form ${f.method.toUpperCase()} ${f.action || '(self)'}${input ? ` input[name=${input.name}]` : ''}` });
  }
  const $ = dom(p);
  if ($) {
    $('input, [role=search]').each((_, el) => {
      const e = $(el);
      if (el.tagName === 'input') {
        const type = (e.attr('type') ?? 'text').toLowerCase();
        if (!['text', 'search', ''].includes(type)) return;
        const hay = [e.attr('name'), e.attr('id'), e.attr('class'), e.attr('placeholder'), e.attr('title'), e.attr('value'), e.attr('aria-label')].filter(Boolean).join(' ');
        if (type !== 'search' && !SEARCHY.test(hay)) return;
      }
      const id = e.attr('id');
      const name = e.attr('name');
      const selector = id ? `#${id}` : name ? `${el.tagName}[name="${name}"]` : el.tagName === 'input' ? 'input[type=search]' : '[role=search]';
      out.push({ url, selector, snippet: `${el.tagName}${name ? ` name=${name}` : ''}${e.attr('placeholder') ? ` placeholder="${e.attr('placeholder')}"` : ''}` });
    });
  }
  return uniqBy(out, (e) => e.selector ?? e.snippet ?? '');
}

/** A search box on the home page (Circular 32/2017 Art. 16(3)(b): search in the main area of the home page). */
export const judgeSearchOnHome = defineJudge('search-on-home', (ctx) => {
  const home = homePage(ctx.snapshot);
  const w = home ? searchWidgets(home) : [];
  if (w.length) return judgement('pass', tx('Trang chủ có ô tìm kiếm.', 'The home page has a search box.'), w.slice(0, 3));
  return judgement('fail', tx('Trang chủ không có ô tìm kiếm.', 'The home page has no search box.'), [{ url: ctx.snapshot.startUrl, snippet: 'no search form or search input found' }]);
});

/** Search exists and finds existing content (Decree 42/2022 Art. 7(1)). */
export const judgeSearch = defineJudge('search', (ctx) => {
  const s = ctx.snapshot;
  const home = homePage(s);
  const all = uniqBy([...(home ? searchWidgets(home) : []), ...htmlPages(s).flatMap(searchWidgets)], (e) => `${e.url}|${e.selector}`);
  // A site search sits on the home page or repeats across pages; a box on one inner page (e.g. the document
  // search of the legal-documents list) searches that list only.
  const perSelector = new Map<string, number>();
  for (const w of all) perSelector.set(w.selector ?? '', (perSelector.get(w.selector ?? '') ?? 0) + 1);
  const homeUrl = home ? home.finalUrl || home.url : s.startUrl;
  const widgets = all.filter((w) => w.url === homeUrl || (perSelector.get(w.selector ?? '') ?? 0) >= 2);
  const probe = s.searchProbe;
  if (widgets.length === 0 && !probe?.found) {
    const local = all.slice(0, 2);
    return judgement(
      'fail',
      local.length ? tx('Chỉ có ô tìm kiếm riêng của một trang (không phải tìm kiếm toàn trang).', 'Only a page-local search box was found (no site-wide search).') : tx('Không tìm thấy chức năng tìm kiếm trên trang.', 'No search function was found on the site.'),
      [...local, { url: s.startUrl, snippet: `searched ${htmlPages(s).length} pages for search forms/inputs` }],
    );
  }
  const ev = widgets.slice(0, 3);
  if (!probe) {
    return judgement('warn', tx('Có ô tìm kiếm nhưng chưa thử được (không có kết quả thử tìm kiếm).', 'A search box exists but it could not be exercised (no search probe).'), ev, { widgets: widgets.length, probe: null });
  }
  const pev: Evidence = { url: probe.resultUrl || probe.expectedUrl || s.startUrl, snippet: probe.query ? `query “${probe.query}” → HTTP ${probe.status}${probe.error ? ` (${probe.error})` : ''}; expected ${probe.expectedUrl}` : `search probe: ${probe.error ?? 'not run'}` };
  if (probe.found) {
    return judgement('pass', tx(`Tìm kiếm hoạt động: tìm “${probe.query}” trả về bài viết mới nhất.`, `Search works: “${probe.query}” returns the newest article.`), [...ev, pev], { probe });
  }
  if (probe.error || probe.status < 200 || probe.status >= 300) {
    return judgement(
      'warn',
      tx(`Có ô tìm kiếm nhưng không thử được (${probe.error ?? 'HTTP ' + probe.status}).`, `A search box exists but could not be exercised (${probe.error ?? 'HTTP ' + probe.status}).`),
      [...ev, pev],
      { probe },
    );
  }
  return judgement(
    'fail',
    tx(`Tìm kiếm không tìm thấy bài viết mới nhất khi tìm “${probe.query}”.`, `Searching for “${probe.query}” did not return the newest article.`),
    [...ev, pev],
    { probe },
  );
});
