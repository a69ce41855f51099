/* Root layout of the English public site (/en/...). */
import React from 'react';
import '../../site/site.css';

export const viewport = { width: 'device-width', initialScale: 1 };

export const metadata = { title: 'Web portal' };

export default function SiteLayoutEn({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
