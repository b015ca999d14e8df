// Builds a ServiceContext on a fresh, migrated database, for the integration tier.
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { IdGenerator } from '../../src/ids.js';
import { migrateToLatest, openDatabase } from '../../src/db/connection.js';
import { KeyBox, KeyHasher } from '../../src/security/credentials.js';
import { TokenService } from '../../src/security/jwt.js';
import { loadServerSecrets } from '../../src/security/server-secrets.js';
import type { ServiceContext } from '../../src/services/context.js';
import { TEST_ENV } from './harness.js';

export async function createServiceContext(env: Record<string, string> = {}): Promise<ServiceContext & { clock: ManualClock }> {
  const config = loadConfig({ ...TEST_ENV, ...env });
  const clock = new ManualClock(Date.UTC(2026, 10, 27, 12));
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
    prices: { lastPrice: () => undefined },
  };
}
