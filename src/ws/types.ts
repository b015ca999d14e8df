// The contract between the WebSocket gateway (src/ws/gateway.ts), the event sources that feed it
// (src/ws/feeds.ts, battles later) and the channel families that define what may be subscribed.

/** What the event sources (src/ws/feeds.ts) need from the WebSocket gateway; the gateway implements it. */
export interface DataMessage {
  type: string; // 'ticker' | 'trade' | 'candle' | 'order' | 'portfolio' | battle types later
  channel: string; // resolved key, e.g. 'ticker:BTCUSDT', 'orders'
  symbol?: string;
  interval?: string;
  data: unknown; // serialised ONCE per publish, not per connection
}

export interface StreamHub {
  /** Public channel: to every connection subscribed to msg.channel. */
  publish(msg: DataMessage, opts?: { droppable?: boolean }): void;
  /** Private channel ('orders' | 'portfolio'): to the agent's connections subscribed to msg.channel. Never dropped. */
  publishToAgent(agentId: string, msg: DataMessage): void;
  /** Number of connections subscribed to a channel key (public) — feeds skip work when 0. */
  subscriberCount(channel: string): number;
  /** Agents with ≥1 connection subscribed to 'orders' / 'portfolio'. */
  subscribedAgents(channel: 'orders' | 'portfolio'): ReadonlySet<string>;
  /** Called after a connection's subscribe is acked (feeds send an initial snapshot with sendTo). */
  onSubscribe(listener: (sub: { connectionId: number; channel: string; agentId: string | undefined }) => void): () => void;
  /** One data message to one connection (initial snapshots). Never dropped. */
  sendTo(connectionId: number, msg: DataMessage): void;
}

/** A subscribe or unsubscribe request as a channel family sees it. */
export interface ChannelRequest {
  /** The channel string exactly as the client sent it (`ticker`, `ticker:BTCUSDT`, `battle:<id>`). */
  channel: string;
  /** The client's whole message (docs form: `symbol`, `interval`, `battle_id`, ...). */
  params: Record<string, unknown>;
  /** Key form only: the parts after the prefix (`candles:BTCUSDT:1m` → `['BTCUSDT', '1m']`); undefined in docs form. */
  keyParts: string[] | undefined;
  /** The connection's agent, when it has one. */
  agentId: string | undefined;
  accountId: string;
}

/**
 * A resolved channel: `key` is what the ack names and what publishers address. `private: true` means
 * the key is per agent (the gateway indexes it by the connection's agent and publishers use
 * publishToAgent); `false` means every subscriber of the key gets every publish. Authorisation
 * (may this account see this battle?) is the family's job, before it answers with a key.
 */
export type ChannelResolution = { key: string; private: boolean } | { error: string };

/** How a channel family parses and authorises subscriptions — the extension point battles will use. */
export interface ChannelFamily {
  /** Docs-form name (e.g. 'ticker', 'ticker_all', 'candles', 'battle') and the key prefix ('ticker', 'candles', 'battle'). */
  name: string;
  /**
   * Resolves a subscribe/unsubscribe request to its key, or an error message (→ INVALID_CHANNEL).
   * May answer asynchronously (a database lookup); the connection's later messages wait for it, so
   * replies keep the order of the requests.
   */
  resolve(req: ChannelRequest): ChannelResolution | Promise<ChannelResolution>;
}
