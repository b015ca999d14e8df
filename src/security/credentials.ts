// API keys, secrets and passwords: generated from a CSPRNG, stored only as hashes (scrypt for
// secrets and passwords, HMAC for key lookup) and compared in constant time.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as scryptModule from 'scrypt-kdf';

// scrypt-kdf 4.0.0 declares named exports but ships only a default export.
interface ScryptKdf {
  kdf(passphrase: string, params: { logN: number; r: number; p: number }): Promise<Uint8Array>;
  verify(key: Uint8Array, passphrase: string): Promise<boolean>;
}
const scrypt = (scryptModule as unknown as { default: ScryptKdf }).default;

export const API_KEY_PREFIX = 'ak_live_';
export const API_SECRET_PREFIX = 'sk_live_';
const KEY_PATTERN = /^(ak|sk)_live_[A-Za-z0-9_-]{64}$/;

/** `prefix` + 64 URL-safe characters (48 random bytes). */
export function generateCredential(prefix: typeof API_KEY_PREFIX | typeof API_SECRET_PREFIX): string {
  return prefix + randomBytes(48).toString('base64url');
}

export function isWellFormedApiKey(value: string): boolean {
  return value.startsWith(API_KEY_PREFIX) && KEY_PATTERN.test(value);
}

export const keyPreview = (key: string): string => `${key.slice(0, 12)}...`;

export class KeyHasher {
  constructor(private readonly secret: string) {}

  /** The lookup hash of an API key: HMAC-SHA-256, hex. */
  hash(key: string): string {
    return createHmac('sha256', this.secret).update(key).digest('hex');
  }

  /** Constant-time comparison of a hash already computed with `hash` to a stored one. */
  sameHash(actualHash: string, expectedHash: string): boolean {
    if (!/^[0-9a-f]{64}$/.test(expectedHash) || !/^[0-9a-f]{64}$/.test(actualHash)) return false;
    return timingSafeEqual(Buffer.from(actualHash, 'hex'), Buffer.from(expectedHash, 'hex'));
  }
}

export async function hashSecret(secret: string, logN: number): Promise<string> {
  const key = await scrypt.kdf(secret, { logN, r: 8, p: 1 });
  return Buffer.from(key).toString('base64');
}

/** Verifies with scrypt-kdf, whose comparison is constant-time. A malformed hash never matches. */
export async function verifySecret(storedHash: string, secret: string): Promise<boolean> {
  try {
    return await scrypt.verify(Buffer.from(storedHash, 'base64'), secret);
  } catch {
    return false;
  }
}

/** AES-256-GCM, for the one kind of credential the owner may read again (agent keys). */
export class KeyBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('KeyBox needs a 32-byte key');
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  open(sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    if (!iv || !tag || !body) throw new Error('malformed sealed value');
    // A fixed tag length: GCM would otherwise accept a truncated tag, which is easier to forge.
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: 16 });
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
