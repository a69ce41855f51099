/** The legal-document table (number, date, summary) and the home-page block of the latest documents. */
import React from 'react';
import { findPublished, type Locale, type SiteDoc } from '../data';
import { formatDate, t } from '../i18n';
import { sitePath } from '../paths';
import type { AnyDoc } from '../types';

export async function LatestDocuments({ site, locale, limit = 10 }: { site: SiteDoc; locale: Locale; limit?: number }) {
  const s = t(locale);
  const { docs, totalDocs } = await findPublished<AnyDoc>('legal-documents', site, locale, { limit, sort: '-issuedOn' });
  return (
    <section aria-labelledby={`docs-${site.id}`}>
      <h2 id={`docs-${site.id}`}>{s.legalDocuments}</h2>
      {docs.length === 0 ? <p>{s.noItems}</p> : <DocumentTable docs={docs} site={site} locale={locale} />}
      {totalDocs > docs.length && (
        <p>
          <a href={`${sitePath(site, locale)}van-ban`}>
            {s.allDocuments} ({totalDocs})
          </a>
        </p>
      )}
    </section>
  );
}

export function DocumentTable({ docs, site, locale }: { docs: AnyDoc[]; site: SiteDoc; locale: Locale }) {
  const s = t(locale);
  return (
    <table className="docs">
      <caption className="visually-hidden">{s.legalDocuments}</caption>
      <thead>
        <tr>
          <th scope="col">{s.number}</th>
          <th scope="col">{s.issuedOn}</th>
          <th scope="col">{s.summary}</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((d) => (
          <tr key={d.id}>
            <td>
              <a href={`${sitePath(site, locale)}van-ban/${d.id}`}>{d.documentNumber}</a>
            </td>
            <td>{formatDate(d.issuedOn)}</td>
            <td>{d.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
