// Every operation in openapi.yaml maps to exactly one handler; a missing one fails to compile.
import type { HandlerMap } from '../types.js';
import { getAccountInfo } from './account.handlers.js';
import { login, registerAccount, userLogin } from './auth.handlers.js';
import { getHealth } from './system.handlers.js';

export const handlers = {
  getHealth,
  registerAccount,
  login,
  userLogin,
  getAccountInfo,
} satisfies HandlerMap;
