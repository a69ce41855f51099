/**
 * RSS 2.0 serialisation (pure: no database). Channel: title, link, description, language, lastBuildDate (RFC 822),
 * generator, docs, atom:link rel=self, image. Item: title, link, guid (the permalink, isPermaLink=true), pubDate
 * (RFC 822), description (plain text), category, source.
 */
import type { Locale } from '../data';
import { rfc822, xmlEscape } from './xml';

export interface RssItem {
  title: string;
  link: string;
  pubDate: string;
  description?: string | null;
  categories?: string[];
  source?: { name: string; url: string } | null;
}

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  language: Locale;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  self: string;
  /** ISO instant; the newest item's modification time, or now for an empty feed. */
  lastBuildDate: string;
  image?: { url: string; title: string; link: string };
  items: RssItem[];
}

/** Serialises a channel as an RSS 2.0 document (UTF-8). */
export function renderRss(ch: RssChannel): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xmlEscape(ch.title)}</title>`,
    `<link>${xmlEscape(ch.link)}</link>`,
    `<description>${xmlEscape(ch.description)}</description>`,
    `<language>${ch.language}</language>`,
    `<lastBuildDate>${rfc822(ch.lastBuildDate)}</lastBuildDate>`,
    '<generator>Cổng</generator>',
    '<docs>https://www.rssboard.org/rss-specification</docs>',
    `<atom:link href="${xmlEscape(ch.self)}" rel="self" type="application/rss+xml"/>`,
  ];
  if (ch.image) out.push(`<image><url>${xmlEscape(ch.image.url)}</url><title>${xmlEscape(ch.image.title)}</title><link>${xmlEscape(ch.image.link)}</link></image>`);
  for (const it of ch.items) {
    out.push('<item>');
    out.push(`<title>${xmlEscape(it.title)}</title>`);
    out.push(`<link>${xmlEscape(it.link)}</link>`);
    out.push(`<guid isPermaLink="true">${xmlEscape(it.link)}</guid>`);
    out.push(`<pubDate>${rfc822(it.pubDate)}</pubDate>`);
    if (it.description) out.push(`<description>${xmlEscape(it.description)}</description>`);
    for (const c of it.categories ?? []) out.push(`<category>${xmlEscape(c)}</category>`);
    if (it.source) out.push(`<source url="${xmlEscape(it.source.url)}">${xmlEscape(it.source.name)}</source>`);
    out.push('</item>');
  }
  out.push('</channel>', '</rss>', '');
  return out.join('\n');
}
