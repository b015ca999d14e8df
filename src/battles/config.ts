// Turning POST /battles and PUT /battles/{id} bodies into the stored, normalised battle settings
// (design "Config"): the preset's config (or the stored one, for an update) is the base, the body's
// `config` keys are merged over it, durations become seconds, `pairs` folds into `allowed_pairs`.
// Every problem of the body is reported at once as 422 VALIDATION_ERROR naming its field; symbols
// the market does not list are 400 INVALID_SYMBOL, as an order for them would be.
import { parseInterval } from '../backtest/service.js';
import { DomainError, validationError, type FieldIssue } from '../errors.js';
import { DecimalFormatError, formatAmount, parseAmount, parseInputAmount } from '../money.js';
import { presetConfig } from './presets.js';
import {
  RANKING_METRICS,
  type BacktestConfigBody,
  type BacktestConfigDto,
  type BattleConfig,
  type BattleMode,
  type CreateBattleBody,
  type DurationType,
  type RankingMetric,
  type UpdateBattleBody,
} from './types.js';

/** The canonical symbol of a listed pair (any case in), or undefined when the market has no such pair. */
export type PairLookup = (symbol: string) => string | undefined;

const MIN_BALANCE = parseAmount('1');
const MAX_BALANCE = parseAmount('10000000');
const MIN_DURATION = 60;
const MAX_DURATION = 31_536_000;
const DEFAULT_INTERVAL = 60;
const NAME_MAX = 200;

const DURATION_TYPES: readonly DurationType[] = ['fixed', 'unlimited', 'historical'];
const DURATION_KEYS = { duration_seconds: 1, duration_minutes: 60, duration_hours: 3600 } as const;
type DurationKey = keyof typeof DURATION_KEYS;
const CONFIG_KEYS = new Set([
  'starting_balance',
  'wallet_mode',
  'duration_type',
  ...Object.keys(DURATION_KEYS),
  'allowed_pairs',
  'pairs',
  'candle_interval',
  'survival',
  'battle_mode',
]);

export const DEFAULT_CONFIG: Readonly<BattleConfig> = Object.freeze({
  starting_balance: formatAmount(parseAmount('10000')),
  wallet_mode: 'fresh',
  duration_type: 'unlimited',
  duration_seconds: null,
  allowed_pairs: null,
});

/** What a create body becomes. */
export interface NewBattleSettings {
  name: string;
  preset: string | null;
  config: BattleConfig;
  ranking_metric: RankingMetric;
  battle_mode: BattleMode;
  backtest_config: BacktestConfigDto | null;
}

/** The stored settings an update starts from, and what it may change. */
export interface BattleSettings {
  name: string;
  config: BattleConfig;
  ranking_metric: RankingMetric;
  battle_mode: BattleMode;
  backtest_config: BacktestConfigDto | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseName(value: unknown, issues: FieldIssue[]): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name.length < 1 || name.length > NAME_MAX)
    issues.push({ field: 'body.name', message: `must be 1–${NAME_MAX} characters after trimming` });
  return name;
}

function parseMetric(value: unknown, issues: FieldIssue[]): RankingMetric {
  if (typeof value === 'string' && (RANKING_METRICS as readonly string[]).includes(value)) return value as RankingMetric;
  issues.push({ field: 'body.ranking_metric', message: `must be one of ${RANKING_METRICS.join(', ')}` });
  return 'roi_pct';
}

function parseMode(value: unknown, field: string, issues: FieldIssue[]): BattleMode | undefined {
  if (value === 'live' || value === 'historical') return value;
  issues.push({ field, message: 'must be live or historical' });
  return undefined;
}

/** A positive number (or numeric string) of `unit` seconds, as whole seconds; undefined after an issue. */
function durationSeconds(key: DurationKey, value: unknown, issues: FieldIssue[]): number | undefined {
  const field = `body.config.${key}`;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (key === 'duration_seconds') {
    if (!Number.isInteger(n) || n < MIN_DURATION || n > MAX_DURATION) {
      issues.push({ field, message: `must be an integer from ${MIN_DURATION} to ${MAX_DURATION}` });
      return undefined;
    }
    return n;
  }
  if (!Number.isFinite(n) || n <= 0) {
    issues.push({ field, message: 'must be a number greater than 0' });
    return undefined;
  }
  const seconds = Math.round(n * DURATION_KEYS[key]);
  if (seconds < MIN_DURATION || seconds > MAX_DURATION) {
    issues.push({ field, message: `must come to ${MIN_DURATION}–${MAX_DURATION} seconds` });
    return undefined;
  }
  return seconds;
}

/** Upper-cased, de-duplicated symbols (order kept), or null for "all"; undefined after an issue. */
function symbolList(value: unknown, field: string, issues: FieldIssue[]): string[] | null | undefined {
  if (value === null || value === 'all') return null;
  if (!Array.isArray(value) || value.length === 0 || !value.every((s) => typeof s === 'string' && s.trim() !== '')) {
    issues.push({ field, message: 'must be a non-empty array of symbols, or "all"' });
    return undefined;
  }
  return [...new Set(value.map((s: string) => s.trim().toUpperCase()))];
}

/** The listed pairs' canonical symbols; any unknown one is 400 INVALID_SYMBOL naming them all. */
export function requireSymbols(symbols: string[], lookup: PairLookup, field: string): string[] {
  const unknown = symbols.filter((s) => lookup(s) === undefined);
  if (unknown.length > 0) {
    throw new DomainError('INVALID_SYMBOL', `Trading pair${unknown.length > 1 ? 's' : ''} '${unknown.join("', '")}' not available.`, {
      symbol: unknown[0],
      symbols: unknown,
      field,
    });
  }
  return symbols.map((s) => lookup(s)!);
}

/**
 * Merges the body's `config` keys over `base` (a normalised config) and normalises the result.
 * Issues go to `issues`; the returned config is meaningful only when none were added.
 */
export function mergeConfig(base: BattleConfig, raw: unknown, issues: FieldIssue[], lookup: PairLookup): BattleConfig {
  const out: BattleConfig = { ...base, allowed_pairs: base.allowed_pairs && [...base.allowed_pairs] };
  if (raw === undefined) return out;
  if (!isObject(raw)) {
    issues.push({ field: 'body.config', message: 'must be an object' });
    return out;
  }
  for (const key of Object.keys(raw)) {
    if (!CONFIG_KEYS.has(key)) issues.push({ field: `body.config.${key}`, message: 'is not a battle config key' });
  }

  if (raw.starting_balance !== undefined) {
    const field = 'body.config.starting_balance';
    const v = raw.starting_balance;
    try {
      if (typeof v !== 'string' && typeof v !== 'number') throw new DecimalFormatError('must be a decimal string or number');
      const amount = parseInputAmount(v);
      if (amount < MIN_BALANCE || amount > MAX_BALANCE) issues.push({ field, message: 'must be from 1 to 10000000' });
      else out.starting_balance = formatAmount(amount);
    } catch (err) {
      if (!(err instanceof DecimalFormatError)) throw err;
      issues.push({ field, message: err.message });
    }
  }
  if (raw.wallet_mode !== undefined) {
    if (raw.wallet_mode === 'fresh' || raw.wallet_mode === 'existing') out.wallet_mode = raw.wallet_mode;
    else issues.push({ field: 'body.config.wallet_mode', message: 'must be fresh or existing' });
  }

  // Durations: whichever keys were sent must agree; one without duration_type means a fixed battle.
  let duration: { key: DurationKey; seconds: number } | undefined;
  for (const key of Object.keys(DURATION_KEYS) as DurationKey[]) {
    if (raw[key] === undefined) continue;
    const seconds = durationSeconds(key, raw[key], issues);
    if (seconds === undefined) continue;
    if (duration && duration.seconds !== seconds) {
      issues.push({ field: `body.config.${key}`, message: `disagrees with ${duration.key} (${duration.seconds} s against ${seconds} s)` });
    } else duration ??= { key, seconds };
  }
  let durationType: DurationType | undefined;
  if (raw.duration_type !== undefined) {
    if (typeof raw.duration_type === 'string' && (DURATION_TYPES as readonly string[]).includes(raw.duration_type)) {
      durationType = raw.duration_type as DurationType;
    } else issues.push({ field: 'body.config.duration_type', message: `must be one of ${DURATION_TYPES.join(', ')}` });
  }
  if (durationType !== undefined) out.duration_type = durationType;
  else if (duration) out.duration_type = 'fixed';
  if (duration) out.duration_seconds = duration.seconds;
  else if (durationType === 'unlimited') out.duration_seconds = null;
  if (out.duration_type === 'unlimited' && duration) {
    issues.push({ field: `body.config.${duration.key}`, message: 'must not be sent with duration_type unlimited' });
  }
  if (out.duration_type === 'fixed' && out.duration_seconds === null) {
    issues.push({
      field: 'body.config.duration_seconds',
      message: 'is required when duration_type is fixed (or send duration_minutes or duration_hours)',
    });
  }

  const allowed = raw.allowed_pairs === undefined ? undefined : symbolList(raw.allowed_pairs, 'body.config.allowed_pairs', issues);
  const alias = raw.pairs === undefined ? undefined : symbolList(raw.pairs, 'body.config.pairs', issues);
  if (allowed !== undefined && alias !== undefined && JSON.stringify(allowed) !== JSON.stringify(alias)) {
    issues.push({ field: 'body.config.pairs', message: 'is an alias of allowed_pairs and differs from it; send one' });
  }
  const pairs = allowed !== undefined ? allowed : alias;
  if (pairs !== undefined) out.allowed_pairs = pairs;

  if (raw.candle_interval !== undefined) {
    try {
      out.candle_interval = parseInterval(raw.candle_interval as string | number, 'body.config.candle_interval', DEFAULT_INTERVAL);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      issues.push(...((err.details?.errors as FieldIssue[] | undefined) ?? []));
    }
  }
  if (raw.survival !== undefined) {
    if (typeof raw.survival === 'boolean') out.survival = raw.survival;
    else issues.push({ field: 'body.config.survival', message: 'must be true or false' });
  }
  if (raw.battle_mode !== undefined) {
    const mode = parseMode(raw.battle_mode, 'body.config.battle_mode', issues);
    if (mode) out.battle_mode = mode;
  }
  // Unknown symbols are a different answer (400), given only once the body is otherwise valid.
  if (issues.length === 0 && out.allowed_pairs !== null && pairs !== undefined) {
    out.allowed_pairs = requireSymbols(out.allowed_pairs, lookup, 'body.config.allowed_pairs');
  }
  return out;
}

function parseTime(value: unknown, field: string, issues: FieldIssue[]): number | undefined {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isFinite(ms)) return ms;
  issues.push({ field, message: 'must be an ISO-8601 date-time' });
  return undefined;
}

/** A historical battle's window and candles; `pairs` default to the config's allowed pairs. */
export function parseBacktestConfig(
  raw: BacktestConfigBody | Record<string, unknown> | null | undefined,
  config: BattleConfig,
  issues: FieldIssue[],
  lookup: PairLookup,
): BacktestConfigDto | null {
  if (raw === undefined || raw === null) {
    issues.push({ field: 'body.backtest_config', message: 'is required for a historical battle' });
    return null;
  }
  if (!isObject(raw)) {
    issues.push({ field: 'body.backtest_config', message: 'must be an object' });
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (!['start_time', 'end_time', 'candle_interval', 'pairs'].includes(key)) {
      issues.push({ field: `body.backtest_config.${key}`, message: 'is not a backtest_config key' });
    }
  }
  const start = parseTime(raw.start_time, 'body.backtest_config.start_time', issues);
  const end = parseTime(raw.end_time, 'body.backtest_config.end_time', issues);
  if (start !== undefined && end !== undefined && end <= start) {
    issues.push({ field: 'body.backtest_config.end_time', message: 'must be after start_time' });
  }
  let interval = config.candle_interval ?? DEFAULT_INTERVAL;
  try {
    interval = parseInterval(raw.candle_interval as string | number | undefined, 'body.backtest_config.candle_interval', interval);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    issues.push(...((err.details?.errors as FieldIssue[] | undefined) ?? []));
  }
  let pairs = config.allowed_pairs;
  if (raw.pairs !== undefined) {
    const given = symbolList(raw.pairs, 'body.backtest_config.pairs', issues);
    if (given !== undefined) pairs = given;
  }
  if (issues.length > 0 || start === undefined || end === undefined) return null;
  return {
    start_time: new Date(start).toISOString(),
    end_time: new Date(end).toISOString(),
    candle_interval: interval,
    pairs: pairs === null ? null : requireSymbols(pairs, lookup, 'body.backtest_config.pairs'),
  };
}

function fail(issues: FieldIssue[]): void {
  if (issues.length > 0) throw validationError(issues);
}

/** POST /battles. */
export function parseCreateBody(body: CreateBattleBody, lookup: PairLookup): NewBattleSettings {
  const issues: FieldIssue[] = [];
  if (!isObject(body)) throw validationError([{ field: 'body', message: 'must be an object' }]);
  const name = parseName(body.name, issues);
  let base: BattleConfig = DEFAULT_CONFIG;
  let preset: string | null = null;
  if (body.preset !== undefined && body.preset !== null) {
    const found = typeof body.preset === 'string' ? presetConfig(body.preset) : undefined;
    if (found) {
      base = found;
      preset = body.preset;
    } else issues.push({ field: 'body.preset', message: 'is not a preset key (see GET /battles/presets)' });
  }
  const rankingMetric = body.ranking_metric === undefined ? 'roi_pct' : parseMetric(body.ranking_metric, issues);
  const config = mergeConfig(base, body.config, issues, lookup);
  const mode =
    body.battle_mode !== undefined ? (parseMode(body.battle_mode, 'body.battle_mode', issues) ?? 'live') : (config.battle_mode ?? 'live');
  fail(issues);
  const backtestConfig = mode === 'historical' ? parseBacktestConfig(body.backtest_config, config, issues, lookup) : null;
  fail(issues);
  return { name, preset, config, ranking_metric: rankingMetric, battle_mode: mode, backtest_config: backtestConfig };
}

/** PUT /battles/{id}: only the fields sent change; `config` keys merge over the stored config. */
export function parseUpdateBody(current: BattleSettings, body: UpdateBattleBody, lookup: PairLookup): BattleSettings {
  const issues: FieldIssue[] = [];
  if (!isObject(body)) throw validationError([{ field: 'body', message: 'must be an object' }]);
  for (const key of Object.keys(body)) {
    if (!['name', 'config', 'ranking_metric', 'backtest_config'].includes(key)) {
      issues.push({ field: `body.${key}`, message: 'cannot be changed' });
    }
  }
  const name = body.name === undefined ? current.name : parseName(body.name, issues);
  const rankingMetric = body.ranking_metric === undefined ? current.ranking_metric : parseMetric(body.ranking_metric, issues);
  const config = body.config === undefined ? current.config : mergeConfig(current.config, body.config, issues, lookup);
  fail(issues);
  let backtestConfig = current.backtest_config;
  if (current.battle_mode === 'historical' && body.backtest_config !== undefined) {
    backtestConfig = parseBacktestConfig(body.backtest_config as BacktestConfigBody | undefined, config, issues, lookup);
  }
  fail(issues);
  return { name, config, ranking_metric: rankingMetric, battle_mode: current.battle_mode, backtest_config: backtestConfig };
}

/** A stored config (JSON) as the normalised object. */
export function storedConfig(json: string): BattleConfig {
  return JSON.parse(json) as BattleConfig;
}

export function storedBacktestConfig(json: string | null): BacktestConfigDto | null {
  return json === null ? null : (JSON.parse(json) as BacktestConfigDto);
}
