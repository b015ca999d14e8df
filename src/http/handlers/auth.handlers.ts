import { isoTime } from '../../clock.js';
import { loginWithApiKey, loginWithPassword, registerAccount as register, type Token } from '../../services/auth.service.js';
import { TOKEN_TTL_SECONDS } from '../../security/jwt.js';
import type { Handler } from '../types.js';

const SECRET_NOTICE = 'Save your API secret now. It will not be shown again.';

function toTokenDto(token: Token) {
  return {
    token: token.token,
    expires_at: isoTime(token.expiresAtMs).replace(/\.000Z$/, 'Z'),
    expires_in: TOKEN_TTL_SECONDS,
    token_type: 'Bearer' as const,
  };
}

export const registerAccount: Handler<'registerAccount'> = async (req, ctx) => {
  const r = await register(ctx.services, {
    displayName: req.body.display_name,
    email: req.body.email,
    password: req.body.password,
    startingBalance: req.body.starting_balance,
  });
  return {
    status: 201,
    body: {
      account_id: r.account.id,
      api_key: r.apiKey,
      api_secret: r.apiSecret,
      display_name: r.account.display_name,
      starting_balance: r.startingBalanceText,
      message: SECRET_NOTICE,
      agent_id: r.agent.id,
      agent_api_key: r.agentApiKey,
    },
  };
};

export const login: Handler<'login'> = async (req, ctx) => ({
  status: 200,
  body: toTokenDto(await loginWithApiKey(ctx.services, req.body.api_key, req.body.api_secret)),
});

export const userLogin: Handler<'userLogin'> = async (req, ctx) => ({
  status: 200,
  body: toTokenDto(await loginWithPassword(ctx.services, req.body.email, req.body.password)),
});
