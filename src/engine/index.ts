// The trading core's public surface. Pure and synchronous: no I/O, no clock, no ids.
export { placeOrder, placeOco, fillResting, cancelOrder, applyBalanceChanges, PLAIN_ORDER } from './engine.js';
export { trailTrigger, trailFires, trailActivates, trailBest, shownPrice } from './trailing.js';
export { RestingBook, type TrailNow } from './resting-book.js';
export { balanceOf, nextUtcMidnight } from './risk.js';
export {
  FEE_RATE,
  MAX_SLIPPAGE,
  MIN_SLIPPAGE,
  fee,
  slippage,
  executionPrice,
  executeAt,
  marketExecution,
  quoteSettlement,
  buyLock,
  lockFor,
  initialTrailTrigger,
} from './pricing.js';
export { applyFill, avgEntryPrice, unrealizedPnl } from './position.js';
export { TriggerIndex, isTriggered, triggerDirection, type Triggerable } from './trigger-index.js';
export type * from './types.js';
