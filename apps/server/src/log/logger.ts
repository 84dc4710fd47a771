import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from '../config/config.js';
import { maskSecrets } from '../config/secrets.js';

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

/**
 * Every line is masked as a whole before it is written (maskSecrets): passwords in URLs, secret
 * query parameters (`/products?token=…` in a request line), bearer tokens and the configured
 * secrets, wherever they sit in the line, which the paths above cannot know in advance.
 */
function masking(destination: DestinationStream, secrets: readonly string[]): DestinationStream {
  return {
    write: (line: string) => {
      destination.write(maskSecrets(line, secrets));
    },
  };
}

export interface LoggerOptions {
  /** Exact values never to write (secretValues of the configuration). */
  secrets?: readonly string[];
  /** Where lines go; default: standard output, pretty on a terminal. */
  destination?: DestinationStream;
}

/** JSON lines for machines; readable, coloured lines when a person watches a terminal. */
export function createLogger(
  level: Config['logLevel'],
  name = 'cais',
  { secrets = [], destination }: LoggerOptions = {},
): Logger {
  const options = {
    name,
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { err },
  };
  const target =
    destination ??
    (process.stdout.isTTY
      ? pretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' })
      : pino.destination(1));
  return pino(options, masking(target, secrets));
}
