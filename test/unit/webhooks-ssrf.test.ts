// Which webhook targets the server refuses (src/webhooks/ssrf.ts): every non-public address, in
// every spelling, judged after DNS; and the pinned lookup that keeps the connection on the address
// that was checked.
import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isBlockedAddress, pinnedLookup, UrlRefused } from '../../src/webhooks/ssrf.js';

async function refusal(url: string, resolve?: (host: string) => Promise<Array<{ address: string; family: number }>>): Promise<string> {
  try {
    await checkWebhookUrl(url, { allowPrivate: false, ...(resolve ? { resolve } : {}) });
  } catch (err) {
    if (err instanceof UrlRefused) return err.reason;
    throw err;
  }
  return 'allowed';
}

const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '172.16.0.1',
    '172.17.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '192.0.0.8',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a9fe:a9fe',
    '::127.0.0.1',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '2001:db8::1',
    '2002:7f00:1::1',
    '2001:0:4136:e378::1',
    'fe80::1%eth0',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])(
    'allows the public address %s',
    (address) => {
      expect(isBlockedAddress(address)).toBe(false);
    },
  );
});

describe('checkWebhookUrl with private URLs not allowed', () => {
  it('refuses loopback, private, metadata and mapped literals', async () => {
    expect(await refusal('https://127.0.0.1/hook')).toBe('address_not_allowed');
    expect(await refusal('https://10.1.2.3/hook')).toBe('address_not_allowed');
    expect(await refusal('https://169.254.169.254/latest/meta-data/')).toBe('address_not_allowed');
    expect(await refusal('https://[::ffff:127.0.0.1]/hook')).toBe('address_not_allowed');
    expect(await refusal('https://[::1]:8443/hook')).toBe('address_not_allowed');
    // Decimal and short forms are normalised by the URL parser to the same dotted quad.
    expect(await refusal('https://2130706433/hook')).toBe('address_not_allowed');
    expect(await refusal('https://127.1/hook')).toBe('address_not_allowed');
  });

  it('refuses a hostname that resolves to loopback, and one with any private address among public ones', async () => {
    expect(await refusal('https://localhost/hook')).toBe('address_not_allowed');
    expect(await refusal('https://hooks.example.com/x', resolvesTo('127.0.0.1'))).toBe('address_not_allowed');
    expect(await refusal('https://hooks.example.com/x', resolvesTo('93.184.216.34', '10.0.0.7'))).toBe('address_not_allowed');
    expect(await refusal('https://hooks.example.com/x', resolvesTo('93.184.216.34'))).toBe('allowed');
  });

  it('refuses http, other schemes, credentials, junk and hosts that do not resolve', async () => {
    expect(await refusal('http://hooks.example.com/x', resolvesTo('93.184.216.34'))).toBe('scheme_not_allowed');
    expect(await refusal('ftp://hooks.example.com/x')).toBe('scheme_not_allowed');
    expect(await refusal('https://user:pw@hooks.example.com/x', resolvesTo('93.184.216.34'))).toBe('credentials_not_allowed');
    expect(await refusal('not a url')).toBe('invalid_url');
    expect(await refusal('https://nothing.invalid/x', async () => [])).toBe('unresolvable_host');
    expect(
      await refusal('https://nothing.invalid/x', async () => {
        throw new Error('ENOTFOUND');
      }),
    ).toBe('unresolvable_host');
  });

  it('returns the checked address for the connection to use', async () => {
    const target = await checkWebhookUrl('https://hooks.example.com:8443/x?y=1', {
      allowPrivate: false,
      resolve: resolvesTo('93.184.216.34'),
    });
    expect(target).toMatchObject({ address: '93.184.216.34', family: 4 });
    expect(target.url.port).toBe('8443');
  });
});

describe('checkWebhookUrl with WEBHOOK_ALLOW_PRIVATE_URLS', () => {
  it('allows http and loopback, still refuses other schemes', async () => {
    const target = await checkWebhookUrl('http://127.0.0.1:9000/hook', { allowPrivate: true });
    expect(target.address).toBe('127.0.0.1');
    await expect(checkWebhookUrl('ftp://127.0.0.1/x', { allowPrivate: true })).rejects.toBeInstanceOf(UrlRefused);
  });

  it('does not resolve a host name (every address is allowed; it resolves when connecting)', async () => {
    const target = await checkWebhookUrl('http://receiver.internal:9000/x', {
      allowPrivate: true,
      resolve: () => Promise.reject(new Error('must not be called')),
    });
    expect(target.address).toBeNull();
  });
});

describe('pinnedLookup', () => {
  it('answers the checked address in both callback forms, whatever the name asked', () => {
    const lookup = pinnedLookup({ address: '93.184.216.34', family: 4 });
    const single: unknown[] = [];
    lookup('attacker-rebinds.example', {}, (...args: unknown[]) => single.push(...args));
    expect(single).toEqual([null, '93.184.216.34', 4]);
    const all: unknown[] = [];
    lookup('attacker-rebinds.example', { all: true }, (...args: unknown[]) => all.push(...args));
    expect(all).toEqual([null, [{ address: '93.184.216.34', family: 4 }]]);
  });
});
