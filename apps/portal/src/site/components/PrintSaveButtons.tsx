'use client';
/**
 * Print and save controls of an article (Decree 42/2022 Art. 7(1)(c): print and archive function for each
 * item). "In bài" opens the browser's print dialog (the print stylesheet, public/print.css, hides the frame and
 * prints the URL and site identity). "Lưu bài" downloads the article as a self-contained HTML file (text, images
 * by absolute URL, the source URL and the site name), readable offline.
 */
import React from 'react';

export interface PrintSaveLabels {
  print: string;
  save: string;
  saveHint: string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The article element as a standalone HTML document (scripts, controls and related links removed). */
function articleDocument(article: HTMLElement, siteName: string): string {
  const clone = article.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('script, .article-tools, .related, .print-only').forEach((n) => n.remove());
  clone.querySelectorAll<HTMLImageElement>('img').forEach((img) => img.setAttribute('src', img.src));
  clone.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((a) => a.setAttribute('href', a.href));
  const url = location.href.split('#')[0];
  const title = document.title;
  return [
    '<!doctype html>',
    `<html lang="${esc(document.documentElement.lang || 'vi')}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    '<style>body{font:18px/1.6 "Times New Roman",Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}img{max-width:100%;height:auto}.saved-from{font:14px/1.4 system-ui,sans-serif;border-bottom:1px solid #999;padding-bottom:.5rem}</style>',
    '</head><body>',
    `<p class="saved-from">${esc(siteName)} — <a href="${esc(url)}">${esc(url)}</a></p>`,
    clone.outerHTML,
    '</body></html>',
  ].join('\n');
}

export function PrintSaveButtons({ labels, siteName, fileName }: { labels: PrintSaveLabels; siteName: string; fileName: string }) {
  const save = (e: React.MouseEvent<HTMLButtonElement>) => {
    const article = e.currentTarget.closest('article');
    if (!article) return;
    const blob = new Blob([articleDocument(article, siteName)], { type: 'text/html;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${fileName}.html`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <>
      <button type="button" className="article-tool print-button" onClick={() => window.print()}>
        {labels.print}
      </button>
      <button type="button" className="article-tool save-button" onClick={save} title={labels.saveHint}>
        {labels.save}
      </button>
    </>
  );
}
