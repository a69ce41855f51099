/**
 * Resolves a public path to a page and renders it. Paths (vi; English under /en):
 *   /                                  portal home (component sites by level, latest news, documents)
 *   /<section-slug>                    a page of the portal (gioi-thieu, co-cau-to-chuc, …)
 *   /tin-tuc/<post-slug>               a post of the portal
 *   /van-ban, /van-ban/<id>            legal documents of the portal
 *   /<site-slug>/…                     the same for a component site
 */
import React from 'react';
import { notFound } from 'next/navigation';
import { RichText } from '@payloadcms/richtext-lexical/react';
import { findPortal, findPublished, findPublishedOne, findSiteBySlug, listComponentSites, type Locale, type SiteDoc } from './data';
import { Chrome } from './Chrome';
import { formatDate, t } from './i18n';
import { sitePath } from './paths';

type AnyDoc = Record<string, any> & { id: number | string };

export async function renderPath(locale: Locale, path: string[]): Promise<React.ReactElement> {
  const portal = await findPortal(locale);
  if (!portal) notFound();
  let site: SiteDoc = portal;
  let rest = path.map((p) => decodeURIComponent(p));
  if (rest.length) {
    const candidate = await findSiteBySlug(rest[0], locale);
    if (candidate && candidate.level !== 'province') {
      site = candidate;
      rest = rest.slice(1);
    }
  }
  const altLocale: Locale = locale === 'vi' ? 'en' : 'vi';
  const altHref = `${altLocale === 'en' ? '/en' : ''}/${path.join('/')}`;
  const body = await renderBody(site, portal, locale, rest);
  if (!body) notFound();
  const sample = Boolean(site.sampleData || body.sample);
  return (
    <Chrome site={site} portal={portal} locale={locale} sample={sample} altHref={altHref}>
      {body.node}
    </Chrome>
  );
}

async function renderBody(site: SiteDoc, portal: SiteDoc, locale: Locale, rest: string[]): Promise<{ node: React.ReactNode; sample?: boolean } | null> {
  if (rest.length === 0) return { node: await Home({ site, locale }) };
  const [first, second] = rest;
  if (first === 'van-ban') {
    if (rest.length === 1) return { node: await DocumentList({ site, locale }) };
    if (rest.length === 2 && /^[\w-]+$/.test(second)) return DocumentPage({ site, locale, id: second });
    return null;
  }
  if (first === 'tin-tuc' && rest.length === 2) return ArticlePage({ site, locale, slug: second });
  if (rest.length === 1) return SectionPage({ site, locale, slug: first });
  return null;
}

async function LatestNews({ site, locale, limit = 8 }: { site: SiteDoc; locale: Locale; limit?: number }) {
  const s = t(locale);
  const { docs } = await findPublished<AnyDoc>('posts', site, locale, { limit, sort: '-publishedAt' });
  return (
    <section aria-labelledby={`news-${site.id}`}>
      <h2 id={`news-${site.id}`}>{s.latestNews}</h2>
      {docs.length === 0 ? (
        <p>{s.noItems}</p>
      ) : (
        <ul className="news-list">
          {docs.map((p) => (
            <li key={p.id}>
              <a href={`${sitePath(site, locale)}tin-tuc/${p.slug}`}>{p.title}</a>
              <span className="meta"> — {formatDate(p.publishedAt)}</span>
              {p.excerpt && <p>{p.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

async function LatestDocuments({ site, locale, limit = 10 }: { site: SiteDoc; locale: Locale; limit?: number }) {
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

function DocumentTable({ docs, site, locale }: { docs: AnyDoc[]; site: SiteDoc; locale: Locale }) {
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

async function Home({ site, locale }: { site: SiteDoc; locale: Locale }) {
  const s = t(locale);
  if (site.level !== 'province') {
    return (
      <div className="home">
        <h1 className="visually-hidden">{site.name}</h1>
        <LatestNews site={site} locale={locale} />
        <LatestDocuments site={site} locale={locale} />
      </div>
    );
  }
  const sites = await listComponentSites(locale);
  const byId = new Map(sites.map((x) => [String(x.id), x]));
  const groups: Record<string, SiteDoc[]> = {};
  for (const x of sites) (groups[x.level] ??= []).push(x);
  const order = ['department', 'district', 'commune', 'unit', 'party', 'enterprise'];
  return (
    <div className="home">
      <h1 className="visually-hidden">{site.name}</h1>
      <LatestNews site={site} locale={locale} />
      <LatestDocuments site={site} locale={locale} />
      <section aria-labelledby="component-sites">
        <h2 id="component-sites">{s.componentSites}</h2>
        {order
          .filter((level) => groups[level]?.length)
          .map((level) => (
            <section key={level} className="site-group">
              <h3>
                {s.levels[level]} ({groups[level].length})
              </h3>
              {level === 'commune' ? (
                <CommunesByDistrict communes={groups[level]} byId={byId} locale={locale} />
              ) : (
                <ul className="site-list">
                  {groups[level].map((x) => (
                    <li key={x.id}>
                      <a href={sitePath(x, locale)}>{x.shortName || x.name}</a>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
      </section>
    </div>
  );
}

function CommunesByDistrict({ communes, byId, locale }: { communes: SiteDoc[]; byId: Map<string, SiteDoc>; locale: Locale }) {
  const buckets = new Map<string, SiteDoc[]>();
  for (const c of communes) {
    const parentId = c.parent && typeof c.parent === 'object' ? String(c.parent.id) : String(c.parent ?? '');
    const key = byId.get(parentId)?.level === 'district' ? parentId : '';
    buckets.set(key, [...(buckets.get(key) ?? []), c]);
  }
  return (
    <>
      {[...buckets.entries()].map(([districtId, list]) => (
        <div key={districtId || 'none'}>
          {districtId && <h4>{byId.get(districtId)?.shortName || byId.get(districtId)?.name}</h4>}
          <ul className="site-list">
            {list.map((x) => (
              <li key={x.id}>
                <a href={sitePath(x, locale)}>{x.shortName || x.name}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

async function ArticlePage({ site, locale, slug }: { site: SiteDoc; locale: Locale; slug: string }) {
  const s = t(locale);
  const post = await findPublishedOne<AnyDoc>('posts', site, locale, { slug: { equals: slug } });
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

async function DocumentList({ site, locale }: { site: SiteDoc; locale: Locale }) {
  const s = t(locale);
  const { docs, totalDocs } = await findPublished<AnyDoc>('legal-documents', site, locale, { limit: 50, sort: '-issuedOn' });
  return (
    <section>
      <h1>
        {s.legalDocuments} ({totalDocs})
      </h1>
      {docs.length ? <DocumentTable docs={docs} site={site} locale={locale} /> : <p>{s.noItems}</p>}
    </section>
  );
}

async function DocumentPage({ site, locale, id }: { site: SiteDoc; locale: Locale; id: string }) {
  const s = t(locale);
  const doc = await findPublishedOne<AnyDoc>('legal-documents', site, locale, { id: { equals: id } });
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

async function SectionPage({ site, locale, slug }: { site: SiteDoc; locale: Locale; slug: string }) {
  const s = t(locale);
  const page = await findPublishedOne<AnyDoc>('pages', site, locale, { slug: { equals: slug } });
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
