/**
 * Minimal Lexical (Payload rich text) documents from plain text, for provisioning and imports.
 * Paragraphs become paragraph nodes; a line starting with "## " becomes an h2 heading.
 */

type TextNode = { type: 'text'; text: string; version: 1; format: number; detail: 0; mode: 'normal'; style: '' };
type Block = { type: 'paragraph' | 'heading'; tag?: 'h2'; version: 1; direction: 'ltr'; format: ''; indent: 0; children: TextNode[]; textFormat?: 0 };

export interface LexicalDoc {
  root: { type: 'root'; version: 1; direction: 'ltr'; format: ''; indent: 0; children: Block[] };
}

const text = (t: string, bold = false): TextNode => ({ type: 'text', text: t, version: 1, format: bold ? 1 : 0, detail: 0, mode: 'normal', style: '' });

/** Builds a Lexical document; `**x**` at the start of a paragraph is rendered bold up to the closing `**`. */
export function richText(paragraphs: string[]): LexicalDoc {
  const children: Block[] = paragraphs.map((p) => {
    if (p.startsWith('## ')) {
      return { type: 'heading', tag: 'h2', version: 1, direction: 'ltr', format: '', indent: 0, children: [text(p.slice(3))] };
    }
    const m = /^\*\*(.+?)\*\*(.*)$/s.exec(p);
    const nodes = m ? [text(m[1], true), ...(m[2] ? [text(m[2])] : [])] : [text(p)];
    return { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: nodes };
  });
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } };
}

/** Plain text of a Lexical document (for search indexes, excerpts and tests). */
export function plainText(doc: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as { text?: string; children?: unknown[]; type?: string };
    if (typeof node.text === 'string') out.push(node.text);
    node.children?.forEach(walk);
    if (node.type === 'paragraph' || node.type === 'heading') out.push('\n');
  };
  walk((doc as { root?: unknown })?.root);
  return out.join('').replace(/\n+/g, '\n').trim();
}
