// Messages between the instances of a cluster, over Redis pub/sub: ticks from the ingester, orders
// to track for a partition's owner, domain events for the instance holding a socket, and principal
// cache invalidations. Pub/sub delivers to whoever listens now and keeps nothing: every use here is
// either repeated (ticks), re-read from PostgreSQL when it matters (a new partition owner loads its
// orders), or a hint whose loss costs freshness, not correctness.
import type { Logger } from '../logger.js';
import { openRedis, type RedisConnection } from './redis.js';

interface Envelope {
  /** The instance that published. */
  from: string;
  payload: unknown;
}

export type BusHandler = (payload: unknown, fromSelf: boolean) => void;

export class ClusterBus {
  private readonly handlers = new Map<string, BusHandler[]>();
  private failing = false;

  private constructor(
    private readonly pub: RedisConnection,
    private readonly sub: RedisConnection,
    readonly instanceId: string,
    private readonly logger?: Logger,
  ) {
    sub.client.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  /** Opens the two connections a bus needs (a subscribed connection can only listen). */
  static async open(url: string, options: { instanceId: string; prefix?: string; logger?: Logger }): Promise<ClusterBus> {
    const common = { ...(options.prefix ? { prefix: options.prefix } : {}), ...(options.logger ? { logger: options.logger } : {}) };
    const pub = await openRedis(url, common);
    try {
      // ioredis subscribes again by itself after a reconnect.
      const sub = await openRedis(url, common);
      return new ClusterBus(pub, sub, options.instanceId, options.logger);
    } catch (err) {
      await pub.close();
      throw err;
    }
  }

  /** Sends `payload` (JSON) to every instance listening on `channel`, this one included. Never throws. */
  publish(channel: string, payload: unknown): void {
    const message = JSON.stringify({ from: this.instanceId, payload } satisfies Envelope);
    this.pub.client.publish(this.pub.key('bus', channel), message).then(
      () => {
        if (this.failing) this.logger?.info('cluster bus publishing again');
        this.failing = false;
      },
      (err: unknown) => {
        if (!this.failing) this.logger?.error('cluster bus publish failed', { channel, error: String(err) });
        this.failing = true;
      },
    );
  }

  /** Calls `handler` with every message on `channel` from now on; returns an unsubscribe. */
  async subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>> {
    const key = this.sub.key('bus', channel);
    const list = this.handlers.get(key);
    if (list) list.push(handler);
    else {
      this.handlers.set(key, [handler]);
      await this.sub.client.subscribe(key);
    }
    return async () => {
      const rest = (this.handlers.get(key) ?? []).filter((h) => h !== handler);
      if (rest.length > 0) this.handlers.set(key, rest);
      else {
        this.handlers.delete(key);
        await this.sub.client.unsubscribe(key).catch(() => undefined);
      }
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.all([this.pub.close(), this.sub.close()]);
  }

  private deliver(channel: string, message: string): void {
    const handlers = this.handlers.get(channel);
    if (!handlers) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      this.logger?.warn('cluster bus dropped a message it could not read', { channel });
      return;
    }
    for (const handler of handlers) {
      try {
        handler(envelope.payload, envelope.from === this.instanceId);
      } catch (err) {
        this.logger?.error('a cluster bus handler failed', { channel, error: String(err) });
      }
    }
  }
}
