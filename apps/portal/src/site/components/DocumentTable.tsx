/** The legal-document table (number, date, summary) and the home-page block of the latest documents. */
import React from 'react';
import { findPublished, type Locale, type SiteDoc } from '../data';
import { formatDate, t } from '../i18n';
import { sitePath } from '../paths';
import type { AnyDoc } from '../types';
import { VALIDITY } from '../../collections/LegalDocuments';

/** Label of a validity value in `locale` ("Còn hiệu lực"); the raw value when unknown. */
export const validityLabel = (value: string | null | undefined, locale: Locale): string => VALIDITY.find((v) => v.value === value)?.label[locale] ?? value ?? '';

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

/** The table of documents; `detailed` adds type, issuer and validity columns (the full list page). */
export function DocumentTable({ docs, site, locale, detailed = false }: { docs: AnyDoc[]; site: SiteDoc; locale: Locale; detailed?: boolean }) {
  const s = t(locale);
  return (
    <table className="docs stack">
      <caption className="visually-hidden">{s.legalDocuments}</caption>
      <thead>
        <tr>
          <th scope="col">{s.number}</th>
          <th scope="col">{s.issuedOn}</th>
          {detailed && <th scope="col">{s.type}</th>}
          <th scope="col">{s.summary}</th>
          {detailed && <th scope="col">{s.issuer}</th>}
          {detailed && <th scope="col">{s.validity}</th>}
        </tr>
      </thead>
      <tbody>
        {docs.map((d) => (
          <tr key={d.id}>
            <td data-label={s.number}>
              <a href={`${sitePath(site, locale)}van-ban/${d.id}`}>{d.documentNumber}</a>
            </td>
            <td data-label={s.issuedOn}>{formatDate(d.issuedOn)}</td>
            {detailed && <td data-label={s.type}>{d.type}</td>}
            <td data-label={s.summary}>{d.summary}</td>
            {detailed && <td data-label={s.issuer}>{d.issuer}</td>}
            {detailed && <td data-label={s.validity}>{validityLabel(d.validity, locale)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
