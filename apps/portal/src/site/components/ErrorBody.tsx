'use client';
/**
 * The 500 page of the public site (rendered by the route groups' error.tsx, a client component: no
 * database access). Says what happened in plain words, offers a retry and the home page; the error
 * itself stays in the server log (only its digest is shown, for the support desk).
 */
import React from 'react';

export function ErrorBody({ locale, digest, reset }: { locale: 'vi' | 'en'; digest?: string; reset?: () => void }) {
  const vi = locale === 'vi';
  return (
    <div className="wrap error-page">
      <title>{vi ? 'Lỗi hệ thống' : 'Server error'}</title>
      <h1>{vi ? 'Đã xảy ra lỗi' : 'Something went wrong'}</h1>
      <p>
        {vi
          ? 'Hệ thống gặp sự cố khi hiển thị trang này. Xin vui lòng thử lại sau ít phút. Nếu lỗi vẫn tiếp diễn, hãy liên hệ với ban biên tập qua thông tin ở cuối trang chủ.'
          : 'The server could not show this page. Please try again in a few minutes. If it keeps happening, contact the editorial board (details at the foot of the home page).'}
      </p>
      {digest && (
        <p className="meta">
          {vi ? 'Mã lỗi' : 'Error code'}: <code>{digest}</code>
        </p>
      )}
      <p>
        {reset && (
          <button type="button" onClick={() => reset()}>
            {vi ? 'Thử lại' : 'Try again'}
          </button>
        )}{' '}
        <a href={vi ? '/' : '/en/'}>{vi ? 'Về trang chủ' : 'Go to the home page'}</a>
      </p>
    </div>
  );
}
