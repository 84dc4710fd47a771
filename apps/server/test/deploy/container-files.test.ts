import { describe, expect, it } from 'vitest';
import { ENV } from '../../src/config/env.js';
import {
  ROLE_NEEDS,
  asList,
  dockerfileStages,
  dotenv,
  execForm,
  interpolate,
  InterpolationError,
  loadCompose,
  readRepoFile,
  referencedVariables,
  roleServices,
  stageEnv,
} from './container-files.js';

const stages = dockerfileStages(readRepoFile('Dockerfile'));
const runtime = stages.at(-1) ?? [];
const last = (keyword: string) => runtime.filter((i) => i.keyword === keyword).at(-1)?.args;
const compose = loadCompose();
const envExample = readRepoFile('.env.example');

describe('Dockerfile', () => {
  it('builds in one stage and runs Node 22 slim in another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const args = readRepoFile('Dockerfile').match(/^ARG NODE_IMAGE=(\S+)$/m)?.[1];
    expect(args).toMatch(/^node:22(\.\d+)*-[a-z]+-slim$/);
    for (const stage of stages) expect(stage[0]?.args).toMatch(/^\$\{NODE_IMAGE\}/);
  });

  it('builds with the root build script and keeps production dependencies only', () => {
    const build = stages[0]?.filter((i) => i.keyword === 'RUN').map((i) => i.args) ?? [];
    expect(build.some((run) => /npm ci\b/.test(run))).toBe(true);
    // Dependencies install from the manifests alone, before the sources come in (layer cache).
    const order = (stages[0] ?? []).map((i) => `${i.keyword} ${i.args}`);
    const install = order.findIndex((line) => /^RUN .*npm ci\b/.test(line));
    expect(order.indexOf('COPY --parents apps/*/package.json ./')).toBeLessThan(install);
    expect(order.indexOf('COPY . .')).toBeGreaterThan(install);
    expect(build.some((run) => /^npm run build$/.test(run))).toBe(true);
    expect(build.some((run) => /npm prune --omit=dev/.test(run))).toBe(true);
    expect(runtime.some((i) => i.keyword === 'COPY' && /--from=build/.test(i.args))).toBe(true);
  });

  it('runs as a non-root user', () => {
    const user = last('USER');
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it('starts node under tini so signals reach it, with the role as the command', () => {
    const entrypoint = execForm(last('ENTRYPOINT') ?? '[]');
    expect(entrypoint.slice(0, 2)).toEqual(['/usr/bin/tini', '--']);
    expect(entrypoint.slice(2)).toEqual(['node', 'apps/server/bin/cais.js']);
    expect(execForm(last('CMD') ?? '[]')).toEqual(['api']);
    expect(runtime.some((i) => i.keyword === 'RUN' && /\btini\b/.test(i.args))).toBe(true);
  });

  it('declares a health check and the two HTTP ports', () => {
    const healthcheck = last('HEALTHCHECK') ?? '';
    expect(healthcheck).toMatch(/--interval=\S+/);
    expect(execForm(healthcheck.replace(/^.*?CMD\s+/, ''))).toEqual([
      'node',
      'docker/healthcheck.mjs',
    ]);
    expect(last('EXPOSE')?.split(/\s+/).sort()).toEqual(['8000', '8501']);
  });

  it('listens on every interface in a container and keeps data in a writable folder', () => {
    expect(stageEnv(runtime)).toMatchObject({ HOST: '0.0.0.0', NODE_ENV: 'production' });
  });

  it('keeps secrets, dependencies and the CDK app out of the build context', () => {
    const ignored = readRepoFile('.dockerignore').split('\n');
    for (const pattern of ['.env', '**/node_modules', 'infra', 'cdk.out', '.git', 'data']) {
      expect(ignored).toContain(pattern);
    }
    expect(readRepoFile('.gitignore').split('\n')).toContain('.env');
  });
});

describe('compose.yaml', () => {
  const services = compose.services;
  const roles = roleServices(compose);

  it('runs the api on 8000, the web on 8501, the etl and the read-only login job without a port', () => {
    const byCommand = Object.fromEntries(roles.map(([, s]) => [asList(s.command).join(' '), s]));
    expect(Object.keys(byCommand).sort()).toEqual([
      'api',
      'db readonly-login cais_dashboard',
      'etl schedule',
      'web',
    ]);
    expect(byCommand['db readonly-login cais_dashboard']?.ports).toBeUndefined();
    expect(byCommand['db readonly-login cais_dashboard']?.restart).toBe('no');
    expect(byCommand.api?.ports).toEqual(['8000:8000']);
    expect(byCommand.web?.ports).toEqual(['8501:8501']);
    expect(byCommand['etl schedule']?.ports).toBeUndefined();
  });

  it('keeps PostgreSQL in a volume, checks its health, and creates the lake bucket', () => {
    expect(services.postgres?.volumes?.[0]).toMatch(/^postgres-data:\/var\/lib\/postgresql\/data$/);
    expect(asList(services.postgres?.healthcheck?.test)).toContain('pg_isready');
    expect(services.lake?.healthcheck).toBeDefined();
    expect(asList(services['lake-bucket']?.command).join(' ')).toMatch(/s3\.bucket\.create/);
    expect(Object.keys(compose.volumes ?? {})).toEqual(['postgres-data', 'lake-data']);
  });

  it('starts each service only after what it depends on is healthy or done', () => {
    for (const [name, service] of Object.entries(services)) {
      const dependsOn = service.depends_on ?? {};
      expect(Array.isArray(dependsOn), `${name}: depends_on needs conditions`).toBe(false);
      for (const [dependency, { condition }] of Object.entries(dependsOn)) {
        const target = services[dependency];
        expect(target, `${name} depends on unknown ${dependency}`).toBeDefined();
        if (condition === 'service_healthy') {
          // A health check either in compose or in the image (the roles' HEALTHCHECK).
          expect(
            target?.healthcheck ?? target?.build,
            `${dependency} has no health check`,
          ).toBeDefined();
        } else {
          expect(condition).toBe('service_completed_successfully');
        }
      }
    }
  });

  it('gives every role a health check that probes its own port', () => {
    for (const [name, service] of roles) {
      const port = service.ports?.[0]?.split(':').at(-1);
      if (!port) continue;
      const test = asList(service.healthcheck?.test);
      expect(test.slice(0, 3), name).toEqual(['CMD', 'node', 'docker/healthcheck.mjs']);
      expect(new URL(test[3] ?? '').port, name).toBe(port);
    }
  });

  it('passes each role the variables it reads', () => {
    for (const [name, service] of roles) {
      const role = asList(service.command)[0] ?? '';
      const needs = ROLE_NEEDS[role];
      expect(needs, `no ROLE_NEEDS entry for the ${role} role`).toBeDefined();
      expect(Object.keys(service.environment ?? {}), name).toEqual(
        expect.arrayContaining(needs ?? []),
      );
    }
  });

  it('writes no secret: passwords, keys and tokens come from .env', () => {
    const secret = /PASSWORD|SECRET|TOKEN|_KEY$|KEY_ID$/;
    for (const [name, service] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        const password = /^[a-z]+:\/\/[^:/]+:([^@]+)@/.exec(String(value))?.[1];
        if (password !== undefined) expect(password, `${name}.${variable}`).toMatch(/^\$\{/);
        if (!secret.test(variable)) continue;
        expect(String(value), `${name}.${variable}`).toMatch(/^\$\{[A-Z_]+(:?[-?][^}]*)?\}$/);
      }
    }
    for (const [name, config] of Object.entries(compose.configs ?? {})) {
      for (const match of (config.content ?? '').matchAll(
        /"(?:accessKey|secretKey)":\s*"([^"]*)"/g,
      )) {
        expect(match[1], `configs.${name}`).toMatch(/^\$\{/);
      }
    }
  });

  it('fails with a message naming the variable when a required secret is missing', () => {
    const text = readRepoFile('compose.yaml');
    const vars = dotenv(envExample);
    expect(() => interpolate(text, vars)).toThrow(InterpolationError);
    expect(() => interpolate(text, vars)).toThrow(/POSTGRES_PASSWORD/);
  });
});

describe('.env.example', () => {
  const documented = dotenv(envExample, { commented: true });

  it('documents every variable cais reads', () => {
    const missing = Object.keys(ENV).filter((name) => !documented.has(name));
    expect(missing, 'add these to .env.example').toEqual([]);
  });

  it('defines every variable compose.yaml interpolates', () => {
    const defined = dotenv(envExample);
    const missing = referencedVariables(readRepoFile('compose.yaml')).filter(
      (v) => !defined.has(v),
    );
    expect(missing, 'add these to .env.example').toEqual([]);
  });

  it('leaves every secret empty', () => {
    for (const [name, value] of dotenv(envExample)) {
      if (/PASSWORD|SECRET|TOKEN|API_KEY/.test(name)) expect(value, name).toBe('');
    }
  });

  it('holds values that cais accepts', () => {
    for (const [name, value] of dotenv(envExample)) {
      const variable = (ENV as Record<string, { parse: (raw: string) => unknown } | undefined>)[
        name
      ];
      if (variable && value !== '') expect(() => variable.parse(value), name).not.toThrow();
    }
  });
});
