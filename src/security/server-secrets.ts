// Secrets the server needs but the operator did not configure are generated once and kept in the
// database, so tokens and key hashes survive restarts.
import { randomBytes } from 'node:crypto';
import { isoTime, type Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { Logger } from '../logger.js';
import { insertServerSecretOnce } from '../repositories/server-secret.repository.js';

export interface ServerSecrets {
  jwtSecret: string;
  keyHashSecret: string;
  keyEncryptionKey: Buffer;
}

export async function loadServerSecrets(db: Db, config: Config, clock: Clock, logger?: Logger): Promise<ServerSecrets> {
  const now = isoTime(clock.now());
  const stored = (name: string) => insertServerSecretOnce(db, name, randomBytes(32).toString('base64url'), now);
  const secrets = {
    jwtSecret: config.jwtSecret ?? (await stored('jwt_secret')),
    keyHashSecret: config.keyHashSecret ?? (await stored('key_hash_secret')),
    keyEncryptionKey: config.keyEncryptionKey ?? Buffer.from(await stored('key_encryption_key'), 'base64url'),
  };
  // Self-generated secrets live next to the data they protect: whoever can read the database file
  // can forge tokens and decrypt agent keys. An operator should know, and can move them out.
  const variables = [
    config.jwtSecret === undefined && 'JWT_SECRET',
    config.keyHashSecret === undefined && 'KEY_HASH_SECRET',
    config.keyEncryptionKey === undefined && 'KEY_ENCRYPTION_KEY',
  ].filter((v): v is string => typeof v === 'string');
  if (variables.length > 0) {
    logger?.warn('server secrets are generated and kept in the database, not read from the environment; set them in production', {
      variables,
    });
  }
  return secrets;
}
