// Registration, the two logins, and turning a credential into the caller it stands for.
import { randomBytes } from 'node:crypto';
import { isoTime } from '../clock.js';
import type { Account, Agent } from '../db/schema.js';
import { DomainError, validationError } from '../errors.js';
import { formatAmount } from '../money.js';
import { findAccountByEmail, findAccountById, insertAccount, setDefaultAgent } from '../repositories/account.repository.js';
import { findAccountAgent } from '../repositories/agent.repository.js';
import { findKeyOwner, insertApiKey } from '../repositories/api-key.repository.js';
import {
  API_KEY_PREFIX,
  API_SECRET_PREFIX,
  generateCredential,
  hashSecret,
  isWellFormedApiKey,
  keyPreview,
  verifySecret,
} from '../security/credentials.js';
import { DEFAULT_STARTING_BALANCE, openAgent } from './agent.service.js';
import type { ServiceContext } from './context.js';
import { parsePositiveAmount } from './input.js';

const INVALID_KEY_MESSAGE = 'API key not found or invalid.';
const BAD_LOGIN_MESSAGE = 'Email or password is incorrect.';

export interface RegisterInput {
  displayName: string;
  email?: string;
  password?: string;
  startingBalance?: string | number;
}

export interface Registration {
  account: Account;
  apiKey: string;
  apiSecret: string;
  agent: Agent;
  agentApiKey: string;
  /** The starting balance as the client wrote it. */
  startingBalanceText: string;
}

export interface Token {
  token: string;
  expiresAtMs: number;
}

/** Who is calling: the account, and the agent when the credential is an agent key. */
export interface Principal {
  account: Account;
  credential: 'account_key' | 'agent_key' | 'jwt';
  /** The key's agent for agent keys. */
  agent?: Agent;
  /** Stable, non-secret identity of the credential, for rate limiting. */
  identity: string;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

function duplicateAccount(email: string): DomainError {
  return new DomainError('DUPLICATE_ACCOUNT', 'An account with this email already exists.', { email });
}

function assertActive(account: Account): void {
  if (account.status !== 'active') {
    throw new DomainError('ACCOUNT_SUSPENDED', `Account is ${account.status}.`, { account_id: account.id });
  }
}

export async function registerAccount(ctx: ServiceContext, input: RegisterInput): Promise<Registration> {
  const displayName = input.displayName.trim();
  if (displayName.length < 1 || displayName.length > 64) {
    throw validationError([{ field: 'body.display_name', message: 'must be 1–64 characters after trimming' }]);
  }
  const startingBalanceText = input.startingBalance === undefined ? DEFAULT_STARTING_BALANCE : String(input.startingBalance);
  const startingBalance = parsePositiveAmount(input.startingBalance ?? DEFAULT_STARTING_BALANCE, 'body.starting_balance');
  if (input.password !== undefined && input.email === undefined) {
    throw validationError([{ field: 'body.email', message: 'is required when a password is set' }]);
  }
  const email = input.email?.trim();
  const emailNormalized = email === undefined ? null : normalizeEmail(email);
  if (emailNormalized && (await findAccountByEmail(ctx.db, emailNormalized))) throw duplicateAccount(email!);

  const apiKey = generateCredential(API_KEY_PREFIX);
  const apiSecret = generateCredential(API_SECRET_PREFIX);
  // One job, one thread: the two hashes run one after the other inside the bounded queue.
  const password = input.password;
  const [secretHash, passwordHash] = await ctx.hashing.run(async () => [
    await hashSecret(apiSecret, ctx.config.secretHashLogN),
    password === undefined ? null : await hashSecret(password, ctx.config.passwordHashLogN),
  ]);

  const now = isoTime(ctx.clock.now());
  const accountId = ctx.ids.next();
  let agentId = '';
  let agentApiKey = '';
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertAccount(trx, {
        id: accountId,
        display_name: displayName,
        email: email ?? null,
        email_normalized: emailNormalized,
        password_hash: passwordHash,
        api_secret_hash: secretHash,
        starting_balance: formatAmount(startingBalance),
        default_agent_id: null,
        created_at: now,
        updated_at: now,
      });
      ({ agentId, apiKey: agentApiKey } = await openAgent(trx, ctx, {
        accountId,
        displayName: `${displayName}'s Agent`.slice(0, 100),
        startingBalance,
      }));
      await setDefaultAgent(trx, accountId, agentId, now);
      await insertApiKey(trx, {
        key_hash: ctx.hasher.hash(apiKey),
        account_id: accountId,
        agent_id: null,
        kind: 'account',
        key_preview: keyPreview(apiKey),
        key_encrypted: null,
        created_at: now,
      });
    });
  } catch (err) {
    // Two registrations racing for one email: the unique index decides, the loser gets a 409.
    if (emailNormalized && isUniqueViolation(err)) throw duplicateAccount(email!);
    throw err;
  }
  const account = await findAccountById(ctx.db, accountId);
  const agent = await findAccountAgent(ctx.db, accountId, agentId);
  if (!account || !agent) throw new Error('registered account vanished');
  return { account, apiKey, apiSecret, agent, agentApiKey, startingBalanceText };
}

export async function loginWithApiKey(ctx: ServiceContext, apiKey: string, apiSecret: string): Promise<Token> {
  if (!isWellFormedApiKey(apiKey)) throw new DomainError('INVALID_API_KEY', INVALID_KEY_MESSAGE);
  const keyHash = ctx.hasher.hash(apiKey);
  const owner = await findKeyOwner(ctx.db, keyHash);
  if (!owner || !ctx.hasher.sameHash(keyHash, owner.key.key_hash)) {
    throw new DomainError('INVALID_API_KEY', INVALID_KEY_MESSAGE);
  }
  if (owner.key.kind !== 'account') {
    throw new DomainError('INVALID_API_KEY', 'Agent keys cannot log in; use the account API key and secret.');
  }
  const account = owner.account;
  if (!account) throw new DomainError('ACCOUNT_NOT_FOUND', 'No account owns the provided API key.');
  // The secret is checked before the status, so a key alone reveals nothing about the account.
  if (!(await ctx.hashing.run(() => verifySecret(account.api_secret_hash, apiSecret)))) {
    throw new DomainError('INVALID_TOKEN', 'API secret does not match.');
  }
  assertActive(account);
  return ctx.tokens.issue(account.id);
}

/** A hash to verify against when the email is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | undefined;

export async function loginWithPassword(ctx: ServiceContext, email: string, password: string): Promise<Token> {
  const account = await findAccountByEmail(ctx.db, normalizeEmail(email));
  const matches = await ctx.hashing.run(async () => {
    decoyHash ??= hashSecret(randomBytes(16).toString('hex'), ctx.config.passwordHashLogN);
    return verifySecret(account?.password_hash ?? (await decoyHash), password);
  });
  if (!account || !account.password_hash || !matches) throw new DomainError('INVALID_TOKEN', BAD_LOGIN_MESSAGE);
  assertActive(account);
  return ctx.tokens.issue(account.id);
}

export async function authenticateApiKey(ctx: ServiceContext, apiKey: string): Promise<Principal> {
  if (!isWellFormedApiKey(apiKey)) throw new DomainError('INVALID_API_KEY', INVALID_KEY_MESSAGE);
  const keyHash = ctx.hasher.hash(apiKey);
  const owner = await ctx.principals.keyOwner(keyHash, () => findKeyOwner(ctx.db, keyHash));
  // On a cache hit too: the key's hash is compared in constant time, and the status checks below
  // run on the cached rows, which are as current as the database (see PrincipalCache).
  if (!owner?.account || !ctx.hasher.sameHash(keyHash, owner.key.key_hash)) {
    throw new DomainError('INVALID_API_KEY', INVALID_KEY_MESSAGE);
  }
  if (owner.key.kind === 'agent' && (!owner.agent || owner.agent.status === 'archived')) {
    throw new DomainError('INVALID_API_KEY', INVALID_KEY_MESSAGE);
  }
  assertActive(owner.account);
  const identity = `key:${keyHash.slice(0, 32)}`;
  return owner.key.kind === 'agent'
    ? { account: owner.account, credential: 'agent_key', agent: owner.agent, identity }
    : { account: owner.account, credential: 'account_key', identity };
}

export async function authenticateToken(ctx: ServiceContext, token: string): Promise<Principal> {
  const check = await ctx.tokens.verify(token);
  if (!check.ok) {
    throw new DomainError('INVALID_TOKEN', check.reason === 'expired' ? 'Token has expired.' : 'Token is invalid.');
  }
  // Only the account is cached; the signature and expiry above are checked on every request.
  return accountPrincipal(ctx, check.accountId);
}

/**
 * The JWT principal of an account whose token was verified: the account must still exist and be
 * active. A WebSocket opened with a JWT is re-checked with this while it stays open.
 */
export async function accountPrincipal(ctx: ServiceContext, accountId: string): Promise<Principal> {
  const account = await ctx.principals.account(accountId, () => findAccountById(ctx.db, accountId));
  if (!account) throw new DomainError('INVALID_TOKEN', 'Token is invalid.');
  assertActive(account);
  return { account, credential: 'jwt', identity: `account:${account.id}` };
}

/**
 * The agent a request acts for: an agent key's own agent; else the agent named by `X-Agent-Id`
 * (one 404 for unknown ids and other accounts' agents alike); else the account's default agent.
 */
export async function resolveAgentScope(ctx: ServiceContext, principal: Principal, agentId: string | undefined): Promise<Agent> {
  if (principal.agent) return principal.agent;
  const id = agentId?.toLowerCase() ?? principal.account.default_agent_id;
  const accountId = principal.account.id;
  const agent = id ? await ctx.principals.agent(accountId, id, () => findAccountAgent(ctx.db, accountId, id)) : undefined;
  if (!agent) {
    throw agentId
      ? new DomainError('AGENT_NOT_FOUND', 'Agent not found.', { agent_id: agentId })
      : new DomainError('AGENT_NOT_FOUND', 'This account has no default agent; send X-Agent-Id.');
  }
  return agent;
}
