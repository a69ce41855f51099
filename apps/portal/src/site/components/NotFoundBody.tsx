/**
 * The 404 page of the public site inside the portal's frame, in Vietnamese or English, with the links a
 * lost visitor needs (home, site map, search, news, documents, contacts). Used by the route groups'
 * not-found.tsx; without a portal (empty database) it renders the message alone.
 */
import React from 'react';
import { findPortal, type Locale, type SiteDoc } from '../data';
import { Chrome } from '../Chrome';
import { tr } from '../i18n';
import { href } from '../paths';

export async function NotFoundBody({ locale }: { locale: Locale }) {
  let portal: SiteDoc | null = null;
  try {
    portal = await findPortal(locale);
  } catch {
    portal = null;
  }
  const body = (
    <section className="not-found" aria-labelledby="nf-heading">
      <meta name="robots" content="noindex" />
      <title>{tr(locale, 'Không tìm thấy trang', 'Page not found')}</title>
      <h1 id="nf-heading">{tr(locale, 'Không tìm thấy trang', 'Page not found')}</h1>
      <p>
        {tr(
          locale,
          'Trang bạn tìm không tồn tại, đã được chuyển đi hoặc chưa được xuất bản. Hãy kiểm tra lại địa chỉ hoặc dùng các liên kết dưới đây.',
          'The page does not exist, has moved, or has not been published in English. Check the address or use the links below.',
        )}
      </p>
      {portal && (
        <ul>
          <li>
            <a href={href(portal, locale)}>{tr(locale, 'Trang chủ', 'Home page')}</a>
          </li>
          <li>
            <a href={href(portal, locale, ['so-do-trang'])}>{tr(locale, 'Sơ đồ trang', 'Site map')}</a>
          </li>
          <li>
            <a href={href(portal, locale, ['tim-kiem'])}>{tr(locale, 'Tìm kiếm', 'Search')}</a>
          </li>
          <li>
            <a href={href(portal, locale, ['tin-tuc'])}>{tr(locale, 'Tin tức', 'News')}</a>
          </li>
          <li>
            <a href={href(portal, locale, ['van-ban'])}>{tr(locale, 'Văn bản', 'Legal documents')}</a>
          </li>
          <li>
            <a href={href(portal, locale, ['lien-he'])}>{tr(locale, 'Liên hệ', 'Contacts')}</a>
          </li>
        </ul>
      )}
    </section>
  );
  if (!portal) return <main id="main" className="wrap">{body}</main>;
  return (
    <Chrome site={portal} portal={portal} locale={locale} sample={false} altHref={locale === 'vi' ? '/en/' : '/'}>
      {body}
    </Chrome>
  );
}
