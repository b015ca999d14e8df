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
  GetDataRangeData,
  GetDataRangeResponses,
  GetDataRangeErrors,
  ListIndicatorsData,
  ListIndicatorsResponses,
  ListIndicatorsErrors,
  GetIndicatorsData,
  GetIndicatorsResponses,
  GetIndicatorsErrors,
  ComputeDeflatedSharpeData,
  ComputeDeflatedSharpeResponses,
  ComputeDeflatedSharpeErrors,
  PlaceOrderData,
  PlaceOrderResponses,
  PlaceOrderErrors,
  GetOrderData,
  GetOrderResponses,
  GetOrderErrors,
  CancelOrderData,
  CancelOrderResponses,
  CancelOrderErrors,
  PlaceOcoOrderData,
  PlaceOcoOrderResponses,
  PlaceOcoOrderErrors,
  CancelOcoOrderData,
  CancelOcoOrderResponses,
  CancelOcoOrderErrors,
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
  CreateBacktestData,
  CreateBacktestResponses,
  CreateBacktestErrors,
  ListBacktestsData,
  ListBacktestsResponses,
  ListBacktestsErrors,
  CompareBacktestsData,
  CompareBacktestsResponses,
  CompareBacktestsErrors,
  GetBestBacktestData,
  GetBestBacktestResponses,
  GetBestBacktestErrors,
  StartBacktestData,
  StartBacktestResponses,
  StartBacktestErrors,
  StepBacktestData,
  StepBacktestResponses,
  StepBacktestErrors,
  StepBacktestBatchData,
  StepBacktestBatchResponses,
  StepBacktestBatchErrors,
  StepBacktestBatchFastData,
  StepBacktestBatchFastResponses,
  StepBacktestBatchFastErrors,
  CancelBacktestData,
  CancelBacktestResponses,
  CancelBacktestErrors,
  GetBacktestStatusData,
  GetBacktestStatusResponses,
  GetBacktestStatusErrors,
  PlaceBacktestOrderData,
  PlaceBacktestOrderResponses,
  PlaceBacktestOrderErrors,
  PlaceBacktestOcoOrderData,
  PlaceBacktestOcoOrderResponses,
  PlaceBacktestOcoOrderErrors,
  ListBacktestOrdersData,
  ListBacktestOrdersResponses,
  ListBacktestOrdersErrors,
  ListBacktestOpenOrdersData,
  ListBacktestOpenOrdersResponses,
  ListBacktestOpenOrdersErrors,
  CancelBacktestOrderData,
  CancelBacktestOrderResponses,
  CancelBacktestOrderErrors,
  GetBacktestTradeHistoryData,
  GetBacktestTradeHistoryResponses,
  GetBacktestTradeHistoryErrors,
  GetBacktestPriceData,
  GetBacktestPriceResponses,
  GetBacktestPriceErrors,
  GetBacktestPricesData,
  GetBacktestPricesResponses,
  GetBacktestPricesErrors,
  GetBacktestTickerData,
  GetBacktestTickerResponses,
  GetBacktestTickerErrors,
  GetBacktestCandlesData,
  GetBacktestCandlesResponses,
  GetBacktestCandlesErrors,
  GetBacktestIndicatorsData,
  GetBacktestIndicatorsResponses,
  GetBacktestIndicatorsErrors,
  GetBacktestBalanceData,
  GetBacktestBalanceResponses,
  GetBacktestBalanceErrors,
  GetBacktestPositionsData,
  GetBacktestPositionsResponses,
  GetBacktestPositionsErrors,
  GetBacktestPortfolioData,
  GetBacktestPortfolioResponses,
  GetBacktestPortfolioErrors,
  GetBacktestResultsData,
  GetBacktestResultsResponses,
  GetBacktestResultsErrors,
  GetBacktestEquityCurveData,
  GetBacktestEquityCurveResponses,
  GetBacktestEquityCurveErrors,
  GetBacktestTradesData,
  GetBacktestTradesResponses,
  GetBacktestTradesErrors,
  GetAccountModeData,
  GetAccountModeResponses,
  GetAccountModeErrors,
  SetAccountModeData,
  SetAccountModeResponses,
  SetAccountModeErrors,
  ListBattlesData,
  ListBattlesResponses,
  ListBattlesErrors,
  CreateBattleData,
  CreateBattleResponses,
  CreateBattleErrors,
  ListBattlePresetsData,
  ListBattlePresetsResponses,
  ListBattlePresetsErrors,
  GetBattleData,
  GetBattleResponses,
  GetBattleErrors,
  UpdateBattleData,
  UpdateBattleResponses,
  UpdateBattleErrors,
  DeleteBattleData,
  DeleteBattleResponses,
  DeleteBattleErrors,
  AddBattleParticipantData,
  AddBattleParticipantResponses,
  AddBattleParticipantErrors,
  RemoveBattleParticipantData,
  RemoveBattleParticipantResponses,
  RemoveBattleParticipantErrors,
  StartBattleData,
  StartBattleResponses,
  StartBattleErrors,
  PauseBattleParticipantData,
  PauseBattleParticipantResponses,
  PauseBattleParticipantErrors,
  ResumeBattleParticipantData,
  ResumeBattleParticipantResponses,
  ResumeBattleParticipantErrors,
  StopBattleData,
  StopBattleResponses,
  StopBattleErrors,
  GetBattleLiveData,
  GetBattleLiveResponses,
  GetBattleLiveErrors,
  GetBattleResultsData,
  GetBattleResultsResponses,
  GetBattleResultsErrors,
  GetBattleReplayData,
  GetBattleReplayResponses,
  GetBattleReplayErrors,
  RematchBattleData,
  RematchBattleResponses,
  RematchBattleErrors,
  StepBattleData,
  StepBattleResponses,
  StepBattleErrors,
  StepBattleBatchData,
  StepBattleBatchResponses,
  StepBattleBatchErrors,
  PlaceBattleOrderData,
  PlaceBattleOrderResponses,
  PlaceBattleOrderErrors,
  GetBattlePricesData,
  GetBattlePricesResponses,
  GetBattlePricesErrors,
  ListTrainingRunsData,
  ListTrainingRunsResponses,
  ListTrainingRunsErrors,
  RegisterTrainingRunData,
  RegisterTrainingRunResponses,
  RegisterTrainingRunErrors,
  GetTrainingRunData,
  GetTrainingRunResponses,
  GetTrainingRunErrors,
  ReportTrainingEpisodeData,
  ReportTrainingEpisodeResponses,
  ReportTrainingEpisodeErrors,
  CompleteTrainingRunData,
  CompleteTrainingRunResponses,
  CompleteTrainingRunErrors,
  GetTrainingLearningCurveData,
  GetTrainingLearningCurveResponses,
  GetTrainingLearningCurveErrors,
  CompareTrainingRunsData,
  CompareTrainingRunsResponses,
  CompareTrainingRunsErrors,
  GetAgentSkillData,
  GetAgentSkillResponses,
  GetAgentSkillErrors,
  ListWebhooksData,
  ListWebhooksResponses,
  ListWebhooksErrors,
  CreateWebhookData,
  CreateWebhookResponses,
  CreateWebhookErrors,
  GetWebhookData,
  GetWebhookResponses,
  GetWebhookErrors,
  UpdateWebhookData,
  UpdateWebhookResponses,
  UpdateWebhookErrors,
  DeleteWebhookData,
  DeleteWebhookResponses,
  DeleteWebhookErrors,
  TestWebhookData,
  TestWebhookResponses,
  TestWebhookErrors,
  ListWebhookDeliveriesData,
  ListWebhookDeliveriesResponses,
  ListWebhookDeliveriesErrors,
  ListStrategiesData,
  ListStrategiesResponses,
  ListStrategiesErrors,
  CreateStrategyData,
  CreateStrategyResponses,
  CreateStrategyErrors,
  CompareStrategiesData,
  CompareStrategiesResponses,
  CompareStrategiesErrors,
  GetStrategyData,
  GetStrategyResponses,
  GetStrategyErrors,
  UpdateStrategyData,
  UpdateStrategyResponses,
  UpdateStrategyErrors,
  ArchiveStrategyData,
  ArchiveStrategyResponses,
  ArchiveStrategyErrors,
  ListStrategyVersionsData,
  ListStrategyVersionsResponses,
  ListStrategyVersionsErrors,
  CreateStrategyVersionData,
  CreateStrategyVersionResponses,
  CreateStrategyVersionErrors,
  GetStrategyVersionData,
  GetStrategyVersionResponses,
  GetStrategyVersionErrors,
  DeployStrategyData,
  DeployStrategyResponses,
  DeployStrategyErrors,
  UndeployStrategyData,
  UndeployStrategyResponses,
  UndeployStrategyErrors,
  RunStrategyTestData,
  RunStrategyTestResponses,
  RunStrategyTestErrors,
  ListStrategyTestsData,
  ListStrategyTestsResponses,
  ListStrategyTestsErrors,
  GetStrategyTestData,
  GetStrategyTestResponses,
  GetStrategyTestErrors,
  CancelStrategyTestData,
  CancelStrategyTestResponses,
  CancelStrategyTestErrors,
  GetStrategyTestResultsData,
  GetStrategyTestResultsResponses,
  GetStrategyTestResultsErrors,
  CompareStrategyVersionsData,
  CompareStrategyVersionsResponses,
  CompareStrategyVersionsErrors,
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
    "noStore": [],
    "accountWrite": false
  },
  "getMetrics": {
    "method": "GET",
    "path": "/metrics",
    "auth": "none",
    "tier": "exempt",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
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
    ],
    "accountWrite": false
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
    ],
    "accountWrite": false
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
    ],
    "accountWrite": false
  },
  "getAccountInfo": {
    "method": "GET",
    "path": "/api/v1/account/info",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getBalance": {
    "method": "GET",
    "path": "/api/v1/account/balance",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "updateAccountRiskProfile": {
    "method": "PUT",
    "path": "/api/v1/account/risk-profile",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "listAgents": {
    "method": "GET",
    "path": "/api/v1/agents",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
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
    ],
    "accountWrite": false
  },
  "getAgentsOverview": {
    "method": "GET",
    "path": "/api/v1/agents/overview",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getAgent": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "updateAgent": {
    "method": "PUT",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "deleteAgent": {
    "method": "DELETE",
    "path": "/api/v1/agents/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
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
    ],
    "accountWrite": false
  },
  "resetAgent": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/reset",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "archiveAgent": {
    "method": "POST",
    "path": "/api/v1/agents/{agent_id}/archive",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
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
    ],
    "accountWrite": false
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
    ],
    "accountWrite": false
  },
  "getAgentRiskProfile": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}/risk-profile",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "updateAgentRiskProfile": {
    "method": "PUT",
    "path": "/api/v1/agents/{agent_id}/risk-profile",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listPairs": {
    "method": "GET",
    "path": "/api/v1/market/pairs",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getPrice": {
    "method": "GET",
    "path": "/api/v1/market/price/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getPrices": {
    "method": "GET",
    "path": "/api/v1/market/prices",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getTicker": {
    "method": "GET",
    "path": "/api/v1/market/ticker/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getTickers": {
    "method": "GET",
    "path": "/api/v1/market/tickers",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getCandles": {
    "method": "GET",
    "path": "/api/v1/market/candles/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getRecentTrades": {
    "method": "GET",
    "path": "/api/v1/market/trades/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getOrderBook": {
    "method": "GET",
    "path": "/api/v1/market/orderbook/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getDataRange": {
    "method": "GET",
    "path": "/api/v1/market/data-range",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listIndicators": {
    "method": "GET",
    "path": "/api/v1/market/indicators/available",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getIndicators": {
    "method": "GET",
    "path": "/api/v1/market/indicators/{symbol}",
    "auth": "optional",
    "tier": "market_data",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "computeDeflatedSharpe": {
    "method": "POST",
    "path": "/api/v1/metrics/deflated-sharpe",
    "auth": "optional",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "placeOrder": {
    "method": "POST",
    "path": "/api/v1/trade/order",
    "auth": "any",
    "tier": "orders",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getOrder": {
    "method": "GET",
    "path": "/api/v1/trade/order/{order_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "cancelOrder": {
    "method": "DELETE",
    "path": "/api/v1/trade/order/{order_id}",
    "auth": "any",
    "tier": "orders",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "placeOcoOrder": {
    "method": "POST",
    "path": "/api/v1/trade/oco",
    "auth": "any",
    "tier": "orders",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "cancelOcoOrder": {
    "method": "DELETE",
    "path": "/api/v1/trade/oco/{group_id}",
    "auth": "any",
    "tier": "orders",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "listOrders": {
    "method": "GET",
    "path": "/api/v1/trade/orders",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "listOpenOrders": {
    "method": "GET",
    "path": "/api/v1/trade/orders/open",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "cancelOpenOrders": {
    "method": "DELETE",
    "path": "/api/v1/trade/orders/open",
    "auth": "any",
    "tier": "orders",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getTradeHistory": {
    "method": "GET",
    "path": "/api/v1/trade/history",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getPositions": {
    "method": "GET",
    "path": "/api/v1/account/positions",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getPortfolio": {
    "method": "GET",
    "path": "/api/v1/account/portfolio",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getPnl": {
    "method": "GET",
    "path": "/api/v1/account/pnl",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "resetAccount": {
    "method": "POST",
    "path": "/api/v1/account/reset",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getPerformance": {
    "method": "GET",
    "path": "/api/v1/analytics/performance",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getPortfolioHistory": {
    "method": "GET",
    "path": "/api/v1/analytics/portfolio/history",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "getLeaderboard": {
    "method": "GET",
    "path": "/api/v1/analytics/leaderboard",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "createBacktest": {
    "method": "POST",
    "path": "/api/v1/backtest/create",
    "auth": "any",
    "tier": "backtest",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": false
  },
  "listBacktests": {
    "method": "GET",
    "path": "/api/v1/backtest/list",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "compareBacktests": {
    "method": "GET",
    "path": "/api/v1/backtest/compare",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBestBacktest": {
    "method": "GET",
    "path": "/api/v1/backtest/best",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "startBacktest": {
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/start",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "stepBacktest": {
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/step",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "stepBacktestBatch": {
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/step/batch",
    "auth": "any",
    "tier": "backtest",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "stepBacktestBatchFast": {
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/step/batch/fast",
    "auth": "any",
    "tier": "backtest",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "cancelBacktest": {
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/cancel",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestStatus": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/status",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "placeBacktestOrder": {
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/trade/order",
    "auth": "any",
    "tier": "backtest",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "placeBacktestOcoOrder": {
    "method": "POST",
    "path": "/api/v1/backtest/{session_id}/trade/oco",
    "auth": "any",
    "tier": "backtest",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listBacktestOrders": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/trade/orders",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listBacktestOpenOrders": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/trade/orders/open",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "cancelBacktestOrder": {
    "method": "DELETE",
    "path": "/api/v1/backtest/{session_id}/trade/order/{order_id}",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestTradeHistory": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/trade/history",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestPrice": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/price/{symbol}",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestPrices": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/prices",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestTicker": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/ticker/{symbol}",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestCandles": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/candles/{symbol}",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestIndicators": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/market/indicators/{symbol}",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestBalance": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/account/balance",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestPositions": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/account/positions",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestPortfolio": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/account/portfolio",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestResults": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/results",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestEquityCurve": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/results/equity-curve",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBacktestTrades": {
    "method": "GET",
    "path": "/api/v1/backtest/{session_id}/results/trades",
    "auth": "any",
    "tier": "backtest",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getAccountMode": {
    "method": "GET",
    "path": "/api/v1/account/mode",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "setAccountMode": {
    "method": "POST",
    "path": "/api/v1/account/mode",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listBattles": {
    "method": "GET",
    "path": "/api/v1/battles",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "createBattle": {
    "method": "POST",
    "path": "/api/v1/battles",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listBattlePresets": {
    "method": "GET",
    "path": "/api/v1/battles/presets",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBattle": {
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "updateBattle": {
    "method": "PUT",
    "path": "/api/v1/battles/{battle_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "deleteBattle": {
    "method": "DELETE",
    "path": "/api/v1/battles/{battle_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "addBattleParticipant": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/participants",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "removeBattleParticipant": {
    "method": "DELETE",
    "path": "/api/v1/battles/{battle_id}/participants/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "startBattle": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/start",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "pauseBattleParticipant": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/pause/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "resumeBattleParticipant": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/resume/{agent_id}",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "stopBattle": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/stop",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBattleLive": {
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}/live",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBattleResults": {
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}/results",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBattleReplay": {
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}/replay",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "rematchBattle": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/replay",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "stepBattle": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/step",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "stepBattleBatch": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/step/batch",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "placeBattleOrder": {
    "method": "POST",
    "path": "/api/v1/battles/{battle_id}/trade/order",
    "auth": "jwt",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getBattlePrices": {
    "method": "GET",
    "path": "/api/v1/battles/{battle_id}/market/prices",
    "auth": "jwt",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listTrainingRuns": {
    "method": "GET",
    "path": "/api/v1/training/runs",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "registerTrainingRun": {
    "method": "POST",
    "path": "/api/v1/training/runs",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "getTrainingRun": {
    "method": "GET",
    "path": "/api/v1/training/runs/{run_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "reportTrainingEpisode": {
    "method": "POST",
    "path": "/api/v1/training/runs/{run_id}/episodes",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "completeTrainingRun": {
    "method": "POST",
    "path": "/api/v1/training/runs/{run_id}/complete",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "getTrainingLearningCurve": {
    "method": "GET",
    "path": "/api/v1/training/runs/{run_id}/learning-curve",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "compareTrainingRuns": {
    "method": "GET",
    "path": "/api/v1/training/compare",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getAgentSkill": {
    "method": "GET",
    "path": "/api/v1/agents/{agent_id}/skill.md",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listWebhooks": {
    "method": "GET",
    "path": "/api/v1/webhooks",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "createWebhook": {
    "method": "POST",
    "path": "/api/v1/webhooks",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "getWebhook": {
    "method": "GET",
    "path": "/api/v1/webhooks/{webhook_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "updateWebhook": {
    "method": "PUT",
    "path": "/api/v1/webhooks/{webhook_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "deleteWebhook": {
    "method": "DELETE",
    "path": "/api/v1/webhooks/{webhook_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "testWebhook": {
    "method": "POST",
    "path": "/api/v1/webhooks/{webhook_id}/test",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "listWebhookDeliveries": {
    "method": "GET",
    "path": "/api/v1/webhooks/{webhook_id}/deliveries",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "listStrategies": {
    "method": "GET",
    "path": "/api/v1/strategies",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "createStrategy": {
    "method": "POST",
    "path": "/api/v1/strategies",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "compareStrategies": {
    "method": "POST",
    "path": "/api/v1/strategies/compare",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getStrategy": {
    "method": "GET",
    "path": "/api/v1/strategies/{strategy_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "updateStrategy": {
    "method": "PUT",
    "path": "/api/v1/strategies/{strategy_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "archiveStrategy": {
    "method": "DELETE",
    "path": "/api/v1/strategies/{strategy_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "listStrategyVersions": {
    "method": "GET",
    "path": "/api/v1/strategies/{strategy_id}/versions",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "createStrategyVersion": {
    "method": "POST",
    "path": "/api/v1/strategies/{strategy_id}/versions",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "getStrategyVersion": {
    "method": "GET",
    "path": "/api/v1/strategies/{strategy_id}/versions/{version}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "deployStrategy": {
    "method": "POST",
    "path": "/api/v1/strategies/{strategy_id}/deploy",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": true,
    "noStore": [],
    "accountWrite": true
  },
  "undeployStrategy": {
    "method": "POST",
    "path": "/api/v1/strategies/{strategy_id}/undeploy",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "runStrategyTest": {
    "method": "POST",
    "path": "/api/v1/strategies/{strategy_id}/test",
    "auth": "any",
    "tier": "general",
    "hasBody": true,
    "bodyRequired": true,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "listStrategyTests": {
    "method": "GET",
    "path": "/api/v1/strategies/{strategy_id}/tests",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "getStrategyTest": {
    "method": "GET",
    "path": "/api/v1/strategies/{strategy_id}/tests/{test_id}",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "cancelStrategyTest": {
    "method": "POST",
    "path": "/api/v1/strategies/{strategy_id}/tests/{test_id}/cancel",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": true
  },
  "getStrategyTestResults": {
    "method": "GET",
    "path": "/api/v1/strategies/{strategy_id}/test-results",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
  },
  "compareStrategyVersions": {
    "method": "GET",
    "path": "/api/v1/strategies/{strategy_id}/compare-versions",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false,
    "agentScoped": false,
    "noStore": [],
    "accountWrite": false
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
  getDataRange: { data: GetDataRangeData; responses: GetDataRangeResponses; errors: GetDataRangeErrors };
  listIndicators: { data: ListIndicatorsData; responses: ListIndicatorsResponses; errors: ListIndicatorsErrors };
  getIndicators: { data: GetIndicatorsData; responses: GetIndicatorsResponses; errors: GetIndicatorsErrors };
  computeDeflatedSharpe: { data: ComputeDeflatedSharpeData; responses: ComputeDeflatedSharpeResponses; errors: ComputeDeflatedSharpeErrors };
  placeOrder: { data: PlaceOrderData; responses: PlaceOrderResponses; errors: PlaceOrderErrors };
  getOrder: { data: GetOrderData; responses: GetOrderResponses; errors: GetOrderErrors };
  cancelOrder: { data: CancelOrderData; responses: CancelOrderResponses; errors: CancelOrderErrors };
  placeOcoOrder: { data: PlaceOcoOrderData; responses: PlaceOcoOrderResponses; errors: PlaceOcoOrderErrors };
  cancelOcoOrder: { data: CancelOcoOrderData; responses: CancelOcoOrderResponses; errors: CancelOcoOrderErrors };
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
  createBacktest: { data: CreateBacktestData; responses: CreateBacktestResponses; errors: CreateBacktestErrors };
  listBacktests: { data: ListBacktestsData; responses: ListBacktestsResponses; errors: ListBacktestsErrors };
  compareBacktests: { data: CompareBacktestsData; responses: CompareBacktestsResponses; errors: CompareBacktestsErrors };
  getBestBacktest: { data: GetBestBacktestData; responses: GetBestBacktestResponses; errors: GetBestBacktestErrors };
  startBacktest: { data: StartBacktestData; responses: StartBacktestResponses; errors: StartBacktestErrors };
  stepBacktest: { data: StepBacktestData; responses: StepBacktestResponses; errors: StepBacktestErrors };
  stepBacktestBatch: { data: StepBacktestBatchData; responses: StepBacktestBatchResponses; errors: StepBacktestBatchErrors };
  stepBacktestBatchFast: { data: StepBacktestBatchFastData; responses: StepBacktestBatchFastResponses; errors: StepBacktestBatchFastErrors };
  cancelBacktest: { data: CancelBacktestData; responses: CancelBacktestResponses; errors: CancelBacktestErrors };
  getBacktestStatus: { data: GetBacktestStatusData; responses: GetBacktestStatusResponses; errors: GetBacktestStatusErrors };
  placeBacktestOrder: { data: PlaceBacktestOrderData; responses: PlaceBacktestOrderResponses; errors: PlaceBacktestOrderErrors };
  placeBacktestOcoOrder: { data: PlaceBacktestOcoOrderData; responses: PlaceBacktestOcoOrderResponses; errors: PlaceBacktestOcoOrderErrors };
  listBacktestOrders: { data: ListBacktestOrdersData; responses: ListBacktestOrdersResponses; errors: ListBacktestOrdersErrors };
  listBacktestOpenOrders: { data: ListBacktestOpenOrdersData; responses: ListBacktestOpenOrdersResponses; errors: ListBacktestOpenOrdersErrors };
  cancelBacktestOrder: { data: CancelBacktestOrderData; responses: CancelBacktestOrderResponses; errors: CancelBacktestOrderErrors };
  getBacktestTradeHistory: { data: GetBacktestTradeHistoryData; responses: GetBacktestTradeHistoryResponses; errors: GetBacktestTradeHistoryErrors };
  getBacktestPrice: { data: GetBacktestPriceData; responses: GetBacktestPriceResponses; errors: GetBacktestPriceErrors };
  getBacktestPrices: { data: GetBacktestPricesData; responses: GetBacktestPricesResponses; errors: GetBacktestPricesErrors };
  getBacktestTicker: { data: GetBacktestTickerData; responses: GetBacktestTickerResponses; errors: GetBacktestTickerErrors };
  getBacktestCandles: { data: GetBacktestCandlesData; responses: GetBacktestCandlesResponses; errors: GetBacktestCandlesErrors };
  getBacktestIndicators: { data: GetBacktestIndicatorsData; responses: GetBacktestIndicatorsResponses; errors: GetBacktestIndicatorsErrors };
  getBacktestBalance: { data: GetBacktestBalanceData; responses: GetBacktestBalanceResponses; errors: GetBacktestBalanceErrors };
  getBacktestPositions: { data: GetBacktestPositionsData; responses: GetBacktestPositionsResponses; errors: GetBacktestPositionsErrors };
  getBacktestPortfolio: { data: GetBacktestPortfolioData; responses: GetBacktestPortfolioResponses; errors: GetBacktestPortfolioErrors };
  getBacktestResults: { data: GetBacktestResultsData; responses: GetBacktestResultsResponses; errors: GetBacktestResultsErrors };
  getBacktestEquityCurve: { data: GetBacktestEquityCurveData; responses: GetBacktestEquityCurveResponses; errors: GetBacktestEquityCurveErrors };
  getBacktestTrades: { data: GetBacktestTradesData; responses: GetBacktestTradesResponses; errors: GetBacktestTradesErrors };
  getAccountMode: { data: GetAccountModeData; responses: GetAccountModeResponses; errors: GetAccountModeErrors };
  setAccountMode: { data: SetAccountModeData; responses: SetAccountModeResponses; errors: SetAccountModeErrors };
  listBattles: { data: ListBattlesData; responses: ListBattlesResponses; errors: ListBattlesErrors };
  createBattle: { data: CreateBattleData; responses: CreateBattleResponses; errors: CreateBattleErrors };
  listBattlePresets: { data: ListBattlePresetsData; responses: ListBattlePresetsResponses; errors: ListBattlePresetsErrors };
  getBattle: { data: GetBattleData; responses: GetBattleResponses; errors: GetBattleErrors };
  updateBattle: { data: UpdateBattleData; responses: UpdateBattleResponses; errors: UpdateBattleErrors };
  deleteBattle: { data: DeleteBattleData; responses: DeleteBattleResponses; errors: DeleteBattleErrors };
  addBattleParticipant: { data: AddBattleParticipantData; responses: AddBattleParticipantResponses; errors: AddBattleParticipantErrors };
  removeBattleParticipant: { data: RemoveBattleParticipantData; responses: RemoveBattleParticipantResponses; errors: RemoveBattleParticipantErrors };
  startBattle: { data: StartBattleData; responses: StartBattleResponses; errors: StartBattleErrors };
  pauseBattleParticipant: { data: PauseBattleParticipantData; responses: PauseBattleParticipantResponses; errors: PauseBattleParticipantErrors };
  resumeBattleParticipant: { data: ResumeBattleParticipantData; responses: ResumeBattleParticipantResponses; errors: ResumeBattleParticipantErrors };
  stopBattle: { data: StopBattleData; responses: StopBattleResponses; errors: StopBattleErrors };
  getBattleLive: { data: GetBattleLiveData; responses: GetBattleLiveResponses; errors: GetBattleLiveErrors };
  getBattleResults: { data: GetBattleResultsData; responses: GetBattleResultsResponses; errors: GetBattleResultsErrors };
  getBattleReplay: { data: GetBattleReplayData; responses: GetBattleReplayResponses; errors: GetBattleReplayErrors };
  rematchBattle: { data: RematchBattleData; responses: RematchBattleResponses; errors: RematchBattleErrors };
  stepBattle: { data: StepBattleData; responses: StepBattleResponses; errors: StepBattleErrors };
  stepBattleBatch: { data: StepBattleBatchData; responses: StepBattleBatchResponses; errors: StepBattleBatchErrors };
  placeBattleOrder: { data: PlaceBattleOrderData; responses: PlaceBattleOrderResponses; errors: PlaceBattleOrderErrors };
  getBattlePrices: { data: GetBattlePricesData; responses: GetBattlePricesResponses; errors: GetBattlePricesErrors };
  listTrainingRuns: { data: ListTrainingRunsData; responses: ListTrainingRunsResponses; errors: ListTrainingRunsErrors };
  registerTrainingRun: { data: RegisterTrainingRunData; responses: RegisterTrainingRunResponses; errors: RegisterTrainingRunErrors };
  getTrainingRun: { data: GetTrainingRunData; responses: GetTrainingRunResponses; errors: GetTrainingRunErrors };
  reportTrainingEpisode: { data: ReportTrainingEpisodeData; responses: ReportTrainingEpisodeResponses; errors: ReportTrainingEpisodeErrors };
  completeTrainingRun: { data: CompleteTrainingRunData; responses: CompleteTrainingRunResponses; errors: CompleteTrainingRunErrors };
  getTrainingLearningCurve: { data: GetTrainingLearningCurveData; responses: GetTrainingLearningCurveResponses; errors: GetTrainingLearningCurveErrors };
  compareTrainingRuns: { data: CompareTrainingRunsData; responses: CompareTrainingRunsResponses; errors: CompareTrainingRunsErrors };
  getAgentSkill: { data: GetAgentSkillData; responses: GetAgentSkillResponses; errors: GetAgentSkillErrors };
  listWebhooks: { data: ListWebhooksData; responses: ListWebhooksResponses; errors: ListWebhooksErrors };
  createWebhook: { data: CreateWebhookData; responses: CreateWebhookResponses; errors: CreateWebhookErrors };
  getWebhook: { data: GetWebhookData; responses: GetWebhookResponses; errors: GetWebhookErrors };
  updateWebhook: { data: UpdateWebhookData; responses: UpdateWebhookResponses; errors: UpdateWebhookErrors };
  deleteWebhook: { data: DeleteWebhookData; responses: DeleteWebhookResponses; errors: DeleteWebhookErrors };
  testWebhook: { data: TestWebhookData; responses: TestWebhookResponses; errors: TestWebhookErrors };
  listWebhookDeliveries: { data: ListWebhookDeliveriesData; responses: ListWebhookDeliveriesResponses; errors: ListWebhookDeliveriesErrors };
  listStrategies: { data: ListStrategiesData; responses: ListStrategiesResponses; errors: ListStrategiesErrors };
  createStrategy: { data: CreateStrategyData; responses: CreateStrategyResponses; errors: CreateStrategyErrors };
  compareStrategies: { data: CompareStrategiesData; responses: CompareStrategiesResponses; errors: CompareStrategiesErrors };
  getStrategy: { data: GetStrategyData; responses: GetStrategyResponses; errors: GetStrategyErrors };
  updateStrategy: { data: UpdateStrategyData; responses: UpdateStrategyResponses; errors: UpdateStrategyErrors };
  archiveStrategy: { data: ArchiveStrategyData; responses: ArchiveStrategyResponses; errors: ArchiveStrategyErrors };
  listStrategyVersions: { data: ListStrategyVersionsData; responses: ListStrategyVersionsResponses; errors: ListStrategyVersionsErrors };
  createStrategyVersion: { data: CreateStrategyVersionData; responses: CreateStrategyVersionResponses; errors: CreateStrategyVersionErrors };
  getStrategyVersion: { data: GetStrategyVersionData; responses: GetStrategyVersionResponses; errors: GetStrategyVersionErrors };
  deployStrategy: { data: DeployStrategyData; responses: DeployStrategyResponses; errors: DeployStrategyErrors };
  undeployStrategy: { data: UndeployStrategyData; responses: UndeployStrategyResponses; errors: UndeployStrategyErrors };
  runStrategyTest: { data: RunStrategyTestData; responses: RunStrategyTestResponses; errors: RunStrategyTestErrors };
  listStrategyTests: { data: ListStrategyTestsData; responses: ListStrategyTestsResponses; errors: ListStrategyTestsErrors };
  getStrategyTest: { data: GetStrategyTestData; responses: GetStrategyTestResponses; errors: GetStrategyTestErrors };
  cancelStrategyTest: { data: CancelStrategyTestData; responses: CancelStrategyTestResponses; errors: CancelStrategyTestErrors };
  getStrategyTestResults: { data: GetStrategyTestResultsData; responses: GetStrategyTestResultsResponses; errors: GetStrategyTestResultsErrors };
  compareStrategyVersions: { data: CompareStrategyVersionsData; responses: CompareStrategyVersionsResponses; errors: CompareStrategyVersionsErrors };
}
