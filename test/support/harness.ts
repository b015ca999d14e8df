// The contract tier's test context: a real listening server on an in-memory database (or, under
// usePostgres(), a fresh PostgreSQL schema) with a manual clock, a client that checks every response
// against openapi.yaml, and domain fixtures.
import { sql } from 'kysely';
import { createApp, type App } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { dialectOf, type Db } from '../../src/db/connection.js';
import { createSchema, postgresActive, type PgSchema } from './pg.js';
import { ScriptedSource } from './scripted-source.js';
import { SpecChecker } from './spec-checker.js';

/** One checker for the whole contract run, so coverage is counted across suites. */
export const checker = new SpecChecker();

export const TEST_ENV: Record<string, string> = {
  DATABASE_URL: ':memory:',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'silent',
  // Cheap hashing keeps the suite fast; production defaults are measured by `npm run bench`.
  PASSWORD_HASH_LOG_N: '10',
  SECRET_HASH_LOG_N: '10',
  RATE_LIMIT_AUTH_REGISTER: '100000',
  RATE_LIMIT_AUTH_LOGIN: '100000',
  RATE_LIMIT_GENERAL: '100000',
  RATE_LIMIT_ORDERS: '100000',
  RATE_LIMIT_MARKET_DATA: '100000',
  MARKET_HISTORY_DAYS: '1',
};

/** The pairs contract servers trade: few, so backfill stays instant. */
export const TEST_SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'DOGEUSDT'];

export interface CallOptions {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with `contentType` (default application/json). */
  rawBody?: string;
  contentType?: string;
}

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Credentials {
  accountId: string;
  apiKey: string;
  apiSecret: string;
  agentId: string;
  agentApiKey: string;
  email?: string;
  password?: string;
}

let accountCounter = 0;

export class TestServer {
  private constructor(
    readonly app: App,
    readonly url: string,
    readonly clock: ManualClock,
    readonly source: ScriptedSource,
    private readonly pgSchema: PgSchema | undefined,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestServer> {
    const clock = new ManualClock(Date.now());
    const source = new ScriptedSource(clock, TEST_SYMBOLS);
    const pgSchema = postgresActive() ? await createSchema() : undefined;
    const database = pgSchema ? { DATABASE_URL: pgSchema.url, DATABASE_SCHEMA: pgSchema.schema } : {};
    let app: App | undefined;
    try {
      app = await createApp(loadConfig({ ...TEST_ENV, ...database, ...env }), { clock, source });
      const url = await app.start();
      // The app takes its first snapshot round in the background; a tick queues behind it (and,
      // at the same time, takes nothing more), so a test that moves the clock next does not race it.
      await app.services.snapshots.tick();
      return new TestServer(app, url, clock, source, pgSchema);
    } catch (err) {
      await app?.stop().catch(() => undefined);
      await pgSchema?.drop();
      throw err;
    }
  }

  /** Moves time forward and lets the simulated market trade through it, a second at a time. */
  advanceMarket(ms: number): void {
    for (let t = 0; t < ms; t += 1000) {
      this.clock.advance(Math.min(1000, ms - t));
      this.source.catchUp();
    }
  }

  /** One trade at exactly `price` now: the way to cross a limit or trigger a stop on purpose. */
  pushPrice(symbol: string, price: string): void {
    this.source.push(symbol, price);
  }

  get db(): Db {
    return this.app.services.db;
  }

  async stop(): Promise<void> {
    await this.app.stop().catch(() => undefined);
    await this.pgSchema?.drop();
  }

  /** Calls a documented operation; the reply is checked against the spec before it is returned. */
  async call<T = any>(operationId: string, opts: CallOptions = {}): Promise<Reply<T>> {
    const entry = checker.operations.get(operationId);
    if (!entry) throw new Error(`unknown operation ${operationId}`);
    const path = entry.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(opts.path?.[name] ?? ''));
    const reply = await this.request<T>(entry.method.toUpperCase(), path, opts);
    checker.check(operationId, reply.status, reply.headers, reply.body);
    return reply;
  }

  /** A request outside the documented operations (unknown routes, wrong methods, /docs). */
  async raw<T = any>(method: string, path: string, opts: CallOptions = {}): Promise<Reply<T>> {
    const reply = await this.request<T>(method, path, opts);
    if (reply.status >= 400) checker.checkError(reply.body);
    return reply;
  }

  private async request<T>(method: string, path: string, opts: CallOptions): Promise<Reply<T>> {
    const url = new URL(path, this.url);
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { ...opts.headers };
    let body: string | undefined;
    if (opts.rawBody !== undefined) {
      body = opts.rawBody;
      headers['content-type'] ??= opts.contentType ?? 'application/json';
    } else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  // --- fixtures ----------------------------------------------------------------------------------

  async registerAccount(overrides: Record<string, unknown> = {}): Promise<Credentials> {
    const n = ++accountCounter;
    const body = { display_name: `Bot ${n}`, ...overrides };
    const res = await this.call('registerAccount', { body });
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
    return {
      accountId: res.body.account_id,
      apiKey: res.body.api_key,
      apiSecret: res.body.api_secret,
      agentId: res.body.agent_id,
      agentApiKey: res.body.agent_api_key,
      email: overrides.email as string | undefined,
      password: overrides.password as string | undefined,
    };
  }

  /** An account with email and password, for the user-login path. */
  async registerUser(): Promise<Credentials & { email: string; password: string }> {
    const n = ++accountCounter;
    const creds = await this.registerAccount({ email: `user${n}.${Date.now()}@example.com`, password: `pass-word-${n}` });
    return creds as Credentials & { email: string; password: string };
  }

  async login(creds: Pick<Credentials, 'apiKey' | 'apiSecret'>): Promise<string> {
    const res = await this.call('login', { body: { api_key: creds.apiKey, api_secret: creds.apiSecret } });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token;
  }

  /** What an operator would do by hand: there is no API to suspend or archive an account. */
  async setAccountStatus(accountId: string, status: 'active' | 'suspended' | 'archived'): Promise<void> {
    await this.db.updateTable('accounts').set({ status }).where('id', '=', accountId).execute();
  }

  /** Removes the account row but leaves its keys dangling, as a botched manual deletion would. */
  async orphanAccountKeys(accountId: string): Promise<void> {
    if (dialectOf(this.db) === 'postgres') {
      // PostgreSQL checks and cascades foreign keys in triggers, which replica mode does not fire
      // (setting it takes a superuser, as the CI service's user is).
      await this.db.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx);
        await trx.deleteFrom('accounts').where('id', '=', accountId).execute();
      });
      return;
    }
    await sql`PRAGMA foreign_keys = OFF`.execute(this.db);
    await this.db.deleteFrom('accounts').where('id', '=', accountId).execute();
    await sql`PRAGMA foreign_keys = ON`.execute(this.db);
  }

  /** Makes every database call fail from now on, to observe the generic 500. */
  async breakDatabase(): Promise<void> {
    await this.db.destroy();
  }
}
