import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/db/schema.js';
import { PrincipalCache } from '../../src/services/principal-cache.js';

const account = (id: string, status: Account['status'] = 'active'): Account => ({
  id,
  display_name: id,
  email: null,
  email_normalized: null,
  password_hash: null,
  api_secret_hash: 'h',
  status,
  starting_balance: '10000.00000000',
  risk_profile: '{}',
  default_agent_id: null,
  created_at: '2026-11-27T12:00:00.000Z',
  updated_at: '2026-11-27T12:00:00.000Z',
});

/** A cache over a hand-driven generation, and a loader that counts its reads of `rows`. */
function setup(maxEntries?: number) {
  let generation = 0;
  const rows = new Map<string, Account>();
  const cache = new PrincipalCache(() => generation, maxEntries);
  let reads = 0;
  const load = (id: string) => async () => {
    reads++;
    const row = rows.get(id);
    return row && { ...row };
  };
  return {
    cache,
    rows,
    get reads() {
      return reads;
    },
    write: () => generation++,
    get: (id: string) => cache.account(id, load(id)),
  };
}

describe('PrincipalCache', () => {
  it('serves a repeated lookup from memory until the generation moves', async () => {
    const t = setup();
    t.rows.set('a', account('a'));
    await t.get('a');
    await t.get('a');
    expect(t.reads).toBe(1);
    t.rows.set('a', account('a', 'suspended'));
    t.write();
    expect((await t.get('a'))?.status).toBe('suspended');
    expect(t.reads).toBe(2);
  });

  it('never keeps a read that a write overtook', async () => {
    const t = setup();
    t.rows.set('a', account('a'));
    // The read starts, a write lands while it is in flight (after the row was read), then it ends.
    const inFlight = t.cache.account('a', async () => {
      const row = { ...t.rows.get('a')! };
      t.rows.set('a', account('a', 'suspended'));
      t.write();
      return row;
    });
    expect((await inFlight)?.status).toBe('active');
    expect((await t.get('a'))?.status).toBe('suspended');
  });

  it('does not remember unknown ids', async () => {
    const t = setup();
    expect(await t.get('nobody')).toBeUndefined();
    t.rows.set('nobody', account('nobody'));
    expect(await t.get('nobody')).toBeDefined();
    expect(t.reads).toBe(2);
  });

  it('hands out copies, so one caller patching its row cannot change what the next one sees', async () => {
    const t = setup();
    t.rows.set('a', account('a'));
    const first = await t.get('a');
    first!.default_agent_id = 'patched';
    const second = await t.get('a');
    second!.status = 'archived';
    expect(await t.get('a')).toMatchObject({ default_agent_id: null, status: 'active' });
    expect(t.reads).toBe(1);
  });

  it('holds at most maxEntries per kind, dropping the least recently used', async () => {
    const t = setup(2);
    for (const id of ['a', 'b', 'c']) t.rows.set(id, account(id));
    await t.get('a');
    await t.get('b');
    await t.get('a'); // a is now the most recently used
    await t.get('c'); // evicts b
    expect(t.cache.size).toBe(2);
    const before = t.reads;
    await t.get('a');
    await t.get('c');
    expect(t.reads).toBe(before);
    await t.get('b');
    expect(t.reads).toBe(before + 1);
  });

  it('lets go of everything it held once a write is seen', async () => {
    const t = setup();
    t.rows.set('a', account('a'));
    t.rows.set('b', account('b'));
    await t.get('a');
    await t.get('b');
    expect(t.cache.size).toBe(2);
    t.write();
    await t.get('a');
    expect(t.cache.size).toBe(1);
  });
});
