'use client';
/* Vietnamese 500 of the public site (Next renders it, with HTTP 500, when a page throws). */
import { ErrorBody } from '../../site/components/ErrorBody';

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main">
      <ErrorBody locale="vi" digest={error.digest} reset={reset} />
    </main>
  );
}
