// The principal cache on a real migrated database: it is used, and no write to a key, an account or
// an agent is ever answered from a stale entry.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawHandleOf } from '../../src/db/connection.js';
import { DomainError } from '../../src/errors.js';
import { archiveAgent, createAgent, deleteAgent, regenerateAgentKey, updateAgentRiskProfile } from '../../src/services/agent.service.js';
import {
  authenticateApiKey,
  authenticateToken,
  registerAccount,
  resolveAgentScope,
  type Registration,
} from '../../src/services/auth.service.js';
import { codeOf, createServiceContext } from '../support/services.js';

describe('principal cache', () => {
  let ctx: Awaited<ReturnType<typeof createServiceContext>>;
  let r: Registration;
  let token: string;
  beforeEach(async () => {
    ctx = await createServiceContext();
    r = await registerAccount(ctx, { displayName: 'Cached' });
    token = (await ctx.tokens.issue(r.account.id)).token;
    // Warm every entry: key owners, the JWT's account, the scoped agent.
    for (const key of [r.apiKey, r.agentApiKey]) await authenticateApiKey(ctx, key);
    await resolveAgentScope(ctx, await authenticateToken(ctx, token), r.agent.id);
  });
  afterEach(() => ctx.db.destroy());

  /** A write the plugin cannot see: straight on the better-sqlite3 handle. */
  const suspendBehindKyselysBack = () =>
    rawHandleOf(ctx.db).prepare("update accounts set status = 'suspended' where id = ?").run(r.account.id);

  it('answers repeated lookups from memory (a write Kysely never saw goes unnoticed until noteWrite)', async () => {
    suspendBehindKyselysBack();
    // Served from the cache: the database already says suspended.
    expect((await authenticateApiKey(ctx, r.apiKey)).account.status).toBe('active');
    expect((await authenticateApiKey(ctx, r.agentApiKey)).account.status).toBe('active');
    expect((await authenticateToken(ctx, token)).account.status).toBe('active');
    // That is why writers that bypass Kysely must report their writes.
    ctx.writeWatch.noteWrite();
    for (const attempt of [authenticateApiKey(ctx, r.apiKey), authenticateApiKey(ctx, r.agentApiKey), authenticateToken(ctx, token)]) {
      expect(await codeOf(attempt)).toBe('ACCOUNT_SUSPENDED');
    }
  });

  it('refuses the old agent key at once when it is regenerated, and accepts the new one', async () => {
    const principal = await authenticateToken(ctx, token);
    const fresh = await regenerateAgentKey(ctx, principal.account, r.agent.id);
    expect(await codeOf(authenticateApiKey(ctx, r.agentApiKey))).toBe('INVALID_API_KEY');
    expect((await authenticateApiKey(ctx, fresh)).agent?.id).toBe(r.agent.id);
  });

  it('refuses an agent key once its agent is archived, and once it is deleted', async () => {
    const principal = await authenticateToken(ctx, token);
    const second = await createAgent(ctx, principal.account, { displayName: 'Second' });
    expect((await authenticateApiKey(ctx, second.apiKey)).agent?.id).toBe(second.view.agent.id);

    await archiveAgent(ctx, principal.account, r.agent.id);
    expect(await codeOf(authenticateApiKey(ctx, r.agentApiKey))).toBe('INVALID_API_KEY');

    await deleteAgent(ctx, (await authenticateToken(ctx, token)).account, second.view.agent.id);
    expect(await codeOf(authenticateApiKey(ctx, second.apiKey))).toBe('INVALID_API_KEY');
    // The account key itself is unaffected.
    expect((await authenticateApiKey(ctx, r.apiKey)).account.id).toBe(r.account.id);
  });

  it('refuses every credential of a suspended account, and accepts them again once reactivated', async () => {
    const setStatus = (status: 'active' | 'suspended') =>
      ctx.db.updateTable('accounts').set({ status }).where('id', '=', r.account.id).execute();
    await setStatus('suspended');
    for (const attempt of [authenticateApiKey(ctx, r.apiKey), authenticateApiKey(ctx, r.agentApiKey), authenticateToken(ctx, token)]) {
      expect(await codeOf(attempt)).toBe('ACCOUNT_SUSPENDED');
    }
    await setStatus('active');
    expect((await authenticateApiKey(ctx, r.agentApiKey)).account.status).toBe('active');
    expect((await authenticateToken(ctx, token)).account.status).toBe('active');
  });

  it('still checks the JWT on every request: a cached account does not outlive the token', async () => {
    ctx.clock.advance(3600_000 + 1000);
    expect(await codeOf(authenticateToken(ctx, token))).toBe('INVALID_TOKEN');
  });

  it('refuses a JWT of an account deleted after it was cached', async () => {
    await ctx.db.deleteFrom('accounts').where('id', '=', r.account.id).execute();
    expect(await codeOf(authenticateToken(ctx, token))).toBe('INVALID_TOKEN');
    expect(await codeOf(authenticateApiKey(ctx, r.apiKey))).toBe('INVALID_API_KEY');
  });

  it('scopes X-Agent-Id to the agent as it is now: archived shows as archived, deleted is not found', async () => {
    const jwt = await authenticateToken(ctx, token);
    const second = await createAgent(ctx, jwt.account, { displayName: 'Second' });
    expect((await resolveAgentScope(ctx, await authenticateToken(ctx, token), second.view.agent.id)).status).toBe('active');

    await archiveAgent(ctx, (await authenticateToken(ctx, token)).account, second.view.agent.id);
    expect((await resolveAgentScope(ctx, await authenticateToken(ctx, token), second.view.agent.id)).status).toBe('archived');

    await deleteAgent(ctx, (await authenticateToken(ctx, token)).account, second.view.agent.id);
    expect(await codeOf(resolveAgentScope(ctx, await authenticateToken(ctx, token), second.view.agent.id))).toBe('AGENT_NOT_FOUND');
  });

  it('moves the default scope of the account key with the default agent', async () => {
    const jwt = await authenticateToken(ctx, token);
    const second = await createAgent(ctx, jwt.account, { displayName: 'Second' });
    expect((await resolveAgentScope(ctx, await authenticateApiKey(ctx, r.apiKey), undefined)).id).toBe(r.agent.id);
    await archiveAgent(ctx, jwt.account, r.agent.id);
    expect((await resolveAgentScope(ctx, await authenticateApiKey(ctx, r.apiKey), undefined)).id).toBe(second.view.agent.id);
  });

  it('gives the agent in scope its new risk profile right after an update', async () => {
    const jwt = await authenticateToken(ctx, token);
    await updateAgentRiskProfile(ctx, jwt.account, r.agent.id, { max_open_orders: 3 });
    const viaAgentKey = await authenticateApiKey(ctx, r.agentApiKey);
    expect(JSON.parse(viaAgentKey.agent!.risk_profile)).toMatchObject({ max_open_orders: 3 });
    const viaScope = await resolveAgentScope(ctx, await authenticateToken(ctx, token), r.agent.id);
    expect(JSON.parse(viaScope.risk_profile)).toMatchObject({ max_open_orders: 3 });
  });

  it('never lets a lookup racing a write serve the old state after the write has returned', async () => {
    // Lookups in flight on both sides of an archive; every one that starts after it must refuse.
    const before = Array.from({ length: 20 }, () =>
      authenticateApiKey(ctx, r.agentApiKey).then(
        () => 'ok',
        (e: DomainError) => e.code,
      ),
    );
    const archived = archiveAgent(ctx, (await authenticateToken(ctx, token)).account, r.agent.id);
    const during = Array.from({ length: 20 }, () =>
      authenticateApiKey(ctx, r.agentApiKey).then(
        () => 'ok',
        (e: DomainError) => e.code,
      ),
    );
    await archived;
    await Promise.all([...before, ...during]);
    const after = await Promise.all(Array.from({ length: 20 }, () => codeOf(authenticateApiKey(ctx, r.agentApiKey))));
    expect(new Set(after)).toEqual(new Set(['INVALID_API_KEY']));
  });
});

describe('writes to the principal tables that the write watch cannot see', () => {
  const WATCHED = /\b(?:insert\s+(?:or\s+\w+\s+)?into|replace\s+into|update|delete\s+from)\s+["'`[]?(?:accounts|agents|api_keys)\b/i;
  const BUILDER = /\.(?:insertInto|replaceInto|updateTable|deleteFrom|mergeInto)\(\s*['"`](?:accounts|agents|api_keys)\b/;

  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });
  }

  /** The text of every `syncQuery(…)` call: those compile without the plugin and run on the raw handle. */
  function syncQueryCalls(text: string): string[] {
    const calls: string[] = [];
    for (let at = text.indexOf('syncQuery('); at !== -1; at = text.indexOf('syncQuery(', at + 1)) {
      let depth = 0;
      let end = at + 'syncQuery'.length;
      do {
        if (text[end] === '(') depth++;
        else if (text[end] === ')') depth--;
        end++;
      } while (depth > 0 && end < text.length);
      calls.push(text.slice(at, end));
    }
    return calls;
  }

  it('has none: no raw SQL and no synchronous query writes accounts, agents or api_keys', () => {
    const offenders: string[] = [];
    for (const file of [...sources('src'), ...sources(join('test', 'support'))]) {
      if (file.endsWith('write-watch.plugin.ts')) continue;
      const text = readFileSync(file, 'utf8');
      // A file that reports its own writes (ctx.writeWatch.noteWrite()) is allowed to make them.
      if (text.includes('noteWrite(')) continue;
      const code = text.replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, '');
      if (WATCHED.test(code)) offenders.push(`${file}: raw SQL`);
      if (syncQueryCalls(code).some((call) => BUILDER.test(call))) offenders.push(`${file}: syncQuery`);
    }
    expect(offenders).toEqual([]);
  });
});
