/**
 * Home page: a component site's latest news and documents; the portal adds the latest news of every
 * component site ("Tin từ các sở, ngành, địa phương") and every component site by level.
 */
import React from 'react';
import { listComponentSites, type Locale, type SiteDoc } from '../data';
import { t } from '../i18n';
import { sitePath } from '../paths';
import { ComponentSitesNews, LatestNews } from '../components/NewsList';
import { LatestDocuments } from '../components/DocumentTable';
import type { RouteContext, PageResult } from '../types';

export async function HomePage({ site, locale }: RouteContext): Promise<PageResult> {
  // No `title`: the page head then uses the site's name alone (meta/PageHead.tsx).
  return { node: await Home({ site, locale }) };
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
      <ComponentSitesNews portal={site} locale={locale} />
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
