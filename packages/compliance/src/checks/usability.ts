/**
 * C9 (static part) — mobile viewport, print/archive and share on articles, official social accounts,
 * satisfaction rating.
 *
 * Inputs: pages[].facts.{meta.viewport, shareTargets, links, title, dates, mainText}, raw HTML (window.print,
 * print stylesheets, rating widgets).
 */
import type { PageSnapshot, SiteSnapshot } from '../snapshot.js';
import { articlePages } from './articles.js';
import type { Evidence } from '../rules/types.js';
import { clip, defineJudge, dom, homePage, htmlPages, judgement, tx, uniqBy } from './util.js';

/** Article pages: see articles.ts (re-exported here for the checks and the CLI that import it from this module). */
export { articlePages } from './articles.js';

const PRINT_TEXT = /(^|\s)(in bài|in trang|bản in|in tin|in ấn|print|printer)(\s|$)/i;

function printControl(p: PageSnapshot): Evidence | undefined {
  const url = p.finalUrl || p.url;
  if (p.facts?.shareTargets.includes('print')) return { url, snippet: 'print button (share targets)' };
  const l = p.facts?.links.find((x) => PRINT_TEXT.test(x.text) || /print|in-bai|inbai/i.test(x.url));
  if (l) return { url, selector: l.selector, snippet: `“${l.text}” → ${l.url}` };
  const $ = dom(p);
  if ($) {
    const el = $('[onclick*="print"], a[href*="print"], button[title*="In"], [class*=print], [id*=print]').first();
    if (el.length) return { url, selector: el.attr('id') ? `#${el.attr('id')}` : '[onclick*=print]', snippet: clip($.html(el) ?? '', 120) };
    if (/window\.print\s*\(/.test(p.html ?? '')) return { url, selector: 'script', snippet: 'window.print()' };
  }
  return undefined;
}

/** A print (and archive) function for each article (Decree 42/2022 Art. 7(1)). */
export const judgePrint = defineJudge('print', (ctx) => {
  const arts = articlePages(ctx.snapshot);
  if (arts.length === 0) return judgement('warn', tx('Không tải được trang bài viết nào để kiểm tra chức năng in.', 'No article page was fetched, so the print function could not be checked.'), [{ url: ctx.snapshot.startUrl, snippet: 'no article pages in the snapshot' }]);
  const res = arts.map((p) => ({ p, ev: printControl(p) }));
  const ok = res.filter((r) => r.ev);
  const ev: Evidence[] = [...ok.slice(0, 2).map((r) => r.ev!), ...res.filter((r) => !r.ev).slice(0, 2).map((r) => ({ url: r.p.finalUrl || r.p.url, snippet: 'no print control' }))];
  if (ok.length === res.length) return judgement('pass', tx(`Có chức năng in trên ${ok.length}/${res.length} bài viết đã kiểm tra; bài có đường dẫn cố định (lưu trữ).`, `Print function on ${ok.length}/${res.length} articles checked; articles have permalinks (archive).`), ev);
  if (ok.length === 0) return judgement('fail', tx(`Không có chức năng in trên ${res.length} bài viết đã kiểm tra.`, `No print function on the ${res.length} articles checked.`), ev);
  return judgement('warn', tx(`Chỉ ${ok.length}/${res.length} bài viết có chức năng in.`, `Only ${ok.length}/${res.length} articles have a print function.`), ev);
});

/** Sharing to social networks from articles (Decree 42/2022 Art. 8, as reconstructed). */
export const judgeShare = defineJudge('share', (ctx) => {
  const arts = articlePages(ctx.snapshot);
  if (arts.length === 0) return judgement('warn', tx('Không tải được trang bài viết nào để kiểm tra nút chia sẻ.', 'No article page was fetched to check share buttons.'), [{ url: ctx.snapshot.startUrl, snippet: 'no article pages' }]);
  const SOC = /facebook|zalo|twitter|x\.com|linkedin/i;
  const withShare = arts.filter((p) => p.facts!.shareTargets.some((t) => SOC.test(t)) || p.facts!.links.some((l) => /facebook\.com\/sharer|sp\.zalo\.me\/share|zalo\.me\/share|twitter\.com\/(intent|share)/i.test(l.url)));
  const ev: Evidence[] = arts.slice(0, 3).map((p) => ({ url: p.finalUrl || p.url, snippet: `share targets: ${p.facts!.shareTargets.join(', ') || 'none'}` }));
  if (withShare.length === arts.length) return judgement('pass', tx('Bài viết có nút chia sẻ mạng xã hội.', 'Articles have social share buttons.'), ev);
  if (withShare.length === 0) return judgement('fail', tx('Bài viết không có nút chia sẻ mạng xã hội (Facebook, Zalo…).', 'Articles have no social share buttons (Facebook, Zalo…).'), ev);
  return judgement('warn', tx(`Chỉ ${withShare.length}/${arts.length} bài có nút chia sẻ.`, `Only ${withShare.length}/${arts.length} articles have share buttons.`), ev);
});

const SOCIAL_ACCOUNT = /^https?:\/\/(www\.|m\.)?(facebook\.com\/(?!sharer|share|dialog|plugins)[^/?#]+|youtube\.com\/(channel|c|user|@)[^?#]*|zalo\.me\/(?!share)[^/?#]+|oa\.zalo\.me\/[^?#]+|tiktok\.com\/@[^/?#]+|twitter\.com\/(?!intent|share)[^/?#]+|x\.com\/(?!intent|share)[^/?#]+)/i;

/** Official social-media accounts announced on the site (Decree 244/2026). */
export const judgeSocialAccounts = defineJudge('social-accounts', (ctx) => {
  const s = ctx.snapshot;
  const hits = uniqBy(
    htmlPages(s).flatMap((p) => p.facts.links.filter((l) => SOCIAL_ACCOUNT.test(l.url)).map((l) => ({ p, l }))),
    ({ l }) => l.url.replace(/[?#].*$/, '').toLowerCase(),
  );
  if (hits.length) return judgement('pass', tx(`Công bố ${hits.length} tài khoản mạng xã hội chính thức.`, `${hits.length} official social-media accounts are announced.`), hits.slice(0, 4).map(({ p, l }) => ({ url: p.finalUrl || p.url, selector: l.selector, snippet: `“${l.text}” → ${l.url}` })));
  return judgement('fail', tx('Không công bố trang/kênh/tài khoản mạng xã hội chính thức.', 'No official social-media pages/channels/accounts are announced.'), [{ url: s.startUrl, snippet: 'no links to facebook/youtube/zalo/tiktok accounts' }]);
});

/** Usable on mobile: a responsive viewport (Circular 32/2017 Art. 17; Decree 224/2026 Art. 10(3)(a)). */
export const judgeViewport = defineJudge('viewport', (ctx) => {
  const home = homePage(ctx.snapshot);
  const vp = home?.facts?.meta.viewport;
  const url = home ? home.finalUrl || home.url : ctx.snapshot.startUrl;
  if (vp && /width\s*=\s*device-width/i.test(vp)) return judgement('pass', tx('Trang khai báo viewport cho thiết bị di động.', 'The page declares a mobile viewport.'), [{ url, selector: 'meta[name=viewport]', snippet: vp }]);
  return judgement('fail', tx('Trang không khai báo viewport cho thiết bị di động (width=device-width).', 'No mobile viewport (width=device-width) is declared.'), [{ url, selector: 'meta[name=viewport]', snippet: vp ? `content="${vp}"` : 'missing' }]);
});

const RATING = /(đánh giá|mức độ hài lòng|hài lòng|bình chọn)/i;

/** Online satisfaction rating of the information provided (Decree 224/2026 Art. 10(3)(b)). */
export const judgeSatisfaction = defineJudge('satisfaction', (ctx) => {
  for (const p of htmlPages(ctx.snapshot)) {
    const $ = dom(p);
    const formHit = p.facts.forms.find((f) => f.inputs.some((i) => /radio|range/.test(i.type)) && RATING.test(f.inputs.map((i) => `${i.name} ${i.label ?? ''}`).join(' ')));
    if (formHit) return judgement('pass', tx('Có chức năng đánh giá mức độ hài lòng.', 'An online satisfaction rating is offered.'), [{ url: p.finalUrl || p.url, selector: formHit.selector, snippet: 'rating form' }]);
    if ($) {
      const el = $('[class*=rating], [class*=danh-gia], [id*=rating], [id*=danhgia], [class*=star-rating]').first();
      if (el.length && RATING.test(`${el.text()} ${p.facts.mainText}`)) return judgement('pass', tx('Có chức năng đánh giá mức độ hài lòng.', 'An online satisfaction rating is offered.'), [{ url: p.finalUrl || p.url, selector: el.attr('id') ? `#${el.attr('id')}` : '[class*=rating]', snippet: clip(el.text(), 100) }]);
    }
  }
  return judgement('fail', tx('Không có chức năng đánh giá trực tuyến mức độ hài lòng.', 'No online satisfaction rating was found.'), [{ url: ctx.snapshot.startUrl, snippet: 'no rating form or widget' }]);
});

/** Metadata for search and exchange: description, Open Graph, Dublin Core or JSON-LD on home and articles (Decree 224/2026 Art. 11(5)). */
export const judgeMetadata = defineJudge('metadata', (ctx) => {
  const s = ctx.snapshot;
  const home = homePage(s);
  const pages = [home, ...articlePages(s, 3)].filter(Boolean) as PageSnapshot[];
  const DC_REQUIRED = ['title', 'creator', 'date', 'description', 'publisher', 'identifier'];
  const rows = pages.map((p) => {
    const m = p.facts!.meta;
    const dc = Object.keys(m.dublinCore).map((k) => k.toLowerCase().replace(/^dc\./, ''));
    const dcFull = DC_REQUIRED.every((k) => dc.includes(k));
    const og = Object.keys(m.openGraph).length > 0;
    const ld = m.jsonLd.length > 0;
    const desc = !!m.description;
    return { p, ok: desc && (og || ld || dcFull), desc, og, ld, dc: dc.length, dcFull };
  });
  const ev: Evidence[] = rows.map((r) => ({ url: r.p.finalUrl || r.p.url, selector: 'head meta', snippet: `description=${r.desc} og=${r.og} json-ld=${r.ld} DC.*=${r.dc}${r.dcFull ? ' (6 mandatory DC elements)' : ''}` }));
  if (rows.length === 0) return judgement('error', tx('Không có trang để kiểm tra.', 'No page to check.'), []);
  if (rows.every((r) => r.ok)) return judgement('pass', tx('Trang chủ và bài viết có dữ liệu đặc tả (description + Open Graph/JSON-LD/Dublin Core).', 'Home and articles carry metadata (description + Open Graph/JSON-LD/Dublin Core).'), ev);
  if (rows.some((r) => r.ok || r.desc)) return judgement('warn', tx('Dữ liệu đặc tả chưa đầy đủ trên một số trang.', 'Metadata is incomplete on some pages.'), ev);
  return judgement('fail', tx('Không có dữ liệu đặc tả (description, Open Graph, JSON-LD, Dublin Core).', 'No metadata (description, Open Graph, JSON-LD, Dublin Core).'), ev);
});

/** Encouraged helpers: keyboard shortcuts, text-to-speech, font-size controls (Circular 32/2017 Art. 18(2)). */
export const judgeAccessTools = defineJudge('access-tools', (ctx) => {
  const home = homePage(ctx.snapshot);
  if (!home) return judgement('error', tx('Không có trang chủ.', 'No home page.'), []);
  const url = home.finalUrl || home.url;
  const $ = dom(home);
  const found: Evidence[] = [];
  if ($) {
    const ak = $('[accesskey]');
    if (ak.length) found.push({ url, selector: '[accesskey]', snippet: `${ak.length} elements with accesskey` });
    const fs = $('a, button, span').filter((_, el) => /^\s*(A\+|A-|A−|\+A|-A)\s*$/.test($(el).text()) || /font-?size|tang-?co-?chu|giam-?co-?chu|zoom-?(in|out)/i.test(`${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''} ${$(el).attr('onclick') ?? ''}`));
    if (fs.length) found.push({ url, selector: 'A+/A-', snippet: 'font-size controls' });
  }
  const tts = home.facts?.links.find((l) => /nghe đọc|đọc bài|text.to.speech|responsivevoice|vbee|fpt.ai/i.test(`${l.text} ${l.url}`)) ?? home.facts?.scripts.find((s) => /responsivevoice|vbee|fpt\.ai|speech/i.test(s.src ?? ''));
  if (tts) found.push({ url, snippet: 'text-to-speech widget' });
  if (found.length) return judgement('pass', tx('Có công cụ hỗ trợ (phím tắt, cỡ chữ, đọc bài).', 'Helper tools are offered (shortcuts, font size, text-to-speech).'), found);
  return judgement('warn', tx('Không có phím tắt, nút tăng/giảm cỡ chữ hay đọc bài tự động (khuyến khích).', 'No keyboard shortcuts, font-size controls or text-to-speech (encouraged).'), [{ url, snippet: 'no accesskey, A+/A- or TTS found' }]);
});
