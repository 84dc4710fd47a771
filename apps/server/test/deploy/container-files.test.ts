import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
  roleServices,
  stageEnv,
  type ComposeService,
} from './container-files.js';

const stages = dockerfileStages(readRepoFile('Dockerfile'));
const runtime = stages.at(-1) ?? [];
const last = (keyword: string) => runtime.filter((i) => i.keyword === keyword).at(-1)?.args;
const compose = loadCompose();
const envExample = readRepoFile('.env.example');

describe('Dockerfile', () => {
  it('builds on Node 22 slim and runs its node binary alone on the same Debian slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const text = readRepoFile('Dockerfile');
    const node = /^ARG NODE_IMAGE=(\S+)$/m.exec(text)?.[1];
    const runtimeImage = /^ARG RUNTIME_IMAGE=(\S+)$/m.exec(text)?.[1];
    expect(node).toMatch(/^node:22(\.\d+)*-[a-z]+-slim$/);
    // The Debian release of both images is the same, so the binary finds the libraries it was built for.
    const release = /^node:[\d.]+-([a-z]+)-slim$/.exec(node ?? '')?.[1];
    expect(runtimeImage).toBe(`debian:${release}-slim`);
    for (const stage of stages.slice(0, -1)) expect(stage[0]?.args).toMatch(/^\$\{NODE_IMAGE\}/);
    expect(runtime[0]?.args).toBe('${RUNTIME_IMAGE}');
    const build = (stages[0] ?? []).map((i) => i.args).join('\n');
    expect(build).toMatch(/install -m 755 "\$\(command -v node\)" \/out\/usr\/local\/bin\/node/);
  });

  it('uses only what the built-in Dockerfile frontends know and downloads nothing but packages', () => {
    const text = readRepoFile('Dockerfile');
    // Docker 20.10's classic builder and BuildKit, podman and buildah: no frontend image to pull,
    // no labs or BuildKit-only flags, no file fetched from the internet at build time.
    expect(text).not.toMatch(/^#\s*syntax\s*=/im);
    for (const stage of stages) {
      for (const { keyword, args } of stage) {
        expect(`${keyword} ${args}`).not.toMatch(/--parents|--mount|--chmod|--link|--exclude/);
        if (keyword === 'ADD') expect(args).not.toMatch(/https?:\/\//);
        expect(keyword).not.toBe('ADD');
      }
    }
  });

  it('installs dependencies from the manifests alone, then builds and keeps production ones only', () => {
    const build = stages[0] ?? [];
    const order = build.map((i) => `${i.keyword} ${i.args}`);
    const install = order.findIndex((line) => /^RUN .*npm ci\b/.test(line));
    expect(install).toBeGreaterThan(0);
    // Every workspace in the build context has its manifest copied before npm ci (layer cache).
    const ignored = readRepoFile('.dockerignore').split('\n');
    const workspaces = (JSON.parse(readRepoFile('package.json')) as { workspaces: string[] })
      .workspaces;
    const inContext = workspaces.filter((w) => !ignored.includes(w));
    expect(inContext.length).toBeGreaterThan(0);
    for (const workspace of inContext) {
      const copy = order.indexOf(`COPY ${workspace}/package.json ${workspace}/`);
      expect(copy, workspace).toBeGreaterThan(0);
      expect(copy, workspace).toBeLessThan(install);
      expect(order[install], workspace).toContain(`--workspace ${workspace}`);
    }
    expect(order.indexOf('COPY . .')).toBeGreaterThan(install);
    const runs = build.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.some((run) => /npm run build\b/.test(run))).toBe(true);
    // --omit=optional: npm keeps "devOptional" packages (dev dependencies that are also optional
    // peers of a production one, as @types/pg of drizzle-orm) with --omit=dev alone.
    const prod = runs.find((run) => /npm ci --omit=dev --omit=optional\b/.test(run)) ?? '';
    expect(prod).toMatch(
      /npm ci --omit=dev --omit=optional\b[^&]*&& sh docker\/prune-modules\.sh /,
    );
    expect(runtime.some((i) => i.keyword === 'COPY' && /--from=build/.test(i.args))).toBe(true);
    // The final stage runs one thing, the node user's creation: no package manager, no compiler.
    expect(runtime.filter((i) => i.keyword === 'RUN').map((i) => i.args)).toEqual([
      expect.stringMatching(
        /^groupadd --gid 1000 node && useradd --uid 1000 --gid node [^&;|]*node$/,
      ),
    ]);
  });

  it('trusts an extra CA in the build stage only, never in the final image', () => {
    const build = stages[0] ?? [];
    expect(build.some((i) => i.keyword === 'ARG' && /^EXTRA_CA_CERTS=?/.test(i.args))).toBe(true);
    expect(runtime.some((i) => /EXTRA_CA/.test(i.args))).toBe(false);
  });

  it('carries the committed RDS CA bundle where DATABASE_URL on AWS points sslrootcert', () => {
    const build = (stages[0] ?? []).map((i) => i.args).join('\n');
    expect(build).toMatch(
      /install -m 644 docker\/rds-global-bundle\.pem \/out\/etc\/ssl\/certs\/rds-global-bundle\.pem/,
    );
    expect(runtime.some((i) => i.keyword === 'COPY' && i.args === '--from=build /out/ /')).toBe(
      true,
    );
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
    // Debian's static tini, installed in the build stage and copied to /usr/bin/tini.
    const build = (stages[0] ?? []).map((i) => i.args).join('\n');
    expect(build).toMatch(/apt-get install .*\btini\b/);
    expect(build).toMatch(/install -m 755 \/usr\/bin\/tini-static \/out\/usr\/bin\/tini/);
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
      'db migrate',
      'db readonly-login cais_dashboard',
      'etl schedule',
      'web',
    ]);
    for (const job of ['db migrate', 'db readonly-login cais_dashboard']) {
      expect(byCommand[job]?.ports, job).toBeUndefined();
      expect(byCommand[job]?.restart, job).toBe('no');
    }
    const published = (service?: ComposeService) =>
      service?.ports?.map((p) => interpolate(p, new Map()));
    expect(published(byCommand.api)).toEqual(['8000:8000']);
    expect(published(byCommand.web)).toEqual(['8501:8501']);
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

  it('names the official images through variables, so a mirror or local stand-ins can replace them', () => {
    const defaults = new Map<string, string>();
    expect(services.postgres?.image).toBe('${POSTGRES_IMAGE:-postgres:17}');
    expect(services.lake?.image).toBe('${LAKE_IMAGE:-chrislusf/seaweedfs:3.97}');
    expect(services['lake-bucket']?.image).toBe(services.lake?.image);
    const nodeDefault = /^ARG NODE_IMAGE=(\S+)$/m.exec(readRepoFile('Dockerfile'))?.[1];
    const runtimeDefault = /^ARG RUNTIME_IMAGE=(\S+)$/m.exec(readRepoFile('Dockerfile'))?.[1];
    for (const [name, service] of roles) {
      const build = service.build as { context: string; args: Record<string, string> };
      expect(build.context, name).toBe('.');
      expect(interpolate(build.args.NODE_IMAGE ?? '', defaults), name).toBe(nodeDefault);
      expect(interpolate(build.args.RUNTIME_IMAGE ?? '', defaults), name).toBe(runtimeDefault);
      expect(build.args.EXTRA_CA_CERTS, name).toBe('${EXTRA_CA_CERTS:-}');
    }
  });

  it("keeps to what Debian's docker-compose 1.29 reads too", () => {
    const text = readRepoFile('compose.yaml');
    // No top-level name (the folder names the project) and no inline configs (Compose 2.23+).
    expect(Object.keys(parse(text) as object).sort()).toEqual(['services', 'volumes', 'x-app']);
    for (const [name, service] of Object.entries(services)) {
      expect(service.configs, name).toBeUndefined();
    }
  });

  it('runs the roles on a read-only root filesystem', () => {
    for (const [name, service] of roles) {
      expect(service.read_only, name).toBe(true);
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
      const command = asList(service.command);
      const role = command[0] === 'db' ? command.slice(0, 2).join(' ') : (command[0] ?? '');
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
    // The lake writes its credentials file from its environment at start: the command only names
    // the variables ($$ defers them to the container's shell).
    const lakeCommand = asList(services.lake?.command).join(' ');
    expect(lakeCommand).toContain('"$$LAKE_SECRET_ACCESS_KEY"');
    expect(lakeCommand).not.toMatch(/\$\{LAKE_SECRET/);
  });

  it('fails with a message naming the variable when a required secret is missing', () => {
    const text = readRepoFile('compose.yaml');
    const vars = dotenv(envExample);
    expect(() => interpolate(text, vars)).toThrow(InterpolationError);
    expect(() => interpolate(text, vars)).toThrow(/POSTGRES_PASSWORD/);
  });
});
