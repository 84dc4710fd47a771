import type { Logger } from 'pino';
import { CmcError } from '../cmc/cmc.errors.js';
import { ConfigError, configFromEnvironment, type Config } from '../config/config.js';
import { AdoptAbortedError } from '../db/adopt/adopt.js';
import { OriginalTablesError } from '../db/adopt/originals.js';
import { AdoptConflictError } from '../db/adopt/originals.repository.js';
import { secretValues } from '../config/secrets.js';
import { DatabaseUnavailableError, openDatabase, type DatabaseHandle } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { DataDirInUseError } from '../db/pglite-lock.js';
import { AppError } from '../http/app-error.js';
import { RoleRuleError } from '../db/roles.js';
import { LakeError } from '../lake/lake.js';
import { createLogger } from '../log/logger.js';
import { createMetrics, type Metrics } from '../metrics/registry.js';
import { reportFailure, wantsVerboseFailure } from './failure.js';
import { runExitClosers } from './lifecycle.js';

export interface Context {
  config: Config;
  log: Logger;
}

const registries = new WeakMap<Context, Metrics>();

/**
 * The metrics of this process (one registry, shared by the servers and the pipeline of
 * `cais start`); undefined with METRICS=false. Created on first use: commands that serve nothing
 * never pay for it.
 */
export function metricsOf(context: Context): Metrics | undefined {
  if (!context.config.metrics.enabled) return undefined;
  let metrics = registries.get(context);
  if (!metrics) {
    metrics = createMetrics();
    registries.set(context, metrics);
  }
  return metrics;
}

/** Failures a person can fix: printed as one clear message, without a stack trace. */
export class UsageError extends Error {}

/** Failures whose message is a sentence for people (AppError: the use cases' own, as the API answers). */
const EXPECTED = [
  AppError,
  ConfigError,
  OriginalTablesError,
  AdoptAbortedError,
  AdoptConflictError,
  DataDirInUseError,
  DatabaseUnavailableError,
  UsageError,
  RoleRuleError,
  CmcError,
  LakeError,
];

/**
 * Runs a command with the parsed configuration. A failure exits non-zero with one human line on
 * stderr, never a stack on a terminal; the log line with the stack stays for machines and debug.
 */
export async function run(command: (context: Context) => Promise<void>): Promise<void> {
  let config: Config;
  try {
    config = configFromEnvironment();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`cais: ${error.message}\n`);
    process.exit(2);
  }
  const log = createLogger(config.logLevel, 'cais', { secrets: secretValues(config) });
  try {
    await command({ config, log });
  } catch (error) {
    reportFailure(
      error,
      EXPECTED.some((type) => error instanceof type),
      {
        log,
        write: (text) => process.stderr.write(text),
        verbose: wantsVerboseFailure(config.logLevel, process.stdout.isTTY),
      },
    );
    await runExitClosers();
    process.exit(1);
  }
}

/** Waits for a server database (it may still be starting) and brings it up to date. */
export async function openMigratedDatabase({ config, log }: Context): Promise<DatabaseHandle> {
  const database = await openDatabase(config.database, log);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  log.info(`database ready: ${database.location}`);
  return database;
}
