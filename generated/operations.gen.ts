// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.
import type {
  GetHealthData,
  GetHealthResponses,
  GetHealthErrors,
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
    "agentScoped": false
  },
  "registerAccount": {
    "method": "POST",
    "path": "/api/v1/auth/register",
    "auth": "none",
    "tier": "auth_register",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false
  },
  "login": {
    "method": "POST",
    "path": "/api/v1/auth/login",
    "auth": "none",
    "tier": "auth_login",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false
  },
  "userLogin": {
    "method": "POST",
    "path": "/api/v1/auth/user-login",
    "auth": "none",
    "tier": "auth_login",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false
  },
  "getAccountInfo": {
    "method": "GET",
    "path": "/api/v1/account/info",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "getBalance": {
    "method": "GET",
    "path": "/api/v1/account/balance",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "updateAccountRiskProfile": {
    "method": "PUT",
    "path": "/api/v1/account/risk-profile",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true
  },
  "listAgents": {
    "method": "GET",
    "path": "/api/v1/agents",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "createAgent": {
    "method": "POST",
    "path": "/api/v1/agents",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false
  },
  "getAgentsOverview": {
    "method": "GET",
    "path": "/api/v1/agents/overview",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getAgent": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "updateAgent": {
    "method": "PUT",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false
  },
  "deleteAgent": {
    "method": "DELETE",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "cloneAgent": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/clone",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "resetAgent": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/reset",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "archiveAgent": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/archive",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getAgentApiKey": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}/api-key",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "regenerateAgentKey": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/regenerate-key",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getAgentRiskProfile": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}/risk-profile",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "updateAgentRiskProfile": {
    "method": "PUT",
    "path": "/api/v1/agents/{agent_id}/risk-profile",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false
  },
  "listPairs": {
    "method": "GET",
    "path": "/api/v1/market/pairs",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getPrice": {
    "method": "GET",
    "path": "/api/v1/market/price/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getPrices": {
    "method": "GET",
    "path": "/api/v1/market/prices",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getTicker": {
    "method": "GET",
    "path": "/api/v1/market/ticker/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getTickers": {
    "method": "GET",
    "path": "/api/v1/market/tickers",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getCandles": {
    "method": "GET",
    "path": "/api/v1/market/candles/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getRecentTrades": {
    "method": "GET",
    "path": "/api/v1/market/trades/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "getOrderBook": {
    "method": "GET",
    "path": "/api/v1/market/orderbook/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  },
  "placeOrder": {
    "method": "POST",
    "path": "/api/v1/trade/order",
    "auth": "any",
    "tier": "orders",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true
  },
  "getOrder": {
    "method": "GET",
    "path": "/api/v1/trade/order/{order_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "cancelOrder": {
    "method": "DELETE",
    "path": "/api/v1/trade/order/{order_id}",
    "auth": "any",
    "tier": "orders",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "listOrders": {
    "method": "GET",
    "path": "/api/v1/trade/orders",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "listOpenOrders": {
    "method": "GET",
    "path": "/api/v1/trade/orders/open",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "cancelOpenOrders": {
    "method": "DELETE",
    "path": "/api/v1/trade/orders/open",
    "auth": "any",
    "tier": "orders",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "getTradeHistory": {
    "method": "GET",
    "path": "/api/v1/trade/history",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "getPositions": {
    "method": "GET",
    "path": "/api/v1/account/positions",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "getPortfolio": {
    "method": "GET",
    "path": "/api/v1/account/portfolio",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "getPnl": {
    "method": "GET",
    "path": "/api/v1/account/pnl",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "resetAccount": {
    "method": "POST",
    "path": "/api/v1/account/reset",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true
  },
  "getPerformance": {
    "method": "GET",
    "path": "/api/v1/analytics/performance",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "getPortfolioHistory": {
    "method": "GET",
    "path": "/api/v1/analytics/portfolio/history",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true
  },
  "getLeaderboard": {
    "method": "GET",
    "path": "/api/v1/analytics/leaderboard",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false
  }
} as const;

export type OperationId = keyof typeof operations;

/** The hey-api request and response types of every operation. */
export interface OperationTypes {
  getHealth: { data: GetHealthData; responses: GetHealthResponses; errors: GetHealthErrors };
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
