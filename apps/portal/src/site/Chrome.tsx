/**
 * The frame of every public page: page metadata (meta/PageHead.tsx, hoisted into <head>), sample-data banner,
 * header (logo + full agency name, link to the portal, language switch, reader toolbar), section menu, footer
 * identity from the site record (Circular 32/2017 Art. 16(3)(a),(c)) with the RSS and site-map links, and the EMC
 * monitoring tag when the site has an EMC site id (Circular 22/2023 Ch. III).
 */
import React from 'react';
import type { Locale, SiteDoc } from './data';
import { t } from './i18n';
import { sitePath } from './paths';
import type { PageResult } from './types';
import { PageHead } from './meta/PageHead';
import { EmcTag } from './meta/EmcTag';
import { requestOrigin } from './meta/origin';
import { m } from './meta/strings';
import { rssPath } from './meta/urls';
import { ReaderToolbar } from './components/ReaderToolbar';
import { SearchForm } from './components/SearchForm';
import { READER_BOOT_SCRIPT } from './components/readerSettings';
import './reader.css';

const MENU = [
  { slug: 'tin-tuc', vi: 'Tin tức', en: 'News' },
  { slug: 'gioi-thieu', vi: 'Giới thiệu', en: 'About us' },
  { slug: 'co-cau-to-chuc', vi: 'Cơ cấu tổ chức', en: 'Organisation' },
  { slug: 'chuc-nang-nhiem-vu', vi: 'Chức năng, nhiệm vụ', en: 'Functions' },
  { slug: 'lanh-dao', vi: 'Lãnh đạo', en: 'Leadership' },
  { slug: 'van-ban', vi: 'Văn bản', en: 'Documents' },
  { slug: 'tiep-can-thong-tin', vi: 'Tiếp cận thông tin', en: 'Access to information' },
  { slug: 'lich-cong-tac', vi: 'Lịch công tác', en: 'Schedule' },
  { slug: 'hoi-dap', vi: 'Hỏi đáp', en: 'Q&A' },
  { slug: 'lien-he', vi: 'Liên hệ', en: 'Contacts' },
];

export function Emblem({ title }: { title: string }) {
  return (
    <svg className="emblem" viewBox="0 0 64 64" role="img" aria-label={title} width="64" height="64">
      <title>{title}</title>
      <circle cx="32" cy="32" r="30" fill="#c8102e" stroke="#f2c200" strokeWidth="3" />
      <polygon fill="#f2c200" points="32,12 37.9,26.1 53,27.2 41.4,37 45,51.8 32,43.8 19,51.8 22.6,37 11,27.2 26.1,26.1" />
    </svg>
  );
}

export interface ChromeProps {
  site: SiteDoc;
  portal: SiteDoc | null;
  locale: Locale;
  sample: boolean;
  /** The same page in the other language (language switch, hreflang). */
  altHref: string;
  /** The rendered page; with `selfPath`, its metadata goes into <head> (absent on the 404 frame). */
  page?: PageResult;
  /** Path of this page as requested (URL-encoded, without the query), e.g. `/en/xa-a/tin-tuc/bai-1`. */
  selfPath?: string;
  children: React.ReactNode;
}

export async function Chrome({ site, portal, locale, sample, altHref, page, selfPath, children }: ChromeProps) {
  const s = t(locale);
  const ms = m(locale);
  const isPortal = site.level === 'province';
  const origin = page && selfPath ? await requestOrigin() : '';
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: READER_BOOT_SCRIPT }} />
      {page && selfPath && <PageHead site={site} portal={portal} locale={locale} page={page} selfPath={selfPath} altPath={altHref.split('?')[0]} origin={origin} />}
      <a className="skip" href="#main">{locale === 'vi' ? 'Bỏ qua đến nội dung chính' : 'Skip to main content'}</a>
      {sample && (
        <div className="sample-banner" role="note">
          {s.sample}
        </div>
      )}
      <header className="site-header">
        <div className="wrap header-row">
          <a href={sitePath(site, locale)} className="brand">
            <Emblem title={locale === 'vi' ? `Biểu trưng ${site.name}` : `Logo of ${site.name}`} />
            <span>
              <span className="agency">{site.governingAgency}</span>
              <span className="site-name">{site.name}</span>
            </span>
          </a>
          <nav className="top-links" aria-label={locale === 'vi' ? 'Liên kết nhanh' : 'Quick links'}>
            {!isPortal && portal && (
              <a className="portal-link" href={sitePath(portal, locale)}>
                {s.backToPortal}
              </a>
            )}
            <a href={altHref} hrefLang={locale === 'vi' ? 'en' : 'vi'} lang={locale === 'vi' ? 'en' : 'vi'}>
              {s.language}
            </a>
          </nav>
          <ReaderToolbar labels={{ toolbar: ms.toolbar, smaller: ms.smaller, normalSize: ms.normalSize, larger: ms.larger, contrast: ms.contrast, contrastShort: ms.contrastShort }} />
          <SearchForm compact action={`${sitePath(site, locale)}tim-kiem`} locale={locale} />
        </div>
        <nav className="menu" aria-label={locale === 'vi' ? 'Trình đơn chính' : 'Main menu'}>
          <ul className="wrap">
            <li>
              <a href={sitePath(site, locale)}>{s.home}</a>
            </li>
            {MENU.map((m) => (
              <li key={m.slug}>
                <a href={`${sitePath(site, locale)}${m.slug}`}>{m[locale]}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="wrap">
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p className="footer-title">{site.name}</p>
          <p>
            {s.governingAgency}: {site.governingAgency}
          </p>
          {site.responsiblePerson?.name && (
            <p>
              {s.responsible}: {site.responsiblePerson.name}
              {site.responsiblePerson.position ? `, ${site.responsiblePerson.position}` : ''}
            </p>
          )}
          {site.contacts?.address && (
            <p>
              {s.address}: {site.contacts.address}
            </p>
          )}
          <p>
            {site.contacts?.phone && (
              <>
                {s.phone}: <a href={`tel:${site.contacts.phone.replace(/\s/g, '')}`}>{site.contacts.phone}</a>
              </>
            )}
            {site.contacts?.phone && site.contacts?.email && ' – '}
            {site.contacts?.email && (
              <>
                {s.email}: <a href={`mailto:${site.contacts.email}`}>{site.contacts.email}</a>
              </>
            )}
          </p>
          {site.siteType === 'general' && site.licence?.number && (
            <p>
              {s.licence}: {site.licence.number}
              {site.licence.issuer ? `, ${site.licence.issuer}` : ''}
            </p>
          )}
          <p className="credit">© {site.governingAgency}. {s.credit}</p>
          {!isPortal && portal && (
            <p>
              <a href={sitePath(portal, locale)}>{s.portalLink}: {portal.name}</a>
            </p>
          )}
          <p className="footer-links">
            <a href={rssPath(site, locale)} type="application/rss+xml">
              {ms.rss}
            </a>
            {' · '}
            <a href={`${sitePath(site, locale)}so-do-trang`}>{locale === 'vi' ? 'Sơ đồ trang' : 'Site map'}</a>
          </p>
        </div>
      </footer>
      <EmcTag siteId={site.emcSiteId} />
    </>
  );
}
