// Domain errors carry a stable code from the spec's ErrorCode enum; one table maps code to status.
import type { ErrorCode as SpecErrorCode } from '../generated/types.gen.js';

/** The spec's codes; the backtest ones are named here too until openapi.yaml's enum carries them. */
export type ErrorCode = SpecErrorCode | 'BACKTEST_NOT_FOUND' | 'BACKTEST_INVALID_STATE' | 'BACKTEST_NO_DATA';

export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  VALIDATION_ERROR: 422,
  INVALID_API_KEY: 401,
  INVALID_TOKEN: 401,
  ACCOUNT_SUSPENDED: 403,
  PERMISSION_DENIED: 403,
  ACCOUNT_NOT_FOUND: 404,
  AGENT_NOT_FOUND: 404,
  DUPLICATE_ACCOUNT: 409,
  IDEMPOTENCY_CONFLICT: 409,
  RATE_LIMIT_EXCEEDED: 429,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INSUFFICIENT_BALANCE: 400,
  INVALID_SYMBOL: 400,
  INVALID_QUANTITY: 400,
  INVALID_PRICE: 400,
  INVALID_ORDER_TYPE: 400,
  ORDER_REJECTED: 400,
  POSITION_LIMIT_EXCEEDED: 400,
  DAILY_LOSS_LIMIT: 403,
  ORDER_NOT_FOUND: 404,
  ORDER_NOT_CANCELLABLE: 409,
  TRADE_NOT_FOUND: 404,
  PRICE_NOT_AVAILABLE: 503,
  BATTLE_NOT_FOUND: 404,
  BATTLE_INVALID_STATE: 409,
  BACKTEST_NOT_FOUND: 404,
  BACKTEST_INVALID_STATE: 409,
  BACKTEST_NO_DATA: 400,
  STRATEGY_NOT_FOUND: 404,
  STRATEGY_INVALID_STATE: 409,
  TRAINING_RUN_NOT_FOUND: 404,
  WEBHOOK_NOT_FOUND: 404,
  TEST_RUN_NOT_FOUND: 404,
  LIMIT_REACHED: 409,
  SERVICE_UNAVAILABLE: 503,
  UPGRADE_REQUIRED: 426,
  INTERNAL_ERROR: 500,
};

/**
 * An error the client caused or may act on; rendered as the spec's Error envelope. It carries no
 * stack trace: it is an answer, not a bug, is never logged with one, and capturing the stack was
 * the most expensive part of rejecting an order.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message); // Error's constructor does not throw, so the limit is always put back
    Error.stackTraceLimit = limit;
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface FieldIssue {
  field: string;
  message: string;
}

export function validationError(errors: FieldIssue[], message = 'Request validation failed.'): DomainError {
  return new DomainError('VALIDATION_ERROR', message, { errors });
}
