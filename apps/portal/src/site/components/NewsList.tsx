/** Latest published posts of a site, newest first. */
import React from 'react';
import { findPublished, type Locale, type SiteDoc } from '../data';
import { formatDate, t } from '../i18n';
import { sitePath } from '../paths';
import type { AnyDoc } from '../types';

export async function LatestNews({ site, locale, limit = 8 }: { site: SiteDoc; locale: Locale; limit?: number }) {
  const s = t(locale);
  const { docs } = await findPublished<AnyDoc>('posts', site, locale, { limit, sort: '-publishedAt' });
  return (
    <section aria-labelledby={`news-${site.id}`}>
      <h2 id={`news-${site.id}`}>{s.latestNews}</h2>
      {docs.length === 0 ? (
        <p>{s.noItems}</p>
      ) : (
        <ul className="news-list">
          {docs.map((p) => (
            <li key={p.id}>
              <a href={`${sitePath(site, locale)}tin-tuc/${p.slug}`}>{p.title}</a>
              <span className="meta"> — {formatDate(p.publishedAt)}</span>
              {p.excerpt && <p>{p.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
