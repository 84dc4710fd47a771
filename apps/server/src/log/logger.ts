import { pino, stdSerializers, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from '../config/config.js';

// Secrets never reach a log line, whatever object they travel in.
const REDACT = [
  'req.headers.authorization',
  'req.headers["x-cmc_pro_api_key"]',
  'headers.authorization',
  'headers["x-cmc_pro_api_key"]',
  '*.apiKey',
  '*.apiToken',
  '*.password',
];

const MAX_MESSAGE = 2_000;

/** Errors keep their stack and cause, but a failed bulk query cannot flood the log with its SQL. */
const err = (error: Error) => {
  const serialized = stdSerializers.err(error);
  if (serialized.message.length > MAX_MESSAGE) {
    serialized.message = `${serialized.message.slice(0, MAX_MESSAGE)}… (${serialized.message.length} characters)`;
  }
  serialized.stack = serialized.stack.slice(0, MAX_MESSAGE * 2);
  return serialized;
};

/** JSON lines for machines; readable, coloured lines when a person watches a terminal. */
export function createLogger(level: Config['logLevel'], name = 'cais'): Logger {
  const options = {
    name,
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { err },
  };
  if (process.stdout.isTTY) {
    return pino(
      options,
      pretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' }),
    );
  }
  return pino(options);
}
