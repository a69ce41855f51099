/** Facts a page hands to the page head (Open Graph, Dublin Core, JSON-LD) beyond its title and description. */

/** An image as the head shows it: `url` is absolute or site-relative (`/api/media/file/…`). */
export interface MetaImage {
  url: string;
  alt?: string | null;
  width?: number | null;
  height?: number | null;
}

/** Article facts (set by the article page): og:type=article, NewsArticle JSON-LD, DC.date/creator/subject/source. */
export interface ArticleMeta {
  /** ISO 8601 instants. */
  published?: string | null;
  modified?: string | null;
  /** Byline (author or pen name); the site is the author when absent. */
  author?: string | null;
  /** Category names (article:section, DC.subject). */
  sections?: string[];
  /** Featured image. */
  image?: MetaImage | null;
  /** Original source of a republished article (DC.source, isBasedOn). */
  source?: { name?: string | null; url?: string | null; author?: string | null } | null;
}
