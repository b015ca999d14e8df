// Secrets the server needs but the operator did not configure are generated once and kept in the
// database, so tokens and key hashes survive restarts.
import { randomBytes } from 'node:crypto';
import { isoTime, type Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { insertServerSecretOnce } from '../repositories/server-secret.repository.js';

export interface ServerSecrets {
  jwtSecret: string;
  keyHashSecret: string;
  keyEncryptionKey: Buffer;
}

export async function loadServerSecrets(db: Db, config: Config, clock: Clock): Promise<ServerSecrets> {
  const now = isoTime(clock.now());
  const stored = (name: string) => insertServerSecretOnce(db, name, randomBytes(32).toString('base64url'), now);
  return {
    jwtSecret: config.jwtSecret ?? (await stored('jwt_secret')),
    keyHashSecret: config.keyHashSecret ?? (await stored('key_hash_secret')),
    keyEncryptionKey: config.keyEncryptionKey ?? Buffer.from(await stored('key_encryption_key'), 'base64url'),
  };
}
