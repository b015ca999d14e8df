// Risk limits: built-in defaults, overridden field by field by the account's profile, then by the
// agent's. Stored as JSON objects of overrides; money fields are decimal strings there.
import { formatAmount, parseAmount, type Amount } from '../money.js';

export interface RiskProfile {
  max_position_size_pct: number;
  daily_loss_limit_pct: number;
  max_open_orders: number;
  max_order_size_pct: number;
  min_order_size_usd: Amount;
  order_rate_limit: number;
}

export type RiskOverrides = Partial<RiskProfile>;

export const DEFAULT_RISK_PROFILE: Readonly<RiskProfile> = Object.freeze({
  max_position_size_pct: 25,
  daily_loss_limit_pct: 20,
  max_open_orders: 50,
  max_order_size_pct: 50,
  min_order_size_usd: parseAmount('1'),
  order_rate_limit: 100,
});

const INTEGER_FIELDS = [
  'max_position_size_pct',
  'daily_loss_limit_pct',
  'max_open_orders',
  'max_order_size_pct',
  'order_rate_limit',
] as const;

/** Reads stored overrides, ignoring anything malformed rather than failing a request over it. */
export function parseOverrides(json: string): RiskOverrides {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  const out: RiskOverrides = {};
  if (!raw || typeof raw !== 'object') return out;
  const record = raw as Record<string, unknown>;
  for (const field of INTEGER_FIELDS) {
    const value = record[field];
    if (typeof value === 'number' && Number.isInteger(value)) out[field] = value;
  }
  const min = record.min_order_size_usd;
  if (typeof min === 'string' || typeof min === 'number') {
    try {
      out.min_order_size_usd = parseAmount(min);
    } catch {
      // a malformed stored value falls back to the next source
    }
  }
  return out;
}

export function serializeOverrides(overrides: RiskOverrides): string {
  const out: Record<string, number | string> = {};
  for (const field of INTEGER_FIELDS) {
    const value = overrides[field];
    if (value !== undefined) out[field] = value;
  }
  if (overrides.min_order_size_usd !== undefined) out.min_order_size_usd = formatAmount(overrides.min_order_size_usd);
  return JSON.stringify(out);
}

/** The limits in force for an agent: its own overrides, else its account's, else the defaults. */
export function effectiveRiskProfile(accountJson: string, agentJson?: string): RiskProfile {
  return { ...DEFAULT_RISK_PROFILE, ...parseOverrides(accountJson), ...(agentJson ? parseOverrides(agentJson) : {}) };
}

/** The wire form: integers as numbers, money as an 8-decimal string. */
export function toRiskProfileDto(profile: RiskProfile) {
  return { ...profile, min_order_size_usd: formatAmount(profile.min_order_size_usd) };
}
