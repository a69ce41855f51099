/** Download links for uploaded files (Media) and plain attachment URLs, with the file name and size. */
import React from 'react';
import type { Locale } from '../data';
import { tr } from '../i18n';
import type { AnyDoc } from '../types';

/** "1,2 MB" / "340 kB" for a byte count. */
export const fileSize = (bytes: number | null | undefined): string =>
  !bytes ? '' : bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;

/** Last path segment of a URL, URI-decoded when it can be. */
function fileNameOf(url: string): string {
  const last = url.split('/').pop()?.split('?')[0] || url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** `files`: Media documents (depth ≥ 1; unpopulated ids are skipped); `urls`: attachment links. Nothing when both are empty. */
export function FileLinks({ files = [], urls = [], locale, heading }: { files?: (AnyDoc | number | string)[] | null; urls?: string[]; locale: Locale; heading: string }) {
  const media = (files ?? []).filter((f): f is AnyDoc => typeof f === 'object' && f !== null && typeof f.url === 'string');
  if (!media.length && !urls.length) return null;
  return (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      <ul className="files">
        {media.map((f) => (
          <li key={`m-${f.id}`}>
            <a href={f.url} download={f.filename ?? true}>
              {f.title || f.alt || f.filename}
            </a>{' '}
            <span className="meta">
              ({[f.mimeType?.split('/').pop()?.toUpperCase(), fileSize(f.filesize)].filter(Boolean).join(', ') || tr(locale, 'tệp', 'file')})
            </span>
          </li>
        ))}
        {urls.map((u, i) => (
          <li key={`u-${i}`}>
            {/^https?:\/\//i.test(u) ? (
              <a href={u} download>
                {fileNameOf(u)}
              </a>
            ) : (
              // A path relative to the source site of an import: linking it here would be a dead link.
              <>
                {fileNameOf(u)} <span className="meta">({tr(locale, 'tệp trên trang nguồn, chưa có đường dẫn đầy đủ', 'file on the source site; no full address yet')})</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
