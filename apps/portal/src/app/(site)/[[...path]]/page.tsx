/* Every Vietnamese public page (see site/render.tsx for the routes). */
import { renderPath } from '../../../site/render';

export const dynamic = 'force-dynamic';

export default async function Page({ params }: { params: Promise<{ path?: string[] }> }) {
  const { path = [] } = await params;
  return renderPath('vi', path);
}
