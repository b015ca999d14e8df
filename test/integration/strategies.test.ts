// Strategies on a scripted market: the lifecycle and its state errors, definitions in both forms
// (and the 422s, through the spec's own request validator), deploy and undeploy, and the live
// runner placing a deployed strategy's market orders on candle closes — also after a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestValidators } from '../../generated/validators.gen.js';
import type { Account, Agent } from '../../src/db/schema.js';
import { DomainError } from '../../src/errors.js';
import { runValidator } from '../../src/http/validate.js';
import { MarketData } from '../../src/market/market-data.service.js';
import { parseAmount } from '../../src/money.js';
import type { ServiceContext } from '../../src/services/context.js';
import type { StrategyDeployedEvent } from '../../src/services/events.js';
import { OrderMatcher } from '../../src/services/order-matcher.js';
import { normaliseDefinition } from '../../src/strategies/definition.js';
import { MAX_STRATEGIES_PER_ACCOUNT, StrategyService } from '../../src/strategies/service.js';
import { codeOf, createServiceContext } from '../support/services.js';
import { ManualTimers } from '../support/manual-timers.js';
import { ScriptedSource } from '../support/scripted-source.js';
import { newAgent, owner, positionsOf } from './battles-fixtures.js';

const MINUTE = 60_000;
const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT'];

interface World {
  ctx: Awaited<ReturnType<typeof createServiceContext>>;
  source: ScriptedSource;
  strategies: StrategyService;
  timers: ManualTimers;
  close(): Promise<void>;
}

async function world(): Promise<World> {
  const ctx = await createServiceContext({ MARKET_HISTORY_DAYS: '0' });
  const source = new ScriptedSource(ctx.clock, SYMBOLS, 'strategies');
  const market = new MarketData({ db: ctx.db, clock: ctx.clock, source, historyDays: 0, flushIntervalMs: null, pruneIntervalMs: null });
  Object.assign(ctx, { market, prices: { lastPrice: (s: string) => market.lastPrice(s)?.price } });
  Object.assign(ctx, { matcher: new OrderMatcher(ctx as ServiceContext) });
  // The context's own services were built on the object the support helper copied: this one is ours.
  const strategies = new StrategyService(ctx);
  Object.assign(ctx, { strategies });
  await market.start();
  await ctx.matcher.start();
  const timers = new ManualTimers(ctx.clock);
  await strategies.open({ timers });
  return {
    ctx,
    source,
    strategies,
    timers,
    async close() {
      await strategies.close();
      await ctx.matcher.stop();
      await ctx.market.stop();
      await ctx.writes.idle();
      await ctx.db.destroy();
    },
  };
}

const FLAT = {
  pairs: ['btcusdt', 'ETHUSDT'],
  timeframe: '1h',
  entry_conditions: { rsi_below: 30, price_above_sma: 50, macd_cross_above: null },
  exit_conditions: { stop_loss_pct: 5, take_profit_pct: 10 },
  position_size_pct: 10,
  max_positions: 2,
};

/** Marks what a completed test of `version` would: the strategy and that version validated. */
async function validate(ctx: ServiceContext, strategyId: string, version = 1): Promise<void> {
  await ctx.db.updateTable('strategies').set({ status: 'validated' }).where('id', '=', strategyId).execute();
  await ctx.db
    .updateTable('strategy_versions')
    .set({ status: 'validated' })
    .where('strategy_id', '=', strategyId)
    .where('version', '=', version)
    .execute();
}

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

/** The body validator of an operation, as the router runs it: the 422's `details.errors`. */
function schemaErrors(operationId: 'createStrategy', body: unknown): Array<{ field: string; message: string }> {
  try {
    runValidator(requestValidators[operationId].body!, body, 'body');
  } catch (err) {
    if (err instanceof DomainError) return (err.details as { errors: Array<{ field: string; message: string }> }).errors;
    throw err;
  }
  return [];
}

describe('strategy definitions', () => {
  const lookup = (s: string) => (SYMBOLS.includes(s.toUpperCase()) ? s.toUpperCase() : undefined);

  it('normalises the flat form: pairs upper-cased, defaults applied, inactive conditions dropped', () => {
    expect(normaliseDefinition({ pairs: ['btcusdt'], entry_conditions: { rsi_below: 30, macd_cross_above: false } }, lookup)).toEqual({
      pairs: ['BTCUSDT'],
      timeframe: '1h',
      entry_conditions: { rsi_below: 30 },
      exit_conditions: {},
      position_size_pct: 10,
      max_positions: 3,
      filters: {},
      model_type: 'rule_based',
      model_reference: null,
    });
  });

  it("normalises the SDK examples' rule-list form one to one, fractions to percentages", () => {
    const def = normaliseDefinition(
      {
        type: 'rule_based',
        symbol: 'btcusdt',
        entry_conditions: [
          { indicator: 'rsi', period: 14, operator: '<', threshold: 30 },
          { indicator: 'macd', fast: 12, slow: 26, signal: 9, operator: 'crossover' },
          { indicator: 'sma', period: 50, operator: '>' },
        ],
        exit_conditions: [{ indicator: 'rsi', operator: '>', threshold: 70 }],
        position_size_pct: 0.1,
        stop_loss_pct: 0.05,
        take_profit_pct: 0.07,
      },
      lookup,
    );
    expect(def).toMatchObject({
      pairs: ['BTCUSDT'],
      entry_conditions: { rsi_below: 30, macd_cross_above: true, price_above_sma: 50 },
      exit_conditions: { rsi_above: 70, stop_loss_pct: 5, take_profit_pct: 7 },
      position_size_pct: 10,
      model_type: 'rule_based',
    });
  });

  it('refuses rules without a flat equivalent with 422 naming the rule field', () => {
    const fields = (def: unknown) => {
      try {
        normaliseDefinition(def, lookup);
      } catch (err) {
        return ((err as DomainError).details as { errors: Array<{ field: string }> }).errors.map((e) => e.field);
      }
      return [];
    };
    const rule = (r: object) => ({ symbol: 'BTCUSDT', entry_conditions: [r] });
    expect(fields(rule({ indicator: 'rsi', period: 7, operator: '<', threshold: 30 }))).toEqual([
      'body.definition.entry_conditions.0.period',
    ]);
    expect(fields(rule({ indicator: 'rsi', operator: 'crossover' }))).toEqual(['body.definition.entry_conditions.0.operator']);
    expect(fields(rule({ indicator: 'vwap', operator: '>' }))).toEqual(['body.definition.entry_conditions.0.indicator']);
    expect(fields(rule({ indicator: 'macd', fast: 10, operator: 'crossover' }))).toEqual(['body.definition.entry_conditions.0.fast']);
    expect(fields(rule({ indicator: 'sma', operator: '>' }))).toEqual(['body.definition.entry_conditions.0.period']);
    expect(
      fields({
        symbol: 'BTCUSDT',
        entry_conditions: [
          { indicator: 'rsi', operator: '<', threshold: 30 },
          { indicator: 'rsi', operator: '<', threshold: 25 },
        ],
      }),
    ).toEqual(['body.definition.entry_conditions.1']);
    expect(fields({ symbol: 'BTCUSDT', exit_conditions: [{ indicator: 'macd', operator: 'crossover' }] })).toEqual([
      'body.definition.exit_conditions.0.operator',
    ]);
    expect(fields({ symbol: 'BTCUSDT', position_size_pct: 5 })).toEqual(['body.definition.position_size_pct']);
    expect(fields({ pairs: ['BTCUSDT'], position_size_pct: 0.5 })).toEqual(['body.definition.position_size_pct']);
    expect(fields({ pairs: ['BTCUSDT', 'FOOUSDT', 'btcusdt'] })).toEqual(['body.definition.pairs.1', 'body.definition.pairs.2']);
    expect(fields({ pairs: ['BTCUSDT'], symbol: 'ETHUSDT' })).toEqual(['body.definition.symbol']);
    expect(fields({ timeframe: '1h' })).toEqual(['body.definition.pairs']);
  });

  it('refuses unknown keys at every level through the spec schema, naming them', () => {
    const body = (definition: object) => ({ name: 'x', definition });
    expect(schemaErrors('createStrategy', body({ pairs: ['BTCUSDT'], stop_loss: 5 }))).toContainEqual({
      field: 'body.definition.stop_loss',
      message: 'is not an allowed field',
    });
    expect(schemaErrors('createStrategy', body({ pairs: ['BTCUSDT'], entry_conditions: { rsi_blow: 30 } }))).toContainEqual({
      field: 'body.definition.entry_conditions.rsi_blow',
      message: 'is not an allowed field',
    });
    expect(schemaErrors('createStrategy', body({ pairs: ['BTCUSDT'], exit_conditions: { stop_loss_pct: 5, trailing: 1 } }))).toContainEqual(
      {
        field: 'body.definition.exit_conditions.trailing',
        message: 'is not an allowed field',
      },
    );
    expect(
      schemaErrors(
        'createStrategy',
        body({ symbol: 'BTCUSDT', entry_conditions: [{ indicator: 'rsi', operator: '<', threshold: 30, x: 1 }] }),
      ),
    ).toContainEqual({ field: 'body.definition.entry_conditions.0.x', message: 'is not an allowed field' });
    expect(schemaErrors('createStrategy', body({ pairs: ['BTCUSDT'], filters: { min_volume: 1 } }))).toContainEqual({
      field: 'body.definition.filters.min_volume',
      message: 'is not an allowed field',
    });
    expect(
      schemaErrors('createStrategy', body({ pairs: ['BTCUSDT'], entry_conditions: { rsi_below: 130 } })).map((e) => e.field),
    ).toContain('body.definition.entry_conditions.rsi_below');
    // Both forms pass the schema.
    expect(schemaErrors('createStrategy', body(FLAT))).toEqual([]);
    expect(
      schemaErrors('createStrategy', body({ symbol: 'BTCUSDT', entry_conditions: [{ indicator: 'rsi', operator: '<', threshold: 30 }] })),
    ).toEqual([]);
  });
});

describe('strategy lifecycle', () => {
  let w: World;
  let account: Account;
  let agent: Agent;

  beforeEach(async () => {
    w = await world();
    w.source.push('BTCUSDT', '60000');
    w.source.push('ETHUSDT', '3000');
    ({ account, agent } = await owner(w.ctx, 'Strategist'));
  });
  afterEach(async () => {
    await w.close();
  });

  const create = (name = 'Dip buyer', definition: unknown = FLAT) => w.strategies.create(account, { name: `  ${name} `, definition });

  it('creates a draft with version 1, keeping the definition as sent and as run', async () => {
    const s = await create();
    expect(s).toMatchObject({ name: 'Dip buyer', status: 'draft', current_version: 1, deployed_version: null, deployed_at: null });
    const detail = await w.strategies.get(account, s.strategy_id.toUpperCase());
    expect(detail.current_definition).toEqual(FLAT);
    expect(detail.current_normalized_definition).toMatchObject({
      pairs: ['BTCUSDT', 'ETHUSDT'],
      entry_conditions: { rsi_below: 30, price_above_sma: 50 },
    });
    expect(detail.latest_test_results).toBeNull();
    const [v1] = await w.strategies.listVersions(account, s.strategy_id);
    expect(v1).toMatchObject({ version: 1, change_notes: 'Initial version', parent_version: null, status: 'draft' });
  });

  it("lists newest first with the full count; another account's strategy is 404", async () => {
    const a = await create('A');
    w.ctx.clock.advance(1000);
    const b = await create('B');
    const page = await w.strategies.list(account, { limit: 1 });
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(page.strategies.map((s) => s.strategy_id)).toEqual([b.strategy_id]);
    expect((await w.strategies.list(account, { status: 'draft' })).total).toBe(2);
    expect((await w.strategies.list(account, { status: 'deployed' })).total).toBe(0);
    const other = await owner(w.ctx, 'Other');
    expect(await codeOf(w.strategies.get(other.account, a.strategy_id))).toBe('STRATEGY_NOT_FOUND');
    expect(await codeOf(w.strategies.archive(other.account, a.strategy_id))).toBe('STRATEGY_NOT_FOUND');
  });

  it('updates name and description in any status, refusing an empty change', async () => {
    const s = await create();
    expect(await codeOf(w.strategies.update(account, s.strategy_id, {}))).toBe('VALIDATION_ERROR');
    expect(await codeOf(w.strategies.update(account, s.strategy_id, { name: '   ' }))).toBe('VALIDATION_ERROR');
    const renamed = await w.strategies.update(account, s.strategy_id, { name: ' Renamed ', description: null });
    expect(renamed).toMatchObject({ name: 'Renamed', description: null });
    const described = await w.strategies.update(account, s.strategy_id, { description: 'About' });
    expect(described).toMatchObject({ name: 'Renamed', description: 'About' });
  });

  it('versions: max + 1 with its parent, current_version moves; a missing version is 404', async () => {
    const s = await create();
    const v2 = await w.strategies.createVersion(account, s.strategy_id, { definition: { pairs: ['SOLUSDT'] }, change_notes: 'SOL only' });
    expect(v2).toMatchObject({
      version: 2,
      parent_version: 1,
      status: 'draft',
      change_notes: 'SOL only',
      definition: { pairs: ['SOLUSDT'] },
    });
    expect((await w.strategies.get(account, s.strategy_id)).current_version).toBe(2);
    expect((await w.strategies.listVersions(account, s.strategy_id)).map((v) => v.version)).toEqual([2, 1]);
    expect((await w.strategies.getVersion(account, s.strategy_id, 2)).version_id).toBe(v2.version_id);
    const missing = await errorOf(w.strategies.getVersion(account, s.strategy_id, 9));
    expect(missing.code).toBe('STRATEGY_NOT_FOUND');
    expect(missing.details).toMatchObject({ version: 9 });
  });

  it('deploys only a validated strategy and version, to an agent, and fires strategy.deployed with the commit', async () => {
    const s = await create();
    const early = await errorOf(w.strategies.deploy(account, s.strategy_id, { version: 1 }, agent));
    expect(early.code).toBe('STRATEGY_INVALID_STATE');
    expect(early.details).toMatchObject({ current_status: 'draft', required_status: 'validated' });
    await validate(w.ctx, s.strategy_id);
    const events: StrategyDeployedEvent[] = [];
    w.ctx.events.onStrategyDeployed((e) => events.push(e));
    expect(await codeOf(w.strategies.deploy(account, s.strategy_id, { version: 5 }, agent))).toBe('STRATEGY_NOT_FOUND');
    const other = await owner(w.ctx, 'Other');
    expect(await codeOf(w.strategies.deploy(account, s.strategy_id, { version: 1, agent_id: other.agent.id }, agent))).toBe(
      'AGENT_NOT_FOUND',
    );
    expect(events).toEqual([]);

    const deployed = await w.strategies.deploy(account, s.strategy_id, { version: 1 }, agent);
    expect(deployed).toMatchObject({ status: 'deployed', deployed_version: 1, deployed_agent_id: agent.id });
    expect(deployed.deployed_at).not.toBeNull();
    expect(events).toEqual([{ account_id: account.id, strategy_id: s.strategy_id, version: 1, agent_id: agent.id }]);
    const outbox = await w.ctx.db.selectFrom('webhook_events').selectAll().where('account_id', '=', account.id).execute();
    expect(outbox.map((e) => [e.event, JSON.parse(e.data).strategy_id, JSON.parse(e.data).version])).toEqual([
      ['strategy.deployed', s.strategy_id, 1],
    ]);
    expect(w.strategies.live!.running()).toEqual([s.strategy_id]);
    expect((await w.strategies.getVersion(account, s.strategy_id, 1)).status).toBe('deployed');

    // The same version on the same agent again changes nothing and announces nothing.
    await w.strategies.deploy(account, s.strategy_id, { version: 1 }, agent);
    expect(events).toHaveLength(1);
  });

  it('replaces a live version in one write; undeployed versions can be deployed again', async () => {
    const s = await create();
    await w.strategies.createVersion(account, s.strategy_id, { definition: { pairs: ['SOLUSDT'] } });
    await validate(w.ctx, s.strategy_id, 1);
    await w.strategies.deploy(account, s.strategy_id, { version: 1 }, agent);
    // Version 2 has not completed a test.
    const untested = await errorOf(w.strategies.deploy(account, s.strategy_id, { version: 2 }, agent));
    expect(untested.details).toMatchObject({ reason: 'version_not_validated', version: 2 });
    await w.ctx.db
      .updateTable('strategy_versions')
      .set({ status: 'validated' })
      .where('strategy_id', '=', s.strategy_id)
      .where('version', '=', 2)
      .execute();
    const replaced = await w.strategies.deploy(account, s.strategy_id, { version: 2 }, agent);
    expect(replaced).toMatchObject({ status: 'deployed', deployed_version: 2 });
    const versions = await w.strategies.listVersions(account, s.strategy_id);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'deployed'],
      [1, 'validated'],
    ]);

    const undeployed = await w.strategies.undeploy(account, s.strategy_id);
    expect(undeployed).toMatchObject({ status: 'validated', deployed_version: null, deployed_agent_id: null, deployed_at: null });
    expect(w.strategies.live!.running()).toEqual([]);
    const again = await errorOf(w.strategies.undeploy(account, s.strategy_id));
    expect(again.details).toMatchObject({ current_status: 'validated', required_status: 'deployed' });
    // Not the original server's defect: the undeployed version is deployable again.
    expect((await w.strategies.deploy(account, s.strategy_id, { version: 2 }, agent)).deployed_version).toBe(2);
  });

  it('runs one deployed strategy per agent; agent_id binds another agent', async () => {
    const a = await create('A');
    const b = await create('B');
    await validate(w.ctx, a.strategy_id);
    await validate(w.ctx, b.strategy_id);
    await w.strategies.deploy(account, a.strategy_id, { version: 1 }, agent);
    const busy = await errorOf(w.strategies.deploy(account, b.strategy_id, { version: 1 }, agent));
    expect(busy.details).toMatchObject({ reason: 'agent_busy', deployed_strategy_id: a.strategy_id });
    const second = await newAgent(w.ctx, account, 'Second');
    const bound = await w.strategies.deploy(account, b.strategy_id, { version: 1, agent_id: second.id.toUpperCase() }, agent);
    expect(bound.deployed_agent_id).toBe(second.id);
  });

  it('archives anything but a deployed strategy; an archived one takes no version and no deploy', async () => {
    const s = await create();
    await validate(w.ctx, s.strategy_id);
    await w.strategies.deploy(account, s.strategy_id, { version: 1 }, agent);
    const refused = await errorOf(w.strategies.archive(account, s.strategy_id));
    expect(refused.details).toMatchObject({ reason: 'deployed', current_status: 'deployed' });
    await w.strategies.undeploy(account, s.strategy_id);
    expect((await w.strategies.archive(account, s.strategy_id)).status).toBe('archived');
    expect((await w.strategies.archive(account, s.strategy_id)).status).toBe('archived');
    const version = await errorOf(w.strategies.createVersion(account, s.strategy_id, { definition: FLAT }));
    expect(version.details).toMatchObject({ current_status: 'archived' });
    // Not the original server's defect: an archived strategy is not deployable.
    const deploy = await errorOf(w.strategies.deploy(account, s.strategy_id, { version: 1 }, agent));
    expect(deploy.details).toMatchObject({ current_status: 'archived', required_status: 'validated' });
    // Still readable, with its versions.
    expect((await w.strategies.get(account, s.strategy_id)).status).toBe('archived');
  });

  it(`holds at most ${MAX_STRATEGIES_PER_ACCOUNT} strategies that are not archived`, async () => {
    const first = await create('0');
    for (let i = 1; i < MAX_STRATEGIES_PER_ACCOUNT; i++) await create(String(i));
    const over = await errorOf(create('over'));
    expect(over.code).toBe('LIMIT_REACHED');
    expect(over.details).toMatchObject({ reason: 'limit_reached', limit: MAX_STRATEGIES_PER_ACCOUNT, current: MAX_STRATEGIES_PER_ACCOUNT });
    await w.strategies.archive(account, first.strategy_id);
    expect((await create('room again')).status).toBe('draft');
  });

  it('compares by the newest completed test results, nulls last', async () => {
    const a = await create('A');
    const b = await create('B');
    const none = await w.strategies.compare(account, { strategy_ids: [a.strategy_id, b.strategy_id] });
    expect(none).toMatchObject({ winner_id: null, ranking_metric: 'sharpe_ratio' });
    expect(none.recommendation).toBe('No strategies have completed test results yet. Run tests before comparing.');
    expect(none.strategies.map((e) => [e.rank, e.has_test_results, e.sharpe_ratio])).toEqual([
      [1, false, null],
      [2, false, null],
    ]);
    expect(await codeOf(w.strategies.compare(account, { strategy_ids: [a.strategy_id, a.strategy_id] }))).toBe('VALIDATION_ERROR');
    const other = await owner(w.ctx, 'Other');
    const foreign = await w.strategies.create(other.account, { name: 'Theirs', definition: FLAT });
    expect(await codeOf(w.strategies.compare(account, { strategy_ids: [a.strategy_id, foreign.strategy_id] }))).toBe('STRATEGY_NOT_FOUND');
  });
});

describe('the live runner', () => {
  let w: World;
  let account: Account;
  let agent: Agent;
  let t0: number;

  /** A trade at `price`, `minutes` after t0 (plus a second, inside the minute). */
  const tradeAt = async (minutes: number, price: string) => {
    w.timers.runTo(t0 + minutes * MINUTE + 1000);
    w.source.push('BTCUSDT', price);
    await w.strategies.live!.idle();
    await w.ctx.writes.idle();
  };

  beforeEach(async () => {
    w = await world();
    ({ account, agent } = await owner(w.ctx, 'Live'));
    t0 = Math.ceil(w.ctx.clock.now() / MINUTE) * MINUTE + MINUTE;
  });
  afterEach(async () => {
    await w.close();
  });

  /** A 1-minute strategy on BTCUSDT: buys when the close is above the 2-candle SMA (a rising close). */
  async function deploy(exit: Record<string, number>): Promise<string> {
    const s = await w.strategies.create(account, {
      name: 'Momentum',
      definition: {
        pairs: ['BTCUSDT'],
        timeframe: '1m',
        entry_conditions: { price_above_sma: 2 },
        exit_conditions: exit,
        position_size_pct: 10,
        max_positions: 1,
      },
    });
    await validate(w.ctx, s.strategy_id);
    await w.strategies.deploy(account, s.strategy_id, { version: 1 }, agent);
    return s.strategy_id;
  }

  const btc = async () => (await positionsOf(w.ctx, agent.id)).find((p) => p.symbol === 'BTCUSDT');
  const orders = async () =>
    w.ctx.db
      .selectFrom('orders')
      .select(['side', 'type', 'status', 'quantity'])
      .where('agent_id', '=', agent.id)
      .orderBy('created_ms')
      .execute();

  it('buys on the candle close where the entry passes, and sells when an exit fires', async () => {
    await deploy({ take_profit_pct: 1 });
    await tradeAt(0, '60000');
    await tradeAt(1, '60100'); // closes minute 0: one candle, the SMA is still warming up
    expect(await orders()).toEqual([]);
    await tradeAt(2, '60200'); // closes minute 1 at 60100 > SMA(60000, 60100): buy at market
    const bought = await orders();
    expect(bought).toHaveLength(1);
    expect(bought[0]).toMatchObject({ side: 'buy', type: 'market', status: 'filled' });
    // 10 % of 10,000 USDT at the close of 60,100, rounded down to the pair's step.
    const qty = parseAmount(bought[0]!.quantity);
    expect(qty).toBeGreaterThan(parseAmount('0.016'));
    expect(qty).toBeLessThanOrEqual(parseAmount('0.01663894'));
    expect(parseAmount((await btc())!.quantity)).toBe(qty);
    await tradeAt(3, '60300'); // closes minute 2 at 60200: held, under the take-profit
    expect(await orders()).toHaveLength(1);
    await tradeAt(4, '61500'); // closes minute 3 at 60300: still under
    await tradeAt(5, '61600'); // closes minute 4 at 61500: over 1 % above the entry: sell it all
    const all = await orders();
    expect(all.map((o) => [o.side, o.status])).toEqual([
      ['buy', 'filled'],
      ['sell', 'filled'],
    ]);
    expect(all[1]!.quantity).toBe(all[0]!.quantity);
    expect(parseAmount((await btc())!.quantity)).toBe(0n);
    expect(w.strategies.live!.stats).toMatchObject({ ordersPlaced: 2, ordersRejected: 0, errors: 0 });
  });

  it('stops at once on undeploy', async () => {
    const id = await deploy({ take_profit_pct: 50 });
    await tradeAt(0, '60000');
    await tradeAt(1, '60100');
    await w.strategies.undeploy(account, id);
    await tradeAt(2, '60200'); // the entry would pass here
    await tradeAt(3, '60300');
    expect(await orders()).toEqual([]);
  });

  it('rebuilds the candles held after a restart', async () => {
    await deploy({ max_hold_candles: 2 });
    await tradeAt(0, '60000');
    await tradeAt(1, '60100');
    await tradeAt(2, '60200'); // buy (the order fills inside minute 2)
    await tradeAt(3, '60150'); // closes minute 2: held 1 candle
    expect((await orders()).map((o) => o.side)).toEqual(['buy']);
    // A restart of the runner: its memory is gone; the deployed strategy is taken up again.
    await w.strategies.close();
    expect(await w.strategies.open({ timers: w.timers })).toBe(1);
    await tradeAt(4, '60100'); // closes minute 3: held 2 candles, counted from the position's opening
    expect((await orders()).map((o) => o.side)).toEqual(['buy', 'sell']);
  });

  it("places the agent's orders through its risk chain: a refused order is dropped", async () => {
    // The default risk profile caps a position at a share of equity this buy exceeds.
    await w.ctx.db
      .updateTable('accounts')
      .set({ risk_profile: JSON.stringify({ max_position_size_pct: 1 }) })
      .where('id', '=', account.id)
      .execute();
    await deploy({ take_profit_pct: 1 });
    await tradeAt(0, '60000');
    await tradeAt(1, '60100');
    await tradeAt(2, '60200');
    expect(await orders()).toEqual([]);
    expect(w.strategies.live!.stats).toMatchObject({ ordersPlaced: 0, ordersRejected: 1 });
  });
});
