/**
 * The site search form (GET `tim-kiem?q=…`): a labelled search field and a button, works without JavaScript.
 * `compact` is the header variant (label visually hidden); `portalScope` adds the portal's "only the portal"
 * option (`pham-vi=cong`).
 */
import React from 'react';
import type { Locale } from '../data';
import { tr } from '../i18n';

/** `action` is the site's `tim-kiem` URL; `q` prefills the field. */
export function SearchForm({ action, locale, q = '', portalScope, compact = false }: { action: string; locale: Locale; q?: string; portalScope?: 'all' | 'cong'; compact?: boolean }) {
  const id = compact ? 'search-q-header' : 'search-q';
  return (
    <form role="search" method="get" action={action} aria-label={compact ? tr(locale, 'Tìm kiếm nhanh', 'Quick search') : tr(locale, 'Tìm kiếm nội dung', 'Search the content')} className={compact ? 'search-form search-form-compact' : 'search-form'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {tr(locale, 'Từ khoá tìm kiếm', 'Search terms')}
      </label>
      <input id={id} type="search" name="q" defaultValue={q} maxLength={200} placeholder={compact ? tr(locale, 'Tìm kiếm…', 'Search…') : undefined} />
      {portalScope && (
        <span className="search-scope">
          <input id="search-scope-portal" type="checkbox" name="pham-vi" value="cong" defaultChecked={portalScope === 'cong'} />
          <label htmlFor="search-scope-portal">{tr(locale, 'Chỉ tìm trên Cổng tỉnh', 'Only the provincial portal')}</label>
        </span>
      )}
      <button type="submit">{tr(locale, 'Tìm kiếm', 'Search')}</button>
    </form>
  );
}

