// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.
import * as body from './validators-body.gen.js';
import * as params from './validators-params.gen.js';

export const requestValidators = {
  getHealth: {  },
  registerAccount: { body: body.registerAccount_body },
  login: { body: body.login_body },
  userLogin: { body: body.userLogin_body },
  getAccountInfo: { params: params.getAccountInfo_params },
  getBalance: { params: params.getBalance_params },
  updateAccountRiskProfile: { body: body.updateAccountRiskProfile_body, params: params.updateAccountRiskProfile_params },
  listAgents: { params: params.listAgents_params },
  createAgent: { body: body.createAgent_body },
  getAgentsOverview: {  },
  getAgent: { params: params.getAgent_params },
  updateAgent: { body: body.updateAgent_body, params: params.updateAgent_params },
  deleteAgent: { params: params.deleteAgent_params },
  cloneAgent: { params: params.cloneAgent_params },
  resetAgent: { params: params.resetAgent_params },
  archiveAgent: { params: params.archiveAgent_params },
  getAgentApiKey: { params: params.getAgentApiKey_params },
  regenerateAgentKey: { params: params.regenerateAgentKey_params },
  getAgentRiskProfile: { params: params.getAgentRiskProfile_params },
  updateAgentRiskProfile: { body: body.updateAgentRiskProfile_body, params: params.updateAgentRiskProfile_params },
  listPairs: { params: params.listPairs_params },
  getPrice: { params: params.getPrice_params },
  getPrices: { params: params.getPrices_params },
  getTicker: { params: params.getTicker_params },
  getTickers: { params: params.getTickers_params },
  getCandles: { params: params.getCandles_params },
  getRecentTrades: { params: params.getRecentTrades_params },
  getOrderBook: { params: params.getOrderBook_params },
};
