// Which webhook targets the server will connect to. A webhook URL is chosen by a client and fetched
// by the server, so without these checks it reaches what only the server can reach: its loopback,
// the private network, the cloud metadata service. The rules (checked at create/update and again
// before every attempt, since DNS answers change):
// - https only; http only when the operator allows private URLs (local development, tests);
// - no user:password in the URL;
// - every address the host resolves to (or the IP literal itself) must be a public unicast
//   address: loopback, private, link-local, CGNAT, metadata, unspecified, multicast, documentation,
//   benchmarking and reserved ranges are refused, and so are IPv6 forms that embed an IPv4 address
//   (::ffff:127.0.0.1, 64:ff9b::/96, 6to4, Teredo), judged by that address.
// The delivery then connects to the address checked here and to no other (see pinnedLookup), so a
// second DNS answer cannot move the connection onto a private address (DNS rebinding).
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';

export interface CheckedTarget {
  url: URL;
  /**
   * The address the connection must go to, with its family; null when private URLs are allowed
   * and the host is a name (nothing to refuse, so it is resolved when connecting, as usual).
   */
  address: string | null;
  family: 4 | 6;
}

export type UrlRefusal = 'invalid_url' | 'scheme_not_allowed' | 'credentials_not_allowed' | 'unresolvable_host' | 'address_not_allowed';

export class UrlRefused extends Error {
  constructor(
    readonly reason: UrlRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'UrlRefused';
  }
}

export interface SsrfOptions {
  /** WEBHOOK_ALLOW_PRIVATE_URLS: http and any address allowed. */
  allowPrivate: boolean;
  /** A resolver to use instead of the system's (tests). */
  resolve?: (host: string) => Promise<Array<{ address: string; family: number }>>;
}

const V4_BLOCKED: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT (also Alibaba's metadata 100.100.100.200)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // private (Docker's 172.17/16 included)
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function v4Blocked(ip: string): boolean {
  const n = v4ToInt(ip);
  return V4_BLOCKED.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = v4ToInt(base);
    return n >= start && n < start + size;
  });
}

/** The 8 16-bit groups of an IPv6 address (a trailing dotted quad included). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const n = v4ToInt(quad[1]!);
    text = text.slice(0, quad.index) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const h = parse(head);
  if (tail === undefined) return h;
  const t = parse(tail);
  return [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
}

const v4FromGroups = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

function v6Blocked(ip: string): boolean {
  const g = v6Groups(ip);
  if (g.length !== 8 || g.some((x) => !Number.isInteger(x) || x < 0 || x > 0xffff)) return true;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  // ::ffff:a.b.c.d (IPv4-mapped) and ::ffff:0:a.b.c.d (translated): the IPv4 address decides.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && ((g4 === 0 && g5 === 0xffff) || (g4 === 0xffff && g5 === 0))) {
    return v4Blocked(v4FromGroups(g6, g7));
  }
  // NAT64 well-known prefix 64:ff9b::/96: the embedded IPv4 address decides.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return v4Blocked(v4FromGroups(g6, g7));
  // Only global unicast (2000::/3) may pass: this refuses ::, ::1, IPv4-compatible ::/96,
  // fc00::/7 (unique local, e.g. AWS's fd00:ec2::254), fe80::/10, fec0::/10, ff00::/8, 100::/64…
  if ((g0 & 0xe000) !== 0x2000) return true;
  // …and inside it: Teredo 2001::/32, ORCHID 2001:10::/28 and 2001:20::/28, documentation
  // 2001:db8::/32 and 3fff::/20, 6to4 2002::/16 (its embedded IPv4 could be anything).
  if (g0 === 0x2001 && (g1 === 0 || (g1 & 0xfff0) === 0x10 || (g1 & 0xfff0) === 0x20 || g1 === 0xdb8)) return true;
  if (g0 === 0x2002) return true;
  if (g0 === 0x3fff && g1 < 0x1000) return true;
  return false;
}

/** True when the address must not be connected to (anything that is not public unicast). */
export function isBlockedAddress(address: string): boolean {
  const kind = isIP(address.split('%')[0]!);
  if (kind === 4) return v4Blocked(address);
  if (kind === 6) return v6Blocked(address);
  return true;
}

const defaultResolve = (host: string) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Parses and checks a webhook URL; resolves its host and checks every address. Returns the address
 * to connect to. Throws UrlRefused with a message fit for a 422.
 */
export async function checkWebhookUrl(raw: string, options: SsrfOptions): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UrlRefused('invalid_url', 'Must be an absolute URL.');
  }
  const allowed = options.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) {
    throw new UrlRefused('scheme_not_allowed', options.allowPrivate ? 'Must use https or http.' : 'Must use https.');
  }
  if (url.username || url.password) throw new UrlRefused('credentials_not_allowed', 'Must not contain a user name or password.');
  if (!url.hostname) throw new UrlRefused('invalid_url', 'Must name a host.');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;

  let addresses: Array<{ address: string; family: number }>;
  const literal = isIP(host);
  // With the operator flag every address is allowed: no lookup needed (nor possible offline).
  if (!literal && options.allowPrivate) return { url, address: null, family: 4 };
  if (literal) {
    addresses = [{ address: host, family: literal }];
  } else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw new UrlRefused('unresolvable_host', `The host "${host}" does not resolve.`);
  }
  if (!options.allowPrivate) {
    // All of them: a client could otherwise pass with one public address among private ones.
    const bad = addresses.find((a) => isBlockedAddress(a.address));
    if (bad) {
      throw new UrlRefused(
        'address_not_allowed',
        `The host resolves to ${bad.address}, which is not a public address (loopback, private, link-local, metadata and reserved ranges are refused).`,
      );
    }
  }
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** A `lookup` for node's http/https that answers only the checked address (no second DNS query). */
export function pinnedLookup(target: { address: string; family: 4 | 6 }): LookupFunction {
  return ((_hostname: string, options: { all?: boolean } | number | undefined, callback: (...args: unknown[]) => void) => {
    const cb = typeof options === 'function' ? (options as (...args: unknown[]) => void) : callback;
    const all = typeof options === 'object' && options !== null && options.all === true;
    if (all) cb(null, [{ address: target.address, family: target.family }]);
    else cb(null, target.address, target.family);
  }) as LookupFunction;
}
