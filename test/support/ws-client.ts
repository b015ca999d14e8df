// The contract tier's WebSocket client: connects to a test server's /ws/v1, checks every message it
// receives and every message it sends against asyncapi.yaml (through the shared WsChecker), answers
// pings unless told not to, and lets a test wait for the message or close it expects.
import WebSocket from 'ws';
import { checker } from './harness.js';
import { wsChecker } from './ws-checker.js';

export type ServerMessage = { type: string; channel?: string; seq?: number; data?: any; [key: string]: any };

export interface WsConnectOptions {
  apiKey?: string;
  token?: string;
  agentId?: string;
  /** More query parameters, sent as given. */
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Default `/ws/v1`. */
  path?: string;
  /** Answer `{"type":"ping"}` at once (default true). */
  autoPong?: boolean;
  /** How to answer pings: `{"type":"pong"}` (the Python SDK's, default) or `{"action":"pong"}`. */
  pongForm?: 'type' | 'action';
}

export interface Refusal {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

function wsUrl(base: string, opts: WsConnectOptions): string {
  const url = new URL(opts.path ?? '/ws/v1', base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (opts.apiKey !== undefined) url.searchParams.set('api_key', opts.apiKey);
  if (opts.token !== undefined) url.searchParams.set('token', opts.token);
  if (opts.agentId !== undefined) url.searchParams.set('agent_id', opts.agentId);
  for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
  return url.toString();
}

/** Thrown by `connect` when the server refuses the handshake; the body is checked already. */
export class HandshakeRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`handshake refused: ${refusal.status} ${JSON.stringify(refusal.body)}`);
  }
}

/**
 * Opens the socket; resolves once it is open, or with the refusal. A refusal must be the REST error
 * envelope (openapi.yaml's Error) with a status and code asyncapi.yaml documents.
 */
function open(base: string, opts: WsConnectOptions): Promise<WebSocket | Refusal> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(base, opts), { headers: opts.headers, perMessageDeflate: false });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          if (!(res.headers['content-type'] ?? '').includes('application/json')) {
            throw new Error(`handshake refusal ${res.statusCode} is not JSON (${res.headers['content-type']}): ${text}`);
          }
          const body: any = JSON.parse(text);
          checker.checkError(body);
          wsChecker.recordRefusal(res.statusCode ?? 0, body.error.code);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    });
  });
}

export class WsClient {
  /** Every message received, in order (the ones `next` took included). */
  readonly received: ServerMessage[] = [];
  /** Received and not yet taken by `next`. */
  private readonly queue: ServerMessage[] = [];
  private readonly waiters = new Set<() => void>();
  /** The first contract violation seen; every later wait fails with it. */
  private failure: Error | undefined;
  private closed: { code: number; reason: string } | undefined;
  private lastSeq = 0;
  /** Sum of the seq gaps, and of the `dropped` counts of lagged notices: equal once all is told. */
  seqGaps = 0;
  laggedDropped = 0;
  autoPong: boolean;

  private constructor(
    readonly socket: WebSocket,
    private readonly opts: WsConnectOptions,
  ) {
    this.autoPong = opts.autoPong ?? true;
    socket.on('message', (data: Buffer, isBinary: boolean) => this.receive(data, isBinary));
    socket.on('close', (code: number, reason: Buffer) => {
      this.closed = { code, reason: reason.toString('utf8') };
      try {
        wsChecker.recordClose(code, this.closed.reason);
      } catch (err) {
        this.fail(err as Error);
      }
      this.wake();
    });
    socket.on('error', (err) => this.fail(err));
  }

  /** Connects (credentials in the query, as the SDK sends them); throws HandshakeRefused on a refusal. */
  static async connect(base: string | { url: string }, opts: WsConnectOptions = {}): Promise<WsClient> {
    const result = await open(typeof base === 'string' ? base : base.url, opts);
    if (!(result instanceof WebSocket)) throw new HandshakeRefused(result);
    return new WsClient(result, opts);
  }

  /** Expects the handshake to be refused; returns the refusal (already checked). */
  static async refused(base: string | { url: string }, opts: WsConnectOptions = {}): Promise<Refusal> {
    const result = await open(typeof base === 'string' ? base : base.url, opts);
    if (result instanceof WebSocket) {
      result.terminate();
      throw new Error('the handshake was accepted; a refusal was expected');
    }
    return result;
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.wake();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private receive(data: Buffer, isBinary: boolean): void {
    try {
      if (isBinary) throw new Error(`server sent a binary frame (${data.length} bytes)`);
      const message = JSON.parse(data.toString('utf8')) as ServerMessage;
      wsChecker.check(message);
      if (typeof message.seq === 'number') {
        if (message.seq <= this.lastSeq) throw new Error(`seq went from ${this.lastSeq} to ${message.seq}: ${JSON.stringify(message)}`);
        this.seqGaps += message.seq - this.lastSeq - 1;
        this.lastSeq = message.seq;
      }
      if (message.type === 'lagged') this.laggedDropped += message.dropped as number;
      this.received.push(message);
      if (message.type === 'ping' && this.autoPong) this.send(this.opts.pongForm === 'action' ? { action: 'pong' } : { type: 'pong' });
      this.queue.push(message);
      this.wake();
    } catch (err) {
      this.fail(err as Error);
    }
  }

  /** Sends a documented client message (checked first). */
  send(message: Record<string, unknown>): void {
    wsChecker.checkClient(message);
    this.socket.send(JSON.stringify(message));
  }

  /** Sends anything, unchecked: for deliberately invalid frames. */
  sendRaw(data: string | Buffer, options: { binary?: boolean } = {}): void {
    this.socket.send(data, { binary: options.binary ?? typeof data !== 'string' });
  }

  /**
   * The first message not yet taken that matches, waiting for it up to `timeoutMs` (a guard
   * against a hang, not a timing assertion). Fails at once on a contract violation or a close.
   */
  next(predicate: (m: ServerMessage) => boolean = () => true, timeoutMs = 5000): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        if (this.failure) return finish(() => reject(this.failure!));
        const i = this.queue.findIndex(predicate);
        if (i >= 0) {
          const [message] = this.queue.splice(i, 1);
          return finish(() => resolve(message!));
        }
        if (this.closed) {
          return finish(() =>
            reject(
              new Error(
                `closed (${this.closed!.code} ${this.closed!.reason}) before the expected message; unread: ${JSON.stringify(this.queue)}`,
              ),
            ),
          );
        }
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(new Error(`no matching message within ${timeoutMs} ms; unread: ${JSON.stringify(this.queue).slice(0, 2000)}`)),
          ),
        timeoutMs,
      );
      const finish = (action: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(settle);
        action();
      };
      this.waiters.add(settle);
      settle();
    });
  }

  /** The next message of this type (and channel, when given). */
  nextOf(type: string, channel?: string, timeoutMs?: number): Promise<ServerMessage> {
    return this.next((m) => m.type === type && (channel === undefined || m.channel === channel), timeoutMs);
  }

  /** Sends a subscribe and waits for its ack or error (matched by `id`). */
  async subscribe(
    selector: Record<string, unknown>,
    id: string | number = `s${this.received.length}-${Math.random()}`,
  ): Promise<ServerMessage> {
    this.send({ action: 'subscribe', ...selector, id });
    return this.next((m) => (m.type === 'subscribed' || m.type === 'error') && m.id === id);
  }

  async unsubscribe(
    selector: Record<string, unknown>,
    id: string | number = `u${this.received.length}-${Math.random()}`,
  ): Promise<ServerMessage> {
    this.send({ action: 'unsubscribe', ...selector, id });
    return this.next((m) => (m.type === 'unsubscribed' || m.type === 'error') && m.id === id);
  }

  /** Drops the unread messages (e.g. the snapshot after a subscribe, when a test wants what follows). */
  clear(): ServerMessage[] {
    return this.queue.splice(0);
  }

  /** Waits for the server to close the connection; resolves to the code and reason. */
  expectClose(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        if (this.failure) return finish(() => reject(this.failure!));
        if (this.closed) return finish(() => resolve(this.closed!));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`not closed within ${timeoutMs} ms`))), timeoutMs);
      const finish = (action: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(settle);
        action();
      };
      this.waiters.add(settle);
      settle();
    });
  }

  get isClosed(): boolean {
    return this.closed !== undefined;
  }

  /** Stops reading from the socket (the server's send buffer then fills), and resumes. */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  /** Closes from the client side (1000) and waits for the server's close; throws any violation seen. */
  async close(): Promise<void> {
    if (!this.closed) {
      this.socket.close(1000);
      await this.expectClose();
    }
    if (this.failure) throw this.failure;
  }

  /** Throws the first contract violation seen, if any. */
  assertClean(): void {
    if (this.failure) throw this.failure;
  }
}

/** The value of a metric family sample on GET /metrics (0 when absent), e.g. `tradeready_ws_messages_dropped_total`. */
export async function metricValue(
  server: { call: (op: string) => Promise<{ status: number; body: any }> },
  name: string,
  labels = '',
): Promise<number> {
  const res = await server.call('getMetrics');
  if (res.status !== 200) throw new Error(`GET /metrics answered ${res.status}`);
  const line = (res.body as string).split('\n').find((l) => l.startsWith(labels ? `${name}{${labels}} ` : `${name} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}
