// Battle settings from request bodies (src/battles/config.ts): presets as the base, the caller's
// keys merged over them, durations in seconds, `pairs` folded into allowed_pairs, every field
// problem a 422 naming it, unknown symbols a 400 INVALID_SYMBOL.
import { describe, expect, it } from 'vitest';
import { parseCreateBody, parseUpdateBody, type BattleSettings } from '../../../src/battles/config.js';
import { presetConfig, presetDtos } from '../../../src/battles/presets.js';
import type { CreateBattleBody } from '../../../src/battles/types.js';
import { DomainError } from '../../../src/errors.js';

const LISTED = new Set(['BTCUSDT', 'ETHUSDT', 'SOLUSDT']);
const lookup = (s: string) => (LISTED.has(s.toUpperCase()) ? s.toUpperCase() : undefined);

function failure(body: unknown): { code: string; details: Record<string, unknown> | undefined } {
  try {
    parseCreateBody(body as CreateBattleBody, lookup);
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, details: err.details };
    throw err;
  }
  return { code: 'valid', details: undefined };
}

const fields = (body: unknown) => ((failure(body).details?.errors ?? []) as Array<{ field: string }>).map((e) => e.field);

describe('battle presets', () => {
  it('lists the eight presets of the fact sheet, every one with a fresh wallet', () => {
    const presets = presetDtos();
    expect(
      presets.map((p) => [p.key, p.duration_type, p.duration_seconds, p.starting_balance, p.allowed_pairs, p.candle_interval]),
    ).toEqual([
      ['quick_1h', 'fixed', 3600, '10000.00000000', null, null],
      ['day_trader', 'fixed', 86400, '10000.00000000', null, null],
      ['marathon', 'fixed', 604800, '10000.00000000', null, null],
      ['scalper_duel', 'fixed', 14400, '5000.00000000', ['BTCUSDT', 'ETHUSDT'], null],
      ['survival', 'unlimited', null, '10000.00000000', null, null],
      ['historical_day', 'historical', 86400, '10000.00000000', null, 60],
      ['historical_week', 'historical', 604800, '10000.00000000', null, 300],
      ['historical_month', 'historical', 2592000, '10000.00000000', null, 3600],
    ]);
    expect(presets.every((p) => p.wallet_mode === 'fresh' && p.name !== '' && p.best_for !== '' && p.description !== '')).toBe(true);
    expect(presets.filter((p) => p.survival).map((p) => p.key)).toEqual(['survival']);
    expect(presetConfig('historical_week')).toEqual({
      starting_balance: '10000.00000000',
      wallet_mode: 'fresh',
      duration_type: 'historical',
      duration_seconds: 604800,
      allowed_pairs: null,
      candle_interval: 300,
      battle_mode: 'historical',
    });
    expect(presetConfig('survival')).toMatchObject({ survival: true, duration_type: 'unlimited' });
    // A copy each time: a caller cannot change the preset.
    presetConfig('scalper_duel')!.allowed_pairs!.push('SOLUSDT');
    expect(presetConfig('scalper_duel')!.allowed_pairs).toEqual(['BTCUSDT', 'ETHUSDT']);
  });
});

describe('battle config on create', () => {
  it('defaults to a fresh, unlimited live battle ranked by ROI', () => {
    expect(parseCreateBody({ name: 'Plain' }, lookup)).toEqual({
      name: 'Plain',
      preset: null,
      config: {
        starting_balance: '10000.00000000',
        wallet_mode: 'fresh',
        duration_type: 'unlimited',
        duration_seconds: null,
        allowed_pairs: null,
      },
      ranking_metric: 'roi_pct',
      battle_mode: 'live',
      backtest_config: null,
    });
  });

  it('merges the caller’s keys over the preset and normalises them', () => {
    const s = parseCreateBody(
      {
        name: 'Duel',
        preset: 'scalper_duel',
        config: { starting_balance: 2500.5, pairs: ['solusdt', 'SOLUSDT'], wallet_mode: 'existing' },
      },
      lookup,
    );
    expect(s.config).toEqual({
      starting_balance: '2500.50000000',
      wallet_mode: 'existing',
      duration_type: 'fixed',
      duration_seconds: 14400,
      allowed_pairs: ['SOLUSDT'],
    });
    expect(
      parseCreateBody({ name: 'All', preset: 'scalper_duel', config: { allowed_pairs: 'all' } }, lookup).config.allowed_pairs,
    ).toBeNull();
  });

  it('takes a duration in seconds, minutes or hours; one alone means fixed; disagreeing ones are refused', () => {
    expect(parseCreateBody({ name: 'M', config: { duration_minutes: 90 } }, lookup).config).toMatchObject({
      duration_type: 'fixed',
      duration_seconds: 5400,
    });
    expect(parseCreateBody({ name: 'H', config: { duration_hours: 0.5, duration_minutes: 30 } }, lookup).config.duration_seconds).toBe(
      1800,
    );
    expect(parseCreateBody({ name: 'U', preset: 'quick_1h', config: { duration_type: 'unlimited' } }, lookup).config).toMatchObject({
      duration_type: 'unlimited',
      duration_seconds: null,
    });
    expect(fields({ name: 'X', config: { duration_hours: 1, duration_seconds: 1800 } })).toEqual(['body.config.duration_hours']);
    expect(fields({ name: 'X', config: { duration_type: 'fixed' } })).toEqual(['body.config.duration_seconds']);
    expect(fields({ name: 'X', config: { duration_seconds: 59 } })).toEqual(['body.config.duration_seconds']);
    expect(fields({ name: 'X', config: { duration_seconds: 31_536_001 } })).toEqual(['body.config.duration_seconds']);
    expect(fields({ name: 'X', config: { duration_minutes: 0 } })).toEqual(['body.config.duration_minutes']);
    expect(fields({ name: 'X', config: { duration_type: 'forever' } })).toEqual(['body.config.duration_type']);
  });

  it('names every bad field at once', () => {
    const result = failure({
      name: '',
      preset: 'nope',
      ranking_metric: 'luck',
      config: { starting_balance: '0.5', wallet_mode: 'borrowed', colour: 'red', survival: 'yes', candle_interval: '2m' },
    });
    expect(result.code).toBe('VALIDATION_ERROR');
    expect(
      fields({
        name: '',
        preset: 'nope',
        ranking_metric: 'luck',
        config: { starting_balance: '0.5', wallet_mode: 'borrowed', colour: 'red', survival: 'yes', candle_interval: '2m' },
      }).sort(),
    ).toEqual([
      'body.config.candle_interval',
      'body.config.colour',
      'body.config.starting_balance',
      'body.config.survival',
      'body.config.wallet_mode',
      'body.name',
      'body.preset',
      'body.ranking_metric',
    ]);
    expect(fields({ name: 'X', config: { starting_balance: '10000000.00000001' } })).toEqual(['body.config.starting_balance']);
    expect(fields({ name: 'X', config: { allowed_pairs: [] } })).toEqual(['body.config.allowed_pairs']);
    expect(fields({ name: 'X', config: { allowed_pairs: ['BTCUSDT'], pairs: ['ETHUSDT'] } })).toEqual(['body.config.pairs']);
    expect(fields({ name: 'X', config: 'fast' })).toEqual(['body.config']);
    expect(fields({ name: 'x'.repeat(201) })).toEqual(['body.name']);
  });

  it('answers unknown symbols with INVALID_SYMBOL naming them', () => {
    expect(failure({ name: 'X', config: { allowed_pairs: ['BTCUSDT', 'FAKEUSDT', 'nopeusdt'] } })).toEqual({
      code: 'INVALID_SYMBOL',
      details: { symbol: 'FAKEUSDT', symbols: ['FAKEUSDT', 'NOPEUSDT'], field: 'body.config.allowed_pairs' },
    });
  });

  it('makes a historical battle from a historical preset, with a backtest window', () => {
    const s = parseCreateBody(
      {
        name: 'Past',
        preset: 'historical_week',
        config: { pairs: ['BTCUSDT'] },
        backtest_config: { start_time: '2025-01-06T00:00:00Z', end_time: '2025-01-13T00:00:00.000Z' },
      },
      lookup,
    );
    expect(s.battle_mode).toBe('historical');
    expect(s.backtest_config).toEqual({
      start_time: '2025-01-06T00:00:00.000Z',
      end_time: '2025-01-13T00:00:00.000Z',
      candle_interval: 300,
      pairs: ['BTCUSDT'],
    });
    const custom = parseCreateBody(
      {
        name: 'Own',
        battle_mode: 'historical',
        backtest_config: {
          start_time: '2025-01-06T00:00:00Z',
          end_time: '2025-01-07T00:00:00Z',
          candle_interval: '1h',
          pairs: ['ethusdt'],
        },
      },
      lookup,
    );
    expect(custom.backtest_config).toMatchObject({ candle_interval: 3600, pairs: ['ETHUSDT'] });
    expect(
      parseCreateBody(
        { name: 'D', battle_mode: 'historical', backtest_config: { start_time: '2025-01-06T00:00:00Z', end_time: '2025-01-07T00:00:00Z' } },
        lookup,
      ).backtest_config?.candle_interval,
    ).toBe(60);
    // The body's battle_mode wins over the preset's.
    expect(parseCreateBody({ name: 'L', preset: 'historical_day', battle_mode: 'live' }, lookup)).toMatchObject({
      battle_mode: 'live',
      backtest_config: null,
    });
    expect(fields({ name: 'X', preset: 'historical_day' })).toEqual(['body.backtest_config']);
    expect(
      fields({ name: 'X', battle_mode: 'historical', backtest_config: { start_time: 'soon', end_time: '2025-01-07T00:00:00Z' } }),
    ).toEqual(['body.backtest_config.start_time']);
    expect(
      fields({
        name: 'X',
        battle_mode: 'historical',
        backtest_config: { start_time: '2025-01-07T00:00:00Z', end_time: '2025-01-06T00:00:00Z' },
      }),
    ).toEqual(['body.backtest_config.end_time']);
    expect(fields({ name: 'X', battle_mode: 'sideways' })).toEqual(['body.battle_mode']);
    expect(
      failure({
        name: 'X',
        battle_mode: 'historical',
        backtest_config: { start_time: '2025-01-06T00:00:00Z', end_time: '2025-01-07T00:00:00Z', pairs: ['FAKEUSDT'] },
      }).code,
    ).toBe('INVALID_SYMBOL');
  });
});

describe('battle config on update', () => {
  const current: BattleSettings = {
    name: 'Old',
    config: parseCreateBody({ name: 'Old', preset: 'quick_1h' }, lookup).config,
    ranking_metric: 'roi_pct',
    battle_mode: 'live',
    backtest_config: null,
  };

  it('changes only the fields sent, merging config keys over the stored config', () => {
    expect(parseUpdateBody(current, {}, lookup)).toEqual(current);
    const next = parseUpdateBody(current, { config: { starting_balance: '500' }, ranking_metric: 'sharpe_ratio' }, lookup);
    expect(next).toEqual({
      ...current,
      ranking_metric: 'sharpe_ratio',
      config: { ...current.config, starting_balance: '500.00000000' },
    });
    expect(parseUpdateBody(current, { config: { duration_hours: 2 } }, lookup).config.duration_seconds).toBe(7200);
  });

  it('refuses fields it cannot change and bad values', () => {
    const fieldsOf = (body: unknown) => {
      try {
        parseUpdateBody(current, body as never, lookup);
      } catch (err) {
        if (err instanceof DomainError) return ((err.details?.errors ?? []) as Array<{ field: string }>).map((e) => e.field);
        throw err;
      }
      return [];
    };
    expect(fieldsOf({ battle_mode: 'historical' })).toEqual(['body.battle_mode']);
    expect(fieldsOf({ name: ' ' })).toEqual(['body.name']);
    expect(fieldsOf({ config: { wallet_mode: 'x' } })).toEqual(['body.config.wallet_mode']);
  });
});
