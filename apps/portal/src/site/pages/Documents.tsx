/** Legal documents of a site: the list and one document's detail page. */
import React from 'react';
import { findPublished, findPublishedOne } from '../data';
import { formatDate, t } from '../i18n';
import { DocumentTable } from '../components/DocumentTable';
import type { RouteContext, PageResult, AnyDoc } from '../types';

export async function DocumentListPage({ site, locale }: RouteContext): Promise<PageResult> {
  const s = t(locale);
  const { docs, totalDocs } = await findPublished<AnyDoc>('legal-documents', site, locale, { limit: 50, sort: '-issuedOn' });
  return { node: (
    <section>
      <h1>
        {s.legalDocuments} ({totalDocs})
      </h1>
      {docs.length ? <DocumentTable docs={docs} site={site} locale={locale} /> : <p>{s.noItems}</p>}
    </section>
  ) };
}

export async function DocumentPage({ site, locale, rest }: RouteContext): Promise<PageResult | null> {
  const s = t(locale);
  const doc = await findPublishedOne<AnyDoc>('legal-documents', site, locale, { id: { equals: rest[1] } });
  if (!doc) return null;
  const rows: [string, React.ReactNode][] = [
    [s.number, doc.documentNumber],
    [s.type, doc.type],
    [s.issuer, doc.issuer],
    [s.signer, doc.signer],
    [s.issuedOn, formatDate(doc.issuedOn)],
    [s.effectiveOn, formatDate(doc.effectiveOn)],
    [s.summary, doc.summary],
  ];
  return {
    node: (
      <article className="legal-document">
        <h1>
          {doc.type} {doc.documentNumber}
        </h1>
        <dl className="doc-props">
          {rows
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <React.Fragment key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </React.Fragment>
            ))}
        </dl>
        {doc.attachments?.length > 0 && (
          <>
            <h2>{s.attachments}</h2>
            <ul>
              {doc.attachments.map((a: { url: string; id?: string }, i: number) => (
                <li key={a.id ?? i}>{a.url.split('/').pop()?.split('?')[0]}</li>
              ))}
            </ul>
          </>
        )}
      </article>
    ),
  };
}
