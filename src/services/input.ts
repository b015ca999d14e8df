// Turning request values that the schema cannot fully check (exact decimals) into domain values.
import type { RiskOverrides } from '../domain/risk-profile.js';
import { validationError } from '../errors.js';
import { DecimalFormatError, parseInputAmount, type Amount } from '../money.js';

/** An exact decimal sent by a client; a malformed or out-of-range one is a 422 naming `field`. */
export function parseDecimalInput(value: string | number, field: string): Amount {
  try {
    return parseInputAmount(value);
  } catch (err) {
    if (err instanceof DecimalFormatError) throw validationError([{ field, message: err.message }]);
    throw err;
  }
}

export function parsePositiveAmount(value: string | number, field: string): Amount {
  const amount = parseDecimalInput(value, field);
  if (amount <= 0n) throw validationError([{ field, message: 'must be greater than 0' }]);
  return amount;
}

/** Risk-limit fields as they arrive (already schema-checked for type and bounds). */
export interface RiskInput {
  max_position_size_pct?: number;
  daily_loss_limit_pct?: number;
  max_open_orders?: number;
  max_order_size_pct?: number;
  min_order_size_usd?: string | number;
  order_rate_limit?: number;
}

export function parseRiskInput(input: RiskInput, prefix: string): RiskOverrides {
  const { min_order_size_usd, ...integers } = input;
  const out: RiskOverrides = {};
  for (const [key, value] of Object.entries(integers)) {
    if (value !== undefined) out[key as keyof typeof integers] = value;
  }
  if (min_order_size_usd !== undefined) out.min_order_size_usd = parsePositiveAmount(min_order_size_usd, `${prefix}.min_order_size_usd`);
  return out;
}
