/** A section page (introduction, organisation, leaders, contacts, access to information, …) with its structured lists. */
import React from 'react';
import { RichText } from '@payloadcms/richtext-lexical/react';
import { findPublished, findPublishedOne, type Locale, type SiteDoc } from '../data';
import { formatDate, t } from '../i18n';
import type { RouteContext, PageResult, AnyDoc } from '../types';

export async function SectionPage({ site, locale, rest }: RouteContext): Promise<PageResult | null> {
  const s = t(locale);
  const page = await findPublishedOne<AnyDoc>('pages', site, locale, { slug: { equals: rest[0] } });
  if (!page) return null;
  const extra =
    page.section === 'leadership' || page.section === 'spokesperson' || page.section === 'contacts' ? (
      await OfficialsList({ site, locale, spokesperson: page.section === 'spokesperson' })
    ) : page.section === 'accessToInformation' ? (
      await DisclosureTable({ site, locale })
    ) : page.section === 'socialAccounts' ? (
      await SocialList({ site, locale })
    ) : null;
  return {
    sample: Boolean(page.sampleData),
    node: (
      <article className="page">
        <h1>{page.title}</h1>
        {page.content && <RichText data={page.content} />}
        {extra}
        <p className="meta">
          {s.updatedAt}: {formatDate(page.updatedAt)}
        </p>
      </article>
    ),
  };
}

async function OfficialsList({ site, locale, spokesperson }: { site: SiteDoc; locale: Locale; spokesperson: boolean }) {
  const s = t(locale);
  const { docs } = await findPublished<AnyDoc>('officials', site, locale, { limit: 100, sort: 'order', where: spokesperson ? { isSpokesperson: { equals: true } } : undefined });
  if (!docs.length) return null;
  return (
    <table className="officials">
      <caption>{s.leaders}</caption>
      <thead>
        <tr>
          <th scope="col">{locale === 'vi' ? 'Họ và tên' : 'Name'}</th>
          <th scope="col">{locale === 'vi' ? 'Chức vụ' : 'Position'}</th>
          <th scope="col">{s.phone}</th>
          <th scope="col">{s.email}</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((o) => (
          <tr key={o.id}>
            <td>{o.name}</td>
            <td>{o.position}</td>
            <td>{o.phone}</td>
            <td>{o.email && <a href={`mailto:${o.email}`}>{o.email}</a>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function DisclosureTable({ site, locale }: { site: SiteDoc; locale: Locale }) {
  const s = t(locale);
  const { docs } = await findPublished<AnyDoc>('disclosure-list', site, locale, { limit: 200, sort: 'order' });
  if (!docs.length) return null;
  return (
    <table className="disclosure">
      <caption>{s.disclosureList}</caption>
      <thead>
        <tr>
          <th scope="col">{locale === 'vi' ? 'Thông tin' : 'Item'}</th>
          <th scope="col">{locale === 'vi' ? 'Căn cứ' : 'Basis'}</th>
          <th scope="col">{locale === 'vi' ? 'Hình thức' : 'Form'}</th>
          <th scope="col">{locale === 'vi' ? 'Thời điểm' : 'Timing'}</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((d) => (
          <tr key={d.id}>
            <td>{d.link ? <a href={d.link}>{d.item}</a> : d.item}</td>
            <td>{d.legalBasis}</td>
            <td>{d.form}</td>
            <td>{d.timing}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function SocialList({ site, locale }: { site: SiteDoc; locale: Locale }) {
  const { docs } = await findPublished<AnyDoc>('social-accounts', site, locale, { limit: 50 });
  if (!docs.length) return null;
  return (
    <ul>
      {docs.map((a) => (
        <li key={a.id}>
          <a href={a.url} rel="noopener">
            {a.platform}: {a.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
