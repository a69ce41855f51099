/**
 * In-process REST and GraphQL clients: they call Payload's Next route handlers with standard
 * Request objects (as Payload's own test suite does), so REST and GraphQL are exercised with
 * their real access checks without starting an HTTP server.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes';

type Handler = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>;

let handlers: { GET: Handler; POST: Handler; PATCH: Handler; DELETE: Handler; GQL: (req: Request) => Promise<Response> } | undefined;

async function getHandlers() {
  if (!handlers) {
    const { default: config } = await import('../../src/payload.config');
    handlers = {
      GET: REST_GET(config) as unknown as Handler,
      POST: REST_POST(config) as unknown as Handler,
      PATCH: REST_PATCH(config) as unknown as Handler,
      DELETE: REST_DELETE(config) as unknown as Handler,
      GQL: GRAPHQL_POST(config) as unknown as (req: Request) => Promise<Response>,
    };
  }
  return handlers;
}

export interface ApiResult { status: number; body: any }

/** REST call: `path` like `posts/3?draft=true`. `token` is a Payload JWT or undefined (anonymous). */
export async function rest(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, token?: string, body?: unknown): Promise<ApiResult> {
  const h = await getHandlers();
  const url = new URL(`http://localhost/api/${path}`);
  const req = new Request(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean);
  const res = await h[method](req, { params: Promise.resolve({ slug }) });
  const text = await res.text();
  let parsed: any = text;
  try { parsed = JSON.parse(text); } catch { /* keep text */ }
  return { status: res.status, body: parsed };
}

/** GraphQL call. */
export async function graphql(query: string, variables: Record<string, unknown>, token?: string): Promise<ApiResult> {
  const h = await getHandlers();
  const req = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const res = await h.GQL(req);
  return { status: res.status, body: await res.json() };
}
