// Every migration, in order. Listed statically so start-up does not depend on a directory scan.
import type { Migration } from 'kysely';
import * as initial from './migrations/20261127000000_initial.js';
import * as market from './migrations/20261127010000_market.js';
import * as trading from './migrations/20261127020000_trading.js';
import * as snapshots from './migrations/20261127030000_snapshots.js';
import * as orderIndexes from './migrations/20261127040000_order-indexes.js';
import * as tradeStats from './migrations/20261202010000_trade-stats.js';
import * as sessionDailyPnl from './migrations/20261202020000_session-daily-pnl.js';
import * as candleRollups from './migrations/20261202030000_candle-rollups.js';
import * as dropAgentDailyPnl from './migrations/20261202040000_drop-agent-daily-pnl.js';
import * as backtests from './migrations/20261210020000_backtests.js';
import * as importedCandleRanges from './migrations/20261210030000_imported-candle-ranges.js';
import * as battles from './migrations/20261220010000_battles.js';
import * as webhooks from './migrations/20261230010000_webhooks.js';
import * as training from './migrations/20261230020000_training.js';
import * as strategies from './migrations/20261230030000_strategies.js';
import * as strategyTests from './migrations/20261230040000_strategy_tests.js';
import * as advancedOrders from './migrations/20270101010000_advanced-orders.js';
import * as backtestVersion from './migrations/20270102010000_backtest-version.js';

export const migrations: Record<string, Migration> = {
  '20261127000000_initial': initial,
  '20261127010000_market': market,
  '20261127020000_trading': trading,
  '20261127030000_snapshots': snapshots,
  '20261127040000_order-indexes': orderIndexes,
  '20261202010000_trade-stats': tradeStats,
  '20261202020000_session-daily-pnl': sessionDailyPnl,
  '20261202030000_candle-rollups': candleRollups,
  '20261202040000_drop-agent-daily-pnl': dropAgentDailyPnl,
  '20261210020000_backtests': backtests,
  '20261210030000_imported-candle-ranges': importedCandleRanges,
  '20261220010000_battles': battles,
  '20261230010000_webhooks': webhooks,
  '20261230020000_training': training,
  '20261230030000_strategies': strategies,
  '20261230040000_strategy_tests': strategyTests,
  '20270101010000_advanced-orders': advancedOrders,
  '20270102010000_backtest-version': backtestVersion,
};
