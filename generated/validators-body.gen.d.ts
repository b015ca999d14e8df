// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.
export {};
