// Turns request headers into a Principal. `X-API-Key` decides identity when both it and a Bearer
// token are sent; operations that manage agents or battles accept only a JWT.
import { DomainError } from '../errors.js';
import { authenticateApiKey, authenticateToken, type Principal } from '../services/auth.service.js';
import type { ServiceContext } from '../services/context.js';

export interface CredentialHeaders {
  apiKey: string | undefined;
  authorization: string | undefined;
}

export async function authenticateRequest(services: ServiceContext, headers: CredentialHeaders, mode: 'any' | 'jwt'): Promise<Principal> {
  const apiKey = headers.apiKey?.trim() || undefined;
  const authorization = headers.authorization?.trim() || undefined;
  let bearer: string | undefined;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new DomainError('INVALID_TOKEN', 'Authorization must be "Bearer <token>".');
    bearer = match[1];
  }
  if (mode === 'jwt') {
    if (bearer) return authenticateToken(services, bearer);
    if (apiKey) {
      throw new DomainError(
        'PERMISSION_DENIED',
        'This endpoint requires a JWT: send Authorization: Bearer <token> from POST /api/v1/auth/login.',
      );
    }
    throw new DomainError('INVALID_API_KEY', 'Authentication required: send Authorization: Bearer <token>.');
  }
  if (apiKey) return authenticateApiKey(services, apiKey);
  if (bearer) return authenticateToken(services, bearer);
  throw new DomainError('INVALID_API_KEY', 'API key not found or invalid.');
}
