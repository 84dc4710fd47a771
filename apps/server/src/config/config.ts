import { ENV, InvalidValue, type EnvName, type LOG_LEVELS } from './env.js';
import { describeProblem } from './secrets.js';

type Env = Record<string, string | undefined>;
type Parsed = { [K in EnvName]: ReturnType<(typeof ENV)[K]['parse']> | undefined };

export interface Config {
  database: {
    url: string | undefined;
    /** A read-only login the web role serves the dashboard routes from. */
    readonlyUrl: string | undefined;
    readonlyPassword: string | undefined;
    pgliteDir: string;
    poolSize: number;
    waitSeconds: number;
  };
  lake: { url: string; s3Endpoint: string | undefined; s3ForcePathStyle: boolean };
  cmc: { apiKey: string | undefined; baseUrl: string };
  etl: { symbols: string[]; convert: string; schedule: string };
  http: {
    host: string;
    apiPort: number;
    webPort: number;
    apiUrl: string;
    apiToken: string | undefined;
    corsOrigins: string[];
    trustProxy: boolean;
  };
  team: {
    catalogReads: 'public' | 'signed-in';
    trashDays: number;
    sessionIdleMinutes: number;
    sessionMaxHours: number;
    /** For `cais users add|reset-password` only. */
    userPassword: string | undefined;
  };
  logLevel: (typeof LOG_LEVELS)[number];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parseAll(env: Env): Parsed {
  const problems: string[] = [];
  const parsed: Partial<Record<EnvName, unknown>> = {};
  for (const name of Object.keys(ENV) as EnvName[]) {
    const raw = env[name]?.trim();
    const value = raw === undefined || raw === '' ? ENV[name].default : raw;
    if (value === undefined) continue;
    try {
      parsed[name] = ENV[name].parse(value);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      problems.push(describeProblem(name, value, error.message));
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return parsed as Parsed;
}

const need = <T>(value: T | undefined): T => {
  // Every variable below has a default in ENV, so a missing value is a programming error.
  if (value === undefined) throw new Error('configuration default missing');
  return value;
};

/** Parses and validates the environment once; a bad value throws ConfigError naming it. */
export function loadConfig(env: Env): Config {
  const p = parseAll(env);
  return {
    database: {
      url: p.DATABASE_URL,
      readonlyUrl: p.DATABASE_READONLY_URL,
      readonlyPassword: p.READONLY_PASSWORD,
      pgliteDir: need(p.PGLITE_DIR),
      poolSize: need(p.DATABASE_POOL_SIZE),
      waitSeconds: need(p.DATABASE_WAIT_SECONDS),
    },
    lake: {
      url: need(p.LAKE_URL),
      s3Endpoint: p.S3_ENDPOINT,
      s3ForcePathStyle: need(p.S3_FORCE_PATH_STYLE),
    },
    cmc: { apiKey: p.CMC_API_KEY, baseUrl: need(p.CMC_BASE_URL) },
    etl: {
      symbols: need(p.ETL_SYMBOLS),
      convert: need(p.ETL_CONVERT),
      schedule: need(p.ETL_SCHEDULE),
    },
    http: {
      host: need(p.HOST),
      apiPort: need(p.API_PORT),
      webPort: need(p.WEB_PORT),
      apiUrl: need(p.API_URL),
      apiToken: p.API_TOKEN,
      corsOrigins: p.CORS_ORIGINS ?? [],
      trustProxy: need(p.TRUST_PROXY),
    },
    team: {
      catalogReads: need(p.CATALOG_READS),
      trashDays: need(p.TRASH_DAYS),
      sessionIdleMinutes: need(p.SESSION_IDLE_MINUTES),
      sessionMaxHours: need(p.SESSION_MAX_HOURS),
      userPassword: p.USER_PASSWORD,
    },
    logLevel: need(p.LOG_LEVEL),
  };
}

/** The configuration of this process, from its environment. */
export const configFromEnvironment = (): Config => loadConfig(process.env);
