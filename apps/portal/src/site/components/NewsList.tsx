/** Post lists: a site's latest news (home), any list of posts (news pages), and the portal's block of news from every component site. */
import React from 'react';
import { findPublished, type Locale, type SiteDoc } from '../data';
import { formatDate, t, tr } from '../i18n';
import { href, sitePath } from '../paths';
import type { AnyDoc } from '../types';

/** Posts as a list of links with date and standfirst; `headingLevel` is the level of each title (default: plain link). */
export function PostList({ posts, site, locale }: { posts: AnyDoc[]; site: SiteDoc; locale: Locale }) {
  return (
    <ul className="news-list">
      {posts.map((p) => (
        <li key={p.id}>
          <a href={href(site, locale, ['tin-tuc', p.slug])}>{p.title}</a>
          <span className="meta"> — {formatDate(p.publishedAt)}</span>
          {p.excerpt && <p>{p.excerpt}</p>}
        </li>
      ))}
    </ul>
  );
}

export async function LatestNews({ site, locale, limit = 8 }: { site: SiteDoc; locale: Locale; limit?: number }) {
  const s = t(locale);
  const { docs, totalDocs } = await findPublished<AnyDoc>('posts', site, locale, { limit, sort: '-publishedAt' });
  return (
    <section aria-labelledby={`news-${site.id}`}>
      <h2 id={`news-${site.id}`}>{s.latestNews}</h2>
      {docs.length === 0 ? <p>{s.noItems}</p> : <PostList posts={docs} site={site} locale={locale} />}
      {totalDocs > 0 && (
        <p>
          <a href={href(site, locale, ['tin-tuc'])}>
            {tr(locale, 'Xem tất cả tin', 'All news')} ({totalDocs})
          </a>
        </p>
      )}
    </section>
  );
}

/**
 * "Tin từ các sở, ngành, địa phương": the newest published posts of every component site (not the
 * portal's own), each with its site's short name linking to that site.
 */
export async function ComponentSitesNews({ portal, locale, limit = 10 }: { portal: SiteDoc; locale: Locale; limit?: number }) {
  const { docs } = await findPublished<AnyDoc>('posts', null, locale, { limit, sort: '-publishedAt', where: { site: { not_equals: portal.id } } });
  const title = tr(locale, 'Tin từ các sở, ngành, địa phương', 'News from departments and localities');
  return (
    <section aria-labelledby="news-component-sites">
      <h2 id="news-component-sites">{title}</h2>
      {docs.length === 0 ? (
        <p>{t(locale).noItems}</p>
      ) : (
        <ul className="news-list">
          {docs.map((p) => {
            const site = p.site as SiteDoc | undefined;
            if (!site || typeof site !== 'object') return null;
            return (
              <li key={p.id}>
                <a className="site-tag" href={sitePath(site, locale)}>
                  {site.shortName || site.name}
                </a>{' '}
                <a href={href(site, locale, ['tin-tuc', p.slug])}>{p.title}</a>
                <span className="meta"> — {formatDate(p.publishedAt)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
