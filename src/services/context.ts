// What services need from the outside world, built once at start-up and passed in.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { migrateToLatest, openDatabase, type Db } from '../db/connection.js';
import type { PriceLookup } from '../domain/valuation.js';
import { IdGenerator } from '../ids.js';
import { KeyBox, KeyHasher } from '../security/credentials.js';
import { TokenService } from '../security/jwt.js';
import { loadServerSecrets } from '../security/server-secrets.js';

export interface ServiceContext {
  db: Db;
  clock: Clock;
  /** Time-ordered UUIDv7 ids for every new row. */
  ids: IdGenerator;
  config: Config;
  hasher: KeyHasher;
  keyBox: KeyBox;
  tokens: TokenService;
  /** Last prices for valuing holdings. */
  prices: PriceLookup;
}

/** Until a price feed is attached, no asset other than USDT has a value. */
export const NO_PRICES: PriceLookup = { lastPrice: () => undefined };

/** Opens and migrates the database, loads (or first creates) the server secrets, and wires the rest. */
export async function createServiceContext(config: Config, clock: Clock, prices: PriceLookup = NO_PRICES): Promise<ServiceContext> {
  const db = openDatabase(config.databasePath);
  await migrateToLatest(db);
  const secrets = await loadServerSecrets(db, config, clock);
  return {
    db,
    clock,
    ids: new IdGenerator(clock),
    config,
    hasher: new KeyHasher(secrets.keyHashSecret),
    keyBox: new KeyBox(secrets.keyEncryptionKey),
    tokens: new TokenService(secrets.jwtSecret, clock),
    prices,
  };
}
