import { withPayload } from '@payloadcms/next/withPayload';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Site homes are linked as /<slug>/ (site/paths.ts); serve that directly instead of a 308 to /<slug> on every
  // home link (canonical links name one URL).
  skipTrailingSlashRedirect: true,
  // Several builds can live side by side (parallel work, CI): CONG_NEXT_DIST_DIR picks the output folder.
  distDir: process.env.CONG_NEXT_DIST_DIR || '.next',
  // Type checking runs as a test (test/typecheck.test.ts) instead of inside every build.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // The public pages' CSS (a few KB) goes inline: no render-blocking stylesheet request before first paint.
  experimental: { inlineCss: true },
  serverExternalPackages: ['libsql', '@libsql/client', 'pino'],
};

const withCms = withPayload(nextConfig, { devBundleServerPackages: false });

/**
 * Payload adds Accept-CH / Critical-CH: Sec-CH-Prefers-Color-Scheme (+ Vary) to every path for the admin's
 * theme. On public pages Critical-CH makes Chrome restart each navigation to send the hint (a wasted round
 * trip) and the Vary splits shared caches: keep those headers on the admin only.
 */
export default {
  ...withCms,
  headers: async () =>
    (await withCms.headers()).map((rule) => (rule.source === '/:path*' && rule.headers.some((h) => h.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule)),
};
