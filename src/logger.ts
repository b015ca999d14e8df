// JSON-lines logs through pino. Call sites use `logger.info(msg, fields)`; the fields become the
// line's keys. Credentials are redacted by key wherever they appear in the first three levels of
// the fields (a logged header set, a logged request body), so a careless call site cannot leak one.
import { pino, stdTimeFunctions, type DestinationStream } from 'pino';
import type { Config } from './config.js';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Keys whose values are credentials, in the spellings headers, bodies and config use. */
export const REDACTED_KEYS = [
  'x-api-key',
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'api_key',
  'apiKey',
  'api_secret',
  'apiSecret',
  'agent_api_key',
  'agentApiKey',
  'password',
  'token',
  'access_token',
  'refresh_token',
  'secret',
  'secrets',
  'jwt_secret',
  'jwtSecret',
  'key_hash_secret',
  'keyHashSecret',
  'key_encryption_key',
  'keyEncryptionKey',
  'metrics_token',
  'metricsToken',
] as const;

const CENSOR = '[REDACTED]';

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of REDACTED_KEYS) {
    const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const dot = k.startsWith('[') ? '' : '.';
    paths.push(k, `*${dot}${k}`, `*.*${dot}${k}`);
  }
  return paths;
}

/**
 * A logger at `level` writing JSON lines to stdout, or to `destination` (tests read the lines).
 * Each line: `{"level":"info","time":"<ISO-8601>","pid":…,"msg":…, …fields}`.
 */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  const log = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths(), censor: CENSOR },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return {
    debug: (msg, fields) => log.debug(fields ?? {}, msg),
    info: (msg, fields) => log.info(fields ?? {}, msg),
    warn: (msg, fields) => log.warn(fields ?? {}, msg),
    error: (msg, fields) => log.error(fields ?? {}, msg),
  };
}
