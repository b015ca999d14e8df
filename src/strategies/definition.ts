// A strategy definition as a client sends it, turned into the one flat form that tests and the live
// runner execute (executor.ts `NormalisedDefinition`). The request validator has already checked
// the shape against the spec's `StrategyDefinition` schema (unknown keys at any level, wrong
// types, values out of range are a 422 naming the field before this runs); what is left here needs
// more than a schema: the pairs against the listed pairs, and the SDK examples' rule-list form.
//
// Two submitted forms (decisions.md ruling 4):
// - flat (the docs): `pairs`, `timeframe`, `entry_conditions` / `exit_conditions` as objects of
//   condition keys, `position_size_pct` in percent (1–100);
// - rule-list (the SDK examples): `symbol`, `type`, condition lists of `{indicator, period,
//   operator, threshold}` rules, and `position_size_pct` / `stop_loss_pct` / `take_profit_pct` /
//   `trailing_stop_pct` at the top level as fractions (0.1 = 10 %).
// A rule is accepted only where it maps one to one onto a flat key (RULE_MAP); any other rule is a
// 422 naming the rule's field, never a condition silently dropped.
import { validationError, type FieldIssue } from '../errors.js';
import {
  ADX_PERIOD,
  BB_PERIOD,
  MACD_FAST,
  MACD_SIGNAL,
  MACD_SLOW,
  MAX_PERIOD,
  MIN_PERIOD,
  RSI_PERIOD,
  TIMEFRAMES,
  VOLUME_MA_PERIOD,
  type EntryConditions,
  type ExitConditions,
  type NormalisedDefinition,
  type Timeframe,
} from './executor.js';

export type { NormalisedDefinition } from './executor.js';

/** A listed pair's symbol for a symbol as sent, or undefined when no active pair has it. */
export type PairLookup = (symbol: string) => string | undefined;

/** One rule of the rule-list form. */
interface ConditionRule {
  indicator: string;
  operator: string;
  threshold?: number | null;
  period?: number | null;
  fast?: number | null;
  slow?: number | null;
  signal?: number | null;
}

const DEFAULTS = {
  timeframe: '1h' as Timeframe,
  position_size_pct: 10,
  max_positions: 3,
  model_type: 'rule_based' as const,
};

const MODEL_TYPES = ['rule_based', 'ml', 'rl'] as const;
const TOP_LEVEL_EXITS = ['stop_loss_pct', 'take_profit_pct', 'trailing_stop_pct'] as const;

type Side = 'entry' | 'exit';
type FlatKey = keyof EntryConditions | keyof ExitConditions;

/** Where a rule maps: the flat key and the value it takes (a threshold, a period or `true`). */
interface Mapping {
  key: FlatKey;
  value: 'threshold' | 'period' | 'true';
  /** The indicator's fixed period in the flat form; a rule naming another period does not map. */
  fixedPeriod?: number;
}

/**
 * The rule-list form's rules that have a flat equivalent, by side, indicator and operator. SMA and
 * EMA rules compare the close with the average of `period` (no threshold); the others compare the
 * indicator with `threshold`. A pair of (indicator, operator) missing here has no flat key.
 */
const RULE_MAP: Record<Side, Record<string, Record<string, Mapping>>> = {
  entry: {
    rsi: {
      '<': { key: 'rsi_below', value: 'threshold', fixedPeriod: RSI_PERIOD },
      '>': { key: 'rsi_above', value: 'threshold', fixedPeriod: RSI_PERIOD },
    },
    macd: { crossover: { key: 'macd_cross_above', value: 'true' }, crossunder: { key: 'macd_cross_below', value: 'true' } },
    sma: { '>': { key: 'price_above_sma', value: 'period' }, '<': { key: 'price_below_sma', value: 'period' } },
    ema: { '>': { key: 'price_above_ema', value: 'period' }, '<': { key: 'price_below_ema', value: 'period' } },
    bollinger: {
      '<': { key: 'bb_below_lower', value: 'true', fixedPeriod: BB_PERIOD },
      '>': { key: 'bb_above_upper', value: 'true', fixedPeriod: BB_PERIOD },
    },
    adx: { '>': { key: 'adx_above', value: 'threshold', fixedPeriod: ADX_PERIOD } },
    volume: { '>': { key: 'volume_above_ma', value: 'threshold', fixedPeriod: VOLUME_MA_PERIOD } },
  },
  exit: {
    rsi: {
      '>': { key: 'rsi_above', value: 'threshold', fixedPeriod: RSI_PERIOD },
      '<': { key: 'rsi_below', value: 'threshold', fixedPeriod: RSI_PERIOD },
    },
    macd: { crossunder: { key: 'macd_cross_below', value: 'true' } },
  },
};

/** Bounds of each numeric flat key (the schema's, checked again for values mapped from rules). */
const BOUNDS: Partial<Record<FlatKey, { min: number; max: number; exclusiveMin?: boolean; integer?: boolean }>> = {
  rsi_below: { min: 0, max: 100 },
  rsi_above: { min: 0, max: 100 },
  adx_above: { min: 0, max: 100 },
  volume_above_ma: { min: 0, max: 1000, exclusiveMin: true },
  price_above_sma: { min: MIN_PERIOD, max: MAX_PERIOD, integer: true },
  price_below_sma: { min: MIN_PERIOD, max: MAX_PERIOD, integer: true },
  price_above_ema: { min: MIN_PERIOD, max: MAX_PERIOD, integer: true },
  price_below_ema: { min: MIN_PERIOD, max: MAX_PERIOD, integer: true },
  stop_loss_pct: { min: 0, max: 100, exclusiveMin: true },
  take_profit_pct: { min: 0, max: 1000, exclusiveMin: true },
  trailing_stop_pct: { min: 0, max: 100, exclusiveMin: true },
};

function outOfBounds(key: FlatKey, value: number): string | undefined {
  const b = BOUNDS[key];
  if (!b) return undefined;
  const low = b.exclusiveMin ? value <= b.min : value < b.min;
  if (low || value > b.max || (b.integer && !Number.isInteger(value))) {
    return `must be ${b.integer ? 'an integer' : 'a number'} ${b.exclusiveMin ? `above ${b.min}` : `from ${b.min}`} to ${b.max} (as ${key})`;
  }
  return undefined;
}

/** A fraction of the rule-list form as a percentage, without binary noise (0.07 → 7, not 7.000000000000001). */
const percentOf = (fraction: number) => Math.round(fraction * 100 * 1e8) / 1e8;

/** Sent with a value: neither absent nor null. */
const given = (v: unknown): boolean => v !== undefined && v !== null;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the definition uses the rule-list form (its rules, `symbol`, `type` or top-level exits). */
export function isRuleListForm(def: Record<string, unknown>): boolean {
  return (
    Array.isArray(def.entry_conditions) ||
    Array.isArray(def.exit_conditions) ||
    def.symbol !== undefined ||
    def.type !== undefined ||
    TOP_LEVEL_EXITS.some((k) => def[k] !== undefined && def[k] !== null)
  );
}

/** Maps one side's rules onto flat keys, collecting a problem per rule that does not map. */
function mapRules(side: Side, rules: unknown[], base: string, issues: FieldIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  rules.forEach((raw, i) => {
    const field = `${base}.${i}`;
    const rule = raw as ConditionRule;
    const indicator = String(rule.indicator).toLowerCase();
    const mapping = RULE_MAP[side][indicator]?.[rule.operator];
    if (!mapping) {
      const known = Object.keys(RULE_MAP[side][indicator] ?? {});
      issues.push({
        field: RULE_MAP[side][indicator] ? `${field}.operator` : `${field}.indicator`,
        message: RULE_MAP[side][indicator]
          ? `'${rule.operator}' has no ${side} condition for ${indicator}; use ${known.map((k) => `'${k}'`).join(' or ')}`
          : `'${rule.indicator}' has no ${side} condition; ${side} rules may use ${Object.keys(RULE_MAP[side]).join(', ')}`,
      });
      return;
    }
    if (indicator === 'macd') {
      const fixed: Array<[keyof ConditionRule, number]> = [
        ['fast', MACD_FAST],
        ['slow', MACD_SLOW],
        ['signal', MACD_SIGNAL],
      ];
      for (const [name, expected] of fixed) {
        const v = rule[name];
        if (v !== undefined && v !== null && v !== expected) {
          issues.push({
            field: `${field}.${name}`,
            message: `must be ${expected}: the flat form's MACD is ${MACD_FAST}/${MACD_SLOW}/${MACD_SIGNAL}`,
          });
          return;
        }
      }
    } else if (given(rule.fast) || given(rule.slow) || given(rule.signal)) {
      const name = given(rule.fast) ? 'fast' : given(rule.slow) ? 'slow' : 'signal';
      issues.push({ field: `${field}.${name}`, message: `applies only to macd rules` });
      return;
    }
    if (mapping.fixedPeriod !== undefined && given(rule.period) && rule.period !== mapping.fixedPeriod) {
      issues.push({
        field: `${field}.period`,
        message: `must be ${mapping.fixedPeriod}: the flat form's ${indicator} uses ${mapping.fixedPeriod}`,
      });
      return;
    }
    let value: unknown;
    if (mapping.value === 'threshold') {
      if (!given(rule.threshold)) {
        issues.push({ field: `${field}.threshold`, message: `is required for a '${rule.operator}' ${indicator} rule` });
        return;
      }
      value = rule.threshold;
    } else {
      if (given(rule.threshold)) {
        issues.push({ field: `${field}.threshold`, message: `must not be sent with a '${rule.operator}' ${indicator} rule` });
        return;
      }
      if (mapping.value === 'period') {
        if (!given(rule.period)) {
          issues.push({ field: `${field}.period`, message: `is required for a ${indicator} rule` });
          return;
        }
        value = rule.period;
      } else {
        value = true;
      }
    }
    if (typeof value === 'number') {
      const problem = outOfBounds(mapping.key, value);
      if (problem) {
        issues.push({ field: `${field}.${mapping.value}`, message: problem });
        return;
      }
    }
    if (out[mapping.key] !== undefined) {
      issues.push({ field, message: `is a second rule for ${mapping.key}; send one` });
      return;
    }
    out[mapping.key] = value;
  });
  return out;
}

/** The active conditions only: a key with null (or a boolean condition set to false) is inactive. */
function activeOnly<T extends object>(conditions: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(conditions).filter(([, v]) => v !== null && v !== undefined && v !== false)) as T;
}

/**
 * The flat, defaulted form of a definition that passed the spec's schema; 422 VALIDATION_ERROR
 * naming each field that cannot be accepted (`prefix` is where the definition sits in the body).
 */
export function normaliseDefinition(input: unknown, lookup: PairLookup, prefix = 'body.definition'): NormalisedDefinition {
  if (!isRecord(input)) throw validationError([{ field: prefix, message: 'must be an object' }]);
  const def = input;
  const issues: FieldIssue[] = [];
  const ruleForm = isRuleListForm(def);

  // Pairs: `pairs`, or the rule-list form's single `symbol`.
  let symbols: Array<{ symbol: string; field: string }> = [];
  if (def.pairs !== undefined && def.symbol !== undefined) {
    issues.push({ field: `${prefix}.symbol`, message: 'must not be sent with pairs; send one of them' });
  } else if (Array.isArray(def.pairs)) {
    symbols = def.pairs.map((s, i) => ({ symbol: String(s), field: `${prefix}.pairs.${i}` }));
  } else if (typeof def.symbol === 'string') {
    symbols = [{ symbol: def.symbol, field: `${prefix}.symbol` }];
  } else {
    issues.push({ field: `${prefix}.pairs`, message: 'is required' });
  }
  const pairs: string[] = [];
  for (const { symbol, field } of symbols) {
    const listed = lookup(symbol.trim());
    if (!listed) issues.push({ field, message: `'${symbol}' is not a listed pair (GET /api/v1/market/pairs)` });
    else if (pairs.includes(listed)) issues.push({ field, message: `'${symbol}' is listed twice` });
    else pairs.push(listed);
  }

  const timeframe = (def.timeframe ?? DEFAULTS.timeframe) as Timeframe;
  if (!TIMEFRAMES.includes(timeframe)) issues.push({ field: `${prefix}.timeframe`, message: `must be one of ${TIMEFRAMES.join(', ')}` });

  const side = (name: Side): Record<string, unknown> => {
    const raw = def[`${name}_conditions`];
    if (raw === undefined || raw === null) return {};
    if (Array.isArray(raw)) return mapRules(name, raw, `${prefix}.${name}_conditions`, issues);
    return isRecord(raw) ? { ...raw } : {};
  };
  const entry = side('entry');
  const exit = side('exit');

  // Sizing: percent in the flat form, a fraction in the rule-list form.
  let positionSize = DEFAULTS.position_size_pct;
  if (typeof def.position_size_pct === 'number') {
    if (ruleForm) {
      if (def.position_size_pct <= 0 || def.position_size_pct > 1) {
        issues.push({
          field: `${prefix}.position_size_pct`,
          message: 'must be a fraction above 0 up to 1 in the rule-list form (0.1 = 10 %)',
        });
      } else {
        positionSize = percentOf(def.position_size_pct);
        if (positionSize < 1) issues.push({ field: `${prefix}.position_size_pct`, message: 'must be at least 0.01 (1 % of equity)' });
      }
    } else if (def.position_size_pct < 1 || def.position_size_pct > 100) {
      issues.push({ field: `${prefix}.position_size_pct`, message: 'must be a percentage from 1 to 100' });
    } else {
      positionSize = def.position_size_pct;
    }
  }
  // The rule-list form's top-level exits, fractions, onto the exit conditions.
  for (const key of TOP_LEVEL_EXITS) {
    const v = def[key];
    if (typeof v !== 'number') continue;
    const field = `${prefix}.${key}`;
    if (exit[key] !== undefined && exit[key] !== null) {
      issues.push({ field, message: `must not be sent with exit_conditions.${key}; send one of them` });
      continue;
    }
    const pct = percentOf(v);
    const problem = outOfBounds(key, pct);
    if (problem) issues.push({ field, message: `${problem}; in the rule-list form it is a fraction (0.05 = 5 %)` });
    else exit[key] = pct;
  }

  // The genetic example labels each variant with a top-level `name`; the strategy already has its
  // own name, so the label is accepted in the rule-list form and not kept.
  if (def.name !== undefined && !ruleForm) {
    issues.push({ field: `${prefix}.name`, message: 'is accepted only in the rule-list form (the strategy is named by its own name)' });
  }

  const typeLabel = def.type;
  const modelType = (def.model_type ??
    (typeof typeLabel === 'string' && (MODEL_TYPES as readonly string[]).includes(typeLabel)
      ? typeLabel
      : DEFAULTS.model_type)) as (typeof MODEL_TYPES)[number];

  if (issues.length > 0) throw validationError(issues, 'The strategy definition is invalid.');
  return {
    pairs,
    timeframe,
    entry_conditions: activeOnly<EntryConditions>(entry),
    exit_conditions: activeOnly<ExitConditions>(exit),
    position_size_pct: positionSize,
    max_positions: typeof def.max_positions === 'number' ? def.max_positions : DEFAULTS.max_positions,
    filters: isRecord(def.filters) ? def.filters : {},
    model_type: modelType,
    model_reference: typeof def.model_reference === 'string' ? def.model_reference : null,
  };
}
