'use client';
/* Last-resort error page (an error in a root layout): its own <html>, Vietnamese first, English below. */
import { ErrorBody } from '../site/components/ErrorBody';

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '0 auto', padding: 16 }}>
        <main id="main">
          <ErrorBody locale="vi" digest={error.digest} reset={reset} />
        </main>
        <div lang="en">
          <ErrorBody locale="en" digest={error.digest} />
        </div>
      </body>
    </html>
  );
}
