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
} from './types.gen.js';

/** Routing facts of every operation in openapi.yaml. */
export const operations = {
  "getHealth": {
    "method": "GET",
    "path": "/health",
    "auth": "none",
    "tier": "exempt",
    "hasBody": false,
    "bodyRequired": false
  },
  "registerAccount": {
    "method": "POST",
    "path": "/api/v1/auth/register",
    "auth": "none",
    "tier": "auth_register",
    "hasBody": true,
    "bodyRequired": true
  },
  "login": {
    "method": "POST",
    "path": "/api/v1/auth/login",
    "auth": "none",
    "tier": "auth_login",
    "hasBody": true,
    "bodyRequired": true
  },
  "userLogin": {
    "method": "POST",
    "path": "/api/v1/auth/user-login",
    "auth": "none",
    "tier": "auth_login",
    "hasBody": true,
    "bodyRequired": true
  },
  "getAccountInfo": {
    "method": "GET",
    "path": "/api/v1/account/info",
    "auth": "any",
    "tier": "general",
    "hasBody": false,
    "bodyRequired": false
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
}
