// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.
/* eslint-disable */
/** One MCP tool: a thin call of one REST operation. Schemas are JSON Schema 2020-12 with no $ref. */
export interface McpToolSpec {
  /** x-mcp-tool on the operation, else snake_case(operationId). */
  name: string;
  operationId: string;
  /** The operation's summary. */
  title: string;
  /** Summary, description and the documented error statuses with their codes. */
  description: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Header parameters, named as in the spec (also their argument names). */
  headerParams: string[];
  /** null: no request body; else the body's top-level properties (merged into the arguments). */
  bodyProps: string[] | null;
  /** Path, query and header parameters and the body's properties, in one object schema. */
  inputSchema: Record<string, unknown>;
  /** The 2xx JSON reply's schema when it is an object, else null. */
  outputSchema: Record<string, unknown> | null;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: false };
}

/** Operations that are not tools (`x-mcp: false`). */
export const MCP_EXCLUDED_OPERATIONS: readonly string[] = [
  "getHealth",
  "getMetrics",
  "registerAccount",
  "login",
  "userLogin"
];

/** Every tool, in the spec's order. */
export const MCP_TOOLS: readonly McpToolSpec[] = [
  {
    "name": "get_account_info",
    "operationId": "getAccountInfo",
    "title": "Who the caller is",
    "description": "Who the caller is\n\nThe account behind the credential, seen through the agent in scope: an agent key's agent,\nthe agent named by `X-Agent-Id`, or else the account's default agent. `display_name` is the\naccount's; `starting_balance`, `current_session` and `risk_profile` are the agent's (risk\nlimits not set on the agent fall back to the account's, then to the defaults 25 / 20 / 50).\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/account/info",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "account_id",
        "display_name",
        "status",
        "starting_balance",
        "current_session",
        "risk_profile",
        "created_at",
        "agent_id",
        "agent_display_name"
      ],
      "additionalProperties": false,
      "properties": {
        "account_id": {
          "type": "string",
          "format": "uuid"
        },
        "display_name": {
          "type": "string",
          "description": "The account's name."
        },
        "status": {
          "type": "string",
          "enum": [
            "active",
            "suspended",
            "archived"
          ]
        },
        "starting_balance": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "current_session": {
          "type": "object",
          "required": [
            "session_id",
            "started_at"
          ],
          "additionalProperties": false,
          "properties": {
            "session_id": {
              "type": "string",
              "format": "uuid"
            },
            "started_at": {
              "type": "string",
              "format": "date-time"
            }
          },
          "examples": [
            {
              "session_id": "0b6f3c1a-2d4e-4f5a-8b9c-1d2e3f4a5b6c",
              "started_at": "2026-03-19T09:00:00.000Z"
            }
          ]
        },
        "risk_profile": {
          "type": "object",
          "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
          "required": [
            "max_position_size_pct",
            "daily_loss_limit_pct",
            "max_open_orders",
            "max_order_size_pct",
            "min_order_size_usd",
            "order_rate_limit"
          ],
          "additionalProperties": false,
          "properties": {
            "max_position_size_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "description": "Largest single-coin position as a percentage of equity (default 25)."
            },
            "daily_loss_limit_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
            },
            "max_open_orders": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "description": "Most pending orders at once (default 50)."
            },
            "max_order_size_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "description": "Largest single order as a percentage of available balance (default 50)."
            },
            "min_order_size_usd": {
              "type": "string",
              "description": "Smallest order value in USDT (default 1).",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "order_rate_limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 10000,
              "description": "Most orders per minute (default 100)."
            }
          },
          "examples": [
            {
              "max_position_size_pct": 25,
              "daily_loss_limit_pct": 20,
              "max_open_orders": 50,
              "max_order_size_pct": 50,
              "min_order_size_usd": "1.00000000",
              "order_rate_limit": 100
            }
          ]
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent in scope."
        },
        "agent_display_name": {
          "type": "string",
          "description": "The agent in scope's name."
        }
      }
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_balance",
    "operationId": "getBalance",
    "title": "Balances of the agent in scope, or of the whole account",
    "description": "Balances of the agent in scope, or of the whole account\n\nWith `scope=agent` (the default): the wallet of the agent in scope (an agent key's agent, the\nagent named by `X-Agent-Id`, or the account's default agent). With `scope=account`: every\nasset summed over all of the account's agents that are not archived; `total_equity_usdt` is\nthen the sum of those agents' equity. `available` can be spent on new orders, `locked` is\nreserved by open orders, `total` = `available` + `locked`. `total_equity_usdt` values every\nasset at the last price of its USDT pair.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/account/balance",
    "pathParams": [],
    "queryParams": [
      "scope"
    ],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "scope": {
          "type": "string",
          "enum": [
            "agent",
            "account"
          ],
          "default": "agent",
          "description": "`agent` (default) for the agent in scope, `account` for sums over all active agents.",
          "examples": [
            "agent"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "scope",
        "agent_id",
        "balances",
        "total_equity_usdt"
      ],
      "additionalProperties": false,
      "properties": {
        "scope": {
          "type": "string",
          "enum": [
            "agent",
            "account"
          ]
        },
        "agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "The agent in scope; null for `scope=account`."
        },
        "balances": {
          "type": "array",
          "description": "One row per asset, sorted by asset.",
          "items": {
            "type": "object",
            "required": [
              "asset",
              "available",
              "locked",
              "total"
            ],
            "additionalProperties": false,
            "properties": {
              "asset": {
                "type": "string",
                "examples": [
                  "USDT"
                ]
              },
              "available": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "locked": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "total": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              }
            }
          }
        },
        "total_equity_usdt": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        }
      },
      "examples": [
        {
          "scope": "account",
          "agent_id": null,
          "balances": [
            {
              "asset": "USDT",
              "available": "15000.00000000",
              "locked": "0.00000000",
              "total": "15000.00000000"
            }
          ],
          "total_equity_usdt": "15000.00000000"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "update_account_risk_profile",
    "operationId": "updateAccountRiskProfile",
    "title": "Set risk limits for the account or the agent in scope",
    "description": "Set risk limits for the account or the agent in scope\n\nWith an account key or a JWT and no `X-Agent-Id`, sets the account's limits, which apply to\nevery agent that does not override them. With an agent key or `X-Agent-Id`, sets that agent's\noverrides. Only the fields sent change. Returns the limits now in force for the scope.\nAn archived agent's limits cannot change: 403 `PERMISSION_DENIED` with\n`details.reason: agent_archived`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED, PERMISSION_DENIED: `ACCOUNT_SUSPENDED`: the account is suspended or archived; or `PERMISSION_DENIED` with `details.reason: agent_archived`: the agent in scope is archived, and an archived agent is read-only (its data can be read, nothing can change it).\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "PUT",
    "path": "/api/v1/account/risk-profile",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": [
      "max_position_size_pct",
      "daily_loss_limit_pct",
      "max_open_orders",
      "max_order_size_pct",
      "min_order_size_usd",
      "order_rate_limit"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "max_position_size_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "daily_loss_limit_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "max_open_orders": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000
        },
        "max_order_size_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "min_order_size_usd": {
          "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "order_rate_limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "scope",
        "agent_id",
        "risk_profile"
      ],
      "additionalProperties": false,
      "properties": {
        "scope": {
          "type": "string",
          "enum": [
            "account",
            "agent"
          ],
          "description": "Whose limits were set."
        },
        "agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "The agent, when `scope` is `agent`."
        },
        "risk_profile": {
          "type": "object",
          "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
          "required": [
            "max_position_size_pct",
            "daily_loss_limit_pct",
            "max_open_orders",
            "max_order_size_pct",
            "min_order_size_usd",
            "order_rate_limit"
          ],
          "additionalProperties": false,
          "properties": {
            "max_position_size_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "description": "Largest single-coin position as a percentage of equity (default 25)."
            },
            "daily_loss_limit_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
            },
            "max_open_orders": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "description": "Most pending orders at once (default 50)."
            },
            "max_order_size_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "description": "Largest single order as a percentage of available balance (default 50)."
            },
            "min_order_size_usd": {
              "type": "string",
              "description": "Smallest order value in USDT (default 1).",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "order_rate_limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 10000,
              "description": "Most orders per minute (default 100)."
            }
          },
          "examples": [
            {
              "max_position_size_pct": 25,
              "daily_loss_limit_pct": 20,
              "max_open_orders": 50,
              "max_order_size_pct": 50,
              "min_order_size_usd": "1.00000000",
              "order_rate_limit": 100
            }
          ]
        }
      },
      "examples": [
        {
          "scope": "agent",
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "risk_profile": {
            "max_position_size_pct": 20,
            "daily_loss_limit_pct": 10,
            "max_open_orders": 50,
            "max_order_size_pct": 50,
            "min_order_size_usd": "1.00000000",
            "order_rate_limit": 100
          }
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "list_agents",
    "operationId": "listAgents",
    "title": "List the account's agents",
    "description": "List the account's agents\n\nOldest first. Archived agents are left out unless `include_archived=true` or `status=archived`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/agents",
    "pathParams": [],
    "queryParams": [
      "status",
      "include_archived",
      "limit",
      "offset"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "active",
            "paused",
            "archived"
          ],
          "description": "Only agents in this state.",
          "examples": [
            "active"
          ]
        },
        "include_archived": {
          "type": "boolean",
          "default": false,
          "description": "Include archived agents.",
          "examples": [
            false
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500,
          "default": 100,
          "description": "Most items to return.",
          "examples": [
            100
          ]
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100000,
          "default": 0,
          "description": "Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like\nevery integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a\n`422 VALIDATION_ERROR` naming the field).",
          "examples": [
            0
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agents",
        "total",
        "limit",
        "offset"
      ],
      "additionalProperties": false,
      "properties": {
        "agents": {
          "type": "array",
          "items": {
            "type": "object",
            "description": "An agent with its own key, wallet, risk limits and history.",
            "allOf": [
              {
                "type": "object",
                "required": [
                  "id",
                  "account_id",
                  "display_name",
                  "api_key_preview",
                  "starting_balance",
                  "llm_model",
                  "framework",
                  "strategy_tags",
                  "risk_profile",
                  "avatar_url",
                  "color",
                  "status",
                  "is_default",
                  "created_at",
                  "updated_at"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "account_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "display_name": {
                    "type": "string"
                  },
                  "api_key_preview": {
                    "type": "string",
                    "description": "The first 12 characters of the agent's key, then `...`.",
                    "examples": [
                      "ak_live_Ab3d..."
                    ]
                  },
                  "starting_balance": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "llm_model": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "framework": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "strategy_tags": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "risk_profile": {
                    "type": "object",
                    "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
                    "required": [
                      "max_position_size_pct",
                      "daily_loss_limit_pct",
                      "max_open_orders",
                      "max_order_size_pct",
                      "min_order_size_usd",
                      "order_rate_limit"
                    ],
                    "additionalProperties": false,
                    "properties": {
                      "max_position_size_pct": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 100,
                        "description": "Largest single-coin position as a percentage of equity (default 25)."
                      },
                      "daily_loss_limit_pct": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 100,
                        "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
                      },
                      "max_open_orders": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 1000,
                        "description": "Most pending orders at once (default 50)."
                      },
                      "max_order_size_pct": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 100,
                        "description": "Largest single order as a percentage of available balance (default 50)."
                      },
                      "min_order_size_usd": {
                        "type": "string",
                        "description": "Smallest order value in USDT (default 1).",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      },
                      "order_rate_limit": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 10000,
                        "description": "Most orders per minute (default 100)."
                      }
                    },
                    "examples": [
                      {
                        "max_position_size_pct": 25,
                        "daily_loss_limit_pct": 20,
                        "max_open_orders": 50,
                        "max_order_size_pct": 50,
                        "min_order_size_usd": "1.00000000",
                        "order_rate_limit": 100
                      }
                    ]
                  },
                  "avatar_url": {
                    "type": "string",
                    "description": "A generated identicon as an SVG data URI."
                  },
                  "color": {
                    "type": "string",
                    "description": "The agent's colour, `#rrggbb` (derived from its id when not set)."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "active",
                      "paused",
                      "archived"
                    ]
                  },
                  "is_default": {
                    "type": "boolean",
                    "description": "Whether account-level credentials act as this agent when no `X-Agent-Id` is sent."
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              }
            ],
            "unevaluatedProperties": false,
            "examples": [
              {
                "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "account_id": "550e8400-e29b-41d4-a716-446655440000",
                "display_name": "Momentum v2",
                "api_key_preview": "ak_live_Ab3d...",
                "starting_balance": "5000.00000000",
                "llm_model": "gpt-4o",
                "framework": "langchain",
                "strategy_tags": [
                  "momentum",
                  "btc"
                ],
                "risk_profile": {
                  "max_position_size_pct": 20,
                  "daily_loss_limit_pct": 20,
                  "max_open_orders": 50,
                  "max_order_size_pct": 50,
                  "min_order_size_usd": "1.00000000",
                  "order_rate_limit": 100
                },
                "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
                "color": "#3B82F6",
                "status": "active",
                "is_default": false,
                "created_at": "2026-03-19T09:00:00.000Z",
                "updated_at": "2026-03-19T09:00:00.000Z"
              }
            ]
          }
        },
        "total": {
          "type": "integer",
          "minimum": 0,
          "description": "How many agents match, over all pages."
        },
        "limit": {
          "type": "integer"
        },
        "offset": {
          "type": "integer"
        }
      }
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "create_agent",
    "operationId": "createAgent",
    "title": "Create an agent",
    "description": "Create an agent\n\nCreates an agent with its own API key and a fresh USDT wallet holding `starting_balance`. The\nkey is returned here and can be read again with `GET /api/v1/agents/{agent_id}/api-key`.\nJWT only.\nAn account holds at most `MAX_AGENTS_PER_ACCOUNT` agents (50 by default; archived ones count,\ndeleting one frees its slot); past it 409 `LIMIT_REACHED` with `details.reason: limit_reached`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 409 LIMIT_REACHED: `LIMIT_REACHED` with `details.reason: limit_reached`: the account already holds `MAX_AGENTS_PER_ACCOUNT` agents (archived ones count); delete one to make room.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/agents",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "display_name",
      "starting_balance",
      "llm_model",
      "framework",
      "strategy_tags",
      "risk_profile",
      "color"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "display_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "pattern": "\\S",
          "description": "1–100 characters; surrounding whitespace is trimmed."
        },
        "starting_balance": {
          "description": "USDT in the new wallet; default `\"10000.00\"`.",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "llm_model": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "examples": [
            "gpt-4o"
          ]
        },
        "framework": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "examples": [
            "langchain"
          ]
        },
        "strategy_tags": {
          "type": "array",
          "maxItems": 20,
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 50
          },
          "examples": [
            [
              "momentum",
              "btc"
            ]
          ]
        },
        "risk_profile": {
          "type": "object",
          "description": "Risk-limit overrides; fields left out fall back to the next source (account, then default).",
          "additionalProperties": false,
          "properties": {
            "max_position_size_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            },
            "daily_loss_limit_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            },
            "max_open_orders": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            },
            "max_order_size_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            },
            "min_order_size_usd": {
              "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
              "oneOf": [
                {
                  "type": "string",
                  "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                },
                {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1000000000000
                }
              ],
              "examples": [
                "10000.00"
              ]
            },
            "order_rate_limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 10000
            }
          },
          "examples": [
            {
              "max_position_size_pct": 20,
              "daily_loss_limit_pct": 10
            }
          ]
        },
        "color": {
          "type": "string",
          "pattern": "^#[0-9A-Fa-f]{6}$",
          "description": "A colour as `#rrggbb`.",
          "examples": [
            "#3B82F6"
          ]
        }
      },
      "required": [
        "display_name"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agent_id",
        "api_key",
        "display_name",
        "starting_balance",
        "message",
        "agent"
      ],
      "additionalProperties": false,
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "api_key": {
          "type": "string",
          "pattern": "^ak_live_[A-Za-z0-9_-]{64}$"
        },
        "display_name": {
          "type": "string"
        },
        "starting_balance": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "message": {
          "type": "string"
        },
        "agent": {
          "type": "object",
          "description": "An agent with its own key, wallet, risk limits and history.",
          "allOf": [
            {
              "type": "object",
              "required": [
                "id",
                "account_id",
                "display_name",
                "api_key_preview",
                "starting_balance",
                "llm_model",
                "framework",
                "strategy_tags",
                "risk_profile",
                "avatar_url",
                "color",
                "status",
                "is_default",
                "created_at",
                "updated_at"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "format": "uuid"
                },
                "account_id": {
                  "type": "string",
                  "format": "uuid"
                },
                "display_name": {
                  "type": "string"
                },
                "api_key_preview": {
                  "type": "string",
                  "description": "The first 12 characters of the agent's key, then `...`.",
                  "examples": [
                    "ak_live_Ab3d..."
                  ]
                },
                "starting_balance": {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                },
                "llm_model": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "framework": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "strategy_tags": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "risk_profile": {
                  "type": "object",
                  "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
                  "required": [
                    "max_position_size_pct",
                    "daily_loss_limit_pct",
                    "max_open_orders",
                    "max_order_size_pct",
                    "min_order_size_usd",
                    "order_rate_limit"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "max_position_size_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Largest single-coin position as a percentage of equity (default 25)."
                    },
                    "daily_loss_limit_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
                    },
                    "max_open_orders": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000,
                      "description": "Most pending orders at once (default 50)."
                    },
                    "max_order_size_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Largest single order as a percentage of available balance (default 50)."
                    },
                    "min_order_size_usd": {
                      "type": "string",
                      "description": "Smallest order value in USDT (default 1).",
                      "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                      "examples": [
                        "10000.00000000"
                      ]
                    },
                    "order_rate_limit": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 10000,
                      "description": "Most orders per minute (default 100)."
                    }
                  },
                  "examples": [
                    {
                      "max_position_size_pct": 25,
                      "daily_loss_limit_pct": 20,
                      "max_open_orders": 50,
                      "max_order_size_pct": 50,
                      "min_order_size_usd": "1.00000000",
                      "order_rate_limit": 100
                    }
                  ]
                },
                "avatar_url": {
                  "type": "string",
                  "description": "A generated identicon as an SVG data URI."
                },
                "color": {
                  "type": "string",
                  "description": "The agent's colour, `#rrggbb` (derived from its id when not set)."
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "active",
                    "paused",
                    "archived"
                  ]
                },
                "is_default": {
                  "type": "boolean",
                  "description": "Whether account-level credentials act as this agent when no `X-Agent-Id` is sent."
                },
                "created_at": {
                  "type": "string",
                  "format": "date-time"
                },
                "updated_at": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          ],
          "unevaluatedProperties": false,
          "examples": [
            {
              "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "account_id": "550e8400-e29b-41d4-a716-446655440000",
              "display_name": "Momentum v2",
              "api_key_preview": "ak_live_Ab3d...",
              "starting_balance": "5000.00000000",
              "llm_model": "gpt-4o",
              "framework": "langchain",
              "strategy_tags": [
                "momentum",
                "btc"
              ],
              "risk_profile": {
                "max_position_size_pct": 20,
                "daily_loss_limit_pct": 20,
                "max_open_orders": 50,
                "max_order_size_pct": 50,
                "min_order_size_usd": "1.00000000",
                "order_rate_limit": 100
              },
              "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
              "color": "#3B82F6",
              "status": "active",
              "is_default": false,
              "created_at": "2026-03-19T09:00:00.000Z",
              "updated_at": "2026-03-19T09:00:00.000Z"
            }
          ]
        }
      },
      "examples": [
        {
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "api_key": "ak_live_Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hI6kL9nO2qR5tU8wX1zA4cD7fG0iJ3k",
          "display_name": "Momentum v2",
          "starting_balance": "5000.00000000",
          "message": "Save your API key now. You can read it again with GET /api/v1/agents/{agent_id}/api-key.",
          "agent": {
            "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
            "account_id": "550e8400-e29b-41d4-a716-446655440000",
            "display_name": "Momentum v2",
            "api_key_preview": "ak_live_Ab3d...",
            "starting_balance": "5000.00000000",
            "llm_model": null,
            "framework": null,
            "strategy_tags": [],
            "risk_profile": {
              "max_position_size_pct": 25,
              "daily_loss_limit_pct": 20,
              "max_open_orders": 50,
              "max_order_size_pct": 50,
              "min_order_size_usd": "1.00000000",
              "order_rate_limit": 100
            },
            "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
            "color": "#7F1C2D",
            "status": "active",
            "is_default": false,
            "created_at": "2026-03-19T09:00:00.000Z",
            "updated_at": "2026-03-19T09:00:00.000Z"
          }
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "get_agents_overview",
    "operationId": "getAgentsOverview",
    "title": "Every active agent with its equity, PnL and open orders",
    "description": "Every active agent with its equity, PnL and open orders\n\nAll agents that are not archived, oldest first, each with `equity` (its balances valued in\nUSDT), `total_pnl` = `equity` − `starting_balance`, `total_pnl_pct` and `open_orders`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/agents/overview",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {},
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agents"
      ],
      "additionalProperties": false,
      "properties": {
        "agents": {
          "type": "array",
          "items": {
            "type": "object",
            "description": "An agent with its current numbers.",
            "allOf": [
              {
                "type": "object",
                "required": [
                  "id",
                  "account_id",
                  "display_name",
                  "api_key_preview",
                  "starting_balance",
                  "llm_model",
                  "framework",
                  "strategy_tags",
                  "risk_profile",
                  "avatar_url",
                  "color",
                  "status",
                  "is_default",
                  "created_at",
                  "updated_at"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "account_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "display_name": {
                    "type": "string"
                  },
                  "api_key_preview": {
                    "type": "string",
                    "description": "The first 12 characters of the agent's key, then `...`.",
                    "examples": [
                      "ak_live_Ab3d..."
                    ]
                  },
                  "starting_balance": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "llm_model": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "framework": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "strategy_tags": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "risk_profile": {
                    "type": "object",
                    "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
                    "required": [
                      "max_position_size_pct",
                      "daily_loss_limit_pct",
                      "max_open_orders",
                      "max_order_size_pct",
                      "min_order_size_usd",
                      "order_rate_limit"
                    ],
                    "additionalProperties": false,
                    "properties": {
                      "max_position_size_pct": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 100,
                        "description": "Largest single-coin position as a percentage of equity (default 25)."
                      },
                      "daily_loss_limit_pct": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 100,
                        "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
                      },
                      "max_open_orders": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 1000,
                        "description": "Most pending orders at once (default 50)."
                      },
                      "max_order_size_pct": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 100,
                        "description": "Largest single order as a percentage of available balance (default 50)."
                      },
                      "min_order_size_usd": {
                        "type": "string",
                        "description": "Smallest order value in USDT (default 1).",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      },
                      "order_rate_limit": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 10000,
                        "description": "Most orders per minute (default 100)."
                      }
                    },
                    "examples": [
                      {
                        "max_position_size_pct": 25,
                        "daily_loss_limit_pct": 20,
                        "max_open_orders": 50,
                        "max_order_size_pct": 50,
                        "min_order_size_usd": "1.00000000",
                        "order_rate_limit": 100
                      }
                    ]
                  },
                  "avatar_url": {
                    "type": "string",
                    "description": "A generated identicon as an SVG data URI."
                  },
                  "color": {
                    "type": "string",
                    "description": "The agent's colour, `#rrggbb` (derived from its id when not set)."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "active",
                      "paused",
                      "archived"
                    ]
                  },
                  "is_default": {
                    "type": "boolean",
                    "description": "Whether account-level credentials act as this agent when no `X-Agent-Id` is sent."
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              {
                "type": "object",
                "required": [
                  "equity",
                  "total_pnl",
                  "total_pnl_pct",
                  "open_orders"
                ],
                "properties": {
                  "equity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "total_pnl": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "total_pnl_pct": {
                    "type": "string",
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "`total_pnl` as a percentage of the starting balance, 2 decimals.",
                    "examples": [
                      "1.25"
                    ]
                  },
                  "open_orders": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              }
            ],
            "unevaluatedProperties": false
          }
        }
      },
      "examples": [
        {
          "agents": [
            {
              "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "account_id": "550e8400-e29b-41d4-a716-446655440000",
              "display_name": "AlphaBot's Agent",
              "api_key_preview": "ak_live_Ab3d...",
              "starting_balance": "10000.00000000",
              "llm_model": null,
              "framework": null,
              "strategy_tags": [],
              "risk_profile": {
                "max_position_size_pct": 25,
                "daily_loss_limit_pct": 20,
                "max_open_orders": 50,
                "max_order_size_pct": 50,
                "min_order_size_usd": "1.00000000",
                "order_rate_limit": 100
              },
              "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
              "color": "#7F1C2D",
              "status": "active",
              "is_default": true,
              "created_at": "2026-03-19T09:00:00.000Z",
              "updated_at": "2026-03-19T09:00:00.000Z",
              "equity": "10125.00000000",
              "total_pnl": "125.00000000",
              "total_pnl_pct": "1.25",
              "open_orders": 2
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_agent",
    "operationId": "getAgent",
    "title": "One agent",
    "description": "One agent\n\nJWT only. Another account's agent answers exactly like an unknown id.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "An agent with its own key, wallet, risk limits and history.",
      "allOf": [
        {
          "type": "object",
          "required": [
            "id",
            "account_id",
            "display_name",
            "api_key_preview",
            "starting_balance",
            "llm_model",
            "framework",
            "strategy_tags",
            "risk_profile",
            "avatar_url",
            "color",
            "status",
            "is_default",
            "created_at",
            "updated_at"
          ],
          "properties": {
            "id": {
              "type": "string",
              "format": "uuid"
            },
            "account_id": {
              "type": "string",
              "format": "uuid"
            },
            "display_name": {
              "type": "string"
            },
            "api_key_preview": {
              "type": "string",
              "description": "The first 12 characters of the agent's key, then `...`.",
              "examples": [
                "ak_live_Ab3d..."
              ]
            },
            "starting_balance": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "llm_model": {
              "type": [
                "string",
                "null"
              ]
            },
            "framework": {
              "type": [
                "string",
                "null"
              ]
            },
            "strategy_tags": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "risk_profile": {
              "type": "object",
              "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
              "required": [
                "max_position_size_pct",
                "daily_loss_limit_pct",
                "max_open_orders",
                "max_order_size_pct",
                "min_order_size_usd",
                "order_rate_limit"
              ],
              "additionalProperties": false,
              "properties": {
                "max_position_size_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Largest single-coin position as a percentage of equity (default 25)."
                },
                "daily_loss_limit_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
                },
                "max_open_orders": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1000,
                  "description": "Most pending orders at once (default 50)."
                },
                "max_order_size_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Largest single order as a percentage of available balance (default 50)."
                },
                "min_order_size_usd": {
                  "type": "string",
                  "description": "Smallest order value in USDT (default 1).",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                },
                "order_rate_limit": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 10000,
                  "description": "Most orders per minute (default 100)."
                }
              },
              "examples": [
                {
                  "max_position_size_pct": 25,
                  "daily_loss_limit_pct": 20,
                  "max_open_orders": 50,
                  "max_order_size_pct": 50,
                  "min_order_size_usd": "1.00000000",
                  "order_rate_limit": 100
                }
              ]
            },
            "avatar_url": {
              "type": "string",
              "description": "A generated identicon as an SVG data URI."
            },
            "color": {
              "type": "string",
              "description": "The agent's colour, `#rrggbb` (derived from its id when not set)."
            },
            "status": {
              "type": "string",
              "enum": [
                "active",
                "paused",
                "archived"
              ]
            },
            "is_default": {
              "type": "boolean",
              "description": "Whether account-level credentials act as this agent when no `X-Agent-Id` is sent."
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        }
      ],
      "unevaluatedProperties": false,
      "examples": [
        {
          "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "display_name": "Momentum v2",
          "api_key_preview": "ak_live_Ab3d...",
          "starting_balance": "5000.00000000",
          "llm_model": "gpt-4o",
          "framework": "langchain",
          "strategy_tags": [
            "momentum",
            "btc"
          ],
          "risk_profile": {
            "max_position_size_pct": 20,
            "daily_loss_limit_pct": 20,
            "max_open_orders": 50,
            "max_order_size_pct": 50,
            "min_order_size_usd": "1.00000000",
            "order_rate_limit": 100
          },
          "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
          "color": "#3B82F6",
          "status": "active",
          "is_default": false,
          "created_at": "2026-03-19T09:00:00.000Z",
          "updated_at": "2026-03-19T09:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "update_agent",
    "operationId": "updateAgent",
    "title": "Update an agent's settings",
    "description": "Update an agent's settings\n\nChanges only the fields sent; `null` clears `llm_model`, `framework` or `color`.\n`risk_profile` replaces the agent's overrides as a whole (fields left out fall back to the\naccount's limits). Status and balances cannot be changed here. JWT only. An archived agent\nkeeps its name and labels editable, but sending `risk_profile` for it answers 403\n`PERMISSION_DENIED` with `details.reason: agent_archived`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT, or with `details.reason: agent_archived` when the agent is archived (read-only); `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "PUT",
    "path": "/api/v1/agents/{agent_id}",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "display_name",
      "llm_model",
      "framework",
      "strategy_tags",
      "risk_profile",
      "color"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "display_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "pattern": "\\S",
          "description": "1–100 characters; surrounding whitespace is trimmed."
        },
        "llm_model": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 1,
          "maxLength": 100
        },
        "framework": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 1,
          "maxLength": 100
        },
        "strategy_tags": {
          "type": "array",
          "maxItems": 20,
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 50
          },
          "examples": [
            [
              "momentum",
              "btc"
            ]
          ]
        },
        "risk_profile": {
          "type": "object",
          "description": "Replaces the agent's overrides; `{}` removes them all.",
          "additionalProperties": false,
          "properties": {
            "max_position_size_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            },
            "daily_loss_limit_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            },
            "max_open_orders": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            },
            "max_order_size_pct": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            },
            "min_order_size_usd": {
              "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
              "oneOf": [
                {
                  "type": "string",
                  "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                },
                {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1000000000000
                }
              ],
              "examples": [
                "10000.00"
              ]
            },
            "order_rate_limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 10000
            }
          },
          "examples": [
            {
              "max_position_size_pct": 20,
              "daily_loss_limit_pct": 10
            }
          ]
        },
        "color": {
          "oneOf": [
            {
              "type": "string",
              "pattern": "^#[0-9A-Fa-f]{6}$",
              "description": "A colour as `#rrggbb`.",
              "examples": [
                "#3B82F6"
              ]
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "An agent with its own key, wallet, risk limits and history.",
      "allOf": [
        {
          "type": "object",
          "required": [
            "id",
            "account_id",
            "display_name",
            "api_key_preview",
            "starting_balance",
            "llm_model",
            "framework",
            "strategy_tags",
            "risk_profile",
            "avatar_url",
            "color",
            "status",
            "is_default",
            "created_at",
            "updated_at"
          ],
          "properties": {
            "id": {
              "type": "string",
              "format": "uuid"
            },
            "account_id": {
              "type": "string",
              "format": "uuid"
            },
            "display_name": {
              "type": "string"
            },
            "api_key_preview": {
              "type": "string",
              "description": "The first 12 characters of the agent's key, then `...`.",
              "examples": [
                "ak_live_Ab3d..."
              ]
            },
            "starting_balance": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "llm_model": {
              "type": [
                "string",
                "null"
              ]
            },
            "framework": {
              "type": [
                "string",
                "null"
              ]
            },
            "strategy_tags": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "risk_profile": {
              "type": "object",
              "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
              "required": [
                "max_position_size_pct",
                "daily_loss_limit_pct",
                "max_open_orders",
                "max_order_size_pct",
                "min_order_size_usd",
                "order_rate_limit"
              ],
              "additionalProperties": false,
              "properties": {
                "max_position_size_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Largest single-coin position as a percentage of equity (default 25)."
                },
                "daily_loss_limit_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
                },
                "max_open_orders": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1000,
                  "description": "Most pending orders at once (default 50)."
                },
                "max_order_size_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Largest single order as a percentage of available balance (default 50)."
                },
                "min_order_size_usd": {
                  "type": "string",
                  "description": "Smallest order value in USDT (default 1).",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                },
                "order_rate_limit": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 10000,
                  "description": "Most orders per minute (default 100)."
                }
              },
              "examples": [
                {
                  "max_position_size_pct": 25,
                  "daily_loss_limit_pct": 20,
                  "max_open_orders": 50,
                  "max_order_size_pct": 50,
                  "min_order_size_usd": "1.00000000",
                  "order_rate_limit": 100
                }
              ]
            },
            "avatar_url": {
              "type": "string",
              "description": "A generated identicon as an SVG data URI."
            },
            "color": {
              "type": "string",
              "description": "The agent's colour, `#rrggbb` (derived from its id when not set)."
            },
            "status": {
              "type": "string",
              "enum": [
                "active",
                "paused",
                "archived"
              ]
            },
            "is_default": {
              "type": "boolean",
              "description": "Whether account-level credentials act as this agent when no `X-Agent-Id` is sent."
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        }
      ],
      "unevaluatedProperties": false,
      "examples": [
        {
          "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "display_name": "Momentum v2",
          "api_key_preview": "ak_live_Ab3d...",
          "starting_balance": "5000.00000000",
          "llm_model": "gpt-4o",
          "framework": "langchain",
          "strategy_tags": [
            "momentum",
            "btc"
          ],
          "risk_profile": {
            "max_position_size_pct": 20,
            "daily_loss_limit_pct": 20,
            "max_open_orders": 50,
            "max_order_size_pct": 50,
            "min_order_size_usd": "1.00000000",
            "order_rate_limit": 100
          },
          "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
          "color": "#3B82F6",
          "status": "active",
          "is_default": false,
          "created_at": "2026-03-19T09:00:00.000Z",
          "updated_at": "2026-03-19T09:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "delete_agent",
    "operationId": "deleteAgent",
    "title": "Delete an agent and all its data",
    "description": "Delete an agent and all its data\n\nPermanently removes the agent, its key, wallet, sessions and trading history; nothing of\nany other agent is touched. When it was the account's default agent, the oldest remaining\nactive agent becomes the default. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "DELETE",
    "path": "/api/v1/agents/{agent_id}",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": null,
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "clone_agent",
    "operationId": "cloneAgent",
    "title": "Clone an agent's configuration",
    "description": "Clone an agent's configuration\n\nA new agent with the source's starting balance, model, framework, strategy tags and risk\nprofile, a fresh wallet, a new key and no history. Archived agents can be cloned. JWT only.\nAn account holds at most `MAX_AGENTS_PER_ACCOUNT` agents (50 by default; archived ones count,\ndeleting one frees its slot); past it 409 `LIMIT_REACHED` with `details.reason: limit_reached`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 409 LIMIT_REACHED: `LIMIT_REACHED` with `details.reason: limit_reached`: the account already holds `MAX_AGENTS_PER_ACCOUNT` agents (archived ones count); delete one to make room.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/clone",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [
      "new_name"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "new_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "pattern": "\\S",
          "description": "Name of the clone (1–100 characters); default `Copy of <source name>`.",
          "examples": [
            "Momentum v2 (tuned)"
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agent_id",
        "api_key",
        "display_name",
        "starting_balance",
        "message",
        "agent"
      ],
      "additionalProperties": false,
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "api_key": {
          "type": "string",
          "pattern": "^ak_live_[A-Za-z0-9_-]{64}$"
        },
        "display_name": {
          "type": "string"
        },
        "starting_balance": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "message": {
          "type": "string"
        },
        "agent": {
          "type": "object",
          "description": "An agent with its own key, wallet, risk limits and history.",
          "allOf": [
            {
              "type": "object",
              "required": [
                "id",
                "account_id",
                "display_name",
                "api_key_preview",
                "starting_balance",
                "llm_model",
                "framework",
                "strategy_tags",
                "risk_profile",
                "avatar_url",
                "color",
                "status",
                "is_default",
                "created_at",
                "updated_at"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "format": "uuid"
                },
                "account_id": {
                  "type": "string",
                  "format": "uuid"
                },
                "display_name": {
                  "type": "string"
                },
                "api_key_preview": {
                  "type": "string",
                  "description": "The first 12 characters of the agent's key, then `...`.",
                  "examples": [
                    "ak_live_Ab3d..."
                  ]
                },
                "starting_balance": {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                },
                "llm_model": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "framework": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "strategy_tags": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "risk_profile": {
                  "type": "object",
                  "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
                  "required": [
                    "max_position_size_pct",
                    "daily_loss_limit_pct",
                    "max_open_orders",
                    "max_order_size_pct",
                    "min_order_size_usd",
                    "order_rate_limit"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "max_position_size_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Largest single-coin position as a percentage of equity (default 25)."
                    },
                    "daily_loss_limit_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
                    },
                    "max_open_orders": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000,
                      "description": "Most pending orders at once (default 50)."
                    },
                    "max_order_size_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Largest single order as a percentage of available balance (default 50)."
                    },
                    "min_order_size_usd": {
                      "type": "string",
                      "description": "Smallest order value in USDT (default 1).",
                      "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                      "examples": [
                        "10000.00000000"
                      ]
                    },
                    "order_rate_limit": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 10000,
                      "description": "Most orders per minute (default 100)."
                    }
                  },
                  "examples": [
                    {
                      "max_position_size_pct": 25,
                      "daily_loss_limit_pct": 20,
                      "max_open_orders": 50,
                      "max_order_size_pct": 50,
                      "min_order_size_usd": "1.00000000",
                      "order_rate_limit": 100
                    }
                  ]
                },
                "avatar_url": {
                  "type": "string",
                  "description": "A generated identicon as an SVG data URI."
                },
                "color": {
                  "type": "string",
                  "description": "The agent's colour, `#rrggbb` (derived from its id when not set)."
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "active",
                    "paused",
                    "archived"
                  ]
                },
                "is_default": {
                  "type": "boolean",
                  "description": "Whether account-level credentials act as this agent when no `X-Agent-Id` is sent."
                },
                "created_at": {
                  "type": "string",
                  "format": "date-time"
                },
                "updated_at": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          ],
          "unevaluatedProperties": false,
          "examples": [
            {
              "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "account_id": "550e8400-e29b-41d4-a716-446655440000",
              "display_name": "Momentum v2",
              "api_key_preview": "ak_live_Ab3d...",
              "starting_balance": "5000.00000000",
              "llm_model": "gpt-4o",
              "framework": "langchain",
              "strategy_tags": [
                "momentum",
                "btc"
              ],
              "risk_profile": {
                "max_position_size_pct": 20,
                "daily_loss_limit_pct": 20,
                "max_open_orders": 50,
                "max_order_size_pct": 50,
                "min_order_size_usd": "1.00000000",
                "order_rate_limit": 100
              },
              "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
              "color": "#3B82F6",
              "status": "active",
              "is_default": false,
              "created_at": "2026-03-19T09:00:00.000Z",
              "updated_at": "2026-03-19T09:00:00.000Z"
            }
          ]
        }
      },
      "examples": [
        {
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "api_key": "ak_live_Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hI6kL9nO2qR5tU8wX1zA4cD7fG0iJ3k",
          "display_name": "Momentum v2",
          "starting_balance": "5000.00000000",
          "message": "Save your API key now. You can read it again with GET /api/v1/agents/{agent_id}/api-key.",
          "agent": {
            "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
            "account_id": "550e8400-e29b-41d4-a716-446655440000",
            "display_name": "Momentum v2",
            "api_key_preview": "ak_live_Ab3d...",
            "starting_balance": "5000.00000000",
            "llm_model": null,
            "framework": null,
            "strategy_tags": [],
            "risk_profile": {
              "max_position_size_pct": 25,
              "daily_loss_limit_pct": 20,
              "max_open_orders": 50,
              "max_order_size_pct": 50,
              "min_order_size_usd": "1.00000000",
              "order_rate_limit": 100
            },
            "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
            "color": "#7F1C2D",
            "status": "active",
            "is_default": false,
            "created_at": "2026-03-19T09:00:00.000Z",
            "updated_at": "2026-03-19T09:00:00.000Z"
          }
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "reset_agent",
    "operationId": "resetAgent",
    "title": "Reset an agent's wallet and start a new session",
    "description": "Reset an agent's wallet and start a new session\n\nCancels the agent's open orders, closes its positions, sets its wallet back to exactly its\nstarting balance in USDT, closes the current trading session and opens a new one. History\nis kept and belongs to the previous session. JWT only. An archived agent is read-only:\n403 `PERMISSION_DENIED` with `details.reason: agent_archived`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT, or with `details.reason: agent_archived` when the agent is archived (read-only); `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/reset",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agent",
        "previous_session",
        "new_session"
      ],
      "additionalProperties": false,
      "properties": {
        "agent": {
          "type": "object",
          "description": "An agent with its own key, wallet, risk limits and history.",
          "allOf": [
            {
              "type": "object",
              "required": [
                "id",
                "account_id",
                "display_name",
                "api_key_preview",
                "starting_balance",
                "llm_model",
                "framework",
                "strategy_tags",
                "risk_profile",
                "avatar_url",
                "color",
                "status",
                "is_default",
                "created_at",
                "updated_at"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "format": "uuid"
                },
                "account_id": {
                  "type": "string",
                  "format": "uuid"
                },
                "display_name": {
                  "type": "string"
                },
                "api_key_preview": {
                  "type": "string",
                  "description": "The first 12 characters of the agent's key, then `...`.",
                  "examples": [
                    "ak_live_Ab3d..."
                  ]
                },
                "starting_balance": {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                },
                "llm_model": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "framework": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "strategy_tags": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "risk_profile": {
                  "type": "object",
                  "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
                  "required": [
                    "max_position_size_pct",
                    "daily_loss_limit_pct",
                    "max_open_orders",
                    "max_order_size_pct",
                    "min_order_size_usd",
                    "order_rate_limit"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "max_position_size_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Largest single-coin position as a percentage of equity (default 25)."
                    },
                    "daily_loss_limit_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
                    },
                    "max_open_orders": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000,
                      "description": "Most pending orders at once (default 50)."
                    },
                    "max_order_size_pct": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "description": "Largest single order as a percentage of available balance (default 50)."
                    },
                    "min_order_size_usd": {
                      "type": "string",
                      "description": "Smallest order value in USDT (default 1).",
                      "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                      "examples": [
                        "10000.00000000"
                      ]
                    },
                    "order_rate_limit": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 10000,
                      "description": "Most orders per minute (default 100)."
                    }
                  },
                  "examples": [
                    {
                      "max_position_size_pct": 25,
                      "daily_loss_limit_pct": 20,
                      "max_open_orders": 50,
                      "max_order_size_pct": 50,
                      "min_order_size_usd": "1.00000000",
                      "order_rate_limit": 100
                    }
                  ]
                },
                "avatar_url": {
                  "type": "string",
                  "description": "A generated identicon as an SVG data URI."
                },
                "color": {
                  "type": "string",
                  "description": "The agent's colour, `#rrggbb` (derived from its id when not set)."
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "active",
                    "paused",
                    "archived"
                  ]
                },
                "is_default": {
                  "type": "boolean",
                  "description": "Whether account-level credentials act as this agent when no `X-Agent-Id` is sent."
                },
                "created_at": {
                  "type": "string",
                  "format": "date-time"
                },
                "updated_at": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          ],
          "unevaluatedProperties": false,
          "examples": [
            {
              "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "account_id": "550e8400-e29b-41d4-a716-446655440000",
              "display_name": "Momentum v2",
              "api_key_preview": "ak_live_Ab3d...",
              "starting_balance": "5000.00000000",
              "llm_model": "gpt-4o",
              "framework": "langchain",
              "strategy_tags": [
                "momentum",
                "btc"
              ],
              "risk_profile": {
                "max_position_size_pct": 20,
                "daily_loss_limit_pct": 20,
                "max_open_orders": 50,
                "max_order_size_pct": 50,
                "min_order_size_usd": "1.00000000",
                "order_rate_limit": 100
              },
              "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
              "color": "#3B82F6",
              "status": "active",
              "is_default": false,
              "created_at": "2026-03-19T09:00:00.000Z",
              "updated_at": "2026-03-19T09:00:00.000Z"
            }
          ]
        },
        "previous_session": {
          "type": "object",
          "required": [
            "session_id",
            "started_at",
            "ended_at",
            "starting_balance"
          ],
          "additionalProperties": false,
          "properties": {
            "session_id": {
              "type": "string",
              "format": "uuid"
            },
            "started_at": {
              "type": "string",
              "format": "date-time"
            },
            "ended_at": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            },
            "starting_balance": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            }
          }
        },
        "new_session": {
          "type": "object",
          "required": [
            "session_id",
            "started_at",
            "ended_at",
            "starting_balance"
          ],
          "additionalProperties": false,
          "properties": {
            "session_id": {
              "type": "string",
              "format": "uuid"
            },
            "started_at": {
              "type": "string",
              "format": "date-time"
            },
            "ended_at": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            },
            "starting_balance": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            }
          }
        }
      },
      "examples": [
        {
          "agent": {
            "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
            "account_id": "550e8400-e29b-41d4-a716-446655440000",
            "display_name": "Momentum v2",
            "api_key_preview": "ak_live_Ab3d...",
            "starting_balance": "5000.00000000",
            "llm_model": null,
            "framework": null,
            "strategy_tags": [],
            "risk_profile": {
              "max_position_size_pct": 25,
              "daily_loss_limit_pct": 20,
              "max_open_orders": 50,
              "max_order_size_pct": 50,
              "min_order_size_usd": "1.00000000",
              "order_rate_limit": 100
            },
            "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
            "color": "#7F1C2D",
            "status": "active",
            "is_default": false,
            "created_at": "2026-03-19T09:00:00.000Z",
            "updated_at": "2026-03-20T09:00:00.000Z"
          },
          "previous_session": {
            "session_id": "0b6f3c1a-2d4e-4f5a-8b9c-1d2e3f4a5b6c",
            "started_at": "2026-03-19T09:00:00.000Z",
            "ended_at": "2026-03-20T09:00:00.000Z",
            "starting_balance": "5000.00000000"
          },
          "new_session": {
            "session_id": "1c7a4d2b-3e5f-4a6b-9c0d-2e3f4a5b6c7d",
            "started_at": "2026-03-20T09:00:00.000Z",
            "ended_at": null,
            "starting_balance": "5000.00000000"
          }
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "archive_agent",
    "operationId": "archiveAgent",
    "title": "Archive an agent",
    "description": "Archive an agent\n\nThe agent's key stops working at once; its data is kept and it leaves lists and the overview\n(unless asked for). Archiving twice is harmless. When it was the account's default agent,\nthe oldest remaining active agent becomes the default. JWT only. An archived agent is\nread-only: with a JWT or the account key and `X-Agent-Id` its data can still be read, but\norders, cancels, resets and risk changes answer 403 `PERMISSION_DENIED` (`agent_archived`).\nIts pending orders are cancelled at once, their locks released.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/archive",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "An agent with its own key, wallet, risk limits and history.",
      "allOf": [
        {
          "type": "object",
          "required": [
            "id",
            "account_id",
            "display_name",
            "api_key_preview",
            "starting_balance",
            "llm_model",
            "framework",
            "strategy_tags",
            "risk_profile",
            "avatar_url",
            "color",
            "status",
            "is_default",
            "created_at",
            "updated_at"
          ],
          "properties": {
            "id": {
              "type": "string",
              "format": "uuid"
            },
            "account_id": {
              "type": "string",
              "format": "uuid"
            },
            "display_name": {
              "type": "string"
            },
            "api_key_preview": {
              "type": "string",
              "description": "The first 12 characters of the agent's key, then `...`.",
              "examples": [
                "ak_live_Ab3d..."
              ]
            },
            "starting_balance": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "llm_model": {
              "type": [
                "string",
                "null"
              ]
            },
            "framework": {
              "type": [
                "string",
                "null"
              ]
            },
            "strategy_tags": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "risk_profile": {
              "type": "object",
              "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
              "required": [
                "max_position_size_pct",
                "daily_loss_limit_pct",
                "max_open_orders",
                "max_order_size_pct",
                "min_order_size_usd",
                "order_rate_limit"
              ],
              "additionalProperties": false,
              "properties": {
                "max_position_size_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Largest single-coin position as a percentage of equity (default 25)."
                },
                "daily_loss_limit_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
                },
                "max_open_orders": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1000,
                  "description": "Most pending orders at once (default 50)."
                },
                "max_order_size_pct": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "description": "Largest single order as a percentage of available balance (default 50)."
                },
                "min_order_size_usd": {
                  "type": "string",
                  "description": "Smallest order value in USDT (default 1).",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                },
                "order_rate_limit": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 10000,
                  "description": "Most orders per minute (default 100)."
                }
              },
              "examples": [
                {
                  "max_position_size_pct": 25,
                  "daily_loss_limit_pct": 20,
                  "max_open_orders": 50,
                  "max_order_size_pct": 50,
                  "min_order_size_usd": "1.00000000",
                  "order_rate_limit": 100
                }
              ]
            },
            "avatar_url": {
              "type": "string",
              "description": "A generated identicon as an SVG data URI."
            },
            "color": {
              "type": "string",
              "description": "The agent's colour, `#rrggbb` (derived from its id when not set)."
            },
            "status": {
              "type": "string",
              "enum": [
                "active",
                "paused",
                "archived"
              ]
            },
            "is_default": {
              "type": "boolean",
              "description": "Whether account-level credentials act as this agent when no `X-Agent-Id` is sent."
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        }
      ],
      "unevaluatedProperties": false,
      "examples": [
        {
          "id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "display_name": "Momentum v2",
          "api_key_preview": "ak_live_Ab3d...",
          "starting_balance": "5000.00000000",
          "llm_model": "gpt-4o",
          "framework": "langchain",
          "strategy_tags": [
            "momentum",
            "btc"
          ],
          "risk_profile": {
            "max_position_size_pct": 20,
            "daily_loss_limit_pct": 20,
            "max_open_orders": 50,
            "max_order_size_pct": 50,
            "min_order_size_usd": "1.00000000",
            "order_rate_limit": 100
          },
          "avatar_url": "data:image/svg+xml;base64,PHN2Zy8+",
          "color": "#3B82F6",
          "status": "active",
          "is_default": false,
          "created_at": "2026-03-19T09:00:00.000Z",
          "updated_at": "2026-03-19T09:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "get_agent_api_key",
    "operationId": "getAgentApiKey",
    "title": "Read an agent's current API key",
    "description": "Read an agent's current API key\n\nJWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}/api-key",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agent_id",
        "api_key",
        "message"
      ],
      "additionalProperties": false,
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "api_key": {
          "type": "string",
          "pattern": "^ak_live_[A-Za-z0-9_-]{64}$"
        },
        "message": {
          "type": "string"
        }
      }
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "regenerate_agent_key",
    "operationId": "regenerateAgentKey",
    "title": "Replace an agent's API key",
    "description": "Replace an agent's API key\n\nIssues a new key; the old one stops working at once. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/regenerate-key",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agent_id",
        "api_key",
        "message"
      ],
      "additionalProperties": false,
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "api_key": {
          "type": "string",
          "pattern": "^ak_live_[A-Za-z0-9_-]{64}$"
        },
        "message": {
          "type": "string"
        }
      }
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "get_agent_risk_profile",
    "operationId": "getAgentRiskProfile",
    "title": "The risk limits in force for an agent",
    "description": "The risk limits in force for an agent\n\nThe agent's overrides, else the account's limits, else the defaults, field by field. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}/risk-profile",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
      "required": [
        "max_position_size_pct",
        "daily_loss_limit_pct",
        "max_open_orders",
        "max_order_size_pct",
        "min_order_size_usd",
        "order_rate_limit"
      ],
      "additionalProperties": false,
      "properties": {
        "max_position_size_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "description": "Largest single-coin position as a percentage of equity (default 25)."
        },
        "daily_loss_limit_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
        },
        "max_open_orders": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "description": "Most pending orders at once (default 50)."
        },
        "max_order_size_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "description": "Largest single order as a percentage of available balance (default 50)."
        },
        "min_order_size_usd": {
          "type": "string",
          "description": "Smallest order value in USDT (default 1).",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "order_rate_limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000,
          "description": "Most orders per minute (default 100)."
        }
      },
      "examples": [
        {
          "max_position_size_pct": 25,
          "daily_loss_limit_pct": 20,
          "max_open_orders": 50,
          "max_order_size_pct": 50,
          "min_order_size_usd": "1.00000000",
          "order_rate_limit": 100
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "update_agent_risk",
    "operationId": "updateAgentRiskProfile",
    "title": "Override risk limits for one agent",
    "description": "Override risk limits for one agent\n\nOnly the fields sent change; the rest keep their current source. JWT only. An archived agent\nis read-only: 403 `PERMISSION_DENIED` with `details.reason: agent_archived`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT, or with `details.reason: agent_archived` when the agent is archived (read-only); `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "PUT",
    "path": "/api/v1/agents/{agent_id}/risk-profile",
    "pathParams": [
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "max_position_size_pct",
      "daily_loss_limit_pct",
      "max_open_orders",
      "max_order_size_pct",
      "min_order_size_usd",
      "order_rate_limit"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent's id. Another account's agent answers `404` exactly like an unknown id.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "max_position_size_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "daily_loss_limit_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "max_open_orders": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000
        },
        "max_order_size_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "min_order_size_usd": {
          "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "order_rate_limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000
        }
      },
      "required": [
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "Risk limits in force. Each field comes from the agent's overrides, else the account's limits, else the default.",
      "required": [
        "max_position_size_pct",
        "daily_loss_limit_pct",
        "max_open_orders",
        "max_order_size_pct",
        "min_order_size_usd",
        "order_rate_limit"
      ],
      "additionalProperties": false,
      "properties": {
        "max_position_size_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "description": "Largest single-coin position as a percentage of equity (default 25)."
        },
        "daily_loss_limit_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "description": "Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20)."
        },
        "max_open_orders": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "description": "Most pending orders at once (default 50)."
        },
        "max_order_size_pct": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "description": "Largest single order as a percentage of available balance (default 50)."
        },
        "min_order_size_usd": {
          "type": "string",
          "description": "Smallest order value in USDT (default 1).",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "order_rate_limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000,
          "description": "Most orders per minute (default 100)."
        }
      },
      "examples": [
        {
          "max_position_size_pct": 25,
          "daily_loss_limit_pct": 20,
          "max_open_orders": 50,
          "max_order_size_pct": 50,
          "min_order_size_usd": "1.00000000",
          "order_rate_limit": 100
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_pairs",
    "operationId": "listPairs",
    "title": "Tradable pairs and their trading rules",
    "description": "Tradable pairs and their trading rules\n\nEvery pair the feed knows, sorted by symbol, with the filters orders must meet.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/market/pairs",
    "pathParams": [],
    "queryParams": [
      "status"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "active",
            "inactive"
          ],
          "description": "Only pairs in this state.",
          "examples": [
            "active"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "pairs",
        "total"
      ],
      "additionalProperties": false,
      "properties": {
        "pairs": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "symbol",
              "base_asset",
              "quote_asset",
              "status",
              "min_qty",
              "max_qty",
              "step_size",
              "tick_size",
              "min_notional",
              "has_price"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string",
                "examples": [
                  "BTCUSDT"
                ]
              },
              "base_asset": {
                "type": "string",
                "examples": [
                  "BTC"
                ]
              },
              "quote_asset": {
                "type": "string",
                "examples": [
                  "USDT"
                ]
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "inactive"
                ]
              },
              "min_qty": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "max_qty": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "step_size": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "tick_size": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "min_notional": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "has_price": {
                "type": "boolean",
                "description": "Whether the feed has a price for the pair yet."
              }
            }
          }
        },
        "total": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "pairs": [
            {
              "symbol": "BTCUSDT",
              "base_asset": "BTC",
              "quote_asset": "USDT",
              "status": "active",
              "min_qty": "0.00001000",
              "max_qty": "9000.00000000",
              "step_size": "0.00001000",
              "tick_size": "0.01000000",
              "min_notional": "5.00000000",
              "has_price": true
            }
          ],
          "total": 1
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_price",
    "operationId": "getPrice",
    "title": "Last trade price of a pair",
    "description": "Last trade price of a pair\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: no such pair.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.\n- 503 PRICE_NOT_AVAILABLE: `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.",
    "method": "GET",
    "path": "/api/v1/market/price/{symbol}",
    "pathParams": [
      "symbol"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        }
      },
      "required": [
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "price",
        "timestamp"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "price": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "timestamp": {
          "type": "string",
          "format": "date-time",
          "description": "When that price traded."
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "price": "64521.30000000",
          "timestamp": "2026-03-19T10:00:00.123Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_all_prices",
    "operationId": "getPrices",
    "title": "Last prices of many pairs",
    "description": "Last prices of many pairs\n\nEvery pair with a price, or only those named in `symbols`. `stale` is true when no pair has\ntraded for more than 60 seconds; `data_age_seconds` is the age of the freshest price.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: no such pair.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/market/prices",
    "pathParams": [],
    "queryParams": [
      "symbols"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "symbols": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}( *, *[A-Za-z0-9]{2,20})*$",
          "description": "Comma-separated pairs (case-insensitive); an unknown one is a `400 INVALID_SYMBOL`.",
          "examples": [
            "BTCUSDT,ETHUSDT"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "prices",
        "timestamp",
        "count",
        "stale",
        "data_age_seconds"
      ],
      "additionalProperties": false,
      "properties": {
        "prices": {
          "type": "object",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        },
        "timestamp": {
          "type": "string",
          "format": "date-time",
          "description": "Server time of the answer."
        },
        "count": {
          "type": "integer"
        },
        "stale": {
          "type": "boolean",
          "description": "True when the freshest price is more than 60 seconds old (or there is none)."
        },
        "data_age_seconds": {
          "type": [
            "number",
            "null"
          ],
          "description": "Age of the freshest price in seconds, one decimal; null when there is none."
        }
      },
      "examples": [
        {
          "prices": {
            "BTCUSDT": "64521.30000000",
            "ETHUSDT": "3421.50000000"
          },
          "timestamp": "2026-03-19T10:00:00.500Z",
          "count": 2,
          "stale": false,
          "data_age_seconds": 0.4
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_ticker",
    "operationId": "getTicker",
    "title": "Rolling 24-hour statistics of a pair",
    "description": "Rolling 24-hour statistics of a pair\n\nOpen, high, low, close, volume and change over the 24 hours before now, rolling (not reset at\nmidnight), at one-minute resolution: `open_time` is the start of the first minute in the window.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: no such pair.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.\n- 503 PRICE_NOT_AVAILABLE: `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.",
    "method": "GET",
    "path": "/api/v1/market/ticker/{symbol}",
    "pathParams": [
      "symbol"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        }
      },
      "required": [
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "open",
        "high",
        "low",
        "close",
        "volume",
        "quote_volume",
        "change",
        "change_pct",
        "trade_count",
        "open_time",
        "close_time",
        "timestamp"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "open": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "high": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "low": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "close": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "volume": {
          "type": "string",
          "description": "Base-asset volume in the window.",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "quote_volume": {
          "type": "string",
          "description": "USDT volume in the window (Σ price × quantity).",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "change": {
          "type": "string",
          "description": "`close` − `open`.",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "change_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "description": "`change` / `open` × 100, 2 decimals."
        },
        "trade_count": {
          "type": "integer"
        },
        "open_time": {
          "type": "string",
          "format": "date-time"
        },
        "close_time": {
          "type": "string",
          "format": "date-time"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time",
          "description": "Time of the last trade."
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "open": "63000.00000000",
          "high": "65100.00000000",
          "low": "62850.50000000",
          "close": "64521.30000000",
          "volume": "1523.44100000",
          "quote_volume": "97654321.12000000",
          "change": "1521.30000000",
          "change_pct": "2.41",
          "trade_count": 182340,
          "open_time": "2026-03-18T10:01:00.000Z",
          "close_time": "2026-03-19T10:00:00.123Z",
          "timestamp": "2026-03-19T10:00:00.123Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_tickers",
    "operationId": "getTickers",
    "title": "Rolling 24-hour statistics of many pairs",
    "description": "Rolling 24-hour statistics of many pairs\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: no such pair.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/market/tickers",
    "pathParams": [],
    "queryParams": [
      "symbols"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "symbols": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}( *, *[A-Za-z0-9]{2,20})*$",
          "description": "Comma-separated pairs (case-insensitive); an unknown one is a `400 INVALID_SYMBOL`.",
          "examples": [
            "BTCUSDT,ETHUSDT"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "tickers",
        "count",
        "timestamp"
      ],
      "additionalProperties": false,
      "properties": {
        "tickers": {
          "type": "object",
          "additionalProperties": {
            "type": "object",
            "required": [
              "symbol",
              "open",
              "high",
              "low",
              "close",
              "volume",
              "quote_volume",
              "change",
              "change_pct",
              "trade_count",
              "open_time",
              "close_time",
              "timestamp"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string"
              },
              "open": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "high": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "low": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "close": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "volume": {
                "type": "string",
                "description": "Base-asset volume in the window.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "quote_volume": {
                "type": "string",
                "description": "USDT volume in the window (Σ price × quantity).",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "change": {
                "type": "string",
                "description": "`close` − `open`.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "change_pct": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                "description": "`change` / `open` × 100, 2 decimals."
              },
              "trade_count": {
                "type": "integer"
              },
              "open_time": {
                "type": "string",
                "format": "date-time"
              },
              "close_time": {
                "type": "string",
                "format": "date-time"
              },
              "timestamp": {
                "type": "string",
                "format": "date-time",
                "description": "Time of the last trade."
              }
            },
            "examples": [
              {
                "symbol": "BTCUSDT",
                "open": "63000.00000000",
                "high": "65100.00000000",
                "low": "62850.50000000",
                "close": "64521.30000000",
                "volume": "1523.44100000",
                "quote_volume": "97654321.12000000",
                "change": "1521.30000000",
                "change_pct": "2.41",
                "trade_count": 182340,
                "open_time": "2026-03-18T10:01:00.000Z",
                "close_time": "2026-03-19T10:00:00.123Z",
                "timestamp": "2026-03-19T10:00:00.123Z"
              }
            ]
          }
        },
        "count": {
          "type": "integer"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "tickers": {
            "BTCUSDT": {
              "symbol": "BTCUSDT",
              "open": "63000.00000000",
              "high": "65100.00000000",
              "low": "62850.50000000",
              "close": "64521.30000000",
              "volume": "1523.44100000",
              "quote_volume": "97654321.12000000",
              "change": "1521.30000000",
              "change_pct": "2.41",
              "trade_count": 182340,
              "open_time": "2026-03-18T10:01:00.000Z",
              "close_time": "2026-03-19T10:00:00.123Z",
              "timestamp": "2026-03-19T10:00:00.123Z"
            }
          },
          "count": 1,
          "timestamp": "2026-03-19T10:00:00.500Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_candles",
    "operationId": "getCandles",
    "title": "OHLCV candles of a pair",
    "description": "OHLCV candles of a pair\n\nThe newest `limit` candles of `interval` inside [`start_time`, `end_time`] (both inclusive,\ncompared with each candle's open time; times without a zone are UTC), oldest first. The last\ncandle may still be forming. Buckets are aligned to UTC. Minutes without trades have no candle.\n`1m` candles are kept for a configurable number of days (30 by default); the other intervals\nreach back over the whole stored history.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: no such pair.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/market/candles/{symbol}",
    "pathParams": [
      "symbol"
    ],
    "queryParams": [
      "interval",
      "limit",
      "start_time",
      "end_time"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        },
        "interval": {
          "type": "string",
          "enum": [
            "1m",
            "5m",
            "15m",
            "1h",
            "4h",
            "1d"
          ],
          "default": "1h",
          "description": "Candle width.",
          "examples": [
            "1h"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 100,
          "description": "Most candles to return.",
          "examples": [
            100
          ]
        },
        "start_time": {
          "type": "string",
          "format": "date-time",
          "description": "Earliest candle open time (ISO-8601).",
          "examples": [
            "2026-03-19T00:00:00Z"
          ]
        },
        "end_time": {
          "type": "string",
          "format": "date-time",
          "description": "Latest candle open time (ISO-8601).",
          "examples": [
            "2026-03-19T12:00:00Z"
          ]
        }
      },
      "required": [
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "interval",
        "candles",
        "count"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "interval": {
          "type": "string",
          "enum": [
            "1m",
            "5m",
            "15m",
            "1h",
            "4h",
            "1d"
          ]
        },
        "candles": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "time",
              "open",
              "high",
              "low",
              "close",
              "volume",
              "trade_count"
            ],
            "additionalProperties": false,
            "properties": {
              "time": {
                "type": "string",
                "format": "date-time",
                "description": "Open time of the bucket (UTC)."
              },
              "open": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "high": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "low": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "close": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "volume": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "trade_count": {
                "type": "integer"
              }
            }
          }
        },
        "count": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "interval": "1h",
          "candles": [
            {
              "time": "2026-03-19T09:00:00.000Z",
              "open": "64100.00000000",
              "high": "64600.00000000",
              "low": "64050.10000000",
              "close": "64521.30000000",
              "volume": "61.20300000",
              "trade_count": 7412
            }
          ],
          "count": 1
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_recent_trades",
    "operationId": "getRecentTrades",
    "title": "Recent public trades of a pair",
    "description": "Recent public trades of a pair\n\nNewest first. The server keeps the last 1,000 trades of each pair.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: no such pair.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/market/trades/{symbol}",
    "pathParams": [
      "symbol"
    ],
    "queryParams": [
      "limit"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 100,
          "description": "Most trades to return.",
          "examples": [
            100
          ]
        }
      },
      "required": [
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "trades",
        "count"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "trades": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "trade_id",
              "price",
              "quantity",
              "time",
              "is_buyer_maker"
            ],
            "additionalProperties": false,
            "properties": {
              "trade_id": {
                "type": "integer"
              },
              "price": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "time": {
                "type": "string",
                "format": "date-time"
              },
              "is_buyer_maker": {
                "type": "boolean"
              }
            }
          }
        },
        "count": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "trades": [
            {
              "trade_id": 3301245,
              "price": "64521.30000000",
              "quantity": "0.01200000",
              "time": "2026-03-19T10:00:00.123Z",
              "is_buyer_maker": false
            }
          ],
          "count": 1
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_orderbook",
    "operationId": "getOrderBook",
    "title": "Order book of a pair (synthesised)",
    "description": "Order book of a pair (synthesised)\n\nThis exchange has no resting book of its own: the levels are synthesised around the last\nprice at tick-size spacing, and `synthetic` is `true`. Orders do not fill against these\nlevels; see the trading endpoints for how fills are priced.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: no such pair.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.\n- 503 PRICE_NOT_AVAILABLE: `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.",
    "method": "GET",
    "path": "/api/v1/market/orderbook/{symbol}",
    "pathParams": [
      "symbol"
    ],
    "queryParams": [
      "depth"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        },
        "depth": {
          "type": "integer",
          "enum": [
            5,
            10,
            20,
            50,
            100
          ],
          "default": 10,
          "description": "Levels per side.",
          "examples": [
            10
          ]
        }
      },
      "required": [
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "bids",
        "asks",
        "timestamp",
        "synthetic"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "bids": {
          "type": "array",
          "description": "Best (highest) first.",
          "items": {
            "type": "array",
            "description": "[price, quantity]",
            "prefixItems": [
              {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              }
            ],
            "minItems": 2,
            "maxItems": 2
          }
        },
        "asks": {
          "type": "array",
          "description": "Best (lowest) first.",
          "items": {
            "type": "array",
            "description": "[price, quantity]",
            "prefixItems": [
              {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              }
            ],
            "minItems": 2,
            "maxItems": 2
          }
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "synthetic": {
          "type": "boolean",
          "description": "Always true here; the levels are generated around the last price."
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "bids": [
            [
              "64521.29000000",
              "0.41200000"
            ]
          ],
          "asks": [
            [
              "64521.31000000",
              "0.17300000"
            ]
          ],
          "timestamp": "2026-03-19T10:00:00.123Z",
          "synthetic": true
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_data_range",
    "operationId": "getDataRange",
    "title": "What history is stored, for picking a backtest window",
    "description": "What history is stored, for picking a backtest window\n\nThe span of stored 1-minute bars over all pairs and per pair, the candle intervals\n`/market/candles` serves, and the real gaps in the 1-minute data. History comes from the live\nfeed (1-minute bars are kept `CANDLE_1M_RETENTION_DAYS`, 30 by default; the other intervals for\ngood) and from `npm run import:klines` (imported 1-minute bars are never pruned).\n\nA gap is a run of at least `min_gap_minutes` consecutive minutes without a bar between two bars\nof the same pair: `from` is the first missing minute, `to` the open time of the next bar\npresent, `missing_minutes` = (`to` − `from`) / 60 s. Shorter runs are not gaps: a pair with no\ntrade in a minute has no bar for it. Time before a pair's first bar or after its last is not a\ngap. At most 100 gaps are listed, the most recent (`to`) first; `total_gaps` counts them all.\n`earliest` and `latest` (open times of the oldest and newest bar) are `null` while nothing is\nstored. The range is computed at most once a minute per `min_gap_minutes` (finding the gaps\nreads every stored 1-minute bar), so a bar stored or imported within the last minute may not\nshow yet.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/market/data-range",
    "pathParams": [],
    "queryParams": [
      "min_gap_minutes"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "min_gap_minutes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 525600,
          "default": 60,
          "description": "Smallest run of missing minutes reported as a gap.",
          "examples": [
            60
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "earliest",
        "latest",
        "total_pairs",
        "intervals_available",
        "pairs",
        "data_gaps",
        "total_gaps",
        "min_gap_minutes"
      ],
      "additionalProperties": false,
      "properties": {
        "earliest": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "Open time of the oldest stored 1-minute bar of any pair; null when none is stored."
        },
        "latest": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "Open time of the newest stored 1-minute bar of any pair; null when none is stored."
        },
        "total_pairs": {
          "type": "integer",
          "description": "Pairs with at least one stored 1-minute bar."
        },
        "intervals_available": {
          "type": "array",
          "description": "The intervals `/market/candles` serves.",
          "items": {
            "type": "string",
            "enum": [
              "1m",
              "5m",
              "15m",
              "1h",
              "4h",
              "1d"
            ]
          }
        },
        "pairs": {
          "type": "array",
          "description": "Each pair with data, by symbol.",
          "items": {
            "type": "object",
            "required": [
              "symbol",
              "earliest",
              "latest"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string"
              },
              "earliest": {
                "type": "string",
                "format": "date-time"
              },
              "latest": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "data_gaps": {
          "type": "array",
          "maxItems": 100,
          "description": "The most recent gaps first.",
          "items": {
            "type": "object",
            "required": [
              "symbol",
              "from",
              "to",
              "missing_minutes"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string"
              },
              "from": {
                "type": "string",
                "format": "date-time",
                "description": "Open time of the first missing minute."
              },
              "to": {
                "type": "string",
                "format": "date-time",
                "description": "Open time of the next bar present (the gap's exclusive end)."
              },
              "missing_minutes": {
                "type": "integer"
              }
            }
          }
        },
        "total_gaps": {
          "type": "integer"
        },
        "min_gap_minutes": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "earliest": "2024-01-01T00:00:00.000Z",
          "latest": "2026-03-19T09:59:00.000Z",
          "total_pairs": 2,
          "intervals_available": [
            "1m",
            "5m",
            "15m",
            "1h",
            "4h",
            "1d"
          ],
          "pairs": [
            {
              "symbol": "BTCUSDT",
              "earliest": "2024-01-01T00:00:00.000Z",
              "latest": "2026-03-19T09:59:00.000Z"
            },
            {
              "symbol": "ETHUSDT",
              "earliest": "2026-02-17T00:00:00.000Z",
              "latest": "2026-03-19T09:59:00.000Z"
            }
          ],
          "data_gaps": [
            {
              "symbol": "BTCUSDT",
              "from": "2024-07-01T00:00:00.000Z",
              "to": "2026-02-17T00:00:00.000Z",
              "missing_minutes": 863280
            }
          ],
          "total_gaps": 1,
          "min_gap_minutes": 60
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "list_indicators",
    "operationId": "listIndicators",
    "title": "Names of the technical indicators",
    "description": "Names of the technical indicators\n\nThe names `/market/indicators/{symbol}` accepts, sorted.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/market/indicators/available",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {},
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "indicators"
      ],
      "additionalProperties": false,
      "properties": {
        "indicators": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "adx_14",
              "atr_14",
              "bb_lower",
              "bb_mid",
              "bb_upper",
              "ema_12",
              "ema_26",
              "macd_hist",
              "macd_line",
              "macd_signal",
              "price",
              "rsi_14",
              "sma_20",
              "sma_50",
              "volume_ma_20",
              "vwap"
            ]
          }
        }
      },
      "examples": [
        {
          "indicators": [
            "adx_14",
            "atr_14",
            "bb_lower",
            "bb_mid",
            "bb_upper",
            "ema_12",
            "ema_26",
            "macd_hist",
            "macd_line",
            "macd_signal",
            "price",
            "rsi_14",
            "sma_20",
            "sma_50",
            "volume_ma_20",
            "vwap"
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_indicators",
    "operationId": "getIndicators",
    "title": "Technical indicators of a pair",
    "description": "Technical indicators of a pair\n\nIndicators over the newest `lookback` 1-minute candles of the pair (the last one may still be\nforming, so `price` is the last trade price), computed with the `trading-signals` library:\n\n| Name | Definition |\n|---|---|\n| `price` | close of the newest candle |\n| `sma_20`, `sma_50` | mean of the last 20 / 50 closes |\n| `volume_ma_20` | mean of the last 20 volumes (base asset) |\n| `ema_12`, `ema_26` | exponential average, factor 2/(N+1), seeded with the first close, given after N closes |\n| `rsi_14` | Wilder's RSI (averages seeded with the mean of the first 14 changes); 100 when there were no losses; needs 15 closes |\n| `macd_line`, `macd_signal`, `macd_hist` | EMA12 − EMA26, its EMA9, and their difference; needs 26 closes |\n| `bb_upper`, `bb_mid`, `bb_lower` | SMA20 ± 2 population standard deviations of the last 20 closes |\n| `atr_14` | true range, Wilder-smoothed over 14; needs 14 candles |\n| `adx_14` | average directional index, Wilder-smoothed over 14; needs 27 candles |\n| `vwap` | Σ typical price × volume / Σ volume over the whole window, typical price (high + low + close) / 3 |\n\nAn indicator the window is too short for is left out of `indicators` (never `null`). Values\nare decimal strings with 8 places. `timestamp` is when they were computed; `candles_used`\nhow many candles the window held. A pair with no candle at all answers `503\nPRICE_NOT_AVAILABLE`.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: no such pair.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.\n- 503 PRICE_NOT_AVAILABLE: `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.",
    "method": "GET",
    "path": "/api/v1/market/indicators/{symbol}",
    "pathParams": [
      "symbol"
    ],
    "queryParams": [
      "indicators",
      "lookback"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        },
        "indicators": {
          "type": "string",
          "maxLength": 400,
          "description": "Comma-separated names from `/market/indicators/available` (default: all). An unknown name\nis a `422 VALIDATION_ERROR` naming it.",
          "examples": [
            "rsi_14,macd_line,macd_signal,bb_upper,bb_lower"
          ]
        },
        "lookback": {
          "type": "integer",
          "minimum": 14,
          "maximum": 500,
          "default": 200,
          "description": "How many of the newest 1-minute candles to compute over.",
          "examples": [
            200
          ]
        }
      },
      "required": [
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "timestamp",
        "candles_used",
        "indicators"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        },
        "candles_used": {
          "type": "integer"
        },
        "indicators": {
          "type": "object",
          "description": "By name; an indicator the window is too short for is left out.",
          "propertyNames": {
            "type": "string",
            "enum": [
              "adx_14",
              "atr_14",
              "bb_lower",
              "bb_mid",
              "bb_upper",
              "ema_12",
              "ema_26",
              "macd_hist",
              "macd_line",
              "macd_signal",
              "price",
              "rsi_14",
              "sma_20",
              "sma_50",
              "volume_ma_20",
              "vwap"
            ]
          },
          "additionalProperties": {
            "type": "string",
            "pattern": "^-?\\d+\\.\\d{8}$"
          }
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "timestamp": "2026-03-19T10:00:00.000Z",
          "candles_used": 200,
          "indicators": {
            "price": "64521.30000000",
            "rsi_14": "61.23456789",
            "macd_line": "12.50000000",
            "macd_signal": "9.75000000",
            "macd_hist": "2.75000000"
          }
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "compute_deflated_sharpe",
    "operationId": "computeDeflatedSharpe",
    "title": "Deflated Sharpe ratio of a return series",
    "description": "Deflated Sharpe ratio of a return series\n\nWhether a strategy's Sharpe ratio survives the number of strategies tried to find it (Bailey\nand López de Prado, \"The Deflated Sharpe Ratio\", Journal of Portfolio Management 40(5), 2014).\nA pure computation on the numbers sent: public, like market data (a credential, when sent, is\nchecked and counted). Statistics, so the fields are JSON numbers, rounded to 8 decimal places.\n\nWith T returns rₜ, their mean μ and population moments: `observed_sharpe` SR = μ / σ ×\n√`annualization_factor`; `skewness` = m₃ / σ³; `kurtosis` = m₄ / σ⁴ (Pearson: 3 for normal\nreturns); `expected_max_sharpe` E = √(2 ln N)·(1 − γ/(2 ln N)) + γ/√(2 ln N) with N =\n`num_trials` and γ = 0.5772156649 (0 when N = 1); `deflated_sharpe` = (SR − E) / √V with V =\n(1 − skew·SR + (kurt − 1)/4·SR²) / T floored at 1e-12; `p_value` = Φ(`deflated_sharpe`);\n`is_significant` = `p_value` > 0.95 (decided before rounding). Returns that do not vary have\nno Sharpe ratio: `422`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/metrics/deflated-sharpe",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "returns",
      "num_trials",
      "annualization_factor"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "returns": {
          "type": "array",
          "description": "Periodic simple returns (0.01 = 1 %), oldest first.",
          "minItems": 10,
          "maxItems": 10000,
          "items": {
            "type": "number",
            "minimum": -1000000,
            "maximum": 1000000
          }
        },
        "num_trials": {
          "type": "integer",
          "description": "Strategies or parameter sets tried before this one was chosen.",
          "minimum": 1,
          "maximum": 100000
        },
        "annualization_factor": {
          "type": "number",
          "description": "Return periods per year (252 trading days; 525600 for 1-minute returns).",
          "minimum": 1,
          "maximum": 525600,
          "default": 252
        }
      },
      "required": [
        "returns",
        "num_trials"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "observed_sharpe",
        "expected_max_sharpe",
        "deflated_sharpe",
        "p_value",
        "is_significant",
        "num_trials",
        "num_returns",
        "skewness",
        "kurtosis"
      ],
      "additionalProperties": false,
      "properties": {
        "observed_sharpe": {
          "type": "number"
        },
        "expected_max_sharpe": {
          "type": "number"
        },
        "deflated_sharpe": {
          "type": "number"
        },
        "p_value": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "is_significant": {
          "type": "boolean"
        },
        "num_trials": {
          "type": "integer"
        },
        "num_returns": {
          "type": "integer"
        },
        "skewness": {
          "type": "number"
        },
        "kurtosis": {
          "type": "number"
        }
      },
      "examples": [
        {
          "observed_sharpe": 4.72433467,
          "expected_max_sharpe": 2.79714962,
          "deflated_sharpe": 2.66306621,
          "p_value": 0.99612839,
          "is_significant": true,
          "num_trials": 50,
          "num_returns": 16,
          "skewness": -0.12016656,
          "kurtosis": 2.22073501
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "place_order",
    "operationId": "placeOrder",
    "title": "Place an order",
    "description": "Place an order\n\nPlaces a market, limit, stop-loss or take-profit order for the agent in scope, in one\ntransaction: the risk chain runs first (each failure has its own code and `details.reason`),\nthen exactly what the order can spend is locked, and a market order (or a limit that is\nalready marketable) fills at once. An archived agent is read-only: 403 `PERMISSION_DENIED` with `details.reason: agent_archived`.\n\n- **market**: fills at the last price with a size-based slippage (0.01 %–0.5 %, growing with\n  the order's share of the pair's 24 h volume) and a 0.1 % fee in USDT.\n- **limit**: buy fills when the price falls to `price`, sell when it rises to it, at exactly\n  `price`; a limit already better than the market fills at once at the market price.\n- **stop_loss** / **take_profit**: `trigger_price` (`price` is accepted as an alias). A sell\n  stop-loss fires when the price falls to the trigger, a sell take-profit when it rises to it\n  (buys the other way round); it then fills as a market order at the triggering price. A\n  trigger already crossed at placement is rejected (`would_trigger_immediately`).\n\nAn agent taking part in a running live battle (`/battles/*`) trades here too, under the\nbattle's rules: a pair outside the battle's `allowed_pairs`, a paused participant and an\neliminated one are rejected with `400 ORDER_REJECTED` (`details.reason`\n`pair_not_allowed_in_battle`, `battle_participant_paused`, `battle_participant_eliminated`).\n\nPending orders are evaluated on every price tick. Safe retries: send an `Idempotency-Key`\nheader or a `client_order_id`; a repeat returns the original order with `200` and\n`Idempotent-Replayed: true` instead of placing a second one. A rejected order stores\nnothing, so retrying it is evaluated afresh.\n\nErrors:\n- 400 INVALID_SYMBOL, INVALID_QUANTITY, INVALID_PRICE, INSUFFICIENT_BALANCE, POSITION_LIMIT_EXCEEDED, ORDER_REJECTED: The order breaks a rule; nothing was placed or locked. `INVALID_SYMBOL` (unknown or inactive pair), `INVALID_QUANTITY` (below the minimum, above the maximum, off the step size, or below the minimum notional), `INVALID_PRICE` (off the tick size), `INSUFFICIENT_BALANCE`, `POSITION_LIMIT_EXCEEDED`, or `ORDER_REJECTED` with `details.reason` one of `order_too_small`, `order_too_large`, `max_open_orders_exceeded`, `rate_limit_exceeded`, `would_trigger_immediately`, or, for a participant of a running live battle, `pair_not_allowed_in_battle` (the pair is outside the battle's `allowed_pairs`; `details.battle_id`, `symbol`, `allowed_pairs`), `battle_participant_paused` (the agent is paused in the battle) or `battle_participant_eliminated` (the agent was eliminated from a survival battle).\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED, DAILY_LOSS_LIMIT, PERMISSION_DENIED: `ACCOUNT_SUSPENDED`; `DAILY_LOSS_LIMIT`: the net realized loss since the later of 00:00 UTC and the start of the agent's current session reached the daily limit, so trading resumes at 00:00 UTC (`details.resets_at`) or after a reset; or `PERMISSION_DENIED` with `details.reason: agent_archived`: the agent in scope is archived and read-only.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 409 IDEMPOTENCY_CONFLICT: `IDEMPOTENCY_CONFLICT`: the `Idempotency-Key` or `client_order_id` was already used for a different order.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.\n- 503 PRICE_NOT_AVAILABLE: `PRICE_NOT_AVAILABLE`: the pair exists but has not traded since the feed started.",
    "method": "POST",
    "path": "/api/v1/trade/order",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id",
      "Idempotency-Key"
    ],
    "bodyProps": [
      "symbol",
      "side",
      "type",
      "quantity",
      "price",
      "trigger_price",
      "client_order_id"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "Idempotency-Key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "description": "Any unique string per intended order (e.g. a UUID). A retry with the same key and the same\nbody returns the original order instead of placing another; the same key with a different\nbody is a `409 IDEMPOTENCY_CONFLICT`.",
          "examples": [
            "5f1c9a52-77b4-4c1e-9d2e-0b8a6c3d7e10"
          ]
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "The pair (case-insensitive)."
        },
        "side": {
          "type": "string",
          "enum": [
            "buy",
            "sell"
          ]
        },
        "type": {
          "type": "string",
          "enum": [
            "market",
            "limit",
            "stop_loss",
            "take_profit"
          ]
        },
        "quantity": {
          "description": "Base-asset quantity; a multiple of the pair's step size.",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "price": {
          "description": "Limit price (limit orders); an alias of `trigger_price` on stop-loss and take-profit orders; not allowed on market orders.",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "trigger_price": {
          "description": "Trigger price of stop-loss and take-profit orders.",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "client_order_id": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "pattern": "^[A-Za-z0-9._:-]+$",
          "description": "Your own id, unique per agent; a repeat returns the original order."
        }
      },
      "required": [
        "symbol",
        "side",
        "type",
        "quantity"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "order_id",
        "client_order_id",
        "status",
        "symbol",
        "side",
        "type",
        "quantity",
        "requested_quantity",
        "price",
        "trigger_price",
        "executed_quantity",
        "executed_qty",
        "executed_price",
        "slippage_pct",
        "fee",
        "total_cost",
        "locked_asset",
        "locked_amount",
        "cancel_reason",
        "created_at",
        "filled_at",
        "cancelled_at"
      ],
      "additionalProperties": false,
      "properties": {
        "order_id": {
          "type": "string",
          "format": "uuid"
        },
        "client_order_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "status": {
          "type": "string",
          "enum": [
            "pending",
            "filled",
            "cancelled",
            "expired"
          ]
        },
        "symbol": {
          "type": "string"
        },
        "side": {
          "type": "string",
          "enum": [
            "buy",
            "sell"
          ]
        },
        "type": {
          "type": "string",
          "enum": [
            "market",
            "limit",
            "stop_loss",
            "take_profit"
          ]
        },
        "quantity": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "requested_quantity": {
          "type": "string",
          "description": "Same as `quantity`.",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "price": {
          "type": [
            "string",
            "null"
          ],
          "description": "Limit or trigger price; null for market orders."
        },
        "trigger_price": {
          "type": [
            "string",
            "null"
          ],
          "description": "Trigger price of stop-loss and take-profit orders, else null."
        },
        "executed_quantity": {
          "type": [
            "string",
            "null"
          ],
          "description": "Filled quantity (orders fill whole); null until filled."
        },
        "executed_qty": {
          "type": [
            "string",
            "null"
          ],
          "description": "Same as `executed_quantity`."
        },
        "executed_price": {
          "type": [
            "string",
            "null"
          ]
        },
        "slippage_pct": {
          "type": [
            "string",
            "null"
          ],
          "description": "Slippage of the fill in percent (0 for limit fills)."
        },
        "fee": {
          "type": [
            "string",
            "null"
          ],
          "description": "USDT."
        },
        "total_cost": {
          "type": [
            "string",
            "null"
          ],
          "description": "USDT moved by the fill: buys `executed_quantity × executed_price + fee`, sells `… − fee`."
        },
        "locked_asset": {
          "type": [
            "string",
            "null"
          ],
          "description": "What a pending order holds locked; null once it is closed."
        },
        "locked_amount": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "cancel_reason": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "user",
            "expired",
            "reset",
            "insufficient_balance",
            "battle",
            null
          ],
          "description": "Why the order was cancelled: by the user, expired, by a reset, for lack of balance at trigger time, or by a battle (its start or end with `wallet_mode: fresh`, or the agent's elimination)."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "filled_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "cancelled_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a cancelled or expired order closed."
        }
      },
      "examples": [
        {
          "order_id": "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
          "client_order_id": null,
          "status": "filled",
          "symbol": "BTCUSDT",
          "side": "buy",
          "type": "market",
          "quantity": "0.01000000",
          "requested_quantity": "0.01000000",
          "price": null,
          "trigger_price": null,
          "executed_quantity": "0.01000000",
          "executed_qty": "0.01000000",
          "executed_price": "60006.00000000",
          "slippage_pct": "0.01000000",
          "fee": "0.60006000",
          "total_cost": "600.66006000",
          "locked_asset": null,
          "locked_amount": "0.00000000",
          "cancel_reason": null,
          "created_at": "2026-03-19T10:00:01.234Z",
          "filled_at": "2026-03-19T10:00:01.234Z",
          "cancelled_at": null
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "get_order_status",
    "operationId": "getOrder",
    "title": "One order",
    "description": "One order\n\nAn order of the agent in scope. Another agent's order answers `404` like an unknown id.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 ORDER_NOT_FOUND, AGENT_NOT_FOUND: `ORDER_NOT_FOUND`: the agent in scope has no such order; or `AGENT_NOT_FOUND` for an unknown `X-Agent-Id`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/trade/order/{order_id}",
    "pathParams": [
      "order_id"
    ],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "order_id": {
          "type": "string",
          "format": "uuid",
          "description": "The order's id.",
          "examples": [
            "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a"
          ]
        },
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "order_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "order_id",
        "client_order_id",
        "status",
        "symbol",
        "side",
        "type",
        "quantity",
        "requested_quantity",
        "price",
        "trigger_price",
        "executed_quantity",
        "executed_qty",
        "executed_price",
        "slippage_pct",
        "fee",
        "total_cost",
        "locked_asset",
        "locked_amount",
        "cancel_reason",
        "created_at",
        "filled_at",
        "cancelled_at"
      ],
      "additionalProperties": false,
      "properties": {
        "order_id": {
          "type": "string",
          "format": "uuid"
        },
        "client_order_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "status": {
          "type": "string",
          "enum": [
            "pending",
            "filled",
            "cancelled",
            "expired"
          ]
        },
        "symbol": {
          "type": "string"
        },
        "side": {
          "type": "string",
          "enum": [
            "buy",
            "sell"
          ]
        },
        "type": {
          "type": "string",
          "enum": [
            "market",
            "limit",
            "stop_loss",
            "take_profit"
          ]
        },
        "quantity": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "requested_quantity": {
          "type": "string",
          "description": "Same as `quantity`.",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "price": {
          "type": [
            "string",
            "null"
          ],
          "description": "Limit or trigger price; null for market orders."
        },
        "trigger_price": {
          "type": [
            "string",
            "null"
          ],
          "description": "Trigger price of stop-loss and take-profit orders, else null."
        },
        "executed_quantity": {
          "type": [
            "string",
            "null"
          ],
          "description": "Filled quantity (orders fill whole); null until filled."
        },
        "executed_qty": {
          "type": [
            "string",
            "null"
          ],
          "description": "Same as `executed_quantity`."
        },
        "executed_price": {
          "type": [
            "string",
            "null"
          ]
        },
        "slippage_pct": {
          "type": [
            "string",
            "null"
          ],
          "description": "Slippage of the fill in percent (0 for limit fills)."
        },
        "fee": {
          "type": [
            "string",
            "null"
          ],
          "description": "USDT."
        },
        "total_cost": {
          "type": [
            "string",
            "null"
          ],
          "description": "USDT moved by the fill: buys `executed_quantity × executed_price + fee`, sells `… − fee`."
        },
        "locked_asset": {
          "type": [
            "string",
            "null"
          ],
          "description": "What a pending order holds locked; null once it is closed."
        },
        "locked_amount": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "cancel_reason": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "user",
            "expired",
            "reset",
            "insufficient_balance",
            "battle",
            null
          ],
          "description": "Why the order was cancelled: by the user, expired, by a reset, for lack of balance at trigger time, or by a battle (its start or end with `wallet_mode: fresh`, or the agent's elimination)."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "filled_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "cancelled_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a cancelled or expired order closed."
        }
      },
      "examples": [
        {
          "order_id": "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
          "client_order_id": null,
          "status": "filled",
          "symbol": "BTCUSDT",
          "side": "buy",
          "type": "market",
          "quantity": "0.01000000",
          "requested_quantity": "0.01000000",
          "price": null,
          "trigger_price": null,
          "executed_quantity": "0.01000000",
          "executed_qty": "0.01000000",
          "executed_price": "60006.00000000",
          "slippage_pct": "0.01000000",
          "fee": "0.60006000",
          "total_cost": "600.66006000",
          "locked_asset": null,
          "locked_amount": "0.00000000",
          "cancel_reason": null,
          "created_at": "2026-03-19T10:00:01.234Z",
          "filled_at": "2026-03-19T10:00:01.234Z",
          "cancelled_at": null
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "cancel_order",
    "operationId": "cancelOrder",
    "title": "Cancel a pending order",
    "description": "Cancel a pending order\n\nCancels a pending order and releases everything it had locked. An archived agent is read-only: 403 `PERMISSION_DENIED` with `details.reason: agent_archived`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED, PERMISSION_DENIED: `ACCOUNT_SUSPENDED`: the account is suspended or archived; or `PERMISSION_DENIED` with `details.reason: agent_archived`: the agent in scope is archived, and an archived agent is read-only (its data can be read, nothing can change it).\n- 404 ORDER_NOT_FOUND, AGENT_NOT_FOUND: `ORDER_NOT_FOUND`: the agent in scope has no such order; or `AGENT_NOT_FOUND` for an unknown `X-Agent-Id`.\n- 409 ORDER_NOT_CANCELLABLE: `ORDER_NOT_CANCELLABLE`: the order is already filled, cancelled or expired.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "DELETE",
    "path": "/api/v1/trade/order/{order_id}",
    "pathParams": [
      "order_id"
    ],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "order_id": {
          "type": "string",
          "format": "uuid",
          "description": "The order's id.",
          "examples": [
            "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a"
          ]
        },
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "order_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "order_id",
        "status",
        "unlocked_asset",
        "unlocked_amount",
        "cancelled_at",
        "order"
      ],
      "additionalProperties": false,
      "properties": {
        "order_id": {
          "type": "string",
          "format": "uuid"
        },
        "status": {
          "type": "string",
          "const": "cancelled"
        },
        "unlocked_asset": {
          "type": "string"
        },
        "unlocked_amount": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "cancelled_at": {
          "type": "string",
          "format": "date-time"
        },
        "order": {
          "type": "object",
          "required": [
            "order_id",
            "client_order_id",
            "status",
            "symbol",
            "side",
            "type",
            "quantity",
            "requested_quantity",
            "price",
            "trigger_price",
            "executed_quantity",
            "executed_qty",
            "executed_price",
            "slippage_pct",
            "fee",
            "total_cost",
            "locked_asset",
            "locked_amount",
            "cancel_reason",
            "created_at",
            "filled_at",
            "cancelled_at"
          ],
          "additionalProperties": false,
          "properties": {
            "order_id": {
              "type": "string",
              "format": "uuid"
            },
            "client_order_id": {
              "type": [
                "string",
                "null"
              ]
            },
            "status": {
              "type": "string",
              "enum": [
                "pending",
                "filled",
                "cancelled",
                "expired"
              ]
            },
            "symbol": {
              "type": "string"
            },
            "side": {
              "type": "string",
              "enum": [
                "buy",
                "sell"
              ]
            },
            "type": {
              "type": "string",
              "enum": [
                "market",
                "limit",
                "stop_loss",
                "take_profit"
              ]
            },
            "quantity": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "requested_quantity": {
              "type": "string",
              "description": "Same as `quantity`.",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "price": {
              "type": [
                "string",
                "null"
              ],
              "description": "Limit or trigger price; null for market orders."
            },
            "trigger_price": {
              "type": [
                "string",
                "null"
              ],
              "description": "Trigger price of stop-loss and take-profit orders, else null."
            },
            "executed_quantity": {
              "type": [
                "string",
                "null"
              ],
              "description": "Filled quantity (orders fill whole); null until filled."
            },
            "executed_qty": {
              "type": [
                "string",
                "null"
              ],
              "description": "Same as `executed_quantity`."
            },
            "executed_price": {
              "type": [
                "string",
                "null"
              ]
            },
            "slippage_pct": {
              "type": [
                "string",
                "null"
              ],
              "description": "Slippage of the fill in percent (0 for limit fills)."
            },
            "fee": {
              "type": [
                "string",
                "null"
              ],
              "description": "USDT."
            },
            "total_cost": {
              "type": [
                "string",
                "null"
              ],
              "description": "USDT moved by the fill: buys `executed_quantity × executed_price + fee`, sells `… − fee`."
            },
            "locked_asset": {
              "type": [
                "string",
                "null"
              ],
              "description": "What a pending order holds locked; null once it is closed."
            },
            "locked_amount": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "cancel_reason": {
              "type": [
                "string",
                "null"
              ],
              "enum": [
                "user",
                "expired",
                "reset",
                "insufficient_balance",
                "battle",
                null
              ],
              "description": "Why the order was cancelled: by the user, expired, by a reset, for lack of balance at trigger time, or by a battle (its start or end with `wallet_mode: fresh`, or the agent's elimination)."
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "filled_at": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            },
            "cancelled_at": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time",
              "description": "When a cancelled or expired order closed."
            }
          },
          "examples": [
            {
              "order_id": "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
              "client_order_id": null,
              "status": "filled",
              "symbol": "BTCUSDT",
              "side": "buy",
              "type": "market",
              "quantity": "0.01000000",
              "requested_quantity": "0.01000000",
              "price": null,
              "trigger_price": null,
              "executed_quantity": "0.01000000",
              "executed_qty": "0.01000000",
              "executed_price": "60006.00000000",
              "slippage_pct": "0.01000000",
              "fee": "0.60006000",
              "total_cost": "600.66006000",
              "locked_asset": null,
              "locked_amount": "0.00000000",
              "cancel_reason": null,
              "created_at": "2026-03-19T10:00:01.234Z",
              "filled_at": "2026-03-19T10:00:01.234Z",
              "cancelled_at": null
            }
          ]
        }
      },
      "examples": [
        {
          "order_id": "019d0589-a500-7076-af41-2d164298c4fe",
          "status": "cancelled",
          "unlocked_asset": "USDT",
          "unlocked_amount": "1651.65000000",
          "cancelled_at": "2026-03-19T11:00:00.000Z",
          "order": {
            "order_id": "019d0589-a500-7076-af41-2d164298c4fe",
            "client_order_id": "eth-dip-1",
            "status": "cancelled",
            "symbol": "ETHUSDT",
            "side": "buy",
            "type": "limit",
            "quantity": "0.50000000",
            "requested_quantity": "0.50000000",
            "price": "3300.00000000",
            "trigger_price": null,
            "executed_quantity": null,
            "executed_qty": null,
            "executed_price": null,
            "slippage_pct": null,
            "fee": null,
            "total_cost": null,
            "locked_asset": null,
            "locked_amount": "0.00000000",
            "cancel_reason": "user",
            "created_at": "2026-03-19T10:00:00.000Z",
            "filled_at": null,
            "cancelled_at": "2026-03-19T11:00:00.000Z"
          }
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "list_orders",
    "operationId": "listOrders",
    "title": "Orders of the agent",
    "description": "Orders of the agent\n\nNewest first. `total` counts every matching order.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/trade/orders",
    "pathParams": [],
    "queryParams": [
      "status",
      "symbol",
      "limit",
      "offset"
    ],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "status": {
          "type": "string",
          "enum": [
            "pending",
            "filled",
            "cancelled",
            "expired"
          ],
          "description": "Only orders in this state.",
          "examples": [
            "filled"
          ]
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "Only this pair (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500,
          "default": 100,
          "description": "Most items to return.",
          "examples": [
            100
          ]
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100000,
          "default": 0,
          "description": "Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like\nevery integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a\n`422 VALIDATION_ERROR` naming the field).",
          "examples": [
            0
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "orders",
        "total",
        "limit",
        "offset"
      ],
      "additionalProperties": false,
      "properties": {
        "orders": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "order_id",
              "client_order_id",
              "status",
              "symbol",
              "side",
              "type",
              "quantity",
              "requested_quantity",
              "price",
              "trigger_price",
              "executed_quantity",
              "executed_qty",
              "executed_price",
              "slippage_pct",
              "fee",
              "total_cost",
              "locked_asset",
              "locked_amount",
              "cancel_reason",
              "created_at",
              "filled_at",
              "cancelled_at"
            ],
            "additionalProperties": false,
            "properties": {
              "order_id": {
                "type": "string",
                "format": "uuid"
              },
              "client_order_id": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "status": {
                "type": "string",
                "enum": [
                  "pending",
                  "filled",
                  "cancelled",
                  "expired"
                ]
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "requested_quantity": {
                "type": "string",
                "description": "Same as `quantity`.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Limit or trigger price; null for market orders."
              },
              "trigger_price": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Trigger price of stop-loss and take-profit orders, else null."
              },
              "executed_quantity": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Filled quantity (orders fill whole); null until filled."
              },
              "executed_qty": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Same as `executed_quantity`."
              },
              "executed_price": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "slippage_pct": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Slippage of the fill in percent (0 for limit fills)."
              },
              "fee": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "USDT."
              },
              "total_cost": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "USDT moved by the fill: buys `executed_quantity × executed_price + fee`, sells `… − fee`."
              },
              "locked_asset": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "What a pending order holds locked; null once it is closed."
              },
              "locked_amount": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "cancel_reason": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "user",
                  "expired",
                  "reset",
                  "insufficient_balance",
                  "battle",
                  null
                ],
                "description": "Why the order was cancelled: by the user, expired, by a reset, for lack of balance at trigger time, or by a battle (its start or end with `wallet_mode: fresh`, or the agent's elimination)."
              },
              "created_at": {
                "type": "string",
                "format": "date-time"
              },
              "filled_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              },
              "cancelled_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a cancelled or expired order closed."
              }
            },
            "examples": [
              {
                "order_id": "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
                "client_order_id": null,
                "status": "filled",
                "symbol": "BTCUSDT",
                "side": "buy",
                "type": "market",
                "quantity": "0.01000000",
                "requested_quantity": "0.01000000",
                "price": null,
                "trigger_price": null,
                "executed_quantity": "0.01000000",
                "executed_qty": "0.01000000",
                "executed_price": "60006.00000000",
                "slippage_pct": "0.01000000",
                "fee": "0.60006000",
                "total_cost": "600.66006000",
                "locked_asset": null,
                "locked_amount": "0.00000000",
                "cancel_reason": null,
                "created_at": "2026-03-19T10:00:01.234Z",
                "filled_at": "2026-03-19T10:00:01.234Z",
                "cancelled_at": null
              }
            ]
          }
        },
        "total": {
          "type": "integer",
          "description": "Every matching order, over all pages."
        },
        "limit": {
          "type": "integer"
        },
        "offset": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "orders": [
            {
              "order_id": "019d0589-a500-7078-8c01-0880c5dbf186",
              "client_order_id": null,
              "status": "pending",
              "symbol": "BTCUSDT",
              "side": "sell",
              "type": "stop_loss",
              "quantity": "0.01000000",
              "requested_quantity": "0.01000000",
              "price": "62000.00000000",
              "trigger_price": "62000.00000000",
              "executed_quantity": null,
              "executed_qty": null,
              "executed_price": null,
              "slippage_pct": null,
              "fee": null,
              "total_cost": null,
              "locked_asset": "BTC",
              "locked_amount": "0.01000000",
              "cancel_reason": null,
              "created_at": "2026-03-19T10:00:00.000Z",
              "filled_at": null,
              "cancelled_at": null
            },
            {
              "order_id": "019d0589-a500-7076-af41-2d164298c4fe",
              "client_order_id": "eth-dip-1",
              "status": "pending",
              "symbol": "ETHUSDT",
              "side": "buy",
              "type": "limit",
              "quantity": "0.50000000",
              "requested_quantity": "0.50000000",
              "price": "3300.00000000",
              "trigger_price": null,
              "executed_quantity": null,
              "executed_qty": null,
              "executed_price": null,
              "slippage_pct": null,
              "fee": null,
              "total_cost": null,
              "locked_asset": "USDT",
              "locked_amount": "1651.65000000",
              "cancel_reason": null,
              "created_at": "2026-03-19T10:00:00.000Z",
              "filled_at": null,
              "cancelled_at": null
            }
          ],
          "total": 4,
          "limit": 2,
          "offset": 0
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_open_orders",
    "operationId": "listOpenOrders",
    "title": "Pending orders of the agent",
    "description": "Pending orders of the agent\n\nNewest first.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/trade/orders/open",
    "pathParams": [],
    "queryParams": [
      "limit",
      "offset"
    ],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500,
          "default": 100,
          "description": "Most items to return.",
          "examples": [
            100
          ]
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100000,
          "default": 0,
          "description": "Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like\nevery integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a\n`422 VALIDATION_ERROR` naming the field).",
          "examples": [
            0
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "orders",
        "total",
        "limit",
        "offset"
      ],
      "additionalProperties": false,
      "properties": {
        "orders": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "order_id",
              "client_order_id",
              "status",
              "symbol",
              "side",
              "type",
              "quantity",
              "requested_quantity",
              "price",
              "trigger_price",
              "executed_quantity",
              "executed_qty",
              "executed_price",
              "slippage_pct",
              "fee",
              "total_cost",
              "locked_asset",
              "locked_amount",
              "cancel_reason",
              "created_at",
              "filled_at",
              "cancelled_at"
            ],
            "additionalProperties": false,
            "properties": {
              "order_id": {
                "type": "string",
                "format": "uuid"
              },
              "client_order_id": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "status": {
                "type": "string",
                "enum": [
                  "pending",
                  "filled",
                  "cancelled",
                  "expired"
                ]
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "requested_quantity": {
                "type": "string",
                "description": "Same as `quantity`.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Limit or trigger price; null for market orders."
              },
              "trigger_price": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Trigger price of stop-loss and take-profit orders, else null."
              },
              "executed_quantity": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Filled quantity (orders fill whole); null until filled."
              },
              "executed_qty": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Same as `executed_quantity`."
              },
              "executed_price": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "slippage_pct": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Slippage of the fill in percent (0 for limit fills)."
              },
              "fee": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "USDT."
              },
              "total_cost": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "USDT moved by the fill: buys `executed_quantity × executed_price + fee`, sells `… − fee`."
              },
              "locked_asset": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "What a pending order holds locked; null once it is closed."
              },
              "locked_amount": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "cancel_reason": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "user",
                  "expired",
                  "reset",
                  "insufficient_balance",
                  "battle",
                  null
                ],
                "description": "Why the order was cancelled: by the user, expired, by a reset, for lack of balance at trigger time, or by a battle (its start or end with `wallet_mode: fresh`, or the agent's elimination)."
              },
              "created_at": {
                "type": "string",
                "format": "date-time"
              },
              "filled_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              },
              "cancelled_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a cancelled or expired order closed."
              }
            },
            "examples": [
              {
                "order_id": "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
                "client_order_id": null,
                "status": "filled",
                "symbol": "BTCUSDT",
                "side": "buy",
                "type": "market",
                "quantity": "0.01000000",
                "requested_quantity": "0.01000000",
                "price": null,
                "trigger_price": null,
                "executed_quantity": "0.01000000",
                "executed_qty": "0.01000000",
                "executed_price": "60006.00000000",
                "slippage_pct": "0.01000000",
                "fee": "0.60006000",
                "total_cost": "600.66006000",
                "locked_asset": null,
                "locked_amount": "0.00000000",
                "cancel_reason": null,
                "created_at": "2026-03-19T10:00:01.234Z",
                "filled_at": "2026-03-19T10:00:01.234Z",
                "cancelled_at": null
              }
            ]
          }
        },
        "total": {
          "type": "integer",
          "description": "Every matching order, over all pages."
        },
        "limit": {
          "type": "integer"
        },
        "offset": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "orders": [
            {
              "order_id": "019d0589-a500-7078-8c01-0880c5dbf186",
              "client_order_id": null,
              "status": "pending",
              "symbol": "BTCUSDT",
              "side": "sell",
              "type": "stop_loss",
              "quantity": "0.01000000",
              "requested_quantity": "0.01000000",
              "price": "62000.00000000",
              "trigger_price": "62000.00000000",
              "executed_quantity": null,
              "executed_qty": null,
              "executed_price": null,
              "slippage_pct": null,
              "fee": null,
              "total_cost": null,
              "locked_asset": "BTC",
              "locked_amount": "0.01000000",
              "cancel_reason": null,
              "created_at": "2026-03-19T10:00:00.000Z",
              "filled_at": null,
              "cancelled_at": null
            },
            {
              "order_id": "019d0589-a500-7076-af41-2d164298c4fe",
              "client_order_id": "eth-dip-1",
              "status": "pending",
              "symbol": "ETHUSDT",
              "side": "buy",
              "type": "limit",
              "quantity": "0.50000000",
              "requested_quantity": "0.50000000",
              "price": "3300.00000000",
              "trigger_price": null,
              "executed_quantity": null,
              "executed_qty": null,
              "executed_price": null,
              "slippage_pct": null,
              "fee": null,
              "total_cost": null,
              "locked_asset": "USDT",
              "locked_amount": "1651.65000000",
              "cancel_reason": null,
              "created_at": "2026-03-19T10:00:00.000Z",
              "filled_at": null,
              "cancelled_at": null
            }
          ],
          "total": 4,
          "limit": 2,
          "offset": 0
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "cancel_all_orders",
    "operationId": "cancelOpenOrders",
    "title": "Cancel every pending order of the agent",
    "description": "Cancel every pending order of the agent\n\nReleases every lock; `unlocked` lists the amounts per asset. An archived agent is read-only: 403 `PERMISSION_DENIED` with `details.reason: agent_archived`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED, PERMISSION_DENIED: `ACCOUNT_SUSPENDED`: the account is suspended or archived; or `PERMISSION_DENIED` with `details.reason: agent_archived`: the agent in scope is archived, and an archived agent is read-only (its data can be read, nothing can change it).\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "DELETE",
    "path": "/api/v1/trade/orders/open",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "cancelled_count",
        "order_ids",
        "unlocked",
        "total_unlocked"
      ],
      "additionalProperties": false,
      "properties": {
        "cancelled_count": {
          "type": "integer"
        },
        "order_ids": {
          "type": "array",
          "items": {
            "type": "string",
            "format": "uuid"
          }
        },
        "unlocked": {
          "type": "object",
          "description": "Released amount per asset.",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        },
        "total_unlocked": {
          "type": "string",
          "description": "USDT released (locks of other assets are in `unlocked`).",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        }
      },
      "examples": [
        {
          "cancelled_count": 2,
          "order_ids": [
            "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
            "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1b"
          ],
          "unlocked": {
            "USDT": "600.60000000",
            "BTC": "0.01000000"
          },
          "total_unlocked": "600.60000000"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_trade_history",
    "operationId": "getTradeHistory",
    "title": "Fills of the agent",
    "description": "Fills of the agent\n\nNewest first; one fill per filled order. `total` counts every matching fill.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/trade/history",
    "pathParams": [],
    "queryParams": [
      "symbol",
      "side",
      "limit",
      "offset"
    ],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "Only this pair (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        },
        "side": {
          "type": "string",
          "enum": [
            "buy",
            "sell"
          ],
          "description": "Only this side.",
          "examples": [
            "buy"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500,
          "default": 50,
          "description": "Most fills to return.",
          "examples": [
            50
          ]
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100000,
          "default": 0,
          "description": "Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like\nevery integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a\n`422 VALIDATION_ERROR` naming the field).",
          "examples": [
            0
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "trades",
        "total",
        "limit",
        "offset"
      ],
      "additionalProperties": false,
      "properties": {
        "trades": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "trade_id",
              "order_id",
              "symbol",
              "side",
              "quantity",
              "price",
              "fee",
              "total",
              "realized_pnl",
              "slippage_pct",
              "executed_at"
            ],
            "additionalProperties": false,
            "properties": {
              "trade_id": {
                "type": "string",
                "format": "uuid"
              },
              "order_id": {
                "type": "string",
                "format": "uuid"
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "fee": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "total": {
                "type": "string",
                "description": "quantity × price, fee excluded.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "realized_pnl": {
                "type": "string",
                "description": "Sells — proceeds minus the cost basis released (fees excluded); buys — 0.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "slippage_pct": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "executed_at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "total": {
          "type": "integer"
        },
        "limit": {
          "type": "integer"
        },
        "offset": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "trades": [
            {
              "trade_id": "019d0589-a500-7075-907a-80f086ad0e12",
              "order_id": "019d0589-a500-7074-9916-ebd5bdf7f101",
              "symbol": "BTCUSDT",
              "side": "sell",
              "quantity": "0.01000000",
              "price": "65193.48000000",
              "fee": "0.65193480",
              "total": "651.93480000",
              "realized_pnl": "11.87080000",
              "slippage_pct": "0.01000000",
              "executed_at": "2026-03-19T10:00:00.000Z"
            },
            {
              "trade_id": "019d0552-b680-7034-b466-3a125bbf4985",
              "order_id": "019d0552-b680-7033-ae9d-5b85f69a159e",
              "symbol": "BTCUSDT",
              "side": "buy",
              "quantity": "0.02000000",
              "price": "64006.40000000",
              "fee": "1.28012800",
              "total": "1280.12800000",
              "realized_pnl": "0.00000000",
              "slippage_pct": "0.01000000",
              "executed_at": "2026-03-19T09:00:00.000Z"
            }
          ],
          "total": 2,
          "limit": 2,
          "offset": 0
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_positions",
    "operationId": "getPositions",
    "title": "Open positions of the agent",
    "description": "Open positions of the agent\n\nLong positions with quantity above zero, valued at the last price. `current_price` is never\nnull: while the feed has no price for a pair (after a restart, before its first tick) it is\nthe price of the position's last fill (its average entry if that is unknown),\n`price_available` is `false` and the position is valued at cost.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/account/positions",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "positions",
        "total_unrealized_pnl"
      ],
      "additionalProperties": false,
      "properties": {
        "positions": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "symbol",
              "asset",
              "quantity",
              "avg_entry_price",
              "current_price",
              "price_available",
              "market_value",
              "cost_basis",
              "unrealized_pnl",
              "unrealized_pnl_pct",
              "realized_pnl",
              "opened_at"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string"
              },
              "asset": {
                "type": "string"
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "avg_entry_price": {
                "type": "string",
                "description": "Cost basis / quantity (fees excluded).",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "current_price": {
                "type": "string",
                "description": "The feed's last price; while the feed has none, the price of the position's last fill\n(its average entry if that is unknown) and `price_available` is false.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price_available": {
                "type": "boolean",
                "description": "False when the feed has no price for the pair; the position is then valued at cost."
              },
              "market_value": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "cost_basis": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "unrealized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "unrealized_pnl_pct": {
                "type": "string",
                "description": "unrealized / cost basis × 100, 2 decimals."
              },
              "realized_pnl": {
                "type": "string",
                "description": "Realized on this symbol, all sessions' fills since the position row opened.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "opened_at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "total_unrealized_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        }
      },
      "examples": [
        {
          "positions": [
            {
              "symbol": "BTCUSDT",
              "asset": "BTC",
              "quantity": "0.01000000",
              "avg_entry_price": "64006.40000000",
              "current_price": "64800.00000000",
              "price_available": true,
              "market_value": "648.00000000",
              "cost_basis": "640.06400000",
              "unrealized_pnl": "7.93600000",
              "unrealized_pnl_pct": "1.24",
              "realized_pnl": "11.87080000",
              "opened_at": "2026-03-19T09:00:00.000Z"
            }
          ],
          "total_unrealized_pnl": "7.93600000"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_portfolio",
    "operationId": "getPortfolio",
    "title": "Portfolio of the agent",
    "description": "Portfolio of the agent\n\nCash, positions at the last price and PnL of the current session.\n`total_equity` = `available_cash` + `locked_cash` + `total_position_value`;\n`total_pnl` = `total_equity` − `starting_balance` = `realized_pnl` + `unrealized_pnl` − `fees_paid`;\n`roi_pct` = `total_pnl` / `starting_balance` × 100.\n\nCost: the session's realized PnL and fees are running totals kept with each fill (one row\nread), and positions are one row per symbol held, so the reply costs the same however long\nthe agent has traded.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/account/portfolio",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "total_equity",
        "available_cash",
        "locked_cash",
        "total_position_value",
        "unrealized_pnl",
        "realized_pnl",
        "fees_paid",
        "total_pnl",
        "roi_pct",
        "starting_balance",
        "positions",
        "timestamp"
      ],
      "additionalProperties": false,
      "properties": {
        "total_equity": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "available_cash": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "locked_cash": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "total_position_value": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "unrealized_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "realized_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "fees_paid": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "total_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "roi_pct": {
          "type": "string",
          "description": "total_pnl / starting_balance × 100, 2 decimals."
        },
        "starting_balance": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "positions": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "symbol",
              "asset",
              "quantity",
              "avg_entry_price",
              "current_price",
              "price_available",
              "market_value",
              "cost_basis",
              "unrealized_pnl",
              "unrealized_pnl_pct",
              "realized_pnl",
              "opened_at"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string"
              },
              "asset": {
                "type": "string"
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "avg_entry_price": {
                "type": "string",
                "description": "Cost basis / quantity (fees excluded).",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "current_price": {
                "type": "string",
                "description": "The feed's last price; while the feed has none, the price of the position's last fill\n(its average entry if that is unknown) and `price_available` is false.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price_available": {
                "type": "boolean",
                "description": "False when the feed has no price for the pair; the position is then valued at cost."
              },
              "market_value": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "cost_basis": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "unrealized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "unrealized_pnl_pct": {
                "type": "string",
                "description": "unrealized / cost basis × 100, 2 decimals."
              },
              "realized_pnl": {
                "type": "string",
                "description": "Realized on this symbol, all sessions' fills since the position row opened.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "opened_at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "timestamp": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "total_equity": "10017.87473720",
          "available_cash": "7718.22473720",
          "locked_cash": "1651.65000000",
          "total_position_value": "648.00000000",
          "unrealized_pnl": "7.93600000",
          "realized_pnl": "11.87080000",
          "fees_paid": "1.93206280",
          "total_pnl": "17.87473720",
          "roi_pct": "0.18",
          "starting_balance": "10000.00000000",
          "positions": [
            {
              "symbol": "BTCUSDT",
              "asset": "BTC",
              "quantity": "0.01000000",
              "avg_entry_price": "64006.40000000",
              "current_price": "64800.00000000",
              "price_available": true,
              "market_value": "648.00000000",
              "cost_basis": "640.06400000",
              "unrealized_pnl": "7.93600000",
              "unrealized_pnl_pct": "1.24",
              "realized_pnl": "11.87080000",
              "opened_at": "2026-03-19T09:00:00.000Z"
            }
          ],
          "timestamp": "2026-03-19T11:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_pnl",
    "operationId": "getPnl",
    "title": "Profit and loss over a period",
    "description": "Profit and loss over a period\n\n`realized_pnl`, `fees_paid` and the win/loss counts cover fills in the period (`1d` is the\ncurrent UTC day; `7d` and `30d` roll, counted in whole UTC hours from the hour holding their\nstart, which `since` gives; `all` is everything); `unrealized_pnl` is as of now.\n`total_pnl` = realized + unrealized; `net_pnl` = `total_pnl` − `fees_paid`.\n\nA trade is a sell. Its net PnL is its realized PnL less its own fee and its pro-rata share of\nthe fees paid on the buys that built the position (allocated by quantity sold / quantity\nheld), so no fee is lost between trades. A winning trade has a positive net PnL, a losing\none a negative net PnL; `win_rate` = wins / (wins + losses) × 100, and `\"0.00\"` when there\nis neither, with `not_computable: [\"win_rate\"]` saying so.\n\nCost: running totals are kept with each fill per agent (all time) and per agent and UTC\nhour, so `all` reads one row and the other periods at most one row per hour of the period,\nhowever long the agent has traded.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/account/pnl",
    "pathParams": [],
    "queryParams": [
      "period"
    ],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "period": {
          "type": "string",
          "enum": [
            "1d",
            "7d",
            "30d",
            "all"
          ],
          "default": "all",
          "description": "`1d` (today, UTC), `7d`, `30d` (rolling) or `all`.",
          "examples": [
            "7d"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "period",
        "since",
        "realized_pnl",
        "unrealized_pnl",
        "total_pnl",
        "fees_paid",
        "net_pnl",
        "winning_trades",
        "losing_trades",
        "win_rate",
        "not_computable"
      ],
      "additionalProperties": false,
      "properties": {
        "period": {
          "type": "string",
          "enum": [
            "1d",
            "7d",
            "30d",
            "all"
          ]
        },
        "since": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "Start of the period; null for `all`."
        },
        "realized_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "unrealized_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "total_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "fees_paid": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "net_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "winning_trades": {
          "type": "integer"
        },
        "losing_trades": {
          "type": "integer"
        },
        "win_rate": {
          "type": "string",
          "pattern": "^[0-9]+\\.[0-9]{2}$",
          "description": "Percent, 2 decimals; `\"0.00\"` when no trade won or lost (then listed in `not_computable`)."
        },
        "not_computable": {
          "type": "array",
          "description": "The documented metrics sent as zero because the data does not define them.",
          "items": {
            "type": "string",
            "enum": [
              "win_rate"
            ]
          }
        }
      },
      "examples": [
        {
          "period": "7d",
          "since": "2026-03-12T11:00:00.000Z",
          "realized_pnl": "11.87080000",
          "unrealized_pnl": "7.93600000",
          "total_pnl": "19.80680000",
          "fees_paid": "1.93206280",
          "net_pnl": "17.87473720",
          "winning_trades": 1,
          "losing_trades": 0,
          "win_rate": "100.00",
          "not_computable": []
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "reset_account",
    "operationId": "resetAccount",
    "title": "Reset the agent in scope to a clean start",
    "description": "Reset the agent in scope to a clean start\n\nCancels the agent's open orders, closes its positions, sets its wallet to its starting balance\n(or `new_starting_balance`, which then becomes its starting balance) and starts a new trading\nsession. Trade history is kept under the previous session. `confirm` must be `true`.\n`starting_balance` is accepted as an alias of `new_starting_balance`; sending both with\ndifferent values is a validation error (422). An archived agent is read-only: 403 `PERMISSION_DENIED` with `details.reason: agent_archived`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED, PERMISSION_DENIED: `ACCOUNT_SUSPENDED`: the account is suspended or archived; or `PERMISSION_DENIED` with `details.reason: agent_archived`: the agent in scope is archived, and an archived agent is read-only (its data can be read, nothing can change it).\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/account/reset",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": [
      "confirm",
      "new_starting_balance",
      "starting_balance"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "confirm": {
          "type": "boolean",
          "const": true,
          "description": "Must be `true`."
        },
        "new_starting_balance": {
          "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "starting_balance": {
          "description": "Alias of `new_starting_balance`.",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        }
      },
      "required": [
        "confirm"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "message",
        "previous_session",
        "new_session"
      ],
      "additionalProperties": false,
      "properties": {
        "message": {
          "type": "string"
        },
        "previous_session": {
          "type": "object",
          "required": [
            "session_id",
            "started_at",
            "ending_equity",
            "total_pnl",
            "duration_days"
          ],
          "additionalProperties": false,
          "properties": {
            "session_id": {
              "type": "string",
              "format": "uuid"
            },
            "started_at": {
              "type": "string",
              "format": "date-time"
            },
            "ending_equity": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "total_pnl": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "duration_days": {
              "type": "integer"
            }
          }
        },
        "new_session": {
          "type": "object",
          "required": [
            "session_id",
            "starting_balance",
            "started_at"
          ],
          "additionalProperties": false,
          "properties": {
            "session_id": {
              "type": "string",
              "format": "uuid"
            },
            "starting_balance": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "started_at": {
              "type": "string",
              "format": "date-time"
            }
          }
        }
      },
      "examples": [
        {
          "message": "Account reset successful.",
          "previous_session": {
            "session_id": "019d0552-b680-7032-8946-3a59fde8ab30",
            "started_at": "2026-03-19T09:00:00.000Z",
            "ending_equity": "10017.87473720",
            "total_pnl": "17.87473720",
            "duration_days": 0
          },
          "new_session": {
            "session_id": "019d05c0-9380-7038-8486-0eefa7a94c85",
            "starting_balance": "10000.00000000",
            "started_at": "2026-03-19T11:00:00.000Z"
          }
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "get_performance",
    "operationId": "getPerformance",
    "title": "Performance metrics of the agent in scope",
    "description": "Performance metrics of the agent in scope\n\nRisk and return of the agent's current trading session (since its registration or last\nreset) within a period, from its portfolio snapshots and its closed trades (sell fills). A\nsession that began inside the period is measured from its starting balance (a first point\nat the session start); snapshots valued before the session began are not used.\n\nSnapshots: minute ones for `1d` and `7d`, hourly ones for `30d`, `90d` and for `all` while\nthe session is at most 90 days old, daily ones beyond; at most the newest 10 080 rows.\nTrades: the running totals kept with each fill — one row for `all`, one per UTC hour of the\nperiod otherwise (counted from the hour holding the period start). So the cost of the reply\ndoes not grow with the agent's history.\n\nA trade's net PnL = realized PnL − its fee − its pro-rata share of the opening fees (the\nfees of the buys that built the position, by quantity sold / quantity held).\n\nDocumented metrics are never `null`: one that is undefined for the data (too few\nsnapshots, no losing period, no trades, no losses) is sent as zero in its format, its name\nis listed in `not_computable`, and `insufficient_data` is `true`.\n\n- total return = (E_last − E_first) / E_first, in percent.\n- periodic returns r_i = E_i / E_{i−1} − 1 between consecutive snapshots (skipped when\n  E_{i−1} ≤ 0); n returns, mean r̄.\n- sample deviation s = √(Σ (r_i − r̄)² / (n − 1)); downside deviation\n  d = √(Σ min(r_i, 0)² / (n − 1)).\n- Sharpe = r̄ / s × √P and Sortino = r̄ / d × √P, risk-free rate 0, P = periods per year =\n  365 × 86 400 000 / Δ with Δ the snapshots' mean spacing in ms; null when n < 2, s = 0\n  (Sharpe) or no negative return (Sortino).\n- max drawdown = max over time of (running peak − E) / running peak, in percent; its\n  duration runs from that peak to the first return to it (or to the last snapshot).\n- win rate = winning / (winning + losing) trades, in percent (break-even trades count in\n  neither); profit factor = gross profit / |gross loss| (null without losses); average\n  win and loss, best and worst trade are exact USDT amounts; streaks count consecutive\n  winning or losing trades, passing over break-even ones.\n- `max_drawdown_duration_days` = whole days of `max_drawdown_duration_seconds`;\n  `avg_trades_per_day` = closed trades / days measured (at least one day).\n\nRatios are rounded once to 6 decimals, percentages to 4.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/analytics/performance",
    "pathParams": [],
    "queryParams": [
      "period"
    ],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "period": {
          "type": "string",
          "enum": [
            "1d",
            "7d",
            "30d",
            "90d",
            "all"
          ],
          "default": "all",
          "description": "`1d`, `7d`, `30d`, `90d` (the last N × 24 hours) or `all`.",
          "examples": [
            "7d"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "period",
        "agent_id",
        "since",
        "session_started_at",
        "snapshot_interval",
        "data_points",
        "insufficient_data",
        "not_computable",
        "total_return_pct",
        "sharpe_ratio",
        "sortino_ratio",
        "max_drawdown_pct",
        "max_drawdown_duration_days",
        "max_drawdown_duration_seconds",
        "win_rate",
        "profit_factor",
        "avg_win",
        "avg_loss",
        "best_trade",
        "worst_trade",
        "net_pnl",
        "total_trades",
        "avg_trades_per_day",
        "winning_trades",
        "losing_trades",
        "break_even_trades",
        "longest_win_streak",
        "longest_loss_streak",
        "current_streak"
      ],
      "additionalProperties": false,
      "properties": {
        "period": {
          "type": "string",
          "enum": [
            "1d",
            "7d",
            "30d",
            "90d",
            "all"
          ]
        },
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "since": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "Start of the period; null for `all`."
        },
        "session_started_at": {
          "type": "string",
          "format": "date-time",
          "description": "Start of the trading session measured (registration or last reset)."
        },
        "snapshot_interval": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ]
        },
        "data_points": {
          "type": "integer",
          "description": "Snapshots used."
        },
        "insufficient_data": {
          "type": "boolean",
          "description": "True when some documented metric could not be computed and is sent as zero."
        },
        "not_computable": {
          "type": "array",
          "description": "The documented metrics sent as zero because the data does not define them.",
          "items": {
            "type": "string",
            "enum": [
              "sharpe_ratio",
              "sortino_ratio",
              "max_drawdown_pct",
              "max_drawdown_duration_days",
              "win_rate",
              "profit_factor",
              "avg_win",
              "avg_loss",
              "best_trade",
              "worst_trade"
            ]
          }
        },
        "total_return_pct": {
          "type": [
            "string",
            "null"
          ],
          "pattern": "^-?[0-9]+\\.[0-9]{4}$",
          "description": "A percentage with 4 decimals, or null when undefined."
        },
        "sharpe_ratio": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{6}$",
          "description": "A ratio with 6 decimals."
        },
        "sortino_ratio": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{6}$",
          "description": "A ratio with 6 decimals."
        },
        "max_drawdown_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{4}$",
          "description": "A percentage with 4 decimals."
        },
        "max_drawdown_duration_days": {
          "type": "integer",
          "minimum": 0,
          "description": "Whole days from the peak of the deepest drawdown to its recovery (or the last snapshot)."
        },
        "max_drawdown_duration_seconds": {
          "type": [
            "integer",
            "null"
          ]
        },
        "win_rate": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{4}$",
          "description": "A percentage with 4 decimals."
        },
        "profit_factor": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{6}$",
          "description": "A ratio with 6 decimals."
        },
        "avg_win": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "avg_loss": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "best_trade": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "worst_trade": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "net_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "total_trades": {
          "type": "integer"
        },
        "avg_trades_per_day": {
          "type": "string",
          "pattern": "^[0-9]+\\.[0-9]{2}$",
          "description": "Closed trades per day measured, 2 decimals."
        },
        "winning_trades": {
          "type": "integer"
        },
        "losing_trades": {
          "type": "integer"
        },
        "break_even_trades": {
          "type": "integer"
        },
        "longest_win_streak": {
          "type": "integer"
        },
        "longest_loss_streak": {
          "type": "integer"
        },
        "current_streak": {
          "type": "integer",
          "description": "+k after k winning trades in a row, −k after k losing ones."
        }
      },
      "examples": [
        {
          "period": "7d",
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "since": "2026-03-12T10:00:00.000Z",
          "session_started_at": "2026-03-01T08:00:00.000Z",
          "snapshot_interval": "1m",
          "data_points": 10080,
          "insufficient_data": true,
          "not_computable": [
            "profit_factor",
            "avg_loss"
          ],
          "total_return_pct": "2.4120",
          "sharpe_ratio": "1.853210",
          "sortino_ratio": "2.410032",
          "max_drawdown_pct": "3.1000",
          "max_drawdown_duration_days": 1,
          "max_drawdown_duration_seconds": 86400,
          "win_rate": "100.0000",
          "profit_factor": "0.000000",
          "avg_win": "20.10000000",
          "avg_loss": "0.00000000",
          "best_trade": "120.00000000",
          "worst_trade": "1.50000000",
          "net_pnl": "241.20000000",
          "total_trades": 12,
          "avg_trades_per_day": "1.71",
          "winning_trades": 12,
          "losing_trades": 0,
          "break_even_trades": 0,
          "longest_win_streak": 12,
          "longest_loss_streak": 0,
          "current_streak": 12
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_portfolio_history",
    "operationId": "getPortfolioHistory",
    "title": "Equity history of the agent in scope",
    "description": "Equity history of the agent in scope\n\nThe newest `limit` snapshots of the chosen interval, oldest first. Snapshots are taken\nevery minute (kept 7 days), every hour and every day (kept), aligned to UTC.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/analytics/portfolio/history",
    "pathParams": [],
    "queryParams": [
      "interval",
      "limit"
    ],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "interval": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1h",
          "description": "Snapshot interval.",
          "examples": [
            "1h"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 100,
          "description": "Most snapshots to return.",
          "examples": [
            100
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "agent_id",
        "interval",
        "snapshots"
      ],
      "additionalProperties": false,
      "properties": {
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "interval": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ]
        },
        "snapshots": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "time",
              "total_equity",
              "available_cash",
              "locked_cash",
              "position_value",
              "unrealized_pnl",
              "realized_pnl",
              "fees_paid"
            ],
            "additionalProperties": false,
            "properties": {
              "time": {
                "type": "string",
                "format": "date-time",
                "description": "Start of the minute, hour or day the snapshot stands for (UTC)."
              },
              "total_equity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "available_cash": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "locked_cash": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "position_value": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "unrealized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "realized_pnl": {
                "type": "string",
                "description": "Cumulative realized PnL of the agent.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "fees_paid": {
                "type": "string",
                "description": "Cumulative fees of the agent.",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "agent_id": "019d0552-b680-7031-96f4-19b61b6a150d",
          "interval": "1h",
          "snapshots": [
            {
              "time": "2026-03-19T09:00:00.000Z",
              "total_equity": "10000.00000000",
              "available_cash": "10000.00000000",
              "locked_cash": "0.00000000",
              "position_value": "0.00000000",
              "unrealized_pnl": "0.00000000",
              "realized_pnl": "0.00000000",
              "fees_paid": "0.00000000"
            },
            {
              "time": "2026-03-19T10:00:00.000Z",
              "total_equity": "10022.59187200",
              "available_cash": "8718.59187200",
              "locked_cash": "0.00000000",
              "position_value": "1304.00000000",
              "unrealized_pnl": "23.87200000",
              "realized_pnl": "0.00000000",
              "fees_paid": "1.28012800"
            },
            {
              "time": "2026-03-19T11:00:00.000Z",
              "total_equity": "10017.87473720",
              "available_cash": "7718.22473720",
              "locked_cash": "1651.65000000",
              "position_value": "648.00000000",
              "unrealized_pnl": "7.93600000",
              "realized_pnl": "11.87080000",
              "fees_paid": "1.93206280"
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_leaderboard",
    "operationId": "getLeaderboard",
    "title": "Agents ranked by return over a period",
    "description": "Agents ranked by return over a period\n\nEvery agent that is not archived, of every active account, with at least one snapshot of\nits current trading session in the period, ranked by its return within that session over\nthe period, best first; ties by agent id. The return is measured from the session's\nstarting balance when the session began inside the period (from its first snapshot in the\nperiod otherwise) to its latest snapshot; snapshots from before the session began never\ncount, so resetting to a larger balance does not rank as a gain. The metrics are those of\n`GET /api/v1/analytics/performance` for the same period (never `null`: undefined ones are\nzero and listed in `not_computable`). An agent whose data cannot be read is left out (and\nlogged) rather than failing the ranking. No balances are shown. The ranking is recomputed\nat most once a minute per period.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/analytics/leaderboard",
    "pathParams": [],
    "queryParams": [
      "period",
      "limit"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "period": {
          "type": "string",
          "enum": [
            "1d",
            "7d",
            "30d",
            "90d",
            "all"
          ],
          "default": "all",
          "description": "`1d`, `7d`, `30d`, `90d` (the last N × 24 hours) or `all`.",
          "examples": [
            "7d"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 50,
          "description": "Most entries to return.",
          "examples": [
            50
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "period",
        "since",
        "computed_at",
        "rankings"
      ],
      "additionalProperties": false,
      "properties": {
        "period": {
          "type": "string",
          "enum": [
            "1d",
            "7d",
            "30d",
            "90d",
            "all"
          ]
        },
        "since": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "computed_at": {
          "type": "string",
          "format": "date-time"
        },
        "rankings": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "rank",
              "agent_id",
              "agent_display_name",
              "account_id",
              "display_name",
              "account_display_name",
              "total_return_pct",
              "roi_pct",
              "sharpe_ratio",
              "max_drawdown_pct",
              "win_rate",
              "total_trades",
              "insufficient_data",
              "not_computable"
            ],
            "additionalProperties": false,
            "properties": {
              "rank": {
                "type": "integer",
                "minimum": 1
              },
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_display_name": {
                "type": "string"
              },
              "account_id": {
                "type": "string",
                "format": "uuid"
              },
              "display_name": {
                "type": "string",
                "description": "The account's name (same as `account_display_name`)."
              },
              "account_display_name": {
                "type": "string"
              },
              "total_return_pct": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                "description": "Return within the current session over the period, percent."
              },
              "roi_pct": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                "description": "Same as `total_return_pct` (the name clients of the original API read)."
              },
              "sharpe_ratio": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{6}$",
                "description": "A ratio with 6 decimals."
              },
              "max_drawdown_pct": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                "description": "A percentage with 4 decimals."
              },
              "win_rate": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                "description": "A percentage with 4 decimals."
              },
              "total_trades": {
                "type": "integer"
              },
              "insufficient_data": {
                "type": "boolean",
                "description": "True when one of this row's metrics could not be computed and is sent as zero."
              },
              "not_computable": {
                "type": "array",
                "description": "This row's metrics sent as zero because the data does not define them.",
                "items": {
                  "type": "string",
                  "enum": [
                    "sharpe_ratio",
                    "max_drawdown_pct",
                    "win_rate"
                  ]
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "period": "7d",
          "since": "2026-03-12T11:00:00.000Z",
          "computed_at": "2026-03-19T11:00:00.000Z",
          "rankings": [
            {
              "rank": 1,
              "agent_id": "019d0552-b680-7031-96f4-19b61b6a150d",
              "agent_display_name": "AlphaBot's Agent",
              "account_id": "019d0552-b680-7030-84da-0276fb18df92",
              "display_name": "AlphaBot",
              "account_display_name": "AlphaBot",
              "total_return_pct": "0.1787",
              "roi_pct": "0.1787",
              "sharpe_ratio": "41.935847",
              "max_drawdown_pct": "0.1262",
              "win_rate": "100.0000",
              "total_trades": 1,
              "insufficient_data": false,
              "not_computable": []
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "create_backtest",
    "operationId": "createBacktest",
    "title": "Create a backtest session",
    "description": "Create a backtest session\n\nCreates a session over stored history (status `created`); nothing runs until `start`. The\nsandbox is the live engine: the same fills, fees, size-based slippage, locks, trigger rules\nand risk chain (the agent's risk profile, frozen at creation) as live trading, against\nvirtual USDT and the stored candles of `candle_interval` (1-minute candles for `1m`, the\nstored rollups beyond). `total_steps` = floor((end − start) / interval).\n\n`400 BACKTEST_NO_DATA` when no stored candle of the interval closes inside the range (for a\npair asked for, or for every pair when `pairs` is omitted); a pair whose history starts\ninside the range has no price (`\"0.00000000\"`) until its first candle closes. `400\nINVALID_SYMBOL` for an unknown pair; `422` for a `starting_balance` outside 1–10,000,000, an `end_time` not after\n`start_time`, or a `fee_rate` other than `0.001`. `GET /api/v1/market/data-range` tells what\nhistory is stored.\n\nErrors:\n- 400 BACKTEST_NO_DATA, INVALID_SYMBOL: `BACKTEST_NO_DATA`: no stored candle of the interval closes inside the range (for a pair asked for, or for any pair when `pairs` is omitted); or `INVALID_SYMBOL`: a pair the server does not know.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 AGENT_NOT_FOUND: `AGENT_NOT_FOUND`: no agent of this account has that id.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/backtest/create",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [
      "X-Agent-Id"
    ],
    "bodyProps": [
      "start_time",
      "end_time",
      "starting_balance",
      "candle_interval",
      "pairs",
      "strategy_label",
      "agent_id",
      "exchange",
      "fee_rate"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "X-Agent-Id": {
          "type": "string",
          "format": "uuid",
          "description": "Selects one of the account's agents when calling with a JWT or an account-level key (ignored\nwith an agent key). An unknown id and another account's agent get the same `404\nAGENT_NOT_FOUND`.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "start_time": {
          "type": "string",
          "format": "date-time",
          "description": "Virtual start."
        },
        "end_time": {
          "type": "string",
          "format": "date-time",
          "description": "Virtual end, after `start_time`."
        },
        "starting_balance": {
          "allOf": [
            {
              "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
              "oneOf": [
                {
                  "type": "string",
                  "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                },
                {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1000000000000
                }
              ],
              "examples": [
                "10000.00"
              ]
            }
          ],
          "description": "Virtual USDT to start with, 1 to 10,000,000."
        },
        "candle_interval": {
          "description": "The step: a label or the same interval in seconds. Default `1m`. Each step moves the\nvirtual clock by one interval.\n",
          "oneOf": [
            {
              "type": "string",
              "enum": [
                "1m",
                "5m",
                "15m",
                "1h",
                "4h",
                "1d"
              ]
            },
            {
              "type": "integer",
              "enum": [
                60,
                300,
                900,
                3600,
                14400,
                86400
              ]
            }
          ]
        },
        "pairs": {
          "type": "array",
          "description": "Pairs to trade and price; omitted, every pair with stored candles in the range.",
          "minItems": 1,
          "maxItems": 100,
          "items": {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{2,20}$"
          }
        },
        "strategy_label": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "description": "Free label used by `list`, `best` and `/account/mode`. Default `default`."
        },
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The agent whose risk profile the sandbox applies: one of the account's agents. Default:\nthe agent in scope (an agent key's agent, `X-Agent-Id`, else the default agent). With an\nagent key only that agent may be named.\n"
        },
        "exchange": {
          "type": "string",
          "enum": [
            "binance"
          ],
          "description": "Accepted for compatibility; the data is what this server stores."
        },
        "fee_rate": {
          "description": "Accepted for compatibility; only the live fee `0.001` (one engine, one fee).",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,2}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "minimum": 0,
              "maximum": 0.1
            }
          ]
        }
      },
      "required": [
        "start_time",
        "end_time",
        "starting_balance"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "session_id",
        "status",
        "total_steps",
        "estimated_pairs",
        "agent_id"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "status": {
          "type": "string",
          "const": "created"
        },
        "total_steps": {
          "type": "integer",
          "minimum": 1,
          "description": "floor((end − start) / interval)."
        },
        "estimated_pairs": {
          "type": "integer",
          "minimum": 0,
          "description": "Pairs with a price at `start_time` (a candle closed at or before it)."
        },
        "agent_id": {
          "type": "string",
          "format": "uuid"
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "status": "created",
          "total_steps": 10080,
          "estimated_pairs": 2,
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "list_backtests",
    "operationId": "listBacktests",
    "title": "Backtest sessions of the account",
    "description": "Backtest sessions of the account\n\nThe account's sessions, sorted descending by `sort_by` (sessions without that value last):\nthe page of at most `limit` after skipping `offset`; `total` counts every session that\nmatches the filters, whatever the page.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/list",
    "pathParams": [],
    "queryParams": [
      "strategy_label",
      "status",
      "agent_id",
      "sort_by",
      "limit",
      "offset"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "strategy_label": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "description": "Only sessions with this label.",
          "examples": [
            "sma-crossover-v2"
          ]
        },
        "status": {
          "type": "string",
          "enum": [
            "created",
            "running",
            "completed",
            "cancelled",
            "failed"
          ],
          "description": "Only sessions in this state.",
          "examples": [
            "completed"
          ]
        },
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "Only sessions of this agent.",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        },
        "sort_by": {
          "type": "string",
          "enum": [
            "created_at",
            "roi_pct",
            "sharpe_ratio",
            "max_drawdown_pct",
            "total_trades",
            "final_equity"
          ],
          "default": "created_at",
          "description": "Sort key, descending.",
          "examples": [
            "roi_pct"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 200,
          "default": 50,
          "description": "Most sessions to return.",
          "examples": [
            50
          ]
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100000,
          "default": 0,
          "description": "Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like\nevery integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a\n`422 VALIDATION_ERROR` naming the field).",
          "examples": [
            0
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "backtests",
        "total"
      ],
      "additionalProperties": false,
      "properties": {
        "backtests": {
          "type": "array",
          "items": {
            "type": "object",
            "description": "A session as `status` and `list` show it.",
            "required": [
              "session_id",
              "agent_id",
              "strategy_label",
              "start_time",
              "end_time",
              "status",
              "candle_interval",
              "candle_interval_seconds",
              "starting_balance",
              "pairs",
              "progress_pct",
              "current_step",
              "total_steps",
              "virtual_clock",
              "final_equity",
              "total_pnl",
              "roi_pct",
              "total_trades",
              "total_fees",
              "sharpe_ratio",
              "max_drawdown_pct",
              "created_at",
              "started_at",
              "completed_at",
              "duration_real_sec",
              "error"
            ],
            "additionalProperties": false,
            "properties": {
              "session_id": {
                "type": "string",
                "format": "uuid",
                "description": "A backtest session's id.",
                "examples": [
                  "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
                ]
              },
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "strategy_label": {
                "type": "string"
              },
              "start_time": {
                "type": "string",
                "format": "date-time"
              },
              "end_time": {
                "type": "string",
                "format": "date-time"
              },
              "status": {
                "type": "string",
                "enum": [
                  "created",
                  "running",
                  "completed",
                  "cancelled",
                  "failed"
                ],
                "description": "`created` (configured, not started), `running` (stepping), `completed` (reached its last step:\npositions closed, results final), `cancelled` (stopped by the owner or after an hour without\nany call: positions kept, results partial), `failed` (could not continue; `error` says why).\n"
              },
              "candle_interval": {
                "type": "string",
                "enum": [
                  "1m",
                  "5m",
                  "15m",
                  "1h",
                  "4h",
                  "1d"
                ]
              },
              "candle_interval_seconds": {
                "type": "integer",
                "minimum": 60,
                "maximum": 86400,
                "description": "The interval in seconds (60, 300, 900, 3600, 14400 or 86400)."
              },
              "starting_balance": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "pairs": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "progress_pct": {
                "type": "number",
                "minimum": 0,
                "maximum": 100,
                "description": "0–100, 2 decimals."
              },
              "current_step": {
                "type": "integer",
                "minimum": 0
              },
              "total_steps": {
                "type": "integer",
                "minimum": 1
              },
              "virtual_clock": {
                "type": "string",
                "format": "date-time"
              },
              "final_equity": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Null until the session has ended (completed, cancelled or failed)."
              },
              "total_pnl": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "roi_pct": {
                "oneOf": [
                  {
                    "type": "string",
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "A percentage or figure with 2 decimals."
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "total_trades": {
                "type": "integer",
                "minimum": 0,
                "description": "Fills so far, buys and sells."
              },
              "total_fees": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "sharpe_ratio": {
                "type": [
                  "string",
                  "null"
                ],
                "pattern": "^-?[0-9]+\\.[0-9]{6}$",
                "description": "A ratio with 6 decimals, or null before the session has ended."
              },
              "max_drawdown_pct": {
                "type": [
                  "string",
                  "null"
                ],
                "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                "description": "A percentage with 4 decimals, or null when undefined."
              },
              "created_at": {
                "type": "string",
                "format": "date-time"
              },
              "started_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              },
              "completed_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              },
              "duration_real_sec": {
                "type": [
                  "number",
                  "null"
                ],
                "minimum": 0,
                "description": "Wall-clock seconds the session has spent running steps; null before it has started."
              },
              "error": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Why a `failed` session failed; null otherwise."
              }
            },
            "examples": [
              {
                "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
                "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "strategy_label": "sma-crossover-v2",
                "start_time": "2026-03-01T00:00:00.000Z",
                "end_time": "2026-03-08T00:00:00.000Z",
                "status": "completed",
                "candle_interval": "1m",
                "candle_interval_seconds": 60,
                "starting_balance": "10000.00000000",
                "pairs": [
                  "BTCUSDT",
                  "ETHUSDT"
                ],
                "progress_pct": 100,
                "current_step": 10080,
                "total_steps": 10080,
                "virtual_clock": "2026-03-08T00:00:00.000Z",
                "final_equity": "10241.20000000",
                "total_pnl": "241.20000000",
                "roi_pct": "2.41",
                "total_trades": 24,
                "total_fees": "48.21000000",
                "sharpe_ratio": "1.853210",
                "max_drawdown_pct": "3.1000",
                "created_at": "2026-03-19T10:00:00.000Z",
                "started_at": "2026-03-19T10:00:01.000Z",
                "completed_at": "2026-03-19T10:00:03.000Z",
                "duration_real_sec": 1.7,
                "error": null
              }
            ]
          }
        },
        "total": {
          "type": "integer",
          "minimum": 0,
          "description": "Every session that matches the filters."
        }
      },
      "examples": [
        {
          "backtests": [
            {
              "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "strategy_label": "sma-crossover-v2",
              "start_time": "2026-03-01T00:00:00.000Z",
              "end_time": "2026-03-08T00:00:00.000Z",
              "status": "running",
              "candle_interval": "1m",
              "candle_interval_seconds": 60,
              "starting_balance": "10000.00000000",
              "pairs": [
                "BTCUSDT"
              ],
              "progress_pct": 12.5,
              "current_step": 1260,
              "total_steps": 10080,
              "virtual_clock": "2026-03-01T21:00:00.000Z",
              "final_equity": null,
              "total_pnl": null,
              "roi_pct": null,
              "total_trades": 6,
              "total_fees": "12.01000000",
              "sharpe_ratio": null,
              "max_drawdown_pct": null,
              "created_at": "2026-03-19T10:00:00.000Z",
              "started_at": "2026-03-19T10:00:01.000Z",
              "completed_at": null,
              "duration_real_sec": null,
              "error": null
            }
          ],
          "total": 1
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "compare_backtests",
    "operationId": "compareBacktests",
    "title": "Compare backtest sessions",
    "description": "Compare backtest sessions\n\nSide by side: return, Sharpe, drawdown, trades, win rate and profit factor of two or more of\nthe account's sessions, in the order asked, with the best of each (lowest drawdown wins).\nRatios are those of the results (`null` until a session has ended, and `null` when the results\ncould not compute them, where the results show 0 and list the field in `not_computable`);\n`best_by_*` skip a `null`, as `GET /backtest/best` does; `recommendation` is the best by Sharpe. Any id that is not one of the account's sessions: `404\nBACKTEST_NOT_FOUND`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/compare",
    "pathParams": [],
    "queryParams": [
      "sessions"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "sessions": {
          "type": "string",
          "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}( *, *[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}){1,19}$",
          "description": "2 to 20 session ids, comma-separated.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b,0193a1b3-0000-7000-8000-000000000001"
          ]
        }
      },
      "required": [
        "sessions"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "comparisons",
        "best_by_roi",
        "best_by_sharpe",
        "best_by_drawdown",
        "recommendation"
      ],
      "additionalProperties": false,
      "properties": {
        "comparisons": {
          "type": "array",
          "description": "In the order asked.",
          "items": {
            "type": "object",
            "required": [
              "session_id",
              "strategy_label",
              "status",
              "roi_pct",
              "sharpe_ratio",
              "max_drawdown_pct",
              "total_trades",
              "win_rate",
              "profit_factor"
            ],
            "additionalProperties": false,
            "properties": {
              "session_id": {
                "type": "string",
                "format": "uuid",
                "description": "A backtest session's id.",
                "examples": [
                  "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
                ]
              },
              "strategy_label": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "created",
                  "running",
                  "completed",
                  "cancelled",
                  "failed"
                ],
                "description": "`created` (configured, not started), `running` (stepping), `completed` (reached its last step:\npositions closed, results final), `cancelled` (stopped by the owner or after an hour without\nany call: positions kept, results partial), `failed` (could not continue; `error` says why).\n"
              },
              "roi_pct": {
                "oneOf": [
                  {
                    "type": "string",
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "A percentage or figure with 2 decimals."
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "sharpe_ratio": {
                "type": [
                  "string",
                  "null"
                ],
                "pattern": "^-?[0-9]+\\.[0-9]{6}$",
                "description": "A ratio with 6 decimals, or null before the session has ended."
              },
              "max_drawdown_pct": {
                "type": [
                  "string",
                  "null"
                ],
                "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                "description": "A percentage with 4 decimals, or null when undefined."
              },
              "total_trades": {
                "type": "integer",
                "minimum": 0
              },
              "win_rate": {
                "type": [
                  "string",
                  "null"
                ],
                "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                "description": "A percentage with 4 decimals, or null when undefined."
              },
              "profit_factor": {
                "type": [
                  "string",
                  "null"
                ],
                "pattern": "^-?[0-9]+\\.[0-9]{6}$",
                "description": "A ratio with 6 decimals, or null before the session has ended."
              }
            }
          }
        },
        "best_by_roi": {
          "oneOf": [
            {
              "type": "string",
              "format": "uuid",
              "description": "A backtest session's id.",
              "examples": [
                "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "best_by_sharpe": {
          "oneOf": [
            {
              "type": "string",
              "format": "uuid",
              "description": "A backtest session's id.",
              "examples": [
                "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "best_by_drawdown": {
          "oneOf": [
            {
              "type": "string",
              "format": "uuid",
              "description": "A backtest session's id.",
              "examples": [
                "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "recommendation": {
          "oneOf": [
            {
              "type": "string",
              "format": "uuid",
              "description": "A backtest session's id.",
              "examples": [
                "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
              ]
            },
            {
              "type": "null"
            }
          ],
          "description": "`best_by_sharpe`."
        }
      },
      "examples": [
        {
          "comparisons": [
            {
              "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
              "strategy_label": "sma-crossover-v2",
              "status": "completed",
              "roi_pct": "2.41",
              "sharpe_ratio": "1.853210",
              "max_drawdown_pct": "3.1000",
              "total_trades": 24,
              "win_rate": "58.3333",
              "profit_factor": "1.620000"
            },
            {
              "session_id": "0193a1b3-0000-7000-8000-000000000001",
              "strategy_label": "rsi-revert-v1",
              "status": "completed",
              "roi_pct": "-0.80",
              "sharpe_ratio": "-0.412000",
              "max_drawdown_pct": "4.2000",
              "total_trades": 40,
              "win_rate": "45.0000",
              "profit_factor": "0.880000"
            }
          ],
          "best_by_roi": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "best_by_sharpe": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "best_by_drawdown": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "recommendation": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_best_backtest",
    "operationId": "getBestBacktest",
    "title": "The best completed session by a metric",
    "description": "The best completed session by a metric\n\nOf the account's `completed` sessions (optionally only those with `strategy_label`), the\none with the highest `metric` (the lowest for `max_drawdown_pct`); ties go to the newest.\nNone: `404 BACKTEST_NOT_FOUND`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/best",
    "pathParams": [],
    "queryParams": [
      "metric",
      "strategy_label"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "sharpe_ratio",
            "sortino_ratio",
            "max_drawdown_pct",
            "win_rate",
            "profit_factor",
            "total_trades",
            "total_pnl"
          ],
          "default": "roi_pct",
          "description": "What to rank by.",
          "examples": [
            "sharpe_ratio"
          ]
        },
        "strategy_label": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "description": "Only sessions with this label.",
          "examples": [
            "sma-crossover-v2"
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "session_id",
        "strategy_label",
        "metric",
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "strategy_label": {
          "type": "string"
        },
        "metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "sharpe_ratio",
            "sortino_ratio",
            "max_drawdown_pct",
            "win_rate",
            "profit_factor",
            "total_trades",
            "total_pnl"
          ]
        },
        "value": {
          "type": "string",
          "description": "The metric's value in its own format."
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "strategy_label": "sma-crossover-v2",
          "metric": "sharpe_ratio",
          "value": "1.853210"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "start_backtest",
    "operationId": "startBacktest",
    "title": "Start a session",
    "description": "Start a session\n\n`created` → `running`: takes the first equity snapshot at `start_time`. From any other\nstatus: `409 BACKTEST_INVALID_STATE`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 409 BACKTEST_INVALID_STATE: `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: \"battle_session\"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}/*`; reads stay open.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/start",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "session_id",
        "status"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "status": {
          "type": "string",
          "const": "running"
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "status": "running"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "step_backtest",
    "operationId": "stepBacktest",
    "title": "Advance one step",
    "description": "Advance one step\n\nAdvances the virtual clock by one candle interval. At each step the price of a pair is the close of its\nlatest candle closed at or before the new virtual time (never a later one); resting orders\nare checked against it (limits fill at their price, stops and take-profits as market orders\nwith slippage), and an equity snapshot is taken every step the metrics need. The last step\ncloses every position at its price, computes the results and sets `completed`; the reply\nthen has `is_complete: true`. The session is saved before the reply, so an acknowledged step\nsurvives a restart. Only `running` sessions step: otherwise `409 BACKTEST_INVALID_STATE`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 409 BACKTEST_INVALID_STATE: `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: \"battle_session\"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}/*`; reads stay open.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/step",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "The session after the last step the call ran.",
      "required": [
        "session_id",
        "virtual_time",
        "step",
        "total_steps",
        "progress_pct",
        "prices",
        "orders_filled",
        "portfolio",
        "is_complete",
        "remaining_steps",
        "steps_executed",
        "status"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time",
          "description": "The virtual clock after the step; only candles closed at or before it are visible."
        },
        "step": {
          "type": "integer",
          "minimum": 0
        },
        "total_steps": {
          "type": "integer",
          "minimum": 1
        },
        "progress_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "description": "A percentage or figure with 2 decimals."
        },
        "prices": {
          "type": "object",
          "description": "Close of each pair's latest closed candle.",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        },
        "orders_filled": {
          "type": "array",
          "description": "Resting orders filled by the last step (by every step of a `step/batch`, or of a fast batch with `include_intermediate_trades`).",
          "items": {
            "type": "object",
            "description": "A resting order that a step filled (or cancelled, when a triggered buy could not pay for its price gap).",
            "required": [
              "order_id",
              "symbol",
              "side",
              "type",
              "status",
              "executed_price",
              "executed_qty",
              "fee",
              "simulated_at"
            ],
            "additionalProperties": false,
            "properties": {
              "order_id": {
                "type": "string",
                "format": "uuid"
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "status": {
                "type": "string",
                "enum": [
                  "filled",
                  "cancelled"
                ]
              },
              "executed_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "executed_qty": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "fee": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "simulated_at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "portfolio": {
          "type": "object",
          "required": [
            "total_equity",
            "available_cash",
            "locked_cash",
            "position_value",
            "unrealized_pnl",
            "realized_pnl",
            "fees_paid",
            "positions",
            "virtual_time"
          ],
          "additionalProperties": false,
          "properties": {
            "total_equity": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "available_cash": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "USDT held, free plus locked by resting orders."
            },
            "locked_cash": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "The part of `available_cash` locked by resting orders."
            },
            "position_value": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "unrealized_pnl": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "realized_pnl": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "Realized PnL of the session so far, before fees."
            },
            "fees_paid": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "positions": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "symbol",
                  "quantity",
                  "avg_entry_price",
                  "current_price",
                  "market_value",
                  "unrealized_pnl"
                ],
                "additionalProperties": false,
                "properties": {
                  "symbol": {
                    "type": "string"
                  },
                  "quantity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "avg_entry_price": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "current_price": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "market_value": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "unrealized_pnl": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                }
              }
            },
            "virtual_time": {
              "type": "string",
              "format": "date-time"
            }
          },
          "examples": [
            {
              "total_equity": "10012.41000000",
              "available_cash": "9368.85000000",
              "locked_cash": "0.00000000",
              "position_value": "643.56000000",
              "unrealized_pnl": "13.04000000",
              "realized_pnl": "0.00000000",
              "fees_paid": "0.63052000",
              "positions": [
                {
                  "symbol": "BTCUSDT",
                  "quantity": "0.01000000",
                  "avg_entry_price": "63052.00000000",
                  "current_price": "64356.00000000",
                  "market_value": "643.56000000",
                  "unrealized_pnl": "13.04000000"
                }
              ],
              "virtual_time": "2026-03-01T01:00:00.000Z"
            }
          ]
        },
        "is_complete": {
          "type": "boolean",
          "description": "True once the last step ran; the session is then `completed`."
        },
        "remaining_steps": {
          "type": "integer",
          "minimum": 0
        },
        "steps_executed": {
          "type": "integer",
          "minimum": 0,
          "description": "Steps this call ran."
        },
        "status": {
          "type": "string",
          "enum": [
            "created",
            "running",
            "completed",
            "cancelled",
            "failed"
          ],
          "description": "`created` (configured, not started), `running` (stepping), `completed` (reached its last step:\npositions closed, results final), `cancelled` (stopped by the owner or after an hour without\nany call: positions kept, results partial), `failed` (could not continue; `error` says why).\n"
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "virtual_time": "2026-03-01T01:00:00.000Z",
          "step": 60,
          "total_steps": 10080,
          "progress_pct": "0.60",
          "prices": {
            "BTCUSDT": "64356.00000000",
            "ETHUSDT": "3410.20000000"
          },
          "orders_filled": [
            {
              "order_id": "0193a1b2-e000-7000-8000-000000000002",
              "symbol": "BTCUSDT",
              "side": "buy",
              "type": "limit",
              "status": "filled",
              "executed_price": "63052.00000000",
              "executed_qty": "0.01000000",
              "fee": "0.63052000",
              "simulated_at": "2026-03-01T01:00:00.000Z"
            }
          ],
          "portfolio": {
            "total_equity": "10012.41000000",
            "available_cash": "9368.85000000",
            "locked_cash": "0.00000000",
            "position_value": "643.56000000",
            "unrealized_pnl": "13.04000000",
            "realized_pnl": "0.00000000",
            "fees_paid": "0.63052000",
            "positions": [
              {
                "symbol": "BTCUSDT",
                "quantity": "0.01000000",
                "avg_entry_price": "63052.00000000",
                "current_price": "64356.00000000",
                "market_value": "643.56000000",
                "unrealized_pnl": "13.04000000"
              }
            ],
            "virtual_time": "2026-03-01T01:00:00.000Z"
          },
          "is_complete": false,
          "remaining_steps": 10020,
          "steps_executed": 60,
          "status": "running"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "step_backtest_batch",
    "operationId": "stepBacktestBatch",
    "title": "Advance several steps",
    "description": "Advance several steps\n\nAdvances the virtual clock by `steps` candle intervals (fewer when the session completes first); `orders_filled` lists the fills of every step of the call. At each step the price of a pair is the close of its\nlatest candle closed at or before the new virtual time (never a later one); resting orders\nare checked against it (limits fill at their price, stops and take-profits as market orders\nwith slippage), and an equity snapshot is taken every step the metrics need. The last step\ncloses every position at its price, computes the results and sets `completed`; the reply\nthen has `is_complete: true`. The session is saved before the reply, so an acknowledged step\nsurvives a restart. Only `running` sessions step: otherwise `409 BACKTEST_INVALID_STATE`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 409 BACKTEST_INVALID_STATE: `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: \"battle_session\"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}/*`; reads stay open.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/step/batch",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "steps"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "steps": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000,
          "description": "Steps to run; fewer are run when the session completes first."
        }
      },
      "required": [
        "session_id",
        "steps"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "The session after the last step the call ran.",
      "required": [
        "session_id",
        "virtual_time",
        "step",
        "total_steps",
        "progress_pct",
        "prices",
        "orders_filled",
        "portfolio",
        "is_complete",
        "remaining_steps",
        "steps_executed",
        "status"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time",
          "description": "The virtual clock after the step; only candles closed at or before it are visible."
        },
        "step": {
          "type": "integer",
          "minimum": 0
        },
        "total_steps": {
          "type": "integer",
          "minimum": 1
        },
        "progress_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "description": "A percentage or figure with 2 decimals."
        },
        "prices": {
          "type": "object",
          "description": "Close of each pair's latest closed candle.",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        },
        "orders_filled": {
          "type": "array",
          "description": "Resting orders filled by the last step (by every step of a `step/batch`, or of a fast batch with `include_intermediate_trades`).",
          "items": {
            "type": "object",
            "description": "A resting order that a step filled (or cancelled, when a triggered buy could not pay for its price gap).",
            "required": [
              "order_id",
              "symbol",
              "side",
              "type",
              "status",
              "executed_price",
              "executed_qty",
              "fee",
              "simulated_at"
            ],
            "additionalProperties": false,
            "properties": {
              "order_id": {
                "type": "string",
                "format": "uuid"
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "status": {
                "type": "string",
                "enum": [
                  "filled",
                  "cancelled"
                ]
              },
              "executed_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "executed_qty": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "fee": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "simulated_at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "portfolio": {
          "type": "object",
          "required": [
            "total_equity",
            "available_cash",
            "locked_cash",
            "position_value",
            "unrealized_pnl",
            "realized_pnl",
            "fees_paid",
            "positions",
            "virtual_time"
          ],
          "additionalProperties": false,
          "properties": {
            "total_equity": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "available_cash": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "USDT held, free plus locked by resting orders."
            },
            "locked_cash": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "The part of `available_cash` locked by resting orders."
            },
            "position_value": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "unrealized_pnl": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "realized_pnl": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "Realized PnL of the session so far, before fees."
            },
            "fees_paid": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "positions": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "symbol",
                  "quantity",
                  "avg_entry_price",
                  "current_price",
                  "market_value",
                  "unrealized_pnl"
                ],
                "additionalProperties": false,
                "properties": {
                  "symbol": {
                    "type": "string"
                  },
                  "quantity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "avg_entry_price": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "current_price": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "market_value": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "unrealized_pnl": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                }
              }
            },
            "virtual_time": {
              "type": "string",
              "format": "date-time"
            }
          },
          "examples": [
            {
              "total_equity": "10012.41000000",
              "available_cash": "9368.85000000",
              "locked_cash": "0.00000000",
              "position_value": "643.56000000",
              "unrealized_pnl": "13.04000000",
              "realized_pnl": "0.00000000",
              "fees_paid": "0.63052000",
              "positions": [
                {
                  "symbol": "BTCUSDT",
                  "quantity": "0.01000000",
                  "avg_entry_price": "63052.00000000",
                  "current_price": "64356.00000000",
                  "market_value": "643.56000000",
                  "unrealized_pnl": "13.04000000"
                }
              ],
              "virtual_time": "2026-03-01T01:00:00.000Z"
            }
          ]
        },
        "is_complete": {
          "type": "boolean",
          "description": "True once the last step ran; the session is then `completed`."
        },
        "remaining_steps": {
          "type": "integer",
          "minimum": 0
        },
        "steps_executed": {
          "type": "integer",
          "minimum": 0,
          "description": "Steps this call ran."
        },
        "status": {
          "type": "string",
          "enum": [
            "created",
            "running",
            "completed",
            "cancelled",
            "failed"
          ],
          "description": "`created` (configured, not started), `running` (stepping), `completed` (reached its last step:\npositions closed, results final), `cancelled` (stopped by the owner or after an hour without\nany call: positions kept, results partial), `failed` (could not continue; `error` says why).\n"
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "virtual_time": "2026-03-01T01:00:00.000Z",
          "step": 60,
          "total_steps": 10080,
          "progress_pct": "0.60",
          "prices": {
            "BTCUSDT": "64356.00000000",
            "ETHUSDT": "3410.20000000"
          },
          "orders_filled": [
            {
              "order_id": "0193a1b2-e000-7000-8000-000000000002",
              "symbol": "BTCUSDT",
              "side": "buy",
              "type": "limit",
              "status": "filled",
              "executed_price": "63052.00000000",
              "executed_qty": "0.01000000",
              "fee": "0.63052000",
              "simulated_at": "2026-03-01T01:00:00.000Z"
            }
          ],
          "portfolio": {
            "total_equity": "10012.41000000",
            "available_cash": "9368.85000000",
            "locked_cash": "0.00000000",
            "position_value": "643.56000000",
            "unrealized_pnl": "13.04000000",
            "realized_pnl": "0.00000000",
            "fees_paid": "0.63052000",
            "positions": [
              {
                "symbol": "BTCUSDT",
                "quantity": "0.01000000",
                "avg_entry_price": "63052.00000000",
                "current_price": "64356.00000000",
                "market_value": "643.56000000",
                "unrealized_pnl": "13.04000000"
              }
            ],
            "virtual_time": "2026-03-01T01:00:00.000Z"
          },
          "is_complete": false,
          "remaining_steps": 10020,
          "steps_executed": 60,
          "status": "running"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "step_backtest_batch_fast",
    "operationId": "stepBacktestBatchFast",
    "title": "Advance many steps quickly",
    "description": "Advance many steps quickly\n\nAdvances the virtual clock by up to 100,000 candle intervals in one call; `orders_filled` holds the last step's fills, or every step's with `include_intermediate_trades`. Fills are the same as stepping one by one. At each step the price of a pair is the close of its\nlatest candle closed at or before the new virtual time (never a later one); resting orders\nare checked against it (limits fill at their price, stops and take-profits as market orders\nwith slippage), and an equity snapshot is taken every step the metrics need. The last step\ncloses every position at its price, computes the results and sets `completed`; the reply\nthen has `is_complete: true`. The session is saved before the reply, so an acknowledged step\nsurvives a restart. Only `running` sessions step: otherwise `409 BACKTEST_INVALID_STATE`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 409 BACKTEST_INVALID_STATE: `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: \"battle_session\"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}/*`; reads stay open.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/step/batch/fast",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "steps",
      "include_intermediate_trades"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "steps": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "description": "Steps to run; fewer are run when the session completes first."
        },
        "include_intermediate_trades": {
          "type": "boolean",
          "default": false,
          "description": "Return the fills of every step of the call in `orders_filled`, not only the last step's."
        }
      },
      "required": [
        "session_id",
        "steps"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "The session after the last step the call ran.",
      "required": [
        "session_id",
        "virtual_time",
        "step",
        "total_steps",
        "progress_pct",
        "prices",
        "orders_filled",
        "portfolio",
        "is_complete",
        "remaining_steps",
        "steps_executed",
        "status"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time",
          "description": "The virtual clock after the step; only candles closed at or before it are visible."
        },
        "step": {
          "type": "integer",
          "minimum": 0
        },
        "total_steps": {
          "type": "integer",
          "minimum": 1
        },
        "progress_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "description": "A percentage or figure with 2 decimals."
        },
        "prices": {
          "type": "object",
          "description": "Close of each pair's latest closed candle.",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        },
        "orders_filled": {
          "type": "array",
          "description": "Resting orders filled by the last step (by every step of a `step/batch`, or of a fast batch with `include_intermediate_trades`).",
          "items": {
            "type": "object",
            "description": "A resting order that a step filled (or cancelled, when a triggered buy could not pay for its price gap).",
            "required": [
              "order_id",
              "symbol",
              "side",
              "type",
              "status",
              "executed_price",
              "executed_qty",
              "fee",
              "simulated_at"
            ],
            "additionalProperties": false,
            "properties": {
              "order_id": {
                "type": "string",
                "format": "uuid"
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "status": {
                "type": "string",
                "enum": [
                  "filled",
                  "cancelled"
                ]
              },
              "executed_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "executed_qty": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "fee": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "simulated_at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "portfolio": {
          "type": "object",
          "required": [
            "total_equity",
            "available_cash",
            "locked_cash",
            "position_value",
            "unrealized_pnl",
            "realized_pnl",
            "fees_paid",
            "positions",
            "virtual_time"
          ],
          "additionalProperties": false,
          "properties": {
            "total_equity": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "available_cash": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "USDT held, free plus locked by resting orders."
            },
            "locked_cash": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "The part of `available_cash` locked by resting orders."
            },
            "position_value": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "unrealized_pnl": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "realized_pnl": {
              "allOf": [
                {
                  "type": "string",
                  "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                  "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                  "examples": [
                    "10000.00000000"
                  ]
                }
              ],
              "description": "Realized PnL of the session so far, before fees."
            },
            "fees_paid": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "positions": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "symbol",
                  "quantity",
                  "avg_entry_price",
                  "current_price",
                  "market_value",
                  "unrealized_pnl"
                ],
                "additionalProperties": false,
                "properties": {
                  "symbol": {
                    "type": "string"
                  },
                  "quantity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "avg_entry_price": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "current_price": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "market_value": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "unrealized_pnl": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                }
              }
            },
            "virtual_time": {
              "type": "string",
              "format": "date-time"
            }
          },
          "examples": [
            {
              "total_equity": "10012.41000000",
              "available_cash": "9368.85000000",
              "locked_cash": "0.00000000",
              "position_value": "643.56000000",
              "unrealized_pnl": "13.04000000",
              "realized_pnl": "0.00000000",
              "fees_paid": "0.63052000",
              "positions": [
                {
                  "symbol": "BTCUSDT",
                  "quantity": "0.01000000",
                  "avg_entry_price": "63052.00000000",
                  "current_price": "64356.00000000",
                  "market_value": "643.56000000",
                  "unrealized_pnl": "13.04000000"
                }
              ],
              "virtual_time": "2026-03-01T01:00:00.000Z"
            }
          ]
        },
        "is_complete": {
          "type": "boolean",
          "description": "True once the last step ran; the session is then `completed`."
        },
        "remaining_steps": {
          "type": "integer",
          "minimum": 0
        },
        "steps_executed": {
          "type": "integer",
          "minimum": 0,
          "description": "Steps this call ran."
        },
        "status": {
          "type": "string",
          "enum": [
            "created",
            "running",
            "completed",
            "cancelled",
            "failed"
          ],
          "description": "`created` (configured, not started), `running` (stepping), `completed` (reached its last step:\npositions closed, results final), `cancelled` (stopped by the owner or after an hour without\nany call: positions kept, results partial), `failed` (could not continue; `error` says why).\n"
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "virtual_time": "2026-03-01T01:00:00.000Z",
          "step": 60,
          "total_steps": 10080,
          "progress_pct": "0.60",
          "prices": {
            "BTCUSDT": "64356.00000000",
            "ETHUSDT": "3410.20000000"
          },
          "orders_filled": [
            {
              "order_id": "0193a1b2-e000-7000-8000-000000000002",
              "symbol": "BTCUSDT",
              "side": "buy",
              "type": "limit",
              "status": "filled",
              "executed_price": "63052.00000000",
              "executed_qty": "0.01000000",
              "fee": "0.63052000",
              "simulated_at": "2026-03-01T01:00:00.000Z"
            }
          ],
          "portfolio": {
            "total_equity": "10012.41000000",
            "available_cash": "9368.85000000",
            "locked_cash": "0.00000000",
            "position_value": "643.56000000",
            "unrealized_pnl": "13.04000000",
            "realized_pnl": "0.00000000",
            "fees_paid": "0.63052000",
            "positions": [
              {
                "symbol": "BTCUSDT",
                "quantity": "0.01000000",
                "avg_entry_price": "63052.00000000",
                "current_price": "64356.00000000",
                "market_value": "643.56000000",
                "unrealized_pnl": "13.04000000"
              }
            ],
            "virtual_time": "2026-03-01T01:00:00.000Z"
          },
          "is_complete": false,
          "remaining_steps": 10020,
          "steps_executed": 60,
          "status": "running"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "cancel_backtest",
    "operationId": "cancelBacktest",
    "title": "Cancel a session",
    "description": "Cancel a session\n\n`created` or `running` → `cancelled`: a final snapshot, positions are kept (not sold), and\nthe results so far are saved. From `completed`, `cancelled` or `failed`: `409\nBACKTEST_INVALID_STATE`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 409 BACKTEST_INVALID_STATE: `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: \"battle_session\"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}/*`; reads stay open.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/cancel",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "session_id",
        "status",
        "total_trades",
        "roi_pct"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "status": {
          "type": "string",
          "const": "cancelled"
        },
        "total_trades": {
          "type": "integer",
          "minimum": 0
        },
        "roi_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "description": "A percentage or figure with 2 decimals."
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "status": "cancelled",
          "total_trades": 4,
          "roi_pct": "0.12"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_status",
    "operationId": "getBacktestStatus",
    "title": "A session",
    "description": "A session\n\nThe session's configuration, progress and (once ended) its headline results, in any status.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/status",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "A session as `status` and `list` show it.",
      "required": [
        "session_id",
        "agent_id",
        "strategy_label",
        "start_time",
        "end_time",
        "status",
        "candle_interval",
        "candle_interval_seconds",
        "starting_balance",
        "pairs",
        "progress_pct",
        "current_step",
        "total_steps",
        "virtual_clock",
        "final_equity",
        "total_pnl",
        "roi_pct",
        "total_trades",
        "total_fees",
        "sharpe_ratio",
        "max_drawdown_pct",
        "created_at",
        "started_at",
        "completed_at",
        "duration_real_sec",
        "error"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "strategy_label": {
          "type": "string"
        },
        "start_time": {
          "type": "string",
          "format": "date-time"
        },
        "end_time": {
          "type": "string",
          "format": "date-time"
        },
        "status": {
          "type": "string",
          "enum": [
            "created",
            "running",
            "completed",
            "cancelled",
            "failed"
          ],
          "description": "`created` (configured, not started), `running` (stepping), `completed` (reached its last step:\npositions closed, results final), `cancelled` (stopped by the owner or after an hour without\nany call: positions kept, results partial), `failed` (could not continue; `error` says why).\n"
        },
        "candle_interval": {
          "type": "string",
          "enum": [
            "1m",
            "5m",
            "15m",
            "1h",
            "4h",
            "1d"
          ]
        },
        "candle_interval_seconds": {
          "type": "integer",
          "minimum": 60,
          "maximum": 86400,
          "description": "The interval in seconds (60, 300, 900, 3600, 14400 or 86400)."
        },
        "starting_balance": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "pairs": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "progress_pct": {
          "type": "number",
          "minimum": 0,
          "maximum": 100,
          "description": "0–100, 2 decimals."
        },
        "current_step": {
          "type": "integer",
          "minimum": 0
        },
        "total_steps": {
          "type": "integer",
          "minimum": 1
        },
        "virtual_clock": {
          "type": "string",
          "format": "date-time"
        },
        "final_equity": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ],
          "description": "Null until the session has ended (completed, cancelled or failed)."
        },
        "total_pnl": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "roi_pct": {
          "oneOf": [
            {
              "type": "string",
              "pattern": "^-?[0-9]+\\.[0-9]{2}$",
              "description": "A percentage or figure with 2 decimals."
            },
            {
              "type": "null"
            }
          ]
        },
        "total_trades": {
          "type": "integer",
          "minimum": 0,
          "description": "Fills so far, buys and sells."
        },
        "total_fees": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "sharpe_ratio": {
          "type": [
            "string",
            "null"
          ],
          "pattern": "^-?[0-9]+\\.[0-9]{6}$",
          "description": "A ratio with 6 decimals, or null before the session has ended."
        },
        "max_drawdown_pct": {
          "type": [
            "string",
            "null"
          ],
          "pattern": "^-?[0-9]+\\.[0-9]{4}$",
          "description": "A percentage with 4 decimals, or null when undefined."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "started_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "completed_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "duration_real_sec": {
          "type": [
            "number",
            "null"
          ],
          "minimum": 0,
          "description": "Wall-clock seconds the session has spent running steps; null before it has started."
        },
        "error": {
          "type": [
            "string",
            "null"
          ],
          "description": "Why a `failed` session failed; null otherwise."
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "strategy_label": "sma-crossover-v2",
          "start_time": "2026-03-01T00:00:00.000Z",
          "end_time": "2026-03-08T00:00:00.000Z",
          "status": "completed",
          "candle_interval": "1m",
          "candle_interval_seconds": 60,
          "starting_balance": "10000.00000000",
          "pairs": [
            "BTCUSDT",
            "ETHUSDT"
          ],
          "progress_pct": 100,
          "current_step": 10080,
          "total_steps": 10080,
          "virtual_clock": "2026-03-08T00:00:00.000Z",
          "final_equity": "10241.20000000",
          "total_pnl": "241.20000000",
          "roi_pct": "2.41",
          "total_trades": 24,
          "total_fees": "48.21000000",
          "sharpe_ratio": "1.853210",
          "max_drawdown_pct": "3.1000",
          "created_at": "2026-03-19T10:00:00.000Z",
          "started_at": "2026-03-19T10:00:01.000Z",
          "completed_at": "2026-03-19T10:00:03.000Z",
          "duration_real_sec": 1.7,
          "error": null
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "backtest_trade",
    "operationId": "placeBacktestOrder",
    "title": "Place an order in the sandbox",
    "description": "Place an order in the sandbox\n\nPlaces an order at the current virtual time through the live engine's order path: the\nsame types (`market`, `limit`, `stop_loss`, `take_profit`, with `trigger_price` or its alias\n`price`), slippage, 0.1 % fee, locks and risk chain. A rule broken is answered exactly as\n`POST /api/v1/trade/order` answers it (the same status, code and `details.reason`), and\nstores nothing. A market order fills at once at the step price; a limit rests (or fills at\nonce when already marketable) and is checked at every step. Only while `running`: otherwise\n`409 BACKTEST_INVALID_STATE`.\n\nErrors:\n- 400 INVALID_SYMBOL, INVALID_QUANTITY, INVALID_PRICE, INSUFFICIENT_BALANCE, POSITION_LIMIT_EXCEEDED, ORDER_REJECTED: The order breaks a rule; nothing was placed or locked. `INVALID_SYMBOL` (unknown or inactive pair), `INVALID_QUANTITY` (below the minimum, above the maximum, off the step size, or below the minimum notional), `INVALID_PRICE` (off the tick size), `INSUFFICIENT_BALANCE`, `POSITION_LIMIT_EXCEEDED`, or `ORDER_REJECTED` with `details.reason` one of `order_too_small`, `order_too_large`, `max_open_orders_exceeded`, `rate_limit_exceeded`, `would_trigger_immediately`.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED, DAILY_LOSS_LIMIT, PERMISSION_DENIED: `ACCOUNT_SUSPENDED`; `DAILY_LOSS_LIMIT`: the net realized loss since the later of 00:00 UTC and the start of the agent's current session reached the daily limit, so trading resumes at 00:00 UTC (`details.resets_at`) or after a reset; or `PERMISSION_DENIED` with `details.reason: agent_archived`: the agent in scope is archived and read-only.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 409 BACKTEST_INVALID_STATE: `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: \"battle_session\"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}/*`; reads stay open.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/trade/order",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "symbol",
      "side",
      "type",
      "quantity",
      "price",
      "trigger_price"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "One of the session's pairs (case-insensitive)."
        },
        "side": {
          "type": "string",
          "enum": [
            "buy",
            "sell"
          ]
        },
        "type": {
          "type": "string",
          "enum": [
            "market",
            "limit",
            "stop_loss",
            "take_profit"
          ],
          "default": "market"
        },
        "quantity": {
          "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "price": {
          "allOf": [
            {
              "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
              "oneOf": [
                {
                  "type": "string",
                  "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                },
                {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1000000000000
                }
              ],
              "examples": [
                "10000.00"
              ]
            }
          ],
          "description": "The limit price (`limit`); for `stop_loss` / `take_profit` an alias of `trigger_price`."
        },
        "trigger_price": {
          "allOf": [
            {
              "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
              "oneOf": [
                {
                  "type": "string",
                  "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                },
                {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1000000000000
                }
              ],
              "examples": [
                "10000.00"
              ]
            }
          ],
          "description": "The trigger of a `stop_loss` / `take_profit`."
        }
      },
      "required": [
        "session_id",
        "symbol",
        "side",
        "quantity"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "order_id",
        "status",
        "symbol",
        "side",
        "type",
        "quantity",
        "price",
        "executed_price",
        "executed_qty",
        "slippage_pct",
        "fee",
        "realized_pnl",
        "locked_asset",
        "locked_amount",
        "simulated_at"
      ],
      "additionalProperties": false,
      "properties": {
        "order_id": {
          "type": "string",
          "format": "uuid",
          "description": "Derived from the virtual time and the session's order counter, so a rerun gives the same ids."
        },
        "status": {
          "type": "string",
          "enum": [
            "filled",
            "pending"
          ]
        },
        "symbol": {
          "type": "string"
        },
        "side": {
          "type": "string",
          "enum": [
            "buy",
            "sell"
          ]
        },
        "type": {
          "type": "string",
          "enum": [
            "market",
            "limit",
            "stop_loss",
            "take_profit"
          ]
        },
        "quantity": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "price": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ],
          "description": "The limit price or trigger; null for a market order."
        },
        "executed_price": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "executed_qty": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "slippage_pct": {
          "type": [
            "string",
            "null"
          ],
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "description": "Percent, 8 decimals; null while pending."
        },
        "fee": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "realized_pnl": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "locked_asset": {
          "type": [
            "string",
            "null"
          ],
          "description": "What a pending order locked (USDT for a buy, the base asset for a sell)."
        },
        "locked_amount": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "simulated_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "order_id": "0193a1b2-e000-7000-8000-000000000002",
          "status": "pending",
          "symbol": "BTCUSDT",
          "side": "buy",
          "type": "limit",
          "quantity": "0.01000000",
          "price": "63000.00000000",
          "executed_price": null,
          "executed_qty": null,
          "slippage_pct": null,
          "fee": null,
          "realized_pnl": null,
          "locked_asset": "USDT",
          "locked_amount": "630.63000000",
          "simulated_at": "2026-03-01T00:10:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "list_backtest_orders",
    "operationId": "listBacktestOrders",
    "title": "Orders of the session",
    "description": "Orders of the session\n\nEvery order of the session, oldest first.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/trade/orders",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "orders",
        "count"
      ],
      "additionalProperties": false,
      "properties": {
        "orders": {
          "type": "array",
          "description": "Oldest first.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "symbol",
              "side",
              "type",
              "quantity",
              "price",
              "stop_price",
              "status",
              "executed_price",
              "executed_qty",
              "fee",
              "locked_amount",
              "cancel_reason",
              "created_at",
              "closed_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Limit price of a limit order, else null."
              },
              "stop_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Trigger of a stop-loss or take-profit, else null."
              },
              "status": {
                "type": "string",
                "enum": [
                  "pending",
                  "filled",
                  "cancelled"
                ]
              },
              "executed_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "executed_qty": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "fee": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "locked_amount": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "cancel_reason": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "user",
                  "insufficient_balance",
                  null
                ]
              },
              "created_at": {
                "type": "string",
                "format": "date-time",
                "description": "Virtual time of placement."
              },
              "closed_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "Virtual time of the fill or cancel."
              }
            }
          }
        },
        "count": {
          "type": "integer",
          "minimum": 0
        }
      },
      "examples": [
        {
          "orders": [
            {
              "id": "0193a1b2-e000-7000-8000-000000000002",
              "symbol": "BTCUSDT",
              "side": "buy",
              "type": "limit",
              "quantity": "0.01000000",
              "price": "63000.00000000",
              "stop_price": null,
              "status": "pending",
              "executed_price": null,
              "executed_qty": null,
              "fee": null,
              "locked_amount": "630.63000000",
              "cancel_reason": null,
              "created_at": "2026-03-01T00:10:00.000Z",
              "closed_at": null
            }
          ],
          "count": 1
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "list_backtest_open_orders",
    "operationId": "listBacktestOpenOrders",
    "title": "Pending orders of the session",
    "description": "Pending orders of the session\n\nThe session's resting orders, oldest first.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/trade/orders/open",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "orders",
        "count"
      ],
      "additionalProperties": false,
      "properties": {
        "orders": {
          "type": "array",
          "description": "Oldest first.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "symbol",
              "side",
              "type",
              "quantity",
              "price",
              "stop_price",
              "status",
              "executed_price",
              "executed_qty",
              "fee",
              "locked_amount",
              "cancel_reason",
              "created_at",
              "closed_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Limit price of a limit order, else null."
              },
              "stop_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "Trigger of a stop-loss or take-profit, else null."
              },
              "status": {
                "type": "string",
                "enum": [
                  "pending",
                  "filled",
                  "cancelled"
                ]
              },
              "executed_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "executed_qty": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "fee": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "locked_amount": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "cancel_reason": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "user",
                  "insufficient_balance",
                  null
                ]
              },
              "created_at": {
                "type": "string",
                "format": "date-time",
                "description": "Virtual time of placement."
              },
              "closed_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "Virtual time of the fill or cancel."
              }
            }
          }
        },
        "count": {
          "type": "integer",
          "minimum": 0
        }
      },
      "examples": [
        {
          "orders": [
            {
              "id": "0193a1b2-e000-7000-8000-000000000002",
              "symbol": "BTCUSDT",
              "side": "buy",
              "type": "limit",
              "quantity": "0.01000000",
              "price": "63000.00000000",
              "stop_price": null,
              "status": "pending",
              "executed_price": null,
              "executed_qty": null,
              "fee": null,
              "locked_amount": "630.63000000",
              "cancel_reason": null,
              "created_at": "2026-03-01T00:10:00.000Z",
              "closed_at": null
            }
          ],
          "count": 1
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "cancel_backtest_order",
    "operationId": "cancelBacktestOrder",
    "title": "Cancel a pending order in the sandbox",
    "description": "Cancel a pending order in the sandbox\n\nCancels a resting order and releases what it locked. An order that is no longer pending\nanswers `cancelled: false`; an unknown order `404 ORDER_NOT_FOUND`. Only while `running`:\notherwise `409 BACKTEST_INVALID_STATE`.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND, ORDER_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no such session; or `ORDER_NOT_FOUND`: the session has no such order.\n- 409 BACKTEST_INVALID_STATE: `BACKTEST_INVALID_STATE`: the session's status does not allow this (`details.current_status`; `details.allowed_statuses` would), or the session is a historical battle participant's (`details.reason: \"battle_session\"`, `details.battle_id`): the battle drives its clock, orders and end through `/battles/{battle_id}/*`; reads stay open.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "DELETE",
    "path": "/api/v1/backtest/{session_id}/trade/order/{order_id}",
    "pathParams": [
      "session_id",
      "order_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "order_id": {
          "type": "string",
          "format": "uuid",
          "description": "The order's id.",
          "examples": [
            "0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a"
          ]
        }
      },
      "required": [
        "session_id",
        "order_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "order_id",
        "cancelled"
      ],
      "additionalProperties": false,
      "properties": {
        "order_id": {
          "type": "string",
          "format": "uuid"
        },
        "cancelled": {
          "type": "boolean",
          "description": "False when the order was no longer pending (filled or cancelled before)."
        }
      },
      "examples": [
        {
          "order_id": "0193a1b2-e000-7000-8000-000000000002",
          "cancelled": true
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_trade_history",
    "operationId": "getBacktestTradeHistory",
    "title": "Fills of the session",
    "description": "Fills of the session\n\nEvery fill of the session, oldest first.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/trade/history",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "trades",
        "count"
      ],
      "additionalProperties": false,
      "properties": {
        "trades": {
          "type": "array",
          "description": "Oldest first.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "session_id",
              "order_id",
              "symbol",
              "side",
              "type",
              "quantity",
              "price",
              "reference_price",
              "quote_amount",
              "fee",
              "slippage_pct",
              "realized_pnl",
              "net_pnl",
              "stop_price",
              "simulated_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "session_id": {
                "type": "string",
                "format": "uuid",
                "description": "A backtest session's id.",
                "examples": [
                  "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
                ]
              },
              "order_id": {
                "type": "string",
                "format": "uuid"
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price": {
                "allOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                ],
                "description": "The fill price (slippage included)."
              },
              "reference_price": {
                "allOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                ],
                "description": "The step price the fill was measured against."
              },
              "quote_amount": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "fee": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "slippage_pct": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "description": "Percent, 8 decimals (`\"0.01000000\"` is 0.01 %)."
              },
              "realized_pnl": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "A sell's realized PnL before fees; null for a buy."
              },
              "net_pnl": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "A sell's PnL after its fee and its share of the opening fees; null for a buy."
              },
              "stop_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "simulated_at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "count": {
          "type": "integer",
          "minimum": 0
        }
      },
      "examples": [
        {
          "trades": [
            {
              "id": "0193a1b2-e000-7000-8000-000000000003",
              "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
              "order_id": "0193a1b2-e000-7000-8000-000000000002",
              "symbol": "BTCUSDT",
              "side": "buy",
              "type": "limit",
              "quantity": "0.01000000",
              "price": "63000.00000000",
              "reference_price": "62990.00000000",
              "quote_amount": "630.00000000",
              "fee": "0.63000000",
              "slippage_pct": "0.00000000",
              "realized_pnl": null,
              "net_pnl": null,
              "stop_price": null,
              "simulated_at": "2026-03-01T01:00:00.000Z"
            }
          ],
          "count": 1
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_price",
    "operationId": "getBacktestPrice",
    "title": "Price at the virtual time",
    "description": "Price at the virtual time\n\nThe close of the pair's latest candle closed at or before the virtual time. As\n`GET /market/price/{symbol}` answers: a symbol that is not one of the session's pairs is\n`400 INVALID_SYMBOL`; a session pair with no candle closed by the virtual time is\n`503 PRICE_NOT_AVAILABLE` (never an invented price).\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: the symbol is not one of the session's pairs (the sandbox knows only those); `details.session_pairs` lists them.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.\n- 503 PRICE_NOT_AVAILABLE: `PRICE_NOT_AVAILABLE`: the session pair has no candle closed by the virtual time (the price and indicators: none yet, `reason: no_closed_candle` / `no_candles`; the ticker: none in the 24 hours before it, `reason: no_candles_24h`). Step on: the answer changes once one closes.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/price/{symbol}",
    "pathParams": [
      "session_id",
      "symbol"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        }
      },
      "required": [
        "session_id",
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "price",
        "virtual_time"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "price": {
          "allOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            }
          ],
          "description": "Close of the pair's latest candle closed at or before the virtual time."
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "price": "64356.00000000",
          "virtual_time": "2026-03-01T01:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_prices",
    "operationId": "getBacktestPrices",
    "title": "Prices at the virtual time",
    "description": "Prices at the virtual time\n\nThe price of every session pair that has one at the virtual time.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/prices",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "prices",
        "virtual_time"
      ],
      "additionalProperties": false,
      "properties": {
        "prices": {
          "type": "object",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "prices": {
            "BTCUSDT": "64356.00000000",
            "ETHUSDT": "3410.20000000"
          },
          "virtual_time": "2026-03-01T01:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_ticker",
    "operationId": "getBacktestTicker",
    "title": "24-hour statistics at the virtual time",
    "description": "24-hour statistics at the virtual time\n\nOpen, high, low, close, volumes and change over the 1-minute candles closed in (t − 24 h, t],\nt the virtual time. As `GET /market/ticker/{symbol}` answers: a symbol that is not one of the\nsession's pairs is `400 INVALID_SYMBOL`; no such candle is `503 PRICE_NOT_AVAILABLE`.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: the symbol is not one of the session's pairs (the sandbox knows only those); `details.session_pairs` lists them.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.\n- 503 PRICE_NOT_AVAILABLE: `PRICE_NOT_AVAILABLE`: the session pair has no candle closed by the virtual time (the price and indicators: none yet, `reason: no_closed_candle` / `no_candles`; the ticker: none in the 24 hours before it, `reason: no_candles_24h`). Step on: the answer changes once one closes.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/ticker/{symbol}",
    "pathParams": [
      "session_id",
      "symbol"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        }
      },
      "required": [
        "session_id",
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "description": "24-hour statistics over the 1-minute candles closed in (t − 24 h, t].",
      "required": [
        "symbol",
        "open",
        "high",
        "low",
        "close",
        "volume",
        "quote_volume",
        "trade_count",
        "price_change",
        "price_change_pct",
        "virtual_time"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "open": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "high": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "low": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "close": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "volume": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "quote_volume": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "trade_count": {
          "type": "integer",
          "minimum": 0
        },
        "price_change": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "price_change_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "description": "A percentage or figure with 2 decimals."
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "open": "63000.00000000",
          "high": "65100.00000000",
          "low": "62850.50000000",
          "close": "64356.00000000",
          "volume": "1523.44100000",
          "quote_volume": "97654321.12000000",
          "trade_count": 182340,
          "price_change": "1356.00000000",
          "price_change_pct": "2.15",
          "virtual_time": "2026-03-02T00:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_candles",
    "operationId": "getBacktestCandles",
    "title": "Candles up to the virtual time",
    "description": "Candles up to the virtual time\n\nThe newest `limit` candles of `interval` that closed at or before the virtual time (open\ntime + interval ≤ t), oldest first: a strategy never sees a candle still forming. A symbol\nthat is not one of the session's pairs is `400 INVALID_SYMBOL`; a session pair with no\nclosed candle yet has an empty list.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: the symbol is not one of the session's pairs (the sandbox knows only those); `details.session_pairs` lists them.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/candles/{symbol}",
    "pathParams": [
      "session_id",
      "symbol"
    ],
    "queryParams": [
      "interval",
      "limit"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        },
        "interval": {
          "type": "string",
          "enum": [
            "1m",
            "5m",
            "15m",
            "1h",
            "4h",
            "1d",
            "60",
            "300",
            "900",
            "3600",
            "14400",
            "86400"
          ],
          "description": "A label or the same interval in seconds; default the session's interval.",
          "examples": [
            "1h"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 100,
          "description": "Most candles to return.",
          "examples": [
            100
          ]
        }
      },
      "required": [
        "session_id",
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "interval",
        "candles",
        "count",
        "virtual_time"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "interval": {
          "type": "string",
          "enum": [
            "1m",
            "5m",
            "15m",
            "1h",
            "4h",
            "1d"
          ]
        },
        "candles": {
          "type": "array",
          "description": "Oldest first.",
          "items": {
            "type": "object",
            "required": [
              "bucket",
              "open",
              "high",
              "low",
              "close",
              "volume",
              "trade_count"
            ],
            "additionalProperties": false,
            "properties": {
              "bucket": {
                "type": "string",
                "format": "date-time",
                "description": "Open time of the candle; the candle closed at or before the virtual time."
              },
              "open": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "high": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "low": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "close": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "volume": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "trade_count": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        },
        "count": {
          "type": "integer",
          "minimum": 0
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "interval": "1h",
          "candles": [
            {
              "bucket": "2026-03-01T00:00:00.000Z",
              "open": "63100.00000000",
              "high": "64600.00000000",
              "low": "63050.10000000",
              "close": "64356.00000000",
              "volume": "61.20300000",
              "trade_count": 7412
            }
          ],
          "count": 1,
          "virtual_time": "2026-03-01T01:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_indicators",
    "operationId": "getBacktestIndicators",
    "title": "Technical indicators at the virtual time",
    "description": "Technical indicators at the virtual time\n\nThe indicators of `GET /api/v1/market/indicators/{symbol}` (same names, definitions and\nlibrary), over the newest `lookback` 1-minute candles closed at or before the virtual time,\nso `price` is the close of the last closed candle. As the live route answers: a symbol that\nis not one of the session's pairs is `400 INVALID_SYMBOL`; a session pair with no closed\n1-minute candle yet is `503 PRICE_NOT_AVAILABLE` (`reason: no_candles`).\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: the symbol is not one of the session's pairs (the sandbox knows only those); `details.session_pairs` lists them.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.\n- 503 PRICE_NOT_AVAILABLE: `PRICE_NOT_AVAILABLE`: the session pair has no candle closed by the virtual time (the price and indicators: none yet, `reason: no_closed_candle` / `no_candles`; the ticker: none in the 24 hours before it, `reason: no_candles_24h`). Step on: the answer changes once one closes.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/indicators/{symbol}",
    "pathParams": [
      "session_id",
      "symbol"
    ],
    "queryParams": [
      "indicators",
      "lookback"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "A pair such as `BTCUSDT` (case-insensitive).",
          "examples": [
            "BTCUSDT"
          ]
        },
        "indicators": {
          "type": "string",
          "maxLength": 400,
          "description": "Comma-separated names from `/market/indicators/available` (default: all). An unknown name\nis a `422 VALIDATION_ERROR` naming it.",
          "examples": [
            "rsi_14,macd_line,macd_signal,bb_upper,bb_lower"
          ]
        },
        "lookback": {
          "type": "integer",
          "minimum": 14,
          "maximum": 500,
          "default": 200,
          "description": "How many of the newest closed 1-minute candles to compute over.",
          "examples": [
            200
          ]
        }
      },
      "required": [
        "session_id",
        "symbol"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "symbol",
        "timestamp",
        "candles_used",
        "indicators",
        "virtual_time"
      ],
      "additionalProperties": false,
      "properties": {
        "symbol": {
          "type": "string"
        },
        "timestamp": {
          "type": "string",
          "format": "date-time",
          "description": "The virtual time the values were computed at."
        },
        "candles_used": {
          "type": "integer",
          "minimum": 1
        },
        "indicators": {
          "type": "object",
          "description": "By name; an indicator the window is too short for is left out.",
          "propertyNames": {
            "type": "string",
            "enum": [
              "adx_14",
              "atr_14",
              "bb_lower",
              "bb_mid",
              "bb_upper",
              "ema_12",
              "ema_26",
              "macd_hist",
              "macd_line",
              "macd_signal",
              "price",
              "rsi_14",
              "sma_20",
              "sma_50",
              "volume_ma_20",
              "vwap"
            ]
          },
          "additionalProperties": {
            "type": "string",
            "pattern": "^-?\\d+\\.\\d{8}$"
          }
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "symbol": "BTCUSDT",
          "timestamp": "2026-03-01T01:00:00.000Z",
          "candles_used": 60,
          "indicators": {
            "price": "64356.00000000",
            "rsi_14": "61.23456789",
            "sma_20": "64120.50000000"
          },
          "virtual_time": "2026-03-01T01:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_balance",
    "operationId": "getBacktestBalance",
    "title": "Sandbox balances",
    "description": "Sandbox balances\n\nThe sandbox wallet's non-zero holdings.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/account/balance",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "balances"
      ],
      "additionalProperties": false,
      "properties": {
        "balances": {
          "type": "array",
          "description": "Non-zero holdings only.",
          "items": {
            "type": "object",
            "required": [
              "asset",
              "available",
              "locked",
              "total"
            ],
            "additionalProperties": false,
            "properties": {
              "asset": {
                "type": "string"
              },
              "available": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "locked": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "total": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "balances": [
            {
              "asset": "USDT",
              "available": "8738.22000000",
              "locked": "630.63000000",
              "total": "9368.85000000"
            },
            {
              "asset": "BTC",
              "available": "0.01000000",
              "locked": "0.00000000",
              "total": "0.01000000"
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_positions",
    "operationId": "getBacktestPositions",
    "title": "Sandbox positions",
    "description": "Sandbox positions\n\nOpen positions with their average entry price and realized PnL.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/account/positions",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "positions"
      ],
      "additionalProperties": false,
      "properties": {
        "positions": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "symbol",
              "quantity",
              "avg_entry_price",
              "realized_pnl"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string"
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "avg_entry_price": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "realized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "positions": [
            {
              "symbol": "BTCUSDT",
              "quantity": "0.01000000",
              "avg_entry_price": "63052.00000000",
              "realized_pnl": "0.00000000"
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_portfolio",
    "operationId": "getBacktestPortfolio",
    "title": "Sandbox portfolio",
    "description": "Sandbox portfolio\n\nEquity, cash and positions valued at the virtual time.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/account/portfolio",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "total_equity",
        "available_cash",
        "locked_cash",
        "position_value",
        "unrealized_pnl",
        "realized_pnl",
        "fees_paid",
        "positions",
        "virtual_time"
      ],
      "additionalProperties": false,
      "properties": {
        "total_equity": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "available_cash": {
          "allOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            }
          ],
          "description": "USDT held, free plus locked by resting orders."
        },
        "locked_cash": {
          "allOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            }
          ],
          "description": "The part of `available_cash` locked by resting orders."
        },
        "position_value": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "unrealized_pnl": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "realized_pnl": {
          "allOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            }
          ],
          "description": "Realized PnL of the session so far, before fees."
        },
        "fees_paid": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "positions": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "symbol",
              "quantity",
              "avg_entry_price",
              "current_price",
              "market_value",
              "unrealized_pnl"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string"
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "avg_entry_price": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "current_price": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "market_value": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "unrealized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              }
            }
          }
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "total_equity": "10012.41000000",
          "available_cash": "9368.85000000",
          "locked_cash": "0.00000000",
          "position_value": "643.56000000",
          "unrealized_pnl": "13.04000000",
          "realized_pnl": "0.00000000",
          "fees_paid": "0.63052000",
          "positions": [
            {
              "symbol": "BTCUSDT",
              "quantity": "0.01000000",
              "avg_entry_price": "63052.00000000",
              "current_price": "64356.00000000",
              "market_value": "643.56000000",
              "unrealized_pnl": "13.04000000"
            }
          ],
          "virtual_time": "2026-03-01T01:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_results",
    "operationId": "getBacktestResults",
    "title": "Results of a session",
    "description": "Results of a session\n\nConfiguration, summary, metrics and per-pair figures, in any status (before the end: the\nresults so far; a cancelled session: up to its cancel, positions valued, not sold).\n\nThe metrics use the formulas of `GET /api/v1/analytics/performance` on the session's regular\nequity series (one point an hour of virtual time below `1h`, one a step from `1h` up),\nannualised with its spacing, and its closing fills; `trades_per_day` and `avg_trade_duration_minutes` count every fill over virtual\ntime. `roi_pct` = (final equity − starting balance) / starting balance × 100. The same\nconfiguration, data and order sequence give the same results, byte for byte (ids and\nwall-clock fields aside).\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/results",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "session_id",
        "status",
        "config",
        "summary",
        "metrics",
        "by_pair"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "status": {
          "type": "string",
          "enum": [
            "created",
            "running",
            "completed",
            "cancelled",
            "failed"
          ],
          "description": "`created` (configured, not started), `running` (stepping), `completed` (reached its last step:\npositions closed, results final), `cancelled` (stopped by the owner or after an hour without\nany call: positions kept, results partial), `failed` (could not continue; `error` says why).\n"
        },
        "config": {
          "type": "object",
          "required": [
            "start_time",
            "end_time",
            "starting_balance",
            "candle_interval",
            "candle_interval_seconds",
            "pairs",
            "strategy_label",
            "agent_id"
          ],
          "additionalProperties": false,
          "properties": {
            "start_time": {
              "type": "string",
              "format": "date-time"
            },
            "end_time": {
              "type": "string",
              "format": "date-time"
            },
            "starting_balance": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "candle_interval": {
              "type": "string",
              "enum": [
                "1m",
                "5m",
                "15m",
                "1h",
                "4h",
                "1d"
              ]
            },
            "candle_interval_seconds": {
              "type": "integer",
              "minimum": 60,
              "maximum": 86400,
              "description": "The interval in seconds (60, 300, 900, 3600, 14400 or 86400)."
            },
            "pairs": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "strategy_label": {
              "type": "string"
            },
            "agent_id": {
              "type": "string",
              "format": "uuid"
            }
          }
        },
        "summary": {
          "type": "object",
          "required": [
            "final_equity",
            "total_pnl",
            "roi_pct",
            "total_trades",
            "total_fees",
            "duration_real_sec",
            "current_step",
            "total_steps"
          ],
          "additionalProperties": false,
          "properties": {
            "final_equity": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "total_pnl": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "roi_pct": {
              "type": "string",
              "pattern": "^-?[0-9]+\\.[0-9]{2}$",
              "description": "A percentage or figure with 2 decimals."
            },
            "total_trades": {
              "type": "integer",
              "minimum": 0,
              "description": "Fills, buys and sells."
            },
            "total_fees": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "duration_real_sec": {
              "type": [
                "number",
                "null"
              ],
              "minimum": 0
            },
            "current_step": {
              "type": "integer",
              "minimum": 0
            },
            "total_steps": {
              "type": "integer",
              "minimum": 1
            }
          }
        },
        "metrics": {
          "type": "object",
          "description": "The formulas of `GET /api/v1/analytics/performance`, on the session's regular equity series\n(one point an hour of virtual time for intervals below `1h`, one a step from `1h` up;\nannualised with that spacing, `series_interval_seconds`) and its closing (sell) fills.\nNever null: a metric the data does not define is zero in its format and listed in\n`not_computable`.\n",
          "required": [
            "sharpe_ratio",
            "sortino_ratio",
            "max_drawdown_pct",
            "max_drawdown_duration_days",
            "max_drawdown_duration_seconds",
            "win_rate",
            "profit_factor",
            "avg_win",
            "avg_loss",
            "best_trade",
            "worst_trade",
            "avg_trade_duration_minutes",
            "trades_per_day",
            "closed_trades",
            "series_interval_seconds",
            "data_points",
            "not_computable"
          ],
          "additionalProperties": false,
          "properties": {
            "sharpe_ratio": {
              "type": "string",
              "pattern": "^-?[0-9]+\\.[0-9]{6}$",
              "description": "A ratio with 6 decimals."
            },
            "sortino_ratio": {
              "type": "string",
              "pattern": "^-?[0-9]+\\.[0-9]{6}$",
              "description": "A ratio with 6 decimals."
            },
            "max_drawdown_pct": {
              "type": "string",
              "pattern": "^-?[0-9]+\\.[0-9]{4}$",
              "description": "A percentage with 4 decimals."
            },
            "max_drawdown_duration_days": {
              "type": "integer",
              "minimum": 0,
              "description": "Whole days of `max_drawdown_duration_seconds`."
            },
            "max_drawdown_duration_seconds": {
              "type": "integer",
              "minimum": 0
            },
            "win_rate": {
              "type": "string",
              "pattern": "^-?[0-9]+\\.[0-9]{4}$",
              "description": "A percentage with 4 decimals."
            },
            "profit_factor": {
              "type": "string",
              "pattern": "^-?[0-9]+\\.[0-9]{6}$",
              "description": "A ratio with 6 decimals."
            },
            "avg_win": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "avg_loss": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "best_trade": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "worst_trade": {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            "avg_trade_duration_minutes": {
              "allOf": [
                {
                  "type": "string",
                  "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                  "description": "A percentage or figure with 2 decimals."
                }
              ],
              "description": "Mean virtual time between consecutive fills, minutes, 2 decimals (0 with fewer than two fills)."
            },
            "trades_per_day": {
              "allOf": [
                {
                  "type": "string",
                  "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                  "description": "A percentage or figure with 2 decimals."
                }
              ],
              "description": "Fills per virtual day, 2 decimals."
            },
            "closed_trades": {
              "type": "integer",
              "minimum": 0,
              "description": "Closing (sell) fills the trade metrics are computed over."
            },
            "series_interval_seconds": {
              "type": "integer",
              "minimum": 1,
              "description": "The equity series' spacing the ratios are annualised with."
            },
            "data_points": {
              "type": "integer",
              "minimum": 0
            },
            "not_computable": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        },
        "by_pair": {
          "type": "array",
          "description": "Per pair with fills, by symbol.",
          "items": {
            "type": "object",
            "required": [
              "symbol",
              "trades",
              "wins",
              "losses",
              "win_rate",
              "net_pnl",
              "total_volume"
            ],
            "additionalProperties": false,
            "properties": {
              "symbol": {
                "type": "string"
              },
              "trades": {
                "type": "integer",
                "minimum": 0,
                "description": "Fills of the pair."
              },
              "wins": {
                "type": "integer",
                "minimum": 0
              },
              "losses": {
                "type": "integer",
                "minimum": 0
              },
              "win_rate": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                "description": "A percentage or figure with 2 decimals."
              },
              "net_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "total_volume": {
                "allOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                ],
                "description": "Σ quote amount of the pair's fills."
              }
            }
          }
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "status": "completed",
          "config": {
            "start_time": "2026-03-01T00:00:00.000Z",
            "end_time": "2026-03-08T00:00:00.000Z",
            "starting_balance": "10000.00000000",
            "candle_interval": "1m",
            "candle_interval_seconds": 60,
            "pairs": [
              "BTCUSDT"
            ],
            "strategy_label": "sma-crossover-v2",
            "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          },
          "summary": {
            "final_equity": "10241.20000000",
            "total_pnl": "241.20000000",
            "roi_pct": "2.41",
            "total_trades": 24,
            "total_fees": "48.21000000",
            "duration_real_sec": 1.7,
            "current_step": 10080,
            "total_steps": 10080
          },
          "metrics": {
            "sharpe_ratio": "1.853210",
            "sortino_ratio": "2.410032",
            "max_drawdown_pct": "3.1000",
            "max_drawdown_duration_days": 1,
            "max_drawdown_duration_seconds": 93600,
            "win_rate": "58.3333",
            "profit_factor": "1.620000",
            "avg_win": "41.20000000",
            "avg_loss": "-25.10000000",
            "best_trade": "120.00000000",
            "worst_trade": "-61.50000000",
            "avg_trade_duration_minutes": "418.26",
            "trades_per_day": "3.43",
            "closed_trades": 12,
            "series_interval_seconds": 60,
            "data_points": 10081,
            "not_computable": []
          },
          "by_pair": [
            {
              "symbol": "BTCUSDT",
              "trades": 24,
              "wins": 7,
              "losses": 5,
              "win_rate": "58.33",
              "net_pnl": "241.20000000",
              "total_volume": "48210.00000000"
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_equity_curve",
    "operationId": "getBacktestEquityCurve",
    "title": "Equity curve of a session",
    "description": "Equity curve of a session\n\nThe session's equity snapshots, oldest first: the start, every step the metrics sample,\nevery step with a fill, and the end. `interval` = N keeps every Nth one.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/results/equity-curve",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [
      "interval"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "interval": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000000,
          "default": 1,
          "description": "Keep every Nth snapshot.",
          "examples": [
            1
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "session_id",
        "interval",
        "snapshots"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "interval": {
          "type": "string",
          "pattern": "^[1-9][0-9]*$",
          "description": "Every Nth snapshot, as asked."
        },
        "snapshots": {
          "type": "array",
          "description": "Oldest first.",
          "items": {
            "type": "object",
            "required": [
              "step",
              "simulated_at",
              "total_equity",
              "available_cash",
              "position_value",
              "unrealized_pnl",
              "realized_pnl"
            ],
            "additionalProperties": false,
            "properties": {
              "step": {
                "type": "integer",
                "minimum": 0
              },
              "simulated_at": {
                "type": "string",
                "format": "date-time"
              },
              "total_equity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "available_cash": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "position_value": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "unrealized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "realized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "interval": "1",
          "snapshots": [
            {
              "step": 0,
              "simulated_at": "2026-03-01T00:00:00.000Z",
              "total_equity": "10000.00000000",
              "available_cash": "10000.00000000",
              "position_value": "0.00000000",
              "unrealized_pnl": "0.00000000",
              "realized_pnl": "0.00000000"
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_backtest_trades",
    "operationId": "getBacktestTrades",
    "title": "Fills of a session, paged",
    "description": "Fills of a session, paged\n\nThe session's fills, oldest first; `total` counts all of them.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 404 BACKTEST_NOT_FOUND: `BACKTEST_NOT_FOUND`: the account has no session with that id (another account's session answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/results/trades",
    "pathParams": [
      "session_id"
    ],
    "queryParams": [
      "limit",
      "offset"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "The session's id. Another account's session answers `404 BACKTEST_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000,
          "default": 1000,
          "description": "Most fills to return.",
          "examples": [
            1000
          ]
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 10000000,
          "default": 0,
          "description": "Fills to skip.",
          "examples": [
            0
          ]
        }
      },
      "required": [
        "session_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "session_id",
        "trades",
        "total"
      ],
      "additionalProperties": false,
      "properties": {
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A backtest session's id.",
          "examples": [
            "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
          ]
        },
        "trades": {
          "type": "array",
          "description": "Oldest first.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "session_id",
              "order_id",
              "symbol",
              "side",
              "type",
              "quantity",
              "price",
              "reference_price",
              "quote_amount",
              "fee",
              "slippage_pct",
              "realized_pnl",
              "net_pnl",
              "stop_price",
              "simulated_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "session_id": {
                "type": "string",
                "format": "uuid",
                "description": "A backtest session's id.",
                "examples": [
                  "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"
                ]
              },
              "order_id": {
                "type": "string",
                "format": "uuid"
              },
              "symbol": {
                "type": "string"
              },
              "side": {
                "type": "string",
                "enum": [
                  "buy",
                  "sell"
                ]
              },
              "type": {
                "type": "string",
                "enum": [
                  "market",
                  "limit",
                  "stop_loss",
                  "take_profit"
                ]
              },
              "quantity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "price": {
                "allOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                ],
                "description": "The fill price (slippage included)."
              },
              "reference_price": {
                "allOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                ],
                "description": "The step price the fill was measured against."
              },
              "quote_amount": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "fee": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "slippage_pct": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "description": "Percent, 8 decimals (`\"0.01000000\"` is 0.01 %)."
              },
              "realized_pnl": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "A sell's realized PnL before fees; null for a buy."
              },
              "net_pnl": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ],
                "description": "A sell's PnL after its fee and its share of the opening fees; null for a buy."
              },
              "stop_price": {
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "simulated_at": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        },
        "total": {
          "type": "integer",
          "minimum": 0,
          "description": "Every fill of the session."
        }
      },
      "examples": [
        {
          "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
          "trades": [
            {
              "id": "0193a1b2-e000-7000-8000-000000000005",
              "session_id": "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
              "order_id": "0193a1b2-e000-7000-8000-000000000004",
              "symbol": "BTCUSDT",
              "side": "sell",
              "type": "market",
              "quantity": "0.01000000",
              "price": "64349.56440000",
              "reference_price": "64356.00000000",
              "quote_amount": "643.49564400",
              "fee": "0.64349564",
              "slippage_pct": "0.01000000",
              "realized_pnl": "13.49564400",
              "net_pnl": "12.22214836",
              "stop_price": null,
              "simulated_at": "2026-03-01T02:00:00.000Z"
            }
          ],
          "total": 1
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_account_mode",
    "operationId": "getAccountMode",
    "title": "Live or backtest mode",
    "description": "Live or backtest mode\n\nThe account's declared mode and its backtest counts. The mode is a label for tools and\ndashboards: it changes no routing (live and backtest routes work in either).\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/account/mode",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {},
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "mode",
        "active_strategy_label",
        "active_backtests",
        "total_backtests_completed"
      ],
      "additionalProperties": false,
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "live",
            "backtest"
          ]
        },
        "active_strategy_label": {
          "type": [
            "string",
            "null"
          ]
        },
        "active_backtests": {
          "type": "integer",
          "minimum": 0,
          "description": "The account's sessions that are `created` or `running`."
        },
        "total_backtests_completed": {
          "type": "integer",
          "minimum": 0
        }
      },
      "examples": [
        {
          "mode": "backtest",
          "active_strategy_label": "sma-crossover-v2",
          "active_backtests": 1,
          "total_backtests_completed": 3
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "set_account_mode",
    "operationId": "setAccountMode",
    "title": "Declare live or backtest mode",
    "description": "Declare live or backtest mode\n\nStores the account's mode and, optionally, the strategy label it is working on.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 ACCOUNT_SUSPENDED: `ACCOUNT_SUSPENDED`: the account is suspended or archived.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/account/mode",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "mode",
      "strategy_label"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "live",
            "backtest"
          ]
        },
        "strategy_label": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "mode",
        "active_strategy_label",
        "active_backtests",
        "total_backtests_completed"
      ],
      "additionalProperties": false,
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "live",
            "backtest"
          ]
        },
        "active_strategy_label": {
          "type": [
            "string",
            "null"
          ]
        },
        "active_backtests": {
          "type": "integer",
          "minimum": 0,
          "description": "The account's sessions that are `created` or `running`."
        },
        "total_backtests_completed": {
          "type": "integer",
          "minimum": 0
        }
      },
      "examples": [
        {
          "mode": "backtest",
          "active_strategy_label": "sma-crossover-v2",
          "active_backtests": 1,
          "total_backtests_completed": 3
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "list_battles",
    "operationId": "listBattles",
    "title": "List the account's battles",
    "description": "List the account's battles\n\nThe account's battles, newest first, each with its participants: the page of at most\n`limit` after skipping `offset`; `total` counts every battle that matches `status`, whatever\nthe page. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/battles",
    "pathParams": [],
    "queryParams": [
      "status",
      "limit",
      "offset"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "Only battles in this state.",
          "examples": [
            "active"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 200,
          "default": 50,
          "description": "Most battles to return.",
          "examples": [
            50
          ]
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100000,
          "default": 0,
          "description": "Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like\nevery integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a\n`422 VALIDATION_ERROR` naming the field).",
          "examples": [
            0
          ]
        }
      },
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "battles",
        "total",
        "limit",
        "offset"
      ],
      "additionalProperties": false,
      "properties": {
        "battles": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "id",
              "account_id",
              "name",
              "status",
              "battle_mode",
              "preset",
              "config",
              "ranking_metric",
              "backtest_config",
              "participant_count",
              "participants",
              "winner_agent_id",
              "created_at",
              "updated_at",
              "started_at",
              "ended_at",
              "ends_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "account_id": {
                "type": "string",
                "format": "uuid"
              },
              "name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "draft",
                  "pending",
                  "active",
                  "paused",
                  "completed",
                  "cancelled"
                ],
                "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
              },
              "battle_mode": {
                "type": "string",
                "enum": [
                  "live",
                  "historical"
                ],
                "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
              },
              "preset": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The preset it was created from."
              },
              "config": {
                "type": "object",
                "description": "The battle's normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).",
                "required": [
                  "starting_balance",
                  "wallet_mode",
                  "duration_type",
                  "duration_seconds",
                  "allowed_pairs"
                ],
                "additionalProperties": false,
                "properties": {
                  "starting_balance": {
                    "type": "string",
                    "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$",
                    "description": "A positive decimal string.",
                    "examples": [
                      "10000"
                    ]
                  },
                  "wallet_mode": {
                    "type": "string",
                    "enum": [
                      "fresh",
                      "existing"
                    ],
                    "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
                  },
                  "duration_type": {
                    "type": "string",
                    "enum": [
                      "fixed",
                      "unlimited",
                      "historical"
                    ]
                  },
                  "duration_seconds": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 60,
                    "description": "`fixed`: how long the battle runs; null otherwise (historical: informative)."
                  },
                  "allowed_pairs": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "description": "The only pairs participants may trade while the live battle runs; null for every pair.",
                    "items": {
                      "type": "string"
                    }
                  },
                  "candle_interval": {
                    "type": "integer",
                    "minimum": 60,
                    "description": "Historical presets' candle interval in seconds."
                  },
                  "survival": {
                    "type": "boolean"
                  },
                  "battle_mode": {
                    "type": "string",
                    "enum": [
                      "live",
                      "historical"
                    ],
                    "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
                  }
                },
                "examples": [
                  {
                    "starting_balance": "10000",
                    "wallet_mode": "fresh",
                    "duration_type": "fixed",
                    "duration_seconds": 3600,
                    "allowed_pairs": [
                      "BTCUSDT",
                      "ETHUSDT"
                    ]
                  }
                ]
              },
              "ranking_metric": {
                "type": "string",
                "enum": [
                  "roi_pct",
                  "total_pnl",
                  "sharpe_ratio",
                  "win_rate",
                  "profit_factor"
                ],
                "description": "What the battle is ranked by; higher is better for all five."
              },
              "backtest_config": {
                "description": "Historical battles; null for live ones.",
                "oneOf": [
                  {
                    "type": "object",
                    "description": "The history a historical battle replays.",
                    "required": [
                      "start_time",
                      "end_time",
                      "candle_interval",
                      "pairs"
                    ],
                    "additionalProperties": false,
                    "properties": {
                      "start_time": {
                        "type": "string",
                        "format": "date-time"
                      },
                      "end_time": {
                        "type": "string",
                        "format": "date-time"
                      },
                      "candle_interval": {
                        "type": "integer",
                        "minimum": 60,
                        "maximum": 86400,
                        "description": "Seconds per step (60, 300, 900, 3600, 14400 or 86400)."
                      },
                      "pairs": {
                        "type": [
                          "array",
                          "null"
                        ],
                        "description": "Null for every pair with stored history.",
                        "items": {
                          "type": "string"
                        }
                      }
                    },
                    "examples": [
                      {
                        "start_time": "2026-03-01T00:00:00.000Z",
                        "end_time": "2026-03-02T00:00:00.000Z",
                        "candle_interval": 60,
                        "pairs": [
                          "BTCUSDT",
                          "ETHUSDT"
                        ]
                      }
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "participant_count": {
                "type": "integer",
                "minimum": 0
              },
              "participants": {
                "type": "array",
                "description": "In join order.",
                "items": {
                  "type": "object",
                  "required": [
                    "id",
                    "battle_id",
                    "agent_id",
                    "agent_name",
                    "status",
                    "joined_at",
                    "snapshot_balance",
                    "starting_balance",
                    "final_equity",
                    "final_rank",
                    "backtest_session_id",
                    "blown_up_at"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "id": {
                      "type": "string",
                      "format": "uuid"
                    },
                    "battle_id": {
                      "type": "string",
                      "format": "uuid"
                    },
                    "agent_id": {
                      "type": "string",
                      "format": "uuid"
                    },
                    "agent_name": {
                      "type": "string"
                    },
                    "status": {
                      "type": "string",
                      "enum": [
                        "active",
                        "paused",
                        "stopped",
                        "blown_up"
                      ],
                      "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
                    },
                    "joined_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "snapshot_balance": {
                      "description": "The agent's own wallet valued in USDT when the battle started; null before.",
                      "oneOf": [
                        {
                          "type": "string",
                          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                          "examples": [
                            "10000.00000000"
                          ]
                        },
                        {
                          "type": "null"
                        }
                      ]
                    },
                    "starting_balance": {
                      "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
                      "oneOf": [
                        {
                          "type": "string",
                          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                          "examples": [
                            "10000.00000000"
                          ]
                        },
                        {
                          "type": "null"
                        }
                      ]
                    },
                    "final_equity": {
                      "description": "Equity when the battle completed; null before.",
                      "oneOf": [
                        {
                          "type": "string",
                          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                          "examples": [
                            "10000.00000000"
                          ]
                        },
                        {
                          "type": "null"
                        }
                      ]
                    },
                    "final_rank": {
                      "type": [
                        "integer",
                        "null"
                      ],
                      "minimum": 1,
                      "description": "1 = winner; null before completion."
                    },
                    "backtest_session_id": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "uuid",
                      "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
                    },
                    "blown_up_at": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "date-time",
                      "description": "When a survival battle eliminated the participant."
                    }
                  },
                  "examples": [
                    {
                      "id": "0193b2c4-2000-7000-8000-000000000001",
                      "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                      "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                      "agent_name": "Momentum v2",
                      "status": "active",
                      "joined_at": "2026-03-19T09:00:00.000Z",
                      "snapshot_balance": "10412.50000000",
                      "starting_balance": "10000.00000000",
                      "final_equity": null,
                      "final_rank": null,
                      "backtest_session_id": null,
                      "blown_up_at": null
                    }
                  ]
                }
              },
              "winner_agent_id": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uuid",
                "description": "Rank 1, once completed."
              },
              "created_at": {
                "type": "string",
                "format": "date-time"
              },
              "updated_at": {
                "type": "string",
                "format": "date-time"
              },
              "started_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              },
              "ended_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time"
              },
              "ends_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a running fixed-duration live battle stops itself."
              }
            },
            "examples": [
              {
                "id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                "account_id": "550e8400-e29b-41d4-a716-446655440000",
                "name": "BTC sprint",
                "status": "active",
                "battle_mode": "live",
                "preset": "quick_1h",
                "config": {
                  "starting_balance": "5000",
                  "wallet_mode": "fresh",
                  "duration_type": "fixed",
                  "duration_seconds": 3600,
                  "allowed_pairs": [
                    "BTCUSDT",
                    "ETHUSDT"
                  ]
                },
                "ranking_metric": "roi_pct",
                "backtest_config": null,
                "participant_count": 2,
                "participants": [
                  {
                    "id": "0193b2c4-2000-7000-8000-000000000001",
                    "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                    "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                    "agent_name": "Momentum v2",
                    "status": "active",
                    "joined_at": "2026-03-19T09:00:00.000Z",
                    "snapshot_balance": "10412.50000000",
                    "starting_balance": "5000.00000000",
                    "final_equity": null,
                    "final_rank": null,
                    "backtest_session_id": null,
                    "blown_up_at": null
                  },
                  {
                    "id": "0193b2c4-2000-7000-8000-000000000002",
                    "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                    "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
                    "agent_name": "Mean reversion",
                    "status": "active",
                    "joined_at": "2026-03-19T09:00:05.000Z",
                    "snapshot_balance": "9870.00000000",
                    "starting_balance": "5000.00000000",
                    "final_equity": null,
                    "final_rank": null,
                    "backtest_session_id": null,
                    "blown_up_at": null
                  }
                ],
                "winner_agent_id": null,
                "created_at": "2026-03-19T08:59:00.000Z",
                "updated_at": "2026-03-19T09:01:00.000Z",
                "started_at": "2026-03-19T09:01:00.000Z",
                "ended_at": null,
                "ends_at": "2026-03-19T10:01:00.000Z"
              }
            ]
          }
        },
        "total": {
          "type": "integer",
          "minimum": 0,
          "description": "Battles that match the filter, over all pages."
        },
        "limit": {
          "type": "integer"
        },
        "offset": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "battles": [],
          "total": 0,
          "limit": 50,
          "offset": 0
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "create_battle",
    "operationId": "createBattle",
    "title": "Create a battle",
    "description": "Create a battle\n\nCreates a battle in `draft` with no participants; add agents with `POST\n/battles/{battle_id}/participants`, then start it. JWT only.\n\n**Config.** The preset's config (`GET /battles/presets`) is the base and the body's `config`\nkeys are merged over it (the body's win). Keys: `starting_balance` (1–10,000,000 USDT, default\n`10000`), `wallet_mode` (`fresh`, the default: each participant trades exactly\n`starting_balance` and gets its own wallet back when the battle ends or is cancelled;\n`existing`: each participant trades its own wallet, untouched by the battle),\n`duration_type` (`fixed`: the battle stops itself `duration_seconds` after it starts;\n`unlimited`: until stopped; `historical`), `duration_seconds` (60–31,536,000) or\n`duration_minutes` / `duration_hours` (converted to seconds; one given without\n`duration_type` means `fixed`; two that disagree are a `422`), `allowed_pairs` (the only pairs\nparticipants may trade while the live battle runs; `\"all\"` or `null`: every pair; `pairs` is\nan alias), `candle_interval` (seconds or `1m`…`1d`), `survival` (a participant whose equity\nfalls below 10 % of its battle starting balance is eliminated, status `blown_up`; the battle\ncompletes when one participant remains) and `battle_mode`. Any other key is a `422` naming\n`body.config.<key>`; `fixed` without a duration is a `422`; an unknown pair in\n`allowed_pairs` is a `400 INVALID_SYMBOL`.\n\n**Mode.** `battle_mode` from the body, else the preset's config (the `historical_*` presets),\nelse `live`. A `historical` battle needs `backtest_config` (`422 body.backtest_config`\notherwise): the range of stored history every participant trades over one shared virtual\nclock, stepped by `POST /battles/{battle_id}/step`; `pairs` default to `allowed_pairs`,\n`candle_interval` to the config's, else 60 s. Whether history covers the range is checked\nat start.\n\n**Ranking.** `ranking_metric` (default `roi_pct`), higher is better for all five. A\nparticipant without a value (a Sharpe ratio over fewer than two returns, a profit factor\nwithout a loss) ranks after every participant with one; ties go to the earlier join;\neliminated participants rank after the survivors, the later eliminated first. The metrics\nare those of `GET /analytics/performance` and the backtest results (one calculator).\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: a pair of `allowed_pairs` / `pairs` (or `backtest_config.pairs`) the server does not know.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "name",
      "preset",
      "config",
      "ranking_metric",
      "battle_mode",
      "backtest_config"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "pattern": "\\S"
        },
        "preset": {
          "type": "string",
          "enum": [
            "quick_1h",
            "day_trader",
            "marathon",
            "scalper_duel",
            "survival",
            "historical_day",
            "historical_week",
            "historical_month"
          ],
          "description": "The preset whose config is the base (`GET /battles/presets`)."
        },
        "config": {
          "type": "object",
          "description": "Config keys of `POST /battles` (merged over the preset's) and of `PUT` (merged over the battle's).",
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "allOf": [
                {
                  "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
                  "oneOf": [
                    {
                      "type": "string",
                      "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                    },
                    {
                      "type": "number",
                      "exclusiveMinimum": 0,
                      "maximum": 1000000000000
                    }
                  ],
                  "examples": [
                    "10000.00"
                  ]
                }
              ],
              "description": "USDT each participant measures from (and trades, `fresh`), 1 to 10,000,000. Default `10000`."
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "maximum": 31536000,
              "description": "`fixed`: the battle stops itself this long after it starts."
            },
            "duration_minutes": {
              "type": "number",
              "exclusiveMinimum": 0,
              "description": "The duration in minutes (converted to `duration_seconds`)."
            },
            "duration_hours": {
              "type": "number",
              "exclusiveMinimum": 0,
              "description": "The duration in hours (converted to `duration_seconds`)."
            },
            "allowed_pairs": {
              "description": "Pairs (case-insensitive); `\"all\"` or `null` for every pair.",
              "oneOf": [
                {
                  "type": "array",
                  "minItems": 1,
                  "maxItems": 100,
                  "items": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9]{2,20}$"
                  }
                },
                {
                  "type": "string",
                  "const": "all"
                },
                {
                  "type": "null"
                }
              ]
            },
            "pairs": {
              "allOf": [
                {
                  "description": "Pairs (case-insensitive); `\"all\"` or `null` for every pair.",
                  "oneOf": [
                    {
                      "type": "array",
                      "minItems": 1,
                      "maxItems": 100,
                      "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9]{2,20}$"
                      }
                    },
                    {
                      "type": "string",
                      "const": "all"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              ],
              "description": "Alias of `allowed_pairs`."
            },
            "candle_interval": {
              "description": "Historical battles' step, as a label or in seconds.",
              "oneOf": [
                {
                  "type": "string",
                  "enum": [
                    "1m",
                    "5m",
                    "15m",
                    "1h",
                    "4h",
                    "1d"
                  ]
                },
                {
                  "type": "integer",
                  "enum": [
                    60,
                    300,
                    900,
                    3600,
                    14400,
                    86400
                  ]
                }
              ]
            },
            "survival": {
              "type": "boolean",
              "description": "Eliminate a participant whose equity falls below 10 % of its battle starting balance."
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "5000",
              "wallet_mode": "fresh",
              "duration_hours": 2,
              "pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "ranking_metric": {
          "allOf": [
            {
              "type": "string",
              "enum": [
                "roi_pct",
                "total_pnl",
                "sharpe_ratio",
                "win_rate",
                "profit_factor"
              ],
              "description": "What the battle is ranked by; higher is better for all five."
            }
          ],
          "default": "roi_pct"
        },
        "battle_mode": {
          "allOf": [
            {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          ],
          "description": "Default the preset config's, else `live`."
        },
        "backtest_config": {
          "type": "object",
          "required": [
            "start_time",
            "end_time"
          ],
          "additionalProperties": false,
          "properties": {
            "start_time": {
              "type": "string",
              "format": "date-time"
            },
            "end_time": {
              "type": "string",
              "format": "date-time",
              "description": "After `start_time`."
            },
            "candle_interval": {
              "description": "The step, as a label or in seconds; default the config's `candle_interval`, else 60.",
              "oneOf": [
                {
                  "type": "string",
                  "enum": [
                    "1m",
                    "5m",
                    "15m",
                    "1h",
                    "4h",
                    "1d"
                  ]
                },
                {
                  "type": "integer",
                  "enum": [
                    60,
                    300,
                    900,
                    3600,
                    14400,
                    86400
                  ]
                }
              ]
            },
            "pairs": {
              "type": "array",
              "description": "Pairs to trade and price; default the config's `allowed_pairs`, else every pair with stored history.",
              "minItems": 1,
              "maxItems": 100,
              "items": {
                "type": "string",
                "pattern": "^[A-Za-z0-9]{2,20}$"
              }
            }
          },
          "examples": [
            {
              "start_time": "2026-03-01T00:00:00Z",
              "end_time": "2026-03-02T00:00:00Z",
              "candle_interval": "1m",
              "pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "account_id",
        "name",
        "status",
        "battle_mode",
        "preset",
        "config",
        "ranking_metric",
        "backtest_config",
        "participant_count",
        "participants",
        "winner_agent_id",
        "created_at",
        "updated_at",
        "started_at",
        "ended_at",
        "ends_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "account_id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "preset": {
          "type": [
            "string",
            "null"
          ],
          "description": "The preset it was created from."
        },
        "config": {
          "type": "object",
          "description": "The battle's normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).",
          "required": [
            "starting_balance",
            "wallet_mode",
            "duration_type",
            "duration_seconds",
            "allowed_pairs"
          ],
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$",
              "description": "A positive decimal string.",
              "examples": [
                "10000"
              ]
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "description": "`fixed`: how long the battle runs; null otherwise (historical: informative)."
            },
            "allowed_pairs": {
              "type": [
                "array",
                "null"
              ],
              "description": "The only pairs participants may trade while the live battle runs; null for every pair.",
              "items": {
                "type": "string"
              }
            },
            "candle_interval": {
              "type": "integer",
              "minimum": 60,
              "description": "Historical presets' candle interval in seconds."
            },
            "survival": {
              "type": "boolean"
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "10000",
              "wallet_mode": "fresh",
              "duration_type": "fixed",
              "duration_seconds": 3600,
              "allowed_pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "backtest_config": {
          "description": "Historical battles; null for live ones.",
          "oneOf": [
            {
              "type": "object",
              "description": "The history a historical battle replays.",
              "required": [
                "start_time",
                "end_time",
                "candle_interval",
                "pairs"
              ],
              "additionalProperties": false,
              "properties": {
                "start_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "end_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "candle_interval": {
                  "type": "integer",
                  "minimum": 60,
                  "maximum": 86400,
                  "description": "Seconds per step (60, 300, 900, 3600, 14400 or 86400)."
                },
                "pairs": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "description": "Null for every pair with stored history.",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "examples": [
                {
                  "start_time": "2026-03-01T00:00:00.000Z",
                  "end_time": "2026-03-02T00:00:00.000Z",
                  "candle_interval": 60,
                  "pairs": [
                    "BTCUSDT",
                    "ETHUSDT"
                  ]
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "participant_count": {
          "type": "integer",
          "minimum": 0
        },
        "participants": {
          "type": "array",
          "description": "In join order.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "battle_id",
              "agent_id",
              "agent_name",
              "status",
              "joined_at",
              "snapshot_balance",
              "starting_balance",
              "final_equity",
              "final_rank",
              "backtest_session_id",
              "blown_up_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "battle_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "paused",
                  "stopped",
                  "blown_up"
                ],
                "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
              },
              "joined_at": {
                "type": "string",
                "format": "date-time"
              },
              "snapshot_balance": {
                "description": "The agent's own wallet valued in USDT when the battle started; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "starting_balance": {
                "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_equity": {
                "description": "Equity when the battle completed; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_rank": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "description": "1 = winner; null before completion."
              },
              "backtest_session_id": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uuid",
                "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
              },
              "blown_up_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a survival battle eliminated the participant."
              }
            },
            "examples": [
              {
                "id": "0193b2c4-2000-7000-8000-000000000001",
                "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "agent_name": "Momentum v2",
                "status": "active",
                "joined_at": "2026-03-19T09:00:00.000Z",
                "snapshot_balance": "10412.50000000",
                "starting_balance": "10000.00000000",
                "final_equity": null,
                "final_rank": null,
                "backtest_session_id": null,
                "blown_up_at": null
              }
            ]
          }
        },
        "winner_agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Rank 1, once completed."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        },
        "started_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ended_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ends_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a running fixed-duration live battle stops itself."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "name": "BTC sprint",
          "status": "active",
          "battle_mode": "live",
          "preset": "quick_1h",
          "config": {
            "starting_balance": "5000",
            "wallet_mode": "fresh",
            "duration_type": "fixed",
            "duration_seconds": 3600,
            "allowed_pairs": [
              "BTCUSDT",
              "ETHUSDT"
            ]
          },
          "ranking_metric": "roi_pct",
          "backtest_config": null,
          "participant_count": 2,
          "participants": [
            {
              "id": "0193b2c4-2000-7000-8000-000000000001",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "status": "active",
              "joined_at": "2026-03-19T09:00:00.000Z",
              "snapshot_balance": "10412.50000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            },
            {
              "id": "0193b2c4-2000-7000-8000-000000000002",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "agent_name": "Mean reversion",
              "status": "active",
              "joined_at": "2026-03-19T09:00:05.000Z",
              "snapshot_balance": "9870.00000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            }
          ],
          "winner_agent_id": null,
          "created_at": "2026-03-19T08:59:00.000Z",
          "updated_at": "2026-03-19T09:01:00.000Z",
          "started_at": "2026-03-19T09:01:00.000Z",
          "ended_at": null,
          "ends_at": "2026-03-19T10:01:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "list_battle_presets",
    "operationId": "listBattlePresets",
    "title": "The battle presets",
    "description": "The battle presets\n\nThe eight presets a battle may start from (`preset` of `POST /battles`), each with the\nconfig it gives: `quick_1h`, `day_trader`, `marathon` and `scalper_duel` (fixed-duration live\nbattles), `survival` (unlimited, last agent standing) and `historical_day`,\n`historical_week`, `historical_month` (historical battles, with their candle interval).\nEvery preset uses `wallet_mode: fresh`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/battles/presets",
    "pathParams": [],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {},
      "required": [],
      "additionalProperties": false
    },
    "outputSchema": null,
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_battle",
    "operationId": "getBattle",
    "title": "One battle",
    "description": "One battle\n\nThe battle with its config and participants, in any status. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "account_id",
        "name",
        "status",
        "battle_mode",
        "preset",
        "config",
        "ranking_metric",
        "backtest_config",
        "participant_count",
        "participants",
        "winner_agent_id",
        "created_at",
        "updated_at",
        "started_at",
        "ended_at",
        "ends_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "account_id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "preset": {
          "type": [
            "string",
            "null"
          ],
          "description": "The preset it was created from."
        },
        "config": {
          "type": "object",
          "description": "The battle's normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).",
          "required": [
            "starting_balance",
            "wallet_mode",
            "duration_type",
            "duration_seconds",
            "allowed_pairs"
          ],
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$",
              "description": "A positive decimal string.",
              "examples": [
                "10000"
              ]
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "description": "`fixed`: how long the battle runs; null otherwise (historical: informative)."
            },
            "allowed_pairs": {
              "type": [
                "array",
                "null"
              ],
              "description": "The only pairs participants may trade while the live battle runs; null for every pair.",
              "items": {
                "type": "string"
              }
            },
            "candle_interval": {
              "type": "integer",
              "minimum": 60,
              "description": "Historical presets' candle interval in seconds."
            },
            "survival": {
              "type": "boolean"
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "10000",
              "wallet_mode": "fresh",
              "duration_type": "fixed",
              "duration_seconds": 3600,
              "allowed_pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "backtest_config": {
          "description": "Historical battles; null for live ones.",
          "oneOf": [
            {
              "type": "object",
              "description": "The history a historical battle replays.",
              "required": [
                "start_time",
                "end_time",
                "candle_interval",
                "pairs"
              ],
              "additionalProperties": false,
              "properties": {
                "start_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "end_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "candle_interval": {
                  "type": "integer",
                  "minimum": 60,
                  "maximum": 86400,
                  "description": "Seconds per step (60, 300, 900, 3600, 14400 or 86400)."
                },
                "pairs": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "description": "Null for every pair with stored history.",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "examples": [
                {
                  "start_time": "2026-03-01T00:00:00.000Z",
                  "end_time": "2026-03-02T00:00:00.000Z",
                  "candle_interval": 60,
                  "pairs": [
                    "BTCUSDT",
                    "ETHUSDT"
                  ]
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "participant_count": {
          "type": "integer",
          "minimum": 0
        },
        "participants": {
          "type": "array",
          "description": "In join order.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "battle_id",
              "agent_id",
              "agent_name",
              "status",
              "joined_at",
              "snapshot_balance",
              "starting_balance",
              "final_equity",
              "final_rank",
              "backtest_session_id",
              "blown_up_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "battle_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "paused",
                  "stopped",
                  "blown_up"
                ],
                "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
              },
              "joined_at": {
                "type": "string",
                "format": "date-time"
              },
              "snapshot_balance": {
                "description": "The agent's own wallet valued in USDT when the battle started; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "starting_balance": {
                "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_equity": {
                "description": "Equity when the battle completed; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_rank": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "description": "1 = winner; null before completion."
              },
              "backtest_session_id": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uuid",
                "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
              },
              "blown_up_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a survival battle eliminated the participant."
              }
            },
            "examples": [
              {
                "id": "0193b2c4-2000-7000-8000-000000000001",
                "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "agent_name": "Momentum v2",
                "status": "active",
                "joined_at": "2026-03-19T09:00:00.000Z",
                "snapshot_balance": "10412.50000000",
                "starting_balance": "10000.00000000",
                "final_equity": null,
                "final_rank": null,
                "backtest_session_id": null,
                "blown_up_at": null
              }
            ]
          }
        },
        "winner_agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Rank 1, once completed."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        },
        "started_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ended_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ends_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a running fixed-duration live battle stops itself."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "name": "BTC sprint",
          "status": "active",
          "battle_mode": "live",
          "preset": "quick_1h",
          "config": {
            "starting_balance": "5000",
            "wallet_mode": "fresh",
            "duration_type": "fixed",
            "duration_seconds": 3600,
            "allowed_pairs": [
              "BTCUSDT",
              "ETHUSDT"
            ]
          },
          "ranking_metric": "roi_pct",
          "backtest_config": null,
          "participant_count": 2,
          "participants": [
            {
              "id": "0193b2c4-2000-7000-8000-000000000001",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "status": "active",
              "joined_at": "2026-03-19T09:00:00.000Z",
              "snapshot_balance": "10412.50000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            },
            {
              "id": "0193b2c4-2000-7000-8000-000000000002",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "agent_name": "Mean reversion",
              "status": "active",
              "joined_at": "2026-03-19T09:00:05.000Z",
              "snapshot_balance": "9870.00000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            }
          ],
          "winner_agent_id": null,
          "created_at": "2026-03-19T08:59:00.000Z",
          "updated_at": "2026-03-19T09:01:00.000Z",
          "started_at": "2026-03-19T09:01:00.000Z",
          "ended_at": null,
          "ends_at": "2026-03-19T10:01:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "update_battle",
    "operationId": "updateBattle",
    "title": "Change a battle before it starts",
    "description": "Change a battle before it starts\n\nApplies only the fields sent: `name`, `ranking_metric`, `backtest_config` (historical\nbattles) and `config`, whose keys are merged over the battle's current config and validated\nas `POST /battles` validates them. Only while `draft` or `pending`: otherwise `409\nBATTLE_INVALID_STATE` with `details.current_status` and `details.required_status`. JWT only.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: a pair of `allowed_pairs` / `pairs` (or `backtest_config.pairs`) the server does not know.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "PUT",
    "path": "/api/v1/battles/{battle_id}",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "name",
      "config",
      "ranking_metric",
      "backtest_config"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "pattern": "\\S"
        },
        "config": {
          "type": "object",
          "description": "Config keys of `POST /battles` (merged over the preset's) and of `PUT` (merged over the battle's).",
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "allOf": [
                {
                  "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
                  "oneOf": [
                    {
                      "type": "string",
                      "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                    },
                    {
                      "type": "number",
                      "exclusiveMinimum": 0,
                      "maximum": 1000000000000
                    }
                  ],
                  "examples": [
                    "10000.00"
                  ]
                }
              ],
              "description": "USDT each participant measures from (and trades, `fresh`), 1 to 10,000,000. Default `10000`."
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "maximum": 31536000,
              "description": "`fixed`: the battle stops itself this long after it starts."
            },
            "duration_minutes": {
              "type": "number",
              "exclusiveMinimum": 0,
              "description": "The duration in minutes (converted to `duration_seconds`)."
            },
            "duration_hours": {
              "type": "number",
              "exclusiveMinimum": 0,
              "description": "The duration in hours (converted to `duration_seconds`)."
            },
            "allowed_pairs": {
              "description": "Pairs (case-insensitive); `\"all\"` or `null` for every pair.",
              "oneOf": [
                {
                  "type": "array",
                  "minItems": 1,
                  "maxItems": 100,
                  "items": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9]{2,20}$"
                  }
                },
                {
                  "type": "string",
                  "const": "all"
                },
                {
                  "type": "null"
                }
              ]
            },
            "pairs": {
              "allOf": [
                {
                  "description": "Pairs (case-insensitive); `\"all\"` or `null` for every pair.",
                  "oneOf": [
                    {
                      "type": "array",
                      "minItems": 1,
                      "maxItems": 100,
                      "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9]{2,20}$"
                      }
                    },
                    {
                      "type": "string",
                      "const": "all"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              ],
              "description": "Alias of `allowed_pairs`."
            },
            "candle_interval": {
              "description": "Historical battles' step, as a label or in seconds.",
              "oneOf": [
                {
                  "type": "string",
                  "enum": [
                    "1m",
                    "5m",
                    "15m",
                    "1h",
                    "4h",
                    "1d"
                  ]
                },
                {
                  "type": "integer",
                  "enum": [
                    60,
                    300,
                    900,
                    3600,
                    14400,
                    86400
                  ]
                }
              ]
            },
            "survival": {
              "type": "boolean",
              "description": "Eliminate a participant whose equity falls below 10 % of its battle starting balance."
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "5000",
              "wallet_mode": "fresh",
              "duration_hours": 2,
              "pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "backtest_config": {
          "type": "object",
          "required": [
            "start_time",
            "end_time"
          ],
          "additionalProperties": false,
          "properties": {
            "start_time": {
              "type": "string",
              "format": "date-time"
            },
            "end_time": {
              "type": "string",
              "format": "date-time",
              "description": "After `start_time`."
            },
            "candle_interval": {
              "description": "The step, as a label or in seconds; default the config's `candle_interval`, else 60.",
              "oneOf": [
                {
                  "type": "string",
                  "enum": [
                    "1m",
                    "5m",
                    "15m",
                    "1h",
                    "4h",
                    "1d"
                  ]
                },
                {
                  "type": "integer",
                  "enum": [
                    60,
                    300,
                    900,
                    3600,
                    14400,
                    86400
                  ]
                }
              ]
            },
            "pairs": {
              "type": "array",
              "description": "Pairs to trade and price; default the config's `allowed_pairs`, else every pair with stored history.",
              "minItems": 1,
              "maxItems": 100,
              "items": {
                "type": "string",
                "pattern": "^[A-Za-z0-9]{2,20}$"
              }
            }
          },
          "examples": [
            {
              "start_time": "2026-03-01T00:00:00Z",
              "end_time": "2026-03-02T00:00:00Z",
              "candle_interval": "1m",
              "pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "account_id",
        "name",
        "status",
        "battle_mode",
        "preset",
        "config",
        "ranking_metric",
        "backtest_config",
        "participant_count",
        "participants",
        "winner_agent_id",
        "created_at",
        "updated_at",
        "started_at",
        "ended_at",
        "ends_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "account_id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "preset": {
          "type": [
            "string",
            "null"
          ],
          "description": "The preset it was created from."
        },
        "config": {
          "type": "object",
          "description": "The battle's normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).",
          "required": [
            "starting_balance",
            "wallet_mode",
            "duration_type",
            "duration_seconds",
            "allowed_pairs"
          ],
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$",
              "description": "A positive decimal string.",
              "examples": [
                "10000"
              ]
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "description": "`fixed`: how long the battle runs; null otherwise (historical: informative)."
            },
            "allowed_pairs": {
              "type": [
                "array",
                "null"
              ],
              "description": "The only pairs participants may trade while the live battle runs; null for every pair.",
              "items": {
                "type": "string"
              }
            },
            "candle_interval": {
              "type": "integer",
              "minimum": 60,
              "description": "Historical presets' candle interval in seconds."
            },
            "survival": {
              "type": "boolean"
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "10000",
              "wallet_mode": "fresh",
              "duration_type": "fixed",
              "duration_seconds": 3600,
              "allowed_pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "backtest_config": {
          "description": "Historical battles; null for live ones.",
          "oneOf": [
            {
              "type": "object",
              "description": "The history a historical battle replays.",
              "required": [
                "start_time",
                "end_time",
                "candle_interval",
                "pairs"
              ],
              "additionalProperties": false,
              "properties": {
                "start_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "end_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "candle_interval": {
                  "type": "integer",
                  "minimum": 60,
                  "maximum": 86400,
                  "description": "Seconds per step (60, 300, 900, 3600, 14400 or 86400)."
                },
                "pairs": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "description": "Null for every pair with stored history.",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "examples": [
                {
                  "start_time": "2026-03-01T00:00:00.000Z",
                  "end_time": "2026-03-02T00:00:00.000Z",
                  "candle_interval": 60,
                  "pairs": [
                    "BTCUSDT",
                    "ETHUSDT"
                  ]
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "participant_count": {
          "type": "integer",
          "minimum": 0
        },
        "participants": {
          "type": "array",
          "description": "In join order.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "battle_id",
              "agent_id",
              "agent_name",
              "status",
              "joined_at",
              "snapshot_balance",
              "starting_balance",
              "final_equity",
              "final_rank",
              "backtest_session_id",
              "blown_up_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "battle_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "paused",
                  "stopped",
                  "blown_up"
                ],
                "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
              },
              "joined_at": {
                "type": "string",
                "format": "date-time"
              },
              "snapshot_balance": {
                "description": "The agent's own wallet valued in USDT when the battle started; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "starting_balance": {
                "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_equity": {
                "description": "Equity when the battle completed; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_rank": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "description": "1 = winner; null before completion."
              },
              "backtest_session_id": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uuid",
                "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
              },
              "blown_up_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a survival battle eliminated the participant."
              }
            },
            "examples": [
              {
                "id": "0193b2c4-2000-7000-8000-000000000001",
                "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "agent_name": "Momentum v2",
                "status": "active",
                "joined_at": "2026-03-19T09:00:00.000Z",
                "snapshot_balance": "10412.50000000",
                "starting_balance": "10000.00000000",
                "final_equity": null,
                "final_rank": null,
                "backtest_session_id": null,
                "blown_up_at": null
              }
            ]
          }
        },
        "winner_agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Rank 1, once completed."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        },
        "started_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ended_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ends_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a running fixed-duration live battle stops itself."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "name": "BTC sprint",
          "status": "active",
          "battle_mode": "live",
          "preset": "quick_1h",
          "config": {
            "starting_balance": "5000",
            "wallet_mode": "fresh",
            "duration_type": "fixed",
            "duration_seconds": 3600,
            "allowed_pairs": [
              "BTCUSDT",
              "ETHUSDT"
            ]
          },
          "ranking_metric": "roi_pct",
          "backtest_config": null,
          "participant_count": 2,
          "participants": [
            {
              "id": "0193b2c4-2000-7000-8000-000000000001",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "status": "active",
              "joined_at": "2026-03-19T09:00:00.000Z",
              "snapshot_balance": "10412.50000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            },
            {
              "id": "0193b2c4-2000-7000-8000-000000000002",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "agent_name": "Mean reversion",
              "status": "active",
              "joined_at": "2026-03-19T09:00:05.000Z",
              "snapshot_balance": "9870.00000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            }
          ],
          "winner_agent_id": null,
          "created_at": "2026-03-19T08:59:00.000Z",
          "updated_at": "2026-03-19T09:01:00.000Z",
          "started_at": "2026-03-19T09:01:00.000Z",
          "ended_at": null,
          "ends_at": "2026-03-19T10:01:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "delete_battle",
    "operationId": "deleteBattle",
    "title": "Cancel or delete a battle",
    "description": "Cancel or delete a battle\n\nA running battle (`active` or `paused`) is cancelled: status `cancelled`, no ranking,\n`fresh` participants get their own wallets back exactly as they were at the start (holdings,\nnot a USDT sum; orders placed during the battle are cancelled), the sessions of a historical\nbattle are cancelled, and a `battle_cancelled` status event goes to `battle:{battle_id}`.\nA battle in any other status (`draft`, `pending`, `completed`, `cancelled`) is deleted with\nits participants and snapshots. Both answer `204`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "DELETE",
    "path": "/api/v1/battles/{battle_id}",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": null,
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "add_battle_participant",
    "operationId": "addBattleParticipant",
    "title": "Add an agent to a battle",
    "description": "Add an agent to a battle\n\nAdds one of the account's agents (unknown or another account's: `404 AGENT_NOT_FOUND`;\narchived: `403 PERMISSION_DENIED` with `details.reason: agent_archived`). The first\nparticipant moves the battle from `draft` to `pending`. Only while `draft` or `pending`:\notherwise `409 BATTLE_INVALID_STATE`; the same agent twice is a `409 BATTLE_INVALID_STATE`\nwith `details.reason: already_participant`; a 51st participant is a `409 LIMIT_REACHED`\n(`details.limit: 50`). JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT, or with `details.reason: agent_archived` when the agent is archived (read-only); `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND, AGENT_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.\n- 409 BATTLE_INVALID_STATE, LIMIT_REACHED: `BATTLE_INVALID_STATE`: participants change only while the battle is `draft` or `pending` (`details.current_status`, `required_status`), or the agent is already a participant (`details.reason: already_participant`); `LIMIT_REACHED`: the battle already has 50 participants (`details.limit`).\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/participants",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "agent_id"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "One of the account's agents."
        }
      },
      "required": [
        "battle_id",
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "battle_id",
        "agent_id",
        "agent_name",
        "status",
        "joined_at",
        "snapshot_balance",
        "starting_balance",
        "final_equity",
        "final_rank",
        "backtest_session_id",
        "blown_up_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "agent_name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "active",
            "paused",
            "stopped",
            "blown_up"
          ],
          "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
        },
        "joined_at": {
          "type": "string",
          "format": "date-time"
        },
        "snapshot_balance": {
          "description": "The agent's own wallet valued in USDT when the battle started; null before.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "starting_balance": {
          "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "final_equity": {
          "description": "Equity when the battle completed; null before.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "final_rank": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 1,
          "description": "1 = winner; null before completion."
        },
        "backtest_session_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
        },
        "blown_up_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a survival battle eliminated the participant."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-2000-7000-8000-000000000001",
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "agent_name": "Momentum v2",
          "status": "active",
          "joined_at": "2026-03-19T09:00:00.000Z",
          "snapshot_balance": "10412.50000000",
          "starting_balance": "10000.00000000",
          "final_equity": null,
          "final_rank": null,
          "backtest_session_id": null,
          "blown_up_at": null
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "remove_battle_participant",
    "operationId": "removeBattleParticipant",
    "title": "Remove an agent from a battle",
    "description": "Remove an agent from a battle\n\nOnly while `draft` or `pending` (otherwise `409 BATTLE_INVALID_STATE`); removing the last\nparticipant moves the battle back to `draft`. An agent that is not a participant: `404\nAGENT_NOT_FOUND` with `details.reason: not_in_battle`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND, AGENT_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "DELETE",
    "path": "/api/v1/battles/{battle_id}/participants/{agent_id}",
    "pathParams": [
      "battle_id",
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "A participant's agent id. Not one of the account's agents, or not in this battle: `404\nAGENT_NOT_FOUND` (`details.reason: not_in_battle` for an agent of the account that is not a\nparticipant).",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "battle_id",
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": null,
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "start_battle",
    "operationId": "startBattle",
    "title": "Start a battle",
    "description": "Start a battle\n\n`draft` or `pending` → `active`, with at least 2 participants (`409 BATTLE_INVALID_STATE`\nwith `details.reason: not_enough_participants` otherwise; from any other status `409` with\n`details.current_status` / `required_status`). JWT only.\n\n**Live battle**, in one transaction: each participant's `snapshot_balance` is its own wallet\nvalued in USDT. `fresh` wallets: the agent's pending orders are cancelled, its balances and\npositions put aside, and it gets one USDT balance of `starting_balance`; they come back\nexactly when the battle ends. `existing`: nothing is touched. An agent may be in only one\nrunning live battle: one already in another `active`/`paused` live battle is a `409` with\n`details.reason: agent_in_another_battle` (`agent_id`, `other_battle_id`). While the battle\nruns, participants trade with the normal trading endpoints (`POST /trade/order`), with three\nextra rejections (`400 ORDER_REJECTED`): `pair_not_allowed_in_battle` (a pair outside\n`allowed_pairs`), `battle_participant_paused` and `battle_participant_eliminated`. Every 5 s\na snapshot of each participant's equity is stored: it feeds `/live`, `/replay`, the metrics\nand the `battle:{battle_id}` channel. A fixed-duration battle stops itself at `ends_at` (also\nafter a restart).\n\n**Historical battle**: every participant gets its own backtest session over\n`backtest_config` with `starting_balance` and its agent's risk profile (`backtest_session_id`\non the participant); real wallets are not touched. No stored history in the range: `400\nBACKTEST_NO_DATA`, and nothing changes. A `battle_started` status event goes to the channel.\n\nErrors:\n- 400 BACKTEST_NO_DATA: `BACKTEST_NO_DATA`: a historical battle's range holds no stored candle of its interval (for a pair asked for, or for any pair when none is named); nothing changed.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/start",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "account_id",
        "name",
        "status",
        "battle_mode",
        "preset",
        "config",
        "ranking_metric",
        "backtest_config",
        "participant_count",
        "participants",
        "winner_agent_id",
        "created_at",
        "updated_at",
        "started_at",
        "ended_at",
        "ends_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "account_id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "preset": {
          "type": [
            "string",
            "null"
          ],
          "description": "The preset it was created from."
        },
        "config": {
          "type": "object",
          "description": "The battle's normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).",
          "required": [
            "starting_balance",
            "wallet_mode",
            "duration_type",
            "duration_seconds",
            "allowed_pairs"
          ],
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$",
              "description": "A positive decimal string.",
              "examples": [
                "10000"
              ]
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "description": "`fixed`: how long the battle runs; null otherwise (historical: informative)."
            },
            "allowed_pairs": {
              "type": [
                "array",
                "null"
              ],
              "description": "The only pairs participants may trade while the live battle runs; null for every pair.",
              "items": {
                "type": "string"
              }
            },
            "candle_interval": {
              "type": "integer",
              "minimum": 60,
              "description": "Historical presets' candle interval in seconds."
            },
            "survival": {
              "type": "boolean"
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "10000",
              "wallet_mode": "fresh",
              "duration_type": "fixed",
              "duration_seconds": 3600,
              "allowed_pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "backtest_config": {
          "description": "Historical battles; null for live ones.",
          "oneOf": [
            {
              "type": "object",
              "description": "The history a historical battle replays.",
              "required": [
                "start_time",
                "end_time",
                "candle_interval",
                "pairs"
              ],
              "additionalProperties": false,
              "properties": {
                "start_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "end_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "candle_interval": {
                  "type": "integer",
                  "minimum": 60,
                  "maximum": 86400,
                  "description": "Seconds per step (60, 300, 900, 3600, 14400 or 86400)."
                },
                "pairs": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "description": "Null for every pair with stored history.",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "examples": [
                {
                  "start_time": "2026-03-01T00:00:00.000Z",
                  "end_time": "2026-03-02T00:00:00.000Z",
                  "candle_interval": 60,
                  "pairs": [
                    "BTCUSDT",
                    "ETHUSDT"
                  ]
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "participant_count": {
          "type": "integer",
          "minimum": 0
        },
        "participants": {
          "type": "array",
          "description": "In join order.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "battle_id",
              "agent_id",
              "agent_name",
              "status",
              "joined_at",
              "snapshot_balance",
              "starting_balance",
              "final_equity",
              "final_rank",
              "backtest_session_id",
              "blown_up_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "battle_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "paused",
                  "stopped",
                  "blown_up"
                ],
                "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
              },
              "joined_at": {
                "type": "string",
                "format": "date-time"
              },
              "snapshot_balance": {
                "description": "The agent's own wallet valued in USDT when the battle started; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "starting_balance": {
                "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_equity": {
                "description": "Equity when the battle completed; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_rank": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "description": "1 = winner; null before completion."
              },
              "backtest_session_id": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uuid",
                "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
              },
              "blown_up_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a survival battle eliminated the participant."
              }
            },
            "examples": [
              {
                "id": "0193b2c4-2000-7000-8000-000000000001",
                "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "agent_name": "Momentum v2",
                "status": "active",
                "joined_at": "2026-03-19T09:00:00.000Z",
                "snapshot_balance": "10412.50000000",
                "starting_balance": "10000.00000000",
                "final_equity": null,
                "final_rank": null,
                "backtest_session_id": null,
                "blown_up_at": null
              }
            ]
          }
        },
        "winner_agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Rank 1, once completed."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        },
        "started_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ended_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ends_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a running fixed-duration live battle stops itself."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "name": "BTC sprint",
          "status": "active",
          "battle_mode": "live",
          "preset": "quick_1h",
          "config": {
            "starting_balance": "5000",
            "wallet_mode": "fresh",
            "duration_type": "fixed",
            "duration_seconds": 3600,
            "allowed_pairs": [
              "BTCUSDT",
              "ETHUSDT"
            ]
          },
          "ranking_metric": "roi_pct",
          "backtest_config": null,
          "participant_count": 2,
          "participants": [
            {
              "id": "0193b2c4-2000-7000-8000-000000000001",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "status": "active",
              "joined_at": "2026-03-19T09:00:00.000Z",
              "snapshot_balance": "10412.50000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            },
            {
              "id": "0193b2c4-2000-7000-8000-000000000002",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "agent_name": "Mean reversion",
              "status": "active",
              "joined_at": "2026-03-19T09:00:05.000Z",
              "snapshot_balance": "9870.00000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            }
          ],
          "winner_agent_id": null,
          "created_at": "2026-03-19T08:59:00.000Z",
          "updated_at": "2026-03-19T09:01:00.000Z",
          "started_at": "2026-03-19T09:01:00.000Z",
          "ended_at": null,
          "ends_at": "2026-03-19T10:01:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "pause_battle_participant",
    "operationId": "pauseBattleParticipant",
    "title": "Pause one participant",
    "description": "Pause one participant\n\nThe participant becomes `paused` and the battle `paused` (it stays `paused` while any\nparticipant is). A paused participant's new orders are rejected (`400 ORDER_REJECTED`,\n`details.reason: battle_participant_paused`); its resting orders stay, and it may cancel\nthem. The battle must be `active` or `paused` and the participant `active`: otherwise `409\nBATTLE_INVALID_STATE` (`details.reason: participant_not_active` with\n`participant_status`). Not a participant: `404 AGENT_NOT_FOUND` with `details.reason:\nnot_in_battle`. An `agent_paused` status event goes to `battle:{battle_id}`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND, AGENT_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/pause/{agent_id}",
    "pathParams": [
      "battle_id",
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "A participant's agent id. Not one of the account's agents, or not in this battle: `404\nAGENT_NOT_FOUND` (`details.reason: not_in_battle` for an agent of the account that is not a\nparticipant).",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "battle_id",
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "battle_id",
        "agent_id",
        "agent_name",
        "status",
        "joined_at",
        "snapshot_balance",
        "starting_balance",
        "final_equity",
        "final_rank",
        "backtest_session_id",
        "blown_up_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "agent_name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "active",
            "paused",
            "stopped",
            "blown_up"
          ],
          "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
        },
        "joined_at": {
          "type": "string",
          "format": "date-time"
        },
        "snapshot_balance": {
          "description": "The agent's own wallet valued in USDT when the battle started; null before.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "starting_balance": {
          "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "final_equity": {
          "description": "Equity when the battle completed; null before.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "final_rank": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 1,
          "description": "1 = winner; null before completion."
        },
        "backtest_session_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
        },
        "blown_up_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a survival battle eliminated the participant."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-2000-7000-8000-000000000001",
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "agent_name": "Momentum v2",
          "status": "active",
          "joined_at": "2026-03-19T09:00:00.000Z",
          "snapshot_balance": "10412.50000000",
          "starting_balance": "10000.00000000",
          "final_equity": null,
          "final_rank": null,
          "backtest_session_id": null,
          "blown_up_at": null
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "resume_battle_participant",
    "operationId": "resumeBattleParticipant",
    "title": "Resume a paused participant",
    "description": "Resume a paused participant\n\nThe participant becomes `active` again; the battle is `active` once no participant is\npaused. The battle must be `active` or `paused` and the participant `paused`: otherwise `409\nBATTLE_INVALID_STATE` (`details.reason: participant_not_paused` with `participant_status`).\nNot a participant: `404 AGENT_NOT_FOUND` with `details.reason: not_in_battle`. An\n`agent_resumed` status event goes to `battle:{battle_id}`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND, AGENT_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/resume/{agent_id}",
    "pathParams": [
      "battle_id",
      "agent_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "A participant's agent id. Not one of the account's agents, or not in this battle: `404\nAGENT_NOT_FOUND` (`details.reason: not_in_battle` for an agent of the account that is not a\nparticipant).",
          "examples": [
            "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"
          ]
        }
      },
      "required": [
        "battle_id",
        "agent_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "battle_id",
        "agent_id",
        "agent_name",
        "status",
        "joined_at",
        "snapshot_balance",
        "starting_balance",
        "final_equity",
        "final_rank",
        "backtest_session_id",
        "blown_up_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "agent_name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "active",
            "paused",
            "stopped",
            "blown_up"
          ],
          "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
        },
        "joined_at": {
          "type": "string",
          "format": "date-time"
        },
        "snapshot_balance": {
          "description": "The agent's own wallet valued in USDT when the battle started; null before.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "starting_balance": {
          "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "final_equity": {
          "description": "Equity when the battle completed; null before.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "final_rank": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 1,
          "description": "1 = winner; null before completion."
        },
        "backtest_session_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
        },
        "blown_up_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a survival battle eliminated the participant."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-2000-7000-8000-000000000001",
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "agent_name": "Momentum v2",
          "status": "active",
          "joined_at": "2026-03-19T09:00:00.000Z",
          "snapshot_balance": "10412.50000000",
          "starting_balance": "10000.00000000",
          "final_equity": null,
          "final_rank": null,
          "backtest_session_id": null,
          "blown_up_at": null
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "stop_battle",
    "operationId": "stopBattle",
    "title": "Stop a battle and rank it",
    "description": "Stop a battle and rank it\n\n`active` or `paused` → `completed` (otherwise `409 BATTLE_INVALID_STATE`): the final\nranking is computed (`final_rank`, `final_equity` on each participant, `winner_agent_id` =\nrank 1), `fresh` participants get their own wallets back exactly as they were at the start\n(their battle orders cancelled, open battle positions dropped), and historical sessions end\n`completed` at the current step. A `battle_completed` status event goes to\n`battle:{battle_id}` and the `battle.completed` webhook event is raised. Read the ranking\nwith `GET /battles/{battle_id}/results`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/stop",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "account_id",
        "name",
        "status",
        "battle_mode",
        "preset",
        "config",
        "ranking_metric",
        "backtest_config",
        "participant_count",
        "participants",
        "winner_agent_id",
        "created_at",
        "updated_at",
        "started_at",
        "ended_at",
        "ends_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "account_id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "preset": {
          "type": [
            "string",
            "null"
          ],
          "description": "The preset it was created from."
        },
        "config": {
          "type": "object",
          "description": "The battle's normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).",
          "required": [
            "starting_balance",
            "wallet_mode",
            "duration_type",
            "duration_seconds",
            "allowed_pairs"
          ],
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$",
              "description": "A positive decimal string.",
              "examples": [
                "10000"
              ]
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "description": "`fixed`: how long the battle runs; null otherwise (historical: informative)."
            },
            "allowed_pairs": {
              "type": [
                "array",
                "null"
              ],
              "description": "The only pairs participants may trade while the live battle runs; null for every pair.",
              "items": {
                "type": "string"
              }
            },
            "candle_interval": {
              "type": "integer",
              "minimum": 60,
              "description": "Historical presets' candle interval in seconds."
            },
            "survival": {
              "type": "boolean"
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "10000",
              "wallet_mode": "fresh",
              "duration_type": "fixed",
              "duration_seconds": 3600,
              "allowed_pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "backtest_config": {
          "description": "Historical battles; null for live ones.",
          "oneOf": [
            {
              "type": "object",
              "description": "The history a historical battle replays.",
              "required": [
                "start_time",
                "end_time",
                "candle_interval",
                "pairs"
              ],
              "additionalProperties": false,
              "properties": {
                "start_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "end_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "candle_interval": {
                  "type": "integer",
                  "minimum": 60,
                  "maximum": 86400,
                  "description": "Seconds per step (60, 300, 900, 3600, 14400 or 86400)."
                },
                "pairs": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "description": "Null for every pair with stored history.",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "examples": [
                {
                  "start_time": "2026-03-01T00:00:00.000Z",
                  "end_time": "2026-03-02T00:00:00.000Z",
                  "candle_interval": 60,
                  "pairs": [
                    "BTCUSDT",
                    "ETHUSDT"
                  ]
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "participant_count": {
          "type": "integer",
          "minimum": 0
        },
        "participants": {
          "type": "array",
          "description": "In join order.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "battle_id",
              "agent_id",
              "agent_name",
              "status",
              "joined_at",
              "snapshot_balance",
              "starting_balance",
              "final_equity",
              "final_rank",
              "backtest_session_id",
              "blown_up_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "battle_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "paused",
                  "stopped",
                  "blown_up"
                ],
                "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
              },
              "joined_at": {
                "type": "string",
                "format": "date-time"
              },
              "snapshot_balance": {
                "description": "The agent's own wallet valued in USDT when the battle started; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "starting_balance": {
                "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_equity": {
                "description": "Equity when the battle completed; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_rank": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "description": "1 = winner; null before completion."
              },
              "backtest_session_id": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uuid",
                "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
              },
              "blown_up_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a survival battle eliminated the participant."
              }
            },
            "examples": [
              {
                "id": "0193b2c4-2000-7000-8000-000000000001",
                "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "agent_name": "Momentum v2",
                "status": "active",
                "joined_at": "2026-03-19T09:00:00.000Z",
                "snapshot_balance": "10412.50000000",
                "starting_balance": "10000.00000000",
                "final_equity": null,
                "final_rank": null,
                "backtest_session_id": null,
                "blown_up_at": null
              }
            ]
          }
        },
        "winner_agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Rank 1, once completed."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        },
        "started_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ended_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ends_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a running fixed-duration live battle stops itself."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "name": "BTC sprint",
          "status": "active",
          "battle_mode": "live",
          "preset": "quick_1h",
          "config": {
            "starting_balance": "5000",
            "wallet_mode": "fresh",
            "duration_type": "fixed",
            "duration_seconds": 3600,
            "allowed_pairs": [
              "BTCUSDT",
              "ETHUSDT"
            ]
          },
          "ranking_metric": "roi_pct",
          "backtest_config": null,
          "participant_count": 2,
          "participants": [
            {
              "id": "0193b2c4-2000-7000-8000-000000000001",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "status": "active",
              "joined_at": "2026-03-19T09:00:00.000Z",
              "snapshot_balance": "10412.50000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            },
            {
              "id": "0193b2c4-2000-7000-8000-000000000002",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "agent_name": "Mean reversion",
              "status": "active",
              "joined_at": "2026-03-19T09:00:05.000Z",
              "snapshot_balance": "9870.00000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            }
          ],
          "winner_agent_id": null,
          "created_at": "2026-03-19T08:59:00.000Z",
          "updated_at": "2026-03-19T09:01:00.000Z",
          "started_at": "2026-03-19T09:01:00.000Z",
          "ended_at": null,
          "ends_at": "2026-03-19T10:01:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "get_battle_live",
    "operationId": "getBattleLive",
    "title": "Current standings",
    "description": "Current standings\n\nThe standings now, best first by `ranking_metric`: each participant's equity (valued at the\nlatest prices; historical: at the virtual time), PnL, ROI against its battle starting\nbalance, fills since the start and the metrics over its 5-second snapshots. Any status: a\ncompleted battle shows its final standings; before the start and after a cancel\n`participants` is empty. Poll every 5–10 s, or subscribe to the\nWebSocket channel `battle:{battle_id}` (owner only), which pushes the same standings every 5\ns as `battle_snapshot`, every participant fill as `trade` and status events as `status`\n(see `/asyncapi.yaml`). JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}/live",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "battle_id",
        "status",
        "battle_mode",
        "ranking_metric",
        "virtual_time",
        "elapsed_seconds",
        "elapsed_minutes",
        "remaining_seconds",
        "remaining_minutes",
        "participants",
        "updated_at"
      ],
      "additionalProperties": false,
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "virtual_time": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "Historical battles' shared clock; null for live battles."
        },
        "elapsed_seconds": {
          "type": "integer",
          "minimum": 0
        },
        "elapsed_minutes": {
          "type": "integer",
          "minimum": 0
        },
        "remaining_seconds": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0,
          "description": "Fixed-duration battles; null otherwise."
        },
        "remaining_minutes": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "participants": {
          "type": "array",
          "description": "Best first.",
          "items": {
            "type": "object",
            "allOf": [
              {
                "type": "object",
                "description": "One participant's standing: money as 8-decimal strings; `roi_pct`, `win_rate` and\n`max_drawdown_pct` with 2 decimals, `sharpe_ratio` and `profit_factor` with 4 (the backtest\nand battle metric calculator's rounding); a metric the data does not define is null.\n",
                "required": [
                  "rank",
                  "agent_id",
                  "agent_name",
                  "display_name",
                  "avatar_url",
                  "color",
                  "status",
                  "starting_balance",
                  "current_equity",
                  "total_pnl",
                  "roi_pct",
                  "realized_pnl",
                  "unrealized_pnl",
                  "trade_count",
                  "total_trades",
                  "open_positions",
                  "win_rate",
                  "sharpe_ratio",
                  "max_drawdown_pct",
                  "profit_factor"
                ],
                "properties": {
                  "rank": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "agent_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "agent_name": {
                    "type": "string"
                  },
                  "display_name": {
                    "type": "string",
                    "description": "Same as `agent_name` (the original server's name)."
                  },
                  "avatar_url": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "color": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "active",
                      "paused",
                      "stopped",
                      "blown_up"
                    ],
                    "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
                  },
                  "starting_balance": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "What the battle measures the participant from."
                  },
                  "current_equity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "total_pnl": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "`current_equity` − `starting_balance`."
                  },
                  "roi_pct": {
                    "allOf": [
                      {
                        "type": "string",
                        "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                        "description": "A percentage or figure with 2 decimals."
                      }
                    ],
                    "description": "`total_pnl` / `starting_balance` × 100."
                  },
                  "realized_pnl": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "Of the fills since the battle started."
                  },
                  "unrealized_pnl": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "trade_count": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Fills since the battle started (opening buys included)."
                  },
                  "total_trades": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Same as `trade_count`."
                  },
                  "open_positions": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "win_rate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "Winning fills ÷ fills with a realized PnL × 100; null without such a fill."
                  },
                  "sharpe_ratio": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                    "description": "Over the participant's equity snapshots; null with fewer than two returns."
                  },
                  "max_drawdown_pct": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "Largest fall from a running peak of the equity snapshots, percent."
                  },
                  "profit_factor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                    "description": "Gross profit / gross loss of the fills with a realized PnL; null without a loss."
                  }
                }
              }
            ],
            "unevaluatedProperties": false,
            "examples": [
              {
                "rank": 1,
                "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "agent_name": "Momentum v2",
                "display_name": "Momentum v2",
                "avatar_url": null,
                "color": "#3B82F6",
                "status": "active",
                "starting_balance": "5000.00000000",
                "current_equity": "5123.40000000",
                "total_pnl": "123.40000000",
                "roi_pct": "2.47",
                "realized_pnl": "80.00000000",
                "unrealized_pnl": "43.40000000",
                "trade_count": 6,
                "total_trades": 6,
                "open_positions": 1,
                "win_rate": "66.67",
                "sharpe_ratio": "3.1416",
                "max_drawdown_pct": "0.82",
                "profit_factor": "2.5000"
              }
            ]
          }
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "examples": [
        {
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "status": "active",
          "battle_mode": "live",
          "ranking_metric": "roi_pct",
          "virtual_time": null,
          "elapsed_seconds": 1200,
          "elapsed_minutes": 20,
          "remaining_seconds": 2400,
          "remaining_minutes": 40,
          "participants": [
            {
              "rank": 1,
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "display_name": "Momentum v2",
              "avatar_url": null,
              "color": "#3B82F6",
              "status": "active",
              "starting_balance": "5000.00000000",
              "current_equity": "5123.40000000",
              "total_pnl": "123.40000000",
              "roi_pct": "2.47",
              "realized_pnl": "80.00000000",
              "unrealized_pnl": "43.40000000",
              "trade_count": 6,
              "total_trades": 6,
              "open_positions": 1,
              "win_rate": "66.67",
              "sharpe_ratio": "3.1416",
              "max_drawdown_pct": "0.82",
              "profit_factor": "2.5000"
            }
          ],
          "updated_at": "2026-03-19T09:21:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_battle_results",
    "operationId": "getBattleResults",
    "title": "Final ranking",
    "description": "Final ranking\n\nThe final ranking of a `completed` battle, best first (rank 1 is the winner; ties go to the\nearlier join; eliminated participants after the survivors), with each participant's final\nequity and metrics. `rankings` and `participants` are the same list under the docs' and the\noriginal server's names. Any other status: `409 BATTLE_INVALID_STATE` with\n`details.required_status: [completed]`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}/results",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "battle_id",
        "name",
        "status",
        "battle_mode",
        "ranking_metric",
        "started_at",
        "ended_at",
        "completed_at",
        "duration_seconds",
        "winner_agent_id",
        "winner_agent_name",
        "rankings",
        "participants"
      ],
      "additionalProperties": false,
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "const": "completed"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "started_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ended_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "completed_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "Same as `ended_at` (the docs' name)."
        },
        "duration_seconds": {
          "type": "integer",
          "minimum": 0
        },
        "winner_agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid"
        },
        "winner_agent_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "rankings": {
          "type": "array",
          "description": "Best first; rank 1 is the winner.",
          "items": {
            "type": "object",
            "description": "A participant's final standing.",
            "allOf": [
              {
                "type": "object",
                "description": "One participant's standing: money as 8-decimal strings; `roi_pct`, `win_rate` and\n`max_drawdown_pct` with 2 decimals, `sharpe_ratio` and `profit_factor` with 4 (the backtest\nand battle metric calculator's rounding); a metric the data does not define is null.\n",
                "required": [
                  "rank",
                  "agent_id",
                  "agent_name",
                  "display_name",
                  "avatar_url",
                  "color",
                  "status",
                  "starting_balance",
                  "current_equity",
                  "total_pnl",
                  "roi_pct",
                  "realized_pnl",
                  "unrealized_pnl",
                  "trade_count",
                  "total_trades",
                  "open_positions",
                  "win_rate",
                  "sharpe_ratio",
                  "max_drawdown_pct",
                  "profit_factor"
                ],
                "properties": {
                  "rank": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "agent_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "agent_name": {
                    "type": "string"
                  },
                  "display_name": {
                    "type": "string",
                    "description": "Same as `agent_name` (the original server's name)."
                  },
                  "avatar_url": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "color": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "active",
                      "paused",
                      "stopped",
                      "blown_up"
                    ],
                    "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
                  },
                  "starting_balance": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "What the battle measures the participant from."
                  },
                  "current_equity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "total_pnl": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "`current_equity` − `starting_balance`."
                  },
                  "roi_pct": {
                    "allOf": [
                      {
                        "type": "string",
                        "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                        "description": "A percentage or figure with 2 decimals."
                      }
                    ],
                    "description": "`total_pnl` / `starting_balance` × 100."
                  },
                  "realized_pnl": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "Of the fills since the battle started."
                  },
                  "unrealized_pnl": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "trade_count": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Fills since the battle started (opening buys included)."
                  },
                  "total_trades": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Same as `trade_count`."
                  },
                  "open_positions": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "win_rate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "Winning fills ÷ fills with a realized PnL × 100; null without such a fill."
                  },
                  "sharpe_ratio": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                    "description": "Over the participant's equity snapshots; null with fewer than two returns."
                  },
                  "max_drawdown_pct": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "Largest fall from a running peak of the equity snapshots, percent."
                  },
                  "profit_factor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                    "description": "Gross profit / gross loss of the fills with a realized PnL; null without a loss."
                  }
                }
              },
              {
                "type": "object",
                "required": [
                  "final_equity",
                  "snapshot_balance",
                  "backtest_session_id"
                ],
                "properties": {
                  "final_equity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "snapshot_balance": {
                    "description": "The agent's own wallet valued in USDT at the start (live battles).",
                    "oneOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "backtest_session_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  }
                }
              }
            ],
            "unevaluatedProperties": false
          }
        },
        "participants": {
          "type": "array",
          "description": "The same list as `rankings` (the original server's name).",
          "items": {
            "type": "object",
            "description": "A participant's final standing.",
            "allOf": [
              {
                "type": "object",
                "description": "One participant's standing: money as 8-decimal strings; `roi_pct`, `win_rate` and\n`max_drawdown_pct` with 2 decimals, `sharpe_ratio` and `profit_factor` with 4 (the backtest\nand battle metric calculator's rounding); a metric the data does not define is null.\n",
                "required": [
                  "rank",
                  "agent_id",
                  "agent_name",
                  "display_name",
                  "avatar_url",
                  "color",
                  "status",
                  "starting_balance",
                  "current_equity",
                  "total_pnl",
                  "roi_pct",
                  "realized_pnl",
                  "unrealized_pnl",
                  "trade_count",
                  "total_trades",
                  "open_positions",
                  "win_rate",
                  "sharpe_ratio",
                  "max_drawdown_pct",
                  "profit_factor"
                ],
                "properties": {
                  "rank": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "agent_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "agent_name": {
                    "type": "string"
                  },
                  "display_name": {
                    "type": "string",
                    "description": "Same as `agent_name` (the original server's name)."
                  },
                  "avatar_url": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "color": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "active",
                      "paused",
                      "stopped",
                      "blown_up"
                    ],
                    "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
                  },
                  "starting_balance": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "What the battle measures the participant from."
                  },
                  "current_equity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "total_pnl": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "`current_equity` − `starting_balance`."
                  },
                  "roi_pct": {
                    "allOf": [
                      {
                        "type": "string",
                        "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                        "description": "A percentage or figure with 2 decimals."
                      }
                    ],
                    "description": "`total_pnl` / `starting_balance` × 100."
                  },
                  "realized_pnl": {
                    "allOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      }
                    ],
                    "description": "Of the fills since the battle started."
                  },
                  "unrealized_pnl": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "trade_count": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Fills since the battle started (opening buys included)."
                  },
                  "total_trades": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Same as `trade_count`."
                  },
                  "open_positions": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "win_rate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "Winning fills ÷ fills with a realized PnL × 100; null without such a fill."
                  },
                  "sharpe_ratio": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                    "description": "Over the participant's equity snapshots; null with fewer than two returns."
                  },
                  "max_drawdown_pct": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                    "description": "Largest fall from a running peak of the equity snapshots, percent."
                  },
                  "profit_factor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+\\.[0-9]{4}$",
                    "description": "Gross profit / gross loss of the fills with a realized PnL; null without a loss."
                  }
                }
              },
              {
                "type": "object",
                "required": [
                  "final_equity",
                  "snapshot_balance",
                  "backtest_session_id"
                ],
                "properties": {
                  "final_equity": {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  "snapshot_balance": {
                    "description": "The agent's own wallet valued in USDT at the start (live battles).",
                    "oneOf": [
                      {
                        "type": "string",
                        "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                        "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                        "examples": [
                          "10000.00000000"
                        ]
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "backtest_session_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  }
                }
              }
            ],
            "unevaluatedProperties": false
          }
        }
      },
      "examples": [
        {
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "name": "BTC sprint",
          "status": "completed",
          "battle_mode": "live",
          "ranking_metric": "roi_pct",
          "started_at": "2026-03-19T09:01:00.000Z",
          "ended_at": "2026-03-19T10:01:00.000Z",
          "completed_at": "2026-03-19T10:01:00.000Z",
          "duration_seconds": 3600,
          "winner_agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "winner_agent_name": "Momentum v2",
          "rankings": [
            {
              "rank": 1,
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "display_name": "Momentum v2",
              "avatar_url": null,
              "color": "#3B82F6",
              "status": "stopped",
              "starting_balance": "5000.00000000",
              "current_equity": "5210.00000000",
              "total_pnl": "210.00000000",
              "roi_pct": "4.20",
              "realized_pnl": "210.00000000",
              "unrealized_pnl": "0.00000000",
              "trade_count": 12,
              "total_trades": 12,
              "open_positions": 0,
              "win_rate": "66.67",
              "sharpe_ratio": "2.7183",
              "max_drawdown_pct": "1.05",
              "profit_factor": null,
              "final_equity": "5210.00000000",
              "snapshot_balance": "10412.50000000",
              "backtest_session_id": null
            }
          ],
          "participants": [
            {
              "rank": 1,
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "display_name": "Momentum v2",
              "avatar_url": null,
              "color": "#3B82F6",
              "status": "stopped",
              "starting_balance": "5000.00000000",
              "current_equity": "5210.00000000",
              "total_pnl": "210.00000000",
              "roi_pct": "4.20",
              "realized_pnl": "210.00000000",
              "unrealized_pnl": "0.00000000",
              "trade_count": 12,
              "total_trades": 12,
              "open_positions": 0,
              "win_rate": "66.67",
              "sharpe_ratio": "2.7183",
              "max_drawdown_pct": "1.05",
              "profit_factor": null,
              "final_equity": "5210.00000000",
              "snapshot_balance": "10412.50000000",
              "backtest_session_id": null
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "get_battle_replay",
    "operationId": "getBattleReplay",
    "title": "The battle's equity snapshots",
    "description": "The battle's equity snapshots\n\nEvery stored snapshot of every participant, oldest first and interleaved, one page at a\ntime: live battles every 5 s while running (`virtual_time` null); historical battles the\nsessions' snapshots (`timestamp` = `virtual_time`). `total` counts all snapshots. Snapshots\nof battles that ended more than `BATTLE_SNAPSHOT_RETENTION_DAYS` (90) days ago are deleted.\nAny status (none before the start). JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}/replay",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [
      "limit",
      "offset"
    ],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "default": 10000,
          "description": "Most snapshots to return.",
          "examples": [
            500
          ]
        },
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100000,
          "default": 0,
          "description": "Items to skip, at most 100,000 (narrow the query with its filters to reach further). Like\nevery integer parameter: decimal digits only (`1e2`, `1.0`, `0x10`, ` 5`, `Infinity` are a\n`422 VALIDATION_ERROR` naming the field).",
          "examples": [
            0
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "battle_id",
        "battle_mode",
        "snapshots",
        "total",
        "limit",
        "offset"
      ],
      "additionalProperties": false,
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "snapshots": {
          "type": "array",
          "description": "Oldest first, every participant interleaved.",
          "items": {
            "type": "object",
            "required": [
              "agent_id",
              "timestamp",
              "virtual_time",
              "equity",
              "unrealized_pnl",
              "realized_pnl",
              "trade_count",
              "open_positions"
            ],
            "additionalProperties": false,
            "properties": {
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "timestamp": {
                "type": "string",
                "format": "date-time"
              },
              "virtual_time": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "Historical battles; null for live ones."
              },
              "equity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "unrealized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "realized_pnl": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "trade_count": {
                "type": "integer",
                "minimum": 0
              },
              "open_positions": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        },
        "total": {
          "type": "integer",
          "minimum": 0,
          "description": "Snapshots over all pages."
        },
        "limit": {
          "type": "integer"
        },
        "offset": {
          "type": "integer"
        }
      },
      "examples": [
        {
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "battle_mode": "live",
          "snapshots": [
            {
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "timestamp": "2026-03-19T09:01:05.000Z",
              "virtual_time": null,
              "equity": "5001.20000000",
              "unrealized_pnl": "1.20000000",
              "realized_pnl": "0.00000000",
              "trade_count": 1,
              "open_positions": 1
            },
            {
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "timestamp": "2026-03-19T09:01:05.000Z",
              "virtual_time": null,
              "equity": "5000.00000000",
              "unrealized_pnl": "0.00000000",
              "realized_pnl": "0.00000000",
              "trade_count": 0,
              "open_positions": 0
            }
          ],
          "total": 1440,
          "limit": 500,
          "offset": 0
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "rematch_battle",
    "operationId": "rematchBattle",
    "title": "Replay a completed battle as a new historical battle",
    "description": "Replay a completed battle as a new historical battle\n\nA new historical battle in `draft` (or `pending` when it has participants) named `Replay:\n<name>`, with the source's config and ranking metric (`override_config` keys merged over\nit and validated as `POST /battles` validates `config`) and the source's `backtest_config`,\nor for a live source its own time range (`start_time` = `started_at`, `end_time` =\n`ended_at`, 60-second candles, `allowed_pairs`). Participants: `agent_ids` (each one of the\naccount's agents, else `404 AGENT_NOT_FOUND`), else the source's agents. The source must be\n`completed`: otherwise `409 BATTLE_INVALID_STATE`. JWT only.\n\nErrors:\n- 400 INVALID_SYMBOL: `INVALID_SYMBOL`: a pair of `allowed_pairs` / `pairs` (or `backtest_config.pairs`) the server does not know.\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND, AGENT_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/replay",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "override_config",
      "agent_ids"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "override_config": {
          "type": "object",
          "description": "Config keys of `POST /battles` (merged over the preset's) and of `PUT` (merged over the battle's).",
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "allOf": [
                {
                  "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
                  "oneOf": [
                    {
                      "type": "string",
                      "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                    },
                    {
                      "type": "number",
                      "exclusiveMinimum": 0,
                      "maximum": 1000000000000
                    }
                  ],
                  "examples": [
                    "10000.00"
                  ]
                }
              ],
              "description": "USDT each participant measures from (and trades, `fresh`), 1 to 10,000,000. Default `10000`."
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "maximum": 31536000,
              "description": "`fixed`: the battle stops itself this long after it starts."
            },
            "duration_minutes": {
              "type": "number",
              "exclusiveMinimum": 0,
              "description": "The duration in minutes (converted to `duration_seconds`)."
            },
            "duration_hours": {
              "type": "number",
              "exclusiveMinimum": 0,
              "description": "The duration in hours (converted to `duration_seconds`)."
            },
            "allowed_pairs": {
              "description": "Pairs (case-insensitive); `\"all\"` or `null` for every pair.",
              "oneOf": [
                {
                  "type": "array",
                  "minItems": 1,
                  "maxItems": 100,
                  "items": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9]{2,20}$"
                  }
                },
                {
                  "type": "string",
                  "const": "all"
                },
                {
                  "type": "null"
                }
              ]
            },
            "pairs": {
              "allOf": [
                {
                  "description": "Pairs (case-insensitive); `\"all\"` or `null` for every pair.",
                  "oneOf": [
                    {
                      "type": "array",
                      "minItems": 1,
                      "maxItems": 100,
                      "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9]{2,20}$"
                      }
                    },
                    {
                      "type": "string",
                      "const": "all"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              ],
              "description": "Alias of `allowed_pairs`."
            },
            "candle_interval": {
              "description": "Historical battles' step, as a label or in seconds.",
              "oneOf": [
                {
                  "type": "string",
                  "enum": [
                    "1m",
                    "5m",
                    "15m",
                    "1h",
                    "4h",
                    "1d"
                  ]
                },
                {
                  "type": "integer",
                  "enum": [
                    60,
                    300,
                    900,
                    3600,
                    14400,
                    86400
                  ]
                }
              ]
            },
            "survival": {
              "type": "boolean",
              "description": "Eliminate a participant whose equity falls below 10 % of its battle starting balance."
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "5000",
              "wallet_mode": "fresh",
              "duration_hours": 2,
              "pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "agent_ids": {
          "type": "array",
          "minItems": 1,
          "maxItems": 50,
          "uniqueItems": true,
          "description": "The participants; default the source's agents.",
          "items": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "id",
        "account_id",
        "name",
        "status",
        "battle_mode",
        "preset",
        "config",
        "ranking_metric",
        "backtest_config",
        "participant_count",
        "participants",
        "winner_agent_id",
        "created_at",
        "updated_at",
        "started_at",
        "ended_at",
        "ends_at"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "account_id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "battle_mode": {
          "type": "string",
          "enum": [
            "live",
            "historical"
          ],
          "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
        },
        "preset": {
          "type": [
            "string",
            "null"
          ],
          "description": "The preset it was created from."
        },
        "config": {
          "type": "object",
          "description": "The battle's normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).",
          "required": [
            "starting_balance",
            "wallet_mode",
            "duration_type",
            "duration_seconds",
            "allowed_pairs"
          ],
          "additionalProperties": false,
          "properties": {
            "starting_balance": {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$",
              "description": "A positive decimal string.",
              "examples": [
                "10000"
              ]
            },
            "wallet_mode": {
              "type": "string",
              "enum": [
                "fresh",
                "existing"
              ],
              "description": "`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."
            },
            "duration_type": {
              "type": "string",
              "enum": [
                "fixed",
                "unlimited",
                "historical"
              ]
            },
            "duration_seconds": {
              "type": [
                "integer",
                "null"
              ],
              "minimum": 60,
              "description": "`fixed`: how long the battle runs; null otherwise (historical: informative)."
            },
            "allowed_pairs": {
              "type": [
                "array",
                "null"
              ],
              "description": "The only pairs participants may trade while the live battle runs; null for every pair.",
              "items": {
                "type": "string"
              }
            },
            "candle_interval": {
              "type": "integer",
              "minimum": 60,
              "description": "Historical presets' candle interval in seconds."
            },
            "survival": {
              "type": "boolean"
            },
            "battle_mode": {
              "type": "string",
              "enum": [
                "live",
                "historical"
              ],
              "description": "`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."
            }
          },
          "examples": [
            {
              "starting_balance": "10000",
              "wallet_mode": "fresh",
              "duration_type": "fixed",
              "duration_seconds": 3600,
              "allowed_pairs": [
                "BTCUSDT",
                "ETHUSDT"
              ]
            }
          ]
        },
        "ranking_metric": {
          "type": "string",
          "enum": [
            "roi_pct",
            "total_pnl",
            "sharpe_ratio",
            "win_rate",
            "profit_factor"
          ],
          "description": "What the battle is ranked by; higher is better for all five."
        },
        "backtest_config": {
          "description": "Historical battles; null for live ones.",
          "oneOf": [
            {
              "type": "object",
              "description": "The history a historical battle replays.",
              "required": [
                "start_time",
                "end_time",
                "candle_interval",
                "pairs"
              ],
              "additionalProperties": false,
              "properties": {
                "start_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "end_time": {
                  "type": "string",
                  "format": "date-time"
                },
                "candle_interval": {
                  "type": "integer",
                  "minimum": 60,
                  "maximum": 86400,
                  "description": "Seconds per step (60, 300, 900, 3600, 14400 or 86400)."
                },
                "pairs": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "description": "Null for every pair with stored history.",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "examples": [
                {
                  "start_time": "2026-03-01T00:00:00.000Z",
                  "end_time": "2026-03-02T00:00:00.000Z",
                  "candle_interval": 60,
                  "pairs": [
                    "BTCUSDT",
                    "ETHUSDT"
                  ]
                }
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "participant_count": {
          "type": "integer",
          "minimum": 0
        },
        "participants": {
          "type": "array",
          "description": "In join order.",
          "items": {
            "type": "object",
            "required": [
              "id",
              "battle_id",
              "agent_id",
              "agent_name",
              "status",
              "joined_at",
              "snapshot_balance",
              "starting_balance",
              "final_equity",
              "final_rank",
              "backtest_session_id",
              "blown_up_at"
            ],
            "additionalProperties": false,
            "properties": {
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "battle_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "paused",
                  "stopped",
                  "blown_up"
                ],
                "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
              },
              "joined_at": {
                "type": "string",
                "format": "date-time"
              },
              "snapshot_balance": {
                "description": "The agent's own wallet valued in USDT when the battle started; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "starting_balance": {
                "description": "What the battle measures the participant from: the battle's `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_equity": {
                "description": "Equity when the battle completed; null before.",
                "oneOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "final_rank": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "description": "1 = winner; null before completion."
              },
              "backtest_session_id": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uuid",
                "description": "Historical battles, from the start, the participant's backtest session (readable with `GET /backtest/{session_id}/*`)."
              },
              "blown_up_at": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date-time",
                "description": "When a survival battle eliminated the participant."
              }
            },
            "examples": [
              {
                "id": "0193b2c4-2000-7000-8000-000000000001",
                "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
                "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                "agent_name": "Momentum v2",
                "status": "active",
                "joined_at": "2026-03-19T09:00:00.000Z",
                "snapshot_balance": "10412.50000000",
                "starting_balance": "10000.00000000",
                "final_equity": null,
                "final_rank": null,
                "backtest_session_id": null,
                "blown_up_at": null
              }
            ]
          }
        },
        "winner_agent_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "Rank 1, once completed."
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        },
        "started_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ended_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ends_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When a running fixed-duration live battle stops itself."
        }
      },
      "examples": [
        {
          "id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "account_id": "550e8400-e29b-41d4-a716-446655440000",
          "name": "BTC sprint",
          "status": "active",
          "battle_mode": "live",
          "preset": "quick_1h",
          "config": {
            "starting_balance": "5000",
            "wallet_mode": "fresh",
            "duration_type": "fixed",
            "duration_seconds": 3600,
            "allowed_pairs": [
              "BTCUSDT",
              "ETHUSDT"
            ]
          },
          "ranking_metric": "roi_pct",
          "backtest_config": null,
          "participant_count": 2,
          "participants": [
            {
              "id": "0193b2c4-2000-7000-8000-000000000001",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "status": "active",
              "joined_at": "2026-03-19T09:00:00.000Z",
              "snapshot_balance": "10412.50000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            },
            {
              "id": "0193b2c4-2000-7000-8000-000000000002",
              "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "agent_name": "Mean reversion",
              "status": "active",
              "joined_at": "2026-03-19T09:00:05.000Z",
              "snapshot_balance": "9870.00000000",
              "starting_balance": "5000.00000000",
              "final_equity": null,
              "final_rank": null,
              "backtest_session_id": null,
              "blown_up_at": null
            }
          ],
          "winner_agent_id": null,
          "created_at": "2026-03-19T08:59:00.000Z",
          "updated_at": "2026-03-19T09:01:00.000Z",
          "started_at": "2026-03-19T09:01:00.000Z",
          "ended_at": null,
          "ends_at": "2026-03-19T10:01:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "step_battle",
    "operationId": "stepBattle",
    "title": "Advance a historical battle one step",
    "description": "Advance a historical battle one step\n\nAdvances the shared virtual clock by one candle interval for every participant's session\n(each fills its resting orders at the new prices, as `POST /backtest/{session_id}/step`\ndoes) and returns the standings at the new virtual time. The last step completes the\nbattle and ranks it (`is_complete: true`, status `completed`, a `battle_completed` status\nevent). Every step is saved before the reply, so an acknowledged step survives a restart.\nOnly historical battles that are `active` or `paused`: otherwise `409\nBATTLE_INVALID_STATE` (`details.reason: not_historical` for a live battle). JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/step",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "battle_id",
        "status",
        "virtual_time",
        "step",
        "total_steps",
        "progress_pct",
        "is_complete",
        "remaining_steps",
        "steps_executed",
        "prices",
        "participants"
      ],
      "additionalProperties": false,
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time",
          "description": "The shared virtual clock after the step."
        },
        "step": {
          "type": "integer",
          "minimum": 0
        },
        "total_steps": {
          "type": "integer",
          "minimum": 1
        },
        "progress_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "description": "A percentage or figure with 2 decimals."
        },
        "is_complete": {
          "type": "boolean",
          "description": "True once the last step ran; the battle is then `completed` and ranked."
        },
        "remaining_steps": {
          "type": "integer",
          "minimum": 0
        },
        "steps_executed": {
          "type": "integer",
          "minimum": 0,
          "description": "Steps this call ran."
        },
        "prices": {
          "type": "object",
          "description": "Close of each battle pair at the virtual time.",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        },
        "participants": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "agent_id",
              "agent_name",
              "status",
              "equity",
              "pnl",
              "roi_pct",
              "trade_count"
            ],
            "additionalProperties": false,
            "properties": {
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "paused",
                  "stopped",
                  "blown_up"
                ],
                "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
              },
              "equity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "pnl": {
                "allOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                ],
                "description": "`equity` − starting balance."
              },
              "roi_pct": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                "description": "A percentage or figure with 2 decimals."
              },
              "trade_count": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      },
      "examples": [
        {
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "status": "active",
          "virtual_time": "2026-03-01T01:00:00.000Z",
          "step": 60,
          "total_steps": 1440,
          "progress_pct": "4.17",
          "is_complete": false,
          "remaining_steps": 1380,
          "steps_executed": 60,
          "prices": {
            "BTCUSDT": "64356.00000000",
            "ETHUSDT": "3410.20000000"
          },
          "participants": [
            {
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "status": "active",
              "equity": "10012.41000000",
              "pnl": "12.41000000",
              "roi_pct": "0.12",
              "trade_count": 1
            },
            {
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "agent_name": "Mean reversion",
              "status": "active",
              "equity": "10000.00000000",
              "pnl": "0.00000000",
              "roi_pct": "0.00",
              "trade_count": 0
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "step_battle_batch",
    "operationId": "stepBattleBatch",
    "title": "Advance a historical battle several steps",
    "description": "Advance a historical battle several steps\n\nAs `POST /battles/{battle_id}/step`, `steps` times (1–10,000, default 1; fewer when the\nbattle completes first; `steps_executed` says how many ran). Only historical battles that\nare `active` or `paused`: otherwise `409 BATTLE_INVALID_STATE`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/step/batch",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "steps"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "steps": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000,
          "default": 1,
          "description": "Steps to run; fewer when the battle completes first."
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "battle_id",
        "status",
        "virtual_time",
        "step",
        "total_steps",
        "progress_pct",
        "is_complete",
        "remaining_steps",
        "steps_executed",
        "prices",
        "participants"
      ],
      "additionalProperties": false,
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "pending",
            "active",
            "paused",
            "completed",
            "cancelled"
          ],
          "description": "`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n"
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time",
          "description": "The shared virtual clock after the step."
        },
        "step": {
          "type": "integer",
          "minimum": 0
        },
        "total_steps": {
          "type": "integer",
          "minimum": 1
        },
        "progress_pct": {
          "type": "string",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "description": "A percentage or figure with 2 decimals."
        },
        "is_complete": {
          "type": "boolean",
          "description": "True once the last step ran; the battle is then `completed` and ranked."
        },
        "remaining_steps": {
          "type": "integer",
          "minimum": 0
        },
        "steps_executed": {
          "type": "integer",
          "minimum": 0,
          "description": "Steps this call ran."
        },
        "prices": {
          "type": "object",
          "description": "Close of each battle pair at the virtual time.",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        },
        "participants": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "agent_id",
              "agent_name",
              "status",
              "equity",
              "pnl",
              "roi_pct",
              "trade_count"
            ],
            "additionalProperties": false,
            "properties": {
              "agent_id": {
                "type": "string",
                "format": "uuid"
              },
              "agent_name": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "active",
                  "paused",
                  "stopped",
                  "blown_up"
                ],
                "description": "`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle)."
              },
              "equity": {
                "type": "string",
                "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                "examples": [
                  "10000.00000000"
                ]
              },
              "pnl": {
                "allOf": [
                  {
                    "type": "string",
                    "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
                    "pattern": "^-?[0-9]+\\.[0-9]{8}$",
                    "examples": [
                      "10000.00000000"
                    ]
                  }
                ],
                "description": "`equity` − starting balance."
              },
              "roi_pct": {
                "type": "string",
                "pattern": "^-?[0-9]+\\.[0-9]{2}$",
                "description": "A percentage or figure with 2 decimals."
              },
              "trade_count": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      },
      "examples": [
        {
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "status": "active",
          "virtual_time": "2026-03-01T01:00:00.000Z",
          "step": 60,
          "total_steps": 1440,
          "progress_pct": "4.17",
          "is_complete": false,
          "remaining_steps": 1380,
          "steps_executed": 60,
          "prices": {
            "BTCUSDT": "64356.00000000",
            "ETHUSDT": "3410.20000000"
          },
          "participants": [
            {
              "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
              "agent_name": "Momentum v2",
              "status": "active",
              "equity": "10012.41000000",
              "pnl": "12.41000000",
              "roi_pct": "0.12",
              "trade_count": 1
            },
            {
              "agent_id": "8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a",
              "agent_name": "Mean reversion",
              "status": "active",
              "equity": "10000.00000000",
              "pnl": "0.00000000",
              "roi_pct": "0.00",
              "trade_count": 0
            }
          ]
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "battle_trade",
    "operationId": "placeBattleOrder",
    "title": "Place an order for a participant of a historical battle",
    "description": "Place an order for a participant of a historical battle\n\nPlaces an order in `agent_id`'s session at the current virtual time, through the live\norder path (`POST /trade/order`'s types, slippage, fee, locks and the agent's risk\nprofile); a rule broken is answered as `POST /trade/order` answers it. A market order fills\nat once at the step price, a resting order is checked at every step. `order_type` is the\ndocs' name of `type` (default `market`). A paused or eliminated participant: `400\nORDER_REJECTED` with `details.reason` `battle_participant_paused` /\n`battle_participant_eliminated`. Not a participant: `404 AGENT_NOT_FOUND` with\n`details.reason: not_in_battle`. Only historical battles that are `active` or `paused`:\notherwise `409 BATTLE_INVALID_STATE`. Live battles trade through `POST /trade/order`. JWT\nonly.\n\nErrors:\n- 400 INVALID_SYMBOL, INVALID_QUANTITY, INVALID_PRICE, INSUFFICIENT_BALANCE, POSITION_LIMIT_EXCEEDED, ORDER_REJECTED: The order breaks a rule and nothing was placed, answered as `POST /trade/order` answers it: `INVALID_SYMBOL` (not one of the battle's pairs), `INVALID_QUANTITY`, `INVALID_PRICE`, `INSUFFICIENT_BALANCE`, `POSITION_LIMIT_EXCEEDED`, or `ORDER_REJECTED` with `details.reason` (the risk chain's, or `battle_participant_paused` / `battle_participant_eliminated`).\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND, AGENT_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no such battle; or `AGENT_NOT_FOUND`: the agent is not one of the account's, or (`details.reason: not_in_battle`) not a participant of the battle.\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 413 PAYLOAD_TOO_LARGE: `PAYLOAD_TOO_LARGE`: the request body exceeds the server's limit (64 KiB by default).\n- 415 UNSUPPORTED_MEDIA_TYPE: `UNSUPPORTED_MEDIA_TYPE`: the request body is not `application/json`.\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/trade/order",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": [
      "agent_id",
      "symbol",
      "side",
      "order_type",
      "type",
      "quantity",
      "price",
      "trigger_price"
    ],
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        },
        "agent_id": {
          "type": "string",
          "format": "uuid",
          "description": "The participant the order is for."
        },
        "symbol": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]{2,20}$",
          "description": "One of the battle's pairs (case-insensitive)."
        },
        "side": {
          "type": "string",
          "enum": [
            "buy",
            "sell"
          ]
        },
        "order_type": {
          "type": "string",
          "enum": [
            "market",
            "limit",
            "stop_loss",
            "take_profit"
          ],
          "default": "market"
        },
        "type": {
          "type": "string",
          "enum": [
            "market",
            "limit",
            "stop_loss",
            "take_profit"
          ],
          "description": "Alias of `order_type`."
        },
        "quantity": {
          "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
          "oneOf": [
            {
              "type": "string",
              "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
            },
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000000
            }
          ],
          "examples": [
            "10000.00"
          ]
        },
        "price": {
          "allOf": [
            {
              "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
              "oneOf": [
                {
                  "type": "string",
                  "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                },
                {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1000000000000
                }
              ],
              "examples": [
                "10000.00"
              ]
            }
          ],
          "description": "The limit price (`limit`); for `stop_loss` / `take_profit` an alias of `trigger_price`."
        },
        "trigger_price": {
          "allOf": [
            {
              "description": "A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n",
              "oneOf": [
                {
                  "type": "string",
                  "pattern": "^[0-9]{1,12}(\\.[0-9]{1,8})?$"
                },
                {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1000000000000
                }
              ],
              "examples": [
                "10000.00"
              ]
            }
          ],
          "description": "The trigger of a `stop_loss` / `take_profit`."
        }
      },
      "required": [
        "battle_id",
        "agent_id",
        "symbol",
        "side",
        "quantity"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "order_id",
        "battle_id",
        "agent_id",
        "status",
        "symbol",
        "side",
        "type",
        "quantity",
        "price",
        "executed_price",
        "executed_qty",
        "fee",
        "realized_pnl",
        "virtual_time"
      ],
      "additionalProperties": false,
      "properties": {
        "order_id": {
          "type": "string",
          "format": "uuid"
        },
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "agent_id": {
          "type": "string",
          "format": "uuid"
        },
        "status": {
          "type": "string",
          "enum": [
            "filled",
            "pending"
          ]
        },
        "symbol": {
          "type": "string"
        },
        "side": {
          "type": "string",
          "enum": [
            "buy",
            "sell"
          ]
        },
        "type": {
          "type": "string",
          "enum": [
            "market",
            "limit",
            "stop_loss",
            "take_profit"
          ]
        },
        "quantity": {
          "type": "string",
          "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
          "pattern": "^-?[0-9]+\\.[0-9]{8}$",
          "examples": [
            "10000.00000000"
          ]
        },
        "price": {
          "description": "The limit or trigger price; null for a market order.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "executed_price": {
          "description": "Null while pending.",
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "executed_qty": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "fee": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "realized_pnl": {
          "oneOf": [
            {
              "type": "string",
              "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
              "pattern": "^-?[0-9]+\\.[0-9]{8}$",
              "examples": [
                "10000.00000000"
              ]
            },
            {
              "type": "null"
            }
          ]
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time",
          "description": "When the order was placed, on the battle's clock."
        }
      },
      "examples": [
        {
          "order_id": "0193b2c4-3000-7000-8000-000000000001",
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "agent_id": "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
          "status": "filled",
          "symbol": "BTCUSDT",
          "side": "buy",
          "type": "market",
          "quantity": "0.01000000",
          "price": null,
          "executed_price": "64362.43560000",
          "executed_qty": "0.01000000",
          "fee": "0.64362436",
          "realized_pnl": "0.00000000",
          "virtual_time": "2026-03-01T01:00:00.000Z"
        }
      ]
    },
    "annotations": {
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "get_battle_prices",
    "operationId": "getBattlePrices",
    "title": "Prices at a historical battle's virtual time",
    "description": "Prices at a historical battle's virtual time\n\nThe close of each battle pair's latest candle closed at or before the virtual time (the\nprices participants trade at). Only historical battles that have started: otherwise `409\nBATTLE_INVALID_STATE`. JWT only.\n\nErrors:\n- 401 INVALID_API_KEY, INVALID_TOKEN: Missing or invalid credentials: `INVALID_API_KEY` (no credential, unknown, revoked or archived key) or `INVALID_TOKEN` (expired, tampered or malformed JWT).\n- 403 PERMISSION_DENIED, ACCOUNT_SUSPENDED: `PERMISSION_DENIED` when an API key is sent to an endpoint that accepts only a JWT; `ACCOUNT_SUSPENDED` when the account is suspended or archived.\n- 404 BATTLE_NOT_FOUND: `BATTLE_NOT_FOUND`: the account has no battle with that id (another account's battle answers the same).\n- 409 BATTLE_INVALID_STATE: `BATTLE_INVALID_STATE`: the battle's status does not allow this (`details.current_status`; `details.required_status` lists the statuses that would), or `details.reason` says what else is wrong: `not_enough_participants` (`participant_count`, at least 2), `agent_in_another_battle` (`agent_id`, `other_battle_id`), `participant_not_active` / `participant_not_paused` (`agent_id`, `participant_status`), `not_historical` / `not_live` (the battle's mode does not have this operation).\n- 422 VALIDATION_ERROR: `VALIDATION_ERROR`: the request does not match the schema (missing or malformed fields, unknown fields, malformed JSON, a malformed `X-Agent-Id`). `details.errors` lists each problem.\n- 429 RATE_LIMIT_EXCEEDED: `RATE_LIMIT_EXCEEDED`: the caller used up its window; retry after `Retry-After` seconds.\n- 500 INTERNAL_ERROR: `INTERNAL_ERROR`: an unexpected failure; the reply carries no internals. Quote `X-Request-Id` when reporting it.",
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}/market/prices",
    "pathParams": [
      "battle_id"
    ],
    "queryParams": [],
    "headerParams": [],
    "bodyProps": null,
    "inputSchema": {
      "type": "object",
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid",
          "description": "The battle's id. Another account's battle answers `404 BATTLE_NOT_FOUND` exactly like an unknown id.",
          "examples": [
            "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
          ]
        }
      },
      "required": [
        "battle_id"
      ],
      "additionalProperties": false
    },
    "outputSchema": {
      "type": "object",
      "required": [
        "battle_id",
        "virtual_time",
        "prices"
      ],
      "additionalProperties": false,
      "properties": {
        "battle_id": {
          "type": "string",
          "format": "uuid"
        },
        "virtual_time": {
          "type": "string",
          "format": "date-time"
        },
        "prices": {
          "type": "object",
          "description": "Close of each battle pair's latest candle closed at or before the virtual time.",
          "additionalProperties": {
            "type": "string",
            "description": "An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n",
            "pattern": "^-?[0-9]+\\.[0-9]{8}$",
            "examples": [
              "10000.00000000"
            ]
          }
        }
      },
      "examples": [
        {
          "battle_id": "0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
          "virtual_time": "2026-03-01T01:00:00.000Z",
          "prices": {
            "BTCUSDT": "64356.00000000",
            "ETHUSDT": "3410.20000000"
          }
        }
      ]
    },
    "annotations": {
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  }
];
