// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.
import * as body from './validators-body.gen.js';
import * as params from './validators-params.gen.js';

export const requestValidators = {
  getHealth: {  },
  registerAccount: { body: body.registerAccount_body },
  login: { body: body.login_body },
  userLogin: { body: body.userLogin_body },
  getAccountInfo: { params: params.getAccountInfo_params },
};
