// Live trades from Binance's public combined trade stream, pairs from its exchangeInfo. One socket
// carries at most 1024 streams, so large universes use several. Each socket reconnects on its own
// with exponential back-off (reset once a connection has stayed up), and pings the server: a pong
// that does not come back in time marks the connection dead. No history: candles start with the feed.
import WebSocket from 'ws';
import type { Logger } from '../logger.js';
import { DecimalFormatError, parseAmount, type Amount } from '../money.js';
import type { PairInfo, PriceSource, SourceStatus, Tick } from './types.js';

export interface BinanceSourceOptions {
  /** Default `wss://stream.binance.com:9443`. */
  streamUrl?: string;
  /** Default `https://api.binance.com/api/v3/exchangeInfo`. */
  exchangeInfoUrl?: string;
  /** Only these symbols (default: every TRADING pair quoted in USDT). */
  symbols?: readonly string[];
  /** Default 1024, Binance's limit. */
  maxStreamsPerConnection?: number;
  /** Back-off: first delay (default 1 s), doubling up to `maxReconnectDelayMs` (default 60 s). */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** A connection open this long resets the back-off (default 30 s). */
  stableAfterMs?: number;
  /** Default 20 s and 10 s. */
  pingIntervalMs?: number;
  pongTimeoutMs?: number;
  /** Handshake timeout (default 10 s). */
  connectTimeoutMs?: number;
  logger?: Logger;
  fetch?: typeof fetch;
}

const WIDE = { maxIntegerDigits: 20 };

interface ConnectionSettings {
  reconnectDelayMs: number;
  maxReconnectDelayMs: number;
  stableAfterMs: number;
  pingIntervalMs: number;
  pongTimeoutMs: number;
  connectTimeoutMs: number;
  logger: Logger | undefined;
}

/** Pairs from an exchangeInfo document: TRADING, quoted in USDT, optionally only `allow`. */
export function parseExchangeInfo(doc: unknown, allow?: readonly string[]): PairInfo[] {
  const symbols = (doc as { symbols?: unknown })?.symbols;
  if (!Array.isArray(symbols)) throw new Error('exchangeInfo: no "symbols" array');
  const wanted = allow && new Set(allow.map((s) => s.toUpperCase()));
  const pairs: PairInfo[] = [];
  for (const s of symbols as Array<Record<string, unknown>>) {
    if (s?.status !== 'TRADING' || s.quoteAsset !== 'USDT' || typeof s.symbol !== 'string') continue;
    if (wanted && !wanted.has(s.symbol)) continue;
    const filters = new Map<string, Record<string, unknown>>();
    if (Array.isArray(s.filters)) for (const f of s.filters as Array<Record<string, unknown>>) filters.set(String(f?.filterType), f);
    const price = filters.get('PRICE_FILTER');
    const lot = filters.get('LOT_SIZE');
    const notional = filters.get('MIN_NOTIONAL') ?? filters.get('NOTIONAL');
    try {
      pairs.push({
        symbol: s.symbol,
        baseAsset: typeof s.baseAsset === 'string' ? s.baseAsset : s.symbol.slice(0, -4),
        quoteAsset: 'USDT',
        status: 'active',
        tickSize: decimal(price?.tickSize),
        stepSize: decimal(lot?.stepSize),
        minQty: decimal(lot?.minQty),
        maxQty: decimal(lot?.maxQty),
        minNotional: decimal(notional?.minNotional ?? notional?.notional),
      });
    } catch (err) {
      if (!(err instanceof DecimalFormatError)) throw err;
      // One odd entry must not cost the whole universe.
    }
  }
  return pairs;
}

/** A missing filter value reads as 0 ("unknown"), as the API reports it. */
function decimal(value: unknown): Amount {
  if (value === undefined || value === null) return 0n;
  if (typeof value !== 'string' && typeof value !== 'number') throw new DecimalFormatError('must be a decimal number');
  return parseAmount(value, WIDE);
}

/** A trade from a combined-stream message; undefined for anything else (other events, junk). */
export function parseTradeMessage(raw: string): Tick | undefined {
  let msg: unknown;
  try {
    msg = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const data = (msg as { data?: Record<string, unknown> } | null)?.data;
  if (!data || data.e !== 'trade') return undefined;
  const { s, p, q, T, t, m } = data;
  if (typeof s !== 'string' || typeof p !== 'string' || typeof q !== 'string') return undefined;
  if (typeof T !== 'number' || typeof t !== 'number' || typeof m !== 'boolean') return undefined;
  try {
    const price = parseAmount(p, WIDE);
    const quantity = parseAmount(q, WIDE);
    if (price <= 0n || quantity < 0n) return undefined;
    return { symbol: s.toUpperCase(), price, quantity, time: T, tradeId: t, isBuyerMaker: m };
  } catch {
    return undefined;
  }
}

/** Back-off before reconnect attempt `attempt` (0-based): doubling from `initial`, capped at `max`. */
export function reconnectDelay(attempt: number, initial: number, max: number): number {
  return Math.min(initial * 2 ** attempt, max);
}

class StreamConnection {
  private socket: WebSocket | undefined;
  private attempt = 0;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private stableTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private pongTimer: NodeJS.Timeout | undefined;
  private openOnce: (() => void) | undefined;
  open = false;
  connects = 0;

  constructor(
    private readonly url: string,
    private readonly emit: (tick: Tick) => void,
    private readonly o: ConnectionSettings,
  ) {}

  /** Connects; resolves after the first attempt opened or failed (never rejects: it retries). */
  connect(): Promise<void> {
    return new Promise((resolve) => {
      this.openOnce = resolve;
      this.dial();
    });
  }

  private dial(): void {
    this.reconnectTimer = undefined;
    if (this.stopped) return;
    const ws = new WebSocket(this.url, { handshakeTimeout: this.o.connectTimeoutMs });
    this.socket = ws;
    ws.on('open', () => {
      this.open = true;
      this.connects++;
      this.settleFirstAttempt();
      this.stableTimer = setTimeout(() => (this.attempt = 0), this.o.stableAfterMs);
      this.pingTimer = setInterval(() => this.ping(ws), this.o.pingIntervalMs);
    });
    ws.on('message', (data) => {
      const text = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      const tick = parseTradeMessage(text.toString('utf8'));
      if (tick) this.emit(tick);
    });
    ws.on('pong', () => {
      if (this.pongTimer) clearTimeout(this.pongTimer);
      this.pongTimer = undefined;
    });
    ws.on('error', (err) => this.o.logger?.warn('binance stream error', { error: err.message }));
    // 'close' follows every failure, 'error' included, so reconnecting happens here only.
    ws.on('close', () => {
      this.open = false;
      this.clearTimers();
      this.settleFirstAttempt();
      if (this.socket === ws) this.socket = undefined;
      this.scheduleReconnect();
    });
  }

  private ping(ws: WebSocket): void {
    if (this.pongTimer) return;
    this.pongTimer = setTimeout(() => {
      this.o.logger?.warn('binance stream missed a pong; reconnecting');
      ws.terminate();
    }, this.o.pongTimeoutMs);
    ws.ping();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = reconnectDelay(this.attempt, this.o.reconnectDelayMs, this.o.maxReconnectDelayMs);
    this.attempt++;
    this.o.logger?.info('binance stream reconnecting', { delayMs: delay });
    this.reconnectTimer = setTimeout(() => this.dial(), delay);
  }

  private settleFirstAttempt(): void {
    this.openOnce?.();
    this.openOnce = undefined;
  }

  private clearTimers(): void {
    for (const t of [this.stableTimer, this.pingTimer, this.pongTimer]) if (t) clearTimeout(t);
    this.stableTimer = this.pingTimer = this.pongTimer = undefined;
  }

  /** Whether a reconnect is waiting to fire. */
  get reconnecting(): boolean {
    return this.reconnectTimer !== undefined;
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.clearTimers();
    this.settleFirstAttempt();
    const ws = this.socket;
    this.socket = undefined;
    if (!ws || ws.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      ws.once('close', () => resolve());
      ws.terminate();
    });
  }
}

export class BinanceSource implements PriceSource {
  readonly name = 'binance' as const;
  private readonly options: BinanceSourceOptions;
  private pairList: PairInfo[] | undefined;
  private connections: StreamConnection[] = [];

  constructor(options: BinanceSourceOptions = {}) {
    this.options = options;
  }

  async loadPairs(): Promise<PairInfo[]> {
    const url = this.options.exchangeInfoUrl ?? 'https://api.binance.com/api/v3/exchangeInfo';
    const res = await (this.options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(this.options.connectTimeoutMs ?? 10_000) });
    if (!res.ok) throw new Error(`exchangeInfo: HTTP ${res.status} from ${url}`);
    this.pairList = parseExchangeInfo(await res.json(), this.options.symbols);
    return this.pairList;
  }

  async start(emit: (tick: Tick) => void, only?: readonly string[]): Promise<void> {
    const symbols = (only ?? this.pairList?.map((p) => p.symbol) ?? this.options.symbols ?? []).map((s) => s.toLowerCase());
    if (symbols.length === 0) throw new Error('binance source: no symbols to stream');
    const base = (this.options.streamUrl ?? 'wss://stream.binance.com:9443').replace(/\/+$/, '');
    const perConnection = this.options.maxStreamsPerConnection ?? 1024;
    const settings: ConnectionSettings = {
      reconnectDelayMs: this.options.reconnectDelayMs ?? 1000,
      maxReconnectDelayMs: this.options.maxReconnectDelayMs ?? 60_000,
      stableAfterMs: this.options.stableAfterMs ?? 30_000,
      pingIntervalMs: this.options.pingIntervalMs ?? 20_000,
      pongTimeoutMs: this.options.pongTimeoutMs ?? 10_000,
      connectTimeoutMs: this.options.connectTimeoutMs ?? 10_000,
      logger: this.options.logger,
    };
    for (let i = 0; i < symbols.length; i += perConnection) {
      const streams = symbols.slice(i, i + perConnection).map((s) => `${s}@trade`);
      this.connections.push(new StreamConnection(`${base}/stream?streams=${streams.join('/')}`, emit, settings));
    }
    await Promise.all(this.connections.map((c) => c.connect()));
  }

  async stop(): Promise<void> {
    const connections = this.connections;
    this.connections = [];
    await Promise.all(connections.map((c) => c.close()));
  }

  status(): SourceStatus {
    const open = this.connections.filter((c) => c.open).length;
    return { connected: open > 0 && open === this.connections.length, detail: `${open}/${this.connections.length} connections open` };
  }

  /** For tests and diagnostics: successful connects and pending reconnects per connection. */
  connectionStats(): Array<{ connects: number; open: boolean; reconnecting: boolean }> {
    return this.connections.map((c) => ({ connects: c.connects, open: c.open, reconnecting: c.reconnecting }));
  }
}
