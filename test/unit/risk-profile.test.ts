import { describe, it, expect } from 'vitest';
import {
  DEFAULT_RISK_PROFILE,
  effectiveRiskProfile,
  parseOverrides,
  serializeOverrides,
  toRiskProfileDto,
} from '../../src/domain/risk-profile.js';
import { parseAmount } from '../../src/money.js';

const DEFAULTS = {
  max_position_size_pct: 25,
  daily_loss_limit_pct: 20,
  max_open_orders: 50,
  max_order_size_pct: 50,
  min_order_size_usd: parseAmount('1'),
  order_rate_limit: 100,
};

describe('effectiveRiskProfile', () => {
  it('uses the built-in defaults when neither account nor agent overrides anything', () => {
    expect(effectiveRiskProfile('{}', '{}')).toEqual(DEFAULTS);
  });

  it('applies account overrides field by field, keeping defaults for the rest', () => {
    expect(effectiveRiskProfile('{"max_open_orders":10}', '{}')).toEqual({ ...DEFAULTS, max_open_orders: 10 });
  });

  it('lets the agent override the account, field by field', () => {
    const account = JSON.stringify({ max_position_size_pct: 40, max_open_orders: 10, min_order_size_usd: '5' });
    const agent = JSON.stringify({ max_open_orders: 3, daily_loss_limit_pct: 5 });
    expect(effectiveRiskProfile(account, agent)).toEqual({
      ...DEFAULTS,
      max_position_size_pct: 40, // account
      daily_loss_limit_pct: 5, // agent
      max_open_orders: 3, // agent beats account
      min_order_size_usd: parseAmount('5'), // account
    });
  });

  it('applies agent overrides even when the account has none', () => {
    expect(effectiveRiskProfile('{}', '{"daily_loss_limit_pct":7}').daily_loss_limit_pct).toBe(7);
  });

  it.each(['not json', '{', '', 'null', '"text"', '42', '[1,2,3]'])('ignores the unusable profile %j', (bad) => {
    expect(effectiveRiskProfile(bad, '{}')).toEqual(DEFAULT_RISK_PROFILE);
    expect(effectiveRiskProfile('{"max_open_orders":10}', bad).max_open_orders).toBe(10);
  });

  it('ignores non-integer values and malformed money, falling back to the next level', () => {
    const account = JSON.stringify({ max_open_orders: 10, max_position_size_pct: 30 });
    const agent = JSON.stringify({
      max_open_orders: 2.5,
      max_position_size_pct: '15',
      daily_loss_limit_pct: null,
      min_order_size_usd: 'lots',
    });
    expect(effectiveRiskProfile(account, agent)).toEqual({ ...DEFAULTS, max_position_size_pct: 30, max_open_orders: 10 });
  });

  it('ignores unknown fields', () => {
    const result = effectiveRiskProfile('{"leverage":100}', '{"max_open_orders":5,"other":1}');
    expect(result).toEqual({ ...DEFAULTS, max_open_orders: 5 });
  });

  it('does not modify the shared defaults', () => {
    const result = effectiveRiskProfile('{"max_open_orders":1}', '{}');
    result.max_position_size_pct = 99;
    expect(DEFAULT_RISK_PROFILE).toEqual(DEFAULTS);
  });
});

describe('stored overrides', () => {
  it('round-trip through JSON with money as an exact decimal string', () => {
    const overrides = { max_open_orders: 7, min_order_size_usd: parseAmount('2.5') };
    const json = serializeOverrides(overrides);
    expect(JSON.parse(json)).toEqual({ max_open_orders: 7, min_order_size_usd: '2.50000000' });
    expect(parseOverrides(json)).toEqual(overrides);
  });

  it('render money as an 8-decimal string on the wire', () => {
    expect(toRiskProfileDto(DEFAULT_RISK_PROFILE).min_order_size_usd).toBe('1.00000000');
  });
});
