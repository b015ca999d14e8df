// The `battle:{id}` WebSocket channel: its owner sees the standings (every snapshot tick, and once
// on subscribing), each fill of a participant as a `trade`, and the battle's status events.
// Subscribing names the battle by key (`battle:<uuid>`) or in the docs' form (`"channel":"battle",
// "battle_id":"<uuid>"`); a battle of another account gets the same answer as one that does not
// exist, so ids cannot be probed. Nothing on this channel is ever dropped for a slow consumer.
//
// Fills of live battles come from the order events: an in-memory map of the agents in running live
// battles turns an agent's fill into its battle's `trade`; the map is read at start and again after
// every status event that changes who runs (a battle started or ended, a participant eliminated).
import { isoTime } from '../clock.js';
import { findAccountById } from '../repositories/account.repository.js';
import { isUuid } from '../ids.js';
import { formatAmount, parseAmount } from '../money.js';
import type { ServiceContext } from '../services/context.js';
import type { OrderEvent } from '../services/events.js';
import type { ChannelFamily, ChannelResolution, DataMessage, StreamHub } from '../ws/types.js';
import { findBattle } from './repository.js';
import { watchBattles } from './scheduler.js';
import { findRunningLiveAgents } from './snapshots.repository.js';
import type { BattleStatusEventName, BattleStreamEvent, BattleTradeEventDto } from './types.js';

/** The one refusal for a battle id that is malformed, unknown or another account's. */
const UNKNOWN_BATTLE = 'Unknown battle: no battle with this id in your account.';

export interface BattleStream {
  /** Unregisters the channel and stops listening. */
  stop(): void;
  /** Resolves when the agent map is current (after start, or after the last status event). */
  idle(): Promise<void>;
}

interface RunningAgent {
  battleId: string;
  startedMs: number;
  name: string;
  color: string | null;
}

const channelOf = (battleId: string) => `battle:${battleId}`;

/** Status events after which the agents of running live battles may have changed. */
const MEMBERSHIP_EVENTS: ReadonlySet<BattleStatusEventName> = new Set([
  'battle_started',
  'battle_completed',
  'battle_cancelled',
  'agent_blown_up',
]);

export function startBattleStream(
  ctx: ServiceContext,
  gateway: StreamHub & { registerChannel(family: ChannelFamily): () => void },
): BattleStream {
  const logger = ctx.logger;
  let stopped = false;
  let agents = new Map<string, RunningAgent>();

  // --- the channel ----------------------------------------------------------------------------------
  const family: ChannelFamily = {
    name: 'battle',
    resolve(req): ChannelResolution | Promise<ChannelResolution> {
      if (req.keyParts && req.keyParts.length !== 1) {
        return { error: `Malformed channel key "${req.channel.slice(0, 80)}"; expected "battle:{battle_id}".` };
      }
      const raw = req.keyParts ? req.keyParts[0] : req.params.battle_id;
      if (raw === undefined || raw === '') return { error: 'battle_id is required for the battle channel.' };
      if (typeof raw !== 'string' || !isUuid(raw)) return { error: UNKNOWN_BATTLE };
      const id = raw.toLowerCase();
      return ctx.battles
        .isOwner(req.accountId, id)
        .then((owner): ChannelResolution => (owner ? { key: channelOf(id), private: false } : { error: UNKNOWN_BATTLE }));
    },
  };

  // --- who runs in which live battle ---------------------------------------------------------------
  let refreshing: Promise<void> | undefined;
  let again = false;
  const refresh = (): void => {
    if (stopped) return;
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = (async () => {
      do {
        again = false;
        try {
          const rows = await findRunningLiveAgents(ctx.db);
          agents = new Map(
            rows.map((r) => [
              r.agent_id,
              {
                battleId: r.battle_id,
                startedMs: r.started_at === null ? 0 : Date.parse(r.started_at),
                name: r.display_name,
                color: r.color,
              },
            ]),
          );
        } catch (err) {
          logger?.error('battle stream: reading running battles failed', { error: errorText(err) });
        }
      } while (again && !stopped);
    })().finally(() => {
      refreshing = undefined;
    });
  };

  // --- fan-out -------------------------------------------------------------------------------------
  const onBattle = (e: BattleStreamEvent): void => {
    if (e.type === 'status' && MEMBERSHIP_EVENTS.has(e.data.event)) refresh();
    const channel = channelOf(e.battleId);
    if (gateway.subscriberCount(channel) === 0) return;
    gateway.publish({ type: e.type, channel, data: e.data }, { droppable: false });
  };

  const onOrder = (e: OrderEvent): void => {
    const fill = e.view.fill;
    if (!fill) return;
    const running = agents.get(e.agentId);
    if (!running || Number(fill.executed_ms) < running.startedMs) return;
    const channel = channelOf(running.battleId);
    if (gateway.subscriberCount(channel) === 0) return;
    const data: BattleTradeEventDto = {
      battle_id: running.battleId,
      agent_id: e.agentId,
      agent_name: running.name,
      color: running.color,
      order_id: e.view.order.id,
      symbol: fill.symbol,
      side: fill.side,
      type: e.view.order.type,
      quantity: formatAmount(parseAmount(fill.quantity)),
      price: formatAmount(parseAmount(fill.price)),
      fee: formatAmount(parseAmount(fill.fee)),
      pnl: formatAmount(parseAmount(fill.realized_pnl)),
      executed_at: isoTime(Number(fill.executed_ms)),
      virtual_time: null,
    };
    gateway.publish({ type: 'trade', channel, data }, { droppable: false });
  };

  // The standings once, to a connection that just subscribed (a re-subscribe gets them again).
  const onSubscribe = (sub: { connectionId: number; channel: string }): void => {
    if (!sub.channel.startsWith('battle:')) return;
    const battleId = sub.channel.slice('battle:'.length);
    void (async () => {
      try {
        const battle = await findBattle(ctx.db, battleId);
        const account = battle && (await findAccountById(ctx.db, battle.account_id));
        if (!battle || !account || stopped) return;
        const live = await ctx.battles.live(account, battleId);
        if (stopped) return;
        const msg: DataMessage = {
          type: 'battle_snapshot',
          channel: sub.channel,
          data: {
            battle_id: live.battle_id,
            status: live.status,
            timestamp: live.updated_at,
            virtual_time: live.virtual_time,
            participants: live.participants,
          },
        };
        gateway.sendTo(sub.connectionId, msg);
      } catch (err) {
        logger?.warn('battle stream: standings on subscribe failed', { battle_id: battleId, error: errorText(err) });
      }
    })();
  };

  const unsubscribers = [
    gateway.registerChannel(family),
    ctx.events.onBattle(onBattle),
    ctx.events.onOrder(onOrder),
    gateway.onSubscribe(onSubscribe),
    // The scheduler builds standings only for battles somebody watches. Not in a cluster: the
    // scheduler runs on the leader, which cannot see the sockets of the other instances, so it
    // builds them for every battle and the events' relay brings them to each instance, whose
    // gateway drops those nobody there watches (onBattle).
    ...(ctx.config.redisUrl === undefined
      ? [watchBattles(ctx.events, (battleId) => gateway.subscriberCount(channelOf(battleId)) > 0)]
      : []),
  ];
  refresh();

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      for (const unsubscribe of unsubscribers) unsubscribe();
      agents.clear();
    },
    async idle() {
      while (refreshing) await refreshing;
    },
  };
}

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
