/**
 * Shown instead of a 404 when a page exists in the other language only (e.g. an article published in
 * Vietnamese, not yet in English): says so plainly, in the language asked for, and links to the page in
 * the other language and to this language's home. Marked noindex (the meta helper renders robots).
 */
import React from 'react';
import type { Locale, SiteDoc } from '../data';
import { tr } from '../i18n';
import { sitePath } from '../paths';
import type { PageResult } from '../types';

export function noTranslationPage({ site, locale, otherHref, otherTitle }: { site: SiteDoc; locale: Locale; otherHref: string; otherTitle?: string }): PageResult {
  const title = tr(locale, 'Trang này chưa có bản tiếng Việt', 'This page has no English version yet');
  return {
    title,
    altHref: otherHref,
    // This placeholder is not a translation of the other page: no hreflang pair.
    altExists: false,
    node: (
      <section className="no-translation" aria-labelledby="list-heading">
        <meta name="robots" content="noindex" />
        <h1 id="list-heading">{title}</h1>
        <p>
          {tr(locale, 'Nội dung này hiện chỉ có bằng tiếng Anh:', 'This content is available in Vietnamese only for now:')}{' '}
          <a href={otherHref} hrefLang={locale === 'vi' ? 'en' : 'vi'} lang={locale === 'vi' ? 'en' : 'vi'}>
            {otherTitle || otherHref}
          </a>
        </p>
        <p>
          <a href={sitePath(site, locale)}>{tr(locale, 'Về trang chủ tiếng Việt', 'Go to the English home page')}</a>
        </p>
      </section>
    ),
  };
}
