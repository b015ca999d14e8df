import { describe, expect, it } from 'vitest';
import { clientAddress, rateBucketOf } from '../../src/http/client-address.js';

describe('rateBucketOf', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(rateBucketOf('203.0.113.7')).toBe('203.0.113.7');
  });

  it('buckets an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(rateBucketOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(rateBucketOf('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(rateBucketOf('::ffff:cb00:7107')).toBe('203.0.113.7');
  });

  it('buckets IPv6 addresses per /64, however they are written', () => {
    const bucket = rateBucketOf('2001:db8:1:2::1');
    expect(bucket).toBe('2001:db8:1:2::/64');
    for (const same of [
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:0DB8:0001:0002:0:0:0:abcd',
      '2001:db8:1:2::1%eth0',
      '2001:db8:1:2:a:b:1.2.3.4',
    ]) {
      expect(rateBucketOf(same), same).toBe(bucket);
    }
    expect(rateBucketOf('2001:db8:1:3::1')).not.toBe(bucket);
    expect(rateBucketOf('::1')).toBe('0:0:0:0::/64');
    expect(rateBucketOf('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('keeps something that is not an address as text, so it still gets one bucket', () => {
    expect(rateBucketOf('')).toBe('unknown');
    expect(rateBucketOf('not an ip')).toBe('not an ip');
  });
});

describe('clientAddress', () => {
  it('is the socket address without a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress('10.0.0.5', '1.2.3.4', { trustProxy: false, hops: 1 })).toBe('10.0.0.5');
  });

  it('takes the address the configured number of hops from the right of X-Forwarded-For', () => {
    const xff = '198.51.100.1, 203.0.113.9, 192.0.2.44';
    expect(clientAddress('10.0.0.5', xff, { trustProxy: true, hops: 1 })).toBe('192.0.2.44');
    expect(clientAddress('10.0.0.5', xff, { trustProxy: true, hops: 2 })).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', xff, { trustProxy: true, hops: 3 })).toBe('198.51.100.1');
  });

  it('ignores what a client prepends: a spoofed left-most value never decides', () => {
    for (const spoof of ['1.1.1.1', '2.2.2.2', '2001:db8::1']) {
      expect(clientAddress('10.0.0.5', `${spoof}, 192.0.2.44`, { trustProxy: true, hops: 1 })).toBe('192.0.2.44');
    }
  });

  it('reads repeated headers as one list, and takes the left-most when the chain is shorter than the hops', () => {
    expect(clientAddress('10.0.0.5', ['1.1.1.1', '192.0.2.44'], { trustProxy: true, hops: 1 })).toBe('192.0.2.44');
    expect(clientAddress('10.0.0.5', '192.0.2.44', { trustProxy: true, hops: 3 })).toBe('192.0.2.44');
  });

  it('falls back to the socket address when the header is missing, empty or not an address', () => {
    expect(clientAddress('10.0.0.5', undefined, { trustProxy: true, hops: 1 })).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', ' , ', { trustProxy: true, hops: 1 })).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '1.1.1.1, garbage', { trustProxy: true, hops: 1 })).toBe('10.0.0.5');
    expect(clientAddress(undefined, undefined, { trustProxy: false, hops: 1 })).toBe('');
  });

  it('accepts the forms proxies write: brackets and ports', () => {
    expect(clientAddress('10.0.0.5', '[2001:db8::7]:4711', { trustProxy: true, hops: 1 })).toBe('2001:db8::7');
    expect(clientAddress('10.0.0.5', '192.0.2.44:8080', { trustProxy: true, hops: 1 })).toBe('192.0.2.44');
  });
});
