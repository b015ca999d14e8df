import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { authenticateRequest } from '../../src/http/authenticate.js';
import { KeyBox } from '../../src/security/credentials.js';
import {
  authenticateApiKey,
  loginWithApiKey,
  loginWithPassword,
  registerAccount,
  resolveAgentScope,
} from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { codeOf, createServiceContext } from '../support/services.js';

const count = async (ctx: ServiceContext, table: 'accounts' | 'agents' | 'api_keys' | 'balances' | 'trading_sessions') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('auth service on a migrated database', () => {
  let ctx: Awaited<ReturnType<typeof createServiceContext>>;
  beforeEach(async () => {
    ctx = await createServiceContext();
  });
  afterEach(() => ctx.db.destroy());

  it('registers the account, default agent, both keys, the balance and a session in one go', async () => {
    const r = await registerAccount(ctx, { displayName: 'Alpha', startingBalance: '1234.5' });
    expect(r.account.default_agent_id).toBe(r.agent.id);
    expect(r.agent).toMatchObject({ account_id: r.account.id, starting_balance: '1234.50000000', status: 'active' });
    expect(await count(ctx, 'api_keys')).toBe(2);
    expect(await count(ctx, 'trading_sessions')).toBe(1);
    const keys = await ctx.db.selectFrom('api_keys').selectAll().execute();
    const agentKey = keys.find((k) => k.kind === 'agent')!;
    expect(ctx.keyBox.open(agentKey.key_encrypted!)).toBe(r.agentApiKey);
    expect(keys.find((k) => k.kind === 'account')!.key_encrypted).toBeNull();
  });

  it('leaves nothing behind when registration fails half-way', async () => {
    const failing = {
      ...ctx,
      keyBox: {
        seal: () => {
          throw new Error('disk on fire');
        },
      } as unknown as KeyBox,
    };
    await expect(registerAccount(failing, { displayName: 'Half' })).rejects.toThrow('disk on fire');
    for (const table of ['accounts', 'agents', 'api_keys', 'balances', 'trading_sessions'] as const) {
      expect(await count(ctx, table)).toBe(0);
    }
  });

  it('keeps the stored balance exact for 12 integer digits and 8 decimals', async () => {
    const r = await registerAccount(ctx, { displayName: 'Whale', startingBalance: '999999999999.99999999' });
    const row = await ctx.db.selectFrom('balances').selectAll().where('agent_id', '=', r.agent.id).executeTakeFirstOrThrow();
    expect(row.available).toBe('999999999999.99999999');
  });

  it('logs in with key and secret, and refuses the agent key, a wrong secret and a suspended account', async () => {
    const r = await registerAccount(ctx, { displayName: 'Beta' });
    const token = await loginWithApiKey(ctx, r.apiKey, r.apiSecret);
    expect(token.expiresAtMs).toBe(Math.floor(ctx.clock.now() / 1000) * 1000 + 3600_000);
    expect(await codeOf(loginWithApiKey(ctx, r.agentApiKey, r.apiSecret))).toBe('INVALID_API_KEY');
    expect(await codeOf(loginWithApiKey(ctx, r.apiKey, `${r.apiSecret}x`))).toBe('INVALID_TOKEN');
    await ctx.db.updateTable('accounts').set({ status: 'suspended' }).execute();
    expect(await codeOf(loginWithApiKey(ctx, r.apiKey, r.apiSecret))).toBe('ACCOUNT_SUSPENDED');
  });

  it('logs in by email and password and answers every failure alike', async () => {
    await registerAccount(ctx, { displayName: 'Gamma', email: 'Gamma@Example.com', password: 'hunter2hunter2' });
    await expect(loginWithPassword(ctx, 'gamma@example.com', 'hunter2hunter2')).resolves.toHaveProperty('token');
    expect(await codeOf(loginWithPassword(ctx, 'gamma@example.com', 'wrong-password'))).toBe('INVALID_TOKEN');
    expect(await codeOf(loginWithPassword(ctx, 'nobody@example.com', 'hunter2hunter2'))).toBe('INVALID_TOKEN');
  });

  it('scopes an account credential to the default agent, or to an own agent named by id', async () => {
    const a = await registerAccount(ctx, { displayName: 'A' });
    const b = await registerAccount(ctx, { displayName: 'B' });
    const principal = await authenticateApiKey(ctx, a.apiKey);
    expect((await resolveAgentScope(ctx, principal, undefined)).id).toBe(a.agent.id);
    expect((await resolveAgentScope(ctx, principal, a.agent.id)).id).toBe(a.agent.id);
    expect(await codeOf(resolveAgentScope(ctx, principal, b.agent.id))).toBe('AGENT_NOT_FOUND');
    const agentPrincipal = await authenticateApiKey(ctx, b.agentApiKey);
    expect((await resolveAgentScope(ctx, agentPrincipal, a.agent.id)).id).toBe(b.agent.id);
  });

  it('keeps agent and account keys as separate rate-limit identities without exposing the key', async () => {
    const r = await registerAccount(ctx, { displayName: 'Delta' });
    const account = await authenticateApiKey(ctx, r.apiKey);
    const agent = await authenticateApiKey(ctx, r.agentApiKey);
    expect(account.identity).not.toBe(agent.identity);
    expect(account.identity).not.toContain(r.apiKey.slice(8, 20));
  });
});

describe('the JWT-only rule for agent and battle management', () => {
  let ctx: Awaited<ReturnType<typeof createServiceContext>>;
  beforeEach(async () => {
    ctx = await createServiceContext();
  });
  afterEach(() => ctx.db.destroy());

  it('refuses an API key with 403 PERMISSION_DENIED that says a JWT is required', async () => {
    const r = await registerAccount(ctx, { displayName: 'Eps' });
    const err = await authenticateRequest(ctx, { apiKey: r.apiKey, authorization: undefined }, 'jwt').catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe('PERMISSION_DENIED');
    expect(err.message).toContain('JWT');
  });

  it('uses the bearer token when both headers are sent, and 401 when neither is', async () => {
    const r = await registerAccount(ctx, { displayName: 'Zeta' });
    const { token } = await loginWithApiKey(ctx, r.apiKey, r.apiSecret);
    const principal = await authenticateRequest(ctx, { apiKey: r.agentApiKey, authorization: `Bearer ${token}` }, 'jwt');
    expect(principal).toMatchObject({ credential: 'jwt', identity: `account:${r.account.id}` });
    expect(await codeOf(authenticateRequest(ctx, { apiKey: undefined, authorization: undefined }, 'jwt'))).toBe('INVALID_API_KEY');
  });

  it('accepts a JWT and either key on ordinary operations', async () => {
    const r = await registerAccount(ctx, { displayName: 'Eta' });
    const { token } = await loginWithApiKey(ctx, r.apiKey, r.apiSecret);
    for (const headers of [
      { apiKey: r.apiKey, authorization: undefined },
      { apiKey: r.agentApiKey, authorization: undefined },
      { apiKey: undefined, authorization: `bearer ${token}` },
    ]) {
      expect((await authenticateRequest(ctx, headers, 'any')).account.id).toBe(r.account.id);
    }
  });
});

describe('bounded credential hashing', () => {
  it('refuses registrations and logins past the hashing queue with SERVICE_UNAVAILABLE, writing nothing', async () => {
    const ctx = await createServiceContext({ AUTH_HASH_CONCURRENCY: '1', AUTH_HASH_QUEUE: '0' });
    try {
      const user = await registerAccount(ctx, { displayName: 'First', email: 'first@example.com', password: 'pass-word-1' });
      // Hold the only slot, as a slow scrypt job would.
      let release!: () => void;
      const holding = ctx.hashing.run(() => new Promise<void>((resolve) => (release = resolve)));
      await new Promise((resolve) => setImmediate(resolve));
      const accountsBefore = await count(ctx, 'accounts');
      expect(await codeOf(registerAccount(ctx, { displayName: 'Second' }))).toBe('SERVICE_UNAVAILABLE');
      expect(await codeOf(loginWithApiKey(ctx, user.apiKey, user.apiSecret))).toBe('SERVICE_UNAVAILABLE');
      expect(await codeOf(loginWithPassword(ctx, 'first@example.com', 'pass-word-1'))).toBe('SERVICE_UNAVAILABLE');
      expect(await count(ctx, 'accounts')).toBe(accountsBefore);
      // A key that does not exist is refused before any hashing, busy or not.
      expect(await codeOf(loginWithApiKey(ctx, `ak_live_${'B'.repeat(64)}`, user.apiSecret))).toBe('INVALID_API_KEY');
      release();
      await holding;
      expect(await codeOf(loginWithApiKey(ctx, user.apiKey, user.apiSecret))).toBe('no error');
    } finally {
      await ctx.db.destroy();
    }
  });
});
