// The eight battle presets (fact sheet §2.4). A preset is a named base config: POST /battles merges
// the caller's `config` keys over it (config.ts). Every preset gives each participant a fresh wallet,
// so agents compete from the same balance whatever they held before.
import { formatAmount, parseAmount } from '../money.js';
import type { BattleConfig, PresetDto } from './types.js';

interface Preset {
  dto: PresetDto;
  config: BattleConfig;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

function preset(
  key: string,
  name: string,
  description: string,
  bestFor: string,
  o: {
    durationType: BattleConfig['duration_type'];
    durationSeconds: number | null;
    startingBalance?: string;
    allowedPairs?: string[];
    candleInterval?: number;
    survival?: boolean;
  },
): Preset {
  const startingBalance = formatAmount(parseAmount(o.startingBalance ?? '10000'));
  const historical = o.durationType === 'historical';
  const config: BattleConfig = {
    starting_balance: startingBalance,
    wallet_mode: 'fresh',
    duration_type: o.durationType,
    duration_seconds: o.durationSeconds,
    allowed_pairs: o.allowedPairs ?? null,
    ...(o.candleInterval !== undefined ? { candle_interval: o.candleInterval } : {}),
    ...(o.survival ? { survival: true } : {}),
    ...(historical ? { battle_mode: 'historical' as const } : {}),
  };
  return {
    config,
    dto: {
      key,
      name,
      description,
      duration_type: o.durationType,
      duration_seconds: o.durationSeconds,
      starting_balance: startingBalance,
      allowed_pairs: config.allowed_pairs,
      best_for: bestFor,
      wallet_mode: 'fresh',
      battle_mode: historical ? 'historical' : 'live',
      candle_interval: o.candleInterval ?? null,
      survival: o.survival ?? false,
    },
  };
}

const PRESETS: readonly Preset[] = [
  preset('quick_1h', 'Quick Sprint', 'A one-hour live battle on every pair.', 'Fast comparisons of agents and quick experiments', {
    durationType: 'fixed',
    durationSeconds: HOUR,
  }),
  preset('day_trader', 'Day Trader', 'A 24-hour live battle on every pair.', 'Intraday strategies over a full trading day', {
    durationType: 'fixed',
    durationSeconds: DAY,
  }),
  preset('marathon', 'Marathon', 'A seven-day live battle on every pair.', 'Swing strategies and long-run consistency', {
    durationType: 'fixed',
    durationSeconds: 7 * DAY,
  }),
  preset(
    'scalper_duel',
    'Scalper Duel',
    'A four-hour live battle on BTCUSDT and ETHUSDT only, from 5,000 USDT.',
    'High-frequency scalpers on the most liquid pairs',
    { durationType: 'fixed', durationSeconds: 4 * HOUR, startingBalance: '5000', allowedPairs: ['BTCUSDT', 'ETHUSDT'] },
  ),
  preset(
    'survival',
    'Survival Mode',
    'Last agent standing: a participant whose equity falls below 10 % of its starting balance is eliminated; the battle ends when one remains.',
    'Risk management under pressure',
    { durationType: 'unlimited', durationSeconds: null, survival: true },
  ),
  preset(
    'historical_day',
    'Historical Day',
    'One day of market history replayed on 1-minute candles, stepped by the caller.',
    'Reproducible head-to-head tests on a day of history',
    { durationType: 'historical', durationSeconds: DAY, candleInterval: 60 },
  ),
  preset(
    'historical_week',
    'Historical Week',
    'One week of market history replayed on 5-minute candles, stepped by the caller.',
    'Reproducible tests of swing strategies',
    { durationType: 'historical', durationSeconds: 7 * DAY, candleInterval: 300 },
  ),
  preset(
    'historical_month',
    'Historical Month',
    'Thirty days of market history replayed on 1-hour candles, stepped by the caller.',
    'Reproducible tests of position strategies over a month',
    { durationType: 'historical', durationSeconds: 30 * DAY, candleInterval: 3600 },
  ),
];

const BY_KEY = new Map(PRESETS.map((p) => [p.dto.key, p]));

/** GET /battles/presets: the eight presets, in the fact sheet's order. */
export function presetDtos(): PresetDto[] {
  return PRESETS.map((p) => ({ ...p.dto, allowed_pairs: p.dto.allowed_pairs && [...p.dto.allowed_pairs] }));
}

/** The stored base config of a preset (a copy), or undefined for an unknown key. */
export function presetConfig(key: string): BattleConfig | undefined {
  const p = BY_KEY.get(key);
  return p && { ...p.config, allowed_pairs: p.config.allowed_pairs && [...p.config.allowed_pairs] };
}
