// The live-battle order guard: what a battle forbids its participants, checked inside placeOrder's
// piece of the group commit, before the engine (design "Order guard"). A paused participant cannot
// trade, an eliminated one can no longer trade, and a battle with allowed_pairs confines trading to
// them. It answers like the engine does, with a rejection result, never by throwing inside the
// transaction: the caller counts the rejection once even if the batch's commit reruns the piece.
//
// Cost: one indexed read per live order (battle_participants by agent, joined to its battle). The
// config of a running battle cannot change (PUT is for draft/pending only), so its allowed pairs
// are parsed once per battle and kept.
import type { Tx } from '../db/store.js';
import { findAgentLiveBattle } from './repository.js';
import type { BattleConfig } from './types.js';

export interface BattleRejection {
  kind: 'rejected';
  code: 'ORDER_REJECTED';
  message: string;
  details: { reason: string; battle_id: string } & Record<string, unknown>;
}

const MAX_CACHED = 10_000;
const allowedByBattle = new Map<string, ReadonlySet<string> | null>();

function allowedPairs(battleId: string, configJson: string): ReadonlySet<string> | null {
  let allowed = allowedByBattle.get(battleId);
  if (allowed === undefined) {
    const config = JSON.parse(configJson) as BattleConfig;
    allowed = config.allowed_pairs === null || config.allowed_pairs === undefined ? null : new Set(config.allowed_pairs);
    // Battles end; a bounded map is enough (a dropped entry is parsed again on the next order).
    if (allowedByBattle.size >= MAX_CACHED) allowedByBattle.clear();
    allowedByBattle.set(battleId, allowed);
  }
  return allowed;
}

/**
 * Why a participant in status `status` may not trade in its battle (live or historical): paused
 * until resumed, eliminated for good; undefined when it may.
 */
export function participantRejection(status: string, battleId: string, agentId: string): BattleRejection | undefined {
  if (status === 'paused') {
    return {
      kind: 'rejected',
      code: 'ORDER_REJECTED',
      message: 'This agent is paused in its battle and cannot trade until it is resumed.',
      details: { reason: 'battle_participant_paused', battle_id: battleId, agent_id: agentId },
    };
  }
  if (status === 'blown_up') {
    return {
      kind: 'rejected',
      code: 'ORDER_REJECTED',
      message: 'This agent was eliminated from its battle and can no longer trade in it.',
      details: { reason: 'battle_participant_eliminated', battle_id: battleId, agent_id: agentId },
    };
  }
  return undefined;
}

/**
 * Why the agent may not place an order on `symbol` now because of a live battle it takes part in
 * (active or paused), or undefined when nothing forbids it. `tx` is the order's write piece.
 */
export async function battleOrderRejection(tx: Tx, agentId: string, symbol: string): Promise<BattleRejection | undefined> {
  const row = await findAgentLiveBattle(tx, agentId);
  if (!row) return undefined;
  const battleId = row.battle_id;
  const stopped = participantRejection(row.participant_status, battleId, agentId);
  if (stopped) return stopped;
  const allowed = allowedPairs(battleId, row.config);
  if (allowed !== null && !allowed.has(symbol)) {
    return {
      kind: 'rejected',
      code: 'ORDER_REJECTED',
      message: `${symbol} is not one of the pairs this agent's battle allows.`,
      details: { reason: 'pair_not_allowed_in_battle', battle_id: battleId, symbol, allowed_pairs: [...allowed] },
    };
  }
  return undefined;
}
