/** Origin of the request being rendered, for server components (rules: originHeaders.ts). */
import { headers } from 'next/headers';
import { originFromHeaders } from './originHeaders';

export { originFromHeaders, handlerOrigin, ORIGIN_PARAM } from './originHeaders';

/** Origin of the request being rendered (server components only: reads `next/headers`). */
export async function requestOrigin(): Promise<string> {
  return originFromHeaders(await headers());
}
