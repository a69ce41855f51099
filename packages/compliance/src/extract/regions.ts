/**
 * Page-region and hidden-element heuristics shared by the extractor. General rules, not tuned to one CMS:
 * landmarks (`header`/`nav`/`main`/`footer`, ARIA roles) first, then id/class words that themes use
 * (`#header`, `.site-footer`, `.navi`, `.main-menu`, `.chan-trang`…), ignoring component-level
 * headers/footers (card-header, portlet-footer…) and anything inside `<main>`/`<article>`.
 */

/** Split `id` + `class` values into lower-case word parts: "site-footer mainMenu" → [site, footer, main, menu, sitefooter, mainmenu]. */
export function nameParts(idAndClass: string): { names: string[]; parts: string[] } {
  const names = idAndClass.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const n of names) {
    const lower = n.toLowerCase();
    parts.push(lower);
    for (const p of n.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_\s]+/)) if (p && p !== lower) parts.push(p);
  }
  return { names: names.map((n) => n.toLowerCase()), parts };
}

const COMPONENT_NOISE = new Set([
  'card', 'panel', 'modal', 'widget', 'entry', 'box', 'portlet', 'post', 'article', 'block', 'table', 'list', 'item',
  'title', 'content', 'dropdown', 'accordion', 'tab', 'tabs', 'slider', 'slide', 'news', 'comment', 'comments', 'form',
  'popup', 'dialog', 'section', 'page', 'column', 'col', 'media', 'video', 'gallery', 'calendar', 'tile', 'feature',
]);

function matchesWords(idAndClass: string, words: RegExp, allowNoise: boolean): boolean {
  if (!idAndClass.trim()) return false;
  const { names } = nameParts(idAndClass);
  for (const name of names) {
    const parts = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_\s]+/).filter(Boolean);
    const hit = parts.some((p) => words.test(p)) || words.test(name.replace(/[-_]/g, ''));
    if (!hit) continue;
    if (allowNoise || !parts.some((p) => COMPONENT_NOISE.has(p))) return true;
  }
  return false;
}

const HEADER_WORDS = /^(header|headers|masthead|banner|topbar|siteheader|pageheader|mainheader|topheader|headertop|headerwrap|headerwrapper|dautrang)$/;
const FOOTER_WORDS = /^(footer|footers|foot|colophon|copyright|contentinfo|sitefooter|pagefooter|mainfooter|footerwrap|footerwrapper|bottomfooter|footerbottom|chantrang)$/;
const MENU_WORDS = /^(nav|navi|navbar|navigation|menu|menus|mainmenu|topmenu|menutop|megamenu|menubar|mainnav|topnav|subnav|sitenav|primarynav|navmenu|menungang|menudoc|submenu|childmenu)$/;

/** True when id/class words say "page header" (component headers such as `card-header` excluded). */
export function isHeaderName(idAndClass: string): boolean {
  return matchesWords(idAndClass, HEADER_WORDS, false);
}

/** True when id/class words say "page footer" (component footers excluded; `chan-trang` = Vietnamese "footer"). */
export function isFooterName(idAndClass: string): boolean {
  return matchesWords(idAndClass, FOOTER_WORDS, false);
}

/** True when id/class words say "menu / navigation". */
export function isMenuName(idAndClass: string): boolean {
  return matchesWords(idAndClass, MENU_WORDS, true);
}

const HIDDEN_CLASSES = new Set([
  'hidden', 'hide', 'd-none', 'invisible', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text',
  'display-none', 'displaynone', 'is-hidden', 'u-hidden', 'element-invisible', 'offscreen', 'off-screen',
]);

/** True when a class attribute contains a class that hides the element in common CSS frameworks. */
export function hasHiddenClass(cls: string | undefined): boolean {
  if (!cls) return false;
  return cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c.toLowerCase()));
}

/**
 * True when CSS declarations hide their element: display:none, visibility:hidden, opacity:0,
 * font-size:0, zero width/height with overflow hidden, off-screen absolute/fixed positioning
 * (≤ −500px), large negative text-indent, or clip rect(0…).
 */
export function declarationsHide(style: string | undefined): boolean {
  if (!style) return false;
  const s = style.toLowerCase().replace(/\s+/g, '').replace(/!important/g, '');
  if (/(^|;)display:none(;|$)/.test(s)) return true;
  if (/(^|;)visibility:(hidden|collapse)(;|$)/.test(s)) return true;
  if (/(^|;)opacity:(0|0?\.0+)(;|$)/.test(s)) return true;
  if (/(^|;)font-size:0(px|em|rem|pt|%)?(;|$)/.test(s)) return true;
  const overflowHidden = /(^|;)overflow:hidden(;|$)/.test(s);
  if (overflowHidden && /(^|;)(max-)?(height|width):0(px)?(;|$)/.test(s)) return true;
  if (/(^|;)position:(absolute|fixed)/.test(s) && /(^|;)(left|top|right|margin-left|margin-top):-\d{3,}(\.\d+)?(px|em|rem)?(;|$)/.test(s)) {
    const m = /(^|;)(left|top|right|margin-left|margin-top):-(\d{3,})/.exec(s);
    if (m && Number(m[3]) >= 500) return true;
  }
  const ti = /(^|;)text-indent:-(\d+)(px|em)?(;|$)/.exec(s);
  if (ti && ((ti[3] === 'em' && Number(ti[2]) >= 50) || Number(ti[2]) >= 500)) return true;
  if (/(^|;)clip:rect\(0(px)?[,]?0(px)?[,]?0(px)?[,]?0(px)?\)/.test(s)) return true;
  return false;
}

/**
 * Classes and ids hidden by the page's own `<style>` blocks (simple `.class` / `#id` selectors only,
 * e.g. `.x9{display:none}` — a common SEO-spam pattern). External stylesheets are not read.
 */
export interface HiddenRules {
  classes: Set<string>;
  ids: Set<string>;
}

/** Parse `<style>` texts into {@link HiddenRules}. Never throws; ignores anything but simple selectors. */
export function hiddenRulesFromCss(cssTexts: string[]): HiddenRules {
  const rules: HiddenRules = { classes: new Set(), ids: new Set() };
  for (const css of cssTexts) {
    const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of clean.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      if (!declarationsHide(m[2])) continue;
      for (const sel of m[1].split(',')) {
        const s = sel.trim();
        const cm = /^(?:[a-z]+)?\.([\w-]+)$/i.exec(s);
        if (cm) rules.classes.add(cm[1].toLowerCase());
        const im = /^(?:[a-z]+)?#([\w-]+)$/i.exec(s);
        if (im) rules.ids.add(im[1].toLowerCase());
      }
    }
  }
  return rules;
}

/** True when an element's id or one of its classes is hidden by {@link HiddenRules}. */
export function matchesHiddenRules(rules: HiddenRules, id: string | undefined, cls: string | undefined): boolean {
  if (!rules.classes.size && !rules.ids.size) return false;
  if (id && rules.ids.has(id.toLowerCase())) return true;
  if (cls) for (const c of cls.split(/\s+/)) if (c && rules.classes.has(c.toLowerCase())) return true;
  return false;
}
