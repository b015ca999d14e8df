// The live-battle scheduler's incremental read of fills when they commit out of rowid order. On
// PostgreSQL a fill's rowid is drawn at INSERT and transactions commit concurrently, so a fill with
// a smaller rowid can commit after a tick has read a larger one; the scheduler must still count it,
// once. Every case runs on SQLite and, with TEST_DATABASE_URL set, on PostgreSQL; the interleaved
// transactions only on PostgreSQL.
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveFigures, rankParticipants, standingsOf } from '../../src/battles/ranking.js';
import { newParticipantRow } from '../../src/battles/repository.js';
import { BattleScheduler, type BattleLifecycle } from '../../src/battles/scheduler.js';
import type { BattleConfig, BattleStreamEvent, RankingMetric, StandingDto } from '../../src/battles/types.js';
import { isoTime } from '../../src/clock.js';
import type { Account, Agent } from '../../src/db/schema.js';
import { readNow } from '../../src/db/store.js';
import { MarketData } from '../../src/market/market-data.service.js';
import { registerAccount } from '../../src/services/auth.service.js';
import { placeOrder } from '../../src/services/trading.service.js';
import { createSchema, dropSchemas, PG_SKIP_REASON, testDatabaseUrl, type PgSchema } from '../support/pg.js';
import { ScriptedSource } from '../support/scripted-source.js';
import { createServiceContext } from '../support/services.js';

const INTERVAL = 5000;
const pgUrl = testDatabaseUrl();

const noLifecycle: BattleLifecycle = { completeBattle: async () => {}, eliminate: async () => {} };

afterAll(async () => {
  if (pgUrl) await dropSchemas();
});

interface Who {
  account: Account;
  agent: Agent;
}

function suite(dialect: 'sqlite' | 'postgres'): void {
  let ctx: Awaited<ReturnType<typeof createServiceContext>>;
  let schema: PgSchema | undefined;
  let source: ScriptedSource;
  let scheduler: BattleScheduler;
  let events: BattleStreamEvent[];
  let counter = 0;

  beforeEach(async () => {
    schema = dialect === 'postgres' ? await createSchema() : undefined;
    ctx = await createServiceContext({
      MARKET_HISTORY_DAYS: '0',
      BATTLE_SNAPSHOT_INTERVAL_MS: String(INTERVAL),
      ...(schema ? { DATABASE_URL: schema.url, DATABASE_SCHEMA: schema.schema } : {}),
    });
    source = new ScriptedSource(ctx.clock, ['BTCUSDT'], `late-fills-${dialect}`);
    const market = new MarketData({ db: ctx.db, clock: ctx.clock, source, historyDays: 0, flushIntervalMs: null, pruneIntervalMs: null });
    Object.assign(ctx, { market, prices: { lastPrice: (s: string) => market.lastPrice(s)?.price } });
    await market.start();
    source.push('BTCUSDT', '60000');
    events = [];
    ctx.events.onBattle((e) => events.push(e));
    scheduler = new BattleScheduler(ctx, noLifecycle, { intervalMs: null });
  });

  afterEach(async () => {
    await scheduler.stop();
    await ctx.market.stop();
    await ctx.writes.idle();
    await ctx.db.destroy();
    await schema?.drop();
  });

  async function newAgent(): Promise<Who> {
    const reg = await registerAccount(ctx, { displayName: `late ${dialect} ${++counter}` });
    return { account: reg.account, agent: reg.agent };
  }

  async function insertBattle(owner: Account, agents: Agent[]): Promise<string> {
    const id = ctx.ids.next();
    const now = ctx.clock.now();
    const config: BattleConfig = {
      starting_balance: '10000',
      wallet_mode: 'existing',
      duration_type: 'unlimited',
      duration_seconds: null,
      allowed_pairs: null,
    };
    await ctx.db
      .insertInto('battles')
      .values({
        id,
        account_id: owner.id,
        name: `battle ${id.slice(-4)}`,
        status: 'active',
        battle_mode: 'live',
        preset: null,
        config: JSON.stringify(config),
        ranking_metric: 'roi_pct',
        backtest_config: null,
        created_at: isoTime(now - 60_000),
        updated_at: isoTime(now),
        started_at: isoTime(now),
        ended_at: null,
        ends_ms: null,
        winner_agent_id: null,
        leader_agent_id: null,
      })
      .execute();
    for (const [i, agent] of agents.entries()) {
      await ctx.db
        .insertInto('battle_participants')
        .values(
          newParticipantRow({
            id: ctx.ids.next(),
            battle_id: id,
            agent_id: agent.id,
            joined_at: isoTime(now - 60_000 + i * 1000),
            snapshot_balance: '10000.00000000',
          }),
        )
        .execute();
    }
    return id;
  }

  /** The standings from a full read of the stored battle (what /live computes). */
  async function fullRead(battleId: string): Promise<StandingDto[]> {
    const battle = await ctx.db.selectFrom('battles').selectAll().where('id', '=', battleId).executeTakeFirstOrThrow();
    const participants = await ctx.db.selectFrom('battle_participants').selectAll().where('battle_id', '=', battleId).execute();
    const figures = await readNow(ctx.db, (tx) =>
      liveFigures(tx, ctx, battle, participants, ctx.clock.now(), (id) => scheduler.equityMetricsOf(id)),
    );
    const agents = await ctx.db
      .selectFrom('agents')
      .select(['id', 'display_name', 'color'])
      .where(
        'id',
        'in',
        participants.map((p) => p.agent_id),
      )
      .execute();
    const cards = new Map(agents.map((a) => [a.id, { display_name: a.display_name, color: a.color }]));
    return standingsOf(rankParticipants(figures, battle.ranking_metric as RankingMetric), cards);
  }

  /** One tick; the standings it published for the battle. */
  async function ticked(): Promise<StandingDto[]> {
    events = [];
    await scheduler.tick();
    const published = events.find((e) => e.type === 'battle_snapshot');
    if (!published) throw new Error('the tick published no standings');
    return published.data.participants;
  }

  const trade = (who: Who, side: 'buy' | 'sell', quantity: string) =>
    placeOrder(ctx, who.account, who.agent, { symbol: 'BTCUSDT', side, type: 'market', quantity });

  const figuresOf = (standings: StandingDto[], who: Who) => {
    const s = standings.find((x) => x.agent_id === who.agent.id)!;
    return { trade_count: s.trade_count, realized_pnl: s.realized_pnl };
  };

  it('counts every fill once over ticks that re-read the same ones, as a full read does', async () => {
    const [alice, bob] = [await newAgent(), await newAgent()];
    const id = await insertBattle(alice.account, [alice.agent, bob.agent]);
    await ticked();
    for (const [i, price] of ['60500', '61000', '59500', '60800', '61200', '60100'].entries()) {
      ctx.clock.advance(INTERVAL);
      source.push('BTCUSDT', price);
      await trade(i % 3 === 2 ? bob : alice, 'buy', '0.01');
      if (i % 2 === 1) await trade(alice, 'sell', '0.005');
      // On PostgreSQL every tick also re-reads the fills of the last minute: all of these.
      expect(await ticked()).toEqual(await fullRead(id));
    }
    const standings = await ticked();
    expect(figuresOf(standings, alice)).toMatchObject({ trade_count: 7 });
    expect(figuresOf(standings, bob)).toMatchObject({ trade_count: 2 });
    expect(standings).toEqual(await fullRead(id));
  });

  // Two transactions of one database open at once: PostgreSQL only (SQLite has one writer).
  if (dialect === 'postgres')
    it('counts a fill that commits after a tick has read one with a larger rowid, once', async () => {
      const [alice, bob] = [await newAgent(), await newAgent()];
      // Real trades first: a sale with realised PnL for each, which the late fills copy.
      await trade(alice, 'buy', '0.02');
      await trade(bob, 'buy', '0.02');
      source.push('BTCUSDT', '61000');
      ctx.clock.advance(1000);
      const battle = await insertBattle(alice.account, [alice.agent, bob.agent]);
      ctx.clock.advance(1000);
      await trade(alice, 'sell', '0.01');
      await trade(bob, 'sell', '0.01');
      const before = await ticked();
      expect(before).toEqual(await fullRead(battle));
      expect(figuresOf(before, alice).trade_count).toBe(1);
      expect(figuresOf(before, alice).realized_pnl).not.toBe('0.00000000');

      const pool = new pg.Pool({ connectionString: schema!.url, options: `-c search_path=${schema!.schema}`, max: 2 });
      const a = await pool.connect();
      const b = await pool.connect();
      try {
        ctx.clock.advance(INTERVAL);
        /** In `client`'s open transaction: a copy of the agent's sale (a new order and its fill), returning the fill's rowid. */
        const insertSale = async (client: pg.PoolClient, who: Who): Promise<number> => {
          const orderId = ctx.ids.next();
          const fillId = ctx.ids.next();
          const { rows: sale } = await client.query<{ id: string; order_id: string }>(
            `select id, order_id from fills where agent_id = $1 and side = 'sell' order by rowid limit 1`,
            [who.agent.id],
          );
          await client.query(
            `insert into orders select (jsonb_populate_record(null::orders, to_jsonb(o) || jsonb_build_object('id', $1::text))).* from orders o where o.id = $2`,
            [orderId, sale[0]!.order_id],
          );
          const { rows } = await client.query<{ rowid: string }>(
            `insert into fills (id, order_id, agent_id, session_id, symbol, side, quantity, price, reference_price, slippage_pct, gross, fee, realized_pnl, net_pnl, executed_ms)
           select $1, $2, agent_id, session_id, symbol, side, quantity, price, reference_price, slippage_pct, gross, fee, realized_pnl, net_pnl, $3
           from fills where id = $4
           returning rowid`,
            [fillId, orderId, ctx.clock.now(), sale[0]!.id],
          );
          return Number(rows[0]!.rowid);
        };
        await a.query('BEGIN');
        const lateRowid = await insertSale(a, alice);
        await b.query('BEGIN');
        const earlyRowid = await insertSale(b, bob);
        await b.query('COMMIT');
        expect(lateRowid).toBeLessThan(earlyRowid);

        // The tick reads bob's fill (the larger rowid) and moves its cursor past alice's, not yet committed.
        const middle = await ticked();
        expect(figuresOf(middle, bob).trade_count).toBe(2);
        expect(figuresOf(middle, alice).trade_count).toBe(1);
        expect(middle).toEqual(await fullRead(battle));

        await a.query('COMMIT');
        ctx.clock.advance(INTERVAL);
        const after = await ticked();
        expect(figuresOf(after, alice).trade_count).toBe(2);
        expect(after).toEqual(await fullRead(battle));
        // Still in the window on the next tick: read again, not counted again.
        ctx.clock.advance(INTERVAL);
        const again = await ticked();
        expect(figuresOf(again, alice).trade_count).toBe(2);
        expect(figuresOf(again, bob).trade_count).toBe(2);
        expect(again).toEqual(await fullRead(battle));
      } finally {
        await a.query('ROLLBACK').catch(() => undefined);
        await b.query('ROLLBACK').catch(() => undefined);
        a.release();
        b.release();
        await pool.end();
      }
    });
}

describe('the scheduler on SQLite', () => suite('sqlite'));

if (pgUrl) describe('the scheduler on PostgreSQL', () => suite('postgres'));
else describe.skip(`the scheduler on PostgreSQL (${PG_SKIP_REASON})`, () => suite('postgres'));
