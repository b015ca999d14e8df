// The `data` of each webhook event, built from the row the announcing write has just stored (so the
// event says exactly what was committed). Money stays a decimal string; metrics are JSON numbers
// (the fact sheet's §0), with 0 where a figure is not computable, never null.
import type { BacktestSessionRow, BattleRow } from '../db/schema.js';

export function backtestCompletedData(row: BacktestSessionRow): Record<string, unknown> {
  const roi = row.roi_pct ?? '0';
  return {
    backtest_id: row.id,
    // The SDK's examples read `session_id`.
    session_id: row.id,
    agent_id: row.agent_id,
    status: 'completed',
    roi_pct: roi,
    total_trades: row.total_trades,
    final_equity: row.final_equity,
    metrics: {
      total_return_pct: Number(roi),
      sharpe_ratio: row.sharpe_ratio ?? 0,
      max_drawdown_pct: row.max_drawdown_pct ?? 0,
    },
  };
}

export function battleCompletedData(row: BattleRow, participantCount: number): Record<string, unknown> {
  return {
    battle_id: row.id,
    name: row.name,
    battle_mode: row.battle_mode,
    status: 'completed',
    winner_agent_id: row.winner_agent_id,
    participant_count: participantCount,
    ended_at: row.ended_at,
  };
}
