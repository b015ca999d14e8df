// Settings and credentials of the stdio entry (src/mcp/stdio.ts): where the tools' REST calls go
// and with which headers. No credential is ever logged.
import type { ToolTarget } from './tools.js';

/** Renew this long before the token's expiry, so a call in flight never carries an expired token. */
const RENEW_MARGIN_MS = 5 * 60_000;

interface Token {
  value: string;
  renewAt: number;
}

export interface StdioSettings {
  baseUrl: string;
  apiKey: string;
  apiSecret: string | undefined;
  agentId: string | undefined;
}

export function settingsFrom(env: NodeJS.ProcessEnv): StdioSettings {
  const apiKey = env.TRADEREADY_API_KEY?.trim();
  if (!apiKey) throw new Error('TRADEREADY_API_KEY is required (an account or agent API key).');
  const baseUrl = env.TRADEREADY_URL?.trim() || 'http://127.0.0.1:8000';
  try {
    new URL(baseUrl);
  } catch {
    throw new Error(`TRADEREADY_URL is not a URL: ${baseUrl}`);
  }
  return {
    baseUrl,
    apiKey,
    apiSecret: env.TRADEREADY_API_SECRET?.trim() || undefined,
    agentId: env.TRADEREADY_AGENT_ID?.trim() || undefined,
  };
}

/**
 * The target of every call: the API key always, the JWT too when a secret is configured. The
 * token is fetched on first use and again once it is within RENEW_MARGIN_MS of expiring (or past
 * four fifths of its life, for short-lived ones), measured on this machine's clock from the
 * reply's `expires_in`, so a clock skew against the server does not matter.
 */
export function stdioTarget(
  settings: StdioSettings,
  log: (message: string) => void,
  now: () => number = Date.now,
): () => Promise<ToolTarget> {
  let token: Token | undefined;
  let pending: Promise<Token> | undefined;

  async function login(): Promise<Token> {
    const requestedAt = now();
    const res = await fetch(new URL('/api/v1/auth/login', settings.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ api_key: settings.apiKey, api_secret: settings.apiSecret }),
      redirect: 'error',
    });
    const body = (await res.json().catch(() => null)) as { token?: string; expires_in?: number; error?: { code: string } } | null;
    if (!res.ok || typeof body?.token !== 'string' || typeof body.expires_in !== 'number') {
      throw new Error(`login failed: HTTP ${res.status} ${body?.error?.code ?? ''}`.trim());
    }
    const lifetimeMs = body.expires_in * 1000;
    const renewAt = requestedAt + Math.max(lifetimeMs - RENEW_MARGIN_MS, lifetimeMs * 0.8);
    log(`logged in; token renews in ${Math.round((renewAt - now()) / 1000)} s`);
    return { value: body.token, renewAt };
  }

  return async () => {
    const headers: Record<string, string> = { 'x-api-key': settings.apiKey };
    if (settings.agentId) headers['x-agent-id'] = settings.agentId;
    if (settings.apiSecret) {
      if (!token || now() >= token.renewAt) {
        // Concurrent calls share one login.
        pending ??= login().finally(() => (pending = undefined));
        try {
          token = await pending;
        } catch (err) {
          // The API key alone still serves every operation that is not JWT-only.
          log(`${(err as Error).message}; continuing with the API key only`);
          token = undefined;
        }
      }
      if (token) headers.authorization = `Bearer ${token.value}`;
    }
    return { baseUrl: settings.baseUrl, headers };
  };
}
