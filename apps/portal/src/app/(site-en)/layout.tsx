/* Root layout of the English public site (/en/...). */
import React from 'react';
import '../../site/site.css';

export const viewport = { width: 'device-width', initialScale: 1 };

// <title> and the other head metadata are rendered per page by site/meta/PageHead.tsx (React hoists them into <head>).

export default function SiteLayoutEn({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
