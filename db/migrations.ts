// Every migration, in order. Listed statically so start-up does not depend on a directory scan.
import type { Migration } from 'kysely';
import * as initial from './migrations/20261127000000_initial.js';
import * as market from './migrations/20261127010000_market.js';
import * as trading from './migrations/20261127020000_trading.js';
import * as snapshots from './migrations/20261127030000_snapshots.js';
import * as orderIndexes from './migrations/20261127040000_order-indexes.js';

export const migrations: Record<string, Migration> = {
  '20261127000000_initial': initial,
  '20261127010000_market': market,
  '20261127020000_trading': trading,
  '20261127030000_snapshots': snapshots,
  '20261127040000_order-indexes': orderIndexes,
};
