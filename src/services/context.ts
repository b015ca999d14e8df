// What services need from the outside world, built once in createApp and passed in.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { PriceLookup } from '../domain/valuation.js';
import type { IdGenerator } from '../ids.js';
import type { KeyBox, KeyHasher } from '../security/credentials.js';
import type { TokenService } from '../security/jwt.js';

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
