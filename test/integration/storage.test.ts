import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { migrateToLatest, openDatabase } from '../../src/db/connection.js';
import { TEST_ENV } from '../support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storage', () => {
  it('migrates up and all the way down again', async () => {
    const db = openDatabase(':memory:');
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const { error, results } = await migrator.migrateTo(NO_MIGRATIONS);
    expect(error).toBeUndefined();
    expect(results?.map((r) => r.status)).toEqual(Object.keys(migrations).map(() => 'Success'));
    const tables = (await db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual([]);
    await db.destroy();
  });

  it('uses WAL on a file database', async () => {
    const db = openDatabase(join(dir, 'wal.db'));
    await migrateToLatest(db);
    const { rows } = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db);
    expect(rows[0]?.journal_mode).toBe('wal');
    await db.destroy();
  });

  it('keeps generated secrets across restarts, so keys and tokens stay valid', async () => {
    const env = { ...TEST_ENV, DATABASE_URL: join(dir, 'restart.db') };
    const first = await createApp(loadConfig(env));
    const url = await first.start();
    const reg = await (
      await fetch(`${url}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ display_name: 'Persistent' }),
      })
    ).json();
    const login = await (
      await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ api_key: reg.api_key, api_secret: reg.api_secret }),
      })
    ).json();
    await first.stop();

    const second = await createApp(loadConfig(env));
    const url2 = await second.start();
    const byKey = await fetch(`${url2}/api/v1/account/info`, { headers: { 'X-API-Key': reg.agent_api_key } });
    const byToken = await fetch(`${url2}/api/v1/account/info`, { headers: { Authorization: `Bearer ${login.token}` } });
    expect(byKey.status).toBe(200);
    expect(byToken.status).toBe(200);
    await second.stop();
  });
});
