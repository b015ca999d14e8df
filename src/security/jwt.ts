// HS256 JWTs via jose. Verification accepts HS256 only (so `alg: none` and every other algorithm are
// refused) and checks issuer, audience, expiry and the required claims against the injected clock.
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../clock.js';

export const TOKEN_TTL_SECONDS = 3600;
const ISSUER = 'tradeready';
const AUDIENCE = 'tradeready-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface IssuedToken {
  token: string;
  expiresAtMs: number;
}

export type TokenCheck = { ok: true; accountId: string } | { ok: false; reason: 'expired' | 'invalid' };

export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly clock: Clock,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(accountId: string): Promise<IssuedToken> {
    const iat = Math.floor(this.clock.now() / 1000);
    const exp = iat + TOKEN_TTL_SECONDS;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(accountId)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .setJti(randomUUID())
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(this.key);
    return { token, expiresAtMs: exp * 1000 };
  }

  async verify(token: string): Promise<TokenCheck> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'iat', 'exp', 'jti'],
        currentDate: new Date(this.clock.now()),
      });
      if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) return { ok: false, reason: 'invalid' };
      return { ok: true, accountId: payload.sub };
    } catch (err) {
      if (err instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      return { ok: false, reason: 'invalid' };
    }
  }
}
