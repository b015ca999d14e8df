// The trading core's public surface. Pure and synchronous: no I/O, no clock, no ids.
export { placeOrder, fillResting, cancelOrder, applyBalanceChanges } from './engine.js';
export { assessOrder, balanceOf, nextUtcMidnight, type Assessment } from './risk.js';
export {
  FEE_RATE,
  MAX_SLIPPAGE,
  MIN_SLIPPAGE,
  UNKNOWN_VOLUME_SLIPPAGE,
  fee,
  slippage,
  executionPrice,
  executeAt,
  marketExecution,
  quoteSettlement,
  buyLock,
  lockFor,
  planOrder,
  type Execution,
  type OrderPlan,
} from './pricing.js';
export { applyFill, avgEntryPrice, unrealizedPnl } from './position.js';
export { TriggerIndex, isTriggered, triggerDirection, type TriggerDirection, type Triggerable } from './trigger-index.js';
export type * from './types.js';
