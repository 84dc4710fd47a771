import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleHostUserData } from '../lib/user-data.js';

const DATABASE_URL_ARN = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:DatabaseUrl-AbCdEf';
const CMC_ARN = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:CmcApiKey-GhIjKl';
const REGISTRY = '123456789012.dkr.ecr.eu-west-3.amazonaws.com';
const IMAGE = `${REGISTRY}/cdk-assets:0123abcd`;

/** The user data of an ETL host, with concrete values where CloudFormation would put them. */
function script(): string {
  const stack = new Stack(new App(), 'UserDataTest');
  return roleHostUserData({
    image: {
      container: ecs.ContainerImage.fromRegistry(IMAGE),
      uri: IMAGE,
      ecrRegistry: REGISTRY,
      grantPull: () => undefined,
    },
    region: 'eu-west-3',
    logGroup: logs.LogGroup.fromLogGroupName(stack, 'Logs', 'cais-pipeline-logs'),
    units: [
      {
        name: 'cais-etl',
        description: 'cais ETL worker (cais etl schedule)',
        command: ['etl', 'schedule'],
        environment: { LAKE_URL: 's3://lake-bucket/lake', ETL_SCHEDULE: '*/5 * * * *' },
        secrets: {
          DATABASE_URL: {
            secret: secretsmanager.Secret.fromSecretCompleteArn(stack, 'Db', DATABASE_URL_ARN),
          },
          CMC_API_KEY: {
            secret: secretsmanager.Secret.fromSecretCompleteArn(stack, 'Cmc', CMC_ARN),
            field: 'CMC_API_KEY',
          },
        },
      },
    ],
  }).render();
}

/** Stand-ins for the host's commands: they log their arguments and answer like the real ones. */
const STUBS: Record<string, string> = {
  dnf: '#!/bin/sh\necho "dnf $*" >>"$STUB_LOG"',
  systemctl: '#!/bin/sh\necho "systemctl $*" >>"$STUB_LOG"',
  docker:
    '#!/bin/sh\necho "docker $*" >>"$STUB_LOG"\n[ "$1" = login ] && cat >>"$STUB_LOG"\nexit 0',
  aws: `#!/bin/sh
echo "aws $*" >>"$STUB_LOG"
case "$*" in
  *"ecr get-login-password"*) echo ecr-token ;;
  *"${DATABASE_URL_ARN}"*) echo 'postgres://cais:s3cretPassw0rd@db.example:5432/cais?sslmode=verify-full' ;;
  *"${CMC_ARN}"*) echo '{"CMC_API_KEY":"cmc-key-123"}' ;;
  *) exit 1 ;;
esac`,
  // jq is on Amazon Linux; here a few lines of Node do what the script asks of it.
  jq: `#!/usr/bin/env node
const field = process.argv[process.argv.indexOf('--arg') + 2];
let input = '';
process.stdin.on('data', (c) => (input += c)).on('end', () => {
  const value = JSON.parse(input)[field];
  process.stdout.write((value ?? '') + '\\n');
});`,
};

describe('instance user data, run with stand-in commands', () => {
  let dir = '';
  let env: NodeJS.ProcessEnv = {};
  const rewrite = (text: string) =>
    text
      .replaceAll('/etc/cais', join(dir, 'etc/cais'))
      .replaceAll('/usr/local/bin', join(dir, 'usr/local/bin'))
      .replaceAll('/etc/systemd/system', join(dir, 'systemd'))
      .replaceAll('/run/cais', join(dir, 'run/cais'));
  const log = () => readFileSync(join(dir, 'stub.log'), 'utf8');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cais-user-data-'));
    execFileSync('mkdir', [
      '-p',
      join(dir, 'stubs'),
      join(dir, 'usr/local/bin'),
      join(dir, 'systemd'),
    ]);
    for (const [name, body] of Object.entries(STUBS)) {
      writeFileSync(join(dir, 'stubs', name), body);
      chmodSync(join(dir, 'stubs', name), 0o755);
    }
    writeFileSync(join(dir, 'stub.log'), '');
    env = {
      PATH: `${join(dir, 'stubs')}:${process.env.PATH ?? ''}`,
      STUB_LOG: join(dir, 'stub.log'),
    };
    writeFileSync(join(dir, 'user-data.sh'), rewrite(script()));
    execFileSync('bash', [join(dir, 'user-data.sh')], { env });
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('installs Docker, writes a systemd service per role and starts it', () => {
    expect(log()).toContain('dnf install -y docker jq');
    expect(log()).toContain('systemctl enable --now docker');
    expect(log()).toContain('systemctl enable --now cais-etl.service');
    const unit = readFileSync(join(dir, 'systemd/cais-etl.service'), 'utf8');
    expect(unit).toContain('Restart=always');
    expect(unit).toMatch(
      /^ExecStart=\/usr\/bin\/docker run --rm --name %N --network host --env-file .*\/run\/cais\/%N\.env --log-driver awslogs .* \$\{IMAGE\} etl schedule$/m,
    );
    expect(readFileSync(join(dir, 'etc/cais/cais.conf'), 'utf8')).toBe(
      `IMAGE=${IMAGE}\nREGION=eu-west-3\nECR_REGISTRY=${REGISTRY}\nLOG_GROUP=cais-pipeline-logs\n`,
    );
  });

  it('keeps secret values out of the files on disk: only their ARNs are there', () => {
    const secrets = readFileSync(join(dir, 'etc/cais/cais-etl.secrets'), 'utf8');
    expect(secrets).toBe(`DATABASE_URL ${DATABASE_URL_ARN}\nCMC_API_KEY ${CMC_ARN} CMC_API_KEY\n`);
    expect(statSync(join(dir, 'etc/cais/cais-etl.secrets')).mode & 0o777).toBe(0o600);
  });

  it('before each start, logs in to the registry, pulls the image and writes the environment with its secrets', () => {
    execFileSync(join(dir, 'usr/local/bin/cais-prepare'), ['cais-etl'], { env });
    // The two sides of a pipe: the token goes from aws to docker login's stdin.
    expect(log()).toContain('aws ecr get-login-password --region eu-west-3\n');
    expect(log()).toContain(`docker login --username AWS --password-stdin ${REGISTRY}\n`);
    expect(log()).toContain('ecr-token\n');
    expect(log()).toContain(`docker pull --quiet ${IMAGE}`);
    const file = join(dir, 'run/cais/cais-etl.env');
    expect(readFileSync(file, 'utf8')).toBe(
      'LAKE_URL=s3://lake-bucket/lake\nETL_SCHEDULE=*/5 * * * *\n' +
        'DATABASE_URL=postgres://cais:s3cretPassw0rd@db.example:5432/cais?sslmode=verify-full\n' +
        'CMC_API_KEY=cmc-key-123\n',
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'run/cais')).mode & 0o777).toBe(0o700);
  });

  it('fails the start, leaving no half-written environment, when a secret cannot be read', () => {
    writeFileSync(
      join(dir, 'etc/cais/cais-etl.secrets'),
      `DATABASE_URL arn:aws:secretsmanager:eu-west-3:123456789012:secret:missing\n`,
    );
    rmSync(join(dir, 'run/cais/cais-etl.env'));
    expect(() =>
      execFileSync(join(dir, 'usr/local/bin/cais-prepare'), ['cais-etl'], { env, stdio: 'pipe' }),
    ).toThrow();
    expect(() => statSync(join(dir, 'run/cais/cais-etl.env'))).toThrow();
  });
});
