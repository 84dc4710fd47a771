import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Reads the repository's Dockerfile, compose.yaml and .env.example as Docker would. */

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const readRepoFile = (name: string): string => readFileSync(`${repoRoot}${name}`, 'utf8');

export interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions of each stage, continuation lines joined and comments dropped. */
export function dockerfileStages(text: string): Instruction[][] {
  const stages: Instruction[][] = [];
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(trimmed) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: args.trim() };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

/** The exec form of ENTRYPOINT/CMD/HEALTHCHECK CMD: a JSON array. */
export function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) {
    throw new Error(`not an exec form: ${args}`);
  }
  return parsed;
}

/** ENV instructions of a stage (`ENV A=1 B="x y"`), in order. */
export function stageEnv(stage: Instruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { keyword, args } of stage) {
    if (keyword !== 'ENV') continue;
    for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g)) {
      env[match[1] ?? ''] = match[3] ?? match[2] ?? '';
    }
  }
  return env;
}

export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  entrypoint?: string[] | string;
  ports?: string[];
  read_only?: boolean;
  environment?: Record<string, string | number | boolean | null>;
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] | string; interval?: string; retries?: number };
  volumes?: string[];
  configs?: unknown[];
  restart?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  configs?: Record<string, { content?: string }>;
}

export const loadCompose = (): ComposeFile =>
  parse(readRepoFile('compose.yaml'), { merge: true }) as ComposeFile;

/** `KEY=value` lines of a dotenv file, commented-out ones too when asked. */
export function dotenv(text: string, { commented = false } = {}): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = (commented ? /^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/ : /^([A-Z][A-Z0-9_]*)=(.*)$/).exec(
      line.trim(),
    );
    if (match) vars.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return vars;
}

export class InterpolationError extends Error {}

/**
 * Compose's variable interpolation: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default},
 * ${VAR:?error}, ${VAR?error}, ${VAR:+alt}, ${VAR+alt}.
 */
export function interpolate(text: string, vars: Map<string, string>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, name?: string, colon?: string, op?: string, operand?: string, bare?: string) => {
      if (whole === '$$') return '$';
      const key = name ?? bare ?? '';
      const value = vars.get(key);
      if (value === undefined || (colon === ':' && value === '')) {
        if (op === '-') return operand ?? '';
        if (op === '?') throw new InterpolationError(operand || `${key} is required`);
        return op === '+' ? '' : (value ?? '');
      }
      return op === '+' ? (operand ?? '') : value;
    },
  );
}

/** The `${NAME...}` and `$NAME` references of a text. */
export const referencedVariables = (text: string): string[] => [
  ...new Set(
    [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    ),
  ),
];

/** The services built from this repository's Dockerfile: the cais roles. */
export const roleServices = (compose: ComposeFile): [string, ComposeService][] =>
  Object.entries(compose.services).filter(([, service]) => service.build !== undefined);

export const asList = (value: string[] | string | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : value.split(/\s+/).filter(Boolean);

/** A role's environment as compose hands it to the container, given the .env values. */
export function serviceEnvironment(
  service: ComposeService,
  vars: Map<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(service.environment ?? {})) {
    env[name] = interpolate(value === null ? '' : String(value), vars);
  }
  return env;
}

/**
 * What each role reads (the ENV names of apps/server/src/config/env.ts, and what the AWS SDK
 * reads for the lake). The compose file must pass each one; a role's check fails otherwise.
 */
export const ROLE_NEEDS: Record<string, string[]> = {
  api: ['DATABASE_URL', 'HOST', 'API_PORT', 'API_TOKEN', 'CORS_ORIGINS', 'LOG_LEVEL'],
  web: ['DATABASE_READONLY_URL', 'HOST', 'WEB_PORT', 'API_URL', 'LOG_LEVEL'],
  'db migrate': ['DATABASE_URL'],
  'db readonly-login': ['DATABASE_URL', 'READONLY_PASSWORD'],
  etl: [
    'DATABASE_URL',
    'LAKE_URL',
    'S3_ENDPOINT',
    'S3_FORCE_PATH_STYLE',
    'CMC_API_KEY',
    'CMC_BASE_URL',
    'ETL_SYMBOLS',
    'ETL_CONVERT',
    'ETL_SCHEDULE',
    'LOG_LEVEL',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_REGION',
  ],
};
