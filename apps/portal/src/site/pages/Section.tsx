/**
 * A section page (introduction, history, organisation, functions, leaders, contacts, spokesperson, social
 * accounts, access to information, privacy, map, …) with the structured lists its section asks for:
 * - organisationStructure: the units tree (Units) with phone and e-mail;
 * - leadership / contacts / spokesperson: officials with position, unit, phone and official e-mail (N42-4.1e);
 * - socialAccounts: the official accounts (N244, N42-5.2);
 * - accessToInformation: the disclosure list with its creation/update dates (LTC-34.1b, N13-6.3).
 */
import React from 'react';
import type { Where } from 'payload';
import { RichText } from '@payloadcms/richtext-lexical/react';
import { findPublished, findPublishedOne, type Locale, type SiteDoc } from '../data';
import { formatDate, t, tr } from '../i18n';
import type { RouteContext, PageResult, AnyDoc } from '../types';

export async function SectionPage({ site, locale, rest }: RouteContext): Promise<PageResult | null> {
  const s = t(locale);
  if (!/^[a-z0-9-]+$/.test(rest[0])) return null;
  const page = await findPublishedOne<AnyDoc>('pages', site, locale, { slug: { equals: rest[0] } });
  if (!page) return null;
  const extra =
    page.section === 'organisationStructure' ? (
      await UnitsTree({ site, locale })
    ) : page.section === 'leadership' || page.section === 'spokesperson' || page.section === 'contacts' ? (
      await OfficialsList({ site, locale, section: page.section })
    ) : page.section === 'accessToInformation' ? (
      await DisclosureTable({ site, locale })
    ) : page.section === 'socialAccounts' ? (
      await SocialList({ site, locale })
    ) : null;
  const image = page.image && typeof page.image === 'object' && page.image.url ? page.image : null;
  return {
    title: page.title,
    sample: Boolean(page.sampleData),
    node: (
      <article className="page">
        <h1>{page.title}</h1>
        {page.summary && <p className="lead">{page.summary}</p>}
        {page.content && <RichText data={page.content} />}
        {image && (
          <figure>
            <img src={image.url} alt={image.alt || page.title} width={image.width ?? undefined} height={image.height ?? undefined} className="figure-img" />
            {image.caption && <figcaption>{image.caption}</figcaption>}
          </figure>
        )}
        {extra}
        <p className="meta">
          {s.updatedAt}: {formatDate(page.updatedAt)}
        </p>
      </article>
    ),
  };
}

/** Officials of the section: leaders and contact points (leadership, contacts) or the spokespersons. */
async function OfficialsList({ site, locale, section }: { site: SiteDoc; locale: Locale; section: string }) {
  const s = t(locale);
  const where: Where | undefined =
    section === 'spokesperson' ? { isSpokesperson: { equals: true } } : section === 'contacts' ? { or: [{ isContactPoint: { equals: true } }, { isLeader: { equals: true } }] } : undefined;
  const { docs } = await findPublished<AnyDoc>('officials', site, locale, { limit: 100, sort: 'order', where });
  if (!docs.length) return null;
  const caption =
    section === 'spokesperson'
      ? tr(locale, 'Người phát ngôn và người được giao phát ngôn', 'Spokesperson and delegated spokespersons')
      : section === 'contacts'
        ? tr(locale, 'Lãnh đạo và cán bộ đầu mối liên hệ', 'Leaders and contact points')
        : s.leaders;
  return (
    <table className="officials stack">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{tr(locale, 'Họ và tên', 'Name')}</th>
          <th scope="col">{tr(locale, 'Chức vụ', 'Position')}</th>
          <th scope="col">{tr(locale, 'Đơn vị', 'Unit')}</th>
          <th scope="col">{s.phone}</th>
          <th scope="col">{tr(locale, 'Thư điện tử công vụ', 'Official e-mail')}</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((o) => (
          <tr key={o.id}>
            <th scope="row">{o.name}</th>
            <td data-label={tr(locale, 'Chức vụ', 'Position')}>{o.position}</td>
            <td data-label={tr(locale, 'Đơn vị', 'Unit')}>{o.unit && typeof o.unit === 'object' ? o.unit.name : ''}</td>
            <td data-label={s.phone}>{o.phone && <a href={`tel:${String(o.phone).replace(/[^\d+]/g, '')}`}>{o.phone}</a>}</td>
            <td data-label={tr(locale, 'Thư điện tử công vụ', 'Official e-mail')}>{o.email && <a href={`mailto:${o.email}`}>{o.email}</a>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The organisation chart as nested lists (Units with `parentUnit`), each unit with its contacts. */
async function UnitsTree({ site, locale }: { site: SiteDoc; locale: Locale }) {
  const { docs } = await findPublished<AnyDoc>('units', site, locale, { limit: 500, sort: 'order', depth: 0 });
  if (!docs.length) return null;
  const ids = new Set(docs.map((u) => String(u.id)));
  const children = new Map<string, AnyDoc[]>();
  for (const u of docs) {
    const parent = u.parentUnit != null && ids.has(String(u.parentUnit)) ? String(u.parentUnit) : '';
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const render = (parent: string, depth: number): React.ReactNode => {
    const list = children.get(parent);
    if (!list?.length || depth > 8) return null;
    return (
      <ul className="units">
        {list.map((u) => (
          <li key={u.id}>
            <strong>{u.name}</strong>
            {(u.phone || u.email || u.address) && (
              <span className="meta">
                {u.address ? ` — ${u.address}` : ''}
                {u.phone ? (
                  <>
                    {' — '}
                    {t(locale).phone}: <a href={`tel:${String(u.phone).replace(/[^\d+]/g, '')}`}>{u.phone}</a>
                  </>
                ) : null}
                {u.email ? (
                  <>
                    {' — '}
                    <a href={`mailto:${u.email}`}>{u.email}</a>
                  </>
                ) : null}
              </span>
            )}
            {render(String(u.id), depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section aria-labelledby="units-heading">
      <h2 id="units-heading">{tr(locale, 'Các đơn vị', 'Units')}</h2>
      {render('', 0)}
    </section>
  );
}

/** The disclosure list with its creation and update dates (Decree 13/2018 Art. 6(3), N13-6.3). */
async function DisclosureTable({ site, locale }: { site: SiteDoc; locale: Locale }) {
  const s = t(locale);
  const { docs } = await findPublished<AnyDoc>('disclosure-list', site, locale, { limit: 200, sort: 'order' });
  if (!docs.length) return null;
  return (
    <table className="disclosure stack">
      <caption>{s.disclosureList}</caption>
      <thead>
        <tr>
          <th scope="col">{tr(locale, 'Thông tin', 'Item')}</th>
          <th scope="col">{tr(locale, 'Căn cứ', 'Basis')}</th>
          <th scope="col">{tr(locale, 'Hình thức công khai', 'Form')}</th>
          <th scope="col">{tr(locale, 'Thời điểm, thời hạn công khai', 'Timing')}</th>
          <th scope="col">{tr(locale, 'Đơn vị đầu mối', 'Responsible unit')}</th>
          <th scope="col">{tr(locale, 'Ngày tạo / cập nhật', 'Created / updated')}</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.link ? <a href={d.link}>{d.item}</a> : d.item}</th>
            <td data-label={tr(locale, 'Căn cứ', 'Basis')}>{d.legalBasis}</td>
            <td data-label={tr(locale, 'Hình thức công khai', 'Form')}>{d.form}</td>
            <td data-label={tr(locale, 'Thời điểm, thời hạn công khai', 'Timing')}>{d.timing}</td>
            <td data-label={tr(locale, 'Đơn vị đầu mối', 'Responsible unit')}>{d.responsibleUnit}</td>
            <td data-label={tr(locale, 'Ngày tạo / cập nhật', 'Created / updated')}>
              <time dateTime={d.createdAt}>{formatDate(d.createdAt)}</time>
              {formatDate(d.updatedAt) !== formatDate(d.createdAt) && (
                <>
                  {' / '}
                  <time dateTime={d.updatedAt}>{formatDate(d.updatedAt)}</time>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PLATFORMS: Record<string, string> = { facebook: 'Facebook', zalo: 'Zalo', youtube: 'YouTube', tiktok: 'TikTok', x: 'X' };

async function SocialList({ site, locale }: { site: SiteDoc; locale: Locale }) {
  const { docs } = await findPublished<AnyDoc>('social-accounts', site, locale, { limit: 50 });
  if (!docs.length) return null;
  return (
    <table className="social">
      <caption>{tr(locale, 'Tài khoản mạng xã hội chính thức', 'Official social-media accounts')}</caption>
      <thead>
        <tr>
          <th scope="col">{tr(locale, 'Nền tảng', 'Platform')}</th>
          <th scope="col">{tr(locale, 'Tài khoản', 'Account')}</th>
          <th scope="col">{tr(locale, 'Đơn vị quản lý', 'Managed by')}</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((a) => (
          <tr key={a.id}>
            <td>{PLATFORMS[a.platform] ?? tr(locale, 'Khác', 'Other')}</td>
            <td>
              <a href={a.url} rel="noopener">
                {a.name}
              </a>
            </td>
            <td>{a.managingUnit}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
