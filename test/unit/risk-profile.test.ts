import { describe, it, expect } from 'vitest';
import { DEFAULT_RISK_PROFILE, effectiveRiskProfile } from '../../src/domain/risk-profile.js';

describe('effectiveRiskProfile', () => {
  it('uses the built-in defaults when neither account nor agent overrides anything', () => {
    expect(effectiveRiskProfile('{}', '{}')).toEqual({
      max_position_size_pct: 25,
      daily_loss_limit_pct: 20,
      max_open_orders: 50,
    });
  });

  it('applies account overrides field by field, keeping defaults for the rest', () => {
    expect(effectiveRiskProfile('{"max_open_orders":10}', '{}')).toEqual({
      max_position_size_pct: 25,
      daily_loss_limit_pct: 20,
      max_open_orders: 10,
    });
  });

  it('lets the agent override the account, field by field', () => {
    const account = JSON.stringify({ max_position_size_pct: 40, max_open_orders: 10 });
    const agent = JSON.stringify({ max_open_orders: 3, daily_loss_limit_pct: 5 });
    expect(effectiveRiskProfile(account, agent)).toEqual({
      max_position_size_pct: 40, // account
      daily_loss_limit_pct: 5, // agent
      max_open_orders: 3, // agent beats account
    });
  });

  it('applies agent overrides even when the account has none', () => {
    expect(effectiveRiskProfile('{}', '{"daily_loss_limit_pct":7}').daily_loss_limit_pct).toBe(7);
  });

  it.each(['not json', '{', '', 'null', '"text"', '42', '[1,2,3]'])('ignores the unusable profile %j', (bad) => {
    expect(effectiveRiskProfile(bad, '{}')).toEqual(DEFAULT_RISK_PROFILE);
    expect(effectiveRiskProfile('{"max_open_orders":10}', bad).max_open_orders).toBe(10);
  });

  it('ignores non-integer values and falls back to the next level', () => {
    const account = JSON.stringify({ max_open_orders: 10, max_position_size_pct: 30 });
    const agent = JSON.stringify({ max_open_orders: 2.5, max_position_size_pct: '15', daily_loss_limit_pct: null });
    expect(effectiveRiskProfile(account, agent)).toEqual({
      max_position_size_pct: 30,
      daily_loss_limit_pct: 20,
      max_open_orders: 10,
    });
  });

  it('ignores unknown fields', () => {
    const result = effectiveRiskProfile('{"leverage":100}', '{"max_open_orders":5,"other":1}');
    expect(result).toEqual({ max_position_size_pct: 25, daily_loss_limit_pct: 20, max_open_orders: 5 });
  });

  it('does not modify the shared defaults', () => {
    const result = effectiveRiskProfile('{"max_open_orders":1}', '{}');
    result.max_position_size_pct = 99;
    expect(DEFAULT_RISK_PROFILE).toEqual({ max_position_size_pct: 25, daily_loss_limit_pct: 20, max_open_orders: 50 });
  });
});
