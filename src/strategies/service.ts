// The strategy use cases behind /strategies (but the test routes, tests-service.ts): every method
// takes the calling account — strategies are account-level (decisions.md ruling 12) and a foreign
// or unknown id is 404 STRATEGY_NOT_FOUND — and returns a wire-ready object.
//
// Lifecycle (fact sheet §1.2 with rulings 2–3, never the original server's defects):
//   draft → testing → validated (a test completed; tests-service.ts) → deployed ⇄ validated
//   (undeploy), and archived from anything but deployed. An archived strategy keeps its data but
//   takes no new version, test or deploy; an undeployed version can be deployed again.
// Each change is decided and written in one write piece of the store (ctx.writes), reading the
// rows it decides on inside that piece, so two concurrent deploys cannot both replace the same live
// version, and the `strategy.deployed` outbox row commits with the deploy it announces. A strategy
// changes no agent's ledger here (the live runner's orders go through trading.service.ts), so these
// pieces take no agent locks.
import { isoTime } from '../clock.js';
import type { Account, Agent, StrategyRow, StrategyStatus, StrategyVersionRow } from '../db/schema.js';
import type { Tx } from '../db/store.js';
import { DomainError, validationError } from '../errors.js';
import { findAccountAgent } from '../repositories/agent.repository.js';
import { assertAgentWritable } from '../services/agent-guard.js';
import type { ServiceContext } from '../services/context.js';
import { enqueueWebhookEventSync } from '../webhooks/outbox.js';
import { normaliseDefinition, type PairLookup } from './definition.js';
import { LiveRunner, type LiveRunnerOptions } from './live-runner.js';
import * as repo from './repository.js';
import { latestCompletedResults } from './tests-repository.js';

/** At most this many strategies per account that are not archived (decisions.md, limits). */
export const MAX_STRATEGIES_PER_ACCOUNT = 100;
const STATUSES: readonly StrategyStatus[] = ['draft', 'testing', 'validated', 'deployed', 'archived'];
const NOT_ARCHIVED: readonly StrategyStatus[] = ['draft', 'testing', 'validated', 'deployed'];
const DEPLOYABLE: readonly StrategyStatus[] = ['validated', 'deployed'];

export interface StrategyDto {
  strategy_id: string;
  name: string;
  description: string | null;
  current_version: number;
  status: StrategyStatus;
  deployed_version: number | null;
  deployed_agent_id: string | null;
  deployed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface StrategyDetailDto extends StrategyDto {
  current_definition: Record<string, unknown> | null;
  current_normalized_definition: Record<string, unknown> | null;
  latest_test_results: Record<string, unknown> | null;
}

export interface StrategyVersionDto {
  version_id: string;
  strategy_id: string;
  version: number;
  definition: Record<string, unknown>;
  normalized_definition: Record<string, unknown>;
  change_notes: string | null;
  parent_version: number | null;
  status: StrategyVersionRow['status'];
  created_at: string;
}

export interface StrategyListDto {
  strategies: StrategyDto[];
  total: number;
  limit: number;
  offset: number;
}

export const RANKING_METRICS = ['sharpe_ratio', 'sortino_ratio', 'max_drawdown_pct', 'win_rate', 'roi_pct', 'profit_factor'] as const;
export type RankingMetric = (typeof RANKING_METRICS)[number];

type MetricSet = Record<RankingMetric, number | null> & { total_trades: number | null };

export interface CompareEntryDto extends MetricSet {
  strategy_id: string;
  name: string;
  version: number;
  status: StrategyStatus;
  rank: number;
  metrics: MetricSet;
  deflated_sharpe: Record<string, unknown> | null;
  has_test_results: boolean;
}

export interface CompareDto {
  strategies: CompareEntryDto[];
  winner_id: string | null;
  ranking_metric: RankingMetric;
  recommendation: string;
}

/**
 * Where each compared metric is read from in a test run's `results`: the aggregate's own name
 * first (fact sheet §3.5), then the plain name. The original server read only the plain names,
 * which the aggregate never has, so every metric came out null: not copied.
 */
const METRIC_SOURCES: Record<keyof MetricSet, readonly string[]> = {
  sharpe_ratio: ['avg_sharpe', 'avg_sharpe_ratio', 'sharpe_ratio'],
  sortino_ratio: ['avg_sortino', 'avg_sortino_ratio', 'sortino_ratio'],
  max_drawdown_pct: ['avg_max_drawdown_pct', 'max_drawdown_pct'],
  win_rate: ['avg_win_rate', 'win_rate'],
  roi_pct: ['avg_roi_pct', 'roi_pct'],
  profit_factor: ['avg_profit_factor', 'profit_factor'],
  total_trades: ['total_trades'],
};

function notFound(id: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('STRATEGY_NOT_FOUND', `Strategy '${id}' not found.`, { strategy_id: id, ...extra });
}

function invalidState(
  row: StrategyRow,
  action: string,
  required: readonly string[],
  extra: Record<string, unknown> = {},
  message?: string,
): DomainError {
  return new DomainError('STRATEGY_INVALID_STATE', message ?? `Strategy '${row.id}' is ${row.status}; it cannot ${action}.`, {
    strategy_id: row.id,
    current_status: row.status,
    required_status: required.length === 1 ? required[0] : [...required],
    ...extra,
  });
}

function intRange(value: number | undefined, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validationError([{ field, message: `must be an integer from ${min} to ${max}` }]);
  }
  return value;
}

function trimmedName(name: string, field: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200)
    throw validationError([{ field, message: 'must be 1 to 200 characters after trimming' }]);
  return trimmed;
}

export function strategyDto(row: StrategyRow): StrategyDto {
  return {
    strategy_id: row.id,
    name: row.name,
    description: row.description,
    current_version: row.current_version,
    status: row.status,
    deployed_version: row.deployed_version,
    deployed_agent_id: row.deployed_agent_id,
    deployed_at: row.deployed_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function versionDto(row: StrategyVersionRow): StrategyVersionDto {
  return {
    version_id: row.id,
    strategy_id: row.strategy_id,
    version: row.version,
    definition: JSON.parse(row.definition_input) as Record<string, unknown>,
    normalized_definition: JSON.parse(row.definition) as Record<string, unknown>,
    change_notes: row.change_notes,
    parent_version: row.parent_version,
    status: row.status,
    created_at: row.created_at,
  };
}

function metricsOf(results: Record<string, unknown> | null): MetricSet {
  const out = {} as MetricSet;
  for (const [name, sources] of Object.entries(METRIC_SOURCES) as Array<[keyof MetricSet, readonly string[]]>) {
    const found = results ? sources.map((s) => results[s]).find((v) => typeof v === 'number' && Number.isFinite(v)) : undefined;
    out[name] = typeof found === 'number' ? found : null;
  }
  return out;
}

export class StrategyService {
  private runner: LiveRunner | undefined;

  constructor(private readonly ctx: ServiceContext) {}

  // --- lifecycle of the service -------------------------------------------------------------------

  /** App start: the live runner takes up every deployed strategy from the database; how many. */
  async open(options: LiveRunnerOptions = {}): Promise<number> {
    await this.runner?.stop();
    this.runner = new LiveRunner(this.ctx, options);
    return this.runner.start();
  }

  /** App stop: the live runner stops following candles and waits for evaluations under way. */
  async close(): Promise<void> {
    await this.runner?.stop();
    this.runner = undefined;
  }

  /** The live runner while open (tests read its counters). */
  get live(): LiveRunner | undefined {
    return this.runner;
  }

  private readonly lookup: PairLookup = (symbol) => {
    const pair = this.ctx.market.pair(symbol);
    return pair && pair.status === 'active' ? pair.symbol : undefined;
  };

  /** The strategy if it is the account's; else 404 (a foreign id reads as an unknown one). */
  private async owned(account: Account, id: string): Promise<StrategyRow> {
    const row = await repo.findOwnedStrategy(this.ctx.db, account.id, String(id).toLowerCase());
    if (!row) throw notFound(id);
    return row;
  }

  /** Inside a write: the row as now stored (it was owned when the call began; ids never move). */
  private async current(tx: Tx, row: StrategyRow): Promise<StrategyRow> {
    const now = await repo.findStrategySync(tx, row.id);
    if (!now) throw notFound(row.id);
    return now;
  }

  // --- routes -------------------------------------------------------------------------------------

  /** POST /strategies: a `draft` strategy and its version 1 (`draft`), in one write. */
  async create(account: Account, body: { name: string; description?: string | null; definition: unknown }): Promise<StrategyDto> {
    const name = trimmedName(body.name, 'body.name');
    const definition = normaliseDefinition(body.definition, this.lookup);
    const at = isoTime(this.ctx.clock.now());
    const row: StrategyRow = {
      id: this.ctx.ids.next(),
      account_id: account.id,
      name,
      description: body.description ?? null,
      status: 'draft',
      current_version: 1,
      deployed_version: null,
      deployed_agent_id: null,
      deployed_at: null,
      created_at: at,
      updated_at: at,
    };
    const version: StrategyVersionRow = {
      id: this.ctx.ids.next(),
      strategy_id: row.id,
      version: 1,
      definition: JSON.stringify(definition),
      definition_input: JSON.stringify(body.definition),
      change_notes: 'Initial version',
      parent_version: null,
      status: 'draft',
      created_at: at,
    };
    await this.ctx.writes.submit(async (tx) => {
      await repo.lockAccountSync(tx, account.id);
      const current = await repo.countAccountStrategiesSync(tx, account.id);
      if (current >= MAX_STRATEGIES_PER_ACCOUNT) {
        throw new DomainError(
          'LIMIT_REACHED',
          `An account may hold at most ${MAX_STRATEGIES_PER_ACCOUNT} strategies that are not archived; archive one to make room.`,
          { reason: 'limit_reached', resource: 'strategies', limit: MAX_STRATEGIES_PER_ACCOUNT, current },
        );
      }
      await repo.insertStrategy(tx, row);
      await repo.insertVersion(tx, version);
    });
    return strategyDto(row);
  }

  /** GET /strategies: newest first; `total` counts every match. */
  async list(account: Account, filter: { status?: string; limit?: number; offset?: number }): Promise<StrategyListDto> {
    const limit = intRange(filter.limit, 'query.limit', 1, 100, 50);
    const offset = intRange(filter.offset, 'query.offset', 0, Number.MAX_SAFE_INTEGER, 0);
    if (filter.status !== undefined && !(STATUSES as readonly string[]).includes(filter.status)) {
      throw validationError([{ field: 'query.status', message: `must be one of ${STATUSES.join(', ')}` }]);
    }
    const { rows, total } = await repo.findAccountStrategies(this.ctx.db, account.id, {
      ...(filter.status !== undefined ? { status: filter.status as StrategyStatus } : {}),
      limit,
      offset,
    });
    return { strategies: rows.map(strategyDto), total, limit, offset };
  }

  /** GET /strategies/{id}: with the current version's definition and the newest completed test's results. */
  async get(account: Account, id: string): Promise<StrategyDetailDto> {
    const row = await this.owned(account, id);
    const [version, results] = await Promise.all([
      repo.findVersion(this.ctx.db, row.id, row.current_version),
      latestCompletedResults(this.ctx.db, row.id),
    ]);
    return {
      ...strategyDto(row),
      current_definition: version ? (JSON.parse(version.definition_input) as Record<string, unknown>) : null,
      current_normalized_definition: version ? (JSON.parse(version.definition) as Record<string, unknown>) : null,
      latest_test_results: results ?? null,
    };
  }

  /** PUT /strategies/{id}: `name` and/or `description`, in any status; null or absent = unchanged. */
  async update(account: Account, id: string, body: { name?: string | null; description?: string | null }): Promise<StrategyDto> {
    const first = await this.owned(account, id);
    if ((body.name === undefined || body.name === null) && (body.description === undefined || body.description === null)) {
      throw validationError([{ field: 'body', message: 'must change name or description' }]);
    }
    const name = body.name === undefined || body.name === null ? undefined : trimmedName(body.name, 'body.name');
    return this.ctx.writes.submit(async (tx) => {
      const row = await this.current(tx, first);
      const next: StrategyRow = {
        ...row,
        name: name ?? row.name,
        description: body.description ?? row.description,
        updated_at: isoTime(this.ctx.clock.now()),
      };
      await repo.updateStrategy(tx, next);
      return strategyDto(next);
    });
  }

  /** DELETE /strategies/{id}: `archived` (data kept); a deployed strategy must be undeployed first. */
  async archive(account: Account, id: string): Promise<StrategyDto> {
    const first = await this.owned(account, id);
    return this.ctx.writes.submit(async (tx) => {
      const row = await this.current(tx, first);
      if (row.status === 'archived') return strategyDto(row);
      if (row.status === 'deployed') {
        throw invalidState(
          row,
          'be archived',
          ['draft', 'testing', 'validated'],
          { reason: 'deployed' },
          `Strategy '${row.id}' is deployed; undeploy it before archiving it.`,
        );
      }
      const next: StrategyRow = { ...row, status: 'archived', updated_at: isoTime(this.ctx.clock.now()) };
      await repo.updateStrategy(tx, next);
      return strategyDto(next);
    });
  }

  /** POST /strategies/{id}/versions: version max + 1 (`draft`), which becomes the current version. */
  async createVersion(
    account: Account,
    id: string,
    body: { definition: unknown; change_notes?: string | null },
  ): Promise<StrategyVersionDto> {
    const first = await this.owned(account, id);
    if (first.status === 'archived') throw invalidState(first, 'take a new version', NOT_ARCHIVED);
    const definition = normaliseDefinition(body.definition, this.lookup);
    return this.ctx.writes.submit(async (tx) => {
      const row = await this.current(tx, first);
      if (row.status === 'archived') throw invalidState(row, 'take a new version', NOT_ARCHIVED);
      const previous = await repo.maxVersionSync(tx, row.id);
      const at = isoTime(this.ctx.clock.now());
      const version: StrategyVersionRow = {
        id: this.ctx.ids.next(),
        strategy_id: row.id,
        version: previous + 1,
        definition: JSON.stringify(definition),
        definition_input: JSON.stringify(body.definition),
        change_notes: body.change_notes ?? null,
        parent_version: previous > 0 ? previous : null,
        status: 'draft',
        created_at: at,
      };
      await repo.insertVersion(tx, version);
      await repo.updateStrategy(tx, { ...row, current_version: version.version, updated_at: at });
      return versionDto(version);
    });
  }

  /** GET /strategies/{id}/versions: every version, newest first. */
  async listVersions(account: Account, id: string): Promise<StrategyVersionDto[]> {
    const row = await this.owned(account, id);
    return (await repo.findVersions(this.ctx.db, row.id)).map(versionDto);
  }

  async getVersion(account: Account, id: string, version: number): Promise<StrategyVersionDto> {
    const row = await this.owned(account, id);
    const found = await repo.findVersion(this.ctx.db, row.id, version);
    if (!found)
      throw new DomainError('STRATEGY_NOT_FOUND', `Strategy '${row.id}' has no version ${version}.`, { strategy_id: row.id, version });
    return versionDto(found);
  }

  /**
   * POST /strategies/{id}/deploy: the version goes live on an agent (`agent_id`, else the agent in
   * scope). The strategy must be `validated` (or `deployed`: the new version then replaces the
   * live one in the same write) and the version must have completed a test (`validated`). An
   * agent runs one deployed strategy at a time. Fires `strategy.deployed` through the outbox.
   */
  async deploy(
    account: Account,
    id: string,
    body: { version: number; agent_id?: string | null },
    scopeAgent: Agent | undefined,
  ): Promise<StrategyDto> {
    const first = await this.owned(account, id);
    let agent: Agent | undefined;
    if (body.agent_id !== undefined && body.agent_id !== null) {
      agent = await findAccountAgent(this.ctx.db, account.id, body.agent_id.toLowerCase());
      if (!agent) throw new DomainError('AGENT_NOT_FOUND', 'Agent not found.', { agent_id: body.agent_id });
    } else {
      agent = scopeAgent;
    }
    if (!agent) throw validationError([{ field: 'body.agent_id', message: 'is required: the account has no agent in scope' }]);
    assertAgentWritable(agent);
    const boundAgent = agent;

    const outcome = await this.ctx.writes.submit(async (tx) => {
      const row = await this.current(tx, first);
      if (!DEPLOYABLE.includes(row.status)) {
        throw invalidState(
          row,
          'be deployed',
          ['validated'],
          {},
          row.status === 'archived'
            ? `Strategy '${row.id}' is archived; it cannot be deployed.`
            : `Strategy '${row.id}' is ${row.status}; deploy needs a completed test (status validated).`,
        );
      }
      const version = await repo.findVersionSync(tx, row.id, body.version);
      if (!version) throw notFound(row.id, { version: body.version });
      if (version.status === 'draft') {
        throw new DomainError(
          'STRATEGY_INVALID_STATE',
          `Version ${version.version} has not completed a test; run POST /strategies/${row.id}/test with it first.`,
          {
            strategy_id: row.id,
            version: version.version,
            current_status: version.status,
            required_status: 'validated',
            reason: 'version_not_validated',
          },
        );
      }
      await repo.lockAgentSync(tx, boundAgent.id);
      const busy = await repo.findAgentDeployedSync(tx, boundAgent.id, row.id);
      if (busy) {
        throw new DomainError(
          'STRATEGY_INVALID_STATE',
          `Agent '${boundAgent.id}' already runs deployed strategy '${busy}'; undeploy it first.`,
          {
            strategy_id: row.id,
            current_status: row.status,
            required_status: 'validated',
            reason: 'agent_busy',
            agent_id: boundAgent.id,
            deployed_strategy_id: busy,
          },
        );
      }
      if (row.status === 'deployed' && row.deployed_version === version.version && row.deployed_agent_id === boundAgent.id) {
        return { row, changed: false, replaced: null as number | null };
      }
      const at = isoTime(this.ctx.clock.now());
      const replaced = row.status === 'deployed' ? row.deployed_version : null;
      if (replaced !== null && replaced !== version.version) await repo.setVersionStatus(tx, row.id, replaced, 'validated');
      await repo.setVersionStatus(tx, row.id, version.version, 'deployed');
      const next: StrategyRow = {
        ...row,
        status: 'deployed',
        deployed_version: version.version,
        deployed_agent_id: boundAgent.id,
        deployed_at: at,
        updated_at: at,
      };
      await repo.updateStrategy(tx, next);
      await enqueueWebhookEventSync(tx, this.ctx, account.id, 'strategy.deployed', {
        strategy_id: row.id,
        name: row.name,
        version: version.version,
        status: 'deployed',
        agent_id: boundAgent.id,
        deployed_at: at,
        replaced_version: replaced,
      });
      return { row: next, changed: true, replaced };
    });
    if (outcome.changed) {
      await this.runner?.load(outcome.row.id);
      this.ctx.events.emitStrategyDeployed({
        account_id: account.id,
        strategy_id: outcome.row.id,
        version: outcome.row.deployed_version!,
        agent_id: boundAgent.id,
      });
    }
    return strategyDto(outcome.row);
  }

  /** POST /strategies/{id}/undeploy: `deployed` → `validated`; the live runner stops at once. */
  async undeploy(account: Account, id: string): Promise<StrategyDto> {
    const first = await this.owned(account, id);
    if (first.status !== 'deployed') throw invalidState(first, 'be undeployed', ['deployed']);
    // Stopped before the write, so no order of this strategy starts after the reply; put back if
    // the write fails.
    this.runner?.suspend(first.id);
    try {
      const next = await this.ctx.writes.submit(async (tx) => {
        const row = await this.current(tx, first);
        if (row.status !== 'deployed') throw invalidState(row, 'be undeployed', ['deployed']);
        if (row.deployed_version !== null) await repo.setVersionStatus(tx, row.id, row.deployed_version, 'validated');
        const updated: StrategyRow = {
          ...row,
          status: 'validated',
          deployed_version: null,
          deployed_agent_id: null,
          deployed_at: null,
          updated_at: isoTime(this.ctx.clock.now()),
        };
        await repo.updateStrategy(tx, updated);
        return updated;
      });
      this.runner?.remove(first.id);
      return strategyDto(next);
    } catch (err) {
      this.runner?.resume(first.id);
      throw err;
    }
  }

  /** POST /strategies/compare: ranked by the newest completed test's results (fact sheet §1.4). */
  async compare(account: Account, body: { strategy_ids: string[]; ranking_metric?: string }): Promise<CompareDto> {
    const metric = (body.ranking_metric ?? 'sharpe_ratio') as RankingMetric;
    if (!RANKING_METRICS.includes(metric)) {
      throw validationError([{ field: 'body.ranking_metric', message: `must be one of ${RANKING_METRICS.join(', ')}` }]);
    }
    const ids = body.strategy_ids.map((s) => s.toLowerCase());
    const duplicate = ids.findIndex((s, i) => ids.indexOf(s) !== i);
    if (duplicate >= 0) throw validationError([{ field: `body.strategy_ids.${duplicate}`, message: 'is listed twice' }]);
    const rows = new Map((await repo.findStrategiesByIds(this.ctx.db, account.id, ids)).map((r) => [r.id, r]));
    const missing = ids.find((s) => !rows.has(s));
    if (missing) throw notFound(missing);

    const entries = await Promise.all(
      ids.map(async (sid) => {
        const row = rows.get(sid)!;
        const results = await latestCompletedResults(this.ctx.db, sid);
        const metrics = metricsOf(results);
        const dsr =
          results && typeof results.deflated_sharpe === 'object' && results.deflated_sharpe !== null ? results.deflated_sharpe : null;
        return {
          strategy_id: row.id,
          name: row.name,
          version: row.current_version,
          status: row.status,
          rank: 0,
          ...metrics,
          metrics,
          deflated_sharpe: dsr as Record<string, unknown> | null,
          has_test_results: results !== null,
        } satisfies CompareEntryDto;
      }),
    );
    const ascending = metric === 'max_drawdown_pct';
    // Array.prototype.sort is stable: equal values keep the request's order.
    entries.sort((a, b) => {
      const x = a.metrics[metric];
      const y = b.metrics[metric];
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
      return ascending ? x - y : y - x;
    });
    entries.forEach((e, i) => (e.rank = i + 1));
    const winner = entries.find((e) => e.has_test_results && e.metrics[metric] !== null);
    let recommendation: string;
    if (!entries.some((e) => e.has_test_results)) {
      recommendation = 'No strategies have completed test results yet. Run tests before comparing.';
    } else if (!winner) {
      recommendation = `No strategy has a ${metric} in its test results yet; compare by another metric.`;
    } else {
      const value = winner.metrics[metric]!.toFixed(4);
      const dsr = winner.deflated_sharpe as { p_value?: unknown; is_significant?: unknown } | null;
      recommendation =
        dsr && typeof dsr.p_value === 'number'
          ? `${winner.name} ranks first by ${metric} (${value}) and ${dsr.is_significant === true ? 'passes' : 'fails'} the Deflated Sharpe test (p=${dsr.p_value.toFixed(4)}). Consider deploying.`
          : `${winner.name} ranks first by ${metric} (${value}) and has no Deflated Sharpe data. Consider deploying.`;
    }
    return { strategies: entries, winner_id: winner?.strategy_id ?? null, ranking_metric: metric, recommendation };
  }
}
