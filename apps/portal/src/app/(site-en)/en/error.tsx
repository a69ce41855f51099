'use client';
/* English 500 of the public site (/en/...). */
import { ErrorBody } from '../../../site/components/ErrorBody';

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main">
      <ErrorBody locale="en" digest={error.digest} reset={reset} />
    </main>
  );
}
