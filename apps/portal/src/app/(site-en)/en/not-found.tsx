/* English 404 of the public site (/en/...), in the portal's frame (site/components/NotFoundBody.tsx). */
import { NotFoundBody } from '../../../site/components/NotFoundBody';

export default function NotFound() {
  return <NotFoundBody locale="en" />;
}
