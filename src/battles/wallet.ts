// Live battle wallets (design "Live wallets"). At the start every participant's own wallet is
// valued (snapshot_balance); in `fresh` mode it is then set aside — pending orders cancelled, their
// locks released, the balances and positions rows saved on the participant and replaced by one
// USDT balance of the battle's starting balance. At the end (stop, cancel) the battle wallet is
// discarded and the saved rows put back exactly: the agent gets its own holdings back, unit for
// unit, not a USDT sum. `existing` mode touches nothing.
//
// Everything here runs inside the caller's write piece (`ctx.writes.submit`), so the battle's status
// change and every participant's wallet change commit together or not at all. The caller locks the
// participants' ledgers first (lockAgents), before anything here reads them, and announces the
// cancelled orders and the changed agents after the commit.
import { isoTime } from '../clock.js';
import type { Agent, BattleParticipantRow, PositionRow } from '../db/schema.js';
import type { Tx } from '../db/store.js';
import { equityOf, QUOTE_ASSET } from '../domain/valuation.js';
import { formatAmount, parseAmount, type Amount } from '../money.js';
import * as ledger from '../repositories/ledger.repository.js';
import type { ServiceContext } from '../services/context.js';
import { cancelAgentOrdersInTransaction } from '../services/trading.service.js';
import { deleteBalancesSync, deletePositionsSync, findAgentSync, findPositionsSync } from './repository.js';
import type { BattleConfig } from './types.js';

/** What `saved_wallet` holds: the agent's own rows as they were when the battle started. */
interface SavedWallet {
  balances: Array<{ asset: string; available: string; locked: string }>;
  positions: PositionRow[];
}

/** What a wallet change did, for the caller to announce after the commit. */
export interface WalletChanges {
  cancelledOrderIds: string[];
  touchedAgentIds: string[];
}

/** The agent's own wallet valued in USDT at the feed's last prices. */
export async function walletEquity(tx: Tx, ctx: ServiceContext, agentId: string): Promise<Amount> {
  const holdings = (await ledger.findBalances(tx, agentId)).map((b) => ({
    asset: b.asset,
    available: parseAmount(b.available),
    locked: parseAmount(b.locked),
  }));
  return equityOf(holdings, ctx.prices);
}

async function agentOf(tx: Tx, agentId: string): Promise<Agent> {
  const agent = await findAgentSync(tx, agentId);
  if (!agent) throw new Error(`battle participant agent ${agentId} does not exist`);
  return agent;
}

/**
 * Starts the participants' wallets of a live battle; sets `snapshot_balance` (and, fresh,
 * `saved_wallet`) on each row given, which the caller then stores.
 */
export async function startLiveWallets(
  tx: Tx,
  ctx: ServiceContext,
  config: BattleConfig,
  participants: BattleParticipantRow[],
  now: number,
): Promise<WalletChanges> {
  const cancelled: string[] = [];
  const touched: string[] = [];
  for (const p of participants) {
    p.snapshot_balance = formatAmount(await walletEquity(tx, ctx, p.agent_id));
    if (config.wallet_mode !== 'fresh') continue;
    cancelled.push(...(await cancelAgentOrdersInTransaction(ctx, tx, await agentOf(tx, p.agent_id), 'battle')));
    // Read after the cancels: no lock is left, so the rows saved are the agent's free holdings.
    const saved: SavedWallet = {
      balances: (await ledger.findBalances(tx, p.agent_id)).map((b) => ({ asset: b.asset, available: b.available, locked: b.locked })),
      positions: await findPositionsSync(tx, p.agent_id),
    };
    p.saved_wallet = JSON.stringify(saved);
    await deletePositionsSync(tx, p.agent_id);
    await deleteBalancesSync(tx, p.agent_id);
    await ledger.upsertBalance(tx, p.agent_id, QUOTE_ASSET, config.starting_balance, formatAmount(0n), isoTime(now));
    touched.push(p.agent_id);
  }
  return { cancelledOrderIds: cancelled, touchedAgentIds: touched };
}

/**
 * Ends the participants' wallets of a live battle (stop or cancel): in fresh mode the battle wallet
 * and its pending orders go, and the saved rows come back; `saved_wallet` is cleared on each row
 * given, which the caller then stores. A participant whose wallet was already given back (none
 * saved) is left alone, so ending twice cannot restore twice.
 */
export async function endLiveWallets(
  tx: Tx,
  ctx: ServiceContext,
  participants: BattleParticipantRow[],
  now: number,
): Promise<WalletChanges> {
  const cancelled: string[] = [];
  const touched: string[] = [];
  for (const p of participants) {
    if (p.saved_wallet === null) continue;
    const saved = JSON.parse(p.saved_wallet) as SavedWallet;
    cancelled.push(...(await cancelAgentOrdersInTransaction(ctx, tx, await agentOf(tx, p.agent_id), 'battle')));
    await deletePositionsSync(tx, p.agent_id);
    await deleteBalancesSync(tx, p.agent_id);
    const at = isoTime(now);
    for (const b of saved.balances) await ledger.upsertBalance(tx, p.agent_id, b.asset, b.available, b.locked, at);
    for (const position of saved.positions) await ledger.upsertPosition(tx, position);
    p.saved_wallet = null;
    touched.push(p.agent_id);
  }
  return { cancelledOrderIds: cancelled, touchedAgentIds: touched };
}

/** An eliminated participant's pending orders end (their locks released); it keeps its battle wallet. */
export async function cancelParticipantOrders(tx: Tx, ctx: ServiceContext, agentId: string): Promise<string[]> {
  return cancelAgentOrdersInTransaction(ctx, tx, await agentOf(tx, agentId), 'battle');
}
