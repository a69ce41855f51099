/* Root layout of the Vietnamese public site. */
import React from 'react';
import '../../site/site.css';

export const metadata = { title: 'Cổng thông tin điện tử' };

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body>{children}</body>
    </html>
  );
}
