// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.

export const ErrorCodeSchema = {
    type: 'string',
    description: 'Every error code the API returns. Clients should branch on these, not on messages.',
    enum: [
        'VALIDATION_ERROR',
        'INVALID_API_KEY',
        'INVALID_TOKEN',
        'ACCOUNT_SUSPENDED',
        'PERMISSION_DENIED',
        'ACCOUNT_NOT_FOUND',
        'AGENT_NOT_FOUND',
        'DUPLICATE_ACCOUNT',
        'RATE_LIMIT_EXCEEDED',
        'NOT_FOUND',
        'METHOD_NOT_ALLOWED',
        'PAYLOAD_TOO_LARGE',
        'UNSUPPORTED_MEDIA_TYPE',
        'INSUFFICIENT_BALANCE',
        'INVALID_SYMBOL',
        'INVALID_QUANTITY',
        'INVALID_ORDER_TYPE',
        'ORDER_REJECTED',
        'POSITION_LIMIT_EXCEEDED',
        'DAILY_LOSS_LIMIT',
        'ORDER_NOT_FOUND',
        'ORDER_NOT_CANCELLABLE',
        'TRADE_NOT_FOUND',
        'PRICE_NOT_AVAILABLE',
        'BATTLE_NOT_FOUND',
        'BATTLE_INVALID_STATE',
        'SERVICE_UNAVAILABLE',
        'INTERNAL_ERROR'
    ],
    example: 'INVALID_API_KEY'
} as const;

export const ErrorSchema = {
    type: 'object',
    description: 'The envelope of every non-2xx reply.',
    required: [
        'error'
    ],
    additionalProperties: false,
    properties: {
        error: {
            type: 'object',
            required: [
                'code',
                'message'
            ],
            additionalProperties: false,
            properties: {
                code: {
                    $ref: '#/components/schemas/ErrorCode'
                },
                message: {
                    type: 'string',
                    description: 'Human-readable explanation; do not parse it.'
                },
                details: {
                    type: 'object',
                    description: 'Machine-readable context, present when there is any.',
                    additionalProperties: true
                }
            }
        }
    },
    example: {
        error: {
            code: 'INVALID_API_KEY',
            message: 'API key not found or invalid.'
        }
    }
} as const;

export const DecimalAmountSchema = {
    description: 'A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n',
    oneOf: [
        {
            type: 'string',
            pattern: '^[0-9]{1,12}(\\.[0-9]{1,8})?$'
        },
        {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 1000000000000
        }
    ],
    example: '10000.00'
} as const;

export const MoneySchema = {
    type: 'string',
    description: 'An exact decimal with 8 decimal places.',
    pattern: '^-?[0-9]+\\.[0-9]{8}$',
    example: '10000.00000000'
} as const;

export const RegisterRequestSchema = {
    type: 'object',
    required: [
        'display_name'
    ],
    additionalProperties: false,
    properties: {
        display_name: {
            type: 'string',
            description: 'Human-readable name, 1–64 characters after trimming surrounding whitespace.',
            minLength: 1,
            maxLength: 64,
            pattern: '\\S',
            example: 'AlphaBot'
        },
        email: {
            type: 'string',
            format: 'email',
            maxLength: 254,
            description: 'Optional contact email, unique case-insensitively. Needed for `/auth/user-login`.',
            example: 'alpha@example.com'
        },
        password: {
            type: 'string',
            minLength: 8,
            maxLength: 128,
            description: 'Optional password (8–128 characters) that enables `/auth/user-login` together with `email`.',
            example: 'my-secure-password'
        },
        starting_balance: {
            $ref: '#/components/schemas/DecimalAmount',
            description: 'Initial USDT balance of the default agent; default `"10000.00"`.'
        }
    },
    example: {
        display_name: 'AlphaBot',
        email: 'alpha@example.com',
        starting_balance: '10000.00'
    }
} as const;

export const RegisterResponseSchema = {
    type: 'object',
    required: [
        'account_id',
        'api_key',
        'api_secret',
        'display_name',
        'starting_balance',
        'message',
        'agent_id',
        'agent_api_key'
    ],
    additionalProperties: false,
    properties: {
        account_id: {
            type: 'string',
            format: 'uuid'
        },
        api_key: {
            type: 'string',
            pattern: '^ak_live_[A-Za-z0-9_-]{64}$',
            description: 'The account-level API key.'
        },
        api_secret: {
            type: 'string',
            pattern: '^sk_live_[A-Za-z0-9_-]{64}$',
            description: 'The account\'s API secret. Shown once; store it now.'
        },
        display_name: {
            type: 'string'
        },
        starting_balance: {
            type: 'string',
            description: 'The starting balance as requested (its scale is kept), e.g. `"10000.00"`.'
        },
        message: {
            type: 'string'
        },
        agent_id: {
            type: 'string',
            format: 'uuid',
            description: 'The default agent, created with the account and holding the starting balance.'
        },
        agent_api_key: {
            type: 'string',
            pattern: '^ak_live_[A-Za-z0-9_-]{64}$',
            description: 'The default agent\'s API key.'
        }
    }
} as const;

export const LoginRequestSchema = {
    type: 'object',
    required: [
        'api_key',
        'api_secret'
    ],
    additionalProperties: false,
    properties: {
        api_key: {
            type: 'string',
            minLength: 1,
            maxLength: 256,
            description: 'Your `ak_live_` account API key.'
        },
        api_secret: {
            type: 'string',
            minLength: 1,
            maxLength: 256,
            description: 'Your `sk_live_` API secret.'
        }
    },
    example: {
        api_key: 'ak_live_Hx3kP9vQ2mZ7tR4wY8nB1cD5fG6hJ0kL3pS9uV2xA7eI4oU1yT8rW5qE6zN0mM3b',
        api_secret: 'sk_live_Qz7mR2nX5vB8cL1kJ4hG7fD0sA3pO6iU9yT2rE5wQ8zX1cV4bN7mL0kJ3hG6fD9s'
    }
} as const;

export const UserLoginRequestSchema = {
    type: 'object',
    required: [
        'email',
        'password'
    ],
    additionalProperties: false,
    properties: {
        email: {
            type: 'string',
            format: 'email',
            maxLength: 254
        },
        password: {
            type: 'string',
            minLength: 1,
            maxLength: 128
        }
    },
    example: {
        email: 'alpha@example.com',
        password: 'my-secure-password'
    }
} as const;

export const TokenResponseSchema = {
    type: 'object',
    required: [
        'token',
        'expires_at',
        'expires_in',
        'token_type'
    ],
    additionalProperties: false,
    properties: {
        token: {
            type: 'string',
            description: 'HS256 JWT; send it as `Authorization: Bearer <token>`.'
        },
        expires_at: {
            type: 'string',
            format: 'date-time',
            description: 'Expiry time (ISO-8601 UTC).'
        },
        expires_in: {
            type: 'integer',
            description: 'Seconds until expiry (3600).',
            example: 3600
        },
        token_type: {
            type: 'string',
            const: 'Bearer'
        }
    },
    example: {
        token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1NTBlODQwMC0uLi4ifQ.sig',
        expires_at: '2026-03-19T14:00:00Z',
        expires_in: 3600,
        token_type: 'Bearer'
    }
} as const;

export const RiskProfileSchema = {
    type: 'object',
    required: [
        'max_position_size_pct',
        'daily_loss_limit_pct',
        'max_open_orders'
    ],
    additionalProperties: false,
    properties: {
        max_position_size_pct: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: 'Largest single-coin position as a percentage of equity.'
        },
        daily_loss_limit_pct: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: 'Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC.'
        },
        max_open_orders: {
            type: 'integer',
            minimum: 1,
            description: 'Most pending orders at once.'
        }
    },
    example: {
        max_position_size_pct: 25,
        daily_loss_limit_pct: 20,
        max_open_orders: 50
    }
} as const;

export const TradingSessionSchema = {
    type: 'object',
    required: [
        'session_id',
        'started_at'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            type: 'string',
            format: 'uuid'
        },
        started_at: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        session_id: '0b6f3c1a-2d4e-4f5a-8b9c-1d2e3f4a5b6c',
        started_at: '2026-03-19T09:00:00.000Z'
    }
} as const;

export const AccountInfoSchema = {
    type: 'object',
    required: [
        'account_id',
        'display_name',
        'status',
        'starting_balance',
        'current_session',
        'risk_profile',
        'created_at',
        'agent_id',
        'agent_display_name'
    ],
    additionalProperties: false,
    properties: {
        account_id: {
            type: 'string',
            format: 'uuid'
        },
        display_name: {
            type: 'string',
            description: 'The account\'s name.'
        },
        status: {
            type: 'string',
            enum: [
                'active',
                'suspended',
                'archived'
            ]
        },
        starting_balance: {
            $ref: '#/components/schemas/Money'
        },
        current_session: {
            $ref: '#/components/schemas/TradingSession'
        },
        risk_profile: {
            $ref: '#/components/schemas/RiskProfile'
        },
        created_at: {
            type: 'string',
            format: 'date-time'
        },
        agent_id: {
            type: 'string',
            format: 'uuid',
            description: 'The agent in scope.'
        },
        agent_display_name: {
            type: 'string',
            description: 'The agent in scope\'s name.'
        }
    }
} as const;

export const HealthSchema = {
    type: 'object',
    required: [
        'status',
        'version',
        'db_connected',
        'uptime_seconds',
        'checks'
    ],
    additionalProperties: false,
    properties: {
        status: {
            type: 'string',
            enum: [
                'ok',
                'degraded'
            ],
            description: '`degraded` when a part of the service (such as a price feed) is behind.'
        },
        version: {
            type: 'string'
        },
        db_connected: {
            type: 'boolean'
        },
        uptime_seconds: {
            type: 'integer',
            minimum: 0
        },
        checks: {
            type: 'object',
            required: [
                'db_latency_ms'
            ],
            additionalProperties: false,
            properties: {
                db_latency_ms: {
                    type: 'number',
                    description: 'Round-trip time of a trivial query; -1 when it failed.'
                }
            }
        }
    },
    example: {
        status: 'ok',
        version: '0.1.0',
        db_connected: true,
        uptime_seconds: 3600,
        checks: {
            db_latency_ms: 0.12
        }
    }
} as const;
