// Battle calls of one account reaching two instances at once: two BattleServices on one PostgreSQL
// database, each with its own per-battle queue, as two processes of a cluster behind a balancer.
// The queue keeps calls apart only on one instance; the battle's row, taken and compared in every
// write piece, must keep them apart across instances: one start sets the fresh wallets aside, one
// stop gives them back and completes, one join adds the agent. Needs TEST_DATABASE_URL.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BattleStreamEvent } from '../../src/battles/types.js';
import type { Account, Agent } from '../../src/db/schema.js';
import { DomainError } from '../../src/errors.js';
import { createSchema, dropSchemas, PG_SKIP_REASON, testDatabaseUrl, type PgSchema } from '../support/pg.js';
import { addPair, bars, MIN, storeBars, T0 } from './backtest-fixtures.js';
import { battleWorld, newAgent, owner, walletOf, type BattleWorld } from './battles-fixtures.js';

const pgUrl = testDatabaseUrl();
const suite = pgUrl ? describe : describe.skip;

afterAll(async () => {
  if (pgUrl) await dropSchemas();
});

/** Of two calls run at once: the error codes of the ones that failed ('ok' for those that did not). */
async function outcomes(calls: Array<Promise<unknown>>): Promise<string[]> {
  const settled = await Promise.allSettled(calls);
  return settled
    .map((s) => {
      if (s.status === 'fulfilled') return 'ok';
      if (s.reason instanceof DomainError) return s.reason.code;
      throw s.reason;
    })
    .sort();
}

suite(`battles on two instances of one PostgreSQL database${pgUrl ? '' : ` (${PG_SKIP_REASON})`}`, () => {
  let schema: PgSchema;
  let one: BattleWorld;
  let two: BattleWorld;
  let account: Account;
  let a: Agent;
  let b: Agent;
  let statuses: string[];

  beforeEach(async () => {
    schema = await createSchema();
    const env = { DATABASE_URL: schema.url, DATABASE_SCHEMA: schema.schema };
    one = await battleWorld(env);
    two = await battleWorld(env);
    const me = await owner(one.ctx, 'two instances');
    account = me.account;
    a = me.agent;
    b = await newAgent(one.ctx, account, 'Bravo');
    statuses = [];
    for (const world of [one, two]) {
      world.ctx.events.onBattle((e: BattleStreamEvent) => {
        if (e.type === 'status') statuses.push(e.data.event);
      });
    }
  });

  afterEach(async () => {
    await one.close();
    await two.close();
    await schema.drop();
  });

  /** A pending fresh-wallet live battle of a and b, made on the first instance. */
  async function pendingBattle(): Promise<string> {
    const { id } = await one.battles.create(account, { name: 'Raced', config: { starting_balance: '5000' } });
    await one.battles.addParticipant(account, id, a.id);
    await one.battles.addParticipant(account, id, b.id);
    return id;
  }

  it('starts once when both instances are asked to start, and the own wallets come back whole', async () => {
    const id = await pendingBattle();
    const own = [await walletOf(one.ctx, a.id), await walletOf(one.ctx, b.id)];
    expect(await outcomes([one.battles.start(account, id), two.battles.start(account, id)])).toEqual(['BATTLE_INVALID_STATE', 'ok']);
    expect(statuses.filter((s) => s === 'battle_started')).toHaveLength(1);
    // The battle wallet, set aside once: exactly the starting balance.
    expect(await walletOf(one.ctx, a.id)).toEqual(['USDT: 5000.00000000/0.00000000']);
    await two.battles.stop(account, id);
    expect([await walletOf(one.ctx, a.id), await walletOf(one.ctx, b.id)]).toEqual(own);
  });

  it('completes once when both instances are asked to stop', async () => {
    const id = await pendingBattle();
    const own = [await walletOf(one.ctx, a.id), await walletOf(one.ctx, b.id)];
    await one.battles.start(account, id);
    expect(await outcomes([one.battles.stop(account, id), two.battles.stop(account, id)])).toEqual(['BATTLE_INVALID_STATE', 'ok']);
    expect(statuses.filter((s) => s === 'battle_completed')).toHaveLength(1);
    expect([await walletOf(one.ctx, a.id), await walletOf(one.ctx, b.id)]).toEqual(own);
    const ranks = await one.ctx.db.selectFrom('battle_participants').select('final_rank').where('battle_id', '=', id).execute();
    expect(ranks.map((r) => r.final_rank).sort()).toEqual([1, 2]);
  });

  it('takes an agent once when both instances are asked to add it', async () => {
    const { id } = await one.battles.create(account, { name: 'Joined', config: { starting_balance: '5000' } });
    expect(await outcomes([one.battles.addParticipant(account, id, a.id), two.battles.addParticipant(account, id, a.id)])).toEqual([
      'BATTLE_INVALID_STATE',
      'ok',
    ]);
    const rows = await one.ctx.db.selectFrom('battle_participants').select('agent_id').where('battle_id', '=', id).execute();
    expect(rows.map((r) => r.agent_id)).toEqual([a.id]);
  });

  it('starts a historical battle once: the sessions of the start that lost are cancelled, the winner’s run', async () => {
    await addPair(one.ctx, 'BTCUSDT', 'BTC');
    await storeBars(one.ctx, 'BTCUSDT', bars(T0, ['100', '101', '102', '99', '98', '103']));
    const iso = (ms: number) => new Date(ms).toISOString();
    const { id } = await one.battles.create(account, {
      name: 'Past, raced',
      battle_mode: 'historical',
      config: { pairs: ['BTCUSDT'], starting_balance: '1000' },
      backtest_config: { start_time: iso(T0 + MIN), end_time: iso(T0 + 5 * MIN) },
    });
    await one.battles.addParticipant(account, id, a.id);
    await one.battles.addParticipant(account, id, b.id);
    expect(await outcomes([one.battles.start(account, id), two.battles.start(account, id)])).toEqual(['BATTLE_INVALID_STATE', 'ok']);
    const linked = await one.ctx.db.selectFrom('battle_participants').select('backtest_session_id').where('battle_id', '=', id).execute();
    const sessions = await one.ctx.db.selectFrom('backtest_sessions').select(['id', 'status']).where('battle_id', '=', id).execute();
    const live = sessions.filter((s) => s.status !== 'cancelled').map((s) => s.id);
    expect(live.sort()).toEqual(linked.map((p) => p.backtest_session_id).sort());
    expect(live).toHaveLength(2);
    // The battle runs on the linked sessions, from either instance.
    expect(await two.battles.step(account, id, 1)).toMatchObject({ battle_id: id, step: 1, is_complete: false });
  });

  it('pauses on one instance while the other stops: the stop ranks what is stored after the pause, or the pause finds it stopped', async () => {
    const id = await pendingBattle();
    await one.battles.start(account, id);
    const results = await outcomes([one.battles.pause(account, id, a.id), two.battles.stop(account, id)]);
    const battle = await one.ctx.db.selectFrom('battles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const participants = await one.ctx.db.selectFrom('battle_participants').selectAll().where('battle_id', '=', id).execute();
    expect(battle.status).toBe('completed');
    // Whichever came first, no row is left paused in a completed battle.
    expect(participants.map((p) => p.status)).toEqual(['stopped', 'stopped']);
    expect(results).toContain('ok');
  });
});
