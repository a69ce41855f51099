/**
 * Minimal structural view of the DOM nodes cheerio (parse5 → domhandler) produces, plus iterative
 * helpers that never recurse (broken pages can nest tens of thousands of elements deep).
 */

/** A domhandler node, typed structurally so the package needs no direct domhandler dependency. */
export interface DomNode {
  /** 'tag' | 'script' | 'style' | 'text' | 'comment' | 'directive' | 'root' | 'cdata' */
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
  data?: string;
}

/** True for element nodes (including `<script>` and `<style>`). */
export function isElement(n: DomNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Elements whose start and end do not break a word (no space inserted around them). */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr',
]);

/** Elements whose text is never page text. */
export const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'object', 'embed', 'iframe']);

/**
 * Visible-ish text of a subtree (no script/style), words separated at block boundaries, whitespace
 * collapsed, cut at `cap` characters. Iterative.
 */
export function textOf(node: DomNode, cap = 1000): string {
  const parts: string[] = [];
  let len = 0;
  const stack: (DomNode | ' ')[] = [node];
  while (stack.length && len < cap * 2) {
    const n = stack.pop()!;
    if (n === ' ') {
      parts.push(' ');
      continue;
    }
    if (n.type === 'text') {
      const d = n.data ?? '';
      parts.push(d);
      len += d.length;
      continue;
    }
    if (!isElement(n) && n.type !== 'root') continue;
    const name = n.name?.toLowerCase() ?? '';
    if (n !== node && NO_TEXT.has(name)) continue;
    if (name === 'br' || name === 'img') {
      parts.push(' ');
      continue;
    }
    const block = !INLINE.has(name);
    if (block) stack.push(' ');
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
    if (block) stack.push(' ');
  }
  return parts.join('').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim().slice(0, cap);
}

/** First descendant element (depth-first, document order) matching a predicate, or undefined. */
export function findDescendant(node: DomNode, pred: (n: DomNode) => boolean, maxNodes = 2000): DomNode | undefined {
  const stack: DomNode[] = [...(node.children ?? [])].reverse();
  let seen = 0;
  while (stack.length && seen++ < maxNodes) {
    const n = stack.pop()!;
    if (isElement(n) && pred(n)) return n;
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  return undefined;
}

/** True when some ancestor (not the node itself) has the given tag name. */
export function hasAncestor(node: DomNode, tag: string, maxDepth = 200): boolean {
  let p = node.parent;
  let d = 0;
  while (p && d++ < maxDepth) {
    if (p.name?.toLowerCase() === tag) return true;
    p = p.parent;
  }
  return false;
}

/**
 * Builds CSS selectors that find an element again (`#id > div:nth-of-type(2) > a:nth-of-type(1)`),
 * anchored at the nearest ancestor with a usable id, at most `maxDepth` steps long. Sibling indices are
 * computed once per parent, so selectors for 10,000 siblings cost linear time.
 */
export class SelectorBuilder {
  private readonly cache = new Map<DomNode, Map<DomNode, number>>();

  constructor(private readonly maxDepth = 25) {}

  private nthOfType(n: DomNode): number {
    const parent = n.parent;
    if (!parent) return 1;
    let m = this.cache.get(parent);
    if (!m) {
      m = new Map();
      const counts = new Map<string, number>();
      for (const c of parent.children ?? []) {
        if (!isElement(c)) continue;
        const t = c.name?.toLowerCase() ?? '';
        const k = (counts.get(t) ?? 0) + 1;
        counts.set(t, k);
        m.set(c, k);
      }
      this.cache.set(parent, m);
    }
    return m.get(n) ?? 1;
  }

  /** Selector for an element. */
  build(el: DomNode): string {
    const steps: string[] = [];
    let n: DomNode | null | undefined = el;
    let depth = 0;
    while (n && isElement(n) && depth++ < this.maxDepth) {
      const tag = n.name?.toLowerCase() ?? '*';
      const id = n.attribs?.id;
      if (id && /^[A-Za-z][\w-]*$/.test(id)) {
        steps.unshift(`#${id}`);
        return steps.join(' > ');
      }
      if (tag === 'html' || tag === 'body') {
        steps.unshift(tag);
        return steps.join(' > ');
      }
      steps.unshift(`${tag}:nth-of-type(${this.nthOfType(n)})`);
      n = n.parent;
    }
    return steps.join(' > ');
  }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
/** Elements whose end tag is optional: an unclosed one does not deepen the tree. */
const OPTIONAL_END = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'optgroup', 'dt', 'dd', 'tbody', 'thead', 'tfoot', 'colgroup', 'rt', 'rp']);
/** Tags never dropped by {@link limitNesting} (they carry facts and do not nest deeply in real pages). */
const KEEP = new Set(['a', 'area', 'form', 'input', 'select', 'option', 'textarea', 'button', 'script', 'style', 'title', 'meta', 'link', 'img', 'base', 'time', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'html', 'head', 'body', 'iframe', 'label']);

/**
 * Guard against pathologically deep markup (tens of thousands of unclosed `<div>`s): HTML tree building
 * is quadratic in nesting depth, so a hostile 5 MB page could stall the extractor. A linear pre-scan
 * estimates the depth; when it exceeds `maxDepth`, container tags opened beyond that depth (and the
 * matching end tags) are removed. Text and fact-carrying tags (links, forms, scripts, headings…) stay.
 *
 * @returns the input unchanged for normal pages, else the flattened markup and the estimated depth
 */
export function limitNesting(html: string, maxDepth = 1500): { html: string; depth: number; flattened: boolean } {
  const re = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(re)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  if (max <= maxDepth) return { html, depth: max, flattened: false };
  depth = 0;
  let dropped = 0;
  const out = html.replace(re, (tag, close: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || selfClose || KEEP.has(name)) return tag;
    if (close) {
      if (dropped > 0 && depth >= maxDepth) {
        dropped--;
        return '';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth >= maxDepth) {
      dropped++;
      return '';
    }
    depth++;
    return tag;
  });
  return { html: out, depth: max, flattened: true };
}
