// Which client a request comes from, for the per-IP rate limits. Behind trusted proxies the address
// is read from the right of X-Forwarded-For (each proxy appends the peer it saw; everything to the
// left of our own proxies' entries is whatever the client chose to send). IPv6 clients are bucketed
// per /64, the smallest block a subscriber is normally given, so rotating through one's own /64
// does not buy fresh buckets; an IPv4-mapped IPv6 address is its IPv4 address.
import { isIP } from 'node:net';

export interface ProxySettings {
  trustProxy: boolean;
  /** Proxies in front of the server that append to X-Forwarded-For (TRUST_PROXY_HOPS). */
  hops: number;
}

/** An address as a proxy may write it (`[v6]:port`, `v4:port`), reduced to the address, or undefined. */
function parseAddress(raw: string): string | undefined {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const zoneless = value.split('%')[0]!;
  return isIP(zoneless) ? value : undefined;
}

/**
 * The client's address: the socket peer, or with a trusted proxy the X-Forwarded-For entry `hops`
 * from the right (the left-most one when the chain is shorter). A header that is missing or whose
 * chosen entry is not an address leaves the socket peer.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxy: ProxySettings,
): string {
  const socket = socketAddress ?? '';
  if (!proxy.trustProxy || forwardedFor === undefined) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return socket;
  const chosen = chain[Math.max(0, chain.length - proxy.hops)]!;
  return parseAddress(chosen) ?? socket;
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped, embedded IPv4 expanded). */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.split('%')[0]!.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const part = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<number>(Math.max(0, fill)).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** The rate-limit bucket of a client address: IPv4 as is, IPv6 by its /64. */
export function rateBucketOf(address: string): string {
  if (address === '') return 'unknown';
  const kind = isIP(address.split('%')[0]!);
  if (kind === 4) return address;
  if (kind !== 6) return address;
  const groups = ipv6Groups(address);
  if (!groups) return address;
  // ::ffff:a.b.c.d — an IPv4 client on a dual-stack socket.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi, lo] = [groups[6]!, groups[7]!];
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
