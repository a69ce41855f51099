/**
 * A published post, `tin-tuc/<slug>`: category link, title, first published and last updated (<time datetime>),
 * byline, print / save / share (Facebook, Zalo) controls, featured image with its alternative text, standfirst,
 * body, the source of a republished article (citation fields: source, original author and time, link, permission),
 * the page URL and site identity for print, and related posts of the same category.
 * Metadata (NewsArticle JSON-LD, Open Graph article, Dublin Core) is handed to the frame through `article`.
 */
import React from 'react';
import type { Where } from 'payload';
import { RichText } from '@payloadcms/richtext-lexical/react';
import { findPublished, findPublishedOne, type Locale, type SiteDoc } from '../data';
import { formatDate, t } from '../i18n';
import { href } from '../paths';
import { categoryHref } from '../components/CategoryNav';
import { PrintSaveButtons } from '../components/PrintSaveButtons';
import { requestOrigin } from '../meta/origin';
import { m } from '../meta/strings';
import { absolute } from '../meta/urls';
import type { MetaImage } from '../meta/types';
import type { RouteContext, PageResult, AnyDoc } from '../types';

/** "dd/mm/yyyy hh:mm" in Vietnam time. */
function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return `${formatDate(iso)} ${time}`;
}

/** Featured image of a post (populated upload at depth 1), with alt text falling back to caption, then the title. */
function heroOf(post: AnyDoc): (MetaImage & { caption?: string | null }) | null {
  const media = post.heroImage;
  if (!media || typeof media !== 'object' || !media.url) return null;
  return { url: media.url, alt: media.alt || media.caption || post.title, width: media.width ?? null, height: media.height ?? null, caption: media.caption ?? null };
}

/** Facebook and Zalo share URLs of an absolute page URL (plain links: no third-party script on the page). */
export function shareLinks(url: string): { facebook: string; zalo: string } {
  const u = encodeURIComponent(url);
  return { facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`, zalo: `https://sp.zalo.me/share_to_zalo?url=${u}` };
}

export async function ArticlePage({ site, locale, rest }: RouteContext): Promise<PageResult | null> {
  const s = t(locale);
  const ms = m(locale);
  const post = await findPublishedOne<AnyDoc>('posts', site, locale, { slug: { equals: rest[1] } });
  if (!post) return null;
  const otherLocale: Locale = locale === 'vi' ? 'en' : 'vi';
  const [origin, translated, related] = await Promise.all([
    requestOrigin(),
    findPublishedOne<AnyDoc>('posts', site, otherLocale, { id: { equals: post.id } }),
    relatedPosts(site, locale, post),
  ]);
  const url = absolute(origin, href(site, locale, ['tin-tuc', post.slug]));
  const cats = (Array.isArray(post.categories) ? post.categories : []).filter((c: unknown): c is AnyDoc => Boolean(c) && typeof c === 'object' && 'name' in (c as object));
  const hero = heroOf(post);
  const c = post.citation ?? {};
  const republished = c.kind === 'republished' && (c.sourceName || c.sourceUrl);
  const share = shareLinks(url);
  const published = post.publishedAt ?? post.createdAt;
  return {
    sample: Boolean(post.sampleData),
    title: post.title,
    description: post.excerpt || undefined,
    altExists: Boolean(translated),
    article: {
      published,
      modified: post.updatedAt,
      author: post.authorName || null,
      sections: cats.map((x) => String(x.name)),
      image: hero,
      source: republished ? { name: c.sourceName, url: c.sourceUrl, author: c.originalAuthor } : null,
    },
    node: (
      <article className="article" aria-labelledby="article-title">
        {cats.length > 0 && (
          <p className="breadcrumb">
            <span className="visually-hidden">{ms.category}: </span>
            {cats.map((x, i) => (
              <React.Fragment key={x.id}>
                {i > 0 && ' · '}
                <a href={categoryHref(site, locale, x as AnyDoc & { kind?: string })} rel="tag">
                  {x.name}
                </a>
              </React.Fragment>
            ))}
          </p>
        )}
        <h1 id="article-title">{post.title}</h1>
        <p className="meta">
          {s.publishedAt}: <time dateTime={published}>{formatDateTime(published)}</time>
          {post.updatedAt && (
            <>
              {' · '}
              {s.updatedAt}: <time dateTime={post.updatedAt}>{formatDateTime(post.updatedAt)}</time>
            </>
          )}
          {post.authorName && (
            <>
              {' · '}
              {ms.author}: <span className="byline">{post.authorName}</span>
            </>
          )}
        </p>
        <div className="article-tools" role="group" aria-label={ms.articleTools}>
          <PrintSaveButtons labels={{ print: ms.print, save: ms.save, saveHint: ms.saveHint }} siteName={site.name} fileName={post.slug} />
          <a className="article-tool share-facebook" href={share.facebook} target="_blank" rel="noopener noreferrer">
            Facebook<span className="visually-hidden"> – {ms.shareFacebook} {ms.newWindow}</span>
          </a>
          <a className="article-tool share-zalo" href={share.zalo} target="_blank" rel="noopener noreferrer">
            Zalo<span className="visually-hidden"> – {ms.shareZalo} {ms.newWindow}</span>
          </a>
        </div>
        {hero && (
          <figure className="article-figure">
            <img src={hero.url} alt={hero.alt ?? ''} width={hero.width ?? undefined} height={hero.height ?? undefined} />
            {hero.caption && <figcaption>{hero.caption}</figcaption>}
          </figure>
        )}
        {post.excerpt && <p className="lead">{post.excerpt}</p>}
        {post.content && (
          <div className="content">
            <RichText data={post.content} />
          </div>
        )}
        {republished && (
          <div className="citation">
            <p>
              {ms.source}:{' '}
              {c.sourceUrl ? (
                <a href={c.sourceUrl} rel="noopener noreferrer nofollow">
                  {c.sourceName || c.sourceUrl}
                </a>
              ) : (
                c.sourceName
              )}
            </p>
            {c.originalAuthor && (
              <p>
                {ms.originalAuthor}: {c.originalAuthor}
              </p>
            )}
            {c.originalPublishedAt && (
              <p>
                {ms.originalPublished}: <time dateTime={c.originalPublishedAt}>{formatDateTime(c.originalPublishedAt)}</time>
              </p>
            )}
            {c.permission?.reference && (
              <p>
                {ms.permission}: {c.permission.reference}
                {c.permission.grantedOn ? ` (${formatDate(c.permission.grantedOn)})` : ''}
              </p>
            )}
          </div>
        )}
        <p className="print-only">
          {ms.printedFrom} {site.name} ({site.governingAgency}): {url}
        </p>
        {related.length > 0 && (
          <section className="related" aria-labelledby="related-heading">
            <h2 id="related-heading">{ms.related}</h2>
            <ul className="news-list">
              {related.map((p) => (
                <li key={p.id}>
                  <a href={href(site, locale, ['tin-tuc', p.slug])}>{p.title}</a>
                  <span className="meta">
                    {' — '}
                    <time dateTime={p.publishedAt}>{formatDate(p.publishedAt)}</time>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    ),
  };
}

/** Up to 5 other published posts of the site in the post's first category (else the site's latest), newest first. */
async function relatedPosts(site: SiteDoc, locale: Locale, post: AnyDoc): Promise<AnyDoc[]> {
  const first = Array.isArray(post.categories) ? post.categories[0] : null;
  const catId = first && typeof first === 'object' ? first.id : first;
  const where: Where = catId ? { and: [{ id: { not_equals: post.id } }, { categories: { in: [catId] } }] } : { id: { not_equals: post.id } };
  const { docs } = await findPublished<AnyDoc>('posts', site, locale, { where, limit: 5, sort: '-publishedAt', depth: 0 });
  return docs;
}
