// Multi-instance mode (REDIS_URL): what one instance needs to take part in a cluster — its leases
// (leader, resting-order partitions) and the bus to the others. Opened (connected) before the
// services are built; the app joins (takes its first leases) when it starts, before the market and
// the matcher, so they know their roles from the start.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ClusterBus } from './bus.js';
import { ClusterLeases, DEFAULT_PARTITIONS } from './leases.js';
import { openRedis, type RedisConnection } from './redis.js';

export interface ClusterRuntime {
  readonly instanceId: string;
  readonly bus: ClusterBus;
  readonly leases: ClusterLeases;
  /** Takes this instance's first leases and keeps renewing them. */
  join(): Promise<void>;
  /** Gives the leases back (others take over at once) and closes the connections. */
  close(): Promise<void>;
}

export async function openCluster(config: Config, logger?: Logger): Promise<ClusterRuntime> {
  const url = config.redisUrl;
  if (!url) throw new Error('openCluster needs REDIS_URL');
  const logging = logger ? { logger } : {};
  const bus = await ClusterBus.open(url, { instanceId: config.instanceId, prefix: config.redisKeyPrefix, ...logging });
  let leaseRedis: RedisConnection | undefined;
  try {
    leaseRedis = await openRedis(url, { prefix: config.redisKeyPrefix, ...logging });
    const leases = new ClusterLeases(leaseRedis.client, {
      prefix: leaseRedis.key('lease', ''),
      instanceId: config.instanceId,
      partitions: DEFAULT_PARTITIONS,
      ttlMs: config.clusterLeaseMs,
      ...logging,
    });
    const connection = leaseRedis;
    return {
      instanceId: config.instanceId,
      bus,
      leases,
      async join() {
        await leases.start();
        logger?.info('joined the cluster', { instance: config.instanceId, leader: leases.leader, partitions: leases.partitions.size });
      },
      async close() {
        await leases.stop();
        await bus.close();
        await connection.close();
      },
    };
  } catch (err) {
    await leaseRedis?.close();
    await bus.close();
    throw err;
  }
}
