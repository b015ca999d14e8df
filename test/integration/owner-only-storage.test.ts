// The database holds password hashes, HMAC'd keys and the server's own secrets: its folder and
// files are created readable by the owner only, and generating secrets instead of reading them
// from the environment is said out loud at start.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { migrateToLatest, openDatabase } from '../../src/db/connection.js';
import type { Logger } from '../../src/logger.js';
import { loadServerSecrets } from '../../src/security/server-secrets.js';

const dir = mkdtempSync(join(tmpdir(), 'tradeready-perms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;

function capturingLogger() {
  const lines: Array<{ level: string; msg: string; fields?: Record<string, unknown> }> = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) =>
    void lines.push({ level, msg, ...(fields ? { fields } : {}) });
  const logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } as unknown as Logger;
  return { logger, lines };
}

describe('database files', () => {
  it('creates the folder 0700 and the database, its WAL and shared-memory files 0600', async () => {
    const previous = process.umask(0o022);
    try {
      const folder = join(dir, 'nested', 'data');
      const path = join(folder, 'tradeready.db');
      const db = openDatabase(path);
      await migrateToLatest(db);
      await sql`INSERT INTO server_secrets (name, value, created_at) VALUES ('probe', 'x', 'now')`.execute(db);
      expect(modeOf(folder)).toBe(0o700);
      expect(modeOf(join(dir, 'nested'))).toBe(0o700);
      for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(modeOf(file), file).toBe(0o600);
      await db.destroy();
    } finally {
      process.umask(previous);
    }
  });
});

describe('server secrets', () => {
  it('warns at start for each secret generated instead of read from the environment', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const { logger, lines } = capturingLogger();
    await loadServerSecrets(db, loadConfig({ JWT_SECRET: 'j'.repeat(40) }), new ManualClock(0), logger);
    const warnings = lines.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.fields?.variables).toEqual(['KEY_HASH_SECRET', 'KEY_ENCRYPTION_KEY']);
    expect(JSON.stringify(lines)).not.toContain('j'.repeat(40));
    await db.destroy();
  });

  it('says nothing when every secret comes from the environment', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const { logger, lines } = capturingLogger();
    const env = { JWT_SECRET: 'j'.repeat(40), KEY_HASH_SECRET: 'k'.repeat(40), KEY_ENCRYPTION_KEY: 'ab'.repeat(32) };
    await loadServerSecrets(db, loadConfig(env), new ManualClock(0), logger);
    expect(lines.filter((l) => l.level === 'warn')).toEqual([]);
    await db.destroy();
  });
});
