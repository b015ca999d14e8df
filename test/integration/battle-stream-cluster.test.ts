// Which battles the scheduler builds standings for. On a single server only for those somebody
// subscribed to on its own sockets; in a cluster (REDIS_URL set) the scheduler runs on the leader,
// which cannot see the other instances' sockets, so it builds them for every running battle and the
// events' relay takes them to each instance (whose gateway drops what nobody there watches).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BattleScheduler } from '../../src/battles/scheduler.js';
import { startBattleStream, type BattleStream } from '../../src/battles/stream.js';
import type { BattleStreamEvent } from '../../src/battles/types.js';
import type { ServiceContext } from '../../src/services/context.js';
import type { ChannelFamily, DataMessage, StreamHub } from '../../src/ws/types.js';
import { battleWorld, newAgent, owner, type BattleWorld } from './battles-fixtures.js';

/** A gateway with no socket subscribed to anything: what it is asked to publish, kept. */
function emptyGateway(published: DataMessage[]): StreamHub & { registerChannel(family: ChannelFamily): () => void } {
  return {
    publish: (msg) => void published.push(msg),
    publishToAgent: () => undefined,
    subscriberCount: () => 0,
    subscribedAgents: () => new Set(),
    onSubscribe: () => () => undefined,
    sendTo: () => undefined,
    registerChannel: () => () => undefined,
  };
}

describe('standings of battles nobody on this instance watches', () => {
  let world: BattleWorld;
  let stream: BattleStream | undefined;
  let scheduler: BattleScheduler;
  let snapshots: string[];
  let published: DataMessage[];
  let battleId: string;

  beforeEach(async () => {
    world = await battleWorld();
    const { ctx, battles } = world;
    const me = await owner(ctx, 'cluster stream');
    const other = await newAgent(ctx, me.account, 'Other');
    battleId = (await battles.create(me.account, { name: 'Watched elsewhere', config: { starting_balance: '5000' } })).id;
    await battles.addParticipant(me.account, battleId, me.agent.id);
    await battles.addParticipant(me.account, battleId, other.id);
    await battles.start(me.account, battleId);
    snapshots = [];
    published = [];
    ctx.events.onBattle((e: BattleStreamEvent) => {
      if (e.type === 'battle_snapshot') snapshots.push(e.battleId);
    });
    scheduler = new BattleScheduler(ctx, battles, { intervalMs: null });
  });

  afterEach(async () => {
    stream?.stop();
    stream = undefined;
    await scheduler.stop();
    await world.close();
  });

  it('on a single server: none, nobody subscribed here', async () => {
    stream = startBattleStream(world.ctx, emptyGateway(published));
    await stream.idle();
    await scheduler.tick();
    expect(snapshots).toEqual([]);
  });

  it('in a cluster: every running battle, for the instances whose sockets watch it', async () => {
    const clustered: ServiceContext = { ...world.ctx, config: { ...world.ctx.config, redisUrl: 'redis://127.0.0.1:6379' } };
    stream = startBattleStream(clustered, emptyGateway(published));
    await stream.idle();
    await scheduler.tick();
    expect(snapshots).toEqual([battleId]);
    // This instance's gateway has no subscriber for it: nothing goes out here.
    expect(published).toEqual([]);
  });
});
