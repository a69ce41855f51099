/** The site's published categories (chuyên mục) as navigation; each kind links to where its items are listed. */
import React from 'react';
import { findPublished, type Locale, type SiteDoc } from '../data';
import { tr } from '../i18n';
import { href } from '../paths';
import type { AnyDoc } from '../types';

/**
 * Where a category's items are listed: legal documents at `van-ban`, questions and answers at
 * `hoi-dap`, consultations at `lay-y-kien`; every other kind (news, plans, procurement, law
 * dissemination, other) at `chuyen-muc/<slug>`.
 */
export function categoryHref(site: SiteDoc, locale: Locale, cat: { kind?: string | null; slug?: string | null; id: number | string }): string {
  switch (cat.kind) {
    case 'legalDocuments':
      return href(site, locale, ['van-ban']);
    case 'qa':
      return href(site, locale, ['hoi-dap']);
    case 'consultations':
      return href(site, locale, ['lay-y-kien']);
    default:
      return href(site, locale, ['chuyen-muc', cat.slug || String(cat.id)]);
  }
}

/** Published categories of a site, in their editorial order. */
export async function siteCategories(site: SiteDoc, locale: Locale): Promise<AnyDoc[]> {
  const { docs } = await findPublished<AnyDoc>('categories', site, locale, { limit: 100, sort: 'order', depth: 0 });
  return docs;
}

export async function CategoryNav({ site, locale, current }: { site: SiteDoc; locale: Locale; current?: string }) {
  const cats = await siteCategories(site, locale);
  if (!cats.length) return null;
  return (
    <nav className="categories" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{tr(locale, 'Chuyên mục', 'Categories')}</h2>
      <ul>
        {cats.map((c) => (
          <li key={c.id}>
            <a href={categoryHref(site, locale, c)} aria-current={current === c.slug ? 'page' : undefined}>
              {c.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
