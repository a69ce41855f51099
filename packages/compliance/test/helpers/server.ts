/**
 * Test HTTP(S) servers on 127.0.0.1 (random ports) and throw-away certificates made with the openssl
 * CLI at test time: self-signed, expired, and a private CA with a leaf it signed. Nothing here touches
 * any other network than loopback.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A request the server saw. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  at: number;
}

/** A running test server. */
export interface TestServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** host:port */
  host: string;
  requests: SeenRequest[];
  /** Highest number of requests in progress at once. */
  peakConcurrency: number;
  close(): Promise<void>;
}

/** A request handler; may be async. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** PEM key + certificate. */
export interface CertPair {
  key: string;
  cert: string;
}

/**
 * Start a server on 127.0.0.1 with a random port.
 * @param handler request handler (exceptions become 500s)
 * @param tls     key/cert for HTTPS; HTTP when absent
 */
export async function startServer(handler: Handler, tls?: CertPair): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  let active = 0;
  const state = { peakConcurrency: 0 };
  const wrapped = (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, at: Date.now() });
    active++;
    state.peakConcurrency = Math.max(state.peakConcurrency, active);
    let released = false;
    const release = () => {
      if (!released) {
        released = true;
        active--;
      }
    };
    res.once('finish', release);
    res.once('close', release);
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((err) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, wrapped) : http.createServer(wrapped);
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const scheme = tls ? 'https' : 'http';
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    host: `127.0.0.1:${port}`,
    requests,
    get peakConcurrency() {
      return state.peakConcurrency;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Route by exact pathname (query ignored); `*` in a key matches any rest of the path (`/r/*`).
 * Unknown paths answer 404 (or `fallback`).
 */
export function routes(map: Record<string, Handler>, fallback?: Handler): Handler {
  const prefixes = Object.keys(map)
    .filter((k) => k.endsWith('*'))
    .map((k) => [k.slice(0, -1), map[k]] as const);
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const h = map[path] ?? prefixes.find(([p]) => path.startsWith(p))?.[1] ?? fallback;
    if (h) return h(req, res);
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>404</title><h1>Not found</h1>');
  };
}

/** Handler answering a fixed HTML page (UTF-8). */
export function html(body: string, status = 200, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };
}

/** Handler answering fixed bytes with the given headers. */
export function bytes(body: Buffer | string, headers: Record<string, string>, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function withTmp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'cong-certs-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True when the openssl CLI is available. */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A self-signed certificate for IP 127.0.0.1, valid for 2 days. */
export function makeSelfSignedCert(): CertPair {
  return withTmp((dir) => {
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-out', 'c.pem', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], dir);
    return { key: readFileSync(join(dir, 'k.pem'), 'utf8'), cert: readFileSync(join(dir, 'c.pem'), 'utf8') };
  });
}

const CA_CNF = `[ ca ]
default_ca = CA_default
[ CA_default ]
dir = .
database = ./index.txt
new_certs_dir = .
serial = ./serial
default_md = sha256
policy = policy_any
copy_extensions = copy
unique_subject = no
[ policy_any ]
commonName = supplied
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = 127.0.0.1
[ ext ]
subjectAltName = IP:127.0.0.1
basicConstraints = CA:FALSE
`;

/** A self-signed certificate for 127.0.0.1 that expired on 1 February 2020 (valid Jan 2020 only). */
export function makeExpiredCert(): CertPair {
  return withTmp((dir) => {
    writeFileSync(join(dir, 'ca.cnf'), CA_CNF);
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '01\n');
    openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-out', 'r.csr', '-config', 'ca.cnf'], dir);
    openssl(['ca', '-batch', '-config', 'ca.cnf', '-selfsign', '-keyfile', 'k.pem', '-in', 'r.csr', '-out', 'c.pem', '-startdate', '20200101000000Z', '-enddate', '20200201000000Z', '-extensions', 'ext', '-notext'], dir);
    return { key: readFileSync(join(dir, 'k.pem'), 'utf8'), cert: readFileSync(join(dir, 'c.pem'), 'utf8') };
  });
}

/** A private CA and a leaf certificate for 127.0.0.1 it signed (trust `ca` to make the leaf valid). */
export function makeCaAndLeaf(): CertPair & { ca: string } {
  return withTmp((dir) => {
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3', '-subj', '/CN=Cong Test CA/O=Cong Tests', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
    openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=127.0.0.1'], dir);
    writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n');
    openssl(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'leaf.pem', '-days', '2', '-extfile', 'ext.cnf'], dir);
    return { ca: readFileSync(join(dir, 'ca.pem'), 'utf8'), key: readFileSync(join(dir, 'leaf.key'), 'utf8'), cert: readFileSync(join(dir, 'leaf.pem'), 'utf8') };
  });
}
