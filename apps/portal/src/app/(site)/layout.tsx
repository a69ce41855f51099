/* Root layout of the Vietnamese public site. */
import React from 'react';
import '../../site/site.css';

export const viewport = { width: 'device-width', initialScale: 1 };

// <title> and the other head metadata are rendered per page by site/meta/PageHead.tsx (React hoists them into <head>).

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
