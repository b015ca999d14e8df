// Every operation in openapi.yaml maps to exactly one handler; a missing one fails to compile.
import type { HandlerMap } from '../types.js';
import { getAccountInfo, getBalance, updateAccountRiskProfile } from './account.handlers.js';
import {
  archiveAgent,
  cloneAgent,
  createAgent,
  deleteAgent,
  getAgent,
  getAgentApiKey,
  getAgentRiskProfile,
  getAgentsOverview,
  listAgents,
  regenerateAgentKey,
  resetAgent,
  updateAgent,
  updateAgentRiskProfile,
} from './agents.handlers.js';
import { login, registerAccount, userLogin } from './auth.handlers.js';
import {
  getCandles,
  getOrderBook,
  getPrice,
  getPrices,
  getRecentTrades,
  getTicker,
  getTickers,
  listPairs,
} from './market.handlers.js';
import { getHealth } from './system.handlers.js';

export const handlers = {
  getHealth,
  registerAccount,
  login,
  userLogin,
  getAccountInfo,
  getBalance,
  updateAccountRiskProfile,
  createAgent,
  listAgents,
  getAgentsOverview,
  getAgent,
  updateAgent,
  deleteAgent,
  cloneAgent,
  resetAgent,
  archiveAgent,
  getAgentApiKey,
  regenerateAgentKey,
  getAgentRiskProfile,
  updateAgentRiskProfile,
  listPairs,
  getPrice,
  getPrices,
  getTicker,
  getTickers,
  getCandles,
  getRecentTrades,
  getOrderBook,
} satisfies HandlerMap;
