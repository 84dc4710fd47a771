import { readInputs, shape } from '@cais/input-kit';
import { ENV } from './env.js';
import { CONFIG_LAYOUT, type Config } from './layout.js';
import { describeProblem } from './secrets.js';

export type { Config };

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates the environment once; a bad value throws ConfigError naming it. */
export function loadConfig(env: Env): Config {
  // An empty variable is an unset one: compose passes `NAME=` through as it is.
  const { values, problems } = readInputs(ENV, (name) => env[name]?.trim() || undefined);
  if (problems.length > 0) {
    throw new ConfigError(problems.map((p) => describeProblem(p.key, p.raw, p.reason)));
  }
  return shape(CONFIG_LAYOUT, values);
}

/** The configuration of this process, from its environment. */
export const configFromEnvironment = (): Config => loadConfig(process.env);
