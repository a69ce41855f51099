/* Every English public page (routes: site/router.tsx). */
import { renderPath, type SearchParams } from '../../../../site/router';

export const dynamic = 'force-dynamic';

export default async function Page({ params, searchParams }: { params: Promise<{ path?: string[] }>; searchParams: Promise<SearchParams> }) {
  const { path = [] } = await params;
  return renderPath('en', path, await searchParams);
}
