/**
 * Network facts that need the real internet (TT32-15.4, N224-11.4, TT24/15-7.3): IPv6 (AAAA record),
 * DNSSEC (a signed delegation: DS records, or the resolver's AD bit) and the server's country.
 * All lookups go through a small injectable {@link NetworkResolver}, so the logic is unit-tested with
 * fakes; loopback hosts are never measured.
 */
import dns from 'node:dns';
import dgram from 'node:dgram';
import net from 'node:net';
import type { SiteSnapshot } from '../snapshot.js';

/** What {@link measureNetwork} needs from the outside world. */
export interface NetworkResolver {
  /** AAAA records of a host ([] when none). May throw ENODATA/ENOTFOUND. */
  resolve6(host: string): Promise<string[]>;
  /** A records of a host. */
  resolve4(host: string): Promise<string[]>;
  /** True/false when DNSSEC could be determined for the host's zone, undefined when unknown. */
  dnssec?(host: string): Promise<boolean | undefined>;
  /** ISO 3166 alpha-2 country of an IP address, undefined when unknown (needs a GeoIP source). */
  country?(ip: string): Promise<string | undefined>;
}

/** True for loopback and unspecified hosts (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.startsWith('127.') || h === '0.0.0.0';
  if (net.isIPv6(h)) return h === '::1' || h === '::' || /^::ffff:127\./.test(h);
  return false;
}

/**
 * Measure the network facts of a host.
 *
 * @param host     host name (no port)
 * @param resolver lookups (default {@link systemResolver})
 * @returns `{ reason: 'not measurable on loopback' }` for loopback hosts; otherwise ipv6/dnssec/serverCountry
 *          where determinable and `reason` listing what could not be; never throws
 */
export async function measureNetwork(host: string, resolver: NetworkResolver = systemResolver()): Promise<NonNullable<SiteSnapshot['network']>> {
  if (isLoopbackHost(host)) return { reason: 'not measurable on loopback' };
  const out: NonNullable<SiteSnapshot['network']> = {};
  const reasons: string[] = [];
  const bare = host.replace(/^\[|\]$/g, '');
  if (net.isIP(bare)) {
    out.ipv6 = net.isIPv6(bare);
    reasons.push('host is an IP address: no DNS facts');
  } else {
    try {
      out.ipv6 = (await resolver.resolve6(bare)).length > 0;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENODATA' || code === 'ENOTFOUND' || code === 'NXDOMAIN') out.ipv6 = false;
      else reasons.push(`IPv6 lookup failed: ${code ?? (err as Error).message}`);
    }
    if (resolver.dnssec) {
      try {
        const d = await resolver.dnssec(bare);
        if (d === undefined) reasons.push('DNSSEC could not be determined');
        else out.dnssec = d;
      } catch (err) {
        reasons.push(`DNSSEC lookup failed: ${(err as Error).message}`);
      }
    } else reasons.push('no DNSSEC resolver configured');
  }
  if (resolver.country) {
    try {
      const ips = net.isIP(bare) ? [bare] : await resolver.resolve4(bare).catch(() => [] as string[]);
      const c = ips[0] ? await resolver.country(ips[0]) : undefined;
      if (c) out.serverCountry = c;
      else reasons.push('server country unknown');
    } catch (err) {
      reasons.push(`server country lookup failed: ${(err as Error).message}`);
    }
  } else reasons.push('server country: no GeoIP source configured');
  if (reasons.length) out.reason = reasons.join('; ');
  return out;
}

// ---------------------------------------------------------------- DNS wire format (DS / AD bit)

/** Encode a DNS query with EDNS0 and the DO bit. */
export function encodeDnsQuery(name: string, qtype: number, id = Math.floor(Math.random() * 65536)): Buffer {
  const labels = name.replace(/\.$/, '').split('.').filter(Boolean);
  const qname = Buffer.concat([...labels.map((l) => Buffer.concat([Buffer.from([Buffer.byteLength(l)]), Buffer.from(l)])), Buffer.from([0])]);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100 | 0x0020, 2); // RD + AD (ask for authenticated data)
  header.writeUInt16BE(1, 4); // QDCOUNT
  header.writeUInt16BE(1, 10); // ARCOUNT (OPT)
  const q = Buffer.alloc(4);
  q.writeUInt16BE(qtype, 0);
  q.writeUInt16BE(1, 2);
  const opt = Buffer.from([0, 0, 41, 0x10, 0x00, 0, 0, 0x80, 0x00, 0, 0]); // root, OPT, udp 4096, DO bit
  return Buffer.concat([header, qname, q, opt]);
}

/** Decoded parts of a DNS response that the DNSSEC check needs. */
export interface DnsAnswerSummary {
  id: number;
  rcode: number;
  /** AD flag: the resolver validated the answer with DNSSEC. */
  authenticated: boolean;
  /** Types of the answer records. */
  answerTypes: number[];
}

function skipName(buf: Buffer, off: number): number {
  for (let guard = 0; guard < 128; guard++) {
    const len = buf[off];
    if (len === undefined) throw new Error('truncated name');
    if (len === 0) return off + 1;
    if ((len & 0xc0) === 0xc0) return off + 2;
    off += 1 + len;
  }
  throw new Error('name too long');
}

/** Parse the header and answer types of a DNS response. Throws on malformed input. */
export function decodeDnsResponse(buf: Buffer): DnsAnswerSummary {
  if (buf.length < 12) throw new Error('short DNS response');
  const id = buf.readUInt16BE(0);
  const flags = buf.readUInt16BE(2);
  const qd = buf.readUInt16BE(4);
  const an = buf.readUInt16BE(6);
  let off = 12;
  for (let i = 0; i < qd; i++) off = skipName(buf, off) + 4;
  const answerTypes: number[] = [];
  for (let i = 0; i < an; i++) {
    off = skipName(buf, off);
    const type = buf.readUInt16BE(off);
    const rdlen = buf.readUInt16BE(off + 8);
    answerTypes.push(type);
    off += 10 + rdlen;
  }
  return { id, rcode: flags & 0x0f, authenticated: (flags & 0x0020) !== 0, answerTypes };
}

/** Send one UDP DNS query and decode the answer (timeout → rejects). */
export function dnsQuery(server: string, port: number, name: string, qtype: number, timeoutMs = 3000): Promise<DnsAnswerSummary> {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket(net.isIPv6(server) ? 'udp6' : 'udp4');
    const id = Math.floor(Math.random() * 65536);
    const timer = setTimeout(() => {
      sock.close();
      reject(new Error(`DNS query timeout after ${timeoutMs} ms`));
    }, timeoutMs);
    sock.on('message', (msg) => {
      try {
        const r = decodeDnsResponse(msg);
        if (r.id !== id) return;
        clearTimeout(timer);
        sock.close();
        resolve(r);
      } catch (err) {
        clearTimeout(timer);
        sock.close();
        reject(err);
      }
    });
    sock.on('error', (err) => {
      clearTimeout(timer);
      sock.close();
      reject(err);
    });
    sock.send(encodeDnsQuery(name, qtype, id), port, server);
  });
}

const TYPE_A = 1;
const TYPE_DS = 43;
const TYPE_RRSIG = 46;

/**
 * DNSSEC check through a DNS server: the zone is signed when, walking from the host towards the TLD
 * (stopping before the public suffix-ish last two labels for `.gov.vn`-style names), a DS record exists,
 * or when the server sets the AD bit / returns RRSIGs for the host's A record.
 *
 * @returns true/false, or undefined when no server answered
 */
export async function dnssecViaServer(host: string, server: string, port = 53, timeoutMs = 3000): Promise<boolean | undefined> {
  let answered = false;
  try {
    const a = await dnsQuery(server, port, host, TYPE_A, timeoutMs);
    answered = true;
    if (a.authenticated || a.answerTypes.includes(TYPE_RRSIG)) return true;
  } catch {
    /* try DS below */
  }
  const labels = host.replace(/\.$/, '').split('.');
  const minLabels = labels.slice(-2).join('.').match(/^(gov|com|edu|org|net|ac|co)\.[a-z]{2}$/) ? 3 : 2;
  for (let i = 0; labels.length - i >= minLabels; i++) {
    const zone = labels.slice(i).join('.');
    try {
      const r = await dnsQuery(server, port, zone, TYPE_DS, timeoutMs);
      answered = true;
      if (r.answerTypes.includes(TYPE_DS)) return true;
    } catch {
      /* next */
    }
  }
  return answered ? false : undefined;
}

/** Resolver backed by the system's DNS servers (node:dns) and raw DS/AD queries to the first of them. No country source. */
export function systemResolver(): NetworkResolver {
  return {
    resolve6: (h) => dns.promises.resolve6(h),
    resolve4: (h) => dns.promises.resolve4(h),
    dnssec: async (h) => {
      const server = dns.getServers()[0];
      if (!server) return undefined;
      const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(server);
      const ip = net.isIP(server) ? server : m?.[1] ?? server;
      const port = net.isIP(server) ? 53 : Number(m?.[2] ?? 53);
      return dnssecViaServer(h, ip, port);
    },
  };
}
