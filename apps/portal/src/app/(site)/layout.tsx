/* Root layout of the Vietnamese public site. */
import React from 'react';
import '../../site/site.css';

export const viewport = { width: 'device-width', initialScale: 1 };

export const metadata = { title: 'Cổng thông tin điện tử' };

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
