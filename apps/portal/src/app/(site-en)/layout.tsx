/* Root layout of the English public site (/en/...). */
import React from 'react';
import '../../site/site.css';

export const metadata = { title: 'Web portal' };

export default function SiteLayoutEn({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body>{children}</body>
    </html>
  );
}
