// One client connection: its subscriptions, its seq counter, its heartbeat and the slow-consumer
// rules. It talks to the socket through Transport, so the rules can be driven by a fake socket.
import type { Metrics } from '../observability/metrics.js';
import { laggedMessage, PING_MESSAGE, type DataFrame } from './protocol.js';

/** The part of a `ws` WebSocket a connection uses. */
export interface Transport {
  /** Bytes accepted by send() and not yet written to the kernel. */
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code: number, reason: string): void;
  terminate(): void;
}

/** Who a connection belongs to, fixed at the handshake. */
export interface Session {
  accountId: string;
  /** The agent private channels stream for; none when the account has no agent to act for. */
  agentId: string | undefined;
  /** The credential's identity (Principal.identity): the per-key connection limit counts on it. */
  identity: string;
  /**
   * Checks that the credential still holds (the key not regenerated, the agent not deleted or
   * archived, the account active); throws the DomainError a new handshake would be refused with.
   * Absent: nothing to re-check.
   */
  stillValid?: () => Promise<void>;
}

export interface ConnectionSettings {
  pingIntervalMs: number;
  pongTimeoutMs: number;
  /** Past this many unsent bytes droppable messages are dropped. */
  sendBufferBytes: number;
  /** How long the buffer may stay past sendBufferBytes before the socket is closed 4429. */
  slowCloseMs: number;
}

export const CLOSE_REVOKED = 4401;
export const CLOSE_HEARTBEAT = 4408;
export const CLOSE_SLOW_CONSUMER = 4429;
/** A peer we close for not answering or not reading will not answer our close frame either. */
const CLOSE_GRACE_MS = 2000;
/** The buffer may never exceed this many times the limit, whatever the duration. */
const HARD_LIMIT_FACTOR = 4;

export type DeliverResult = 'sent' | 'dropped' | 'closed';

export class Connection {
  /** Channel key → whether it is private (indexed per agent by the gateway). */
  readonly subscriptions = new Map<string, { private: boolean }>();
  /** Replies wait behind an asynchronous channel resolution so they keep the order of the requests. */
  pending: Promise<void> | undefined;
  private seq = 0;
  private dropped = 0;
  /** When the buffer was first seen past the limit in the current stretch (monotonic ms). */
  private overSince: number | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private pongTimer: NodeJS.Timeout | undefined;
  private killTimer: NodeJS.Timeout | undefined;
  /** The code we closed with, if we closed it. */
  private closeCode: number | undefined;
  private ended = false;

  constructor(
    readonly id: number,
    readonly session: Session,
    private readonly transport: Transport,
    private readonly settings: ConnectionSettings,
    private readonly now: () => number,
    private readonly metrics?: Metrics,
  ) {}

  get agentId(): string | undefined {
    return this.session.agentId;
  }

  /** Open and not being closed: accepts messages. */
  get open(): boolean {
    return this.closeCode === undefined && !this.ended;
  }

  /** Droppable messages were dropped or the buffer is past the limit: the sweep must look at it. */
  get behind(): boolean {
    return this.open && (this.dropped > 0 || this.overSince !== undefined);
  }

  /** A control message (ack, error, ping, lagged): never dropped, no seq. */
  sendControl(text: string, type: string): void {
    if (!this.open) return;
    this.transport.send(text);
    this.metrics?.wsMessageSent(type);
  }

  /**
   * A data message with the next seq. A droppable one is dropped while the buffer is past the limit
   * (its seq is consumed, so the client sees the gap the later `lagged` notice explains).
   */
  deliver(frame: DataFrame, droppable: boolean): DeliverResult {
    if (!this.open) return 'closed';
    const seq = ++this.seq;
    const limit = this.settings.sendBufferBytes;
    const buffered = this.transport.bufferedAmount;
    if (buffered > limit * HARD_LIMIT_FACTOR) {
      this.close(CLOSE_SLOW_CONSUMER, 'slow consumer');
      return 'closed';
    }
    if (buffered > limit) {
      this.overSince ??= this.now();
      if (droppable) {
        this.dropped++;
        this.metrics?.wsMessageDropped();
        return 'dropped';
      }
    } else {
      this.overSince = undefined;
      this.flushLagged();
    }
    // Counted by the caller: one metrics call per publish, not per recipient.
    this.transport.send(frame.prefix + seq + frame.suffix);
    // This send may itself have pushed the buffer past the limit: start the clock now, not at the
    // next message, which may be a long way off on a quiet channel.
    if (this.transport.bufferedAmount > limit) this.overSince ??= this.now();
    return 'sent';
  }

  /**
   * The 1-second sweep of a connection that is behind: closes it 4429 when the buffer stayed past
   * the limit for slowCloseMs or is past four times the limit; sends `lagged` once it has drained.
   * Returns whether it is still behind.
   */
  sweep(): boolean {
    if (!this.open) return false;
    const limit = this.settings.sendBufferBytes;
    const buffered = this.transport.bufferedAmount;
    const now = this.now();
    if (buffered > limit) {
      this.overSince ??= now;
      if (buffered > limit * HARD_LIMIT_FACTOR || now - this.overSince >= this.settings.slowCloseMs) {
        this.close(CLOSE_SLOW_CONSUMER, 'slow consumer');
        return false;
      }
      return true;
    }
    this.overSince = undefined;
    this.flushLagged();
    return false;
  }

  private flushLagged(): void {
    if (this.dropped === 0) return;
    const dropped = this.dropped;
    this.dropped = 0;
    this.sendControl(laggedMessage(dropped), 'lagged');
  }

  startHeartbeat(): void {
    this.pingTimer = setInterval(() => this.ping(), this.settings.pingIntervalMs);
    this.pingTimer.unref();
  }

  private ping(): void {
    // With a pong timeout longer than the interval, the first unanswered ping keeps its deadline.
    if (!this.open || this.pongTimer) return;
    this.sendControl(PING_MESSAGE, 'ping');
    this.pongTimer = setTimeout(() => {
      this.pongTimer = undefined;
      this.close(CLOSE_HEARTBEAT, 'heartbeat timeout');
    }, this.settings.pongTimeoutMs);
    this.pongTimer.unref();
  }

  /** Any pong answers the outstanding ping (an unsolicited one is harmless). */
  pong(): void {
    clearTimeout(this.pongTimer);
    this.pongTimer = undefined;
  }

  /** Starts the closing handshake with `code`; a peer that does not complete it is cut off. */
  close(code: number, reason: string): void {
    if (!this.open) return;
    this.closeCode = code;
    this.stopTimers();
    this.transport.close(code, reason);
    if (code === CLOSE_HEARTBEAT || code === CLOSE_SLOW_CONSUMER || code === CLOSE_REVOKED) {
      this.killTimer = setTimeout(() => this.transport.terminate(), CLOSE_GRACE_MS);
      this.killTimer.unref();
    }
  }

  terminate(): void {
    this.transport.terminate();
  }

  /**
   * The socket has closed (either side). Returns the code to report: ours when we closed it (a
   * terminated peer never echoes it), else the peer's.
   */
  markClosed(peerCode: number): number {
    this.ended = true;
    this.stopTimers();
    clearTimeout(this.killTimer);
    return this.closeCode ?? peerCode;
  }

  private stopTimers(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
    this.pingTimer = undefined;
    this.pongTimer = undefined;
  }
}
