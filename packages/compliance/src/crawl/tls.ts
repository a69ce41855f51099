/**
 * TLS probe: one handshake that always completes (rejectUnauthorized: false) so the certificate can be
 * described, then judged against the default trust store (plus optional extra CAs): chain, expiry and
 * host name. Never throws.
 */
import tls from 'node:tls';
import net from 'node:net';
import type { TlsFact } from '../snapshot.js';

/** Options of {@link probeTls}. */
export interface TlsProbeOptions {
  /** Handshake deadline, ms (default 10,000). */
  timeoutMs?: number;
  /** Extra trusted CAs (PEM). */
  ca?: string | Buffer | (string | Buffer)[];
}

/**
 * Handshake with `https://host:port` and describe the certificate.
 *
 * @param url an https URL (only host and port are used)
 * @returns `valid` = the default trust store (plus `ca`) accepts the chain and the name matches;
 *          `error` = why not (e.g. 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'ECONNREFUSED');
 *          `protocol` e.g. 'TLSv1.3'; `validTo` ISO-8601; `issuer` organisation or common name
 */
export function probeTls(url: string, options: TlsProbeOptions = {}): Promise<TlsFact> {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = Number(u.port || 443);
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise<TlsFact>((resolve) => {
    let settled = false;
    const finish = (fact: TlsFact) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(fact);
    };
    const socket = tls.connect({
      host,
      port,
      servername: net.isIP(host) ? undefined : host,
      rejectUnauthorized: false,
      ca: options.ca as string | Buffer | undefined,
      ALPNProtocols: ['http/1.1'],
    });
    const timer = setTimeout(() => finish({ valid: false, error: `TLS handshake timeout after ${timeoutMs} ms` }), timeoutMs);
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      const fact: TlsFact = { valid: socket.authorized };
      const protocol = socket.getProtocol();
      if (protocol) fact.protocol = protocol;
      const issuer = cert?.issuer as unknown as Record<string, string | string[]> | undefined;
      const iss = issuer?.O ?? issuer?.CN;
      if (iss) fact.issuer = Array.isArray(iss) ? iss.join(', ') : iss;
      if (cert?.valid_to) {
        const t = Date.parse(cert.valid_to);
        if (!Number.isNaN(t)) fact.validTo = new Date(t).toISOString();
      }
      if (!socket.authorized) {
        const e = socket.authorizationError as unknown;
        fact.error = typeof e === 'string' ? e : (e as { code?: string; message?: string })?.code ?? (e as Error)?.message ?? 'certificate not trusted';
      }
      finish(fact);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => finish({ valid: false, error: err.code ? `${err.code}: ${err.message}` : err.message }));
  });
}
