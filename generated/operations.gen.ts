// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.
import type {
  GetHealthData,
  GetHealthResponses,
  GetHealthErrors,
  GetMetricsData,
  GetMetricsResponses,
  GetMetricsErrors,
  RegisterAccountData,
  RegisterAccountResponses,
  RegisterAccountErrors,
  LoginData,
  LoginResponses,
  LoginErrors,
  UserLoginData,
  UserLoginResponses,
  UserLoginErrors,
  GetAccountInfoData,
  GetAccountInfoResponses,
  GetAccountInfoErrors,
  GetBalanceData,
  GetBalanceResponses,
  GetBalanceErrors,
  UpdateAccountRiskProfileData,
  UpdateAccountRiskProfileResponses,
  UpdateAccountRiskProfileErrors,
  ListAgentsData,
  ListAgentsResponses,
  ListAgentsErrors,
  CreateAgentData,
  CreateAgentResponses,
  CreateAgentErrors,
  GetAgentsOverviewData,
  GetAgentsOverviewResponses,
  GetAgentsOverviewErrors,
  GetAgentData,
  GetAgentResponses,
  GetAgentErrors,
  UpdateAgentData,
  UpdateAgentResponses,
  UpdateAgentErrors,
  DeleteAgentData,
  DeleteAgentResponses,
  DeleteAgentErrors,
  CloneAgentData,
  CloneAgentResponses,
  CloneAgentErrors,
  ResetAgentData,
  ResetAgentResponses,
  ResetAgentErrors,
  ArchiveAgentData,
  ArchiveAgentResponses,
  ArchiveAgentErrors,
  GetAgentApiKeyData,
  GetAgentApiKeyResponses,
  GetAgentApiKeyErrors,
  RegenerateAgentKeyData,
  RegenerateAgentKeyResponses,
  RegenerateAgentKeyErrors,
  GetAgentRiskProfileData,
  GetAgentRiskProfileResponses,
  GetAgentRiskProfileErrors,
  UpdateAgentRiskProfileData,
  UpdateAgentRiskProfileResponses,
  UpdateAgentRiskProfileErrors,
  ListPairsData,
  ListPairsResponses,
  ListPairsErrors,
  GetPriceData,
  GetPriceResponses,
  GetPriceErrors,
  GetPricesData,
  GetPricesResponses,
  GetPricesErrors,
  GetTickerData,
  GetTickerResponses,
  GetTickerErrors,
  GetTickersData,
  GetTickersResponses,
  GetTickersErrors,
  GetCandlesData,
  GetCandlesResponses,
  GetCandlesErrors,
  GetRecentTradesData,
  GetRecentTradesResponses,
  GetRecentTradesErrors,
  GetOrderBookData,
  GetOrderBookResponses,
  GetOrderBookErrors,
  PlaceOrderData,
  PlaceOrderResponses,
  PlaceOrderErrors,
  GetOrderData,
  GetOrderResponses,
  GetOrderErrors,
  CancelOrderData,
  CancelOrderResponses,
  CancelOrderErrors,
  ListOrdersData,
  ListOrdersResponses,
  ListOrdersErrors,
  ListOpenOrdersData,
  ListOpenOrdersResponses,
  ListOpenOrdersErrors,
  CancelOpenOrdersData,
  CancelOpenOrdersResponses,
  CancelOpenOrdersErrors,
  GetTradeHistoryData,
  GetTradeHistoryResponses,
  GetTradeHistoryErrors,
  GetPositionsData,
  GetPositionsResponses,
  GetPositionsErrors,
  GetPortfolioData,
  GetPortfolioResponses,
  GetPortfolioErrors,
  GetPnlData,
  GetPnlResponses,
  GetPnlErrors,
  ResetAccountData,
  ResetAccountResponses,
  ResetAccountErrors,
  GetPerformanceData,
  GetPerformanceResponses,
  GetPerformanceErrors,
  GetPortfolioHistoryData,
  GetPortfolioHistoryResponses,
  GetPortfolioHistoryErrors,
  GetLeaderboardData,
  GetLeaderboardResponses,
  GetLeaderboardErrors,
} from './types.gen.js';

/** Routing facts of every operation in openapi.yaml. */
export const operations = {
  "getHealth": {
    "method": "GET",
    "path": "/health",
    "auth": "none",
    "tier": "exempt",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getMetrics": {
    "method": "GET",
    "path": "/metrics",
    "auth": "none",
    "tier": "exempt",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "registerAccount": {
    "method": "POST",
    "path": "/api/v1/auth/register",
    "auth": "none",
    "tier": "auth_register",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [
      201
    ]
  },
  "login": {
    "method": "POST",
    "path": "/api/v1/auth/login",
    "auth": "none",
    "tier": "auth_login",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [
      200
    ]
  },
  "userLogin": {
    "method": "POST",
    "path": "/api/v1/auth/user-login",
    "auth": "none",
    "tier": "auth_login",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [
      200
    ]
  },
  "getAccountInfo": {
    "method": "GET",
    "path": "/api/v1/account/info",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "getBalance": {
    "method": "GET",
    "path": "/api/v1/account/balance",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "updateAccountRiskProfile": {
    "method": "PUT",
    "path": "/api/v1/account/risk-profile",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": []
  },
  "listAgents": {
    "method": "GET",
    "path": "/api/v1/agents",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "createAgent": {
    "method": "POST",
    "path": "/api/v1/agents",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [
      201
    ]
  },
  "getAgentsOverview": {
    "method": "GET",
    "path": "/api/v1/agents/overview",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getAgent": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "updateAgent": {
    "method": "PUT",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": []
  },
  "deleteAgent": {
    "method": "DELETE",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "cloneAgent": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/clone",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [
      201
    ]
  },
  "resetAgent": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/reset",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "archiveAgent": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/archive",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getAgentApiKey": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}/api-key",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [
      200
    ]
  },
  "regenerateAgentKey": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/regenerate-key",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [
      200
    ]
  },
  "getAgentRiskProfile": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}/risk-profile",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "updateAgentRiskProfile": {
    "method": "PUT",
    "path": "/api/v1/agents/{agent_id}/risk-profile",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": []
  },
  "listPairs": {
    "method": "GET",
    "path": "/api/v1/market/pairs",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getPrice": {
    "method": "GET",
    "path": "/api/v1/market/price/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getPrices": {
    "method": "GET",
    "path": "/api/v1/market/prices",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getTicker": {
    "method": "GET",
    "path": "/api/v1/market/ticker/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getTickers": {
    "method": "GET",
    "path": "/api/v1/market/tickers",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getCandles": {
    "method": "GET",
    "path": "/api/v1/market/candles/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getRecentTrades": {
    "method": "GET",
    "path": "/api/v1/market/trades/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "getOrderBook": {
    "method": "GET",
    "path": "/api/v1/market/orderbook/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  },
  "placeOrder": {
    "method": "POST",
    "path": "/api/v1/trade/order",
    "auth": "any",
    "tier": "orders",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": []
  },
  "getOrder": {
    "method": "GET",
    "path": "/api/v1/trade/order/{order_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "cancelOrder": {
    "method": "DELETE",
    "path": "/api/v1/trade/order/{order_id}",
    "auth": "any",
    "tier": "orders",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "listOrders": {
    "method": "GET",
    "path": "/api/v1/trade/orders",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "listOpenOrders": {
    "method": "GET",
    "path": "/api/v1/trade/orders/open",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "cancelOpenOrders": {
    "method": "DELETE",
    "path": "/api/v1/trade/orders/open",
    "auth": "any",
    "tier": "orders",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "getTradeHistory": {
    "method": "GET",
    "path": "/api/v1/trade/history",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "getPositions": {
    "method": "GET",
    "path": "/api/v1/account/positions",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "getPortfolio": {
    "method": "GET",
    "path": "/api/v1/account/portfolio",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "getPnl": {
    "method": "GET",
    "path": "/api/v1/account/pnl",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "resetAccount": {
    "method": "POST",
    "path": "/api/v1/account/reset",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": []
  },
  "getPerformance": {
    "method": "GET",
    "path": "/api/v1/analytics/performance",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "getPortfolioHistory": {
    "method": "GET",
    "path": "/api/v1/analytics/portfolio/history",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": []
  },
  "getLeaderboard": {
    "method": "GET",
    "path": "/api/v1/analytics/leaderboard",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": []
  }
} as const;

export type OperationId = keyof typeof operations;

/** The hey-api request and response types of every operation. */
export interface OperationTypes {
  getHealth: { data: GetHealthData; responses: GetHealthResponses; errors: GetHealthErrors };
  getMetrics: { data: GetMetricsData; responses: GetMetricsResponses; errors: GetMetricsErrors };
  registerAccount: { data: RegisterAccountData; responses: RegisterAccountResponses; errors: RegisterAccountErrors };
  login: { data: LoginData; responses: LoginResponses; errors: LoginErrors };
  userLogin: { data: UserLoginData; responses: UserLoginResponses; errors: UserLoginErrors };
  getAccountInfo: { data: GetAccountInfoData; responses: GetAccountInfoResponses; errors: GetAccountInfoErrors };
  getBalance: { data: GetBalanceData; responses: GetBalanceResponses; errors: GetBalanceErrors };
  updateAccountRiskProfile: { data: UpdateAccountRiskProfileData; responses: UpdateAccountRiskProfileResponses; errors: UpdateAccountRiskProfileErrors };
  listAgents: { data: ListAgentsData; responses: ListAgentsResponses; errors: ListAgentsErrors };
  createAgent: { data: CreateAgentData; responses: CreateAgentResponses; errors: CreateAgentErrors };
  getAgentsOverview: { data: GetAgentsOverviewData; responses: GetAgentsOverviewResponses; errors: GetAgentsOverviewErrors };
  getAgent: { data: GetAgentData; responses: GetAgentResponses; errors: GetAgentErrors };
  updateAgent: { data: UpdateAgentData; responses: UpdateAgentResponses; errors: UpdateAgentErrors };
  deleteAgent: { data: DeleteAgentData; responses: DeleteAgentResponses; errors: DeleteAgentErrors };
  cloneAgent: { data: CloneAgentData; responses: CloneAgentResponses; errors: CloneAgentErrors };
  resetAgent: { data: ResetAgentData; responses: ResetAgentResponses; errors: ResetAgentErrors };
  archiveAgent: { data: ArchiveAgentData; responses: ArchiveAgentResponses; errors: ArchiveAgentErrors };
  getAgentApiKey: { data: GetAgentApiKeyData; responses: GetAgentApiKeyResponses; errors: GetAgentApiKeyErrors };
  regenerateAgentKey: { data: RegenerateAgentKeyData; responses: RegenerateAgentKeyResponses; errors: RegenerateAgentKeyErrors };
  getAgentRiskProfile: { data: GetAgentRiskProfileData; responses: GetAgentRiskProfileResponses; errors: GetAgentRiskProfileErrors };
  updateAgentRiskProfile: { data: UpdateAgentRiskProfileData; responses: UpdateAgentRiskProfileResponses; errors: UpdateAgentRiskProfileErrors };
  listPairs: { data: ListPairsData; responses: ListPairsResponses; errors: ListPairsErrors };
  getPrice: { data: GetPriceData; responses: GetPriceResponses; errors: GetPriceErrors };
  getPrices: { data: GetPricesData; responses: GetPricesResponses; errors: GetPricesErrors };
  getTicker: { data: GetTickerData; responses: GetTickerResponses; errors: GetTickerErrors };
  getTickers: { data: GetTickersData; responses: GetTickersResponses; errors: GetTickersErrors };
  getCandles: { data: GetCandlesData; responses: GetCandlesResponses; errors: GetCandlesErrors };
  getRecentTrades: { data: GetRecentTradesData; responses: GetRecentTradesResponses; errors: GetRecentTradesErrors };
  getOrderBook: { data: GetOrderBookData; responses: GetOrderBookResponses; errors: GetOrderBookErrors };
  placeOrder: { data: PlaceOrderData; responses: PlaceOrderResponses; errors: PlaceOrderErrors };
  getOrder: { data: GetOrderData; responses: GetOrderResponses; errors: GetOrderErrors };
  cancelOrder: { data: CancelOrderData; responses: CancelOrderResponses; errors: CancelOrderErrors };
  listOrders: { data: ListOrdersData; responses: ListOrdersResponses; errors: ListOrdersErrors };
  listOpenOrders: { data: ListOpenOrdersData; responses: ListOpenOrdersResponses; errors: ListOpenOrdersErrors };
  cancelOpenOrders: { data: CancelOpenOrdersData; responses: CancelOpenOrdersResponses; errors: CancelOpenOrdersErrors };
  getTradeHistory: { data: GetTradeHistoryData; responses: GetTradeHistoryResponses; errors: GetTradeHistoryErrors };
  getPositions: { data: GetPositionsData; responses: GetPositionsResponses; errors: GetPositionsErrors };
  getPortfolio: { data: GetPortfolioData; responses: GetPortfolioResponses; errors: GetPortfolioErrors };
  getPnl: { data: GetPnlData; responses: GetPnlResponses; errors: GetPnlErrors };
  resetAccount: { data: ResetAccountData; responses: ResetAccountResponses; errors: ResetAccountErrors };
  getPerformance: { data: GetPerformanceData; responses: GetPerformanceResponses; errors: GetPerformanceErrors };
  getPortfolioHistory: { data: GetPortfolioHistoryData; responses: GetPortfolioHistoryResponses; errors: GetPortfolioHistoryErrors };
  getLeaderboard: { data: GetLeaderboardData; responses: GetLeaderboardResponses; errors: GetLeaderboardErrors };
}
