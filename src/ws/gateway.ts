// The WebSocket gateway at /ws/v1: accepts upgrades on the app's HTTP server (limits, credential,
// origin), runs the subscribe protocol, and is the StreamHub the event sources publish through.
// Subscribers are indexed per channel (and per agent for private channels), so a publish costs
// O(its subscribers), never O(connections), and serialises its message once.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Config } from '../config.js';
import { DomainError } from '../errors.js';
import { clientAddress, rateBucketOf } from '../http/client-address.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { ServiceContext } from '../services/context.js';
import { agentChannels, ChannelRegistry, marketChannels, type PairDirectory } from './channels.js';
import { CLOSE_REVOKED, Connection, type ConnectionSettings, type Session, type Transport } from './connection.js';
import { authenticateUpgrade, originAllowed, refusalOf, writeRefusal, type Refusal } from './handshake.js';
import {
  ackMessage,
  dataFrame,
  errorMessage,
  parseClientMessage,
  type ClientMessage,
  type DataFrame,
  type ProtocolError,
} from './protocol.js';
import type { ChannelFamily, ChannelResolution, DataMessage, StreamHub } from './types.js';

export const WS_PATH = '/ws/v1';
/** Client frames larger than this close the connection with 1009. */
export const WS_MAX_PAYLOAD_BYTES = 16 * 1024;
export const CLOSE_GOING_AWAY = 1001;
/** How long a graceful stop waits for clients to answer the 1001 close before cutting them off. */
const SHUTDOWN_GRACE_MS = 2000;
const SWEEP_INTERVAL_MS = 1000;
const RETRY_AFTER_SECONDS = '5';
const EMPTY: ReadonlySet<string> = new Set();

export interface GatewaySettings extends ConnectionSettings {
  maxConnectionsPerIp: number;
  maxConnectionsPerKey: number;
  maxSubscriptions: number;
  corsOrigins: '*' | readonly string[];
  trustProxy: boolean;
  trustProxyHops: number;
  /** How often open sockets are re-checked against credential changes (see revalidate()). */
  revalidateIntervalMs: number;
}

export interface GatewayDeps {
  settings: GatewaySettings;
  /** The session of an upgrade request; throws a DomainError to refuse it (see handshake.ts). */
  authenticate(req: IncomingMessage, query: URLSearchParams): Promise<Session>;
  /** The listed pairs, for the market channels' symbol check. */
  pairs: PairDirectory;
  logger: Logger;
  metrics?: Metrics;
  /** Monotonic milliseconds for the slow-consumer clock. */
  now?: () => number;
  /** The slow-consumer sweep period (1 s). */
  sweepIntervalMs?: number;
  /**
   * Rises with every write to accounts, agents and API keys (WriteWatchPlugin): open sockets are
   * re-checked only when it moved. Absent: they are never re-checked.
   */
  generation?: () => number;
}

type SubscribeListener = Parameters<StreamHub['onSubscribe']>[0];

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

export class StreamGateway implements StreamHub {
  /** The channel families; `registerChannel` adds one (battles). */
  readonly channels = new ChannelRegistry();
  private readonly settings: GatewaySettings;
  private readonly logger: Logger;
  private readonly metrics: Metrics | undefined;
  private readonly now: () => number;
  private readonly sweepIntervalMs: number;
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: WS_MAX_PAYLOAD_BYTES,
    clientTracking: false,
    perMessageDeflate: false,
  });
  private readonly connections = new Map<number, Connection>();
  /** Public channel key → its subscribers. */
  private readonly publicSubs = new Map<string, Set<Connection>>();
  /** Private channel key → agent → that agent's subscribed connections. */
  private readonly privateSubs = new Map<string, Map<string, Set<Connection>>>();
  /** Private channel key → agents with a subscriber (what subscribedAgents hands out). */
  private readonly agentIndex = new Map<string, Set<string>>();
  /** Connections the sweep watches: dropped messages to report, or a buffer past the limit. */
  private readonly behind = new Set<Connection>();
  private readonly subscribeListeners = new Set<SubscribeListener>();
  /** Open and handshaking sockets per IP bucket and per credential identity. */
  private readonly perIp = new Map<string, number>();
  private readonly perKey = new Map<string, number>();
  private nextId = 1;
  private sweepTimer: NodeJS.Timeout | undefined;
  private closing: Promise<void> | undefined;
  private revalidateTimer: NodeJS.Timeout | undefined;
  private checkedGeneration: number | undefined;
  private revalidating = false;
  private drained: (() => void) | undefined;
  private readonly upgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    void this.upgrade(req, socket, head);
  };

  constructor(private readonly deps: GatewayDeps) {
    this.settings = deps.settings;
    this.logger = deps.logger;
    this.metrics = deps.metrics;
    this.now = deps.now ?? (() => performance.now());
    this.sweepIntervalMs = deps.sweepIntervalMs ?? SWEEP_INTERVAL_MS;
    for (const family of [...marketChannels(deps.pairs), ...agentChannels()]) this.channels.register(family);
  }

  /** Adds a channel family (battles: `battle`, `battle:{id}`); returns a function removing it. */
  registerChannel(family: ChannelFamily): () => void {
    return this.channels.register(family);
  }

  /** Handles WebSocket upgrades on `server` (every other request stays with Koa). */
  attach(server: Server): void {
    server.on('upgrade', this.upgradeListener);
    if (this.deps.generation && !this.revalidateTimer) {
      this.checkedGeneration = this.deps.generation();
      this.revalidateTimer = setInterval(() => void this.revalidate(), this.settings.revalidateIntervalMs);
      this.revalidateTimer.unref();
    }
  }

  /**
   * Closes with 4401 every open socket whose credential no longer holds: its key regenerated, its
   * agent deleted (or, for an agent key, archived), its account suspended. Runs only after
   * accounts, agents or keys were written; sockets of one credential and agent share one check.
   * A check that fails for another reason (the database) leaves the socket open and is retried.
   */
  async revalidate(): Promise<void> {
    const generation = this.deps.generation?.();
    if (generation === undefined || generation === this.checkedGeneration || this.revalidating) return;
    this.revalidating = true;
    // Before the checks: a write made while they run triggers another round.
    this.checkedGeneration = generation;
    try {
      const groups = new Map<string, Connection[]>();
      for (const conn of this.connections.values()) {
        if (conn.open && conn.session.stillValid)
          getOrCreate(groups, `${conn.session.identity}|${conn.agentId ?? ''}`, () => []).push(conn);
      }
      for (const conns of groups.values()) {
        try {
          await conns[0]!.session.stillValid!();
        } catch (err) {
          if (!(err instanceof DomainError)) {
            this.checkedGeneration = undefined;
            this.logger.error('ws credential check failed', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
            continue;
          }
          for (const conn of conns) conn.close(CLOSE_REVOKED, 'credential revoked');
          this.logger.info('ws credential revoked', { connections: conns.length, code: err.code });
        }
      }
    } finally {
      this.revalidating = false;
    }
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Graceful stop: refuses new upgrades (503), closes every connection with 1001, waits up to 2 s
   * for the closing handshakes, then cuts off the rest. Call it before closing the HTTP server:
   * upgraded sockets would keep that open.
   */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.stopSweep();
    clearInterval(this.revalidateTimer);
    this.revalidateTimer = undefined;
    if (this.connections.size > 0) {
      const drained = new Promise<void>((resolve) => (this.drained = resolve));
      for (const conn of this.connections.values()) conn.close(CLOSE_GOING_AWAY, 'server shutting down');
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_GRACE_MS)));
      await Promise.race([drained, grace]);
      clearTimeout(timer);
      for (const conn of this.connections.values()) conn.terminate();
    }
    this.wss.close();
  }

  // ---- handshake -------------------------------------------------------------------------------

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // A client that resets mid-handshake is not an error of ours.
    socket.on('error', () => socket.destroy());
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    // Only the path is ever logged: the query holds the credential.
    const path = q < 0 ? raw : raw.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
    if (path !== WS_PATH) {
      return this.refuse(socket, path, { status: 404, code: 'NOT_FOUND', message: `No WebSocket endpoint here; connect to ${WS_PATH}.` });
    }
    if (req.headers.upgrade?.toLowerCase() !== 'websocket') return this.refuse(socket, path, upgradeRequired());
    if (this.closing) return this.refuse(socket, path, shuttingDown());

    const ip = `ip:${rateBucketOf(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], { trustProxy: this.settings.trustProxy, hops: this.settings.trustProxyHops }))}`;
    // Before the credential: a flood of handshakes must not buy a hash each.
    if (!this.reserve(this.perIp, ip, this.settings.maxConnectionsPerIp, socket)) {
      return this.refuse(socket, path, connectionLimit('ip', this.settings.maxConnectionsPerIp));
    }
    let session: Session;
    try {
      session = await this.deps.authenticate(req, query);
    } catch (err) {
      if (err instanceof DomainError) return this.refuse(socket, path, refusalOf(err));
      this.logger.error('ws handshake failed', { path, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      return this.refuse(socket, path, { status: 500, code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' });
    }
    if (socket.destroyed) return;
    if (this.closing) return this.refuse(socket, path, shuttingDown());
    const origin = req.headers.origin;
    if (!originAllowed(origin, this.settings.corsOrigins)) {
      return this.refuse(socket, path, {
        status: 403,
        code: 'PERMISSION_DENIED',
        message: 'This origin may not open WebSocket connections (CORS_ORIGINS).',
        details: { origin },
      });
    }
    if (!this.reserve(this.perKey, session.identity, this.settings.maxConnectionsPerKey, socket)) {
      return this.refuse(socket, path, connectionLimit('api_key', this.settings.maxConnectionsPerKey));
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.adopt(ws, session));
  }

  /**
   * Counts the socket against `key` until it closes, if the count is under `limit`. The count is
   * released on the raw socket's close, which comes whatever happens next (refusal, a handshake
   * `ws` rejects, the connection's end), so no path can leak a slot.
   */
  private reserve(counts: Map<string, number>, key: string, limit: number, socket: Duplex): boolean {
    const current = counts.get(key) ?? 0;
    if (current >= limit) return false;
    counts.set(key, current + 1);
    socket.once('close', () => {
      const left = (counts.get(key) ?? 1) - 1;
      if (left > 0) counts.set(key, left);
      else counts.delete(key);
    });
    return true;
  }

  private refuse(socket: Duplex, path: string, refusal: Refusal): void {
    this.metrics?.wsHandshakeRefused(refusal.status);
    this.logger.info('ws handshake refused', { path, status: refusal.status, code: refusal.code });
    writeRefusal(socket, refusal);
  }

  private adopt(ws: WebSocket, session: Session): void {
    const conn = this.accept(ws, session);
    ws.on('message', (data: RawData, isBinary: boolean) => this.receive(conn, data as Buffer, isBinary));
    ws.on('close', (code: number) => this.disconnected(conn, code));
    // ws closes the socket itself after an error (1009 for an oversized frame, 1002 for a bad one).
    ws.on('error', (err: Error) => this.logger.debug('ws socket error', { connection_id: conn.id, error: err.message }));
  }

  // ---- connections (the upgrade path uses these; unit tests drive them with fake transports) -----

  /** Registers an upgraded socket and starts its heartbeat. */
  accept(transport: Transport, session: Session): Connection {
    const conn = new Connection(this.nextId++, session, transport, this.settings, this.now, this.metrics);
    this.connections.set(conn.id, conn);
    conn.startHeartbeat();
    this.metrics?.wsConnectionOpened();
    this.logger.info('ws connected', { connection_id: conn.id, account_id: session.accountId, agent_id: session.agentId ?? null });
    return conn;
  }

  /** One client frame. Pongs are handled at once; other replies keep the order of the requests. */
  receive(conn: Connection, data: string | Buffer, isBinary: boolean): void {
    if (!conn.open) return;
    const msg = parseClientMessage(data, isBinary);
    if (msg.kind === 'pong') {
      conn.pong();
      return;
    }
    if (conn.pending) {
      this.track(
        conn,
        conn.pending.then(() => this.handle(conn, msg)),
      );
      return;
    }
    const later = this.handle(conn, msg);
    if (later) this.track(conn, later);
  }

  private track(conn: Connection, work: Promise<void>): void {
    conn.pending = work;
    void work.then(() => {
      if (conn.pending === work) conn.pending = undefined;
    });
  }

  /** Answers one request; returns a promise only when its channel resolves asynchronously (never rejects). */
  private handle(conn: Connection, msg: Exclude<ClientMessage, { kind: 'pong' }> | ProtocolError): Promise<void> | undefined {
    if (msg.kind === 'error') {
      conn.sendControl(errorMessage(msg), 'error');
      return undefined;
    }
    let resolution: ChannelResolution | Promise<ChannelResolution>;
    try {
      resolution = this.channels.resolve(msg.channel, msg.params, { agentId: conn.agentId, accountId: conn.session.accountId });
    } catch (err) {
      resolution = this.familyFailed(msg.channel, err);
    }
    if (!isPromise(resolution)) {
      this.apply(conn, msg, resolution);
      return undefined;
    }
    return resolution.then(
      (resolved) => this.apply(conn, msg, resolved),
      (err: unknown) => this.apply(conn, msg, this.familyFailed(msg.channel, err)),
    );
  }

  private familyFailed(channel: string, err: unknown): ChannelResolution {
    this.logger.error('ws channel resolution failed', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    return { error: `The channel "${channel.slice(0, 80)}" could not be resolved; try again.` };
  }

  private apply(conn: Connection, msg: Exclude<ClientMessage, { kind: 'pong' }>, resolution: ChannelResolution): void {
    if (!conn.open) return;
    if ('error' in resolution || (resolution.private && !conn.agentId)) {
      const message = 'error' in resolution ? resolution.error : 'This channel needs an agent.';
      conn.sendControl(errorMessage({ code: 'INVALID_CHANNEL', message, channel: msg.channel, id: msg.id }), 'error');
      return;
    }
    const { key } = resolution;
    if (msg.kind === 'unsubscribe') {
      this.unsubscribe(conn, key);
      conn.sendControl(ackMessage('unsubscribed', key, msg.id), 'unsubscribed');
      return;
    }
    if (!conn.subscriptions.has(key)) {
      if (conn.subscriptions.size >= this.settings.maxSubscriptions) {
        const message = `At most ${this.settings.maxSubscriptions} subscriptions per connection; unsubscribe from one first.`;
        conn.sendControl(errorMessage({ code: 'SUBSCRIPTION_LIMIT', message, channel: msg.channel, id: msg.id }), 'error');
        return;
      }
      this.subscribe(conn, key, resolution.private);
    }
    conn.sendControl(ackMessage('subscribed', key, msg.id), 'subscribed');
    const sub = { connectionId: conn.id, channel: key, agentId: conn.agentId };
    for (const listener of this.subscribeListeners) {
      try {
        listener(sub);
      } catch (err) {
        this.logger.error('ws subscribe listener failed', { channel: key, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }

  private subscribe(conn: Connection, key: string, isPrivate: boolean): void {
    conn.subscriptions.set(key, { private: isPrivate });
    if (!isPrivate) {
      getOrCreate(this.publicSubs, key, () => new Set()).add(conn);
      return;
    }
    const agentId = conn.agentId!;
    const byAgent = getOrCreate(this.privateSubs, key, () => new Map<string, Set<Connection>>());
    getOrCreate(byAgent, agentId, () => new Set()).add(conn);
    getOrCreate(this.agentIndex, key, () => new Set()).add(agentId);
  }

  private unsubscribe(conn: Connection, key: string): void {
    const held = conn.subscriptions.get(key);
    if (!held) return;
    conn.subscriptions.delete(key);
    if (!held.private) {
      const subs = this.publicSubs.get(key);
      subs?.delete(conn);
      if (subs?.size === 0) this.publicSubs.delete(key);
      return;
    }
    const agentId = conn.agentId!;
    const byAgent = this.privateSubs.get(key);
    const subs = byAgent?.get(agentId);
    subs?.delete(conn);
    if (subs?.size !== 0) return;
    byAgent!.delete(agentId);
    this.agentIndex.get(key)?.delete(agentId);
    if (byAgent!.size === 0) {
      this.privateSubs.delete(key);
      this.agentIndex.delete(key);
    }
  }

  /** The socket has closed: forget the connection. `peerCode` is the code the close event carries. */
  disconnected(conn: Connection, peerCode: number): void {
    if (!this.connections.delete(conn.id)) return;
    const code = conn.markClosed(peerCode);
    for (const key of [...conn.subscriptions.keys()]) this.unsubscribe(conn, key);
    this.behind.delete(conn);
    this.metrics?.wsConnectionClosed(code);
    this.logger.info('ws closed', { connection_id: conn.id, code });
    if (this.connections.size === 0) this.drained?.();
  }

  // ---- StreamHub -------------------------------------------------------------------------------

  publish(msg: DataMessage, opts?: { droppable?: boolean }): void {
    const subs = this.publicSubs.get(msg.channel);
    if (!subs || subs.size === 0) return;
    this.deliverAll(subs, dataFrame(msg), opts?.droppable === true);
  }

  publishToAgent(agentId: string, msg: DataMessage): void {
    const subs = this.privateSubs.get(msg.channel)?.get(agentId);
    if (!subs || subs.size === 0) return;
    this.deliverAll(subs, dataFrame(msg), false);
  }

  subscriberCount(channel: string): number {
    const subs = this.publicSubs.get(channel);
    if (subs) return subs.size;
    let count = 0;
    for (const agentSubs of this.privateSubs.get(channel)?.values() ?? []) count += agentSubs.size;
    return count;
  }

  /** A live view: it changes as agents subscribe and leave; copy it to keep it across an await. */
  subscribedAgents(channel: 'orders' | 'portfolio'): ReadonlySet<string> {
    return this.agentIndex.get(channel) ?? EMPTY;
  }

  onSubscribe(listener: SubscribeListener): () => void {
    this.subscribeListeners.add(listener);
    return () => this.subscribeListeners.delete(listener);
  }

  /** Skipped when the connection is gone or no longer holds msg.channel (it unsubscribed meanwhile). */
  sendTo(connectionId: number, msg: DataMessage): void {
    const conn = this.connections.get(connectionId);
    if (!conn?.subscriptions.has(msg.channel)) return;
    this.deliverAll([conn], dataFrame(msg), false);
  }

  private deliverAll(subs: Iterable<Connection>, frame: DataFrame, droppable: boolean): void {
    let sent = 0;
    for (const conn of subs) {
      if (conn.deliver(frame, droppable) === 'sent') sent++;
      if (conn.behind) this.watch(conn);
    }
    this.metrics?.wsMessageSent(frame.type, sent);
  }

  // ---- slow consumers --------------------------------------------------------------------------

  private watch(conn: Connection): void {
    this.behind.add(conn);
    if (this.sweepTimer) return;
    this.sweepTimer = setInterval(() => this.sweep(), this.sweepIntervalMs);
    this.sweepTimer.unref();
  }

  private sweep(): void {
    for (const conn of this.behind) if (!conn.sweep()) this.behind.delete(conn);
    if (this.behind.size === 0) this.stopSweep();
  }

  private stopSweep(): void {
    clearInterval(this.sweepTimer);
    this.sweepTimer = undefined;
  }
}

function connectionLimit(scope: 'ip' | 'api_key', limit: number): Refusal {
  return {
    status: 429,
    code: 'RATE_LIMIT_EXCEEDED',
    message: `Too many WebSocket connections for this ${scope === 'ip' ? 'address' : 'API key'} (at most ${limit}).`,
    details: { reason: 'connection_limit', scope, limit },
    headers: { 'Retry-After': RETRY_AFTER_SECONDS },
  };
}

/** `UPGRADE_REQUIRED` is the spec's ErrorCode for this (see src/http/ws-upgrade-required.ts). */
export function upgradeRequired(): Refusal {
  return {
    status: 426,
    code: 'UPGRADE_REQUIRED',
    message: `${WS_PATH} is a WebSocket endpoint: connect with a WebSocket client (Upgrade: websocket).`,
    headers: { Upgrade: 'websocket' },
  };
}

function shuttingDown(): Refusal {
  return {
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    message: 'The server is shutting down; reconnect shortly.',
    headers: { 'Retry-After': RETRY_AFTER_SECONDS },
  };
}

/** The app's gateway: credentials through the auth service, pairs from the market hub, WS_* settings. */
export function createStreamGateway(services: ServiceContext, config: Config, logger: Logger): StreamGateway {
  return new StreamGateway({
    settings: { ...config.ws, corsOrigins: config.corsOrigins, trustProxy: config.trustProxy, trustProxyHops: config.trustProxyHops },
    authenticate: (req, query) => authenticateUpgrade(services, req, query),
    pairs: services.market,
    logger,
    metrics: services.metrics,
    generation: () => services.writeWatch.generation(),
  });
}
