// This file is generated from openapi.yaml by `npm run codegen`. Do not edit it by hand.
/* eslint-disable */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const registerAccount_body = validate20;
const schema31 = {"$id":"tradeready:registerAccount/body","$ref":"tradeready:components#/$defs/RegisterRequest"};
const schema33 = {"type":"object","required":["display_name"],"additionalProperties":false,"properties":{"display_name":{"type":"string","description":"Human-readable name, 1–64 characters after trimming surrounding whitespace.","minLength":1,"maxLength":64,"pattern":"\\S","example":"AlphaBot"},"email":{"type":"string","format":"email","maxLength":254,"description":"Optional contact email, unique case-insensitively. Needed for `/auth/user-login`.","example":"alpha@example.com"},"password":{"type":"string","minLength":8,"maxLength":128,"description":"Optional password (8–128 characters) that enables `/auth/user-login` together with `email`.","example":"my-secure-password"},"starting_balance":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"Initial USDT balance of the default agent; default `\"10000.00\"`."}},"example":{"display_name":"AlphaBot","email":"alpha@example.com","starting_balance":"10000.00"}};
const schema34 = {"description":"A positive exact decimal: a string (or JSON number) with at most 12 integer digits and at\nmost 8 decimals, greater than zero.\n","oneOf":[{"type":"string","pattern":"^[0-9]{1,12}(\\.[0-9]{1,8})?$"},{"type":"number","exclusiveMinimum":0,"maximum":1000000000000}],"example":"10000.00"};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("\\S", "u");
const pattern5 = new RegExp("^[0-9]{1,12}(\\.[0-9]{1,8})?$", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.display_name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_name"},message:"must have required property '"+"display_name"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "display_name") || (key0 === "email")) || (key0 === "password")) || (key0 === "starting_balance"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.display_name !== undefined){
let data0 = data.display_name;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err2 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33.properties.display_name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.display_name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema33.properties.display_name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.display_name.type,parentSchema:schema33.properties.display_name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
if(typeof data1 === "string"){
if(func1(data1) > 254){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema33.properties.email,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0.test(data1))){
const err7 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema33.properties.email,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.email.type,parentSchema:schema33.properties.email,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.password !== undefined){
let data2 = data.password;
if(typeof data2 === "string"){
if(func1(data2) > 128){
const err9 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema33.properties.password,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 8){
const err10 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/minLength",keyword:"minLength",params:{limit: 8},message:"must NOT have fewer than 8 characters",schema:8,parentSchema:schema33.properties.password,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.password.type,parentSchema:schema33.properties.password,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.starting_balance !== undefined){
let data3 = data.starting_balance;
const _errs10 = errors;
let valid2 = false;
let passing0 = null;
const _errs11 = errors;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err12 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs13 = errors;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err17 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:registerAccount/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const login_body = validate24;
const schema35 = {"$id":"tradeready:login/body","$ref":"tradeready:components#/$defs/LoginRequest"};
const schema36 = {"type":"object","required":["api_key","api_secret"],"additionalProperties":false,"properties":{"api_key":{"type":"string","minLength":1,"maxLength":256,"description":"Your `ak_live_` account API key."},"api_secret":{"type":"string","minLength":1,"maxLength":256,"description":"Your `sk_live_` API secret."}},"example":{"api_key":"ak_live_Hx3kP9vQ2mZ7tR4wY8nB1cD5fG6hJ0kL3pS9uV2xA7eI4oU1yT8rW5qE6zN0mM3b","api_secret":"sk_live_Qz7mR2nX5vB8cL1kJ4hG7fD0sA3pO6iU9yT2rE5wQ8zX1cV4bN7mL0kJ3hG6fD9s"}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:login/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.api_key === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/LoginRequest/required",keyword:"required",params:{missingProperty: "api_key"},message:"must have required property '"+"api_key"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.api_secret === undefined){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/LoginRequest/required",keyword:"required",params:{missingProperty: "api_secret"},message:"must have required property '"+"api_secret"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "api_key") || (key0 === "api_secret"))){
const err2 = {instancePath,schemaPath:"tradeready:components#/$defs/LoginRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.api_key !== undefined){
let data0 = data.api_key;
if(typeof data0 === "string"){
if(func1(data0) > 256){
const err3 = {instancePath:instancePath+"/api_key",schemaPath:"tradeready:components#/$defs/LoginRequest/properties/api_key/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema36.properties.api_key,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/api_key",schemaPath:"tradeready:components#/$defs/LoginRequest/properties/api_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.api_key,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/api_key",schemaPath:"tradeready:components#/$defs/LoginRequest/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.api_key.type,parentSchema:schema36.properties.api_key,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.api_secret !== undefined){
let data1 = data.api_secret;
if(typeof data1 === "string"){
if(func1(data1) > 256){
const err6 = {instancePath:instancePath+"/api_secret",schemaPath:"tradeready:components#/$defs/LoginRequest/properties/api_secret/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema36.properties.api_secret,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/api_secret",schemaPath:"tradeready:components#/$defs/LoginRequest/properties/api_secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.api_secret,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/api_secret",schemaPath:"tradeready:components#/$defs/LoginRequest/properties/api_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.api_secret.type,parentSchema:schema36.properties.api_secret,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"tradeready:components#/$defs/LoginRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const userLogin_body = validate25;
const schema37 = {"$id":"tradeready:userLogin/body","$ref":"tradeready:components#/$defs/UserLoginRequest"};
const schema38 = {"type":"object","required":["email","password"],"additionalProperties":false,"properties":{"email":{"type":"string","format":"email","maxLength":254},"password":{"type":"string","minLength":1,"maxLength":128}},"example":{"email":"alpha@example.com","password":"my-secure-password"}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:userLogin/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/UserLoginRequest/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.password === undefined){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/UserLoginRequest/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "email") || (key0 === "password"))){
const err2 = {instancePath,schemaPath:"tradeready:components#/$defs/UserLoginRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(func1(data0) > 254){
const err3 = {instancePath:instancePath+"/email",schemaPath:"tradeready:components#/$defs/UserLoginRequest/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema38.properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats0.test(data0))){
const err4 = {instancePath:instancePath+"/email",schemaPath:"tradeready:components#/$defs/UserLoginRequest/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema38.properties.email,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"tradeready:components#/$defs/UserLoginRequest/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.email.type,parentSchema:schema38.properties.email,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.password !== undefined){
let data1 = data.password;
if(typeof data1 === "string"){
if(func1(data1) > 128){
const err6 = {instancePath:instancePath+"/password",schemaPath:"tradeready:components#/$defs/UserLoginRequest/properties/password/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema38.properties.password,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/password",schemaPath:"tradeready:components#/$defs/UserLoginRequest/properties/password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.password,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/password",schemaPath:"tradeready:components#/$defs/UserLoginRequest/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.password.type,parentSchema:schema38.properties.password,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"tradeready:components#/$defs/UserLoginRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateAccountRiskProfile_body = validate26;
const schema39 = {"$id":"tradeready:updateAccountRiskProfile/body","$ref":"tradeready:components#/$defs/RiskProfileUpdate"};
const schema40 = {"type":"object","description":"Risk limits to set (at least one); fields left out keep their current source.","minProperties":1,"allOf":[{"$ref":"tradeready:components#/$defs/RiskProfileFields"}],"example":{"max_position_size_pct":20,"daily_loss_limit_pct":10}};
const schema41 = {"type":"object","description":"Risk-limit overrides; fields left out fall back to the next source (account, then default).","additionalProperties":false,"properties":{"max_position_size_pct":{"type":"integer","minimum":1,"maximum":100},"daily_loss_limit_pct":{"type":"integer","minimum":1,"maximum":100},"max_open_orders":{"type":"integer","minimum":1,"maximum":1000},"max_order_size_pct":{"type":"integer","minimum":1,"maximum":100},"min_order_size_usd":{"$ref":"tradeready:components#/$defs/DecimalAmount"},"order_rate_limit":{"type":"integer","minimum":1,"maximum":10000}},"example":{"max_position_size_pct":20,"daily_loss_limit_pct":10}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "max_position_size_pct") || (key0 === "daily_loss_limit_pct")) || (key0 === "max_open_orders")) || (key0 === "max_order_size_pct")) || (key0 === "min_order_size_usd")) || (key0 === "order_rate_limit"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.max_position_size_pct !== undefined){
let data0 = data.max_position_size_pct;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/max_position_size_pct",schemaPath:"#/properties/max_position_size_pct/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.max_position_size_pct.type,parentSchema:schema41.properties.max_position_size_pct,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/max_position_size_pct",schemaPath:"#/properties/max_position_size_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema41.properties.max_position_size_pct,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/max_position_size_pct",schemaPath:"#/properties/max_position_size_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.max_position_size_pct,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.daily_loss_limit_pct !== undefined){
let data1 = data.daily_loss_limit_pct;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/daily_loss_limit_pct",schemaPath:"#/properties/daily_loss_limit_pct/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.daily_loss_limit_pct.type,parentSchema:schema41.properties.daily_loss_limit_pct,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/daily_loss_limit_pct",schemaPath:"#/properties/daily_loss_limit_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema41.properties.daily_loss_limit_pct,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/daily_loss_limit_pct",schemaPath:"#/properties/daily_loss_limit_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.daily_loss_limit_pct,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.max_open_orders !== undefined){
let data2 = data.max_open_orders;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/max_open_orders",schemaPath:"#/properties/max_open_orders/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.max_open_orders.type,parentSchema:schema41.properties.max_open_orders,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/max_open_orders",schemaPath:"#/properties/max_open_orders/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema41.properties.max_open_orders,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/max_open_orders",schemaPath:"#/properties/max_open_orders/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.max_open_orders,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.max_order_size_pct !== undefined){
let data3 = data.max_order_size_pct;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/max_order_size_pct",schemaPath:"#/properties/max_order_size_pct/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.max_order_size_pct.type,parentSchema:schema41.properties.max_order_size_pct,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/max_order_size_pct",schemaPath:"#/properties/max_order_size_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema41.properties.max_order_size_pct,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/max_order_size_pct",schemaPath:"#/properties/max_order_size_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.max_order_size_pct,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.min_order_size_usd !== undefined){
let data4 = data.min_order_size_usd;
const _errs12 = errors;
let valid2 = false;
let passing0 = null;
const _errs13 = errors;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err13 = {instancePath:instancePath+"/min_order_size_usd",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/min_order_size_usd",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs15 = errors;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/min_order_size_usd",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/min_order_size_usd",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/min_order_size_usd",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err18 = {instancePath:instancePath+"/min_order_size_usd",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.order_rate_limit !== undefined){
let data5 = data.order_rate_limit;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/order_rate_limit",schemaPath:"#/properties/order_rate_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.order_rate_limit.type,parentSchema:schema41.properties.order_rate_limit,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/order_rate_limit",schemaPath:"#/properties/order_rate_limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema41.properties.order_rate_limit,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/order_rate_limit",schemaPath:"#/properties/order_rate_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.order_rate_limit,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:updateAccountRiskProfile/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createAgent_body = validate31;
const schema43 = {"$id":"tradeready:createAgent/body","$ref":"tradeready:components#/$defs/AgentCreateRequest"};
const schema44 = {"type":"object","required":["display_name"],"additionalProperties":false,"properties":{"display_name":{"$ref":"tradeready:components#/$defs/AgentName"},"starting_balance":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"USDT in the new wallet; default `\"10000.00\"`."},"llm_model":{"type":"string","minLength":1,"maxLength":100,"example":"gpt-4o"},"framework":{"type":"string","minLength":1,"maxLength":100,"example":"langchain"},"strategy_tags":{"$ref":"tradeready:components#/$defs/StrategyTags"},"risk_profile":{"$ref":"tradeready:components#/$defs/RiskProfileFields"},"color":{"$ref":"tradeready:components#/$defs/HexColor"}},"example":{"display_name":"Momentum v2","starting_balance":"5000.00"}};
const schema45 = {"type":"string","minLength":1,"maxLength":100,"pattern":"\\S","description":"1–100 characters; surrounding whitespace is trimmed."};
const schema47 = {"type":"array","maxItems":20,"items":{"type":"string","minLength":1,"maxLength":50},"example":["momentum","btc"]};
const schema48 = {"type":"string","pattern":"^#[0-9A-Fa-f]{6}$","description":"A colour as `#rrggbb`.","example":"#3B82F6"};
const pattern9 = new RegExp("^#[0-9A-Fa-f]{6}$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.display_name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "display_name"},message:"must have required property '"+"display_name"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "display_name") || (key0 === "starting_balance")) || (key0 === "llm_model")) || (key0 === "framework")) || (key0 === "strategy_tags")) || (key0 === "risk_profile")) || (key0 === "color"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.display_name !== undefined){
let data0 = data.display_name;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err2 = {instancePath:instancePath+"/display_name",schemaPath:"tradeready:components#/$defs/AgentName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/display_name",schemaPath:"tradeready:components#/$defs/AgentName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/display_name",schemaPath:"tradeready:components#/$defs/AgentName/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/display_name",schemaPath:"tradeready:components#/$defs/AgentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.starting_balance !== undefined){
let data1 = data.starting_balance;
const _errs7 = errors;
let valid3 = false;
let passing0 = null;
const _errs8 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err6 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs10 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000000 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err11 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.llm_model !== undefined){
let data2 = data.llm_model;
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err12 = {instancePath:instancePath+"/llm_model",schemaPath:"#/properties/llm_model/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44.properties.llm_model,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/llm_model",schemaPath:"#/properties/llm_model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.llm_model,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/llm_model",schemaPath:"#/properties/llm_model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.llm_model.type,parentSchema:schema44.properties.llm_model,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.framework !== undefined){
let data3 = data.framework;
if(typeof data3 === "string"){
if(func1(data3) > 100){
const err15 = {instancePath:instancePath+"/framework",schemaPath:"#/properties/framework/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44.properties.framework,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data3) < 1){
const err16 = {instancePath:instancePath+"/framework",schemaPath:"#/properties/framework/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.framework,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/framework",schemaPath:"#/properties/framework/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.framework.type,parentSchema:schema44.properties.framework,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.strategy_tags !== undefined){
let data4 = data.strategy_tags;
if(Array.isArray(data4)){
if(data4.length > 20){
const err18 = {instancePath:instancePath+"/strategy_tags",schemaPath:"tradeready:components#/$defs/StrategyTags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func1(data5) > 50){
const err19 = {instancePath:instancePath+"/strategy_tags/" + i0,schemaPath:"tradeready:components#/$defs/StrategyTags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema47.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data5) < 1){
const err20 = {instancePath:instancePath+"/strategy_tags/" + i0,schemaPath:"tradeready:components#/$defs/StrategyTags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.items,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/strategy_tags/" + i0,schemaPath:"tradeready:components#/$defs/StrategyTags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.items.type,parentSchema:schema47.items,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/strategy_tags",schemaPath:"tradeready:components#/$defs/StrategyTags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.risk_profile !== undefined){
if(!(validate28(data.risk_profile, {instancePath:instancePath+"/risk_profile",parentData:data,parentDataProperty:"risk_profile",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.color !== undefined){
let data7 = data.color;
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
const err23 = {instancePath:instancePath+"/color",schemaPath:"tradeready:components#/$defs/HexColor/pattern",keyword:"pattern",params:{pattern: "^#[0-9A-Fa-f]{6}$"},message:"must match pattern \""+"^#[0-9A-Fa-f]{6}$"+"\"",schema:"^#[0-9A-Fa-f]{6}$",parentSchema:schema48,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/color",schemaPath:"tradeready:components#/$defs/HexColor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:createAgent/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateAgent_body = validate35;
const schema49 = {"$id":"tradeready:updateAgent/body","$ref":"tradeready:components#/$defs/AgentUpdateRequest"};
const schema50 = {"type":"object","additionalProperties":false,"properties":{"display_name":{"$ref":"tradeready:components#/$defs/AgentName"},"llm_model":{"type":["string","null"],"minLength":1,"maxLength":100},"framework":{"type":["string","null"],"minLength":1,"maxLength":100},"strategy_tags":{"$ref":"tradeready:components#/$defs/StrategyTags"},"risk_profile":{"$ref":"tradeready:components#/$defs/RiskProfileFields","description":"Replaces the agent's overrides; `{}` removes them all."},"color":{"oneOf":[{"$ref":"tradeready:components#/$defs/HexColor"},{"type":"null"}]}},"example":{"display_name":"Momentum v3","framework":null}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "display_name") || (key0 === "llm_model")) || (key0 === "framework")) || (key0 === "strategy_tags")) || (key0 === "risk_profile")) || (key0 === "color"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.display_name !== undefined){
let data0 = data.display_name;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err1 = {instancePath:instancePath+"/display_name",schemaPath:"tradeready:components#/$defs/AgentName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/display_name",schemaPath:"tradeready:components#/$defs/AgentName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/display_name",schemaPath:"tradeready:components#/$defs/AgentName/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/display_name",schemaPath:"tradeready:components#/$defs/AgentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.llm_model !== undefined){
let data1 = data.llm_model;
if((typeof data1 !== "string") && (data1 !== null)){
const err5 = {instancePath:instancePath+"/llm_model",schemaPath:"#/properties/llm_model/type",keyword:"type",params:{type: schema50.properties.llm_model.type},message:"must be string,null",schema:schema50.properties.llm_model.type,parentSchema:schema50.properties.llm_model,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 100){
const err6 = {instancePath:instancePath+"/llm_model",schemaPath:"#/properties/llm_model/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema50.properties.llm_model,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/llm_model",schemaPath:"#/properties/llm_model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.llm_model,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.framework !== undefined){
let data2 = data.framework;
if((typeof data2 !== "string") && (data2 !== null)){
const err8 = {instancePath:instancePath+"/framework",schemaPath:"#/properties/framework/type",keyword:"type",params:{type: schema50.properties.framework.type},message:"must be string,null",schema:schema50.properties.framework.type,parentSchema:schema50.properties.framework,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err9 = {instancePath:instancePath+"/framework",schemaPath:"#/properties/framework/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema50.properties.framework,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/framework",schemaPath:"#/properties/framework/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.framework,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.strategy_tags !== undefined){
let data3 = data.strategy_tags;
if(Array.isArray(data3)){
if(data3.length > 20){
const err11 = {instancePath:instancePath+"/strategy_tags",schemaPath:"tradeready:components#/$defs/StrategyTags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 50){
const err12 = {instancePath:instancePath+"/strategy_tags/" + i0,schemaPath:"tradeready:components#/$defs/StrategyTags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema47.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data4) < 1){
const err13 = {instancePath:instancePath+"/strategy_tags/" + i0,schemaPath:"tradeready:components#/$defs/StrategyTags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/strategy_tags/" + i0,schemaPath:"tradeready:components#/$defs/StrategyTags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.items.type,parentSchema:schema47.items,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/strategy_tags",schemaPath:"tradeready:components#/$defs/StrategyTags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.risk_profile !== undefined){
if(!(validate28(data.risk_profile, {instancePath:instancePath+"/risk_profile",parentData:data,parentDataProperty:"risk_profile",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.color !== undefined){
let data6 = data.color;
const _errs16 = errors;
let valid5 = false;
let passing0 = null;
const _errs17 = errors;
if(typeof data6 === "string"){
if(!pattern9.test(data6)){
const err16 = {instancePath:instancePath+"/color",schemaPath:"tradeready:components#/$defs/HexColor/pattern",keyword:"pattern",params:{pattern: "^#[0-9A-Fa-f]{6}$"},message:"must match pattern \""+"^#[0-9A-Fa-f]{6}$"+"\"",schema:"^#[0-9A-Fa-f]{6}$",parentSchema:schema48,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/color",schemaPath:"tradeready:components#/$defs/HexColor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs20 = errors;
if(data6 !== null){
const err18 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.color.oneOf[1].type,parentSchema:schema50.properties.color.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err19 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema50.properties.color.oneOf,parentSchema:schema50.properties.color,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:updateAgent/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateAgentRiskProfile_body = validate39;
const schema54 = {"$id":"tradeready:updateAgentRiskProfile/body","$ref":"tradeready:components#/$defs/RiskProfileUpdate"};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:updateAgentRiskProfile/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const computeDeflatedSharpe_body = validate43;
const schema56 = {"$id":"tradeready:computeDeflatedSharpe/body","$ref":"tradeready:components#/$defs/DeflatedSharpeRequest"};
const schema57 = {"type":"object","required":["returns","num_trials"],"additionalProperties":false,"properties":{"returns":{"type":"array","description":"Periodic simple returns (0.01 = 1 %), oldest first.","minItems":10,"maxItems":10000,"items":{"type":"number","minimum":-1000000,"maximum":1000000}},"num_trials":{"type":"integer","description":"Strategies or parameter sets tried before this one was chosen.","minimum":1,"maximum":100000},"annualization_factor":{"type":"number","description":"Return periods per year (252 trading days; 525600 for 1-minute returns).","minimum":1,"maximum":525600,"default":252}},"example":{"returns":[0.012,-0.004,0.007,0.001,-0.009,0.015,0.003,-0.002,0.006,-0.011,0.008,0.004,-0.001,0.009,-0.006,0.002],"num_trials":50,"annualization_factor":252}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:computeDeflatedSharpe/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.returns === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/required",keyword:"required",params:{missingProperty: "returns"},message:"must have required property '"+"returns"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.num_trials === undefined){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/required",keyword:"required",params:{missingProperty: "num_trials"},message:"must have required property '"+"num_trials"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "returns") || (key0 === "num_trials")) || (key0 === "annualization_factor"))){
const err2 = {instancePath,schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.returns !== undefined){
let data0 = data.returns;
if(Array.isArray(data0)){
if(data0.length > 10000){
const err3 = {instancePath:instancePath+"/returns",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/returns/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema57.properties.returns,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 10){
const err4 = {instancePath:instancePath+"/returns",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/returns/minItems",keyword:"minItems",params:{limit: 10},message:"must NOT have fewer than 10 items",schema:10,parentSchema:schema57.properties.returns,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/returns/" + i0,schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/returns/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema57.properties.returns.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < -1000000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/returns/" + i0,schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/returns/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000},message:"must be >= -1000000",schema:-1000000,parentSchema:schema57.properties.returns.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/returns/" + i0,schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/returns/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.properties.returns.items.type,parentSchema:schema57.properties.returns.items,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/returns",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/returns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.returns.type,parentSchema:schema57.properties.returns,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.num_trials !== undefined){
let data2 = data.num_trials;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/num_trials",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/num_trials/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.num_trials.type,parentSchema:schema57.properties.num_trials,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100000 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/num_trials",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/num_trials/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema57.properties.num_trials,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/num_trials",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/num_trials/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.num_trials,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.annualization_factor !== undefined){
let data3 = data.annualization_factor;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 525600 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/annualization_factor",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/annualization_factor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 525600},message:"must be <= 525600",schema:525600,parentSchema:schema57.properties.annualization_factor,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/annualization_factor",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/annualization_factor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.annualization_factor,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/annualization_factor",schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/properties/annualization_factor/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.properties.annualization_factor.type,parentSchema:schema57.properties.annualization_factor,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"tradeready:components#/$defs/DeflatedSharpeRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const placeOrder_body = validate44;
const schema58 = {"$id":"tradeready:placeOrder/body","$ref":"tradeready:components#/$defs/OrderRequest"};
const schema59 = {"type":"object","required":["symbol","side","type","quantity"],"additionalProperties":false,"properties":{"symbol":{"type":"string","pattern":"^[A-Za-z0-9]{2,20}$","description":"The pair (case-insensitive)."},"side":{"type":"string","enum":["buy","sell"]},"type":{"type":"string","enum":["market","limit","stop_loss","take_profit","trailing_stop"]},"quantity":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"Base-asset quantity; a multiple of the pair's step size."},"price":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"Limit price (limit orders); an alias of `trigger_price` on stop-loss and take-profit orders; not allowed on market and trailing-stop orders (`422`)."},"trigger_price":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"Trigger price of stop-loss and take-profit orders; not allowed on trailing stops (`422`), whose trigger follows the price."},"client_order_id":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9._:-]+$","description":"Your own id, unique per agent; a repeat returns the original order."},"time_in_force":{"type":"string","enum":["GTC","IOC","FOK","GTD"],"default":"GTC","description":"How long the order may rest. `GTC` (default): until filled or cancelled (live orders\nalso expire after the 7-day pending TTL). `IOC` / `FOK` (only on `limit`): a limit that\nis marketable now fills at once (orders fill whole, so the two are the same); otherwise\nit is stored `expired` (`cancel_reason: expired`, nothing locked) and returned with\n`201`, while the funds and size rules still apply (a rejected IOC stores nothing).\n`GTD` (on `limit`, `stop_loss`, `take_profit`, `trailing_stop`): rests until `expire_at`.\nA `market` order fills at once whatever its `GTC` / `IOC` / `FOK`; `GTD` on a market\norder, or `IOC` / `FOK` on a resting type other than `limit`, is a `422` (`body.time_in_force`).\n"},"expire_at":{"type":"string","format":"date-time","description":"RFC 3339 time at which a `GTD` order expires (status `expired`, `cancel_reason:\nexpired`, lock released). Required with `GTD`, forbidden with any other\n`time_in_force`; it must be later than now and at most 7 days ahead (`422`,\n`body.expire_at`). In a backtest: later than the virtual now, with no upper bound, and\nthe order expires at the first step at or after it.\n"},"post_only":{"type":"boolean","default":false,"description":"Only on `limit` orders and not with `IOC` / `FOK` (`422` otherwise). A post-only limit\nonly rests: one that would fill at placement is rejected with `400 ORDER_REJECTED`,\n`details.reason: would_take` (`details.price`, `details.market_price`).\n"},"trail_percent":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"`trailing_stop` only: the distance of the trigger from the best price, in percent\n(0 < x < 100). A sell's trigger is `high × (1 − trail_percent / 100)`, a buy's\n`low × (1 + trail_percent / 100)`, rounded half-even to 8 decimals. Exactly one of\n`trail_percent` and `trail_amount` is required on a trailing stop; either on another\ntype is a `422`.\n"},"trail_amount":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"`trailing_stop` only: the distance of the trigger from the best price, in quote units\n(> 0, a multiple of the pair's tick size, else `400 INVALID_PRICE`). A sell's trigger is\n`high − trail_amount`, a buy's `low + trail_amount`. Exactly one of `trail_percent` and\n`trail_amount`; an initial sell trigger at or below 0 is a `400 INVALID_PRICE` with\n`details.reason: trail_exceeds_price`.\n"},"activation_price":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"`trailing_stop` only (`422` on another type): the trail starts when a sell's price\nrises to it (a buy's falls to it), with that tick's price as the first best price; a\nmultiple of the tick size. Without it, or when it is already reached at placement, the\ntrail is active at once with the market price as the first best price.\n"},"take_profit":{"$ref":"tradeready:components#/$defs/TakeProfitLeg","description":"Bracket: a sell that takes profit on the position this order opens, placed when this\nentry fills. Only on a `buy` `market` or `limit` entry (this exchange is long-only; a\nbracket on a sell or on another type is a `422`). Its price must be above the entry\nreference (the limit price of a limit entry, the market price of a market entry), else\n`400 ORDER_REJECTED`, `details.reason: invalid_bracket`.\n"},"stop_loss":{"$ref":"tradeready:components#/$defs/StopLossLeg","description":"Bracket: a sell that stops the loss on the position this order opens, placed when this\nentry fills; same entry rules as `take_profit`. A `stop_loss` leg's trigger must be below\nthe entry reference, else `400 ORDER_REJECTED`, `details.reason: invalid_bracket`.\nWith both legs, they form an OCO group once placed: when one fills the other is\ncancelled (`cancel_reason: oco`).\n"}},"example":{"symbol":"BTCUSDT","side":"sell","type":"stop_loss","quantity":"0.01","trigger_price":"58000.00"}};
const func29 = Object.prototype.hasOwnProperty;
const pattern12 = new RegExp("^[A-Za-z0-9]{2,20}$", "u");
const pattern16 = new RegExp("^[A-Za-z0-9._:-]+$", "u");
const formats4 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const schema66 = {"type":"object","description":"The take-profit leg of a bracket or an OCO pair. `take_profit` (default) is a trigger order\nthat fills as a market order when the price reaches `price`; `limit` rests at `price` and\nfills at exactly that price. `price` is checked like an order's: a multiple of the tick\nsize (`INVALID_PRICE`), the leg's notional at least the pair's minimum\n(`INVALID_QUANTITY`, `below_min_notional`) and the account's `min_order_size_usd`\n(`ORDER_REJECTED`, `order_too_small`), each with `details.leg: take_profit`.\n","required":["price"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["take_profit","limit"],"default":"take_profit"},"price":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"The take-profit trigger (`take_profit`) or the limit price (`limit`)."}},"example":{"type":"take_profit","price":"70000.00"}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.price === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "price"},message:"must have required property '"+"price"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "price"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.type.type,parentSchema:schema66.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "take_profit") || (data0 === "limit"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema66.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.type.enum,parentSchema:schema66.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.price !== undefined){
let data1 = data.price;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err9 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"type":"object","description":"The stop-loss leg of a bracket or an OCO pair: `{\"type\": \"stop_loss\", \"trigger_price\"}`\n(`stop_loss` is the default type), or `{\"type\": \"trailing_stop\", \"trail_percent\" |\n\"trail_amount\", \"activation_price\"?}` with the rules of a trailing-stop order (exactly one\nof `trail_percent` and `trail_amount`). A field that does not belong to the leg's type is a\n`422`. Shape checks as for `TakeProfitLeg`, with `details.leg: stop_loss`.\n","additionalProperties":false,"properties":{"type":{"type":"string","enum":["stop_loss","trailing_stop"],"default":"stop_loss"},"trigger_price":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"The trigger of a `stop_loss` leg (required with it)."},"trail_percent":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"A `trailing_stop` leg's distance from the best price, in percent (0 < x < 100)."},"trail_amount":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"A `trailing_stop` leg's distance from the best price, in quote units (a multiple of the tick size)."},"activation_price":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"Where a `trailing_stop` leg's trail starts; without it the trail is active as soon as the leg is placed."}},"example":{"type":"stop_loss","trigger_price":"58000.00"}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "trigger_price")) || (key0 === "trail_percent")) || (key0 === "trail_amount")) || (key0 === "activation_price"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.type.type,parentSchema:schema68.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "stop_loss") || (data0 === "trailing_stop"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema68.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.type.enum,parentSchema:schema68.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.trigger_price !== undefined){
let data1 = data.trigger_price;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err3 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err8 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.trail_percent !== undefined){
let data2 = data.trail_percent;
const _errs13 = errors;
let valid4 = false;
let passing1 = null;
const _errs14 = errors;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err9 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs14 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs16 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err14 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.trail_amount !== undefined){
let data3 = data.trail_amount;
const _errs20 = errors;
let valid6 = false;
let passing2 = null;
const _errs21 = errors;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err15 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs21 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs23 = errors;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs23 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err20 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data.activation_price !== undefined){
let data4 = data.activation_price;
const _errs27 = errors;
let valid8 = false;
let passing3 = null;
const _errs28 = errors;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err21 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs28 === errors;
if(_valid3){
valid8 = true;
passing3 = 0;
}
const _errs30 = errors;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err24 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs30 === errors;
if(_valid3 && valid8){
valid8 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid8 = true;
passing3 = 1;
}
}
if(!valid8){
const err26 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.symbol === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.side === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.quantity === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func29.call(schema59.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.symbol !== undefined){
let data0 = data.symbol;
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
const err5 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema59.properties.symbol,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.symbol.type,parentSchema:schema59.properties.symbol,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.side !== undefined){
let data1 = data.side;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.side.type,parentSchema:schema59.properties.side,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data1 === "buy") || (data1 === "sell"))){
const err8 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema59.properties.side.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.side.enum,parentSchema:schema59.properties.side,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.type.type,parentSchema:schema59.properties.type,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((((data2 === "market") || (data2 === "limit")) || (data2 === "stop_loss")) || (data2 === "take_profit")) || (data2 === "trailing_stop"))){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema59.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.type.enum,parentSchema:schema59.properties.type,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.quantity !== undefined){
let data3 = data.quantity;
const _errs10 = errors;
let valid2 = false;
let passing0 = null;
const _errs11 = errors;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err11 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs13 = errors;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err16 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.price !== undefined){
let data4 = data.price;
const _errs17 = errors;
let valid4 = false;
let passing1 = null;
const _errs18 = errors;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err17 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs18 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs20 = errors;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs20 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err22 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.trigger_price !== undefined){
let data5 = data.trigger_price;
const _errs24 = errors;
let valid6 = false;
let passing2 = null;
const _errs25 = errors;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err23 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs25 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs27 = errors;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000000000 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err26 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid2 = _errs27 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err28 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.client_order_id !== undefined){
let data6 = data.client_order_id;
if(typeof data6 === "string"){
if(func1(data6) > 64){
const err29 = {instancePath:instancePath+"/client_order_id",schemaPath:"#/properties/client_order_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema59.properties.client_order_id,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data6) < 1){
const err30 = {instancePath:instancePath+"/client_order_id",schemaPath:"#/properties/client_order_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.client_order_id,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern16.test(data6)){
const err31 = {instancePath:instancePath+"/client_order_id",schemaPath:"#/properties/client_order_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]+$"+"\"",schema:"^[A-Za-z0-9._:-]+$",parentSchema:schema59.properties.client_order_id,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/client_order_id",schemaPath:"#/properties/client_order_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.client_order_id.type,parentSchema:schema59.properties.client_order_id,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.time_in_force !== undefined){
let data7 = data.time_in_force;
if(typeof data7 !== "string"){
const err33 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.time_in_force.type,parentSchema:schema59.properties.time_in_force,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!((((data7 === "GTC") || (data7 === "IOC")) || (data7 === "FOK")) || (data7 === "GTD"))){
const err34 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/enum",keyword:"enum",params:{allowedValues: schema59.properties.time_in_force.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.time_in_force.enum,parentSchema:schema59.properties.time_in_force,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.expire_at !== undefined){
let data8 = data.expire_at;
if(typeof data8 === "string"){
if(!(formats4.validate(data8))){
const err35 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema59.properties.expire_at,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.expire_at.type,parentSchema:schema59.properties.expire_at,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.post_only !== undefined){
let data9 = data.post_only;
if(typeof data9 !== "boolean"){
const err37 = {instancePath:instancePath+"/post_only",schemaPath:"#/properties/post_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.post_only.type,parentSchema:schema59.properties.post_only,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.trail_percent !== undefined){
let data10 = data.trail_percent;
const _errs39 = errors;
let valid8 = false;
let passing3 = null;
const _errs40 = errors;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err38 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid3 = _errs40 === errors;
if(_valid3){
valid8 = true;
passing3 = 0;
}
const _errs42 = errors;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000000000000 || isNaN(data10)){
const err40 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data10 <= 0 || isNaN(data10)){
const err41 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid3 = _errs42 === errors;
if(_valid3 && valid8){
valid8 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid8 = true;
passing3 = 1;
}
}
if(!valid8){
const err43 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data.trail_amount !== undefined){
let data11 = data.trail_amount;
const _errs46 = errors;
let valid10 = false;
let passing4 = null;
const _errs47 = errors;
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err44 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid4 = _errs47 === errors;
if(_valid4){
valid10 = true;
passing4 = 0;
}
const _errs49 = errors;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1000000000000 || isNaN(data11)){
const err46 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err47 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid4 = _errs49 === errors;
if(_valid4 && valid10){
valid10 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid10 = true;
passing4 = 1;
}
}
if(!valid10){
const err49 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
if(data.activation_price !== undefined){
let data12 = data.activation_price;
const _errs53 = errors;
let valid12 = false;
let passing5 = null;
const _errs54 = errors;
if(typeof data12 === "string"){
if(!pattern5.test(data12)){
const err50 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid5 = _errs54 === errors;
if(_valid5){
valid12 = true;
passing5 = 0;
}
const _errs56 = errors;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1000000000000 || isNaN(data12)){
const err52 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data12 <= 0 || isNaN(data12)){
const err53 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid5 = _errs56 === errors;
if(_valid5 && valid12){
valid12 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid12 = true;
passing5 = 1;
}
}
if(!valid12){
const err55 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data.take_profit !== undefined){
if(!(validate46(data.take_profit, {instancePath:instancePath+"/take_profit",parentData:data,parentDataProperty:"take_profit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.stop_loss !== undefined){
if(!(validate48(data.stop_loss, {instancePath:instancePath+"/stop_loss",parentData:data,parentDataProperty:"stop_loss",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:placeOrder/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const placeOcoOrder_body = validate51;
const schema73 = {"$id":"tradeready:placeOcoOrder/body","$ref":"tradeready:components#/$defs/OcoRequest"};
const schema74 = {"type":"object","description":"Two orders on the same symbol, side and quantity, of which the first to fill cancels the\nother (`cancel_reason: oco`, in the same transaction). A sell OCO puts the take-profit leg\nabove the market and the stop-loss leg below it; a buy OCO the take-profit leg (a\n`take_profit` or `limit` buy) below the market and the stop-loss leg (a `stop_loss` or\n`trailing_stop` buy) above it. A limit leg already marketable is rejected with\n`ORDER_REJECTED` `would_take`, a trigger already crossed with `would_trigger_immediately`\n(both with `details.leg`).\n","required":["symbol","side","quantity","take_profit","stop_loss"],"additionalProperties":false,"properties":{"symbol":{"type":"string","pattern":"^[A-Za-z0-9]{2,20}$","description":"The pair (case-insensitive)."},"side":{"type":"string","enum":["buy","sell"],"description":"The side of both legs."},"quantity":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"Base-asset quantity of each leg; a multiple of the pair's step size."},"take_profit":{"$ref":"tradeready:components#/$defs/TakeProfitLeg"},"stop_loss":{"$ref":"tradeready:components#/$defs/StopLossLeg"},"time_in_force":{"type":"string","enum":["GTC","GTD"],"default":"GTC","description":"Of both legs. `GTD` needs `expire_at`; the expiry of one leg (GTD or the pending TTL) expires both."},"expire_at":{"type":"string","format":"date-time","description":"When both legs expire; required with `GTD`, forbidden otherwise, later than now and at most 7 days ahead (`422`, `body.expire_at`; in a backtest, later than the virtual now)."}},"example":{"symbol":"BTCUSDT","side":"sell","quantity":"0.01","take_profit":{"type":"take_profit","price":"70000.00"},"stop_loss":{"type":"stop_loss","trigger_price":"58000.00"}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.symbol === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.side === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quantity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.take_profit === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "take_profit"},message:"must have required property '"+"take_profit"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stop_loss === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stop_loss"},message:"must have required property '"+"stop_loss"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "symbol") || (key0 === "side")) || (key0 === "quantity")) || (key0 === "take_profit")) || (key0 === "stop_loss")) || (key0 === "time_in_force")) || (key0 === "expire_at"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.symbol !== undefined){
let data0 = data.symbol;
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
const err6 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema74.properties.symbol,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.symbol.type,parentSchema:schema74.properties.symbol,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.side !== undefined){
let data1 = data.side;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.side.type,parentSchema:schema74.properties.side,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data1 === "buy") || (data1 === "sell"))){
const err9 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema74.properties.side.enum},message:"must be equal to one of the allowed values",schema:schema74.properties.side.enum,parentSchema:schema74.properties.side,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.quantity !== undefined){
let data2 = data.quantity;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err10 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err15 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.take_profit !== undefined){
if(!(validate46(data.take_profit, {instancePath:instancePath+"/take_profit",parentData:data,parentDataProperty:"take_profit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.stop_loss !== undefined){
if(!(validate48(data.stop_loss, {instancePath:instancePath+"/stop_loss",parentData:data,parentDataProperty:"stop_loss",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.time_in_force !== undefined){
let data5 = data.time_in_force;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.time_in_force.type,parentSchema:schema74.properties.time_in_force,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data5 === "GTC") || (data5 === "GTD"))){
const err17 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/enum",keyword:"enum",params:{allowedValues: schema74.properties.time_in_force.enum},message:"must be equal to one of the allowed values",schema:schema74.properties.time_in_force.enum,parentSchema:schema74.properties.time_in_force,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.expire_at !== undefined){
let data6 = data.expire_at;
if(typeof data6 === "string"){
if(!(formats4.validate(data6))){
const err18 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema74.properties.expire_at,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.expire_at.type,parentSchema:schema74.properties.expire_at,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:placeOcoOrder/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const resetAccount_body = validate56;
const schema76 = {"$id":"tradeready:resetAccount/body","$ref":"tradeready:components#/$defs/ResetRequest"};
const schema77 = {"type":"object","required":["confirm"],"additionalProperties":false,"properties":{"confirm":{"type":"boolean","const":true,"description":"Must be `true`."},"new_starting_balance":{"$ref":"tradeready:components#/$defs/DecimalAmount"},"starting_balance":{"$ref":"tradeready:components#/$defs/DecimalAmount","description":"Alias of `new_starting_balance`."}},"example":{"confirm":true}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.confirm === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confirm"},message:"must have required property '"+"confirm"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "confirm") || (key0 === "new_starting_balance")) || (key0 === "starting_balance"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.confirm !== undefined){
let data0 = data.confirm;
if(typeof data0 !== "boolean"){
const err2 = {instancePath:instancePath+"/confirm",schemaPath:"#/properties/confirm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.confirm.type,parentSchema:schema77.properties.confirm,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(true !== data0){
const err3 = {instancePath:instancePath+"/confirm",schemaPath:"#/properties/confirm/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema77.properties.confirm,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.new_starting_balance !== undefined){
let data1 = data.new_starting_balance;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/new_starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/new_starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/new_starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/new_starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/new_starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err9 = {instancePath:instancePath+"/new_starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.starting_balance !== undefined){
let data2 = data.starting_balance;
const _errs13 = errors;
let valid4 = false;
let passing1 = null;
const _errs14 = errors;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err10 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs14 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs16 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err15 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:resetAccount/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createBacktest_body = validate59;
const schema80 = {"$id":"tradeready:createBacktest/body","$ref":"tradeready:components#/$defs/BacktestCreateRequest"};
const schema81 = {"type":"object","required":["start_time","end_time","starting_balance"],"additionalProperties":false,"properties":{"start_time":{"type":"string","format":"date-time","description":"Virtual start."},"end_time":{"type":"string","format":"date-time","description":"Virtual end, after `start_time`."},"starting_balance":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"Virtual USDT to start with, 1 to 10,000,000."},"candle_interval":{"description":"The step: a label or the same interval in seconds. Default `1m`. Each step moves the\nvirtual clock by one interval.\n","oneOf":[{"$ref":"tradeready:components#/$defs/CandleIntervalLabel"},{"type":"integer","enum":[60,300,900,3600,14400,86400]}]},"pairs":{"type":"array","description":"Pairs to trade and price; omitted, every pair with stored candles in the range.","minItems":1,"maxItems":100,"items":{"type":"string","pattern":"^[A-Za-z0-9]{2,20}$"}},"strategy_label":{"type":"string","minLength":1,"maxLength":100,"description":"Free label used by `list`, `best` and `/account/mode`. Default `default`."},"agent_id":{"type":"string","format":"uuid","description":"The agent whose risk profile the sandbox applies: one of the account's agents. Default:\nthe agent in scope (an agent key's agent, `X-Agent-Id`, else the default agent). With an\nagent key only that agent may be named.\n"},"exchange":{"type":"string","enum":["binance"],"description":"Accepted for compatibility; the data is what this server stores."},"fee_rate":{"description":"Accepted for compatibility; only the live fee `0.001` (one engine, one fee).","oneOf":[{"type":"string","pattern":"^[0-9]{1,2}(\\.[0-9]{1,8})?$"},{"type":"number","minimum":0,"maximum":0.1}]}},"example":{"start_time":"2026-03-01T00:00:00Z","end_time":"2026-03-08T00:00:00Z","starting_balance":"10000","candle_interval":"1m","pairs":["BTCUSDT","ETHUSDT"],"strategy_label":"sma-crossover-v2"}};
const schema83 = {"type":"string","enum":["1m","5m","15m","1h","4h","1d"]};
const formats12 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const pattern31 = new RegExp("^[0-9]{1,2}(\\.[0-9]{1,8})?$", "u");

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start_time === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start_time"},message:"must have required property '"+"start_time"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.end_time === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end_time"},message:"must have required property '"+"end_time"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.starting_balance === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "starting_balance"},message:"must have required property '"+"starting_balance"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func29.call(schema81.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.start_time !== undefined){
let data0 = data.start_time;
if(typeof data0 === "string"){
if(!(formats4.validate(data0))){
const err4 = {instancePath:instancePath+"/start_time",schemaPath:"#/properties/start_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema81.properties.start_time,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/start_time",schemaPath:"#/properties/start_time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.start_time.type,parentSchema:schema81.properties.start_time,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.end_time !== undefined){
let data1 = data.end_time;
if(typeof data1 === "string"){
if(!(formats4.validate(data1))){
const err6 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema81.properties.end_time,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.end_time.type,parentSchema:schema81.properties.end_time,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.starting_balance !== undefined){
let data2 = data.starting_balance;
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err8 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs12 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err13 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.candle_interval !== undefined){
let data3 = data.candle_interval;
const _errs15 = errors;
let valid4 = false;
let passing1 = null;
const _errs16 = errors;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/candle_interval",schemaPath:"tradeready:components#/$defs/CandleIntervalLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((((data3 === "1m") || (data3 === "5m")) || (data3 === "15m")) || (data3 === "1h")) || (data3 === "4h")) || (data3 === "1d"))){
const err15 = {instancePath:instancePath+"/candle_interval",schemaPath:"tradeready:components#/$defs/CandleIntervalLabel/enum",keyword:"enum",params:{allowedValues: schema83.enum},message:"must be equal to one of the allowed values",schema:schema83.enum,parentSchema:schema83,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs19 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema81.properties.candle_interval.oneOf[1].type,parentSchema:schema81.properties.candle_interval.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((data3 === 60) || (data3 === 300)) || (data3 === 900)) || (data3 === 3600)) || (data3 === 14400)) || (data3 === 86400))){
const err17 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema81.properties.candle_interval.oneOf[1].enum},message:"must be equal to one of the allowed values",schema:schema81.properties.candle_interval.oneOf[1].enum,parentSchema:schema81.properties.candle_interval.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs19 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err18 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema81.properties.candle_interval.oneOf,parentSchema:schema81.properties.candle_interval,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.pairs !== undefined){
let data4 = data.pairs;
if(Array.isArray(data4)){
if(data4.length > 100){
const err19 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema81.properties.pairs,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4.length < 1){
const err20 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema81.properties.pairs,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern12.test(data5)){
const err21 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema81.properties.pairs.items,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.pairs.items.type,parentSchema:schema81.properties.pairs.items,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema81.properties.pairs.type,parentSchema:schema81.properties.pairs,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.strategy_label !== undefined){
let data6 = data.strategy_label;
if(typeof data6 === "string"){
if(func1(data6) > 100){
const err24 = {instancePath:instancePath+"/strategy_label",schemaPath:"#/properties/strategy_label/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema81.properties.strategy_label,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func1(data6) < 1){
const err25 = {instancePath:instancePath+"/strategy_label",schemaPath:"#/properties/strategy_label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema81.properties.strategy_label,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/strategy_label",schemaPath:"#/properties/strategy_label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.strategy_label.type,parentSchema:schema81.properties.strategy_label,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.agent_id !== undefined){
let data7 = data.agent_id;
if(typeof data7 === "string"){
if(!(formats12.test(data7))){
const err27 = {instancePath:instancePath+"/agent_id",schemaPath:"#/properties/agent_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema81.properties.agent_id,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/agent_id",schemaPath:"#/properties/agent_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.agent_id.type,parentSchema:schema81.properties.agent_id,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.exchange !== undefined){
let data8 = data.exchange;
if(typeof data8 !== "string"){
const err29 = {instancePath:instancePath+"/exchange",schemaPath:"#/properties/exchange/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.exchange.type,parentSchema:schema81.properties.exchange,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(data8 === "binance")){
const err30 = {instancePath:instancePath+"/exchange",schemaPath:"#/properties/exchange/enum",keyword:"enum",params:{allowedValues: schema81.properties.exchange.enum},message:"must be equal to one of the allowed values",schema:schema81.properties.exchange.enum,parentSchema:schema81.properties.exchange,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.fee_rate !== undefined){
let data9 = data.fee_rate;
const _errs32 = errors;
let valid8 = false;
let passing2 = null;
const _errs33 = errors;
if(typeof data9 === "string"){
if(!pattern31.test(data9)){
const err31 = {instancePath:instancePath+"/fee_rate",schemaPath:"#/properties/fee_rate/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,2}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,2}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,2}(\\.[0-9]{1,8})?$",parentSchema:schema81.properties.fee_rate.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/fee_rate",schemaPath:"#/properties/fee_rate/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.fee_rate.oneOf[0].type,parentSchema:schema81.properties.fee_rate.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs33 === errors;
if(_valid2){
valid8 = true;
passing2 = 0;
}
const _errs35 = errors;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 0.1 || isNaN(data9)){
const err33 = {instancePath:instancePath+"/fee_rate",schemaPath:"#/properties/fee_rate/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1},message:"must be <= 0.1",schema:0.1,parentSchema:schema81.properties.fee_rate.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err34 = {instancePath:instancePath+"/fee_rate",schemaPath:"#/properties/fee_rate/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema81.properties.fee_rate.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/fee_rate",schemaPath:"#/properties/fee_rate/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.properties.fee_rate.oneOf[1].type,parentSchema:schema81.properties.fee_rate.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid2 = _errs35 === errors;
if(_valid2 && valid8){
valid8 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid8 = true;
passing2 = 1;
}
}
if(!valid8){
const err36 = {instancePath:instancePath+"/fee_rate",schemaPath:"#/properties/fee_rate/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema81.properties.fee_rate.oneOf,parentSchema:schema81.properties.fee_rate,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:createBacktest/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const stepBacktestBatch_body = validate62;
const schema84 = {"$id":"tradeready:stepBacktestBatch/body","$ref":"tradeready:components#/$defs/BacktestBatchRequest"};
const schema85 = {"type":"object","required":["steps"],"additionalProperties":false,"properties":{"steps":{"type":"integer","minimum":1,"maximum":10000,"description":"Steps to run; fewer are run when the session completes first."}},"example":{"steps":60}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:stepBacktestBatch/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.steps === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/BacktestBatchRequest/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema85.required,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "steps")){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/BacktestBatchRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.steps !== undefined){
let data0 = data.steps;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BacktestBatchRequest/properties/steps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema85.properties.steps.type,parentSchema:schema85.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 10000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BacktestBatchRequest/properties/steps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema85.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BacktestBatchRequest/properties/steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema85.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"tradeready:components#/$defs/BacktestBatchRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const stepBacktestBatchFast_body = validate63;
const schema86 = {"$id":"tradeready:stepBacktestBatchFast/body","$ref":"tradeready:components#/$defs/BacktestFastBatchRequest"};
const schema87 = {"type":"object","required":["steps"],"additionalProperties":false,"properties":{"steps":{"type":"integer","minimum":1,"maximum":100000,"description":"Steps to run; fewer are run when the session completes first."},"include_intermediate_trades":{"type":"boolean","default":false,"description":"Return the fills of every step of the call in `orders_filled`, not only the last step's."}},"example":{"steps":1440,"include_intermediate_trades":true}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:stepBacktestBatchFast/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.steps === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/BacktestFastBatchRequest/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "steps") || (key0 === "include_intermediate_trades"))){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/BacktestFastBatchRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.steps !== undefined){
let data0 = data.steps;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BacktestFastBatchRequest/properties/steps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.steps.type,parentSchema:schema87.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BacktestFastBatchRequest/properties/steps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema87.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BacktestFastBatchRequest/properties/steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema87.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.include_intermediate_trades !== undefined){
let data1 = data.include_intermediate_trades;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/include_intermediate_trades",schemaPath:"tradeready:components#/$defs/BacktestFastBatchRequest/properties/include_intermediate_trades/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.include_intermediate_trades.type,parentSchema:schema87.properties.include_intermediate_trades,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"tradeready:components#/$defs/BacktestFastBatchRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const placeBacktestOrder_body = validate64;
const schema88 = {"$id":"tradeready:placeBacktestOrder/body","$ref":"tradeready:components#/$defs/BacktestOrderRequest"};
const schema89 = {"type":"object","required":["symbol","side","quantity"],"additionalProperties":false,"properties":{"symbol":{"type":"string","pattern":"^[A-Za-z0-9]{2,20}$","description":"One of the session's pairs (case-insensitive)."},"side":{"type":"string","enum":["buy","sell"]},"type":{"type":"string","enum":["market","limit","stop_loss","take_profit","trailing_stop"],"default":"market"},"quantity":{"$ref":"tradeready:components#/$defs/DecimalAmount"},"price":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"The limit price (`limit`); for `stop_loss` / `take_profit` an alias of `trigger_price`; not allowed on `trailing_stop` (`422`)."},"trigger_price":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"The trigger of a `stop_loss` / `take_profit`; not allowed on `trailing_stop` (`422`), whose trigger follows the price."},"time_in_force":{"type":"string","enum":["GTC","IOC","FOK","GTD"],"default":"GTC","description":"How long the order may rest. `GTC` (default): until filled or cancelled (live orders\nalso expire after the 7-day pending TTL). `IOC` / `FOK` (only on `limit`): a limit that\nis marketable now fills at once (orders fill whole, so the two are the same); otherwise\nit is stored `expired` (`cancel_reason: expired`, nothing locked) and returned with\n`201`, while the funds and size rules still apply (a rejected IOC stores nothing).\n`GTD` (on `limit`, `stop_loss`, `take_profit`, `trailing_stop`): rests until `expire_at`.\nA `market` order fills at once whatever its `GTC` / `IOC` / `FOK`; `GTD` on a market\norder, or `IOC` / `FOK` on a resting type other than `limit`, is a `422` (`body.time_in_force`).\n"},"expire_at":{"type":"string","format":"date-time","description":"RFC 3339 time at which a `GTD` order expires (status `expired`, `cancel_reason:\nexpired`, lock released). Required with `GTD`, forbidden with any other\n`time_in_force`; it must be later than now and at most 7 days ahead (`422`,\n`body.expire_at`). In a backtest: later than the virtual now, with no upper bound, and\nthe order expires at the first step at or after it.\n"},"post_only":{"type":"boolean","default":false,"description":"Only on `limit` orders and not with `IOC` / `FOK` (`422` otherwise). A post-only limit\nonly rests: one that would fill at placement is rejected with `400 ORDER_REJECTED`,\n`details.reason: would_take` (`details.price`, `details.market_price`).\n"},"trail_percent":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"`trailing_stop` only: the distance of the trigger from the best price, in percent\n(0 < x < 100). A sell's trigger is `high × (1 − trail_percent / 100)`, a buy's\n`low × (1 + trail_percent / 100)`, rounded half-even to 8 decimals. Exactly one of\n`trail_percent` and `trail_amount` is required on a trailing stop; either on another\ntype is a `422`.\n"},"trail_amount":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"`trailing_stop` only: the distance of the trigger from the best price, in quote units\n(> 0, a multiple of the pair's tick size, else `400 INVALID_PRICE`). A sell's trigger is\n`high − trail_amount`, a buy's `low + trail_amount`. Exactly one of `trail_percent` and\n`trail_amount`; an initial sell trigger at or below 0 is a `400 INVALID_PRICE` with\n`details.reason: trail_exceeds_price`.\n"},"activation_price":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"`trailing_stop` only (`422` on another type): the trail starts when a sell's price\nrises to it (a buy's falls to it), with that tick's price as the first best price; a\nmultiple of the tick size. Without it, or when it is already reached at placement, the\ntrail is active at once with the market price as the first best price.\n"},"take_profit":{"$ref":"tradeready:components#/$defs/TakeProfitLeg","description":"Bracket: a sell that takes profit on the position this order opens, placed when this\nentry fills. Only on a `buy` `market` or `limit` entry (this exchange is long-only; a\nbracket on a sell or on another type is a `422`). Its price must be above the entry\nreference (the limit price of a limit entry, the market price of a market entry), else\n`400 ORDER_REJECTED`, `details.reason: invalid_bracket`.\n"},"stop_loss":{"$ref":"tradeready:components#/$defs/StopLossLeg","description":"Bracket: a sell that stops the loss on the position this order opens, placed when this\nentry fills; same entry rules as `take_profit`. A `stop_loss` leg's trigger must be below\nthe entry reference, else `400 ORDER_REJECTED`, `details.reason: invalid_bracket`.\nWith both legs, they form an OCO group once placed: when one fills the other is\ncancelled (`cancel_reason: oco`).\n"}},"example":{"symbol":"BTCUSDT","side":"buy","type":"limit","quantity":"0.01","price":"63000.00"}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.symbol === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.side === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quantity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func29.call(schema89.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.symbol !== undefined){
let data0 = data.symbol;
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
const err4 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema89.properties.symbol,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.symbol.type,parentSchema:schema89.properties.symbol,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.side !== undefined){
let data1 = data.side;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.side.type,parentSchema:schema89.properties.side,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data1 === "buy") || (data1 === "sell"))){
const err7 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema89.properties.side.enum},message:"must be equal to one of the allowed values",schema:schema89.properties.side.enum,parentSchema:schema89.properties.side,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.type.type,parentSchema:schema89.properties.type,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((data2 === "market") || (data2 === "limit")) || (data2 === "stop_loss")) || (data2 === "take_profit")) || (data2 === "trailing_stop"))){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema89.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema89.properties.type.enum,parentSchema:schema89.properties.type,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.quantity !== undefined){
let data3 = data.quantity;
const _errs10 = errors;
let valid2 = false;
let passing0 = null;
const _errs11 = errors;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err10 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs13 = errors;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err15 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.price !== undefined){
let data4 = data.price;
const _errs18 = errors;
let valid5 = false;
let passing1 = null;
const _errs19 = errors;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err16 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs19 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs21 = errors;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs21 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err21 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.trigger_price !== undefined){
let data5 = data.trigger_price;
const _errs26 = errors;
let valid8 = false;
let passing2 = null;
const _errs27 = errors;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err22 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs27 === errors;
if(_valid2){
valid8 = true;
passing2 = 0;
}
const _errs29 = errors;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000000000 || isNaN(data5)){
const err24 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid2 = _errs29 === errors;
if(_valid2 && valid8){
valid8 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid8 = true;
passing2 = 1;
}
}
if(!valid8){
const err27 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.time_in_force !== undefined){
let data6 = data.time_in_force;
if(typeof data6 !== "string"){
const err28 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.time_in_force.type,parentSchema:schema89.properties.time_in_force,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((((data6 === "GTC") || (data6 === "IOC")) || (data6 === "FOK")) || (data6 === "GTD"))){
const err29 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/enum",keyword:"enum",params:{allowedValues: schema89.properties.time_in_force.enum},message:"must be equal to one of the allowed values",schema:schema89.properties.time_in_force.enum,parentSchema:schema89.properties.time_in_force,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.expire_at !== undefined){
let data7 = data.expire_at;
if(typeof data7 === "string"){
if(!(formats4.validate(data7))){
const err30 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema89.properties.expire_at,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.expire_at.type,parentSchema:schema89.properties.expire_at,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.post_only !== undefined){
let data8 = data.post_only;
if(typeof data8 !== "boolean"){
const err32 = {instancePath:instancePath+"/post_only",schemaPath:"#/properties/post_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema89.properties.post_only.type,parentSchema:schema89.properties.post_only,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.trail_percent !== undefined){
let data9 = data.trail_percent;
const _errs40 = errors;
let valid11 = false;
let passing3 = null;
const _errs41 = errors;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err33 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid3 = _errs41 === errors;
if(_valid3){
valid11 = true;
passing3 = 0;
}
const _errs43 = errors;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000000000000 || isNaN(data9)){
const err35 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data9 <= 0 || isNaN(data9)){
const err36 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid3 = _errs43 === errors;
if(_valid3 && valid11){
valid11 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid11 = true;
passing3 = 1;
}
}
if(!valid11){
const err38 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data.trail_amount !== undefined){
let data10 = data.trail_amount;
const _errs48 = errors;
let valid14 = false;
let passing4 = null;
const _errs49 = errors;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err39 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid4 = _errs49 === errors;
if(_valid4){
valid14 = true;
passing4 = 0;
}
const _errs51 = errors;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000000000000 || isNaN(data10)){
const err41 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data10 <= 0 || isNaN(data10)){
const err42 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid4 = _errs51 === errors;
if(_valid4 && valid14){
valid14 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid14 = true;
passing4 = 1;
}
}
if(!valid14){
const err44 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.activation_price !== undefined){
let data11 = data.activation_price;
const _errs56 = errors;
let valid17 = false;
let passing5 = null;
const _errs57 = errors;
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err45 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid5 = _errs57 === errors;
if(_valid5){
valid17 = true;
passing5 = 0;
}
const _errs59 = errors;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1000000000000 || isNaN(data11)){
const err47 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err48 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid5 = _errs59 === errors;
if(_valid5 && valid17){
valid17 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid17 = true;
passing5 = 1;
}
}
if(!valid17){
const err50 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data.take_profit !== undefined){
if(!(validate46(data.take_profit, {instancePath:instancePath+"/take_profit",parentData:data,parentDataProperty:"take_profit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.stop_loss !== undefined){
if(!(validate48(data.stop_loss, {instancePath:instancePath+"/stop_loss",parentData:data,parentDataProperty:"stop_loss",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.type,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:placeBacktestOrder/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const placeBacktestOcoOrder_body = validate69;
const schema96 = {"$id":"tradeready:placeBacktestOcoOrder/body","$ref":"tradeready:components#/$defs/OcoRequest"};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.symbol === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.side === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quantity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.take_profit === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "take_profit"},message:"must have required property '"+"take_profit"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stop_loss === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stop_loss"},message:"must have required property '"+"stop_loss"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "symbol") || (key0 === "side")) || (key0 === "quantity")) || (key0 === "take_profit")) || (key0 === "stop_loss")) || (key0 === "time_in_force")) || (key0 === "expire_at"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.symbol !== undefined){
let data0 = data.symbol;
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
const err6 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema74.properties.symbol,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.symbol.type,parentSchema:schema74.properties.symbol,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.side !== undefined){
let data1 = data.side;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.side.type,parentSchema:schema74.properties.side,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data1 === "buy") || (data1 === "sell"))){
const err9 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema74.properties.side.enum},message:"must be equal to one of the allowed values",schema:schema74.properties.side.enum,parentSchema:schema74.properties.side,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.quantity !== undefined){
let data2 = data.quantity;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err10 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err15 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.take_profit !== undefined){
if(!(validate46(data.take_profit, {instancePath:instancePath+"/take_profit",parentData:data,parentDataProperty:"take_profit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.stop_loss !== undefined){
if(!(validate48(data.stop_loss, {instancePath:instancePath+"/stop_loss",parentData:data,parentDataProperty:"stop_loss",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.time_in_force !== undefined){
let data5 = data.time_in_force;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.time_in_force.type,parentSchema:schema74.properties.time_in_force,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data5 === "GTC") || (data5 === "GTD"))){
const err17 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/enum",keyword:"enum",params:{allowedValues: schema74.properties.time_in_force.enum},message:"must be equal to one of the allowed values",schema:schema74.properties.time_in_force.enum,parentSchema:schema74.properties.time_in_force,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.expire_at !== undefined){
let data6 = data.expire_at;
if(typeof data6 === "string"){
if(!(formats4.validate(data6))){
const err18 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema74.properties.expire_at,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.expire_at.type,parentSchema:schema74.properties.expire_at,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:placeBacktestOcoOrder/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const setAccountMode_body = validate74;
const schema99 = {"$id":"tradeready:setAccountMode/body","$ref":"tradeready:components#/$defs/AccountModeUpdate"};
const schema100 = {"type":"object","required":["mode"],"additionalProperties":false,"properties":{"mode":{"type":"string","enum":["live","backtest"]},"strategy_label":{"type":"string","minLength":1,"maxLength":100}},"example":{"mode":"backtest","strategy_label":"sma-crossover-v2"}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:setAccountMode/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/AccountModeUpdate/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "mode") || (key0 === "strategy_label"))){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/AccountModeUpdate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/mode",schemaPath:"tradeready:components#/$defs/AccountModeUpdate/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.mode.type,parentSchema:schema100.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "live") || (data0 === "backtest"))){
const err3 = {instancePath:instancePath+"/mode",schemaPath:"tradeready:components#/$defs/AccountModeUpdate/properties/mode/enum",keyword:"enum",params:{allowedValues: schema100.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema100.properties.mode.enum,parentSchema:schema100.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.strategy_label !== undefined){
let data1 = data.strategy_label;
if(typeof data1 === "string"){
if(func1(data1) > 100){
const err4 = {instancePath:instancePath+"/strategy_label",schemaPath:"tradeready:components#/$defs/AccountModeUpdate/properties/strategy_label/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema100.properties.strategy_label,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/strategy_label",schemaPath:"tradeready:components#/$defs/AccountModeUpdate/properties/strategy_label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema100.properties.strategy_label,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/strategy_label",schemaPath:"tradeready:components#/$defs/AccountModeUpdate/properties/strategy_label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.strategy_label.type,parentSchema:schema100.properties.strategy_label,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"tradeready:components#/$defs/AccountModeUpdate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createBattle_body = validate75;
const schema101 = {"$id":"tradeready:createBattle/body","$ref":"tradeready:components#/$defs/BattleCreateRequest"};
const schema102 = {"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"},"preset":{"type":"string","enum":["quick_1h","day_trader","marathon","scalper_duel","survival","historical_day","historical_week","historical_month"],"description":"The preset whose config is the base (`GET /battles/presets`)."},"config":{"$ref":"tradeready:components#/$defs/BattleConfigInput"},"ranking_metric":{"allOf":[{"$ref":"tradeready:components#/$defs/BattleRankingMetric"}],"default":"roi_pct"},"battle_mode":{"allOf":[{"$ref":"tradeready:components#/$defs/BattleMode"}],"description":"Default the preset config's, else `live`."},"backtest_config":{"$ref":"tradeready:components#/$defs/BattleBacktestConfigInput"}},"example":{"name":"Historical day, BTC and ETH","preset":"historical_day","backtest_config":{"start_time":"2026-03-01T00:00:00Z","end_time":"2026-03-02T00:00:00Z","pairs":["BTCUSDT","ETHUSDT"]},"ranking_metric":"sharpe_ratio"}};
const schema111 = {"type":"string","enum":["roi_pct","total_pnl","sharpe_ratio","win_rate","profit_factor"],"description":"What the battle is ranked by; higher is better for all five."};
const schema110 = {"type":"string","enum":["live","historical"],"description":"`live`: the real-time market, wall clock; `historical`: stored history on one shared virtual clock, stepped by the client."};
const schema103 = {"type":"object","description":"Config keys of `POST /battles` (merged over the preset's) and of `PUT` (merged over the battle's).","additionalProperties":false,"properties":{"starting_balance":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"USDT each participant measures from (and trades, `fresh`), 1 to 10,000,000. Default `10000`."},"wallet_mode":{"$ref":"tradeready:components#/$defs/BattleWalletMode"},"duration_type":{"$ref":"tradeready:components#/$defs/BattleDurationType"},"duration_seconds":{"type":["integer","null"],"minimum":60,"maximum":31536000,"description":"`fixed`: the battle stops itself this long after it starts."},"duration_minutes":{"type":"number","exclusiveMinimum":0,"description":"The duration in minutes (converted to `duration_seconds`)."},"duration_hours":{"type":"number","exclusiveMinimum":0,"description":"The duration in hours (converted to `duration_seconds`)."},"allowed_pairs":{"$ref":"tradeready:components#/$defs/BattlePairList"},"pairs":{"allOf":[{"$ref":"tradeready:components#/$defs/BattlePairList"}],"description":"Alias of `allowed_pairs`."},"candle_interval":{"description":"Historical battles' step, as a label or in seconds.","oneOf":[{"$ref":"tradeready:components#/$defs/CandleIntervalLabel"},{"type":"integer","enum":[60,300,900,3600,14400,86400]}]},"survival":{"type":"boolean","description":"Eliminate a participant whose equity falls below 10 % of its battle starting balance."},"battle_mode":{"$ref":"tradeready:components#/$defs/BattleMode"}},"example":{"starting_balance":"5000","wallet_mode":"fresh","duration_hours":2,"pairs":["BTCUSDT","ETHUSDT"]}};
const schema105 = {"type":"string","enum":["fresh","existing"],"description":"`fresh`: each participant trades exactly `starting_balance` and gets its own wallet back at the end; `existing`: each trades its own wallet."};
const schema106 = {"type":"string","enum":["fixed","unlimited","historical"]};
const schema107 = {"description":"Pairs (case-insensitive); `\"all\"` or `null` for every pair.","oneOf":[{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","pattern":"^[A-Za-z0-9]{2,20}$"}},{"type":"string","const":"all"},{"type":"null"}]};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func29.call(schema103.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.starting_balance !== undefined){
let data0 = data.starting_balance;
const _errs5 = errors;
let valid3 = false;
let passing0 = null;
const _errs6 = errors;
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err1 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs8 = errors;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000000000000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 <= 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err6 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.wallet_mode !== undefined){
let data1 = data.wallet_mode;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/wallet_mode",schemaPath:"tradeready:components#/$defs/BattleWalletMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.type,parentSchema:schema105,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data1 === "fresh") || (data1 === "existing"))){
const err8 = {instancePath:instancePath+"/wallet_mode",schemaPath:"tradeready:components#/$defs/BattleWalletMode/enum",keyword:"enum",params:{allowedValues: schema105.enum},message:"must be equal to one of the allowed values",schema:schema105.enum,parentSchema:schema105,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.duration_type !== undefined){
let data2 = data.duration_type;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/duration_type",schemaPath:"tradeready:components#/$defs/BattleDurationType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.type,parentSchema:schema106,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data2 === "fixed") || (data2 === "unlimited")) || (data2 === "historical"))){
const err10 = {instancePath:instancePath+"/duration_type",schemaPath:"tradeready:components#/$defs/BattleDurationType/enum",keyword:"enum",params:{allowedValues: schema106.enum},message:"must be equal to one of the allowed values",schema:schema106.enum,parentSchema:schema106,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.duration_seconds !== undefined){
let data3 = data.duration_seconds;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
const err11 = {instancePath:instancePath+"/duration_seconds",schemaPath:"#/properties/duration_seconds/type",keyword:"type",params:{type: schema103.properties.duration_seconds.type},message:"must be integer,null",schema:schema103.properties.duration_seconds.type,parentSchema:schema103.properties.duration_seconds,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 31536000 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/duration_seconds",schemaPath:"#/properties/duration_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31536000},message:"must be <= 31536000",schema:31536000,parentSchema:schema103.properties.duration_seconds,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 60 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/duration_seconds",schemaPath:"#/properties/duration_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 60},message:"must be >= 60",schema:60,parentSchema:schema103.properties.duration_seconds,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.duration_minutes !== undefined){
let data4 = data.duration_minutes;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/duration_minutes",schemaPath:"#/properties/duration_minutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema103.properties.duration_minutes,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/duration_minutes",schemaPath:"#/properties/duration_minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema103.properties.duration_minutes.type,parentSchema:schema103.properties.duration_minutes,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.duration_hours !== undefined){
let data5 = data.duration_hours;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/duration_hours",schemaPath:"#/properties/duration_hours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema103.properties.duration_hours,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/duration_hours",schemaPath:"#/properties/duration_hours/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema103.properties.duration_hours.type,parentSchema:schema103.properties.duration_hours,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.allowed_pairs !== undefined){
let data6 = data.allowed_pairs;
const _errs24 = errors;
let valid7 = false;
let passing1 = null;
const _errs25 = errors;
if(Array.isArray(data6)){
if(data6.length > 100){
const err18 = {instancePath:instancePath+"/allowed_pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema107.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.length < 1){
const err19 = {instancePath:instancePath+"/allowed_pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema107.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(!pattern12.test(data7)){
const err20 = {instancePath:instancePath+"/allowed_pairs/" + i0,schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema107.oneOf[0].items,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/allowed_pairs/" + i0,schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.oneOf[0].items.type,parentSchema:schema107.oneOf[0].items,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/allowed_pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.oneOf[0].type,parentSchema:schema107.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs25 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs29 = errors;
if(typeof data6 !== "string"){
const err23 = {instancePath:instancePath+"/allowed_pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.oneOf[1].type,parentSchema:schema107.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("all" !== data6){
const err24 = {instancePath:instancePath+"/allowed_pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/1/const",keyword:"const",params:{allowedValue: "all"},message:"must be equal to constant",schema:"all",parentSchema:schema107.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs29 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
const _errs31 = errors;
if(data6 !== null){
const err25 = {instancePath:instancePath+"/allowed_pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema107.oneOf[2].type,parentSchema:schema107.oneOf[2],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs31 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 2];
}
else {
if(_valid1){
valid7 = true;
passing1 = 2;
}
}
}
if(!valid7){
const err26 = {instancePath:instancePath+"/allowed_pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema107.oneOf,parentSchema:schema107,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.pairs !== undefined){
let data8 = data.pairs;
const _errs36 = errors;
let valid12 = false;
let passing2 = null;
const _errs37 = errors;
if(Array.isArray(data8)){
if(data8.length > 100){
const err27 = {instancePath:instancePath+"/pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema107.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.length < 1){
const err28 = {instancePath:instancePath+"/pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema107.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
const err29 = {instancePath:instancePath+"/pairs/" + i1,schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema107.oneOf[0].items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/pairs/" + i1,schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.oneOf[0].items.type,parentSchema:schema107.oneOf[0].items,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.oneOf[0].type,parentSchema:schema107.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs37 === errors;
if(_valid2){
valid12 = true;
passing2 = 0;
}
const _errs41 = errors;
if(typeof data8 !== "string"){
const err32 = {instancePath:instancePath+"/pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.oneOf[1].type,parentSchema:schema107.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if("all" !== data8){
const err33 = {instancePath:instancePath+"/pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/1/const",keyword:"const",params:{allowedValue: "all"},message:"must be equal to constant",schema:"all",parentSchema:schema107.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid2 = _errs41 === errors;
if(_valid2 && valid12){
valid12 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid12 = true;
passing2 = 1;
}
const _errs43 = errors;
if(data8 !== null){
const err34 = {instancePath:instancePath+"/pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema107.oneOf[2].type,parentSchema:schema107.oneOf[2],data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs43 === errors;
if(_valid2 && valid12){
valid12 = false;
passing2 = [passing2, 2];
}
else {
if(_valid2){
valid12 = true;
passing2 = 2;
}
}
}
if(!valid12){
const err35 = {instancePath:instancePath+"/pairs",schemaPath:"tradeready:components#/$defs/BattlePairList/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema107.oneOf,parentSchema:schema107,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data.candle_interval !== undefined){
let data10 = data.candle_interval;
const _errs46 = errors;
let valid15 = false;
let passing3 = null;
const _errs47 = errors;
if(typeof data10 !== "string"){
const err36 = {instancePath:instancePath+"/candle_interval",schemaPath:"tradeready:components#/$defs/CandleIntervalLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((((((data10 === "1m") || (data10 === "5m")) || (data10 === "15m")) || (data10 === "1h")) || (data10 === "4h")) || (data10 === "1d"))){
const err37 = {instancePath:instancePath+"/candle_interval",schemaPath:"tradeready:components#/$defs/CandleIntervalLabel/enum",keyword:"enum",params:{allowedValues: schema83.enum},message:"must be equal to one of the allowed values",schema:schema83.enum,parentSchema:schema83,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid3 = _errs47 === errors;
if(_valid3){
valid15 = true;
passing3 = 0;
}
const _errs50 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err38 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.properties.candle_interval.oneOf[1].type,parentSchema:schema103.properties.candle_interval.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!((((((data10 === 60) || (data10 === 300)) || (data10 === 900)) || (data10 === 3600)) || (data10 === 14400)) || (data10 === 86400))){
const err39 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema103.properties.candle_interval.oneOf[1].enum},message:"must be equal to one of the allowed values",schema:schema103.properties.candle_interval.oneOf[1].enum,parentSchema:schema103.properties.candle_interval.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid3 = _errs50 === errors;
if(_valid3 && valid15){
valid15 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid15 = true;
passing3 = 1;
}
}
if(!valid15){
const err40 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema103.properties.candle_interval.oneOf,parentSchema:schema103.properties.candle_interval,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
if(data.survival !== undefined){
let data11 = data.survival;
if(typeof data11 !== "boolean"){
const err41 = {instancePath:instancePath+"/survival",schemaPath:"#/properties/survival/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema103.properties.survival.type,parentSchema:schema103.properties.survival,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.battle_mode !== undefined){
let data12 = data.battle_mode;
if(typeof data12 !== "string"){
const err42 = {instancePath:instancePath+"/battle_mode",schemaPath:"tradeready:components#/$defs/BattleMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.type,parentSchema:schema110,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((data12 === "live") || (data12 === "historical"))){
const err43 = {instancePath:instancePath+"/battle_mode",schemaPath:"tradeready:components#/$defs/BattleMode/enum",keyword:"enum",params:{allowedValues: schema110.enum},message:"must be equal to one of the allowed values",schema:schema110.enum,parentSchema:schema110,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema113 = {"type":"object","required":["start_time","end_time"],"additionalProperties":false,"properties":{"start_time":{"type":"string","format":"date-time"},"end_time":{"type":"string","format":"date-time","description":"After `start_time`."},"candle_interval":{"description":"The step, as a label or in seconds; default the config's `candle_interval`, else 60.","oneOf":[{"$ref":"tradeready:components#/$defs/CandleIntervalLabel"},{"type":"integer","enum":[60,300,900,3600,14400,86400]}]},"pairs":{"type":"array","description":"Pairs to trade and price; default the config's `allowed_pairs`, else every pair with stored history.","minItems":1,"maxItems":100,"items":{"type":"string","pattern":"^[A-Za-z0-9]{2,20}$"}}},"example":{"start_time":"2026-03-01T00:00:00Z","end_time":"2026-03-02T00:00:00Z","candle_interval":"1m","pairs":["BTCUSDT","ETHUSDT"]}};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start_time === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start_time"},message:"must have required property '"+"start_time"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.end_time === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end_time"},message:"must have required property '"+"end_time"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "start_time") || (key0 === "end_time")) || (key0 === "candle_interval")) || (key0 === "pairs"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.start_time !== undefined){
let data0 = data.start_time;
if(typeof data0 === "string"){
if(!(formats4.validate(data0))){
const err3 = {instancePath:instancePath+"/start_time",schemaPath:"#/properties/start_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema113.properties.start_time,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/start_time",schemaPath:"#/properties/start_time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.start_time.type,parentSchema:schema113.properties.start_time,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.end_time !== undefined){
let data1 = data.end_time;
if(typeof data1 === "string"){
if(!(formats4.validate(data1))){
const err5 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema113.properties.end_time,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/end_time",schemaPath:"#/properties/end_time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.end_time.type,parentSchema:schema113.properties.end_time,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.candle_interval !== undefined){
let data2 = data.candle_interval;
const _errs7 = errors;
let valid1 = false;
let passing0 = null;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/candle_interval",schemaPath:"tradeready:components#/$defs/CandleIntervalLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.type,parentSchema:schema83,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((data2 === "1m") || (data2 === "5m")) || (data2 === "15m")) || (data2 === "1h")) || (data2 === "4h")) || (data2 === "1d"))){
const err8 = {instancePath:instancePath+"/candle_interval",schemaPath:"tradeready:components#/$defs/CandleIntervalLabel/enum",keyword:"enum",params:{allowedValues: schema83.enum},message:"must be equal to one of the allowed values",schema:schema83.enum,parentSchema:schema83,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema113.properties.candle_interval.oneOf[1].type,parentSchema:schema113.properties.candle_interval.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((data2 === 60) || (data2 === 300)) || (data2 === 900)) || (data2 === 3600)) || (data2 === 14400)) || (data2 === 86400))){
const err10 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema113.properties.candle_interval.oneOf[1].enum},message:"must be equal to one of the allowed values",schema:schema113.properties.candle_interval.oneOf[1].enum,parentSchema:schema113.properties.candle_interval.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err11 = {instancePath:instancePath+"/candle_interval",schemaPath:"#/properties/candle_interval/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema113.properties.candle_interval.oneOf,parentSchema:schema113.properties.candle_interval,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.pairs !== undefined){
let data3 = data.pairs;
if(Array.isArray(data3)){
if(data3.length > 100){
const err12 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema113.properties.pairs,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.length < 1){
const err13 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema113.properties.pairs,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err14 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema113.properties.pairs.items,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.pairs.items.type,parentSchema:schema113.properties.pairs.items,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema113.properties.pairs.type,parentSchema:schema113.properties.pairs,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "preset")) || (key0 === "config")) || (key0 === "ranking_metric")) || (key0 === "battle_mode")) || (key0 === "backtest_config"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema102.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema102.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema102.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.name.type,parentSchema:schema102.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.preset !== undefined){
let data1 = data.preset;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/preset",schemaPath:"#/properties/preset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.preset.type,parentSchema:schema102.properties.preset,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((((((data1 === "quick_1h") || (data1 === "day_trader")) || (data1 === "marathon")) || (data1 === "scalper_duel")) || (data1 === "survival")) || (data1 === "historical_day")) || (data1 === "historical_week")) || (data1 === "historical_month"))){
const err7 = {instancePath:instancePath+"/preset",schemaPath:"#/properties/preset/enum",keyword:"enum",params:{allowedValues: schema102.properties.preset.enum},message:"must be equal to one of the allowed values",schema:schema102.properties.preset.enum,parentSchema:schema102.properties.preset,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate77(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.ranking_metric !== undefined){
let data3 = data.ranking_metric;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/ranking_metric",schemaPath:"tradeready:components#/$defs/BattleRankingMetric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.type,parentSchema:schema111,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((data3 === "roi_pct") || (data3 === "total_pnl")) || (data3 === "sharpe_ratio")) || (data3 === "win_rate")) || (data3 === "profit_factor"))){
const err9 = {instancePath:instancePath+"/ranking_metric",schemaPath:"tradeready:components#/$defs/BattleRankingMetric/enum",keyword:"enum",params:{allowedValues: schema111.enum},message:"must be equal to one of the allowed values",schema:schema111.enum,parentSchema:schema111,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.battle_mode !== undefined){
let data4 = data.battle_mode;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/battle_mode",schemaPath:"tradeready:components#/$defs/BattleMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.type,parentSchema:schema110,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data4 === "live") || (data4 === "historical"))){
const err11 = {instancePath:instancePath+"/battle_mode",schemaPath:"tradeready:components#/$defs/BattleMode/enum",keyword:"enum",params:{allowedValues: schema110.enum},message:"must be equal to one of the allowed values",schema:schema110.enum,parentSchema:schema110,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.backtest_config !== undefined){
if(!(validate79(data.backtest_config, {instancePath:instancePath+"/backtest_config",parentData:data,parentDataProperty:"backtest_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:createBattle/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateBattle_body = validate82;
const schema115 = {"$id":"tradeready:updateBattle/body","$ref":"tradeready:components#/$defs/BattleUpdateRequest"};
const schema116 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"},"config":{"$ref":"tradeready:components#/$defs/BattleConfigInput"},"ranking_metric":{"$ref":"tradeready:components#/$defs/BattleRankingMetric"},"backtest_config":{"$ref":"tradeready:components#/$defs/BattleBacktestConfigInput"}},"example":{"name":"BTC sprint (2 h)","config":{"duration_hours":2}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "config")) || (key0 === "ranking_metric")) || (key0 === "backtest_config"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema116.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema116.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.name.type,parentSchema:schema116.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate77(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.ranking_metric !== undefined){
let data2 = data.ranking_metric;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/ranking_metric",schemaPath:"tradeready:components#/$defs/BattleRankingMetric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.type,parentSchema:schema111,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data2 === "roi_pct") || (data2 === "total_pnl")) || (data2 === "sharpe_ratio")) || (data2 === "win_rate")) || (data2 === "profit_factor"))){
const err6 = {instancePath:instancePath+"/ranking_metric",schemaPath:"tradeready:components#/$defs/BattleRankingMetric/enum",keyword:"enum",params:{allowedValues: schema111.enum},message:"must be equal to one of the allowed values",schema:schema111.enum,parentSchema:schema111,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.backtest_config !== undefined){
if(!(validate79(data.backtest_config, {instancePath:instancePath+"/backtest_config",parentData:data,parentDataProperty:"backtest_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.type,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:updateBattle/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const addBattleParticipant_body = validate87;
const schema118 = {"$id":"tradeready:addBattleParticipant/body","$ref":"tradeready:components#/$defs/BattleParticipantRequest"};
const schema119 = {"type":"object","required":["agent_id"],"additionalProperties":false,"properties":{"agent_id":{"type":"string","format":"uuid","description":"One of the account's agents."}},"example":{"agent_id":"7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f"}};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:addBattleParticipant/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agent_id === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/BattleParticipantRequest/required",keyword:"required",params:{missingProperty: "agent_id"},message:"must have required property '"+"agent_id"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "agent_id")){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/BattleParticipantRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.agent_id !== undefined){
let data0 = data.agent_id;
if(typeof data0 === "string"){
if(!(formats12.test(data0))){
const err2 = {instancePath:instancePath+"/agent_id",schemaPath:"tradeready:components#/$defs/BattleParticipantRequest/properties/agent_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema119.properties.agent_id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/agent_id",schemaPath:"tradeready:components#/$defs/BattleParticipantRequest/properties/agent_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema119.properties.agent_id.type,parentSchema:schema119.properties.agent_id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"tradeready:components#/$defs/BattleParticipantRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.type,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const rematchBattle_body = validate88;
const schema120 = {"$id":"tradeready:rematchBattle/body","$ref":"tradeready:components#/$defs/BattleRematchRequest"};
const schema121 = {"type":"object","additionalProperties":false,"properties":{"override_config":{"$ref":"tradeready:components#/$defs/BattleConfigInput"},"agent_ids":{"type":"array","minItems":1,"maxItems":50,"uniqueItems":true,"description":"The participants; default the source's agents.","items":{"type":"string","format":"uuid"}}},"example":{"override_config":{"starting_balance":"20000"},"agent_ids":["7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f","8a2d3e4f-5b6c-4d7e-9f0a-1b2c3d4e5f6a"]}};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "override_config") || (key0 === "agent_ids"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.override_config !== undefined){
if(!(validate77(data.override_config, {instancePath:instancePath+"/override_config",parentData:data,parentDataProperty:"override_config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.agent_ids !== undefined){
let data1 = data.agent_ids;
if(Array.isArray(data1)){
if(data1.length > 50){
const err1 = {instancePath:instancePath+"/agent_ids",schemaPath:"#/properties/agent_ids/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema121.properties.agent_ids,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/agent_ids",schemaPath:"#/properties/agent_ids/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema121.properties.agent_ids,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!(formats12.test(data2))){
const err3 = {instancePath:instancePath+"/agent_ids/" + i0,schemaPath:"#/properties/agent_ids/items/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema121.properties.agent_ids.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/agent_ids/" + i0,schemaPath:"#/properties/agent_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.agent_ids.items.type,parentSchema:schema121.properties.agent_ids.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/agent_ids",schemaPath:"#/properties/agent_ids/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema121.properties.agent_ids,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err6 = {instancePath:instancePath+"/agent_ids",schemaPath:"#/properties/agent_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema121.properties.agent_ids.type,parentSchema:schema121.properties.agent_ids,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema121.type,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:rematchBattle/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate89(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const stepBattleBatch_body = validate92;
const schema122 = {"$id":"tradeready:stepBattleBatch/body","$ref":"tradeready:components#/$defs/BattleStepBatchRequest"};
const schema123 = {"type":"object","additionalProperties":false,"properties":{"steps":{"type":"integer","minimum":1,"maximum":10000,"default":1,"description":"Steps to run; fewer when the battle completes first."}},"example":{"steps":60}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:stepBattleBatch/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "steps")){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/BattleStepBatchRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.steps !== undefined){
let data0 = data.steps;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BattleStepBatchRequest/properties/steps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema123.properties.steps.type,parentSchema:schema123.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 10000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BattleStepBatchRequest/properties/steps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema123.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/steps",schemaPath:"tradeready:components#/$defs/BattleStepBatchRequest/properties/steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema123.properties.steps,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"tradeready:components#/$defs/BattleStepBatchRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema123.type,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const placeBattleOrder_body = validate93;
const schema124 = {"$id":"tradeready:placeBattleOrder/body","$ref":"tradeready:components#/$defs/BattleOrderRequest"};
const schema125 = {"type":"object","required":["agent_id","symbol","side","quantity"],"additionalProperties":false,"properties":{"agent_id":{"type":"string","format":"uuid","description":"The participant the order is for."},"symbol":{"type":"string","pattern":"^[A-Za-z0-9]{2,20}$","description":"One of the battle's pairs (case-insensitive)."},"side":{"type":"string","enum":["buy","sell"]},"order_type":{"type":"string","enum":["market","limit","stop_loss","take_profit","trailing_stop"],"default":"market"},"type":{"type":"string","enum":["market","limit","stop_loss","take_profit","trailing_stop"],"description":"Alias of `order_type`."},"quantity":{"$ref":"tradeready:components#/$defs/DecimalAmount"},"price":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"The limit price (`limit`); for `stop_loss` / `take_profit` an alias of `trigger_price`; not allowed on `trailing_stop` (`422`)."},"trigger_price":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"The trigger of a `stop_loss` / `take_profit`; not allowed on `trailing_stop` (`422`), whose trigger follows the price."},"time_in_force":{"type":"string","enum":["GTC","IOC","FOK","GTD"],"default":"GTC","description":"How long the order may rest. `GTC` (default): until filled or cancelled (live orders\nalso expire after the 7-day pending TTL). `IOC` / `FOK` (only on `limit`): a limit that\nis marketable now fills at once (orders fill whole, so the two are the same); otherwise\nit is stored `expired` (`cancel_reason: expired`, nothing locked) and returned with\n`201`, while the funds and size rules still apply (a rejected IOC stores nothing).\n`GTD` (on `limit`, `stop_loss`, `take_profit`, `trailing_stop`): rests until `expire_at`.\nA `market` order fills at once whatever its `GTC` / `IOC` / `FOK`; `GTD` on a market\norder, or `IOC` / `FOK` on a resting type other than `limit`, is a `422` (`body.time_in_force`).\n"},"expire_at":{"type":"string","format":"date-time","description":"RFC 3339 time at which a `GTD` order expires (status `expired`, `cancel_reason:\nexpired`, lock released). Required with `GTD`, forbidden with any other\n`time_in_force`; it must be later than now and at most 7 days ahead (`422`,\n`body.expire_at`). In a backtest: later than the virtual now, with no upper bound, and\nthe order expires at the first step at or after it.\n"},"post_only":{"type":"boolean","default":false,"description":"Only on `limit` orders and not with `IOC` / `FOK` (`422` otherwise). A post-only limit\nonly rests: one that would fill at placement is rejected with `400 ORDER_REJECTED`,\n`details.reason: would_take` (`details.price`, `details.market_price`).\n"},"trail_percent":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"`trailing_stop` only: the distance of the trigger from the best price, in percent\n(0 < x < 100). A sell's trigger is `high × (1 − trail_percent / 100)`, a buy's\n`low × (1 + trail_percent / 100)`, rounded half-even to 8 decimals. Exactly one of\n`trail_percent` and `trail_amount` is required on a trailing stop; either on another\ntype is a `422`.\n"},"trail_amount":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"`trailing_stop` only: the distance of the trigger from the best price, in quote units\n(> 0, a multiple of the pair's tick size, else `400 INVALID_PRICE`). A sell's trigger is\n`high − trail_amount`, a buy's `low + trail_amount`. Exactly one of `trail_percent` and\n`trail_amount`; an initial sell trigger at or below 0 is a `400 INVALID_PRICE` with\n`details.reason: trail_exceeds_price`.\n"},"activation_price":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"`trailing_stop` only (`422` on another type): the trail starts when a sell's price\nrises to it (a buy's falls to it), with that tick's price as the first best price; a\nmultiple of the tick size. Without it, or when it is already reached at placement, the\ntrail is active at once with the market price as the first best price.\n"},"take_profit":{"$ref":"tradeready:components#/$defs/TakeProfitLeg","description":"Bracket: a sell that takes profit on the position this order opens, placed when this\nentry fills. Only on a `buy` `market` or `limit` entry (this exchange is long-only; a\nbracket on a sell or on another type is a `422`). Its price must be above the entry\nreference (the limit price of a limit entry, the market price of a market entry), else\n`400 ORDER_REJECTED`, `details.reason: invalid_bracket`.\n"},"stop_loss":{"$ref":"tradeready:components#/$defs/StopLossLeg","description":"Bracket: a sell that stops the loss on the position this order opens, placed when this\nentry fills; same entry rules as `take_profit`. A `stop_loss` leg's trigger must be below\nthe entry reference, else `400 ORDER_REJECTED`, `details.reason: invalid_bracket`.\nWith both legs, they form an OCO group once placed: when one fills the other is\ncancelled (`cancel_reason: oco`).\n"}},"example":{"agent_id":"7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f","symbol":"BTCUSDT","side":"buy","order_type":"limit","quantity":"0.01","price":"63000.00"}};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agent_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_id"},message:"must have required property '"+"agent_id"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.symbol === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.side === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "side"},message:"must have required property '"+"side"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.quantity === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'",schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func29.call(schema125.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.agent_id !== undefined){
let data0 = data.agent_id;
if(typeof data0 === "string"){
if(!(formats12.test(data0))){
const err5 = {instancePath:instancePath+"/agent_id",schemaPath:"#/properties/agent_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema125.properties.agent_id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/agent_id",schemaPath:"#/properties/agent_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.agent_id.type,parentSchema:schema125.properties.agent_id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.symbol !== undefined){
let data1 = data.symbol;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err7 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,20}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,20}$"+"\"",schema:"^[A-Za-z0-9]{2,20}$",parentSchema:schema125.properties.symbol,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.symbol.type,parentSchema:schema125.properties.symbol,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.side !== undefined){
let data2 = data.side;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.side.type,parentSchema:schema125.properties.side,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data2 === "buy") || (data2 === "sell"))){
const err10 = {instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema125.properties.side.enum},message:"must be equal to one of the allowed values",schema:schema125.properties.side.enum,parentSchema:schema125.properties.side,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.order_type !== undefined){
let data3 = data.order_type;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/order_type",schemaPath:"#/properties/order_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.order_type.type,parentSchema:schema125.properties.order_type,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((((data3 === "market") || (data3 === "limit")) || (data3 === "stop_loss")) || (data3 === "take_profit")) || (data3 === "trailing_stop"))){
const err12 = {instancePath:instancePath+"/order_type",schemaPath:"#/properties/order_type/enum",keyword:"enum",params:{allowedValues: schema125.properties.order_type.enum},message:"must be equal to one of the allowed values",schema:schema125.properties.order_type.enum,parentSchema:schema125.properties.order_type,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.type.type,parentSchema:schema125.properties.type,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((data4 === "market") || (data4 === "limit")) || (data4 === "stop_loss")) || (data4 === "take_profit")) || (data4 === "trailing_stop"))){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema125.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema125.properties.type.enum,parentSchema:schema125.properties.type,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.quantity !== undefined){
let data5 = data.quantity;
const _errs14 = errors;
let valid2 = false;
let passing0 = null;
const _errs15 = errors;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err15 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs17 = errors;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000000000 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err20 = {instancePath:instancePath+"/quantity",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.price !== undefined){
let data6 = data.price;
const _errs22 = errors;
let valid5 = false;
let passing1 = null;
const _errs23 = errors;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err21 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs23 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs25 = errors;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000000 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs25 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err26 = {instancePath:instancePath+"/price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.trigger_price !== undefined){
let data7 = data.trigger_price;
const _errs30 = errors;
let valid8 = false;
let passing2 = null;
const _errs31 = errors;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err27 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid2 = _errs31 === errors;
if(_valid2){
valid8 = true;
passing2 = 0;
}
const _errs33 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000000000 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data7 <= 0 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs33 === errors;
if(_valid2 && valid8){
valid8 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid8 = true;
passing2 = 1;
}
}
if(!valid8){
const err32 = {instancePath:instancePath+"/trigger_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data.time_in_force !== undefined){
let data8 = data.time_in_force;
if(typeof data8 !== "string"){
const err33 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.time_in_force.type,parentSchema:schema125.properties.time_in_force,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!((((data8 === "GTC") || (data8 === "IOC")) || (data8 === "FOK")) || (data8 === "GTD"))){
const err34 = {instancePath:instancePath+"/time_in_force",schemaPath:"#/properties/time_in_force/enum",keyword:"enum",params:{allowedValues: schema125.properties.time_in_force.enum},message:"must be equal to one of the allowed values",schema:schema125.properties.time_in_force.enum,parentSchema:schema125.properties.time_in_force,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.expire_at !== undefined){
let data9 = data.expire_at;
if(typeof data9 === "string"){
if(!(formats4.validate(data9))){
const err35 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema125.properties.expire_at,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/expire_at",schemaPath:"#/properties/expire_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.expire_at.type,parentSchema:schema125.properties.expire_at,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.post_only !== undefined){
let data10 = data.post_only;
if(typeof data10 !== "boolean"){
const err37 = {instancePath:instancePath+"/post_only",schemaPath:"#/properties/post_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema125.properties.post_only.type,parentSchema:schema125.properties.post_only,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.trail_percent !== undefined){
let data11 = data.trail_percent;
const _errs44 = errors;
let valid11 = false;
let passing3 = null;
const _errs45 = errors;
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err38 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid3 = _errs45 === errors;
if(_valid3){
valid11 = true;
passing3 = 0;
}
const _errs47 = errors;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1000000000000 || isNaN(data11)){
const err40 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err41 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid3 = _errs47 === errors;
if(_valid3 && valid11){
valid11 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid11 = true;
passing3 = 1;
}
}
if(!valid11){
const err43 = {instancePath:instancePath+"/trail_percent",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.trail_amount !== undefined){
let data12 = data.trail_amount;
const _errs52 = errors;
let valid14 = false;
let passing4 = null;
const _errs53 = errors;
if(typeof data12 === "string"){
if(!pattern5.test(data12)){
const err44 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid4 = _errs53 === errors;
if(_valid4){
valid14 = true;
passing4 = 0;
}
const _errs55 = errors;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1000000000000 || isNaN(data12)){
const err46 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data12 <= 0 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid4 = _errs55 === errors;
if(_valid4 && valid14){
valid14 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid14 = true;
passing4 = 1;
}
}
if(!valid14){
const err49 = {instancePath:instancePath+"/trail_amount",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
}
if(data.activation_price !== undefined){
let data13 = data.activation_price;
const _errs60 = errors;
let valid17 = false;
let passing5 = null;
const _errs61 = errors;
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err50 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid5 = _errs61 === errors;
if(_valid5){
valid17 = true;
passing5 = 0;
}
const _errs63 = errors;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 1000000000000 || isNaN(data13)){
const err52 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data13 <= 0 || isNaN(data13)){
const err53 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid5 = _errs63 === errors;
if(_valid5 && valid17){
valid17 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid17 = true;
passing5 = 1;
}
}
if(!valid17){
const err55 = {instancePath:instancePath+"/activation_price",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
}
if(data.take_profit !== undefined){
if(!(validate46(data.take_profit, {instancePath:instancePath+"/take_profit",parentData:data,parentDataProperty:"take_profit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.stop_loss !== undefined){
if(!(validate48(data.stop_loss, {instancePath:instancePath+"/stop_loss",parentData:data,parentDataProperty:"stop_loss",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.type,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:placeBattleOrder/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const registerTrainingRun_body = validate98;
const schema132 = {"$id":"tradeready:registerTrainingRun/body","$ref":"tradeready:components#/$defs/TrainingRunRegisterRequest"};
const schema133 = {"type":"object","required":["run_id"],"additionalProperties":false,"properties":{"run_id":{"type":"string","format":"uuid","description":"The run's id, generated by the client (a UUID); registering it again with the same body is a no-op.","example":"3f2b8c1e-9a4d-4e7f-8b6a-1c2d3e4f5a6b"},"config":{"type":["object","null"],"description":"Anything the client wants kept with the run; `strategy_label`, when a string, labels it in lists.","example":{"strategy_label":"ppo_btc_v2"}},"strategy_id":{"type":["string","null"],"format":"uuid","description":"One of the account's strategies this run trains.","example":null}}};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:registerTrainingRun/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.run_id === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/TrainingRunRegisterRequest/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'",schema:schema133.required,parentSchema:schema133,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "run_id") || (key0 === "config")) || (key0 === "strategy_id"))){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/TrainingRunRegisterRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema133,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.run_id !== undefined){
let data0 = data.run_id;
if(typeof data0 === "string"){
if(!(formats12.test(data0))){
const err2 = {instancePath:instancePath+"/run_id",schemaPath:"tradeready:components#/$defs/TrainingRunRegisterRequest/properties/run_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema133.properties.run_id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/run_id",schemaPath:"tradeready:components#/$defs/TrainingRunRegisterRequest/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema133.properties.run_id.type,parentSchema:schema133.properties.run_id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.config !== undefined){
let data1 = data.config;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
const err4 = {instancePath:instancePath+"/config",schemaPath:"tradeready:components#/$defs/TrainingRunRegisterRequest/properties/config/type",keyword:"type",params:{type: schema133.properties.config.type},message:"must be object,null",schema:schema133.properties.config.type,parentSchema:schema133.properties.config,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.strategy_id !== undefined){
let data2 = data.strategy_id;
if((typeof data2 !== "string") && (data2 !== null)){
const err5 = {instancePath:instancePath+"/strategy_id",schemaPath:"tradeready:components#/$defs/TrainingRunRegisterRequest/properties/strategy_id/type",keyword:"type",params:{type: schema133.properties.strategy_id.type},message:"must be string,null",schema:schema133.properties.strategy_id.type,parentSchema:schema133.properties.strategy_id,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data2 === "string"){
if(!(formats12.test(data2))){
const err6 = {instancePath:instancePath+"/strategy_id",schemaPath:"tradeready:components#/$defs/TrainingRunRegisterRequest/properties/strategy_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema133.properties.strategy_id,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"tradeready:components#/$defs/TrainingRunRegisterRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema133.type,parentSchema:schema133,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const reportTrainingEpisode_body = validate99;
const schema134 = {"$id":"tradeready:reportTrainingEpisode/body","$ref":"tradeready:components#/$defs/TrainingEpisodeRequest"};
const schema135 = {"type":"object","required":["episode_number"],"additionalProperties":false,"properties":{"episode_number":{"type":"integer","minimum":1,"maximum":1000000000,"example":1},"session_id":{"type":["string","null"],"format":"uuid","description":"The account's backtest session the episode ran in.","example":null},"roi_pct":{"type":["number","null"],"minimum":-1000000000000,"maximum":1000000000000,"example":2.5},"sharpe_ratio":{"type":["number","null"],"minimum":-1000000000000,"maximum":1000000000000,"example":1.1},"max_drawdown_pct":{"type":["number","null"],"minimum":-1000000000000,"maximum":1000000000000,"example":3.2},"total_trades":{"type":["integer","null"],"minimum":0,"maximum":1000000000,"example":14},"reward_sum":{"type":["number","null"],"minimum":-1000000000000,"maximum":1000000000000,"example":15.25}}};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:reportTrainingEpisode/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.episode_number === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/required",keyword:"required",params:{missingProperty: "episode_number"},message:"must have required property '"+"episode_number"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "episode_number") || (key0 === "session_id")) || (key0 === "roi_pct")) || (key0 === "sharpe_ratio")) || (key0 === "max_drawdown_pct")) || (key0 === "total_trades")) || (key0 === "reward_sum"))){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.episode_number !== undefined){
let data0 = data.episode_number;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/episode_number",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/episode_number/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema135.properties.episode_number.type,parentSchema:schema135.properties.episode_number,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000000000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/episode_number",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/episode_number/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema135.properties.episode_number,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/episode_number",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/episode_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema135.properties.episode_number,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.session_id !== undefined){
let data1 = data.session_id;
if((typeof data1 !== "string") && (data1 !== null)){
const err5 = {instancePath:instancePath+"/session_id",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/session_id/type",keyword:"type",params:{type: schema135.properties.session_id.type},message:"must be string,null",schema:schema135.properties.session_id.type,parentSchema:schema135.properties.session_id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats12.test(data1))){
const err6 = {instancePath:instancePath+"/session_id",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/session_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema135.properties.session_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.roi_pct !== undefined){
let data2 = data.roi_pct;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err7 = {instancePath:instancePath+"/roi_pct",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/roi_pct/type",keyword:"type",params:{type: schema135.properties.roi_pct.type},message:"must be number,null",schema:schema135.properties.roi_pct.type,parentSchema:schema135.properties.roi_pct,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000000000 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/roi_pct",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/roi_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema135.properties.roi_pct,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < -1000000000000 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/roi_pct",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/roi_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema135.properties.roi_pct,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.sharpe_ratio !== undefined){
let data3 = data.sharpe_ratio;
if((!((typeof data3 == "number") && (isFinite(data3)))) && (data3 !== null)){
const err10 = {instancePath:instancePath+"/sharpe_ratio",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/sharpe_ratio/type",keyword:"type",params:{type: schema135.properties.sharpe_ratio.type},message:"must be number,null",schema:schema135.properties.sharpe_ratio.type,parentSchema:schema135.properties.sharpe_ratio,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/sharpe_ratio",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/sharpe_ratio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema135.properties.sharpe_ratio,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < -1000000000000 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/sharpe_ratio",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/sharpe_ratio/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema135.properties.sharpe_ratio,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.max_drawdown_pct !== undefined){
let data4 = data.max_drawdown_pct;
if((!((typeof data4 == "number") && (isFinite(data4)))) && (data4 !== null)){
const err13 = {instancePath:instancePath+"/max_drawdown_pct",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/max_drawdown_pct/type",keyword:"type",params:{type: schema135.properties.max_drawdown_pct.type},message:"must be number,null",schema:schema135.properties.max_drawdown_pct.type,parentSchema:schema135.properties.max_drawdown_pct,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/max_drawdown_pct",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/max_drawdown_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema135.properties.max_drawdown_pct,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < -1000000000000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/max_drawdown_pct",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/max_drawdown_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema135.properties.max_drawdown_pct,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.total_trades !== undefined){
let data5 = data.total_trades;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
const err16 = {instancePath:instancePath+"/total_trades",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/total_trades/type",keyword:"type",params:{type: schema135.properties.total_trades.type},message:"must be integer,null",schema:schema135.properties.total_trades.type,parentSchema:schema135.properties.total_trades,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000000 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/total_trades",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/total_trades/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema135.properties.total_trades,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/total_trades",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/total_trades/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema135.properties.total_trades,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.reward_sum !== undefined){
let data6 = data.reward_sum;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
const err19 = {instancePath:instancePath+"/reward_sum",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/reward_sum/type",keyword:"type",params:{type: schema135.properties.reward_sum.type},message:"must be number,null",schema:schema135.properties.reward_sum.type,parentSchema:schema135.properties.reward_sum,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000000 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/reward_sum",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/reward_sum/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema135.properties.reward_sum,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6 < -1000000000000 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/reward_sum",schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/properties/reward_sum/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000},message:"must be >= -1000000000000",schema:-1000000000000,parentSchema:schema135.properties.reward_sum,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath,schemaPath:"tradeready:components#/$defs/TrainingEpisodeRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema135.type,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createWebhook_body = validate100;
const schema136 = {"$id":"tradeready:createWebhook/body","$ref":"tradeready:components#/$defs/WebhookCreateRequest"};
const schema137 = {"type":"object","additionalProperties":false,"required":["url","events"],"properties":{"url":{"type":"string","minLength":1,"maxLength":2048,"description":"Where deliveries are POSTed; `https` and a public address (see the Webhooks tag).","example":"https://hooks.example.com/tradeready"},"events":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"tradeready:components#/$defs/WebhookEvent"},"example":["backtest.completed"]},"description":{"type":["string","null"],"maxLength":255,"example":"Notify the research bot"}}};
const schema138 = {"type":"string","description":"An event a subscription may list.","enum":["backtest.completed","strategy.test.completed","strategy.deployed","battle.completed"],"example":"backtest.completed"};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema137.required,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.events === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'",schema:schema137.required,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "url") || (key0 === "events")) || (key0 === "description"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema137.properties.url,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema137.properties.url,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.url.type,parentSchema:schema137.properties.url,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.events !== undefined){
let data1 = data.events;
if(Array.isArray(data1)){
if(data1.length > 20){
const err6 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema137.properties.events,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.length < 1){
const err7 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema137.properties.events,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/events/" + i0,schemaPath:"tradeready:components#/$defs/WebhookEvent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.type,parentSchema:schema138,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((data2 === "backtest.completed") || (data2 === "strategy.test.completed")) || (data2 === "strategy.deployed")) || (data2 === "battle.completed"))){
const err9 = {instancePath:instancePath+"/events/" + i0,schemaPath:"tradeready:components#/$defs/WebhookEvent/enum",keyword:"enum",params:{allowedValues: schema138.enum},message:"must be equal to one of the allowed values",schema:schema138.enum,parentSchema:schema138,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema137.properties.events.type,parentSchema:schema137.properties.events,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if((typeof data3 !== "string") && (data3 !== null)){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema137.properties.description.type},message:"must be string,null",schema:schema137.properties.description.type,parentSchema:schema137.properties.description,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) > 255){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema137.properties.description,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:createWebhook/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateWebhook_body = validate103;
const schema139 = {"$id":"tradeready:updateWebhook/body","$ref":"tradeready:components#/$defs/WebhookUpdateRequest"};
const schema140 = {"type":"object","additionalProperties":false,"description":"Every field optional; absent or `null` leaves it unchanged.","properties":{"url":{"type":["string","null"],"minLength":1,"maxLength":2048,"example":"https://hooks.example.com/v2/tradeready"},"events":{"type":["array","null"],"minItems":1,"maxItems":20,"items":{"$ref":"tradeready:components#/$defs/WebhookEvent"},"example":["battle.completed"]},"active":{"type":["boolean","null"],"example":true},"description":{"type":["string","null"],"maxLength":255,"example":"Notify the research bot"}}};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "url") || (key0 === "events")) || (key0 === "active")) || (key0 === "description"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: schema140.properties.url.type},message:"must be string,null",schema:schema140.properties.url.type,parentSchema:schema140.properties.url,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 === "string"){
if(func1(data0) > 2048){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema140.properties.url,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema140.properties.url,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.events !== undefined){
let data1 = data.events;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err4 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: schema140.properties.events.type},message:"must be array,null",schema:schema140.properties.events.type,parentSchema:schema140.properties.events,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data1)){
if(data1.length > 20){
const err5 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema140.properties.events,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema140.properties.events,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/events/" + i0,schemaPath:"tradeready:components#/$defs/WebhookEvent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.type,parentSchema:schema138,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data2 === "backtest.completed") || (data2 === "strategy.test.completed")) || (data2 === "strategy.deployed")) || (data2 === "battle.completed"))){
const err8 = {instancePath:instancePath+"/events/" + i0,schemaPath:"tradeready:components#/$defs/WebhookEvent/enum",keyword:"enum",params:{allowedValues: schema138.enum},message:"must be equal to one of the allowed values",schema:schema138.enum,parentSchema:schema138,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
if(data.active !== undefined){
let data3 = data.active;
if((typeof data3 !== "boolean") && (data3 !== null)){
const err9 = {instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: schema140.properties.active.type},message:"must be boolean,null",schema:schema140.properties.active.type,parentSchema:schema140.properties.active,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema140.properties.description.type},message:"must be string,null",schema:schema140.properties.description.type,parentSchema:schema140.properties.description,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema140.properties.description,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.type,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:updateWebhook/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate103.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
validate103.errors = vErrors;
return errors === 0;
}
validate103.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createStrategy_body = validate106;
const schema142 = {"$id":"tradeready:createStrategy/body","$ref":"tradeready:components#/$defs/StrategyCreateRequest"};
const schema143 = {"type":"object","required":["name","definition"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":200,"description":"Trimmed; 1–200 characters after trimming."},"description":{"type":["string","null"],"maxLength":2000},"definition":{"$ref":"tradeready:components#/$defs/StrategyDefinition"}}};
const schema144 = {"type":"object","additionalProperties":false,"description":"What a strategy does, in one of two forms; every object in it refuses unknown keys (a `422`\nnaming the key), so a misspelt condition never yields a strategy that silently never trades.\n\n**Flat form** (the docs'): `pairs` (required), `timeframe` (default `1h`: the candles the\nindicators are computed on and the strategy acts on), `entry_conditions` (an object; ALL\nactive conditions must pass for an entry; none active ⇒ it never enters),\n`exit_conditions` (an object; the FIRST that fires, in the order `stop_loss_pct`,\n`take_profit_pct`, `trailing_stop_pct`, `max_hold_candles`, `rsi_above`, `rsi_below`,\n`macd_cross_below`, sells the whole position), `position_size_pct` (percent of equity per\nentry, 1–100, default 10), `max_positions` (1–50, default 3), `filters` (reserved: `{}`),\n`model_type` (default `rule_based`), `model_reference`. A condition is active when its key is\npresent with a non-null value (a boolean condition set to `false` is inactive). RSI and ADX\nare 14-period, Bollinger bands 20-period at 2σ, the volume average 20-period, MACD 12/26/9;\n`macd_cross_above`/`macd_cross_below` fire on the candle where line − signal changes sign;\nSMA/EMA take any period from 2 to 500. An indicator still warming up makes its condition\nfalse.\n\n**Rule-list form** (the SDK examples'): `symbol` instead of `pairs`, an optional `type`\nlabel (one of the `model_type` values sets it), condition lists of rules `{indicator,\noperator, threshold?, period?, fast?, slow?, signal?}`, and `position_size_pct`,\n`stop_loss_pct`, `take_profit_pct`, `trailing_stop_pct` at the top level as FRACTIONS (0.1\n= 10 %). It is turned into the flat form rule by rule: entry `rsi <`/`>` threshold →\n`rsi_below`/`rsi_above`; `macd crossover`/`crossunder` → `macd_cross_above`/`below`; `sma`/`ema`\n`>`/`<` with `period` → `price_above_sma`/`price_below_sma` (`_ema`); `bollinger <`/`>` →\n`bb_below_lower`/`bb_above_upper`; `adx >` → `adx_above`; `volume >` → `volume_above_ma`;\nexit `rsi >`/`<` → `rsi_above`/`rsi_below`, `macd crossunder` → `macd_cross_below`. A rule\nwith no flat equivalent (another operator, a period other than the flat form's fixed one, a\nsecond rule for the same key) is a `422` naming the rule's field. Any use of `symbol`,\n`type`, a condition list or a top-level exit makes the whole definition rule-list form. A\ntop-level `name` is accepted in the rule-list form and dropped (a `422` in the flat form).\n","properties":{"pairs":{"type":"array","minItems":1,"maxItems":50,"description":"Listed pairs (any case), tried for entries in this order.","items":{"type":"string","pattern":"^[A-Za-z0-9]{2,30}$"},"example":["BTCUSDT","ETHUSDT"]},"symbol":{"type":"string","pattern":"^[A-Za-z0-9]{2,30}$","description":"Rule-list form only, instead of `pairs`."},"type":{"type":"string","maxLength":100,"description":"Rule-list form only; a label (`rule_based`, `ml` or `rl` sets `model_type`)."},"name":{"type":"string","maxLength":200,"description":"Rule-list form only; a label (the SDK's genetic example sends one), kept in the definition as sent and dropped from the normalised one (the strategy is named by its own `name`)."},"timeframe":{"type":"string","enum":["1m","5m","15m","1h","4h","1d"],"default":"1h"},"entry_conditions":{"description":"An object of entry conditions (flat form), or a list of rules (rule-list form).","if":{"type":"array"},"then":{"type":"array","maxItems":20,"items":{"$ref":"tradeready:components#/$defs/StrategyConditionRule"}},"else":{"$ref":"tradeready:components#/$defs/StrategyEntryConditions"}},"exit_conditions":{"description":"An object of exit conditions (flat form), or a list of rules (rule-list form).","if":{"type":"array"},"then":{"type":"array","maxItems":20,"items":{"$ref":"tradeready:components#/$defs/StrategyConditionRule"}},"else":{"$ref":"tradeready:components#/$defs/StrategyExitConditions"}},"position_size_pct":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"Percent of equity per entry, 1–100 (flat form, default 10); a fraction above 0 up to 1 in the rule-list form."},"max_positions":{"type":"integer","minimum":1,"maximum":50,"default":3,"description":"Positions in the strategy's pairs held at once, at most."},"stop_loss_pct":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Rule-list form only, a fraction (0.05 = 5 %) → `exit_conditions.stop_loss_pct`."},"take_profit_pct":{"type":"number","exclusiveMinimum":0,"maximum":10,"description":"Rule-list form only, a fraction → `exit_conditions.take_profit_pct`."},"trailing_stop_pct":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Rule-list form only, a fraction → `exit_conditions.trailing_stop_pct`."},"filters":{"type":"object","additionalProperties":false,"description":"Reserved; must be empty.","properties":{}},"model_type":{"type":"string","enum":["rule_based","ml","rl"],"default":"rule_based"},"model_reference":{"type":["string","null"],"maxLength":500}}};
const schema145 = {"type":"object","required":["indicator","operator"],"additionalProperties":false,"description":"One rule of the rule-list form (see `StrategyDefinition` for the rules that map).","properties":{"indicator":{"type":"string","maxLength":30,"example":"rsi"},"operator":{"type":"string","enum":["<",">","crossover","crossunder"]},"threshold":{"type":["number","null"]},"period":{"type":["integer","null"],"minimum":2,"maximum":500},"fast":{"type":["integer","null"],"minimum":1,"maximum":500},"slow":{"type":["integer","null"],"minimum":1,"maximum":500},"signal":{"type":["integer","null"],"minimum":1,"maximum":500}}};
const schema146 = {"type":"object","additionalProperties":false,"description":"Entry conditions of the flat form: all active ones must pass.\n","properties":{"rsi_below":{"type":["number","null"],"minimum":0,"maximum":100,"description":"RSI(14) below this."},"rsi_above":{"type":["number","null"],"minimum":0,"maximum":100,"description":"RSI(14) above this."},"macd_cross_above":{"type":["boolean","null"],"description":"MACD line crossed above its signal on this candle."},"macd_cross_below":{"type":["boolean","null"],"description":"MACD line crossed below its signal on this candle."},"price_above_sma":{"type":["integer","null"],"minimum":2,"maximum":500,"description":"Close above the SMA of this period."},"price_below_sma":{"type":["integer","null"],"minimum":2,"maximum":500,"description":"Close below the SMA of this period."},"price_above_ema":{"type":["integer","null"],"minimum":2,"maximum":500,"description":"Close above the EMA of this period."},"price_below_ema":{"type":["integer","null"],"minimum":2,"maximum":500,"description":"Close below the EMA of this period."},"bb_below_lower":{"type":["boolean","null"],"description":"Close below the lower Bollinger band (20, 2σ)."},"bb_above_upper":{"type":["boolean","null"],"description":"Close above the upper Bollinger band (20, 2σ)."},"adx_above":{"type":["number","null"],"minimum":0,"maximum":100,"description":"ADX(14) above this."},"volume_above_ma":{"type":["number","null"],"exclusiveMinimum":0,"maximum":1000,"description":"The candle's volume above this multiple of its 20-candle average."}},"example":{"rsi_below":30,"price_above_sma":50}};
const schema148 = {"type":"object","additionalProperties":false,"description":"Exit conditions of the flat form: the first that fires sells. With no active exit a\nposition is held until it is sold by hand.\n","properties":{"stop_loss_pct":{"type":["number","null"],"exclusiveMinimum":0,"maximum":100,"description":"Price this percent below the average entry."},"take_profit_pct":{"type":["number","null"],"exclusiveMinimum":0,"maximum":1000,"description":"Price this percent above the average entry."},"trailing_stop_pct":{"type":["number","null"],"exclusiveMinimum":0,"maximum":100,"description":"Price this percent below the highest close since the entry."},"max_hold_candles":{"type":["integer","null"],"minimum":1,"maximum":1000000,"description":"Candles of the timeframe closed since the entry."},"rsi_above":{"type":["number","null"],"minimum":0,"maximum":100},"rsi_below":{"type":["number","null"],"minimum":0,"maximum":100},"macd_cross_below":{"type":["boolean","null"]}},"example":{"stop_loss_pct":5,"take_profit_pct":10}};
const pattern54 = new RegExp("^[A-Za-z0-9]{2,30}$", "u");

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func29.call(schema144.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema144,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.pairs !== undefined){
let data0 = data.pairs;
if(Array.isArray(data0)){
if(data0.length > 50){
const err1 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema144.properties.pairs,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema144.properties.pairs,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern54.test(data1)){
const err3 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,30}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,30}$"+"\"",schema:"^[A-Za-z0-9]{2,30}$",parentSchema:schema144.properties.pairs.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/pairs/" + i0,schemaPath:"#/properties/pairs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema144.properties.pairs.items.type,parentSchema:schema144.properties.pairs.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/pairs",schemaPath:"#/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema144.properties.pairs.type,parentSchema:schema144.properties.pairs,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.symbol !== undefined){
let data2 = data.symbol;
if(typeof data2 === "string"){
if(!pattern54.test(data2)){
const err6 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{2,30}$"},message:"must match pattern \""+"^[A-Za-z0-9]{2,30}$"+"\"",schema:"^[A-Za-z0-9]{2,30}$",parentSchema:schema144.properties.symbol,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/symbol",schemaPath:"#/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema144.properties.symbol.type,parentSchema:schema144.properties.symbol,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 === "string"){
if(func1(data3) > 100){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema144.properties.type,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema144.properties.type.type,parentSchema:schema144.properties.type,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data4 = data.name;
if(typeof data4 === "string"){
if(func1(data4) > 200){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema144.properties.name,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema144.properties.name.type,parentSchema:schema144.properties.name,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.timeframe !== undefined){
let data5 = data.timeframe;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/timeframe",schemaPath:"#/properties/timeframe/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema144.properties.timeframe.type,parentSchema:schema144.properties.timeframe,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((data5 === "1m") || (data5 === "5m")) || (data5 === "15m")) || (data5 === "1h")) || (data5 === "4h")) || (data5 === "1d"))){
const err13 = {instancePath:instancePath+"/timeframe",schemaPath:"#/properties/timeframe/enum",keyword:"enum",params:{allowedValues: schema144.properties.timeframe.enum},message:"must be equal to one of the allowed values",schema:schema144.properties.timeframe.enum,parentSchema:schema144.properties.timeframe,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.entry_conditions !== undefined){
let data6 = data.entry_conditions;
const _errs15 = errors;
let valid3 = true;
const _errs16 = errors;
if(!(Array.isArray(data6))){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs18 = errors;
if(Array.isArray(data6)){
if(data6.length > 20){
const err15 = {instancePath:instancePath+"/entry_conditions",schemaPath:"#/properties/entry_conditions/then/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema144.properties.entry_conditions.then,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.indicator === undefined){
const err16 = {instancePath:instancePath+"/entry_conditions/" + i1,schemaPath:"tradeready:components#/$defs/StrategyConditionRule/required",keyword:"required",params:{missingProperty: "indicator"},message:"must have required property '"+"indicator"+"'",schema:schema145.required,parentSchema:schema145,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.operator === undefined){
const err17 = {instancePath:instancePath+"/entry_conditions/" + i1,schemaPath:"tradeready:components#/$defs/StrategyConditionRule/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'",schema:schema145.required,parentSchema:schema145,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data7){
if(!(((((((key1 === "indicator") || (key1 === "operator")) || (key1 === "threshold")) || (key1 === "period")) || (key1 === "fast")) || (key1 === "slow")) || (key1 === "signal"))){
const err18 = {instancePath:instancePath+"/entry_conditions/" + i1,schemaPath:"tradeready:components#/$defs/StrategyConditionRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema145,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.indicator !== undefined){
let data8 = data7.indicator;
if(typeof data8 === "string"){
if(func1(data8) > 30){
const err19 = {instancePath:instancePath+"/entry_conditions/" + i1+"/indicator",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/indicator/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters",schema:30,parentSchema:schema145.properties.indicator,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/entry_conditions/" + i1+"/indicator",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/indicator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema145.properties.indicator.type,parentSchema:schema145.properties.indicator,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.operator !== undefined){
let data9 = data7.operator;
if(typeof data9 !== "string"){
const err21 = {instancePath:instancePath+"/entry_conditions/" + i1+"/operator",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema145.properties.operator.type,parentSchema:schema145.properties.operator,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((data9 === "<") || (data9 === ">")) || (data9 === "crossover")) || (data9 === "crossunder"))){
const err22 = {instancePath:instancePath+"/entry_conditions/" + i1+"/operator",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/operator/enum",keyword:"enum",params:{allowedValues: schema145.properties.operator.enum},message:"must be equal to one of the allowed values",schema:schema145.properties.operator.enum,parentSchema:schema145.properties.operator,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.threshold !== undefined){
let data10 = data7.threshold;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err23 = {instancePath:instancePath+"/entry_conditions/" + i1+"/threshold",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/threshold/type",keyword:"type",params:{type: schema145.properties.threshold.type},message:"must be number,null",schema:schema145.properties.threshold.type,parentSchema:schema145.properties.threshold,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.period !== undefined){
let data11 = data7.period;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
const err24 = {instancePath:instancePath+"/entry_conditions/" + i1+"/period",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/period/type",keyword:"type",params:{type: schema145.properties.period.type},message:"must be integer,null",schema:schema145.properties.period.type,parentSchema:schema145.properties.period,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 500 || isNaN(data11)){
const err25 = {instancePath:instancePath+"/entry_conditions/" + i1+"/period",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema145.properties.period,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11 < 2 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/entry_conditions/" + i1+"/period",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema145.properties.period,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data7.fast !== undefined){
let data12 = data7.fast;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (data12 !== null)){
const err27 = {instancePath:instancePath+"/entry_conditions/" + i1+"/fast",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/fast/type",keyword:"type",params:{type: schema145.properties.fast.type},message:"must be integer,null",schema:schema145.properties.fast.type,parentSchema:schema145.properties.fast,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 500 || isNaN(data12)){
const err28 = {instancePath:instancePath+"/entry_conditions/" + i1+"/fast",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/fast/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema145.properties.fast,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/entry_conditions/" + i1+"/fast",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/fast/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema145.properties.fast,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data7.slow !== undefined){
let data13 = data7.slow;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
const err30 = {instancePath:instancePath+"/entry_conditions/" + i1+"/slow",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/slow/type",keyword:"type",params:{type: schema145.properties.slow.type},message:"must be integer,null",schema:schema145.properties.slow.type,parentSchema:schema145.properties.slow,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 500 || isNaN(data13)){
const err31 = {instancePath:instancePath+"/entry_conditions/" + i1+"/slow",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/slow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema145.properties.slow,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err32 = {instancePath:instancePath+"/entry_conditions/" + i1+"/slow",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/slow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema145.properties.slow,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data7.signal !== undefined){
let data14 = data7.signal;
if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (data14 !== null)){
const err33 = {instancePath:instancePath+"/entry_conditions/" + i1+"/signal",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/signal/type",keyword:"type",params:{type: schema145.properties.signal.type},message:"must be integer,null",schema:schema145.properties.signal.type,parentSchema:schema145.properties.signal,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 500 || isNaN(data14)){
const err34 = {instancePath:instancePath+"/entry_conditions/" + i1+"/signal",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/signal/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema145.properties.signal,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/entry_conditions/" + i1+"/signal",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/signal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema145.properties.signal,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/entry_conditions/" + i1,schemaPath:"tradeready:components#/$defs/StrategyConditionRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema145.type,parentSchema:schema145,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/entry_conditions",schemaPath:"#/properties/entry_conditions/then/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema144.properties.entry_conditions.then.type,parentSchema:schema144.properties.entry_conditions.then,data:data6};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid3 = _valid0;
ifClause0 = "then";
}
else {
const _errs38 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
if(!(func29.call(schema146.properties, key2))){
const err38 = {instancePath:instancePath+"/entry_conditions",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema146,data:data6};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data6.rsi_below !== undefined){
let data15 = data6.rsi_below;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err39 = {instancePath:instancePath+"/entry_conditions/rsi_below",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/rsi_below/type",keyword:"type",params:{type: schema146.properties.rsi_below.type},message:"must be number,null",schema:schema146.properties.rsi_below.type,parentSchema:schema146.properties.rsi_below,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 100 || isNaN(data15)){
const err40 = {instancePath:instancePath+"/entry_conditions/rsi_below",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/rsi_below/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema146.properties.rsi_below,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err41 = {instancePath:instancePath+"/entry_conditions/rsi_below",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/rsi_below/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema146.properties.rsi_below,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data6.rsi_above !== undefined){
let data16 = data6.rsi_above;
if((!((typeof data16 == "number") && (isFinite(data16)))) && (data16 !== null)){
const err42 = {instancePath:instancePath+"/entry_conditions/rsi_above",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/rsi_above/type",keyword:"type",params:{type: schema146.properties.rsi_above.type},message:"must be number,null",schema:schema146.properties.rsi_above.type,parentSchema:schema146.properties.rsi_above,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 100 || isNaN(data16)){
const err43 = {instancePath:instancePath+"/entry_conditions/rsi_above",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/rsi_above/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema146.properties.rsi_above,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err44 = {instancePath:instancePath+"/entry_conditions/rsi_above",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/rsi_above/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema146.properties.rsi_above,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data6.macd_cross_above !== undefined){
let data17 = data6.macd_cross_above;
if((typeof data17 !== "boolean") && (data17 !== null)){
const err45 = {instancePath:instancePath+"/entry_conditions/macd_cross_above",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/macd_cross_above/type",keyword:"type",params:{type: schema146.properties.macd_cross_above.type},message:"must be boolean,null",schema:schema146.properties.macd_cross_above.type,parentSchema:schema146.properties.macd_cross_above,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data6.macd_cross_below !== undefined){
let data18 = data6.macd_cross_below;
if((typeof data18 !== "boolean") && (data18 !== null)){
const err46 = {instancePath:instancePath+"/entry_conditions/macd_cross_below",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/macd_cross_below/type",keyword:"type",params:{type: schema146.properties.macd_cross_below.type},message:"must be boolean,null",schema:schema146.properties.macd_cross_below.type,parentSchema:schema146.properties.macd_cross_below,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data6.price_above_sma !== undefined){
let data19 = data6.price_above_sma;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
const err47 = {instancePath:instancePath+"/entry_conditions/price_above_sma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_above_sma/type",keyword:"type",params:{type: schema146.properties.price_above_sma.type},message:"must be integer,null",schema:schema146.properties.price_above_sma.type,parentSchema:schema146.properties.price_above_sma,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 500 || isNaN(data19)){
const err48 = {instancePath:instancePath+"/entry_conditions/price_above_sma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_above_sma/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema146.properties.price_above_sma,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data19 < 2 || isNaN(data19)){
const err49 = {instancePath:instancePath+"/entry_conditions/price_above_sma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_above_sma/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema146.properties.price_above_sma,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data6.price_below_sma !== undefined){
let data20 = data6.price_below_sma;
if((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (data20 !== null)){
const err50 = {instancePath:instancePath+"/entry_conditions/price_below_sma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_below_sma/type",keyword:"type",params:{type: schema146.properties.price_below_sma.type},message:"must be integer,null",schema:schema146.properties.price_below_sma.type,parentSchema:schema146.properties.price_below_sma,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 500 || isNaN(data20)){
const err51 = {instancePath:instancePath+"/entry_conditions/price_below_sma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_below_sma/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema146.properties.price_below_sma,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data20 < 2 || isNaN(data20)){
const err52 = {instancePath:instancePath+"/entry_conditions/price_below_sma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_below_sma/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema146.properties.price_below_sma,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data6.price_above_ema !== undefined){
let data21 = data6.price_above_ema;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (data21 !== null)){
const err53 = {instancePath:instancePath+"/entry_conditions/price_above_ema",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_above_ema/type",keyword:"type",params:{type: schema146.properties.price_above_ema.type},message:"must be integer,null",schema:schema146.properties.price_above_ema.type,parentSchema:schema146.properties.price_above_ema,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 500 || isNaN(data21)){
const err54 = {instancePath:instancePath+"/entry_conditions/price_above_ema",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_above_ema/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema146.properties.price_above_ema,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data21 < 2 || isNaN(data21)){
const err55 = {instancePath:instancePath+"/entry_conditions/price_above_ema",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_above_ema/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema146.properties.price_above_ema,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data6.price_below_ema !== undefined){
let data22 = data6.price_below_ema;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
const err56 = {instancePath:instancePath+"/entry_conditions/price_below_ema",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_below_ema/type",keyword:"type",params:{type: schema146.properties.price_below_ema.type},message:"must be integer,null",schema:schema146.properties.price_below_ema.type,parentSchema:schema146.properties.price_below_ema,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 500 || isNaN(data22)){
const err57 = {instancePath:instancePath+"/entry_conditions/price_below_ema",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_below_ema/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema146.properties.price_below_ema,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data22 < 2 || isNaN(data22)){
const err58 = {instancePath:instancePath+"/entry_conditions/price_below_ema",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/price_below_ema/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema146.properties.price_below_ema,data:data22};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data6.bb_below_lower !== undefined){
let data23 = data6.bb_below_lower;
if((typeof data23 !== "boolean") && (data23 !== null)){
const err59 = {instancePath:instancePath+"/entry_conditions/bb_below_lower",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/bb_below_lower/type",keyword:"type",params:{type: schema146.properties.bb_below_lower.type},message:"must be boolean,null",schema:schema146.properties.bb_below_lower.type,parentSchema:schema146.properties.bb_below_lower,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data6.bb_above_upper !== undefined){
let data24 = data6.bb_above_upper;
if((typeof data24 !== "boolean") && (data24 !== null)){
const err60 = {instancePath:instancePath+"/entry_conditions/bb_above_upper",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/bb_above_upper/type",keyword:"type",params:{type: schema146.properties.bb_above_upper.type},message:"must be boolean,null",schema:schema146.properties.bb_above_upper.type,parentSchema:schema146.properties.bb_above_upper,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data6.adx_above !== undefined){
let data25 = data6.adx_above;
if((!((typeof data25 == "number") && (isFinite(data25)))) && (data25 !== null)){
const err61 = {instancePath:instancePath+"/entry_conditions/adx_above",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/adx_above/type",keyword:"type",params:{type: schema146.properties.adx_above.type},message:"must be number,null",schema:schema146.properties.adx_above.type,parentSchema:schema146.properties.adx_above,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 100 || isNaN(data25)){
const err62 = {instancePath:instancePath+"/entry_conditions/adx_above",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/adx_above/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema146.properties.adx_above,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data25 < 0 || isNaN(data25)){
const err63 = {instancePath:instancePath+"/entry_conditions/adx_above",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/adx_above/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema146.properties.adx_above,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data6.volume_above_ma !== undefined){
let data26 = data6.volume_above_ma;
if((!((typeof data26 == "number") && (isFinite(data26)))) && (data26 !== null)){
const err64 = {instancePath:instancePath+"/entry_conditions/volume_above_ma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/volume_above_ma/type",keyword:"type",params:{type: schema146.properties.volume_above_ma.type},message:"must be number,null",schema:schema146.properties.volume_above_ma.type,parentSchema:schema146.properties.volume_above_ma,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 1000 || isNaN(data26)){
const err65 = {instancePath:instancePath+"/entry_conditions/volume_above_ma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/volume_above_ma/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema146.properties.volume_above_ma,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data26 <= 0 || isNaN(data26)){
const err66 = {instancePath:instancePath+"/entry_conditions/volume_above_ma",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/properties/volume_above_ma/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema146.properties.volume_above_ma,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
}
else {
const err67 = {instancePath:instancePath+"/entry_conditions",schemaPath:"tradeready:components#/$defs/StrategyEntryConditions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema146.type,parentSchema:schema146,data:data6};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs38 === errors;
valid3 = _valid0;
ifClause0 = "else";
}
if(!valid3){
const err68 = {instancePath:instancePath+"/entry_conditions",schemaPath:"#/properties/entry_conditions/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema144.properties.entry_conditions.if,parentSchema:schema144.properties.entry_conditions,data:data6};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.exit_conditions !== undefined){
let data27 = data.exit_conditions;
const _errs67 = errors;
let valid10 = true;
const _errs68 = errors;
if(!(Array.isArray(data27))){
const err69 = {};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid1 = _errs68 === errors;
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs70 = errors;
if(Array.isArray(data27)){
if(data27.length > 20){
const err70 = {instancePath:instancePath+"/exit_conditions",schemaPath:"#/properties/exit_conditions/then/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema144.properties.exit_conditions.then,data:data27};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
let data28 = data27[i2];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.indicator === undefined){
const err71 = {instancePath:instancePath+"/exit_conditions/" + i2,schemaPath:"tradeready:components#/$defs/StrategyConditionRule/required",keyword:"required",params:{missingProperty: "indicator"},message:"must have required property '"+"indicator"+"'",schema:schema145.required,parentSchema:schema145,data:data28};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data28.operator === undefined){
const err72 = {instancePath:instancePath+"/exit_conditions/" + i2,schemaPath:"tradeready:components#/$defs/StrategyConditionRule/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'",schema:schema145.required,parentSchema:schema145,data:data28};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key3 in data28){
if(!(((((((key3 === "indicator") || (key3 === "operator")) || (key3 === "threshold")) || (key3 === "period")) || (key3 === "fast")) || (key3 === "slow")) || (key3 === "signal"))){
const err73 = {instancePath:instancePath+"/exit_conditions/" + i2,schemaPath:"tradeready:components#/$defs/StrategyConditionRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema145,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data28.indicator !== undefined){
let data29 = data28.indicator;
if(typeof data29 === "string"){
if(func1(data29) > 30){
const err74 = {instancePath:instancePath+"/exit_conditions/" + i2+"/indicator",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/indicator/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters",schema:30,parentSchema:schema145.properties.indicator,data:data29};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/exit_conditions/" + i2+"/indicator",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/indicator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema145.properties.indicator.type,parentSchema:schema145.properties.indicator,data:data29};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data28.operator !== undefined){
let data30 = data28.operator;
if(typeof data30 !== "string"){
const err76 = {instancePath:instancePath+"/exit_conditions/" + i2+"/operator",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema145.properties.operator.type,parentSchema:schema145.properties.operator,data:data30};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!((((data30 === "<") || (data30 === ">")) || (data30 === "crossover")) || (data30 === "crossunder"))){
const err77 = {instancePath:instancePath+"/exit_conditions/" + i2+"/operator",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/operator/enum",keyword:"enum",params:{allowedValues: schema145.properties.operator.enum},message:"must be equal to one of the allowed values",schema:schema145.properties.operator.enum,parentSchema:schema145.properties.operator,data:data30};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data28.threshold !== undefined){
let data31 = data28.threshold;
if((!((typeof data31 == "number") && (isFinite(data31)))) && (data31 !== null)){
const err78 = {instancePath:instancePath+"/exit_conditions/" + i2+"/threshold",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/threshold/type",keyword:"type",params:{type: schema145.properties.threshold.type},message:"must be number,null",schema:schema145.properties.threshold.type,parentSchema:schema145.properties.threshold,data:data31};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data28.period !== undefined){
let data32 = data28.period;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
const err79 = {instancePath:instancePath+"/exit_conditions/" + i2+"/period",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/period/type",keyword:"type",params:{type: schema145.properties.period.type},message:"must be integer,null",schema:schema145.properties.period.type,parentSchema:schema145.properties.period,data:data32};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 500 || isNaN(data32)){
const err80 = {instancePath:instancePath+"/exit_conditions/" + i2+"/period",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema145.properties.period,data:data32};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data32 < 2 || isNaN(data32)){
const err81 = {instancePath:instancePath+"/exit_conditions/" + i2+"/period",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema145.properties.period,data:data32};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data28.fast !== undefined){
let data33 = data28.fast;
if((!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) && (data33 !== null)){
const err82 = {instancePath:instancePath+"/exit_conditions/" + i2+"/fast",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/fast/type",keyword:"type",params:{type: schema145.properties.fast.type},message:"must be integer,null",schema:schema145.properties.fast.type,parentSchema:schema145.properties.fast,data:data33};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 500 || isNaN(data33)){
const err83 = {instancePath:instancePath+"/exit_conditions/" + i2+"/fast",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/fast/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema145.properties.fast,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data33 < 1 || isNaN(data33)){
const err84 = {instancePath:instancePath+"/exit_conditions/" + i2+"/fast",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/fast/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema145.properties.fast,data:data33};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data28.slow !== undefined){
let data34 = data28.slow;
if((!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))) && (data34 !== null)){
const err85 = {instancePath:instancePath+"/exit_conditions/" + i2+"/slow",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/slow/type",keyword:"type",params:{type: schema145.properties.slow.type},message:"must be integer,null",schema:schema145.properties.slow.type,parentSchema:schema145.properties.slow,data:data34};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 500 || isNaN(data34)){
const err86 = {instancePath:instancePath+"/exit_conditions/" + i2+"/slow",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/slow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema145.properties.slow,data:data34};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data34 < 1 || isNaN(data34)){
const err87 = {instancePath:instancePath+"/exit_conditions/" + i2+"/slow",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/slow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema145.properties.slow,data:data34};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data28.signal !== undefined){
let data35 = data28.signal;
if((!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))) && (data35 !== null)){
const err88 = {instancePath:instancePath+"/exit_conditions/" + i2+"/signal",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/signal/type",keyword:"type",params:{type: schema145.properties.signal.type},message:"must be integer,null",schema:schema145.properties.signal.type,parentSchema:schema145.properties.signal,data:data35};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 500 || isNaN(data35)){
const err89 = {instancePath:instancePath+"/exit_conditions/" + i2+"/signal",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/signal/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema145.properties.signal,data:data35};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data35 < 1 || isNaN(data35)){
const err90 = {instancePath:instancePath+"/exit_conditions/" + i2+"/signal",schemaPath:"tradeready:components#/$defs/StrategyConditionRule/properties/signal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema145.properties.signal,data:data35};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
}
else {
const err91 = {instancePath:instancePath+"/exit_conditions/" + i2,schemaPath:"tradeready:components#/$defs/StrategyConditionRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema145.type,parentSchema:schema145,data:data28};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/exit_conditions",schemaPath:"#/properties/exit_conditions/then/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema144.properties.exit_conditions.then.type,parentSchema:schema144.properties.exit_conditions.then,data:data27};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid1 = _errs70 === errors;
valid10 = _valid1;
ifClause1 = "then";
}
else {
const _errs90 = errors;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key4 in data27){
if(!(((((((key4 === "stop_loss_pct") || (key4 === "take_profit_pct")) || (key4 === "trailing_stop_pct")) || (key4 === "max_hold_candles")) || (key4 === "rsi_above")) || (key4 === "rsi_below")) || (key4 === "macd_cross_below"))){
const err93 = {instancePath:instancePath+"/exit_conditions",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema148,data:data27};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data27.stop_loss_pct !== undefined){
let data36 = data27.stop_loss_pct;
if((!((typeof data36 == "number") && (isFinite(data36)))) && (data36 !== null)){
const err94 = {instancePath:instancePath+"/exit_conditions/stop_loss_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/stop_loss_pct/type",keyword:"type",params:{type: schema148.properties.stop_loss_pct.type},message:"must be number,null",schema:schema148.properties.stop_loss_pct.type,parentSchema:schema148.properties.stop_loss_pct,data:data36};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 100 || isNaN(data36)){
const err95 = {instancePath:instancePath+"/exit_conditions/stop_loss_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/stop_loss_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema148.properties.stop_loss_pct,data:data36};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data36 <= 0 || isNaN(data36)){
const err96 = {instancePath:instancePath+"/exit_conditions/stop_loss_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/stop_loss_pct/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema148.properties.stop_loss_pct,data:data36};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data27.take_profit_pct !== undefined){
let data37 = data27.take_profit_pct;
if((!((typeof data37 == "number") && (isFinite(data37)))) && (data37 !== null)){
const err97 = {instancePath:instancePath+"/exit_conditions/take_profit_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/take_profit_pct/type",keyword:"type",params:{type: schema148.properties.take_profit_pct.type},message:"must be number,null",schema:schema148.properties.take_profit_pct.type,parentSchema:schema148.properties.take_profit_pct,data:data37};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 1000 || isNaN(data37)){
const err98 = {instancePath:instancePath+"/exit_conditions/take_profit_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/take_profit_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema148.properties.take_profit_pct,data:data37};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data37 <= 0 || isNaN(data37)){
const err99 = {instancePath:instancePath+"/exit_conditions/take_profit_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/take_profit_pct/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema148.properties.take_profit_pct,data:data37};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
if(data27.trailing_stop_pct !== undefined){
let data38 = data27.trailing_stop_pct;
if((!((typeof data38 == "number") && (isFinite(data38)))) && (data38 !== null)){
const err100 = {instancePath:instancePath+"/exit_conditions/trailing_stop_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/trailing_stop_pct/type",keyword:"type",params:{type: schema148.properties.trailing_stop_pct.type},message:"must be number,null",schema:schema148.properties.trailing_stop_pct.type,parentSchema:schema148.properties.trailing_stop_pct,data:data38};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 100 || isNaN(data38)){
const err101 = {instancePath:instancePath+"/exit_conditions/trailing_stop_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/trailing_stop_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema148.properties.trailing_stop_pct,data:data38};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data38 <= 0 || isNaN(data38)){
const err102 = {instancePath:instancePath+"/exit_conditions/trailing_stop_pct",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/trailing_stop_pct/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema148.properties.trailing_stop_pct,data:data38};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
if(data27.max_hold_candles !== undefined){
let data39 = data27.max_hold_candles;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
const err103 = {instancePath:instancePath+"/exit_conditions/max_hold_candles",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/max_hold_candles/type",keyword:"type",params:{type: schema148.properties.max_hold_candles.type},message:"must be integer,null",schema:schema148.properties.max_hold_candles.type,parentSchema:schema148.properties.max_hold_candles,data:data39};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 1000000 || isNaN(data39)){
const err104 = {instancePath:instancePath+"/exit_conditions/max_hold_candles",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/max_hold_candles/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema148.properties.max_hold_candles,data:data39};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data39 < 1 || isNaN(data39)){
const err105 = {instancePath:instancePath+"/exit_conditions/max_hold_candles",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/max_hold_candles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema148.properties.max_hold_candles,data:data39};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
if(data27.rsi_above !== undefined){
let data40 = data27.rsi_above;
if((!((typeof data40 == "number") && (isFinite(data40)))) && (data40 !== null)){
const err106 = {instancePath:instancePath+"/exit_conditions/rsi_above",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/rsi_above/type",keyword:"type",params:{type: schema148.properties.rsi_above.type},message:"must be number,null",schema:schema148.properties.rsi_above.type,parentSchema:schema148.properties.rsi_above,data:data40};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 100 || isNaN(data40)){
const err107 = {instancePath:instancePath+"/exit_conditions/rsi_above",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/rsi_above/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema148.properties.rsi_above,data:data40};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data40 < 0 || isNaN(data40)){
const err108 = {instancePath:instancePath+"/exit_conditions/rsi_above",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/rsi_above/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema148.properties.rsi_above,data:data40};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
if(data27.rsi_below !== undefined){
let data41 = data27.rsi_below;
if((!((typeof data41 == "number") && (isFinite(data41)))) && (data41 !== null)){
const err109 = {instancePath:instancePath+"/exit_conditions/rsi_below",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/rsi_below/type",keyword:"type",params:{type: schema148.properties.rsi_below.type},message:"must be number,null",schema:schema148.properties.rsi_below.type,parentSchema:schema148.properties.rsi_below,data:data41};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 100 || isNaN(data41)){
const err110 = {instancePath:instancePath+"/exit_conditions/rsi_below",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/rsi_below/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema148.properties.rsi_below,data:data41};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data41 < 0 || isNaN(data41)){
const err111 = {instancePath:instancePath+"/exit_conditions/rsi_below",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/rsi_below/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema148.properties.rsi_below,data:data41};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data27.macd_cross_below !== undefined){
let data42 = data27.macd_cross_below;
if((typeof data42 !== "boolean") && (data42 !== null)){
const err112 = {instancePath:instancePath+"/exit_conditions/macd_cross_below",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/properties/macd_cross_below/type",keyword:"type",params:{type: schema148.properties.macd_cross_below.type},message:"must be boolean,null",schema:schema148.properties.macd_cross_below.type,parentSchema:schema148.properties.macd_cross_below,data:data42};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/exit_conditions",schemaPath:"tradeready:components#/$defs/StrategyExitConditions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema148.type,parentSchema:schema148,data:data27};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid1 = _errs90 === errors;
valid10 = _valid1;
ifClause1 = "else";
}
if(!valid10){
const err114 = {instancePath:instancePath+"/exit_conditions",schemaPath:"#/properties/exit_conditions/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema144.properties.exit_conditions.if,parentSchema:schema144.properties.exit_conditions,data:data27};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.position_size_pct !== undefined){
let data43 = data.position_size_pct;
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 100 || isNaN(data43)){
const err115 = {instancePath:instancePath+"/position_size_pct",schemaPath:"#/properties/position_size_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema144.properties.position_size_pct,data:data43};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data43 <= 0 || isNaN(data43)){
const err116 = {instancePath:instancePath+"/position_size_pct",schemaPath:"#/properties/position_size_pct/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema144.properties.position_size_pct,data:data43};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/position_size_pct",schemaPath:"#/properties/position_size_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema144.properties.position_size_pct.type,parentSchema:schema144.properties.position_size_pct,data:data43};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.max_positions !== undefined){
let data44 = data.max_positions;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err118 = {instancePath:instancePath+"/max_positions",schemaPath:"#/properties/max_positions/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema144.properties.max_positions.type,parentSchema:schema144.properties.max_positions,data:data44};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 50 || isNaN(data44)){
const err119 = {instancePath:instancePath+"/max_positions",schemaPath:"#/properties/max_positions/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50",schema:50,parentSchema:schema144.properties.max_positions,data:data44};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data44 < 1 || isNaN(data44)){
const err120 = {instancePath:instancePath+"/max_positions",schemaPath:"#/properties/max_positions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema144.properties.max_positions,data:data44};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
if(data.stop_loss_pct !== undefined){
let data45 = data.stop_loss_pct;
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 1 || isNaN(data45)){
const err121 = {instancePath:instancePath+"/stop_loss_pct",schemaPath:"#/properties/stop_loss_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema144.properties.stop_loss_pct,data:data45};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data45 <= 0 || isNaN(data45)){
const err122 = {instancePath:instancePath+"/stop_loss_pct",schemaPath:"#/properties/stop_loss_pct/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema144.properties.stop_loss_pct,data:data45};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/stop_loss_pct",schemaPath:"#/properties/stop_loss_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema144.properties.stop_loss_pct.type,parentSchema:schema144.properties.stop_loss_pct,data:data45};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.take_profit_pct !== undefined){
let data46 = data.take_profit_pct;
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 10 || isNaN(data46)){
const err124 = {instancePath:instancePath+"/take_profit_pct",schemaPath:"#/properties/take_profit_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema144.properties.take_profit_pct,data:data46};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data46 <= 0 || isNaN(data46)){
const err125 = {instancePath:instancePath+"/take_profit_pct",schemaPath:"#/properties/take_profit_pct/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema144.properties.take_profit_pct,data:data46};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/take_profit_pct",schemaPath:"#/properties/take_profit_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema144.properties.take_profit_pct.type,parentSchema:schema144.properties.take_profit_pct,data:data46};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.trailing_stop_pct !== undefined){
let data47 = data.trailing_stop_pct;
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 1 || isNaN(data47)){
const err127 = {instancePath:instancePath+"/trailing_stop_pct",schemaPath:"#/properties/trailing_stop_pct/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema144.properties.trailing_stop_pct,data:data47};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data47 <= 0 || isNaN(data47)){
const err128 = {instancePath:instancePath+"/trailing_stop_pct",schemaPath:"#/properties/trailing_stop_pct/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema144.properties.trailing_stop_pct,data:data47};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/trailing_stop_pct",schemaPath:"#/properties/trailing_stop_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema144.properties.trailing_stop_pct.type,parentSchema:schema144.properties.trailing_stop_pct,data:data47};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.filters !== undefined){
let data48 = data.filters;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key5 in data48){
const err130 = {instancePath:instancePath+"/filters",schemaPath:"#/properties/filters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema144.properties.filters,data:data48};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/filters",schemaPath:"#/properties/filters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema144.properties.filters.type,parentSchema:schema144.properties.filters,data:data48};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.model_type !== undefined){
let data49 = data.model_type;
if(typeof data49 !== "string"){
const err132 = {instancePath:instancePath+"/model_type",schemaPath:"#/properties/model_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema144.properties.model_type.type,parentSchema:schema144.properties.model_type,data:data49};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(!(((data49 === "rule_based") || (data49 === "ml")) || (data49 === "rl"))){
const err133 = {instancePath:instancePath+"/model_type",schemaPath:"#/properties/model_type/enum",keyword:"enum",params:{allowedValues: schema144.properties.model_type.enum},message:"must be equal to one of the allowed values",schema:schema144.properties.model_type.enum,parentSchema:schema144.properties.model_type,data:data49};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data.model_reference !== undefined){
let data50 = data.model_reference;
if((typeof data50 !== "string") && (data50 !== null)){
const err134 = {instancePath:instancePath+"/model_reference",schemaPath:"#/properties/model_reference/type",keyword:"type",params:{type: schema144.properties.model_reference.type},message:"must be string,null",schema:schema144.properties.model_reference.type,parentSchema:schema144.properties.model_reference,data:data50};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(typeof data50 === "string"){
if(func1(data50) > 500){
const err135 = {instancePath:instancePath+"/model_reference",schemaPath:"#/properties/model_reference/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema144.properties.model_reference,data:data50};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
}
else {
const err136 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema144.type,parentSchema:schema144,data};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.definition === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'",schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "description")) || (key0 === "definition"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema143.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema143.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.properties.name.type,parentSchema:schema143.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if((typeof data1 !== "string") && (data1 !== null)){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema143.properties.description.type},message:"must be string,null",schema:schema143.properties.description.type,parentSchema:schema143.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema143.properties.description,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.definition !== undefined){
if(!(validate108(data.definition, {instancePath:instancePath+"/definition",parentData:data,parentDataProperty:"definition",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema143.type,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:createStrategy/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const compareStrategies_body = validate111;
const schema149 = {"$id":"tradeready:compareStrategies/body","$ref":"tradeready:components#/$defs/StrategyCompareRequest"};
const schema150 = {"type":"object","required":["strategy_ids"],"additionalProperties":false,"properties":{"strategy_ids":{"type":"array","minItems":2,"maxItems":10,"items":{"type":"string","format":"uuid"}},"ranking_metric":{"type":"string","enum":["sharpe_ratio","sortino_ratio","max_drawdown_pct","win_rate","roi_pct","profit_factor"],"default":"sharpe_ratio"}}};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:compareStrategies/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.strategy_ids === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/required",keyword:"required",params:{missingProperty: "strategy_ids"},message:"must have required property '"+"strategy_ids"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "strategy_ids") || (key0 === "ranking_metric"))){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.strategy_ids !== undefined){
let data0 = data.strategy_ids;
if(Array.isArray(data0)){
if(data0.length > 10){
const err2 = {instancePath:instancePath+"/strategy_ids",schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/properties/strategy_ids/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema150.properties.strategy_ids,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 2){
const err3 = {instancePath:instancePath+"/strategy_ids",schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/properties/strategy_ids/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema150.properties.strategy_ids,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!(formats12.test(data1))){
const err4 = {instancePath:instancePath+"/strategy_ids/" + i0,schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/properties/strategy_ids/items/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema150.properties.strategy_ids.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/strategy_ids/" + i0,schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/properties/strategy_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.properties.strategy_ids.items.type,parentSchema:schema150.properties.strategy_ids.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/strategy_ids",schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/properties/strategy_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema150.properties.strategy_ids.type,parentSchema:schema150.properties.strategy_ids,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ranking_metric !== undefined){
let data2 = data.ranking_metric;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/ranking_metric",schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/properties/ranking_metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.properties.ranking_metric.type,parentSchema:schema150.properties.ranking_metric,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((data2 === "sharpe_ratio") || (data2 === "sortino_ratio")) || (data2 === "max_drawdown_pct")) || (data2 === "win_rate")) || (data2 === "roi_pct")) || (data2 === "profit_factor"))){
const err8 = {instancePath:instancePath+"/ranking_metric",schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/properties/ranking_metric/enum",keyword:"enum",params:{allowedValues: schema150.properties.ranking_metric.enum},message:"must be equal to one of the allowed values",schema:schema150.properties.ranking_metric.enum,parentSchema:schema150.properties.ranking_metric,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"tradeready:components#/$defs/StrategyCompareRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema150.type,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const updateStrategy_body = validate112;
const schema151 = {"$id":"tradeready:updateStrategy/body","$ref":"tradeready:components#/$defs/StrategyUpdateRequest"};
const schema152 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":["string","null"],"minLength":1,"maxLength":200},"description":{"type":["string","null"],"maxLength":2000}}};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:updateStrategy/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/StrategyUpdateRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema152,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"tradeready:components#/$defs/StrategyUpdateRequest/properties/name/type",keyword:"type",params:{type: schema152.properties.name.type},message:"must be string,null",schema:schema152.properties.name.type,parentSchema:schema152.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"tradeready:components#/$defs/StrategyUpdateRequest/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema152.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"tradeready:components#/$defs/StrategyUpdateRequest/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema152.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.description !== undefined){
let data1 = data.description;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/description",schemaPath:"tradeready:components#/$defs/StrategyUpdateRequest/properties/description/type",keyword:"type",params:{type: schema152.properties.description.type},message:"must be string,null",schema:schema152.properties.description.type,parentSchema:schema152.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err5 = {instancePath:instancePath+"/description",schemaPath:"tradeready:components#/$defs/StrategyUpdateRequest/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema152.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"tradeready:components#/$defs/StrategyUpdateRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema152.type,parentSchema:schema152,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const createStrategyVersion_body = validate113;
const schema153 = {"$id":"tradeready:createStrategyVersion/body","$ref":"tradeready:components#/$defs/StrategyVersionCreateRequest"};
const schema154 = {"type":"object","required":["definition"],"additionalProperties":false,"properties":{"definition":{"$ref":"tradeready:components#/$defs/StrategyDefinition"},"change_notes":{"type":["string","null"],"maxLength":2000}}};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.definition === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "definition") || (key0 === "change_notes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.definition !== undefined){
if(!(validate108(data.definition, {instancePath:instancePath+"/definition",parentData:data,parentDataProperty:"definition",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
if(data.change_notes !== undefined){
let data1 = data.change_notes;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/change_notes",schemaPath:"#/properties/change_notes/type",keyword:"type",params:{type: schema154.properties.change_notes.type},message:"must be string,null",schema:schema154.properties.change_notes.type,parentSchema:schema154.properties.change_notes,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err3 = {instancePath:instancePath+"/change_notes",schemaPath:"#/properties/change_notes/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema154.properties.change_notes,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema154.type,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:createStrategyVersion/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate114(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const deployStrategy_body = validate117;
const schema155 = {"$id":"tradeready:deployStrategy/body","$ref":"tradeready:components#/$defs/StrategyDeployRequest"};
const schema156 = {"type":"object","required":["version"],"additionalProperties":false,"properties":{"version":{"type":"integer","minimum":1,"maximum":1000000},"agent_id":{"type":["string","null"],"format":"uuid","description":"The agent whose orders the strategy places; default the agent in scope (`X-Agent-Id`, else the account's default agent)."}}};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:deployStrategy/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"tradeready:components#/$defs/StrategyDeployRequest/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "version") || (key0 === "agent_id"))){
const err1 = {instancePath,schemaPath:"tradeready:components#/$defs/StrategyDeployRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/version",schemaPath:"tradeready:components#/$defs/StrategyDeployRequest/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema156.properties.version.type,parentSchema:schema156.properties.version,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/version",schemaPath:"tradeready:components#/$defs/StrategyDeployRequest/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema156.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/version",schemaPath:"tradeready:components#/$defs/StrategyDeployRequest/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema156.properties.version,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.agent_id !== undefined){
let data1 = data.agent_id;
if((typeof data1 !== "string") && (data1 !== null)){
const err5 = {instancePath:instancePath+"/agent_id",schemaPath:"tradeready:components#/$defs/StrategyDeployRequest/properties/agent_id/type",keyword:"type",params:{type: schema156.properties.agent_id.type},message:"must be string,null",schema:schema156.properties.agent_id.type,parentSchema:schema156.properties.agent_id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats12.test(data1))){
const err6 = {instancePath:instancePath+"/agent_id",schemaPath:"tradeready:components#/$defs/StrategyDeployRequest/properties/agent_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",schema:"uuid",parentSchema:schema156.properties.agent_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"tradeready:components#/$defs/StrategyDeployRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema156.type,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const runStrategyTest_body = validate118;
const schema157 = {"$id":"tradeready:runStrategyTest/body","$ref":"tradeready:components#/$defs/StrategyTestRequest"};
const schema158 = {"type":"object","required":["version"],"properties":{"version":{"type":"integer","minimum":1,"description":"The version to test."},"episodes":{"type":"integer","minimum":1,"maximum":100,"default":10,"description":"How many windows of history to run."},"date_range":{"type":["object","null"],"description":"The history the episodes are drawn from; omitted or null: the latest hole-free stretch of\nstored history the pairs share that holds an episode, as long as the episodes need. Dates or date-times; without a zone, UTC.\n","required":["start","end"],"properties":{"start":{"type":"string","example":"2025-01-01"},"end":{"type":"string","example":"2025-06-30T00:00:00Z"}}},"randomize_dates":{"type":"boolean","default":true,"description":"Seeded random windows (default) or back to back from the range's start."},"episode_duration_days":{"type":"integer","minimum":1,"maximum":365,"default":30},"starting_balance":{"allOf":[{"$ref":"tradeready:components#/$defs/DecimalAmount"}],"description":"USDT each episode starts with, 1–10,000,000 (default `\"10000\"`)."},"seed":{"type":"integer","minimum":0,"maximum":2147483647,"description":"Seeds the windows' draw; omitted, the server draws one (reported in the run)."}}};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema158.required,parentSchema:schema158,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version !== undefined){
let data0 = data.version;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema158.properties.version.type,parentSchema:schema158.properties.version,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema158.properties.version,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.episodes !== undefined){
let data1 = data.episodes;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/episodes",schemaPath:"#/properties/episodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema158.properties.episodes.type,parentSchema:schema158.properties.episodes,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/episodes",schemaPath:"#/properties/episodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema158.properties.episodes,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/episodes",schemaPath:"#/properties/episodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema158.properties.episodes,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.date_range !== undefined){
let data2 = data.date_range;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
const err6 = {instancePath:instancePath+"/date_range",schemaPath:"#/properties/date_range/type",keyword:"type",params:{type: schema158.properties.date_range.type},message:"must be object,null",schema:schema158.properties.date_range.type,parentSchema:schema158.properties.date_range,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.start === undefined){
const err7 = {instancePath:instancePath+"/date_range",schemaPath:"#/properties/date_range/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema158.properties.date_range.required,parentSchema:schema158.properties.date_range,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.end === undefined){
const err8 = {instancePath:instancePath+"/date_range",schemaPath:"#/properties/date_range/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema158.properties.date_range.required,parentSchema:schema158.properties.date_range,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.start !== undefined){
let data3 = data2.start;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/date_range/start",schemaPath:"#/properties/date_range/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.date_range.properties.start.type,parentSchema:schema158.properties.date_range.properties.start,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.end !== undefined){
let data4 = data2.end;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/date_range/end",schemaPath:"#/properties/date_range/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema158.properties.date_range.properties.end.type,parentSchema:schema158.properties.date_range.properties.end,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.randomize_dates !== undefined){
let data5 = data.randomize_dates;
if(typeof data5 !== "boolean"){
const err11 = {instancePath:instancePath+"/randomize_dates",schemaPath:"#/properties/randomize_dates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema158.properties.randomize_dates.type,parentSchema:schema158.properties.randomize_dates,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.episode_duration_days !== undefined){
let data6 = data.episode_duration_days;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/episode_duration_days",schemaPath:"#/properties/episode_duration_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema158.properties.episode_duration_days.type,parentSchema:schema158.properties.episode_duration_days,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 365 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/episode_duration_days",schemaPath:"#/properties/episode_duration_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365",schema:365,parentSchema:schema158.properties.episode_duration_days,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/episode_duration_days",schemaPath:"#/properties/episode_duration_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema158.properties.episode_duration_days,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.starting_balance !== undefined){
let data7 = data.starting_balance;
const _errs18 = errors;
let valid4 = false;
let passing0 = null;
const _errs19 = errors;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err15 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,12}(\\.[0-9]{1,8})?$"},message:"must match pattern \""+"^[0-9]{1,12}(\\.[0-9]{1,8})?$"+"\"",schema:"^[0-9]{1,12}(\\.[0-9]{1,8})?$",parentSchema:schema34.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs21 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000000000 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema34.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7 <= 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema34.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err20 = {instancePath:instancePath+"/starting_balance",schemaPath:"tradeready:components#/$defs/DecimalAmount/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.seed !== undefined){
let data8 = data.seed;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema158.properties.seed.type,parentSchema:schema158.properties.seed,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 2147483647 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647",schema:2147483647,parentSchema:schema158.properties.seed,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema158.properties.seed,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema158.type,parentSchema:schema158,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate119.errors = vErrors;
return errors === 0;
}
validate119.evaluated = {"props":{"version":true,"episodes":true,"date_range":true,"randomize_dates":true,"episode_duration_days":true,"starting_balance":true,"seed":true},"dynamicProps":false,"dynamicItems":false};


function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tradeready:runStrategyTest/body" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate118.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate119(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
validate118.errors = vErrors;
return errors === 0;
}
validate118.evaluated = {"props":{"version":true,"episodes":true,"date_range":true,"randomize_dates":true,"episode_duration_days":true,"starting_balance":true,"seed":true},"dynamicProps":false,"dynamicItems":false};

