import { describe, it, expect } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  API_KEY_PREFIX,
  API_SECRET_PREFIX,
  generateCredential,
  hashSecret,
  isWellFormedApiKey,
  KeyBox,
  KeyHasher,
  keyPreview,
  verifySecret,
} from '../../src/security/credentials.js';

const BODY_64 = 'A'.repeat(30) + 'z'.repeat(30) + '0_-9';

describe('generateCredential', () => {
  it('produces the prefix followed by 64 URL-safe characters', () => {
    const key = generateCredential(API_KEY_PREFIX);
    const secret = generateCredential(API_SECRET_PREFIX);
    expect(key).toMatch(/^ak_live_[A-Za-z0-9_-]{64}$/);
    expect(secret).toMatch(/^sk_live_[A-Za-z0-9_-]{64}$/);
    expect(key).toHaveLength(72);
    expect(secret).toHaveLength(72);
  });

  it('never repeats over 1000 draws', () => {
    const draws = new Set(Array.from({ length: 1000 }, () => generateCredential(API_KEY_PREFIX)));
    expect(draws.size).toBe(1000);
  });

  it('generates keys that isWellFormedApiKey accepts', () => {
    for (let i = 0; i < 50; i++) expect(isWellFormedApiKey(generateCredential(API_KEY_PREFIX))).toBe(true);
  });
});

describe('isWellFormedApiKey', () => {
  it('accepts ak_live_ plus 64 URL-safe characters', () => {
    expect(isWellFormedApiKey(`ak_live_${BODY_64}`)).toBe(true);
  });

  it.each([
    ['an API secret', `sk_live_${BODY_64}`],
    ['a test-mode key', `ak_test_${BODY_64}`],
    ['a key one character short', `ak_live_${BODY_64.slice(1)}`],
    ['a key one character long', `ak_live_${BODY_64}A`],
    ['a key with "+"', `ak_live_${BODY_64.slice(1)}+`],
    ['a key with "/"', `ak_live_${BODY_64.slice(1)}/`],
    ['a key with "=" padding', `ak_live_${BODY_64.slice(1)}=`],
    ['a key with a trailing newline', `ak_live_${BODY_64}\n`],
    ['a key with a leading space', ` ak_live_${BODY_64.slice(1)}`],
    ['the bare prefix', 'ak_live_'],
    ['an empty string', ''],
  ])('rejects %s', (_label, value) => {
    expect(isWellFormedApiKey(value)).toBe(false);
  });
});

describe('keyPreview', () => {
  it('shows only the first 12 characters', () => {
    expect(keyPreview(`ak_live_${BODY_64}`)).toBe('ak_live_AAAA...');
  });
});

describe('KeyHasher', () => {
  const hasher = new KeyHasher('a-server-side-hmac-secret-of-32-chars!');

  it('hashes deterministically to 64 hex characters', () => {
    const key = generateCredential(API_KEY_PREFIX);
    expect(hasher.hash(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hasher.hash(key)).toBe(hasher.hash(key));
    expect(new KeyHasher('a-server-side-hmac-secret-of-32-chars!').hash(key)).toBe(hasher.hash(key));
  });

  it('gives different hashes for different keys and for different secrets', () => {
    const key = generateCredential(API_KEY_PREFIX);
    expect(hasher.hash(key)).not.toBe(hasher.hash(generateCredential(API_KEY_PREFIX)));
    expect(new KeyHasher('another-secret-another-secret-xx').hash(key)).not.toBe(hasher.hash(key));
  });

  it('is HMAC-SHA-256 (known answer)', () => {
    // RFC 4231 test case 2.
    expect(new KeyHasher('Jefe').hash('what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches a key against its stored hash', () => {
    const key = generateCredential(API_KEY_PREFIX);
    const stored = hasher.hash(key);
    expect(hasher.sameHash(hasher.hash(key), stored)).toBe(true);
    expect(hasher.sameHash(hasher.hash(generateCredential(API_KEY_PREFIX)), stored)).toBe(false);
  });

  it('does not match truncated, empty or non-hex stored hashes', () => {
    const key = generateCredential(API_KEY_PREFIX);
    const stored = hasher.hash(key);
    expect(hasher.sameHash(hasher.hash(key), stored.slice(0, 62))).toBe(false);
    expect(hasher.sameHash(hasher.hash(key), '')).toBe(false);
    expect(hasher.sameHash(hasher.hash(key), 'not-a-hash')).toBe(false);
    expect(hasher.sameHash('not-a-hash', stored)).toBe(false);
  });

  // Source bug (see report): Buffer.from(hex) stops at the first invalid character and drops an odd
  // trailing digit, so a stored hash followed by junk still "matches".
  it('does not match a stored hash with extra characters after it', () => {
    const key = generateCredential(API_KEY_PREFIX);
    const stored = hasher.hash(key);
    expect(hasher.sameHash(hasher.hash(key), `${stored}zz`)).toBe(false);
    expect(hasher.sameHash(hasher.hash(key), `${stored}0`)).toBe(false);
  });
});

describe('hashSecret / verifySecret (scrypt, logN 10)', () => {
  const secret = generateCredential(API_SECRET_PREFIX);

  it('verifies the right secret and refuses a wrong one', async () => {
    const stored = await hashSecret(secret, 10);
    expect(await verifySecret(stored, secret)).toBe(true);
    expect(await verifySecret(stored, generateCredential(API_SECRET_PREFIX))).toBe(false);
    expect(await verifySecret(stored, secret.slice(0, -1))).toBe(false);
  });

  it('salts every hash, so hashing the same secret twice gives different results', async () => {
    const [first, second] = await Promise.all([hashSecret(secret, 10), hashSecret(secret, 10)]);
    expect(first).not.toBe(second);
    expect(await verifySecret(second, secret)).toBe(true);
  });

  it('does not contain the secret in the stored hash', async () => {
    const stored = await hashSecret(secret, 10);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(API_SECRET_PREFIX.length));
    expect(Buffer.from(stored, 'base64').toString('latin1')).not.toContain(secret.slice(API_SECRET_PREFIX.length));
  });

  it('returns false, without throwing, for malformed stored hashes', async () => {
    const stored = await hashSecret(secret, 10);
    for (const bad of ['', 'not base64 at all!', 'c2NyeXB0', stored.slice(0, 40), Buffer.from('x'.repeat(96)).toString('base64')]) {
      await expect(verifySecret(bad, secret)).resolves.toBe(false);
    }
  });
});

describe('KeyBox (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const box = new KeyBox(key);
  const plaintext = generateCredential(API_KEY_PREFIX);

  /** Replaces part `index` (0 = iv, 1 = tag, 2 = body) of a sealed value. */
  function withPart(sealed: string, index: number, change: (bytes: Buffer) => Buffer): string {
    const parts = sealed.split('.');
    parts[index] = change(Buffer.from(parts[index] ?? '', 'base64url')).toString('base64url');
    return parts.join('.');
  }
  const flipFirstBit = (bytes: Buffer) => {
    const copy = Buffer.from(bytes);
    copy[0] = (copy[0] ?? 0) ^ 1;
    return copy;
  };

  it('opens what it sealed', () => {
    expect(box.open(box.seal(plaintext))).toBe(plaintext);
    expect(box.open(box.seal(''))).toBe('');
    expect(box.open(box.seal('ünïcødé ✓'))).toBe('ünïcødé ✓');
  });

  it('seals as three base64url parts that do not reveal the plaintext', () => {
    const sealed = box.seal(plaintext);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(plaintext.slice(API_KEY_PREFIX.length, 20));
  });

  it('gives a different sealed value each time for the same plaintext', () => {
    const a = box.seal(plaintext);
    const b = box.seal(plaintext);
    expect(a).not.toBe(b);
    expect(box.open(a)).toBe(box.open(b));
  });

  it('throws when the ciphertext, tag or IV was tampered with', () => {
    const sealed = box.seal(plaintext);
    expect(() => box.open(withPart(sealed, 2, flipFirstBit))).toThrow();
    expect(() => box.open(withPart(sealed, 1, flipFirstBit))).toThrow();
    expect(() => box.open(withPart(sealed, 0, flipFirstBit))).toThrow();
  });

  // Source bug (see report): open() does not pin the GCM tag length, so a tag cut down to its first
  // 4 bytes (which is what a 32-bit tag of the same key would be) is accepted.
  it('throws when the authentication tag was truncated', () => {
    const sealed = box.seal(plaintext);
    expect(() => box.open(withPart(sealed, 1, (tag) => tag.subarray(0, 4)))).toThrow();
    expect(() => box.open(withPart(sealed, 1, (tag) => tag.subarray(0, 12)))).toThrow();
  });

  it('throws when opened with a different key', () => {
    const sealed = box.seal(plaintext);
    expect(() => new KeyBox(randomBytes(32)).open(sealed)).toThrow();
  });

  it('throws on a malformed sealed value', () => {
    expect(() => box.open('only-one-part')).toThrow('malformed sealed value');
    expect(() => box.open('two.parts')).toThrow('malformed sealed value');
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => new KeyBox(randomBytes(16))).toThrow('KeyBox needs a 32-byte key');
    expect(() => new KeyBox(randomBytes(33))).toThrow('KeyBox needs a 32-byte key');
  });
});
