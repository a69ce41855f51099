/** A published post: title, dates, lead, body, source of a republished article. */
import React from 'react';
import { RichText } from '@payloadcms/richtext-lexical/react';
import { findPublishedOne } from '../data';
import { formatDate, t } from '../i18n';
import type { RouteContext, PageResult, AnyDoc } from '../types';

export async function ArticlePage({ site, locale, rest }: RouteContext): Promise<PageResult | null> {
  const s = t(locale);
  const post = await findPublishedOne<AnyDoc>('posts', site, locale, { slug: { equals: rest[1] } });
  if (!post) return null;
  return {
    sample: Boolean(post.sampleData),
    node: (
      <article className="article">
        <h1>{post.title}</h1>
        <p className="meta">
          {s.publishedAt}: {formatDate(post.publishedAt)} · {s.updatedAt}: {formatDate(post.updatedAt)}
          {post.authorName ? ` · ${post.authorName}` : ''}
        </p>
        {post.excerpt && <p className="lead">{post.excerpt}</p>}
        {post.content && <RichText data={post.content} />}
        {post.citation?.kind === 'republished' && post.citation.sourceName && (
          <p className="source">
            {s.source}: {post.citation.sourceName}
            {post.citation.originalAuthor ? `, ${post.citation.originalAuthor}` : ''}
          </p>
        )}
      </article>
    ),
  };
}
