// Rule-based advice from a completed test's aggregate (fact sheet §3.6, decisions.md ruling 8):
// every rule is checked, in this order, each on its own; its text embeds the numbers it saw. Win
// rates are on the 0–100 scale everywhere, so the thresholds are 50 and 75 (the original server
// compared 0–100 data against 0.5 and 0.75: not copied). Each rule is documented in openapi.yaml
// (`GET /strategies/{strategy_id}/test-results`); keep the two in step.
import type { NormalisedDefinition } from './executor.js';
import type { TestAggregate } from './test-results.js';

/** Thresholds of the rules, on the scales of the aggregate (percent, trades per episode, ratio). */
export const RULES = {
  pairSpreadPct: 5,
  lowWinRate: 50,
  highWinRate: 75,
  highDrawdownPct: 15,
  lowDrawdownPct: 3,
  fewTrades: 3,
  manyTrades: 50,
  lowSharpe: 0.5,
  adxHigh: 30,
  adxLow: 15,
  minRewardRisk: 1.5,
} as const;

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

/** The advice for `results` of a test of `def`; none when no episode completed. */
export function recommendationsFor(results: TestAggregate, def: NormalisedDefinition): string[] {
  if (results.episodes_completed === 0) return [];
  const out: string[] = [];
  // 1. One pair drags the others down.
  const pairs = Object.entries(results.by_pair).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (pairs.length >= 2) {
    let best = pairs[0]!;
    let worst = pairs[0]!;
    for (const p of pairs) {
      if (p[1].avg_roi_pct > best[1].avg_roi_pct) best = p;
      if (p[1].avg_roi_pct < worst[1].avg_roi_pct) worst = p;
    }
    if (best[1].avg_roi_pct - worst[1].avg_roi_pct > RULES.pairSpreadPct) {
      out.push(
        `${worst[0]} trails ${best[0]} by ${f2(best[1].avg_roi_pct - worst[1].avg_roi_pct)} points of average ROI per episode (${f2(worst[1].avg_roi_pct)}% vs ${f2(best[1].avg_roi_pct)}%). Consider removing ${worst[0]} from the pairs.`,
      );
    }
  }
  // 2–3. Win rate (0–100).
  const winRate = results.avg_win_rate;
  if (winRate !== null && winRate < RULES.lowWinRate) {
    out.push(`Win rate is ${f1(winRate)}%, below ${RULES.lowWinRate}%. Tighten the entry conditions or widen the take-profit.`);
  }
  if (winRate !== null && winRate > RULES.highWinRate) {
    out.push(
      `Win rate is ${f1(winRate)}%, above ${RULES.highWinRate}%: the entry conditions may be too strict and miss opportunities. Consider relaxing them.`,
    );
  }
  // 4–5. Drawdown.
  const dd = results.avg_max_drawdown_pct;
  if (dd > RULES.highDrawdownPct) {
    out.push(`Average max drawdown is ${f1(dd)}%, above ${RULES.highDrawdownPct}%. Tighten the stop-loss or reduce the position size.`);
  }
  if (dd > 0 && dd < RULES.lowDrawdownPct) {
    out.push(`Average max drawdown is only ${f1(dd)}%: the stop-loss may be too tight and cut winning trades short.`);
  }
  // 6–7. Activity.
  const trades = results.avg_trades_per_episode;
  if (trades < RULES.fewTrades) {
    out.push(`Only ${f1(trades)} trades per episode on average: the entry conditions may be too restrictive.`);
  }
  if (trades > RULES.manyTrades) {
    out.push(`${f1(trades)} trades per episode on average: consider adding filters (e.g. adx_above) to avoid overtrading.`);
  }
  // 8. Risk-adjusted return.
  if (results.avg_sharpe !== null && results.avg_sharpe < RULES.lowSharpe) {
    out.push(
      `Average Sharpe ratio is ${f2(results.avg_sharpe)}, below ${RULES.lowSharpe}. Reduce the position size or improve the entry timing.`,
    );
  }
  // 9. The ADX filter's threshold.
  const adx = def.entry_conditions.adx_above;
  if (typeof adx === 'number' && adx > RULES.adxHigh) {
    out.push(`adx_above is ${f1(adx)}: above ${RULES.adxHigh} few trends qualify. Consider 20–25.`);
  } else if (typeof adx === 'number' && adx < RULES.adxLow) {
    out.push(`adx_above is ${f1(adx)}: below ${RULES.adxLow} it barely filters weak trends. Consider 20 or more.`);
  }
  // 10. Reward against risk.
  const sl = def.exit_conditions.stop_loss_pct;
  const tp = def.exit_conditions.take_profit_pct;
  if (typeof sl === 'number' && typeof tp === 'number' && sl > 0 && tp > 0 && tp / sl < RULES.minRewardRisk) {
    out.push(
      `Take-profit / stop-loss is ${f1(tp / sl)} (${f2(tp)}% / ${f2(sl)}%), below ${RULES.minRewardRisk}. Improve the risk/reward: widen the take-profit or tighten the stop-loss.`,
    );
  }
  // 11. Losing on average.
  if (results.avg_roi_pct < 0) {
    out.push(`The strategy loses money on average (${f2(results.avg_roi_pct)}% ROI per episode). Review the entry and exit conditions.`);
  }
  return out;
}
