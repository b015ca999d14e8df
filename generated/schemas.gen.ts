// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.

export const RatioSchema = {
    type: 'string',
    pattern: '^-?[0-9]+\\.[0-9]{6}$',
    description: 'A ratio with 6 decimals.'
} as const;

export const PercentSchema = {
    type: 'string',
    pattern: '^-?[0-9]+\\.[0-9]{4}$',
    description: 'A percentage with 4 decimals.'
} as const;

export const NullablePercentSchema = {
    type: [
        'string',
        'null'
    ],
    pattern: '^-?[0-9]+\\.[0-9]{4}$',
    description: 'A percentage with 4 decimals, or null when undefined.'
} as const;

export const PerformanceSchema = {
    type: 'object',
    required: [
        'period',
        'agent_id',
        'since',
        'session_started_at',
        'snapshot_interval',
        'data_points',
        'insufficient_data',
        'not_computable',
        'total_return_pct',
        'sharpe_ratio',
        'sortino_ratio',
        'max_drawdown_pct',
        'max_drawdown_duration_days',
        'max_drawdown_duration_seconds',
        'win_rate',
        'profit_factor',
        'avg_win',
        'avg_loss',
        'best_trade',
        'worst_trade',
        'net_pnl',
        'total_trades',
        'avg_trades_per_day',
        'winning_trades',
        'losing_trades',
        'break_even_trades',
        'longest_win_streak',
        'longest_loss_streak',
        'current_streak'
    ],
    additionalProperties: false,
    properties: {
        period: {
            type: 'string',
            enum: [
                '1d',
                '7d',
                '30d',
                '90d',
                'all'
            ]
        },
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        since: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'Start of the period; null for `all`.'
        },
        session_started_at: {
            type: 'string',
            format: 'date-time',
            description: 'Start of the trading session measured (registration or last reset).'
        },
        snapshot_interval: {
            type: 'string',
            enum: [
                '1m',
                '1h',
                '1d'
            ]
        },
        data_points: {
            type: 'integer',
            description: 'Snapshots used.'
        },
        insufficient_data: {
            type: 'boolean',
            description: 'True when some documented metric could not be computed and is sent as zero.'
        },
        not_computable: {
            type: 'array',
            description: 'The documented metrics sent as zero because the data does not define them.',
            items: {
                type: 'string',
                enum: [
                    'sharpe_ratio',
                    'sortino_ratio',
                    'max_drawdown_pct',
                    'max_drawdown_duration_days',
                    'win_rate',
                    'profit_factor',
                    'avg_win',
                    'avg_loss',
                    'best_trade',
                    'worst_trade'
                ]
            }
        },
        total_return_pct: {
            $ref: '#/components/schemas/NullablePercent'
        },
        sharpe_ratio: {
            $ref: '#/components/schemas/Ratio'
        },
        sortino_ratio: {
            $ref: '#/components/schemas/Ratio'
        },
        max_drawdown_pct: {
            $ref: '#/components/schemas/Percent'
        },
        max_drawdown_duration_days: {
            type: 'integer',
            minimum: 0,
            description: 'Whole days from the peak of the deepest drawdown to its recovery (or the last snapshot).'
        },
        max_drawdown_duration_seconds: {
            type: [
                'integer',
                'null'
            ]
        },
        win_rate: {
            $ref: '#/components/schemas/Percent'
        },
        profit_factor: {
            $ref: '#/components/schemas/Ratio'
        },
        avg_win: {
            $ref: '#/components/schemas/Money'
        },
        avg_loss: {
            $ref: '#/components/schemas/Money'
        },
        best_trade: {
            $ref: '#/components/schemas/Money'
        },
        worst_trade: {
            $ref: '#/components/schemas/Money'
        },
        net_pnl: {
            $ref: '#/components/schemas/Money'
        },
        total_trades: {
            type: 'integer'
        },
        avg_trades_per_day: {
            type: 'string',
            pattern: '^[0-9]+\\.[0-9]{2}$',
            description: 'Closed trades per day measured, 2 decimals.'
        },
        winning_trades: {
            type: 'integer'
        },
        losing_trades: {
            type: 'integer'
        },
        break_even_trades: {
            type: 'integer'
        },
        longest_win_streak: {
            type: 'integer'
        },
        longest_loss_streak: {
            type: 'integer'
        },
        current_streak: {
            type: 'integer',
            description: '+k after k winning trades in a row, −k after k losing ones.'
        }
    },
    example: {
        period: '7d',
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        since: '2026-03-12T10:00:00.000Z',
        session_started_at: '2026-03-01T08:00:00.000Z',
        snapshot_interval: '1m',
        data_points: 10080,
        insufficient_data: true,
        not_computable: [
            'profit_factor',
            'avg_loss'
        ],
        total_return_pct: '2.4120',
        sharpe_ratio: '1.853210',
        sortino_ratio: '2.410032',
        max_drawdown_pct: '3.1000',
        max_drawdown_duration_days: 1,
        max_drawdown_duration_seconds: 86400,
        win_rate: '100.0000',
        profit_factor: '0.000000',
        avg_win: '20.10000000',
        avg_loss: '0.00000000',
        best_trade: '120.00000000',
        worst_trade: '1.50000000',
        net_pnl: '241.20000000',
        total_trades: 12,
        avg_trades_per_day: '1.71',
        winning_trades: 12,
        losing_trades: 0,
        break_even_trades: 0,
        longest_win_streak: 12,
        longest_loss_streak: 0,
        current_streak: 12
    }
} as const;

export const PortfolioSnapshotSchema = {
    type: 'object',
    required: [
        'time',
        'total_equity',
        'available_cash',
        'locked_cash',
        'position_value',
        'unrealized_pnl',
        'realized_pnl',
        'fees_paid'
    ],
    additionalProperties: false,
    properties: {
        time: {
            type: 'string',
            format: 'date-time',
            description: 'Start of the minute, hour or day the snapshot stands for (UTC).'
        },
        total_equity: {
            $ref: '#/components/schemas/Money'
        },
        available_cash: {
            $ref: '#/components/schemas/Money'
        },
        locked_cash: {
            $ref: '#/components/schemas/Money'
        },
        position_value: {
            $ref: '#/components/schemas/Money'
        },
        unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        realized_pnl: {
            $ref: '#/components/schemas/Money',
            description: 'Cumulative realized PnL of the agent.'
        },
        fees_paid: {
            $ref: '#/components/schemas/Money',
            description: 'Cumulative fees of the agent.'
        }
    }
} as const;

export const PortfolioHistorySchema = {
    type: 'object',
    required: [
        'agent_id',
        'interval',
        'snapshots'
    ],
    additionalProperties: false,
    properties: {
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        interval: {
            type: 'string',
            enum: [
                '1m',
                '1h',
                '1d'
            ]
        },
        snapshots: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/PortfolioSnapshot'
            }
        }
    },
    example: {
        agent_id: '019d0552-b680-7031-96f4-19b61b6a150d',
        interval: '1h',
        snapshots: [
            {
                time: '2026-03-19T09:00:00.000Z',
                total_equity: '10000.00000000',
                available_cash: '10000.00000000',
                locked_cash: '0.00000000',
                position_value: '0.00000000',
                unrealized_pnl: '0.00000000',
                realized_pnl: '0.00000000',
                fees_paid: '0.00000000'
            },
            {
                time: '2026-03-19T10:00:00.000Z',
                total_equity: '10022.59187200',
                available_cash: '8718.59187200',
                locked_cash: '0.00000000',
                position_value: '1304.00000000',
                unrealized_pnl: '23.87200000',
                realized_pnl: '0.00000000',
                fees_paid: '1.28012800'
            },
            {
                time: '2026-03-19T11:00:00.000Z',
                total_equity: '10017.87473720',
                available_cash: '7718.22473720',
                locked_cash: '1651.65000000',
                position_value: '648.00000000',
                unrealized_pnl: '7.93600000',
                realized_pnl: '11.87080000',
                fees_paid: '1.93206280'
            }
        ]
    }
} as const;

export const LeaderboardEntrySchema = {
    type: 'object',
    required: [
        'rank',
        'agent_id',
        'agent_display_name',
        'account_id',
        'display_name',
        'account_display_name',
        'total_return_pct',
        'roi_pct',
        'sharpe_ratio',
        'max_drawdown_pct',
        'win_rate',
        'total_trades',
        'insufficient_data',
        'not_computable'
    ],
    additionalProperties: false,
    properties: {
        rank: {
            type: 'integer',
            minimum: 1
        },
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        agent_display_name: {
            type: 'string'
        },
        account_id: {
            type: 'string',
            format: 'uuid'
        },
        display_name: {
            type: 'string',
            description: 'The account\'s name (same as `account_display_name`).'
        },
        account_display_name: {
            type: 'string'
        },
        total_return_pct: {
            type: 'string',
            pattern: '^-?[0-9]+\\.[0-9]{4}$',
            description: 'Return within the current session over the period, percent.'
        },
        roi_pct: {
            type: 'string',
            pattern: '^-?[0-9]+\\.[0-9]{4}$',
            description: 'Same as `total_return_pct` (the name clients of the original API read).'
        },
        sharpe_ratio: {
            $ref: '#/components/schemas/Ratio'
        },
        max_drawdown_pct: {
            $ref: '#/components/schemas/Percent'
        },
        win_rate: {
            $ref: '#/components/schemas/Percent'
        },
        total_trades: {
            type: 'integer'
        },
        insufficient_data: {
            type: 'boolean',
            description: 'True when one of this row\'s metrics could not be computed and is sent as zero.'
        },
        not_computable: {
            type: 'array',
            description: 'This row\'s metrics sent as zero because the data does not define them.',
            items: {
                type: 'string',
                enum: [
                    'sharpe_ratio',
                    'max_drawdown_pct',
                    'win_rate'
                ]
            }
        }
    }
} as const;

export const LeaderboardSchema = {
    type: 'object',
    required: [
        'period',
        'since',
        'computed_at',
        'rankings'
    ],
    additionalProperties: false,
    properties: {
        period: {
            type: 'string',
            enum: [
                '1d',
                '7d',
                '30d',
                '90d',
                'all'
            ]
        },
        since: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        computed_at: {
            type: 'string',
            format: 'date-time'
        },
        rankings: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/LeaderboardEntry'
            }
        }
    },
    example: {
        period: '7d',
        since: '2026-03-12T11:00:00.000Z',
        computed_at: '2026-03-19T11:00:00.000Z',
        rankings: [
            {
                rank: 1,
                agent_id: '019d0552-b680-7031-96f4-19b61b6a150d',
                agent_display_name: 'AlphaBot\'s Agent',
                account_id: '019d0552-b680-7030-84da-0276fb18df92',
                display_name: 'AlphaBot',
                account_display_name: 'AlphaBot',
                total_return_pct: '0.1787',
                roi_pct: '0.1787',
                sharpe_ratio: '41.935847',
                max_drawdown_pct: '0.1262',
                win_rate: '100.0000',
                total_trades: 1,
                insufficient_data: false,
                not_computable: []
            }
        ]
    }
} as const;

export const OrderRequestSchema = {
    type: 'object',
    required: [
        'symbol',
        'side',
        'type',
        'quantity'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string',
            pattern: '^[A-Za-z0-9]{2,20}$',
            description: 'The pair (case-insensitive).'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ]
        },
        quantity: {
            $ref: '#/components/schemas/DecimalAmount',
            description: 'Base-asset quantity; a multiple of the pair\'s step size.'
        },
        price: {
            $ref: '#/components/schemas/DecimalAmount',
            description: 'Limit price (limit orders); an alias of `trigger_price` on stop-loss and take-profit orders; not allowed on market orders.'
        },
        trigger_price: {
            $ref: '#/components/schemas/DecimalAmount',
            description: 'Trigger price of stop-loss and take-profit orders.'
        },
        client_order_id: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
            pattern: '^[A-Za-z0-9._:-]+$',
            description: 'Your own id, unique per agent; a repeat returns the original order.'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        side: 'sell',
        type: 'stop_loss',
        quantity: '0.01',
        trigger_price: '58000.00'
    }
} as const;

export const OrderSchema = {
    type: 'object',
    required: [
        'order_id',
        'client_order_id',
        'status',
        'symbol',
        'side',
        'type',
        'quantity',
        'requested_quantity',
        'price',
        'trigger_price',
        'executed_quantity',
        'executed_qty',
        'executed_price',
        'slippage_pct',
        'fee',
        'total_cost',
        'locked_asset',
        'locked_amount',
        'cancel_reason',
        'created_at',
        'filled_at',
        'cancelled_at'
    ],
    additionalProperties: false,
    properties: {
        order_id: {
            type: 'string',
            format: 'uuid'
        },
        client_order_id: {
            type: [
                'string',
                'null'
            ]
        },
        status: {
            type: 'string',
            enum: [
                'pending',
                'filled',
                'cancelled',
                'expired'
            ]
        },
        symbol: {
            type: 'string'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ]
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        requested_quantity: {
            $ref: '#/components/schemas/Money',
            description: 'Same as `quantity`.'
        },
        price: {
            type: [
                'string',
                'null'
            ],
            description: 'Limit or trigger price; null for market orders.'
        },
        trigger_price: {
            type: [
                'string',
                'null'
            ],
            description: 'Trigger price of stop-loss and take-profit orders, else null.'
        },
        executed_quantity: {
            type: [
                'string',
                'null'
            ],
            description: 'Filled quantity (orders fill whole); null until filled.'
        },
        executed_qty: {
            type: [
                'string',
                'null'
            ],
            description: 'Same as `executed_quantity`.'
        },
        executed_price: {
            type: [
                'string',
                'null'
            ]
        },
        slippage_pct: {
            type: [
                'string',
                'null'
            ],
            description: 'Slippage of the fill in percent (0 for limit fills).'
        },
        fee: {
            type: [
                'string',
                'null'
            ],
            description: 'USDT.'
        },
        total_cost: {
            type: [
                'string',
                'null'
            ],
            description: 'USDT moved by the fill: buys `executed_quantity × executed_price + fee`, sells `… − fee`.'
        },
        locked_asset: {
            type: [
                'string',
                'null'
            ],
            description: 'What a pending order holds locked; null once it is closed.'
        },
        locked_amount: {
            $ref: '#/components/schemas/Money'
        },
        cancel_reason: {
            type: [
                'string',
                'null'
            ],
            enum: [
                'user',
                'expired',
                'reset',
                'insufficient_balance',
                'battle',
                null
            ],
            description: 'Why the order was cancelled: by the user, expired, by a reset, for lack of balance at trigger time, or by a battle (its start or end with `wallet_mode: fresh`, or the agent\'s elimination).'
        },
        created_at: {
            type: 'string',
            format: 'date-time'
        },
        filled_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        cancelled_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'When a cancelled or expired order closed.'
        }
    },
    example: {
        order_id: '0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a',
        client_order_id: null,
        status: 'filled',
        symbol: 'BTCUSDT',
        side: 'buy',
        type: 'market',
        quantity: '0.01000000',
        requested_quantity: '0.01000000',
        price: null,
        trigger_price: null,
        executed_quantity: '0.01000000',
        executed_qty: '0.01000000',
        executed_price: '60006.00000000',
        slippage_pct: '0.01000000',
        fee: '0.60006000',
        total_cost: '600.66006000',
        locked_asset: null,
        locked_amount: '0.00000000',
        cancel_reason: null,
        created_at: '2026-03-19T10:00:01.234Z',
        filled_at: '2026-03-19T10:00:01.234Z',
        cancelled_at: null
    }
} as const;

export const OrderListSchema = {
    type: 'object',
    required: [
        'orders',
        'total',
        'limit',
        'offset'
    ],
    additionalProperties: false,
    properties: {
        orders: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/Order'
            }
        },
        total: {
            type: 'integer',
            description: 'Every matching order, over all pages.'
        },
        limit: {
            type: 'integer'
        },
        offset: {
            type: 'integer'
        }
    },
    example: {
        orders: [
            {
                order_id: '019d0589-a500-7078-8c01-0880c5dbf186',
                client_order_id: null,
                status: 'pending',
                symbol: 'BTCUSDT',
                side: 'sell',
                type: 'stop_loss',
                quantity: '0.01000000',
                requested_quantity: '0.01000000',
                price: '62000.00000000',
                trigger_price: '62000.00000000',
                executed_quantity: null,
                executed_qty: null,
                executed_price: null,
                slippage_pct: null,
                fee: null,
                total_cost: null,
                locked_asset: 'BTC',
                locked_amount: '0.01000000',
                cancel_reason: null,
                created_at: '2026-03-19T10:00:00.000Z',
                filled_at: null,
                cancelled_at: null
            },
            {
                order_id: '019d0589-a500-7076-af41-2d164298c4fe',
                client_order_id: 'eth-dip-1',
                status: 'pending',
                symbol: 'ETHUSDT',
                side: 'buy',
                type: 'limit',
                quantity: '0.50000000',
                requested_quantity: '0.50000000',
                price: '3300.00000000',
                trigger_price: null,
                executed_quantity: null,
                executed_qty: null,
                executed_price: null,
                slippage_pct: null,
                fee: null,
                total_cost: null,
                locked_asset: 'USDT',
                locked_amount: '1651.65000000',
                cancel_reason: null,
                created_at: '2026-03-19T10:00:00.000Z',
                filled_at: null,
                cancelled_at: null
            }
        ],
        total: 4,
        limit: 2,
        offset: 0
    }
} as const;

export const CancelledOrderSchema = {
    type: 'object',
    required: [
        'order_id',
        'status',
        'unlocked_asset',
        'unlocked_amount',
        'cancelled_at',
        'order'
    ],
    additionalProperties: false,
    properties: {
        order_id: {
            type: 'string',
            format: 'uuid'
        },
        status: {
            type: 'string',
            const: 'cancelled'
        },
        unlocked_asset: {
            type: 'string'
        },
        unlocked_amount: {
            $ref: '#/components/schemas/Money'
        },
        cancelled_at: {
            type: 'string',
            format: 'date-time'
        },
        order: {
            $ref: '#/components/schemas/Order'
        }
    },
    example: {
        order_id: '019d0589-a500-7076-af41-2d164298c4fe',
        status: 'cancelled',
        unlocked_asset: 'USDT',
        unlocked_amount: '1651.65000000',
        cancelled_at: '2026-03-19T11:00:00.000Z',
        order: {
            order_id: '019d0589-a500-7076-af41-2d164298c4fe',
            client_order_id: 'eth-dip-1',
            status: 'cancelled',
            symbol: 'ETHUSDT',
            side: 'buy',
            type: 'limit',
            quantity: '0.50000000',
            requested_quantity: '0.50000000',
            price: '3300.00000000',
            trigger_price: null,
            executed_quantity: null,
            executed_qty: null,
            executed_price: null,
            slippage_pct: null,
            fee: null,
            total_cost: null,
            locked_asset: null,
            locked_amount: '0.00000000',
            cancel_reason: 'user',
            created_at: '2026-03-19T10:00:00.000Z',
            filled_at: null,
            cancelled_at: '2026-03-19T11:00:00.000Z'
        }
    }
} as const;

export const CancelledOrdersSchema = {
    type: 'object',
    required: [
        'cancelled_count',
        'order_ids',
        'unlocked',
        'total_unlocked'
    ],
    additionalProperties: false,
    properties: {
        cancelled_count: {
            type: 'integer'
        },
        order_ids: {
            type: 'array',
            items: {
                type: 'string',
                format: 'uuid'
            }
        },
        unlocked: {
            type: 'object',
            description: 'Released amount per asset.',
            additionalProperties: {
                $ref: '#/components/schemas/Money'
            }
        },
        total_unlocked: {
            $ref: '#/components/schemas/Money',
            description: 'USDT released (locks of other assets are in `unlocked`).'
        }
    },
    example: {
        cancelled_count: 2,
        order_ids: [
            '0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1a',
            '0190f6a8-2b3c-7d4e-8f5a-6b7c8d9e0f1b'
        ],
        unlocked: {
            USDT: '600.60000000',
            BTC: '0.01000000'
        },
        total_unlocked: '600.60000000'
    }
} as const;

export const FillSchema = {
    type: 'object',
    required: [
        'trade_id',
        'order_id',
        'symbol',
        'side',
        'quantity',
        'price',
        'fee',
        'total',
        'realized_pnl',
        'slippage_pct',
        'executed_at'
    ],
    additionalProperties: false,
    properties: {
        trade_id: {
            type: 'string',
            format: 'uuid'
        },
        order_id: {
            type: 'string',
            format: 'uuid'
        },
        symbol: {
            type: 'string'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        price: {
            $ref: '#/components/schemas/Money'
        },
        fee: {
            $ref: '#/components/schemas/Money'
        },
        total: {
            $ref: '#/components/schemas/Money',
            description: 'quantity × price, fee excluded.'
        },
        realized_pnl: {
            $ref: '#/components/schemas/Money',
            description: 'Sells — proceeds minus the cost basis released (fees excluded); buys — 0.'
        },
        slippage_pct: {
            $ref: '#/components/schemas/Money'
        },
        executed_at: {
            type: 'string',
            format: 'date-time'
        }
    }
} as const;

export const TradeHistorySchema = {
    type: 'object',
    required: [
        'trades',
        'total',
        'limit',
        'offset'
    ],
    additionalProperties: false,
    properties: {
        trades: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/Fill'
            }
        },
        total: {
            type: 'integer'
        },
        limit: {
            type: 'integer'
        },
        offset: {
            type: 'integer'
        }
    },
    example: {
        trades: [
            {
                trade_id: '019d0589-a500-7075-907a-80f086ad0e12',
                order_id: '019d0589-a500-7074-9916-ebd5bdf7f101',
                symbol: 'BTCUSDT',
                side: 'sell',
                quantity: '0.01000000',
                price: '65193.48000000',
                fee: '0.65193480',
                total: '651.93480000',
                realized_pnl: '11.87080000',
                slippage_pct: '0.01000000',
                executed_at: '2026-03-19T10:00:00.000Z'
            },
            {
                trade_id: '019d0552-b680-7034-b466-3a125bbf4985',
                order_id: '019d0552-b680-7033-ae9d-5b85f69a159e',
                symbol: 'BTCUSDT',
                side: 'buy',
                quantity: '0.02000000',
                price: '64006.40000000',
                fee: '1.28012800',
                total: '1280.12800000',
                realized_pnl: '0.00000000',
                slippage_pct: '0.01000000',
                executed_at: '2026-03-19T09:00:00.000Z'
            }
        ],
        total: 2,
        limit: 2,
        offset: 0
    }
} as const;

export const PositionSchema = {
    type: 'object',
    required: [
        'symbol',
        'asset',
        'quantity',
        'avg_entry_price',
        'current_price',
        'price_available',
        'market_value',
        'cost_basis',
        'unrealized_pnl',
        'unrealized_pnl_pct',
        'realized_pnl',
        'opened_at'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        asset: {
            type: 'string'
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        avg_entry_price: {
            $ref: '#/components/schemas/Money',
            description: 'Cost basis / quantity (fees excluded).'
        },
        current_price: {
            $ref: '#/components/schemas/Money',
            description: 'The feed\'s last price; while the feed has none, the price of the position\'s last fill\n(its average entry if that is unknown) and `price_available` is false.\n'
        },
        price_available: {
            type: 'boolean',
            description: 'False when the feed has no price for the pair; the position is then valued at cost.'
        },
        market_value: {
            $ref: '#/components/schemas/Money'
        },
        cost_basis: {
            $ref: '#/components/schemas/Money'
        },
        unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        unrealized_pnl_pct: {
            type: 'string',
            description: 'unrealized / cost basis × 100, 2 decimals.'
        },
        realized_pnl: {
            $ref: '#/components/schemas/Money',
            description: 'Realized on this symbol, all sessions\' fills since the position row opened.'
        },
        opened_at: {
            type: 'string',
            format: 'date-time'
        }
    }
} as const;

export const PositionListSchema = {
    type: 'object',
    required: [
        'positions',
        'total_unrealized_pnl'
    ],
    additionalProperties: false,
    properties: {
        positions: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/Position'
            }
        },
        total_unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        }
    },
    example: {
        positions: [
            {
                symbol: 'BTCUSDT',
                asset: 'BTC',
                quantity: '0.01000000',
                avg_entry_price: '64006.40000000',
                current_price: '64800.00000000',
                price_available: true,
                market_value: '648.00000000',
                cost_basis: '640.06400000',
                unrealized_pnl: '7.93600000',
                unrealized_pnl_pct: '1.24',
                realized_pnl: '11.87080000',
                opened_at: '2026-03-19T09:00:00.000Z'
            }
        ],
        total_unrealized_pnl: '7.93600000'
    }
} as const;

export const PortfolioSchema = {
    type: 'object',
    required: [
        'total_equity',
        'available_cash',
        'locked_cash',
        'total_position_value',
        'unrealized_pnl',
        'realized_pnl',
        'fees_paid',
        'total_pnl',
        'roi_pct',
        'starting_balance',
        'positions',
        'timestamp'
    ],
    additionalProperties: false,
    properties: {
        total_equity: {
            $ref: '#/components/schemas/Money'
        },
        available_cash: {
            $ref: '#/components/schemas/Money'
        },
        locked_cash: {
            $ref: '#/components/schemas/Money'
        },
        total_position_value: {
            $ref: '#/components/schemas/Money'
        },
        unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        realized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        fees_paid: {
            $ref: '#/components/schemas/Money'
        },
        total_pnl: {
            $ref: '#/components/schemas/Money'
        },
        roi_pct: {
            type: 'string',
            description: 'total_pnl / starting_balance × 100, 2 decimals.'
        },
        starting_balance: {
            $ref: '#/components/schemas/Money'
        },
        positions: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/Position'
            }
        },
        timestamp: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        total_equity: '10017.87473720',
        available_cash: '7718.22473720',
        locked_cash: '1651.65000000',
        total_position_value: '648.00000000',
        unrealized_pnl: '7.93600000',
        realized_pnl: '11.87080000',
        fees_paid: '1.93206280',
        total_pnl: '17.87473720',
        roi_pct: '0.18',
        starting_balance: '10000.00000000',
        positions: [
            {
                symbol: 'BTCUSDT',
                asset: 'BTC',
                quantity: '0.01000000',
                avg_entry_price: '64006.40000000',
                current_price: '64800.00000000',
                price_available: true,
                market_value: '648.00000000',
                cost_basis: '640.06400000',
                unrealized_pnl: '7.93600000',
                unrealized_pnl_pct: '1.24',
                realized_pnl: '11.87080000',
                opened_at: '2026-03-19T09:00:00.000Z'
            }
        ],
        timestamp: '2026-03-19T11:00:00.000Z'
    }
} as const;

export const PnlReportSchema = {
    type: 'object',
    required: [
        'period',
        'since',
        'realized_pnl',
        'unrealized_pnl',
        'total_pnl',
        'fees_paid',
        'net_pnl',
        'winning_trades',
        'losing_trades',
        'win_rate',
        'not_computable'
    ],
    additionalProperties: false,
    properties: {
        period: {
            type: 'string',
            enum: [
                '1d',
                '7d',
                '30d',
                'all'
            ]
        },
        since: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'Start of the period; null for `all`.'
        },
        realized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        total_pnl: {
            $ref: '#/components/schemas/Money'
        },
        fees_paid: {
            $ref: '#/components/schemas/Money'
        },
        net_pnl: {
            $ref: '#/components/schemas/Money'
        },
        winning_trades: {
            type: 'integer'
        },
        losing_trades: {
            type: 'integer'
        },
        win_rate: {
            type: 'string',
            pattern: '^[0-9]+\\.[0-9]{2}$',
            description: 'Percent, 2 decimals; `"0.00"` when no trade won or lost (then listed in `not_computable`).'
        },
        not_computable: {
            type: 'array',
            description: 'The documented metrics sent as zero because the data does not define them.',
            items: {
                type: 'string',
                enum: [
                    'win_rate'
                ]
            }
        }
    },
    example: {
        period: '7d',
        since: '2026-03-12T11:00:00.000Z',
        realized_pnl: '11.87080000',
        unrealized_pnl: '7.93600000',
        total_pnl: '19.80680000',
        fees_paid: '1.93206280',
        net_pnl: '17.87473720',
        winning_trades: 1,
        losing_trades: 0,
        win_rate: '100.00',
        not_computable: []
    }
} as const;

export const ResetRequestSchema = {
    type: 'object',
    required: [
        'confirm'
    ],
    additionalProperties: false,
    properties: {
        confirm: {
            type: 'boolean',
            const: true,
            description: 'Must be `true`.'
        },
        new_starting_balance: {
            $ref: '#/components/schemas/DecimalAmount'
        },
        starting_balance: {
            $ref: '#/components/schemas/DecimalAmount',
            description: 'Alias of `new_starting_balance`.'
        }
    },
    example: {
        confirm: true
    }
} as const;

export const ResetResultSchema = {
    type: 'object',
    required: [
        'message',
        'previous_session',
        'new_session'
    ],
    additionalProperties: false,
    properties: {
        message: {
            type: 'string'
        },
        previous_session: {
            type: 'object',
            required: [
                'session_id',
                'started_at',
                'ending_equity',
                'total_pnl',
                'duration_days'
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
                },
                ending_equity: {
                    $ref: '#/components/schemas/Money'
                },
                total_pnl: {
                    $ref: '#/components/schemas/Money'
                },
                duration_days: {
                    type: 'integer'
                }
            }
        },
        new_session: {
            type: 'object',
            required: [
                'session_id',
                'starting_balance',
                'started_at'
            ],
            additionalProperties: false,
            properties: {
                session_id: {
                    type: 'string',
                    format: 'uuid'
                },
                starting_balance: {
                    $ref: '#/components/schemas/Money'
                },
                started_at: {
                    type: 'string',
                    format: 'date-time'
                }
            }
        }
    },
    example: {
        message: 'Account reset successful.',
        previous_session: {
            session_id: '019d0552-b680-7032-8946-3a59fde8ab30',
            started_at: '2026-03-19T09:00:00.000Z',
            ending_equity: '10017.87473720',
            total_pnl: '17.87473720',
            duration_days: 0
        },
        new_session: {
            session_id: '019d05c0-9380-7038-8486-0eefa7a94c85',
            starting_balance: '10000.00000000',
            started_at: '2026-03-19T11:00:00.000Z'
        }
    }
} as const;

export const PairSchema = {
    type: 'object',
    required: [
        'symbol',
        'base_asset',
        'quote_asset',
        'status',
        'min_qty',
        'max_qty',
        'step_size',
        'tick_size',
        'min_notional',
        'has_price'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string',
            example: 'BTCUSDT'
        },
        base_asset: {
            type: 'string',
            example: 'BTC'
        },
        quote_asset: {
            type: 'string',
            example: 'USDT'
        },
        status: {
            type: 'string',
            enum: [
                'active',
                'inactive'
            ]
        },
        min_qty: {
            $ref: '#/components/schemas/Money'
        },
        max_qty: {
            $ref: '#/components/schemas/Money'
        },
        step_size: {
            $ref: '#/components/schemas/Money'
        },
        tick_size: {
            $ref: '#/components/schemas/Money'
        },
        min_notional: {
            $ref: '#/components/schemas/Money'
        },
        has_price: {
            type: 'boolean',
            description: 'Whether the feed has a price for the pair yet.'
        }
    }
} as const;

export const PairListSchema = {
    type: 'object',
    required: [
        'pairs',
        'total'
    ],
    additionalProperties: false,
    properties: {
        pairs: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/Pair'
            }
        },
        total: {
            type: 'integer'
        }
    },
    example: {
        pairs: [
            {
                symbol: 'BTCUSDT',
                base_asset: 'BTC',
                quote_asset: 'USDT',
                status: 'active',
                min_qty: '0.00001000',
                max_qty: '9000.00000000',
                step_size: '0.00001000',
                tick_size: '0.01000000',
                min_notional: '5.00000000',
                has_price: true
            }
        ],
        total: 1
    }
} as const;

export const PriceQuoteSchema = {
    type: 'object',
    required: [
        'symbol',
        'price',
        'timestamp'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        price: {
            $ref: '#/components/schemas/Money'
        },
        timestamp: {
            type: 'string',
            format: 'date-time',
            description: 'When that price traded.'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        price: '64521.30000000',
        timestamp: '2026-03-19T10:00:00.123Z'
    }
} as const;

export const PriceMapSchema = {
    type: 'object',
    required: [
        'prices',
        'timestamp',
        'count',
        'stale',
        'data_age_seconds'
    ],
    additionalProperties: false,
    properties: {
        prices: {
            type: 'object',
            additionalProperties: {
                $ref: '#/components/schemas/Money'
            }
        },
        timestamp: {
            type: 'string',
            format: 'date-time',
            description: 'Server time of the answer.'
        },
        count: {
            type: 'integer'
        },
        stale: {
            type: 'boolean',
            description: 'True when the freshest price is more than 60 seconds old (or there is none).'
        },
        data_age_seconds: {
            type: [
                'number',
                'null'
            ],
            description: 'Age of the freshest price in seconds, one decimal; null when there is none.'
        }
    },
    example: {
        prices: {
            BTCUSDT: '64521.30000000',
            ETHUSDT: '3421.50000000'
        },
        timestamp: '2026-03-19T10:00:00.500Z',
        count: 2,
        stale: false,
        data_age_seconds: 0.4
    }
} as const;

export const TickerSchema = {
    type: 'object',
    required: [
        'symbol',
        'open',
        'high',
        'low',
        'close',
        'volume',
        'quote_volume',
        'change',
        'change_pct',
        'trade_count',
        'open_time',
        'close_time',
        'timestamp'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        open: {
            $ref: '#/components/schemas/Money'
        },
        high: {
            $ref: '#/components/schemas/Money'
        },
        low: {
            $ref: '#/components/schemas/Money'
        },
        close: {
            $ref: '#/components/schemas/Money'
        },
        volume: {
            $ref: '#/components/schemas/Money',
            description: 'Base-asset volume in the window.'
        },
        quote_volume: {
            $ref: '#/components/schemas/Money',
            description: 'USDT volume in the window (Σ price × quantity).'
        },
        change: {
            $ref: '#/components/schemas/Money',
            description: '`close` − `open`.'
        },
        change_pct: {
            type: 'string',
            pattern: '^-?[0-9]+\\.[0-9]{2}$',
            description: '`change` / `open` × 100, 2 decimals.'
        },
        trade_count: {
            type: 'integer'
        },
        open_time: {
            type: 'string',
            format: 'date-time'
        },
        close_time: {
            type: 'string',
            format: 'date-time'
        },
        timestamp: {
            type: 'string',
            format: 'date-time',
            description: 'Time of the last trade.'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        open: '63000.00000000',
        high: '65100.00000000',
        low: '62850.50000000',
        close: '64521.30000000',
        volume: '1523.44100000',
        quote_volume: '97654321.12000000',
        change: '1521.30000000',
        change_pct: '2.41',
        trade_count: 182340,
        open_time: '2026-03-18T10:01:00.000Z',
        close_time: '2026-03-19T10:00:00.123Z',
        timestamp: '2026-03-19T10:00:00.123Z'
    }
} as const;

export const TickerMapSchema = {
    type: 'object',
    required: [
        'tickers',
        'count',
        'timestamp'
    ],
    additionalProperties: false,
    properties: {
        tickers: {
            type: 'object',
            additionalProperties: {
                $ref: '#/components/schemas/Ticker'
            }
        },
        count: {
            type: 'integer'
        },
        timestamp: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        tickers: {
            BTCUSDT: {
                symbol: 'BTCUSDT',
                open: '63000.00000000',
                high: '65100.00000000',
                low: '62850.50000000',
                close: '64521.30000000',
                volume: '1523.44100000',
                quote_volume: '97654321.12000000',
                change: '1521.30000000',
                change_pct: '2.41',
                trade_count: 182340,
                open_time: '2026-03-18T10:01:00.000Z',
                close_time: '2026-03-19T10:00:00.123Z',
                timestamp: '2026-03-19T10:00:00.123Z'
            }
        },
        count: 1,
        timestamp: '2026-03-19T10:00:00.500Z'
    }
} as const;

export const CandleSchema = {
    type: 'object',
    required: [
        'time',
        'open',
        'high',
        'low',
        'close',
        'volume',
        'trade_count'
    ],
    additionalProperties: false,
    properties: {
        time: {
            type: 'string',
            format: 'date-time',
            description: 'Open time of the bucket (UTC).'
        },
        open: {
            $ref: '#/components/schemas/Money'
        },
        high: {
            $ref: '#/components/schemas/Money'
        },
        low: {
            $ref: '#/components/schemas/Money'
        },
        close: {
            $ref: '#/components/schemas/Money'
        },
        volume: {
            $ref: '#/components/schemas/Money'
        },
        trade_count: {
            type: 'integer'
        }
    }
} as const;

export const CandleSeriesSchema = {
    type: 'object',
    required: [
        'symbol',
        'interval',
        'candles',
        'count'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        interval: {
            type: 'string',
            enum: [
                '1m',
                '5m',
                '15m',
                '1h',
                '4h',
                '1d'
            ]
        },
        candles: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/Candle'
            }
        },
        count: {
            type: 'integer'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        interval: '1h',
        candles: [
            {
                time: '2026-03-19T09:00:00.000Z',
                open: '64100.00000000',
                high: '64600.00000000',
                low: '64050.10000000',
                close: '64521.30000000',
                volume: '61.20300000',
                trade_count: 7412
            }
        ],
        count: 1
    }
} as const;

export const PublicTradeSchema = {
    type: 'object',
    required: [
        'trade_id',
        'price',
        'quantity',
        'time',
        'is_buyer_maker'
    ],
    additionalProperties: false,
    properties: {
        trade_id: {
            type: 'integer'
        },
        price: {
            $ref: '#/components/schemas/Money'
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        time: {
            type: 'string',
            format: 'date-time'
        },
        is_buyer_maker: {
            type: 'boolean'
        }
    }
} as const;

export const TradeListSchema = {
    type: 'object',
    required: [
        'symbol',
        'trades',
        'count'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        trades: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/PublicTrade'
            }
        },
        count: {
            type: 'integer'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        trades: [
            {
                trade_id: 3301245,
                price: '64521.30000000',
                quantity: '0.01200000',
                time: '2026-03-19T10:00:00.123Z',
                is_buyer_maker: false
            }
        ],
        count: 1
    }
} as const;

export const BookLevelSchema = {
    type: 'array',
    description: '[price, quantity]',
    prefixItems: [
        {
            $ref: '#/components/schemas/Money'
        },
        {
            $ref: '#/components/schemas/Money'
        }
    ],
    minItems: 2,
    maxItems: 2
} as const;

export const OrderBookSchema = {
    type: 'object',
    required: [
        'symbol',
        'bids',
        'asks',
        'timestamp',
        'synthetic'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        bids: {
            type: 'array',
            description: 'Best (highest) first.',
            items: {
                $ref: '#/components/schemas/BookLevel'
            }
        },
        asks: {
            type: 'array',
            description: 'Best (lowest) first.',
            items: {
                $ref: '#/components/schemas/BookLevel'
            }
        },
        timestamp: {
            type: 'string',
            format: 'date-time'
        },
        synthetic: {
            type: 'boolean',
            description: 'Always true here; the levels are generated around the last price.'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        bids: [
            [
                '64521.29000000',
                '0.41200000'
            ]
        ],
        asks: [
            [
                '64521.31000000',
                '0.17300000'
            ]
        ],
        timestamp: '2026-03-19T10:00:00.123Z',
        synthetic: true
    }
} as const;

export const DataGapSchema = {
    type: 'object',
    required: [
        'symbol',
        'from',
        'to',
        'missing_minutes'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        from: {
            type: 'string',
            format: 'date-time',
            description: 'Open time of the first missing minute.'
        },
        to: {
            type: 'string',
            format: 'date-time',
            description: 'Open time of the next bar present (the gap\'s exclusive end).'
        },
        missing_minutes: {
            type: 'integer'
        }
    }
} as const;

export const PairDataRangeSchema = {
    type: 'object',
    required: [
        'symbol',
        'earliest',
        'latest'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        earliest: {
            type: 'string',
            format: 'date-time'
        },
        latest: {
            type: 'string',
            format: 'date-time'
        }
    }
} as const;

export const DataRangeSchema = {
    type: 'object',
    required: [
        'earliest',
        'latest',
        'total_pairs',
        'intervals_available',
        'pairs',
        'data_gaps',
        'total_gaps',
        'min_gap_minutes'
    ],
    additionalProperties: false,
    properties: {
        earliest: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'Open time of the oldest stored 1-minute bar of any pair; null when none is stored.'
        },
        latest: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'Open time of the newest stored 1-minute bar of any pair; null when none is stored.'
        },
        total_pairs: {
            type: 'integer',
            description: 'Pairs with at least one stored 1-minute bar.'
        },
        intervals_available: {
            type: 'array',
            description: 'The intervals `/market/candles` serves.',
            items: {
                type: 'string',
                enum: [
                    '1m',
                    '5m',
                    '15m',
                    '1h',
                    '4h',
                    '1d'
                ]
            }
        },
        pairs: {
            type: 'array',
            description: 'Each pair with data, by symbol.',
            items: {
                $ref: '#/components/schemas/PairDataRange'
            }
        },
        data_gaps: {
            type: 'array',
            maxItems: 100,
            description: 'The most recent gaps first.',
            items: {
                $ref: '#/components/schemas/DataGap'
            }
        },
        total_gaps: {
            type: 'integer'
        },
        min_gap_minutes: {
            type: 'integer'
        }
    },
    example: {
        earliest: '2024-01-01T00:00:00.000Z',
        latest: '2026-03-19T09:59:00.000Z',
        total_pairs: 2,
        intervals_available: [
            '1m',
            '5m',
            '15m',
            '1h',
            '4h',
            '1d'
        ],
        pairs: [
            {
                symbol: 'BTCUSDT',
                earliest: '2024-01-01T00:00:00.000Z',
                latest: '2026-03-19T09:59:00.000Z'
            },
            {
                symbol: 'ETHUSDT',
                earliest: '2026-02-17T00:00:00.000Z',
                latest: '2026-03-19T09:59:00.000Z'
            }
        ],
        data_gaps: [
            {
                symbol: 'BTCUSDT',
                from: '2024-07-01T00:00:00.000Z',
                to: '2026-02-17T00:00:00.000Z',
                missing_minutes: 863280
            }
        ],
        total_gaps: 1,
        min_gap_minutes: 60
    }
} as const;

export const IndicatorNameSchema = {
    type: 'string',
    enum: [
        'adx_14',
        'atr_14',
        'bb_lower',
        'bb_mid',
        'bb_upper',
        'ema_12',
        'ema_26',
        'macd_hist',
        'macd_line',
        'macd_signal',
        'price',
        'rsi_14',
        'sma_20',
        'sma_50',
        'volume_ma_20',
        'vwap'
    ]
} as const;

export const IndicatorListSchema = {
    type: 'object',
    required: [
        'indicators'
    ],
    additionalProperties: false,
    properties: {
        indicators: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/IndicatorName'
            }
        }
    },
    example: {
        indicators: [
            'adx_14',
            'atr_14',
            'bb_lower',
            'bb_mid',
            'bb_upper',
            'ema_12',
            'ema_26',
            'macd_hist',
            'macd_line',
            'macd_signal',
            'price',
            'rsi_14',
            'sma_20',
            'sma_50',
            'volume_ma_20',
            'vwap'
        ]
    }
} as const;

export const IndicatorValuesSchema = {
    type: 'object',
    required: [
        'symbol',
        'timestamp',
        'candles_used',
        'indicators'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        timestamp: {
            type: 'string',
            format: 'date-time'
        },
        candles_used: {
            type: 'integer'
        },
        indicators: {
            type: 'object',
            description: 'By name; an indicator the window is too short for is left out.',
            propertyNames: {
                $ref: '#/components/schemas/IndicatorName'
            },
            additionalProperties: {
                type: 'string',
                pattern: '^-?\\d+\\.\\d{8}$'
            }
        }
    },
    example: {
        symbol: 'BTCUSDT',
        timestamp: '2026-03-19T10:00:00.000Z',
        candles_used: 200,
        indicators: {
            price: '64521.30000000',
            rsi_14: '61.23456789',
            macd_line: '12.50000000',
            macd_signal: '9.75000000',
            macd_hist: '2.75000000'
        }
    }
} as const;

export const DeflatedSharpeRequestSchema = {
    type: 'object',
    required: [
        'returns',
        'num_trials'
    ],
    additionalProperties: false,
    properties: {
        returns: {
            type: 'array',
            description: 'Periodic simple returns (0.01 = 1 %), oldest first.',
            minItems: 10,
            maxItems: 10000,
            items: {
                type: 'number',
                minimum: -1000000,
                maximum: 1000000
            }
        },
        num_trials: {
            type: 'integer',
            description: 'Strategies or parameter sets tried before this one was chosen.',
            minimum: 1,
            maximum: 100000
        },
        annualization_factor: {
            type: 'number',
            description: 'Return periods per year (252 trading days; 525600 for 1-minute returns).',
            minimum: 1,
            maximum: 525600,
            default: 252
        }
    },
    example: {
        returns: [
            0.012,
            -0.004,
            0.007,
            0.001,
            -0.009,
            0.015,
            0.003,
            -0.002,
            0.006,
            -0.011,
            0.008,
            0.004,
            -0.001,
            0.009,
            -0.006,
            0.002
        ],
        num_trials: 50,
        annualization_factor: 252
    }
} as const;

export const DeflatedSharpeSchema = {
    type: 'object',
    required: [
        'observed_sharpe',
        'expected_max_sharpe',
        'deflated_sharpe',
        'p_value',
        'is_significant',
        'num_trials',
        'num_returns',
        'skewness',
        'kurtosis'
    ],
    additionalProperties: false,
    properties: {
        observed_sharpe: {
            type: 'number'
        },
        expected_max_sharpe: {
            type: 'number'
        },
        deflated_sharpe: {
            type: 'number'
        },
        p_value: {
            type: 'number',
            minimum: 0,
            maximum: 1
        },
        is_significant: {
            type: 'boolean'
        },
        num_trials: {
            type: 'integer'
        },
        num_returns: {
            type: 'integer'
        },
        skewness: {
            type: 'number'
        },
        kurtosis: {
            type: 'number'
        }
    },
    example: {
        observed_sharpe: 4.72433467,
        expected_max_sharpe: 2.79714962,
        deflated_sharpe: 2.66306621,
        p_value: 0.99612839,
        is_significant: true,
        num_trials: 50,
        num_returns: 16,
        skewness: -0.12016656,
        kurtosis: 2.22073501
    }
} as const;

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
        'IDEMPOTENCY_CONFLICT',
        'RATE_LIMIT_EXCEEDED',
        'NOT_FOUND',
        'METHOD_NOT_ALLOWED',
        'PAYLOAD_TOO_LARGE',
        'UNSUPPORTED_MEDIA_TYPE',
        'INSUFFICIENT_BALANCE',
        'INVALID_SYMBOL',
        'INVALID_QUANTITY',
        'INVALID_PRICE',
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
        'BACKTEST_NOT_FOUND',
        'BACKTEST_INVALID_STATE',
        'BACKTEST_NO_DATA',
        'LIMIT_REACHED',
        'SERVICE_UNAVAILABLE',
        'UPGRADE_REQUIRED',
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
    description: 'An exact decimal with 8 decimal places. Requests accept at most 12 integer digits\n(`DecimalAmount`), but what the server derives from them (equity, holdings, totals) can be\nlarger: replies carry up to 36 integer digits.\n',
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
    description: 'Risk limits in force. Each field comes from the agent\'s overrides, else the account\'s limits, else the default.',
    required: [
        'max_position_size_pct',
        'daily_loss_limit_pct',
        'max_open_orders',
        'max_order_size_pct',
        'min_order_size_usd',
        'order_rate_limit'
    ],
    additionalProperties: false,
    properties: {
        max_position_size_pct: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: 'Largest single-coin position as a percentage of equity (default 25).'
        },
        daily_loss_limit_pct: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: 'Daily loss, as a percentage of the starting balance, that halts trading until 00:00 UTC (default 20).'
        },
        max_open_orders: {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
            description: 'Most pending orders at once (default 50).'
        },
        max_order_size_pct: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            description: 'Largest single order as a percentage of available balance (default 50).'
        },
        min_order_size_usd: {
            $ref: '#/components/schemas/Money',
            description: 'Smallest order value in USDT (default 1).'
        },
        order_rate_limit: {
            type: 'integer',
            minimum: 1,
            maximum: 10000,
            description: 'Most orders per minute (default 100).'
        }
    },
    example: {
        max_position_size_pct: 25,
        daily_loss_limit_pct: 20,
        max_open_orders: 50,
        max_order_size_pct: 50,
        min_order_size_usd: '1.00000000',
        order_rate_limit: 100
    }
} as const;

export const RiskProfileFieldsSchema = {
    type: 'object',
    description: 'Risk-limit overrides; fields left out fall back to the next source (account, then default).',
    additionalProperties: false,
    properties: {
        max_position_size_pct: {
            type: 'integer',
            minimum: 1,
            maximum: 100
        },
        daily_loss_limit_pct: {
            type: 'integer',
            minimum: 1,
            maximum: 100
        },
        max_open_orders: {
            type: 'integer',
            minimum: 1,
            maximum: 1000
        },
        max_order_size_pct: {
            type: 'integer',
            minimum: 1,
            maximum: 100
        },
        min_order_size_usd: {
            $ref: '#/components/schemas/DecimalAmount'
        },
        order_rate_limit: {
            type: 'integer',
            minimum: 1,
            maximum: 10000
        }
    },
    example: {
        max_position_size_pct: 20,
        daily_loss_limit_pct: 10
    }
} as const;

export const RiskProfileUpdateSchema = {
    type: 'object',
    description: 'Risk limits to set (at least one); fields left out keep their current source.',
    minProperties: 1,
    allOf: [
        {
            $ref: '#/components/schemas/RiskProfileFields'
        }
    ],
    example: {
        max_position_size_pct: 20,
        daily_loss_limit_pct: 10
    }
} as const;

export const ScopedRiskProfileSchema = {
    type: 'object',
    required: [
        'scope',
        'agent_id',
        'risk_profile'
    ],
    additionalProperties: false,
    properties: {
        scope: {
            type: 'string',
            enum: [
                'account',
                'agent'
            ],
            description: 'Whose limits were set.'
        },
        agent_id: {
            type: [
                'string',
                'null'
            ],
            format: 'uuid',
            description: 'The agent, when `scope` is `agent`.'
        },
        risk_profile: {
            $ref: '#/components/schemas/RiskProfile'
        }
    },
    example: {
        scope: 'agent',
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        risk_profile: {
            max_position_size_pct: 20,
            daily_loss_limit_pct: 10,
            max_open_orders: 50,
            max_order_size_pct: 50,
            min_order_size_usd: '1.00000000',
            order_rate_limit: 100
        }
    }
} as const;

export const BalanceRowSchema = {
    type: 'object',
    required: [
        'asset',
        'available',
        'locked',
        'total'
    ],
    additionalProperties: false,
    properties: {
        asset: {
            type: 'string',
            example: 'USDT'
        },
        available: {
            $ref: '#/components/schemas/Money'
        },
        locked: {
            $ref: '#/components/schemas/Money'
        },
        total: {
            $ref: '#/components/schemas/Money'
        }
    }
} as const;

export const BalanceSheetSchema = {
    type: 'object',
    required: [
        'scope',
        'agent_id',
        'balances',
        'total_equity_usdt'
    ],
    additionalProperties: false,
    properties: {
        scope: {
            type: 'string',
            enum: [
                'agent',
                'account'
            ]
        },
        agent_id: {
            type: [
                'string',
                'null'
            ],
            format: 'uuid',
            description: 'The agent in scope; null for `scope=account`.'
        },
        balances: {
            type: 'array',
            description: 'One row per asset, sorted by asset.',
            items: {
                $ref: '#/components/schemas/BalanceRow'
            }
        },
        total_equity_usdt: {
            $ref: '#/components/schemas/Money'
        }
    },
    example: {
        scope: 'account',
        agent_id: null,
        balances: [
            {
                asset: 'USDT',
                available: '15000.00000000',
                locked: '0.00000000',
                total: '15000.00000000'
            }
        ],
        total_equity_usdt: '15000.00000000'
    }
} as const;

export const AgentNameSchema = {
    type: 'string',
    minLength: 1,
    maxLength: 100,
    pattern: '\\S',
    description: '1–100 characters; surrounding whitespace is trimmed.'
} as const;

export const HexColorSchema = {
    type: 'string',
    pattern: '^#[0-9A-Fa-f]{6}$',
    description: 'A colour as `#rrggbb`.',
    example: '#3B82F6'
} as const;

export const StrategyTagsSchema = {
    type: 'array',
    maxItems: 20,
    items: {
        type: 'string',
        minLength: 1,
        maxLength: 50
    },
    example: [
        'momentum',
        'btc'
    ]
} as const;

export const AgentFieldsSchema = {
    type: 'object',
    required: [
        'id',
        'account_id',
        'display_name',
        'api_key_preview',
        'starting_balance',
        'llm_model',
        'framework',
        'strategy_tags',
        'risk_profile',
        'avatar_url',
        'color',
        'status',
        'is_default',
        'created_at',
        'updated_at'
    ],
    properties: {
        id: {
            type: 'string',
            format: 'uuid'
        },
        account_id: {
            type: 'string',
            format: 'uuid'
        },
        display_name: {
            type: 'string'
        },
        api_key_preview: {
            type: 'string',
            description: 'The first 12 characters of the agent\'s key, then `...`.',
            example: 'ak_live_Ab3d...'
        },
        starting_balance: {
            $ref: '#/components/schemas/Money'
        },
        llm_model: {
            type: [
                'string',
                'null'
            ]
        },
        framework: {
            type: [
                'string',
                'null'
            ]
        },
        strategy_tags: {
            type: 'array',
            items: {
                type: 'string'
            }
        },
        risk_profile: {
            $ref: '#/components/schemas/RiskProfile'
        },
        avatar_url: {
            type: 'string',
            description: 'A generated identicon as an SVG data URI.'
        },
        color: {
            type: 'string',
            description: 'The agent\'s colour, `#rrggbb` (derived from its id when not set).'
        },
        status: {
            type: 'string',
            enum: [
                'active',
                'paused',
                'archived'
            ]
        },
        is_default: {
            type: 'boolean',
            description: 'Whether account-level credentials act as this agent when no `X-Agent-Id` is sent.'
        },
        created_at: {
            type: 'string',
            format: 'date-time'
        },
        updated_at: {
            type: 'string',
            format: 'date-time'
        }
    }
} as const;

export const AgentSchema = {
    description: 'An agent with its own key, wallet, risk limits and history.',
    allOf: [
        {
            $ref: '#/components/schemas/AgentFields'
        }
    ],
    unevaluatedProperties: false,
    example: {
        id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        account_id: '550e8400-e29b-41d4-a716-446655440000',
        display_name: 'Momentum v2',
        api_key_preview: 'ak_live_Ab3d...',
        starting_balance: '5000.00000000',
        llm_model: 'gpt-4o',
        framework: 'langchain',
        strategy_tags: [
            'momentum',
            'btc'
        ],
        risk_profile: {
            max_position_size_pct: 20,
            daily_loss_limit_pct: 20,
            max_open_orders: 50,
            max_order_size_pct: 50,
            min_order_size_usd: '1.00000000',
            order_rate_limit: 100
        },
        avatar_url: 'data:image/svg+xml;base64,PHN2Zy8+',
        color: '#3B82F6',
        status: 'active',
        is_default: false,
        created_at: '2026-03-19T09:00:00.000Z',
        updated_at: '2026-03-19T09:00:00.000Z'
    }
} as const;

export const AgentListSchema = {
    type: 'object',
    required: [
        'agents',
        'total',
        'limit',
        'offset'
    ],
    additionalProperties: false,
    properties: {
        agents: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/Agent'
            }
        },
        total: {
            type: 'integer',
            minimum: 0,
            description: 'How many agents match, over all pages.'
        },
        limit: {
            type: 'integer'
        },
        offset: {
            type: 'integer'
        }
    }
} as const;

export const AgentOverviewItemSchema = {
    description: 'An agent with its current numbers.',
    allOf: [
        {
            $ref: '#/components/schemas/AgentFields'
        },
        {
            type: 'object',
            required: [
                'equity',
                'total_pnl',
                'total_pnl_pct',
                'open_orders'
            ],
            properties: {
                equity: {
                    $ref: '#/components/schemas/Money'
                },
                total_pnl: {
                    $ref: '#/components/schemas/Money'
                },
                total_pnl_pct: {
                    type: 'string',
                    pattern: '^-?[0-9]+\\.[0-9]{2}$',
                    description: '`total_pnl` as a percentage of the starting balance, 2 decimals.',
                    example: '1.25'
                },
                open_orders: {
                    type: 'integer',
                    minimum: 0
                }
            }
        }
    ],
    unevaluatedProperties: false
} as const;

export const AgentOverviewSchema = {
    type: 'object',
    required: [
        'agents'
    ],
    additionalProperties: false,
    properties: {
        agents: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/AgentOverviewItem'
            }
        }
    },
    example: {
        agents: [
            {
                id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
                account_id: '550e8400-e29b-41d4-a716-446655440000',
                display_name: 'AlphaBot\'s Agent',
                api_key_preview: 'ak_live_Ab3d...',
                starting_balance: '10000.00000000',
                llm_model: null,
                framework: null,
                strategy_tags: [],
                risk_profile: {
                    max_position_size_pct: 25,
                    daily_loss_limit_pct: 20,
                    max_open_orders: 50,
                    max_order_size_pct: 50,
                    min_order_size_usd: '1.00000000',
                    order_rate_limit: 100
                },
                avatar_url: 'data:image/svg+xml;base64,PHN2Zy8+',
                color: '#7F1C2D',
                status: 'active',
                is_default: true,
                created_at: '2026-03-19T09:00:00.000Z',
                updated_at: '2026-03-19T09:00:00.000Z',
                equity: '10125.00000000',
                total_pnl: '125.00000000',
                total_pnl_pct: '1.25',
                open_orders: 2
            }
        ]
    }
} as const;

export const AgentCreateRequestSchema = {
    type: 'object',
    required: [
        'display_name'
    ],
    additionalProperties: false,
    properties: {
        display_name: {
            $ref: '#/components/schemas/AgentName'
        },
        starting_balance: {
            $ref: '#/components/schemas/DecimalAmount',
            description: 'USDT in the new wallet; default `"10000.00"`.'
        },
        llm_model: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
            example: 'gpt-4o'
        },
        framework: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
            example: 'langchain'
        },
        strategy_tags: {
            $ref: '#/components/schemas/StrategyTags'
        },
        risk_profile: {
            $ref: '#/components/schemas/RiskProfileFields'
        },
        color: {
            $ref: '#/components/schemas/HexColor'
        }
    },
    example: {
        display_name: 'Momentum v2',
        starting_balance: '5000.00'
    }
} as const;

export const AgentUpdateRequestSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        display_name: {
            $ref: '#/components/schemas/AgentName'
        },
        llm_model: {
            type: [
                'string',
                'null'
            ],
            minLength: 1,
            maxLength: 100
        },
        framework: {
            type: [
                'string',
                'null'
            ],
            minLength: 1,
            maxLength: 100
        },
        strategy_tags: {
            $ref: '#/components/schemas/StrategyTags'
        },
        risk_profile: {
            $ref: '#/components/schemas/RiskProfileFields',
            description: 'Replaces the agent\'s overrides; `{}` removes them all.'
        },
        color: {
            oneOf: [
                {
                    $ref: '#/components/schemas/HexColor'
                },
                {
                    type: 'null'
                }
            ]
        }
    },
    example: {
        display_name: 'Momentum v3',
        framework: null
    }
} as const;

export const AgentCreatedResponseSchema = {
    type: 'object',
    required: [
        'agent_id',
        'api_key',
        'display_name',
        'starting_balance',
        'message',
        'agent'
    ],
    additionalProperties: false,
    properties: {
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        api_key: {
            type: 'string',
            pattern: '^ak_live_[A-Za-z0-9_-]{64}$'
        },
        display_name: {
            type: 'string'
        },
        starting_balance: {
            $ref: '#/components/schemas/Money'
        },
        message: {
            type: 'string'
        },
        agent: {
            $ref: '#/components/schemas/Agent'
        }
    },
    example: {
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        api_key: 'ak_live_Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hI6kL9nO2qR5tU8wX1zA4cD7fG0iJ3k',
        display_name: 'Momentum v2',
        starting_balance: '5000.00000000',
        message: 'Save your API key now. You can read it again with GET /api/v1/agents/{agent_id}/api-key.',
        agent: {
            id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
            account_id: '550e8400-e29b-41d4-a716-446655440000',
            display_name: 'Momentum v2',
            api_key_preview: 'ak_live_Ab3d...',
            starting_balance: '5000.00000000',
            llm_model: null,
            framework: null,
            strategy_tags: [],
            risk_profile: {
                max_position_size_pct: 25,
                daily_loss_limit_pct: 20,
                max_open_orders: 50,
                max_order_size_pct: 50,
                min_order_size_usd: '1.00000000',
                order_rate_limit: 100
            },
            avatar_url: 'data:image/svg+xml;base64,PHN2Zy8+',
            color: '#7F1C2D',
            status: 'active',
            is_default: false,
            created_at: '2026-03-19T09:00:00.000Z',
            updated_at: '2026-03-19T09:00:00.000Z'
        }
    }
} as const;

export const AgentKeyResponseSchema = {
    type: 'object',
    required: [
        'agent_id',
        'api_key',
        'message'
    ],
    additionalProperties: false,
    properties: {
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        api_key: {
            type: 'string',
            pattern: '^ak_live_[A-Za-z0-9_-]{64}$'
        },
        message: {
            type: 'string'
        }
    }
} as const;

export const SessionSummarySchema = {
    type: 'object',
    required: [
        'session_id',
        'started_at',
        'ended_at',
        'starting_balance'
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
        },
        ended_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        starting_balance: {
            $ref: '#/components/schemas/Money'
        }
    }
} as const;

export const AgentResetSchema = {
    type: 'object',
    required: [
        'agent',
        'previous_session',
        'new_session'
    ],
    additionalProperties: false,
    properties: {
        agent: {
            $ref: '#/components/schemas/Agent'
        },
        previous_session: {
            $ref: '#/components/schemas/SessionSummary'
        },
        new_session: {
            $ref: '#/components/schemas/SessionSummary'
        }
    },
    example: {
        agent: {
            id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
            account_id: '550e8400-e29b-41d4-a716-446655440000',
            display_name: 'Momentum v2',
            api_key_preview: 'ak_live_Ab3d...',
            starting_balance: '5000.00000000',
            llm_model: null,
            framework: null,
            strategy_tags: [],
            risk_profile: {
                max_position_size_pct: 25,
                daily_loss_limit_pct: 20,
                max_open_orders: 50,
                max_order_size_pct: 50,
                min_order_size_usd: '1.00000000',
                order_rate_limit: 100
            },
            avatar_url: 'data:image/svg+xml;base64,PHN2Zy8+',
            color: '#7F1C2D',
            status: 'active',
            is_default: false,
            created_at: '2026-03-19T09:00:00.000Z',
            updated_at: '2026-03-20T09:00:00.000Z'
        },
        previous_session: {
            session_id: '0b6f3c1a-2d4e-4f5a-8b9c-1d2e3f4a5b6c',
            started_at: '2026-03-19T09:00:00.000Z',
            ended_at: '2026-03-20T09:00:00.000Z',
            starting_balance: '5000.00000000'
        },
        new_session: {
            session_id: '1c7a4d2b-3e5f-4a6b-9c0d-2e3f4a5b6c7d',
            started_at: '2026-03-20T09:00:00.000Z',
            ended_at: null,
            starting_balance: '5000.00000000'
        }
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
        'market',
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
            description: '`degraded` when the price feed is not live or some pairs have gone stale.'
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
        market: {
            type: 'object',
            required: [
                'source',
                'ingestion_active',
                'last_tick_at',
                'total_pairs',
                'pairs_with_price',
                'stale_pairs'
            ],
            additionalProperties: false,
            properties: {
                source: {
                    type: 'string',
                    enum: [
                        'simulated',
                        'binance',
                        'replay'
                    ]
                },
                ingestion_active: {
                    type: 'boolean',
                    description: 'The feed is connected and a trade arrived within the last 60 seconds.'
                },
                last_tick_at: {
                    type: [
                        'string',
                        'null'
                    ],
                    format: 'date-time'
                },
                total_pairs: {
                    type: 'integer'
                },
                pairs_with_price: {
                    type: 'integer'
                },
                stale_pairs: {
                    type: 'array',
                    description: 'Active pairs without a trade for more than 60 seconds.',
                    items: {
                        type: 'string'
                    }
                }
            }
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
        market: {
            source: 'simulated',
            ingestion_active: true,
            last_tick_at: '2026-03-19T10:00:00.123Z',
            total_pairs: 65,
            pairs_with_price: 65,
            stale_pairs: []
        },
        checks: {
            db_latency_ms: 0.12
        }
    }
} as const;

export const BacktestIdSchema = {
    type: 'string',
    format: 'uuid',
    description: 'A backtest session\'s id.',
    example: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b'
} as const;

export const BacktestStatusSchema = {
    type: 'string',
    enum: [
        'created',
        'running',
        'completed',
        'cancelled',
        'failed'
    ],
    description: '`created` (configured, not started), `running` (stepping), `completed` (reached its last step:\npositions closed, results final), `cancelled` (stopped by the owner or after an hour without\nany call: positions kept, results partial), `failed` (could not continue; `error` says why).\n'
} as const;

export const CandleIntervalLabelSchema = {
    type: 'string',
    enum: [
        '1m',
        '5m',
        '15m',
        '1h',
        '4h',
        '1d'
    ]
} as const;

export const Pct2Schema = {
    type: 'string',
    pattern: '^-?[0-9]+\\.[0-9]{2}$',
    description: 'A percentage or figure with 2 decimals.'
} as const;

export const NullableRatioSchema = {
    type: [
        'string',
        'null'
    ],
    pattern: '^-?[0-9]+\\.[0-9]{6}$',
    description: 'A ratio with 6 decimals, or null before the session has ended.'
} as const;

export const BacktestCreateRequestSchema = {
    type: 'object',
    required: [
        'start_time',
        'end_time',
        'starting_balance'
    ],
    additionalProperties: false,
    properties: {
        start_time: {
            type: 'string',
            format: 'date-time',
            description: 'Virtual start.'
        },
        end_time: {
            type: 'string',
            format: 'date-time',
            description: 'Virtual end, after `start_time`.'
        },
        starting_balance: {
            allOf: [
                {
                    $ref: '#/components/schemas/DecimalAmount'
                }
            ],
            description: 'Virtual USDT to start with, 1 to 10,000,000.'
        },
        candle_interval: {
            description: 'The step: a label or the same interval in seconds. Default `1m`. Each step moves the\nvirtual clock by one interval.\n',
            oneOf: [
                {
                    $ref: '#/components/schemas/CandleIntervalLabel'
                },
                {
                    type: 'integer',
                    enum: [
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
        pairs: {
            type: 'array',
            description: 'Pairs to trade and price; omitted, every pair with stored candles in the range.',
            minItems: 1,
            maxItems: 100,
            items: {
                type: 'string',
                pattern: '^[A-Za-z0-9]{2,20}$'
            }
        },
        strategy_label: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
            description: 'Free label used by `list`, `best` and `/account/mode`. Default `default`.'
        },
        agent_id: {
            type: 'string',
            format: 'uuid',
            description: 'The agent whose risk profile the sandbox applies: one of the account\'s agents. Default:\nthe agent in scope (an agent key\'s agent, `X-Agent-Id`, else the default agent). With an\nagent key only that agent may be named.\n'
        },
        exchange: {
            type: 'string',
            enum: [
                'binance'
            ],
            description: 'Accepted for compatibility; the data is what this server stores.'
        },
        fee_rate: {
            description: 'Accepted for compatibility; only the live fee `0.001` (one engine, one fee).',
            oneOf: [
                {
                    type: 'string',
                    pattern: '^[0-9]{1,2}(\\.[0-9]{1,8})?$'
                },
                {
                    type: 'number',
                    minimum: 0,
                    maximum: 0.1
                }
            ]
        }
    },
    example: {
        start_time: '2026-03-01T00:00:00Z',
        end_time: '2026-03-08T00:00:00Z',
        starting_balance: '10000',
        candle_interval: '1m',
        pairs: [
            'BTCUSDT',
            'ETHUSDT'
        ],
        strategy_label: 'sma-crossover-v2'
    }
} as const;

export const BacktestCreatedSchema = {
    type: 'object',
    required: [
        'session_id',
        'status',
        'total_steps',
        'estimated_pairs',
        'agent_id'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        status: {
            type: 'string',
            const: 'created'
        },
        total_steps: {
            type: 'integer',
            minimum: 1,
            description: 'floor((end − start) / interval).'
        },
        estimated_pairs: {
            type: 'integer',
            minimum: 0,
            description: 'Pairs with a price at `start_time` (a candle closed at or before it).'
        },
        agent_id: {
            type: 'string',
            format: 'uuid'
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        status: 'created',
        total_steps: 10080,
        estimated_pairs: 2,
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f'
    }
} as const;

export const BacktestStartedSchema = {
    type: 'object',
    required: [
        'session_id',
        'status'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        status: {
            type: 'string',
            const: 'running'
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        status: 'running'
    }
} as const;

export const BacktestBatchRequestSchema = {
    type: 'object',
    required: [
        'steps'
    ],
    additionalProperties: false,
    properties: {
        steps: {
            type: 'integer',
            minimum: 1,
            maximum: 10000,
            description: 'Steps to run; fewer are run when the session completes first.'
        }
    },
    example: {
        steps: 60
    }
} as const;

export const BacktestFastBatchRequestSchema = {
    type: 'object',
    required: [
        'steps'
    ],
    additionalProperties: false,
    properties: {
        steps: {
            type: 'integer',
            minimum: 1,
            maximum: 100000,
            description: 'Steps to run; fewer are run when the session completes first.'
        },
        include_intermediate_trades: {
            type: 'boolean',
            default: false,
            description: 'Return the fills of every step of the call in `orders_filled`, not only the last step\'s.'
        }
    },
    example: {
        steps: 1440,
        include_intermediate_trades: true
    }
} as const;

export const BacktestFilledOrderSchema = {
    type: 'object',
    description: 'A resting order that a step filled (or cancelled, when a triggered buy could not pay for its price gap).',
    required: [
        'order_id',
        'symbol',
        'side',
        'type',
        'status',
        'executed_price',
        'executed_qty',
        'fee',
        'simulated_at'
    ],
    additionalProperties: false,
    properties: {
        order_id: {
            type: 'string',
            format: 'uuid'
        },
        symbol: {
            type: 'string'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ]
        },
        status: {
            type: 'string',
            enum: [
                'filled',
                'cancelled'
            ]
        },
        executed_price: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        executed_qty: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        fee: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        simulated_at: {
            type: 'string',
            format: 'date-time'
        }
    }
} as const;

export const BacktestPortfolioPositionSchema = {
    type: 'object',
    required: [
        'symbol',
        'quantity',
        'avg_entry_price',
        'current_price',
        'market_value',
        'unrealized_pnl'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        avg_entry_price: {
            $ref: '#/components/schemas/Money'
        },
        current_price: {
            $ref: '#/components/schemas/Money'
        },
        market_value: {
            $ref: '#/components/schemas/Money'
        },
        unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        }
    }
} as const;

export const BacktestPortfolioSchema = {
    type: 'object',
    required: [
        'total_equity',
        'available_cash',
        'locked_cash',
        'position_value',
        'unrealized_pnl',
        'realized_pnl',
        'fees_paid',
        'positions',
        'virtual_time'
    ],
    additionalProperties: false,
    properties: {
        total_equity: {
            $ref: '#/components/schemas/Money'
        },
        available_cash: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'USDT held, free plus locked by resting orders.'
        },
        locked_cash: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'The part of `available_cash` locked by resting orders.'
        },
        position_value: {
            $ref: '#/components/schemas/Money'
        },
        unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        realized_pnl: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'Realized PnL of the session so far, before fees.'
        },
        fees_paid: {
            $ref: '#/components/schemas/Money'
        },
        positions: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/BacktestPortfolioPosition'
            }
        },
        virtual_time: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        total_equity: '10012.41000000',
        available_cash: '9368.85000000',
        locked_cash: '0.00000000',
        position_value: '643.56000000',
        unrealized_pnl: '13.04000000',
        realized_pnl: '0.00000000',
        fees_paid: '0.63052000',
        positions: [
            {
                symbol: 'BTCUSDT',
                quantity: '0.01000000',
                avg_entry_price: '63052.00000000',
                current_price: '64356.00000000',
                market_value: '643.56000000',
                unrealized_pnl: '13.04000000'
            }
        ],
        virtual_time: '2026-03-01T01:00:00.000Z'
    }
} as const;

export const BacktestStepSchema = {
    type: 'object',
    description: 'The session after the last step the call ran.',
    required: [
        'session_id',
        'virtual_time',
        'step',
        'total_steps',
        'progress_pct',
        'prices',
        'orders_filled',
        'portfolio',
        'is_complete',
        'remaining_steps',
        'steps_executed',
        'status'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        virtual_time: {
            type: 'string',
            format: 'date-time',
            description: 'The virtual clock after the step; only candles closed at or before it are visible.'
        },
        step: {
            type: 'integer',
            minimum: 0
        },
        total_steps: {
            type: 'integer',
            minimum: 1
        },
        progress_pct: {
            $ref: '#/components/schemas/Pct2'
        },
        prices: {
            type: 'object',
            description: 'Close of each pair\'s latest closed candle.',
            additionalProperties: {
                $ref: '#/components/schemas/Money'
            }
        },
        orders_filled: {
            type: 'array',
            description: 'Resting orders filled by the last step (by every step of a `step/batch`, or of a fast batch with `include_intermediate_trades`).',
            items: {
                $ref: '#/components/schemas/BacktestFilledOrder'
            }
        },
        portfolio: {
            $ref: '#/components/schemas/BacktestPortfolio'
        },
        is_complete: {
            type: 'boolean',
            description: 'True once the last step ran; the session is then `completed`.'
        },
        remaining_steps: {
            type: 'integer',
            minimum: 0
        },
        steps_executed: {
            type: 'integer',
            minimum: 0,
            description: 'Steps this call ran.'
        },
        status: {
            $ref: '#/components/schemas/BacktestStatus'
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        virtual_time: '2026-03-01T01:00:00.000Z',
        step: 60,
        total_steps: 10080,
        progress_pct: '0.60',
        prices: {
            BTCUSDT: '64356.00000000',
            ETHUSDT: '3410.20000000'
        },
        orders_filled: [
            {
                order_id: '0193a1b2-e000-7000-8000-000000000002',
                symbol: 'BTCUSDT',
                side: 'buy',
                type: 'limit',
                status: 'filled',
                executed_price: '63052.00000000',
                executed_qty: '0.01000000',
                fee: '0.63052000',
                simulated_at: '2026-03-01T01:00:00.000Z'
            }
        ],
        portfolio: {
            total_equity: '10012.41000000',
            available_cash: '9368.85000000',
            locked_cash: '0.00000000',
            position_value: '643.56000000',
            unrealized_pnl: '13.04000000',
            realized_pnl: '0.00000000',
            fees_paid: '0.63052000',
            positions: [
                {
                    symbol: 'BTCUSDT',
                    quantity: '0.01000000',
                    avg_entry_price: '63052.00000000',
                    current_price: '64356.00000000',
                    market_value: '643.56000000',
                    unrealized_pnl: '13.04000000'
                }
            ],
            virtual_time: '2026-03-01T01:00:00.000Z'
        },
        is_complete: false,
        remaining_steps: 10020,
        steps_executed: 60,
        status: 'running'
    }
} as const;

export const BacktestCancelledSchema = {
    type: 'object',
    required: [
        'session_id',
        'status',
        'total_trades',
        'roi_pct'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        status: {
            type: 'string',
            const: 'cancelled'
        },
        total_trades: {
            type: 'integer',
            minimum: 0
        },
        roi_pct: {
            $ref: '#/components/schemas/Pct2'
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        status: 'cancelled',
        total_trades: 4,
        roi_pct: '0.12'
    }
} as const;

export const BacktestSessionSchema = {
    type: 'object',
    description: 'A session as `status` and `list` show it.',
    required: [
        'session_id',
        'agent_id',
        'strategy_label',
        'start_time',
        'end_time',
        'status',
        'candle_interval',
        'candle_interval_seconds',
        'starting_balance',
        'pairs',
        'progress_pct',
        'current_step',
        'total_steps',
        'virtual_clock',
        'final_equity',
        'total_pnl',
        'roi_pct',
        'total_trades',
        'total_fees',
        'sharpe_ratio',
        'max_drawdown_pct',
        'created_at',
        'started_at',
        'completed_at',
        'duration_real_sec',
        'error'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        strategy_label: {
            type: 'string'
        },
        start_time: {
            type: 'string',
            format: 'date-time'
        },
        end_time: {
            type: 'string',
            format: 'date-time'
        },
        status: {
            $ref: '#/components/schemas/BacktestStatus'
        },
        candle_interval: {
            $ref: '#/components/schemas/CandleIntervalLabel'
        },
        candle_interval_seconds: {
            type: 'integer',
            minimum: 60,
            maximum: 86400,
            description: 'The interval in seconds (60, 300, 900, 3600, 14400 or 86400).'
        },
        starting_balance: {
            $ref: '#/components/schemas/Money'
        },
        pairs: {
            type: 'array',
            items: {
                type: 'string'
            }
        },
        progress_pct: {
            type: 'number',
            minimum: 0,
            maximum: 100,
            description: '0–100, 2 decimals.'
        },
        current_step: {
            type: 'integer',
            minimum: 0
        },
        total_steps: {
            type: 'integer',
            minimum: 1
        },
        virtual_clock: {
            type: 'string',
            format: 'date-time'
        },
        final_equity: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ],
            description: 'Null until the session has ended (completed, cancelled or failed).'
        },
        total_pnl: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        roi_pct: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Pct2'
                },
                {
                    type: 'null'
                }
            ]
        },
        total_trades: {
            type: 'integer',
            minimum: 0,
            description: 'Fills so far, buys and sells.'
        },
        total_fees: {
            $ref: '#/components/schemas/Money'
        },
        sharpe_ratio: {
            $ref: '#/components/schemas/NullableRatio'
        },
        max_drawdown_pct: {
            $ref: '#/components/schemas/NullablePercent'
        },
        created_at: {
            type: 'string',
            format: 'date-time'
        },
        started_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        completed_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        duration_real_sec: {
            type: [
                'number',
                'null'
            ],
            minimum: 0,
            description: 'Wall-clock seconds the session has spent running steps; null before it has started.'
        },
        error: {
            type: [
                'string',
                'null'
            ],
            description: 'Why a `failed` session failed; null otherwise.'
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        strategy_label: 'sma-crossover-v2',
        start_time: '2026-03-01T00:00:00.000Z',
        end_time: '2026-03-08T00:00:00.000Z',
        status: 'completed',
        candle_interval: '1m',
        candle_interval_seconds: 60,
        starting_balance: '10000.00000000',
        pairs: [
            'BTCUSDT',
            'ETHUSDT'
        ],
        progress_pct: 100,
        current_step: 10080,
        total_steps: 10080,
        virtual_clock: '2026-03-08T00:00:00.000Z',
        final_equity: '10241.20000000',
        total_pnl: '241.20000000',
        roi_pct: '2.41',
        total_trades: 24,
        total_fees: '48.21000000',
        sharpe_ratio: '1.853210',
        max_drawdown_pct: '3.1000',
        created_at: '2026-03-19T10:00:00.000Z',
        started_at: '2026-03-19T10:00:01.000Z',
        completed_at: '2026-03-19T10:00:03.000Z',
        duration_real_sec: 1.7,
        error: null
    }
} as const;

export const BacktestListSchema = {
    type: 'object',
    required: [
        'backtests',
        'total'
    ],
    additionalProperties: false,
    properties: {
        backtests: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/BacktestSession'
            }
        },
        total: {
            type: 'integer',
            minimum: 0,
            description: 'Every session that matches the filters.'
        }
    },
    example: {
        backtests: [
            {
                session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
                agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
                strategy_label: 'sma-crossover-v2',
                start_time: '2026-03-01T00:00:00.000Z',
                end_time: '2026-03-08T00:00:00.000Z',
                status: 'running',
                candle_interval: '1m',
                candle_interval_seconds: 60,
                starting_balance: '10000.00000000',
                pairs: [
                    'BTCUSDT'
                ],
                progress_pct: 12.5,
                current_step: 1260,
                total_steps: 10080,
                virtual_clock: '2026-03-01T21:00:00.000Z',
                final_equity: null,
                total_pnl: null,
                roi_pct: null,
                total_trades: 6,
                total_fees: '12.01000000',
                sharpe_ratio: null,
                max_drawdown_pct: null,
                created_at: '2026-03-19T10:00:00.000Z',
                started_at: '2026-03-19T10:00:01.000Z',
                completed_at: null,
                duration_real_sec: null,
                error: null
            }
        ],
        total: 1
    }
} as const;

export const BacktestOrderRequestSchema = {
    type: 'object',
    required: [
        'symbol',
        'side',
        'quantity'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string',
            pattern: '^[A-Za-z0-9]{2,20}$',
            description: 'One of the session\'s pairs (case-insensitive).'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ],
            default: 'market'
        },
        quantity: {
            $ref: '#/components/schemas/DecimalAmount'
        },
        price: {
            allOf: [
                {
                    $ref: '#/components/schemas/DecimalAmount'
                }
            ],
            description: 'The limit price (`limit`); for `stop_loss` / `take_profit` an alias of `trigger_price`.'
        },
        trigger_price: {
            allOf: [
                {
                    $ref: '#/components/schemas/DecimalAmount'
                }
            ],
            description: 'The trigger of a `stop_loss` / `take_profit`.'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        side: 'buy',
        type: 'limit',
        quantity: '0.01',
        price: '63000.00'
    }
} as const;

export const BacktestPlacedOrderSchema = {
    type: 'object',
    required: [
        'order_id',
        'status',
        'symbol',
        'side',
        'type',
        'quantity',
        'price',
        'executed_price',
        'executed_qty',
        'slippage_pct',
        'fee',
        'realized_pnl',
        'locked_asset',
        'locked_amount',
        'simulated_at'
    ],
    additionalProperties: false,
    properties: {
        order_id: {
            type: 'string',
            format: 'uuid',
            description: 'Derived from the virtual time and the session\'s order counter, so a rerun gives the same ids.'
        },
        status: {
            type: 'string',
            enum: [
                'filled',
                'pending'
            ]
        },
        symbol: {
            type: 'string'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ]
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        price: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ],
            description: 'The limit price or trigger; null for a market order.'
        },
        executed_price: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        executed_qty: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        slippage_pct: {
            type: [
                'string',
                'null'
            ],
            pattern: '^-?[0-9]+\\.[0-9]{8}$',
            description: 'Percent, 8 decimals; null while pending.'
        },
        fee: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        realized_pnl: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        locked_asset: {
            type: [
                'string',
                'null'
            ],
            description: 'What a pending order locked (USDT for a buy, the base asset for a sell).'
        },
        locked_amount: {
            $ref: '#/components/schemas/Money'
        },
        simulated_at: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        order_id: '0193a1b2-e000-7000-8000-000000000002',
        status: 'pending',
        symbol: 'BTCUSDT',
        side: 'buy',
        type: 'limit',
        quantity: '0.01000000',
        price: '63000.00000000',
        executed_price: null,
        executed_qty: null,
        slippage_pct: null,
        fee: null,
        realized_pnl: null,
        locked_asset: 'USDT',
        locked_amount: '630.63000000',
        simulated_at: '2026-03-01T00:10:00.000Z'
    }
} as const;

export const BacktestOrderSchema = {
    type: 'object',
    required: [
        'id',
        'symbol',
        'side',
        'type',
        'quantity',
        'price',
        'stop_price',
        'status',
        'executed_price',
        'executed_qty',
        'fee',
        'locked_amount',
        'cancel_reason',
        'created_at',
        'closed_at'
    ],
    additionalProperties: false,
    properties: {
        id: {
            type: 'string',
            format: 'uuid'
        },
        symbol: {
            type: 'string'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ]
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        price: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ],
            description: 'Limit price of a limit order, else null.'
        },
        stop_price: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ],
            description: 'Trigger of a stop-loss or take-profit, else null.'
        },
        status: {
            type: 'string',
            enum: [
                'pending',
                'filled',
                'cancelled'
            ]
        },
        executed_price: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        executed_qty: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        fee: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        locked_amount: {
            $ref: '#/components/schemas/Money'
        },
        cancel_reason: {
            type: [
                'string',
                'null'
            ],
            enum: [
                'user',
                'insufficient_balance',
                null
            ]
        },
        created_at: {
            type: 'string',
            format: 'date-time',
            description: 'Virtual time of placement.'
        },
        closed_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'Virtual time of the fill or cancel.'
        }
    }
} as const;

export const BacktestOrderListSchema = {
    type: 'object',
    required: [
        'orders',
        'count'
    ],
    additionalProperties: false,
    properties: {
        orders: {
            type: 'array',
            description: 'Oldest first.',
            items: {
                $ref: '#/components/schemas/BacktestOrder'
            }
        },
        count: {
            type: 'integer',
            minimum: 0
        }
    },
    example: {
        orders: [
            {
                id: '0193a1b2-e000-7000-8000-000000000002',
                symbol: 'BTCUSDT',
                side: 'buy',
                type: 'limit',
                quantity: '0.01000000',
                price: '63000.00000000',
                stop_price: null,
                status: 'pending',
                executed_price: null,
                executed_qty: null,
                fee: null,
                locked_amount: '630.63000000',
                cancel_reason: null,
                created_at: '2026-03-01T00:10:00.000Z',
                closed_at: null
            }
        ],
        count: 1
    }
} as const;

export const BacktestOrderCancelSchema = {
    type: 'object',
    required: [
        'order_id',
        'cancelled'
    ],
    additionalProperties: false,
    properties: {
        order_id: {
            type: 'string',
            format: 'uuid'
        },
        cancelled: {
            type: 'boolean',
            description: 'False when the order was no longer pending (filled or cancelled before).'
        }
    },
    example: {
        order_id: '0193a1b2-e000-7000-8000-000000000002',
        cancelled: true
    }
} as const;

export const BacktestTradeSchema = {
    type: 'object',
    required: [
        'id',
        'session_id',
        'order_id',
        'symbol',
        'side',
        'type',
        'quantity',
        'price',
        'reference_price',
        'quote_amount',
        'fee',
        'slippage_pct',
        'realized_pnl',
        'net_pnl',
        'stop_price',
        'simulated_at'
    ],
    additionalProperties: false,
    properties: {
        id: {
            type: 'string',
            format: 'uuid'
        },
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        order_id: {
            type: 'string',
            format: 'uuid'
        },
        symbol: {
            type: 'string'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ]
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        price: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'The fill price (slippage included).'
        },
        reference_price: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'The step price the fill was measured against.'
        },
        quote_amount: {
            $ref: '#/components/schemas/Money'
        },
        fee: {
            $ref: '#/components/schemas/Money'
        },
        slippage_pct: {
            type: 'string',
            pattern: '^-?[0-9]+\\.[0-9]{8}$',
            description: 'Percent, 8 decimals (`"0.01000000"` is 0.01 %).'
        },
        realized_pnl: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ],
            description: 'A sell\'s realized PnL before fees; null for a buy.'
        },
        net_pnl: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ],
            description: 'A sell\'s PnL after its fee and its share of the opening fees; null for a buy.'
        },
        stop_price: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        simulated_at: {
            type: 'string',
            format: 'date-time'
        }
    }
} as const;

export const BacktestTradeHistorySchema = {
    type: 'object',
    required: [
        'trades',
        'count'
    ],
    additionalProperties: false,
    properties: {
        trades: {
            type: 'array',
            description: 'Oldest first.',
            items: {
                $ref: '#/components/schemas/BacktestTrade'
            }
        },
        count: {
            type: 'integer',
            minimum: 0
        }
    },
    example: {
        trades: [
            {
                id: '0193a1b2-e000-7000-8000-000000000003',
                session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
                order_id: '0193a1b2-e000-7000-8000-000000000002',
                symbol: 'BTCUSDT',
                side: 'buy',
                type: 'limit',
                quantity: '0.01000000',
                price: '63000.00000000',
                reference_price: '62990.00000000',
                quote_amount: '630.00000000',
                fee: '0.63000000',
                slippage_pct: '0.00000000',
                realized_pnl: null,
                net_pnl: null,
                stop_price: null,
                simulated_at: '2026-03-01T01:00:00.000Z'
            }
        ],
        count: 1
    }
} as const;

export const BacktestTradePageSchema = {
    type: 'object',
    required: [
        'session_id',
        'trades',
        'total'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        trades: {
            type: 'array',
            description: 'Oldest first.',
            items: {
                $ref: '#/components/schemas/BacktestTrade'
            }
        },
        total: {
            type: 'integer',
            minimum: 0,
            description: 'Every fill of the session.'
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        trades: [
            {
                id: '0193a1b2-e000-7000-8000-000000000005',
                session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
                order_id: '0193a1b2-e000-7000-8000-000000000004',
                symbol: 'BTCUSDT',
                side: 'sell',
                type: 'market',
                quantity: '0.01000000',
                price: '64349.56440000',
                reference_price: '64356.00000000',
                quote_amount: '643.49564400',
                fee: '0.64349564',
                slippage_pct: '0.01000000',
                realized_pnl: '13.49564400',
                net_pnl: '12.22214836',
                stop_price: null,
                simulated_at: '2026-03-01T02:00:00.000Z'
            }
        ],
        total: 1
    }
} as const;

export const BacktestPriceSchema = {
    type: 'object',
    required: [
        'symbol',
        'price',
        'virtual_time'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        price: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'Close of the pair\'s latest candle closed at or before the virtual time.'
        },
        virtual_time: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        price: '64356.00000000',
        virtual_time: '2026-03-01T01:00:00.000Z'
    }
} as const;

export const BacktestPricesSchema = {
    type: 'object',
    required: [
        'prices',
        'virtual_time'
    ],
    additionalProperties: false,
    properties: {
        prices: {
            type: 'object',
            additionalProperties: {
                $ref: '#/components/schemas/Money'
            }
        },
        virtual_time: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        prices: {
            BTCUSDT: '64356.00000000',
            ETHUSDT: '3410.20000000'
        },
        virtual_time: '2026-03-01T01:00:00.000Z'
    }
} as const;

export const BacktestTickerSchema = {
    type: 'object',
    description: '24-hour statistics over the 1-minute candles closed in (t − 24 h, t].',
    required: [
        'symbol',
        'open',
        'high',
        'low',
        'close',
        'volume',
        'quote_volume',
        'trade_count',
        'price_change',
        'price_change_pct',
        'virtual_time'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        open: {
            $ref: '#/components/schemas/Money'
        },
        high: {
            $ref: '#/components/schemas/Money'
        },
        low: {
            $ref: '#/components/schemas/Money'
        },
        close: {
            $ref: '#/components/schemas/Money'
        },
        volume: {
            $ref: '#/components/schemas/Money'
        },
        quote_volume: {
            $ref: '#/components/schemas/Money'
        },
        trade_count: {
            type: 'integer',
            minimum: 0
        },
        price_change: {
            $ref: '#/components/schemas/Money'
        },
        price_change_pct: {
            $ref: '#/components/schemas/Pct2'
        },
        virtual_time: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        open: '63000.00000000',
        high: '65100.00000000',
        low: '62850.50000000',
        close: '64356.00000000',
        volume: '1523.44100000',
        quote_volume: '97654321.12000000',
        trade_count: 182340,
        price_change: '1356.00000000',
        price_change_pct: '2.15',
        virtual_time: '2026-03-02T00:00:00.000Z'
    }
} as const;

export const BacktestCandleSchema = {
    type: 'object',
    required: [
        'bucket',
        'open',
        'high',
        'low',
        'close',
        'volume',
        'trade_count'
    ],
    additionalProperties: false,
    properties: {
        bucket: {
            type: 'string',
            format: 'date-time',
            description: 'Open time of the candle; the candle closed at or before the virtual time.'
        },
        open: {
            $ref: '#/components/schemas/Money'
        },
        high: {
            $ref: '#/components/schemas/Money'
        },
        low: {
            $ref: '#/components/schemas/Money'
        },
        close: {
            $ref: '#/components/schemas/Money'
        },
        volume: {
            $ref: '#/components/schemas/Money'
        },
        trade_count: {
            type: 'integer',
            minimum: 0
        }
    }
} as const;

export const BacktestCandlesSchema = {
    type: 'object',
    required: [
        'symbol',
        'interval',
        'candles',
        'count',
        'virtual_time'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        interval: {
            $ref: '#/components/schemas/CandleIntervalLabel'
        },
        candles: {
            type: 'array',
            description: 'Oldest first.',
            items: {
                $ref: '#/components/schemas/BacktestCandle'
            }
        },
        count: {
            type: 'integer',
            minimum: 0
        },
        virtual_time: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        interval: '1h',
        candles: [
            {
                bucket: '2026-03-01T00:00:00.000Z',
                open: '63100.00000000',
                high: '64600.00000000',
                low: '63050.10000000',
                close: '64356.00000000',
                volume: '61.20300000',
                trade_count: 7412
            }
        ],
        count: 1,
        virtual_time: '2026-03-01T01:00:00.000Z'
    }
} as const;

export const BacktestBalancesSchema = {
    type: 'object',
    required: [
        'balances'
    ],
    additionalProperties: false,
    properties: {
        balances: {
            type: 'array',
            description: 'Non-zero holdings only.',
            items: {
                type: 'object',
                required: [
                    'asset',
                    'available',
                    'locked',
                    'total'
                ],
                additionalProperties: false,
                properties: {
                    asset: {
                        type: 'string'
                    },
                    available: {
                        $ref: '#/components/schemas/Money'
                    },
                    locked: {
                        $ref: '#/components/schemas/Money'
                    },
                    total: {
                        $ref: '#/components/schemas/Money'
                    }
                }
            }
        }
    },
    example: {
        balances: [
            {
                asset: 'USDT',
                available: '8738.22000000',
                locked: '630.63000000',
                total: '9368.85000000'
            },
            {
                asset: 'BTC',
                available: '0.01000000',
                locked: '0.00000000',
                total: '0.01000000'
            }
        ]
    }
} as const;

export const BacktestPositionsSchema = {
    type: 'object',
    required: [
        'positions'
    ],
    additionalProperties: false,
    properties: {
        positions: {
            type: 'array',
            items: {
                type: 'object',
                required: [
                    'symbol',
                    'quantity',
                    'avg_entry_price',
                    'realized_pnl'
                ],
                additionalProperties: false,
                properties: {
                    symbol: {
                        type: 'string'
                    },
                    quantity: {
                        $ref: '#/components/schemas/Money'
                    },
                    avg_entry_price: {
                        $ref: '#/components/schemas/Money'
                    },
                    realized_pnl: {
                        $ref: '#/components/schemas/Money'
                    }
                }
            }
        }
    },
    example: {
        positions: [
            {
                symbol: 'BTCUSDT',
                quantity: '0.01000000',
                avg_entry_price: '63052.00000000',
                realized_pnl: '0.00000000'
            }
        ]
    }
} as const;

export const BacktestMetricsSchema = {
    type: 'object',
    description: 'The formulas of `GET /api/v1/analytics/performance`, on the session\'s regular equity series\n(one point an hour of virtual time for intervals below `1h`, one a step from `1h` up;\nannualised with that spacing, `series_interval_seconds`) and its closing (sell) fills.\nNever null: a metric the data does not define is zero in its format and listed in\n`not_computable`.\n',
    required: [
        'sharpe_ratio',
        'sortino_ratio',
        'max_drawdown_pct',
        'max_drawdown_duration_days',
        'max_drawdown_duration_seconds',
        'win_rate',
        'profit_factor',
        'avg_win',
        'avg_loss',
        'best_trade',
        'worst_trade',
        'avg_trade_duration_minutes',
        'trades_per_day',
        'closed_trades',
        'series_interval_seconds',
        'data_points',
        'not_computable'
    ],
    additionalProperties: false,
    properties: {
        sharpe_ratio: {
            $ref: '#/components/schemas/Ratio'
        },
        sortino_ratio: {
            $ref: '#/components/schemas/Ratio'
        },
        max_drawdown_pct: {
            $ref: '#/components/schemas/Percent'
        },
        max_drawdown_duration_days: {
            type: 'integer',
            minimum: 0,
            description: 'Whole days of `max_drawdown_duration_seconds`.'
        },
        max_drawdown_duration_seconds: {
            type: 'integer',
            minimum: 0
        },
        win_rate: {
            $ref: '#/components/schemas/Percent'
        },
        profit_factor: {
            $ref: '#/components/schemas/Ratio'
        },
        avg_win: {
            $ref: '#/components/schemas/Money'
        },
        avg_loss: {
            $ref: '#/components/schemas/Money'
        },
        best_trade: {
            $ref: '#/components/schemas/Money'
        },
        worst_trade: {
            $ref: '#/components/schemas/Money'
        },
        avg_trade_duration_minutes: {
            allOf: [
                {
                    $ref: '#/components/schemas/Pct2'
                }
            ],
            description: 'Mean virtual time between consecutive fills, minutes, 2 decimals (0 with fewer than two fills).'
        },
        trades_per_day: {
            allOf: [
                {
                    $ref: '#/components/schemas/Pct2'
                }
            ],
            description: 'Fills per virtual day, 2 decimals.'
        },
        closed_trades: {
            type: 'integer',
            minimum: 0,
            description: 'Closing (sell) fills the trade metrics are computed over.'
        },
        series_interval_seconds: {
            type: 'integer',
            minimum: 1,
            description: 'The equity series\' spacing the ratios are annualised with.'
        },
        data_points: {
            type: 'integer',
            minimum: 0
        },
        not_computable: {
            type: 'array',
            items: {
                type: 'string'
            }
        }
    }
} as const;

export const BacktestPairStatsSchema = {
    type: 'object',
    required: [
        'symbol',
        'trades',
        'wins',
        'losses',
        'win_rate',
        'net_pnl',
        'total_volume'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        trades: {
            type: 'integer',
            minimum: 0,
            description: 'Fills of the pair.'
        },
        wins: {
            type: 'integer',
            minimum: 0
        },
        losses: {
            type: 'integer',
            minimum: 0
        },
        win_rate: {
            $ref: '#/components/schemas/Pct2'
        },
        net_pnl: {
            $ref: '#/components/schemas/Money'
        },
        total_volume: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'Σ quote amount of the pair\'s fills.'
        }
    }
} as const;

export const BacktestResultsSchema = {
    type: 'object',
    required: [
        'session_id',
        'status',
        'config',
        'summary',
        'metrics',
        'by_pair'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        status: {
            $ref: '#/components/schemas/BacktestStatus'
        },
        config: {
            type: 'object',
            required: [
                'start_time',
                'end_time',
                'starting_balance',
                'candle_interval',
                'candle_interval_seconds',
                'pairs',
                'strategy_label',
                'agent_id'
            ],
            additionalProperties: false,
            properties: {
                start_time: {
                    type: 'string',
                    format: 'date-time'
                },
                end_time: {
                    type: 'string',
                    format: 'date-time'
                },
                starting_balance: {
                    $ref: '#/components/schemas/Money'
                },
                candle_interval: {
                    $ref: '#/components/schemas/CandleIntervalLabel'
                },
                candle_interval_seconds: {
                    type: 'integer',
                    minimum: 60,
                    maximum: 86400,
                    description: 'The interval in seconds (60, 300, 900, 3600, 14400 or 86400).'
                },
                pairs: {
                    type: 'array',
                    items: {
                        type: 'string'
                    }
                },
                strategy_label: {
                    type: 'string'
                },
                agent_id: {
                    type: 'string',
                    format: 'uuid'
                }
            }
        },
        summary: {
            type: 'object',
            required: [
                'final_equity',
                'total_pnl',
                'roi_pct',
                'total_trades',
                'total_fees',
                'duration_real_sec',
                'current_step',
                'total_steps'
            ],
            additionalProperties: false,
            properties: {
                final_equity: {
                    $ref: '#/components/schemas/Money'
                },
                total_pnl: {
                    $ref: '#/components/schemas/Money'
                },
                roi_pct: {
                    $ref: '#/components/schemas/Pct2'
                },
                total_trades: {
                    type: 'integer',
                    minimum: 0,
                    description: 'Fills, buys and sells.'
                },
                total_fees: {
                    $ref: '#/components/schemas/Money'
                },
                duration_real_sec: {
                    type: [
                        'number',
                        'null'
                    ],
                    minimum: 0
                },
                current_step: {
                    type: 'integer',
                    minimum: 0
                },
                total_steps: {
                    type: 'integer',
                    minimum: 1
                }
            }
        },
        metrics: {
            $ref: '#/components/schemas/BacktestMetrics'
        },
        by_pair: {
            type: 'array',
            description: 'Per pair with fills, by symbol.',
            items: {
                $ref: '#/components/schemas/BacktestPairStats'
            }
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        status: 'completed',
        config: {
            start_time: '2026-03-01T00:00:00.000Z',
            end_time: '2026-03-08T00:00:00.000Z',
            starting_balance: '10000.00000000',
            candle_interval: '1m',
            candle_interval_seconds: 60,
            pairs: [
                'BTCUSDT'
            ],
            strategy_label: 'sma-crossover-v2',
            agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f'
        },
        summary: {
            final_equity: '10241.20000000',
            total_pnl: '241.20000000',
            roi_pct: '2.41',
            total_trades: 24,
            total_fees: '48.21000000',
            duration_real_sec: 1.7,
            current_step: 10080,
            total_steps: 10080
        },
        metrics: {
            sharpe_ratio: '1.853210',
            sortino_ratio: '2.410032',
            max_drawdown_pct: '3.1000',
            max_drawdown_duration_days: 1,
            max_drawdown_duration_seconds: 93600,
            win_rate: '58.3333',
            profit_factor: '1.620000',
            avg_win: '41.20000000',
            avg_loss: '-25.10000000',
            best_trade: '120.00000000',
            worst_trade: '-61.50000000',
            avg_trade_duration_minutes: '418.26',
            trades_per_day: '3.43',
            closed_trades: 12,
            series_interval_seconds: 60,
            data_points: 10081,
            not_computable: []
        },
        by_pair: [
            {
                symbol: 'BTCUSDT',
                trades: 24,
                wins: 7,
                losses: 5,
                win_rate: '58.33',
                net_pnl: '241.20000000',
                total_volume: '48210.00000000'
            }
        ]
    }
} as const;

export const BacktestEquityCurveSchema = {
    type: 'object',
    required: [
        'session_id',
        'interval',
        'snapshots'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        interval: {
            type: 'string',
            pattern: '^[1-9][0-9]*$',
            description: 'Every Nth snapshot, as asked.'
        },
        snapshots: {
            type: 'array',
            description: 'Oldest first.',
            items: {
                type: 'object',
                required: [
                    'step',
                    'simulated_at',
                    'total_equity',
                    'available_cash',
                    'position_value',
                    'unrealized_pnl',
                    'realized_pnl'
                ],
                additionalProperties: false,
                properties: {
                    step: {
                        type: 'integer',
                        minimum: 0
                    },
                    simulated_at: {
                        type: 'string',
                        format: 'date-time'
                    },
                    total_equity: {
                        $ref: '#/components/schemas/Money'
                    },
                    available_cash: {
                        $ref: '#/components/schemas/Money'
                    },
                    position_value: {
                        $ref: '#/components/schemas/Money'
                    },
                    unrealized_pnl: {
                        $ref: '#/components/schemas/Money'
                    },
                    realized_pnl: {
                        $ref: '#/components/schemas/Money'
                    }
                }
            }
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        interval: '1',
        snapshots: [
            {
                step: 0,
                simulated_at: '2026-03-01T00:00:00.000Z',
                total_equity: '10000.00000000',
                available_cash: '10000.00000000',
                position_value: '0.00000000',
                unrealized_pnl: '0.00000000',
                realized_pnl: '0.00000000'
            }
        ]
    }
} as const;

export const BacktestComparisonSchema = {
    type: 'object',
    required: [
        'comparisons',
        'best_by_roi',
        'best_by_sharpe',
        'best_by_drawdown',
        'recommendation'
    ],
    additionalProperties: false,
    properties: {
        comparisons: {
            type: 'array',
            description: 'In the order asked.',
            items: {
                type: 'object',
                required: [
                    'session_id',
                    'strategy_label',
                    'status',
                    'roi_pct',
                    'sharpe_ratio',
                    'max_drawdown_pct',
                    'total_trades',
                    'win_rate',
                    'profit_factor'
                ],
                additionalProperties: false,
                properties: {
                    session_id: {
                        $ref: '#/components/schemas/BacktestId'
                    },
                    strategy_label: {
                        type: 'string'
                    },
                    status: {
                        $ref: '#/components/schemas/BacktestStatus'
                    },
                    roi_pct: {
                        oneOf: [
                            {
                                $ref: '#/components/schemas/Pct2'
                            },
                            {
                                type: 'null'
                            }
                        ]
                    },
                    sharpe_ratio: {
                        $ref: '#/components/schemas/NullableRatio'
                    },
                    max_drawdown_pct: {
                        $ref: '#/components/schemas/NullablePercent'
                    },
                    total_trades: {
                        type: 'integer',
                        minimum: 0
                    },
                    win_rate: {
                        $ref: '#/components/schemas/NullablePercent'
                    },
                    profit_factor: {
                        $ref: '#/components/schemas/NullableRatio'
                    }
                }
            }
        },
        best_by_roi: {
            oneOf: [
                {
                    $ref: '#/components/schemas/BacktestId'
                },
                {
                    type: 'null'
                }
            ]
        },
        best_by_sharpe: {
            oneOf: [
                {
                    $ref: '#/components/schemas/BacktestId'
                },
                {
                    type: 'null'
                }
            ]
        },
        best_by_drawdown: {
            oneOf: [
                {
                    $ref: '#/components/schemas/BacktestId'
                },
                {
                    type: 'null'
                }
            ]
        },
        recommendation: {
            oneOf: [
                {
                    $ref: '#/components/schemas/BacktestId'
                },
                {
                    type: 'null'
                }
            ],
            description: '`best_by_sharpe`.'
        }
    },
    example: {
        comparisons: [
            {
                session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
                strategy_label: 'sma-crossover-v2',
                status: 'completed',
                roi_pct: '2.41',
                sharpe_ratio: '1.853210',
                max_drawdown_pct: '3.1000',
                total_trades: 24,
                win_rate: '58.3333',
                profit_factor: '1.620000'
            },
            {
                session_id: '0193a1b3-0000-7000-8000-000000000001',
                strategy_label: 'rsi-revert-v1',
                status: 'completed',
                roi_pct: '-0.80',
                sharpe_ratio: '-0.412000',
                max_drawdown_pct: '4.2000',
                total_trades: 40,
                win_rate: '45.0000',
                profit_factor: '0.880000'
            }
        ],
        best_by_roi: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        best_by_sharpe: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        best_by_drawdown: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        recommendation: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b'
    }
} as const;

export const BacktestBestSchema = {
    type: 'object',
    required: [
        'session_id',
        'strategy_label',
        'metric',
        'value'
    ],
    additionalProperties: false,
    properties: {
        session_id: {
            $ref: '#/components/schemas/BacktestId'
        },
        strategy_label: {
            type: 'string'
        },
        metric: {
            type: 'string',
            enum: [
                'roi_pct',
                'sharpe_ratio',
                'sortino_ratio',
                'max_drawdown_pct',
                'win_rate',
                'profit_factor',
                'total_trades',
                'total_pnl'
            ]
        },
        value: {
            type: 'string',
            description: 'The metric\'s value in its own format.'
        }
    },
    example: {
        session_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
        strategy_label: 'sma-crossover-v2',
        metric: 'sharpe_ratio',
        value: '1.853210'
    }
} as const;

export const AccountModeSchema = {
    type: 'object',
    required: [
        'mode',
        'active_strategy_label',
        'active_backtests',
        'total_backtests_completed'
    ],
    additionalProperties: false,
    properties: {
        mode: {
            type: 'string',
            enum: [
                'live',
                'backtest'
            ]
        },
        active_strategy_label: {
            type: [
                'string',
                'null'
            ]
        },
        active_backtests: {
            type: 'integer',
            minimum: 0,
            description: 'The account\'s sessions that are `created` or `running`.'
        },
        total_backtests_completed: {
            type: 'integer',
            minimum: 0
        }
    },
    example: {
        mode: 'backtest',
        active_strategy_label: 'sma-crossover-v2',
        active_backtests: 1,
        total_backtests_completed: 3
    }
} as const;

export const AccountModeUpdateSchema = {
    type: 'object',
    required: [
        'mode'
    ],
    additionalProperties: false,
    properties: {
        mode: {
            type: 'string',
            enum: [
                'live',
                'backtest'
            ]
        },
        strategy_label: {
            type: 'string',
            minLength: 1,
            maxLength: 100
        }
    },
    example: {
        mode: 'backtest',
        strategy_label: 'sma-crossover-v2'
    }
} as const;

export const BacktestIndicatorValuesSchema = {
    type: 'object',
    required: [
        'symbol',
        'timestamp',
        'candles_used',
        'indicators',
        'virtual_time'
    ],
    additionalProperties: false,
    properties: {
        symbol: {
            type: 'string'
        },
        timestamp: {
            type: 'string',
            format: 'date-time',
            description: 'The virtual time the values were computed at.'
        },
        candles_used: {
            type: 'integer',
            minimum: 1
        },
        indicators: {
            type: 'object',
            description: 'By name; an indicator the window is too short for is left out.',
            propertyNames: {
                $ref: '#/components/schemas/IndicatorName'
            },
            additionalProperties: {
                type: 'string',
                pattern: '^-?\\d+\\.\\d{8}$'
            }
        },
        virtual_time: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        symbol: 'BTCUSDT',
        timestamp: '2026-03-01T01:00:00.000Z',
        candles_used: 60,
        indicators: {
            price: '64356.00000000',
            rsi_14: '61.23456789',
            sma_20: '64120.50000000'
        },
        virtual_time: '2026-03-01T01:00:00.000Z'
    }
} as const;

export const BattleStatusSchema = {
    type: 'string',
    enum: [
        'draft',
        'pending',
        'active',
        'paused',
        'completed',
        'cancelled'
    ],
    description: '`draft` (being configured, no participant), `pending` (has participants, not started),\n`active` (running: live battles take a snapshot every 5 s), `paused` (running, at least one\nparticipant paused), `completed` (stopped and ranked) and `cancelled` (ended early, no\nranking, `fresh` wallets restored).\n'
} as const;

export const BattleModeSchema = {
    type: 'string',
    enum: [
        'live',
        'historical'
    ],
    description: '`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client.'
} as const;

export const BattleParticipantStatusSchema = {
    type: 'string',
    enum: [
        'active',
        'paused',
        'stopped',
        'blown_up'
    ],
    description: '`active` (trading), `paused` (its new orders are rejected), `stopped` (the battle ended), `blown_up` (eliminated from a survival battle).'
} as const;

export const BattleRankingMetricSchema = {
    type: 'string',
    enum: [
        'roi_pct',
        'total_pnl',
        'sharpe_ratio',
        'win_rate',
        'profit_factor'
    ],
    description: 'What the battle is ranked by; higher is better for all five.'
} as const;

export const BattleWalletModeSchema = {
    type: 'string',
    enum: [
        'fresh',
        'existing'
    ],
    description: '`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet.'
} as const;

export const BattleDurationTypeSchema = {
    type: 'string',
    enum: [
        'fixed',
        'unlimited',
        'historical'
    ]
} as const;

export const BattleDecimalSchema = {
    type: 'string',
    pattern: '^[0-9]{1,12}(\\.[0-9]{1,8})?$',
    description: 'A positive decimal string.',
    example: '10000'
} as const;

export const BattlePairListSchema = {
    description: 'Pairs (case-insensitive); `"all"` or `null` for every pair.',
    oneOf: [
        {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: {
                type: 'string',
                pattern: '^[A-Za-z0-9]{2,20}$'
            }
        },
        {
            type: 'string',
            const: 'all'
        },
        {
            type: 'null'
        }
    ]
} as const;

export const BattleConfigInputSchema = {
    type: 'object',
    description: 'Config keys of `POST /battles` (merged over the preset\'s) and of `PUT` (merged over the battle\'s).',
    additionalProperties: false,
    properties: {
        starting_balance: {
            allOf: [
                {
                    $ref: '#/components/schemas/DecimalAmount'
                }
            ],
            description: 'USDT each participant measures from (and trades, `fresh`), 1 to 10,000,000. Default `10000`.'
        },
        wallet_mode: {
            $ref: '#/components/schemas/BattleWalletMode'
        },
        duration_type: {
            $ref: '#/components/schemas/BattleDurationType'
        },
        duration_seconds: {
            type: [
                'integer',
                'null'
            ],
            minimum: 60,
            maximum: 31536000,
            description: '`fixed`: the battle stops itself this long after it starts.'
        },
        duration_minutes: {
            type: 'number',
            exclusiveMinimum: 0,
            description: 'The duration in minutes (converted to `duration_seconds`).'
        },
        duration_hours: {
            type: 'number',
            exclusiveMinimum: 0,
            description: 'The duration in hours (converted to `duration_seconds`).'
        },
        allowed_pairs: {
            $ref: '#/components/schemas/BattlePairList'
        },
        pairs: {
            allOf: [
                {
                    $ref: '#/components/schemas/BattlePairList'
                }
            ],
            description: 'Alias of `allowed_pairs`.'
        },
        candle_interval: {
            description: 'Historical battles\' step, as a label or in seconds.',
            oneOf: [
                {
                    $ref: '#/components/schemas/CandleIntervalLabel'
                },
                {
                    type: 'integer',
                    enum: [
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
        survival: {
            type: 'boolean',
            description: 'Eliminate a participant whose equity falls below 10 % of its battle starting balance.'
        },
        battle_mode: {
            $ref: '#/components/schemas/BattleMode'
        }
    },
    example: {
        starting_balance: '5000',
        wallet_mode: 'fresh',
        duration_hours: 2,
        pairs: [
            'BTCUSDT',
            'ETHUSDT'
        ]
    }
} as const;

export const BattleBacktestConfigInputSchema = {
    type: 'object',
    required: [
        'start_time',
        'end_time'
    ],
    additionalProperties: false,
    properties: {
        start_time: {
            type: 'string',
            format: 'date-time'
        },
        end_time: {
            type: 'string',
            format: 'date-time',
            description: 'After `start_time`.'
        },
        candle_interval: {
            description: 'The step, as a label or in seconds; default the config\'s `candle_interval`, else 60.',
            oneOf: [
                {
                    $ref: '#/components/schemas/CandleIntervalLabel'
                },
                {
                    type: 'integer',
                    enum: [
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
        pairs: {
            type: 'array',
            description: 'Pairs to trade and price; default the config\'s `allowed_pairs`, else every pair with stored history.',
            minItems: 1,
            maxItems: 100,
            items: {
                type: 'string',
                pattern: '^[A-Za-z0-9]{2,20}$'
            }
        }
    },
    example: {
        start_time: '2026-03-01T00:00:00Z',
        end_time: '2026-03-02T00:00:00Z',
        candle_interval: '1m',
        pairs: [
            'BTCUSDT',
            'ETHUSDT'
        ]
    }
} as const;

export const BattleCreateRequestSchema = {
    type: 'object',
    required: [
        'name'
    ],
    additionalProperties: false,
    properties: {
        name: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            pattern: '\\S'
        },
        preset: {
            type: 'string',
            enum: [
                'quick_1h',
                'day_trader',
                'marathon',
                'scalper_duel',
                'survival',
                'historical_day',
                'historical_week',
                'historical_month'
            ],
            description: 'The preset whose config is the base (`GET /battles/presets`).'
        },
        config: {
            $ref: '#/components/schemas/BattleConfigInput'
        },
        ranking_metric: {
            allOf: [
                {
                    $ref: '#/components/schemas/BattleRankingMetric'
                }
            ],
            default: 'roi_pct'
        },
        battle_mode: {
            allOf: [
                {
                    $ref: '#/components/schemas/BattleMode'
                }
            ],
            description: 'Default the preset config\'s, else `live`.'
        },
        backtest_config: {
            $ref: '#/components/schemas/BattleBacktestConfigInput'
        }
    },
    example: {
        name: 'Historical day, BTC and ETH',
        preset: 'historical_day',
        backtest_config: {
            start_time: '2026-03-01T00:00:00Z',
            end_time: '2026-03-02T00:00:00Z',
            pairs: [
                'BTCUSDT',
                'ETHUSDT'
            ]
        },
        ranking_metric: 'sharpe_ratio'
    }
} as const;

export const BattleUpdateRequestSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        name: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            pattern: '\\S'
        },
        config: {
            $ref: '#/components/schemas/BattleConfigInput'
        },
        ranking_metric: {
            $ref: '#/components/schemas/BattleRankingMetric'
        },
        backtest_config: {
            $ref: '#/components/schemas/BattleBacktestConfigInput'
        }
    },
    example: {
        name: 'BTC sprint (2 h)',
        config: {
            duration_hours: 2
        }
    }
} as const;

export const BattleParticipantRequestSchema = {
    type: 'object',
    required: [
        'agent_id'
    ],
    additionalProperties: false,
    properties: {
        agent_id: {
            type: 'string',
            format: 'uuid',
            description: 'One of the account\'s agents.'
        }
    },
    example: {
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f'
    }
} as const;

export const BattleStepBatchRequestSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        steps: {
            type: 'integer',
            minimum: 1,
            maximum: 10000,
            default: 1,
            description: 'Steps to run; fewer when the battle completes first.'
        }
    },
    example: {
        steps: 60
    }
} as const;

export const BattleOrderRequestSchema = {
    type: 'object',
    required: [
        'agent_id',
        'symbol',
        'side',
        'quantity'
    ],
    additionalProperties: false,
    properties: {
        agent_id: {
            type: 'string',
            format: 'uuid',
            description: 'The participant the order is for.'
        },
        symbol: {
            type: 'string',
            pattern: '^[A-Za-z0-9]{2,20}$',
            description: 'One of the battle\'s pairs (case-insensitive).'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        order_type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ],
            default: 'market'
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ],
            description: 'Alias of `order_type`.'
        },
        quantity: {
            $ref: '#/components/schemas/DecimalAmount'
        },
        price: {
            allOf: [
                {
                    $ref: '#/components/schemas/DecimalAmount'
                }
            ],
            description: 'The limit price (`limit`); for `stop_loss` / `take_profit` an alias of `trigger_price`.'
        },
        trigger_price: {
            allOf: [
                {
                    $ref: '#/components/schemas/DecimalAmount'
                }
            ],
            description: 'The trigger of a `stop_loss` / `take_profit`.'
        }
    },
    example: {
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        symbol: 'BTCUSDT',
        side: 'buy',
        order_type: 'limit',
        quantity: '0.01',
        price: '63000.00'
    }
} as const;

export const BattleRematchRequestSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        override_config: {
            $ref: '#/components/schemas/BattleConfigInput'
        },
        agent_ids: {
            type: 'array',
            minItems: 1,
            maxItems: 50,
            uniqueItems: true,
            description: 'The participants; default the source\'s agents.',
            items: {
                type: 'string',
                format: 'uuid'
            }
        }
    },
    example: {
        override_config: {
            starting_balance: '20000'
        },
        agent_ids: [
            '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
            '8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a'
        ]
    }
} as const;

export const BattleConfigSchema = {
    type: 'object',
    description: 'The battle\'s normalised config (durations in seconds, `pairs` folded into `allowed_pairs`).',
    required: [
        'starting_balance',
        'wallet_mode',
        'duration_type',
        'duration_seconds',
        'allowed_pairs'
    ],
    additionalProperties: false,
    properties: {
        starting_balance: {
            $ref: '#/components/schemas/BattleDecimal'
        },
        wallet_mode: {
            $ref: '#/components/schemas/BattleWalletMode'
        },
        duration_type: {
            $ref: '#/components/schemas/BattleDurationType'
        },
        duration_seconds: {
            type: [
                'integer',
                'null'
            ],
            minimum: 60,
            description: '`fixed`: how long the battle runs; null otherwise (historical: informative).'
        },
        allowed_pairs: {
            type: [
                'array',
                'null'
            ],
            description: 'The only pairs participants may trade while the live battle runs; null for every pair.',
            items: {
                type: 'string'
            }
        },
        candle_interval: {
            type: 'integer',
            minimum: 60,
            description: 'Historical presets\' candle interval in seconds.'
        },
        survival: {
            type: 'boolean'
        },
        battle_mode: {
            $ref: '#/components/schemas/BattleMode'
        }
    },
    example: {
        starting_balance: '10000',
        wallet_mode: 'fresh',
        duration_type: 'fixed',
        duration_seconds: 3600,
        allowed_pairs: [
            'BTCUSDT',
            'ETHUSDT'
        ]
    }
} as const;

export const BattleBacktestConfigSchema = {
    type: 'object',
    description: 'The history a historical battle replays.',
    required: [
        'start_time',
        'end_time',
        'candle_interval',
        'pairs'
    ],
    additionalProperties: false,
    properties: {
        start_time: {
            type: 'string',
            format: 'date-time'
        },
        end_time: {
            type: 'string',
            format: 'date-time'
        },
        candle_interval: {
            type: 'integer',
            minimum: 60,
            maximum: 86400,
            description: 'Seconds per step (60, 300, 900, 3600, 14400 or 86400).'
        },
        pairs: {
            type: [
                'array',
                'null'
            ],
            description: 'Null for every pair with stored history.',
            items: {
                type: 'string'
            }
        }
    },
    example: {
        start_time: '2026-03-01T00:00:00.000Z',
        end_time: '2026-03-02T00:00:00.000Z',
        candle_interval: 60,
        pairs: [
            'BTCUSDT',
            'ETHUSDT'
        ]
    }
} as const;

export const BattleParticipantSchema = {
    type: 'object',
    required: [
        'id',
        'battle_id',
        'agent_id',
        'agent_name',
        'status',
        'joined_at',
        'snapshot_balance',
        'starting_balance',
        'final_equity',
        'final_rank',
        'backtest_session_id',
        'blown_up_at'
    ],
    additionalProperties: false,
    properties: {
        id: {
            type: 'string',
            format: 'uuid'
        },
        battle_id: {
            type: 'string',
            format: 'uuid'
        },
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        agent_name: {
            type: 'string'
        },
        status: {
            $ref: '#/components/schemas/BattleParticipantStatus'
        },
        joined_at: {
            type: 'string',
            format: 'date-time'
        },
        snapshot_balance: {
            description: 'The agent\'s own wallet valued in USDT when the battle started; null before.',
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        starting_balance: {
            description: 'What the battle measures the participant from: the battle\'s `starting_balance` (`fresh`, historical) or `snapshot_balance` (`existing`); null before the start.',
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        final_equity: {
            description: 'Equity when the battle completed; null before.',
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        final_rank: {
            type: [
                'integer',
                'null'
            ],
            minimum: 1,
            description: '1 = winner; null before completion.'
        },
        backtest_session_id: {
            type: [
                'string',
                'null'
            ],
            format: 'uuid',
            description: 'Historical battles, from the start, the participant\'s backtest session (readable with `GET /backtest/{session_id}/*`).'
        },
        blown_up_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'When a survival battle eliminated the participant.'
        }
    },
    example: {
        id: '0193b2c4-2000-7000-8000-000000000001',
        battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        agent_name: 'Momentum v2',
        status: 'active',
        joined_at: '2026-03-19T09:00:00.000Z',
        snapshot_balance: '10412.50000000',
        starting_balance: '10000.00000000',
        final_equity: null,
        final_rank: null,
        backtest_session_id: null,
        blown_up_at: null
    }
} as const;

export const BattleSchema = {
    type: 'object',
    required: [
        'id',
        'account_id',
        'name',
        'status',
        'battle_mode',
        'preset',
        'config',
        'ranking_metric',
        'backtest_config',
        'participant_count',
        'participants',
        'winner_agent_id',
        'created_at',
        'updated_at',
        'started_at',
        'ended_at',
        'ends_at'
    ],
    additionalProperties: false,
    properties: {
        id: {
            type: 'string',
            format: 'uuid'
        },
        account_id: {
            type: 'string',
            format: 'uuid'
        },
        name: {
            type: 'string'
        },
        status: {
            $ref: '#/components/schemas/BattleStatus'
        },
        battle_mode: {
            $ref: '#/components/schemas/BattleMode'
        },
        preset: {
            type: [
                'string',
                'null'
            ],
            description: 'The preset it was created from.'
        },
        config: {
            $ref: '#/components/schemas/BattleConfig'
        },
        ranking_metric: {
            $ref: '#/components/schemas/BattleRankingMetric'
        },
        backtest_config: {
            description: 'Historical battles; null for live ones.',
            oneOf: [
                {
                    $ref: '#/components/schemas/BattleBacktestConfig'
                },
                {
                    type: 'null'
                }
            ]
        },
        participant_count: {
            type: 'integer',
            minimum: 0
        },
        participants: {
            type: 'array',
            description: 'In join order.',
            items: {
                $ref: '#/components/schemas/BattleParticipant'
            }
        },
        winner_agent_id: {
            type: [
                'string',
                'null'
            ],
            format: 'uuid',
            description: 'Rank 1, once completed.'
        },
        created_at: {
            type: 'string',
            format: 'date-time'
        },
        updated_at: {
            type: 'string',
            format: 'date-time'
        },
        started_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        ended_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        ends_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'When a running fixed-duration live battle stops itself.'
        }
    },
    example: {
        id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        account_id: '550e8400-e29b-41d4-a716-446655440000',
        name: 'BTC sprint',
        status: 'active',
        battle_mode: 'live',
        preset: 'quick_1h',
        config: {
            starting_balance: '5000',
            wallet_mode: 'fresh',
            duration_type: 'fixed',
            duration_seconds: 3600,
            allowed_pairs: [
                'BTCUSDT',
                'ETHUSDT'
            ]
        },
        ranking_metric: 'roi_pct',
        backtest_config: null,
        participant_count: 2,
        participants: [
            {
                id: '0193b2c4-2000-7000-8000-000000000001',
                battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
                agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
                agent_name: 'Momentum v2',
                status: 'active',
                joined_at: '2026-03-19T09:00:00.000Z',
                snapshot_balance: '10412.50000000',
                starting_balance: '5000.00000000',
                final_equity: null,
                final_rank: null,
                backtest_session_id: null,
                blown_up_at: null
            },
            {
                id: '0193b2c4-2000-7000-8000-000000000002',
                battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
                agent_id: '8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a',
                agent_name: 'Mean reversion',
                status: 'active',
                joined_at: '2026-03-19T09:00:05.000Z',
                snapshot_balance: '9870.00000000',
                starting_balance: '5000.00000000',
                final_equity: null,
                final_rank: null,
                backtest_session_id: null,
                blown_up_at: null
            }
        ],
        winner_agent_id: null,
        created_at: '2026-03-19T08:59:00.000Z',
        updated_at: '2026-03-19T09:01:00.000Z',
        started_at: '2026-03-19T09:01:00.000Z',
        ended_at: null,
        ends_at: '2026-03-19T10:01:00.000Z'
    }
} as const;

export const BattleListSchema = {
    type: 'object',
    required: [
        'battles',
        'total',
        'limit',
        'offset'
    ],
    additionalProperties: false,
    properties: {
        battles: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/Battle'
            }
        },
        total: {
            type: 'integer',
            minimum: 0,
            description: 'Battles that match the filter, over all pages.'
        },
        limit: {
            type: 'integer'
        },
        offset: {
            type: 'integer'
        }
    },
    example: {
        battles: [],
        total: 0,
        limit: 50,
        offset: 0
    }
} as const;

export const BattlePresetSchema = {
    type: 'object',
    required: [
        'key',
        'name',
        'description',
        'duration_type',
        'duration_seconds',
        'starting_balance',
        'allowed_pairs',
        'best_for',
        'wallet_mode',
        'battle_mode',
        'candle_interval',
        'survival'
    ],
    additionalProperties: false,
    properties: {
        key: {
            type: 'string'
        },
        name: {
            type: 'string'
        },
        description: {
            type: 'string'
        },
        duration_type: {
            $ref: '#/components/schemas/BattleDurationType'
        },
        duration_seconds: {
            type: [
                'integer',
                'null'
            ]
        },
        starting_balance: {
            $ref: '#/components/schemas/BattleDecimal'
        },
        allowed_pairs: {
            type: [
                'array',
                'null'
            ],
            description: 'Null for every pair.',
            items: {
                type: 'string'
            }
        },
        best_for: {
            type: 'string'
        },
        wallet_mode: {
            $ref: '#/components/schemas/BattleWalletMode'
        },
        battle_mode: {
            $ref: '#/components/schemas/BattleMode'
        },
        candle_interval: {
            type: [
                'integer',
                'null'
            ],
            description: 'Historical presets\' candle interval in seconds.'
        },
        survival: {
            type: 'boolean'
        }
    }
} as const;

export const BattlePresetListSchema = {
    type: 'array',
    items: {
        $ref: '#/components/schemas/BattlePreset'
    },
    example: [
        {
            key: 'quick_1h',
            name: 'Quick Sprint',
            description: 'A one-hour sprint on every pair.',
            duration_type: 'fixed',
            duration_seconds: 3600,
            starting_balance: '10000',
            allowed_pairs: null,
            best_for: 'Fast strategy comparisons',
            wallet_mode: 'fresh',
            battle_mode: 'live',
            candle_interval: null,
            survival: false
        },
        {
            key: 'historical_day',
            name: 'Historical Day',
            description: 'One day of stored history, stepped minute by minute.',
            duration_type: 'historical',
            duration_seconds: 86400,
            starting_balance: '10000',
            allowed_pairs: null,
            best_for: 'Reproducible head-to-head tests',
            wallet_mode: 'fresh',
            battle_mode: 'historical',
            candle_interval: 60,
            survival: false
        }
    ]
} as const;

export const BattleStandingFieldsSchema = {
    type: 'object',
    description: 'One participant\'s standing: money as 8-decimal strings; `roi_pct`, `win_rate` and\n`max_drawdown_pct` with 2 decimals, `sharpe_ratio` and `profit_factor` with 4 (the backtest\nand battle metric calculator\'s rounding); a metric the data does not define is null.\n',
    required: [
        'rank',
        'agent_id',
        'agent_name',
        'display_name',
        'avatar_url',
        'color',
        'status',
        'starting_balance',
        'current_equity',
        'total_pnl',
        'roi_pct',
        'realized_pnl',
        'unrealized_pnl',
        'trade_count',
        'total_trades',
        'open_positions',
        'win_rate',
        'sharpe_ratio',
        'max_drawdown_pct',
        'profit_factor'
    ],
    properties: {
        rank: {
            type: 'integer',
            minimum: 1
        },
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        agent_name: {
            type: 'string'
        },
        display_name: {
            type: 'string',
            description: 'Same as `agent_name` (the original server\'s name).'
        },
        avatar_url: {
            type: [
                'string',
                'null'
            ]
        },
        color: {
            type: [
                'string',
                'null'
            ]
        },
        status: {
            $ref: '#/components/schemas/BattleParticipantStatus'
        },
        starting_balance: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'What the battle measures the participant from.'
        },
        current_equity: {
            $ref: '#/components/schemas/Money'
        },
        total_pnl: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: '`current_equity` − `starting_balance`.'
        },
        roi_pct: {
            allOf: [
                {
                    $ref: '#/components/schemas/Pct2'
                }
            ],
            description: '`total_pnl` / `starting_balance` × 100.'
        },
        realized_pnl: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: 'Of the fills since the battle started.'
        },
        unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        trade_count: {
            type: 'integer',
            minimum: 0,
            description: 'Fills since the battle started (opening buys included).'
        },
        total_trades: {
            type: 'integer',
            minimum: 0,
            description: 'Same as `trade_count`.'
        },
        open_positions: {
            type: 'integer',
            minimum: 0
        },
        win_rate: {
            type: [
                'string',
                'null'
            ],
            pattern: '^-?[0-9]+\\.[0-9]{2}$',
            description: 'Winning fills ÷ fills with a realized PnL × 100; null without such a fill.'
        },
        sharpe_ratio: {
            type: [
                'string',
                'null'
            ],
            pattern: '^-?[0-9]+\\.[0-9]{4}$',
            description: 'Over the participant\'s equity snapshots; null with fewer than two returns.'
        },
        max_drawdown_pct: {
            type: [
                'string',
                'null'
            ],
            pattern: '^-?[0-9]+\\.[0-9]{2}$',
            description: 'Largest fall from a running peak of the equity snapshots, percent.'
        },
        profit_factor: {
            type: [
                'string',
                'null'
            ],
            pattern: '^-?[0-9]+\\.[0-9]{4}$',
            description: 'Gross profit / gross loss of the fills with a realized PnL; null without a loss.'
        }
    }
} as const;

export const BattleStandingSchema = {
    type: 'object',
    allOf: [
        {
            $ref: '#/components/schemas/BattleStandingFields'
        }
    ],
    unevaluatedProperties: false,
    example: {
        rank: 1,
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        agent_name: 'Momentum v2',
        display_name: 'Momentum v2',
        avatar_url: null,
        color: '#3B82F6',
        status: 'active',
        starting_balance: '5000.00000000',
        current_equity: '5123.40000000',
        total_pnl: '123.40000000',
        roi_pct: '2.47',
        realized_pnl: '80.00000000',
        unrealized_pnl: '43.40000000',
        trade_count: 6,
        total_trades: 6,
        open_positions: 1,
        win_rate: '66.67',
        sharpe_ratio: '3.1416',
        max_drawdown_pct: '0.82',
        profit_factor: '2.5000'
    }
} as const;

export const BattleLiveSchema = {
    type: 'object',
    required: [
        'battle_id',
        'status',
        'battle_mode',
        'ranking_metric',
        'virtual_time',
        'elapsed_seconds',
        'elapsed_minutes',
        'remaining_seconds',
        'remaining_minutes',
        'participants',
        'updated_at'
    ],
    additionalProperties: false,
    properties: {
        battle_id: {
            type: 'string',
            format: 'uuid'
        },
        status: {
            $ref: '#/components/schemas/BattleStatus'
        },
        battle_mode: {
            $ref: '#/components/schemas/BattleMode'
        },
        ranking_metric: {
            $ref: '#/components/schemas/BattleRankingMetric'
        },
        virtual_time: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'Historical battles\' shared clock; null for live battles.'
        },
        elapsed_seconds: {
            type: 'integer',
            minimum: 0
        },
        elapsed_minutes: {
            type: 'integer',
            minimum: 0
        },
        remaining_seconds: {
            type: [
                'integer',
                'null'
            ],
            minimum: 0,
            description: 'Fixed-duration battles; null otherwise.'
        },
        remaining_minutes: {
            type: [
                'integer',
                'null'
            ],
            minimum: 0
        },
        participants: {
            type: 'array',
            description: 'Best first.',
            items: {
                $ref: '#/components/schemas/BattleStanding'
            }
        },
        updated_at: {
            type: 'string',
            format: 'date-time'
        }
    },
    example: {
        battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        status: 'active',
        battle_mode: 'live',
        ranking_metric: 'roi_pct',
        virtual_time: null,
        elapsed_seconds: 1200,
        elapsed_minutes: 20,
        remaining_seconds: 2400,
        remaining_minutes: 40,
        participants: [
            {
                rank: 1,
                agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
                agent_name: 'Momentum v2',
                display_name: 'Momentum v2',
                avatar_url: null,
                color: '#3B82F6',
                status: 'active',
                starting_balance: '5000.00000000',
                current_equity: '5123.40000000',
                total_pnl: '123.40000000',
                roi_pct: '2.47',
                realized_pnl: '80.00000000',
                unrealized_pnl: '43.40000000',
                trade_count: 6,
                total_trades: 6,
                open_positions: 1,
                win_rate: '66.67',
                sharpe_ratio: '3.1416',
                max_drawdown_pct: '0.82',
                profit_factor: '2.5000'
            }
        ],
        updated_at: '2026-03-19T09:21:00.000Z'
    }
} as const;

export const BattleRankingSchema = {
    type: 'object',
    description: 'A participant\'s final standing.',
    allOf: [
        {
            $ref: '#/components/schemas/BattleStandingFields'
        },
        {
            type: 'object',
            required: [
                'final_equity',
                'snapshot_balance',
                'backtest_session_id'
            ],
            properties: {
                final_equity: {
                    $ref: '#/components/schemas/Money'
                },
                snapshot_balance: {
                    description: 'The agent\'s own wallet valued in USDT at the start (live battles).',
                    oneOf: [
                        {
                            $ref: '#/components/schemas/Money'
                        },
                        {
                            type: 'null'
                        }
                    ]
                },
                backtest_session_id: {
                    type: [
                        'string',
                        'null'
                    ],
                    format: 'uuid'
                }
            }
        }
    ],
    unevaluatedProperties: false
} as const;

export const BattleResultsSchema = {
    type: 'object',
    required: [
        'battle_id',
        'name',
        'status',
        'battle_mode',
        'ranking_metric',
        'started_at',
        'ended_at',
        'completed_at',
        'duration_seconds',
        'winner_agent_id',
        'winner_agent_name',
        'rankings',
        'participants'
    ],
    additionalProperties: false,
    properties: {
        battle_id: {
            type: 'string',
            format: 'uuid'
        },
        name: {
            type: 'string'
        },
        status: {
            type: 'string',
            const: 'completed'
        },
        battle_mode: {
            $ref: '#/components/schemas/BattleMode'
        },
        ranking_metric: {
            $ref: '#/components/schemas/BattleRankingMetric'
        },
        started_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        ended_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time'
        },
        completed_at: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'Same as `ended_at` (the docs\' name).'
        },
        duration_seconds: {
            type: 'integer',
            minimum: 0
        },
        winner_agent_id: {
            type: [
                'string',
                'null'
            ],
            format: 'uuid'
        },
        winner_agent_name: {
            type: [
                'string',
                'null'
            ]
        },
        rankings: {
            type: 'array',
            description: 'Best first; rank 1 is the winner.',
            items: {
                $ref: '#/components/schemas/BattleRanking'
            }
        },
        participants: {
            type: 'array',
            description: 'The same list as `rankings` (the original server\'s name).',
            items: {
                $ref: '#/components/schemas/BattleRanking'
            }
        }
    },
    example: {
        battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        name: 'BTC sprint',
        status: 'completed',
        battle_mode: 'live',
        ranking_metric: 'roi_pct',
        started_at: '2026-03-19T09:01:00.000Z',
        ended_at: '2026-03-19T10:01:00.000Z',
        completed_at: '2026-03-19T10:01:00.000Z',
        duration_seconds: 3600,
        winner_agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        winner_agent_name: 'Momentum v2',
        rankings: [
            {
                rank: 1,
                agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
                agent_name: 'Momentum v2',
                display_name: 'Momentum v2',
                avatar_url: null,
                color: '#3B82F6',
                status: 'stopped',
                starting_balance: '5000.00000000',
                current_equity: '5210.00000000',
                total_pnl: '210.00000000',
                roi_pct: '4.20',
                realized_pnl: '210.00000000',
                unrealized_pnl: '0.00000000',
                trade_count: 12,
                total_trades: 12,
                open_positions: 0,
                win_rate: '66.67',
                sharpe_ratio: '2.7183',
                max_drawdown_pct: '1.05',
                profit_factor: null,
                final_equity: '5210.00000000',
                snapshot_balance: '10412.50000000',
                backtest_session_id: null
            }
        ],
        participants: [
            {
                rank: 1,
                agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
                agent_name: 'Momentum v2',
                display_name: 'Momentum v2',
                avatar_url: null,
                color: '#3B82F6',
                status: 'stopped',
                starting_balance: '5000.00000000',
                current_equity: '5210.00000000',
                total_pnl: '210.00000000',
                roi_pct: '4.20',
                realized_pnl: '210.00000000',
                unrealized_pnl: '0.00000000',
                trade_count: 12,
                total_trades: 12,
                open_positions: 0,
                win_rate: '66.67',
                sharpe_ratio: '2.7183',
                max_drawdown_pct: '1.05',
                profit_factor: null,
                final_equity: '5210.00000000',
                snapshot_balance: '10412.50000000',
                backtest_session_id: null
            }
        ]
    }
} as const;

export const BattleReplaySnapshotSchema = {
    type: 'object',
    required: [
        'agent_id',
        'timestamp',
        'virtual_time',
        'equity',
        'unrealized_pnl',
        'realized_pnl',
        'trade_count',
        'open_positions'
    ],
    additionalProperties: false,
    properties: {
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        timestamp: {
            type: 'string',
            format: 'date-time'
        },
        virtual_time: {
            type: [
                'string',
                'null'
            ],
            format: 'date-time',
            description: 'Historical battles; null for live ones.'
        },
        equity: {
            $ref: '#/components/schemas/Money'
        },
        unrealized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        realized_pnl: {
            $ref: '#/components/schemas/Money'
        },
        trade_count: {
            type: 'integer',
            minimum: 0
        },
        open_positions: {
            type: 'integer',
            minimum: 0
        }
    }
} as const;

export const BattleReplaySchema = {
    type: 'object',
    required: [
        'battle_id',
        'battle_mode',
        'snapshots',
        'total',
        'limit',
        'offset'
    ],
    additionalProperties: false,
    properties: {
        battle_id: {
            type: 'string',
            format: 'uuid'
        },
        battle_mode: {
            $ref: '#/components/schemas/BattleMode'
        },
        snapshots: {
            type: 'array',
            description: 'Oldest first, every participant interleaved.',
            items: {
                $ref: '#/components/schemas/BattleReplaySnapshot'
            }
        },
        total: {
            type: 'integer',
            minimum: 0,
            description: 'Snapshots over all pages.'
        },
        limit: {
            type: 'integer'
        },
        offset: {
            type: 'integer'
        }
    },
    example: {
        battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        battle_mode: 'live',
        snapshots: [
            {
                agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
                timestamp: '2026-03-19T09:01:05.000Z',
                virtual_time: null,
                equity: '5001.20000000',
                unrealized_pnl: '1.20000000',
                realized_pnl: '0.00000000',
                trade_count: 1,
                open_positions: 1
            },
            {
                agent_id: '8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a',
                timestamp: '2026-03-19T09:01:05.000Z',
                virtual_time: null,
                equity: '5000.00000000',
                unrealized_pnl: '0.00000000',
                realized_pnl: '0.00000000',
                trade_count: 0,
                open_positions: 0
            }
        ],
        total: 1440,
        limit: 500,
        offset: 0
    }
} as const;

export const BattleStepParticipantSchema = {
    type: 'object',
    required: [
        'agent_id',
        'agent_name',
        'status',
        'equity',
        'pnl',
        'roi_pct',
        'trade_count'
    ],
    additionalProperties: false,
    properties: {
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        agent_name: {
            type: 'string'
        },
        status: {
            $ref: '#/components/schemas/BattleParticipantStatus'
        },
        equity: {
            $ref: '#/components/schemas/Money'
        },
        pnl: {
            allOf: [
                {
                    $ref: '#/components/schemas/Money'
                }
            ],
            description: '`equity` − starting balance.'
        },
        roi_pct: {
            $ref: '#/components/schemas/Pct2'
        },
        trade_count: {
            type: 'integer',
            minimum: 0
        }
    }
} as const;

export const BattleStepSchema = {
    type: 'object',
    required: [
        'battle_id',
        'status',
        'virtual_time',
        'step',
        'total_steps',
        'progress_pct',
        'is_complete',
        'remaining_steps',
        'steps_executed',
        'prices',
        'participants'
    ],
    additionalProperties: false,
    properties: {
        battle_id: {
            type: 'string',
            format: 'uuid'
        },
        status: {
            $ref: '#/components/schemas/BattleStatus'
        },
        virtual_time: {
            type: 'string',
            format: 'date-time',
            description: 'The shared virtual clock after the step.'
        },
        step: {
            type: 'integer',
            minimum: 0
        },
        total_steps: {
            type: 'integer',
            minimum: 1
        },
        progress_pct: {
            $ref: '#/components/schemas/Pct2'
        },
        is_complete: {
            type: 'boolean',
            description: 'True once the last step ran; the battle is then `completed` and ranked.'
        },
        remaining_steps: {
            type: 'integer',
            minimum: 0
        },
        steps_executed: {
            type: 'integer',
            minimum: 0,
            description: 'Steps this call ran.'
        },
        prices: {
            type: 'object',
            description: 'Close of each battle pair at the virtual time.',
            additionalProperties: {
                $ref: '#/components/schemas/Money'
            }
        },
        participants: {
            type: 'array',
            items: {
                $ref: '#/components/schemas/BattleStepParticipant'
            }
        }
    },
    example: {
        battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        status: 'active',
        virtual_time: '2026-03-01T01:00:00.000Z',
        step: 60,
        total_steps: 1440,
        progress_pct: '4.17',
        is_complete: false,
        remaining_steps: 1380,
        steps_executed: 60,
        prices: {
            BTCUSDT: '64356.00000000',
            ETHUSDT: '3410.20000000'
        },
        participants: [
            {
                agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
                agent_name: 'Momentum v2',
                status: 'active',
                equity: '10012.41000000',
                pnl: '12.41000000',
                roi_pct: '0.12',
                trade_count: 1
            },
            {
                agent_id: '8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a',
                agent_name: 'Mean reversion',
                status: 'active',
                equity: '10000.00000000',
                pnl: '0.00000000',
                roi_pct: '0.00',
                trade_count: 0
            }
        ]
    }
} as const;

export const BattleOrderSchema = {
    type: 'object',
    required: [
        'order_id',
        'battle_id',
        'agent_id',
        'status',
        'symbol',
        'side',
        'type',
        'quantity',
        'price',
        'executed_price',
        'executed_qty',
        'fee',
        'realized_pnl',
        'virtual_time'
    ],
    additionalProperties: false,
    properties: {
        order_id: {
            type: 'string',
            format: 'uuid'
        },
        battle_id: {
            type: 'string',
            format: 'uuid'
        },
        agent_id: {
            type: 'string',
            format: 'uuid'
        },
        status: {
            type: 'string',
            enum: [
                'filled',
                'pending'
            ]
        },
        symbol: {
            type: 'string'
        },
        side: {
            type: 'string',
            enum: [
                'buy',
                'sell'
            ]
        },
        type: {
            type: 'string',
            enum: [
                'market',
                'limit',
                'stop_loss',
                'take_profit'
            ]
        },
        quantity: {
            $ref: '#/components/schemas/Money'
        },
        price: {
            description: 'The limit or trigger price; null for a market order.',
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        executed_price: {
            description: 'Null while pending.',
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        executed_qty: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        fee: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        realized_pnl: {
            oneOf: [
                {
                    $ref: '#/components/schemas/Money'
                },
                {
                    type: 'null'
                }
            ]
        },
        virtual_time: {
            type: 'string',
            format: 'date-time',
            description: 'When the order was placed, on the battle\'s clock.'
        }
    },
    example: {
        order_id: '0193b2c4-3000-7000-8000-000000000001',
        battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        agent_id: '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
        status: 'filled',
        symbol: 'BTCUSDT',
        side: 'buy',
        type: 'market',
        quantity: '0.01000000',
        price: null,
        executed_price: '64362.43560000',
        executed_qty: '0.01000000',
        fee: '0.64362436',
        realized_pnl: '0.00000000',
        virtual_time: '2026-03-01T01:00:00.000Z'
    }
} as const;

export const BattlePricesSchema = {
    type: 'object',
    required: [
        'battle_id',
        'virtual_time',
        'prices'
    ],
    additionalProperties: false,
    properties: {
        battle_id: {
            type: 'string',
            format: 'uuid'
        },
        virtual_time: {
            type: 'string',
            format: 'date-time'
        },
        prices: {
            type: 'object',
            description: 'Close of each battle pair\'s latest candle closed at or before the virtual time.',
            additionalProperties: {
                $ref: '#/components/schemas/Money'
            }
        }
    },
    example: {
        battle_id: '0193b2c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f',
        virtual_time: '2026-03-01T01:00:00.000Z',
        prices: {
            BTCUSDT: '64356.00000000',
            ETHUSDT: '3410.20000000'
        }
    }
} as const;
