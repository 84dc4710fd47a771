import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/cais.js', import.meta.url));
const cais = (...args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info' },
  });
  return { status: result.status, stdout: result.stdout, output: result.stdout + result.stderr };
};

describe('cais cost', () => {
  it('prints the monthly estimate of the original topology, line by line, with its total', () => {
    const { status, stdout } = cais(
      'cost',
      '--region',
      'eu-west-3',
      '--context',
      'topology=pipeline',
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/^cais on AWS: estimated monthly cost in eu-west-3/);
    expect(stdout).toMatch(/RDS: PostgreSQL db\.t4g\.micro, single-AZ +730 h × \$0\.019 +13\.87\n/);
    expect(stdout).toMatch(/\nTotal +\d+\.\d\d\n/);
  }, 60_000);

  it('rejects a region it has no prices for, naming it, and changes nothing', () => {
    const { status, output } = cais('cost', '--region', 'sa-east-1');
    expect(status).toBe(1);
    expect(output).toContain('--region sa-east-1: the price table has no prices for it');
  });

  it('rejects an unknown context key, naming it', () => {
    const { status, output } = cais('cost', '-c', 'colour=blue');
    expect(status).toBe(1);
    expect(output).toContain('--context colour=blue: unknown key');
  });

  it('rejects a value CloudFormation refuses in one `cais:` line naming the context key', () => {
    const result = spawnSync(process.execPath, [bin, 'cost', '-c', 'etlInstanceType=m9.huge'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LOG_LEVEL: 'info' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^cais: --context etlInstanceType=m9\.huge: CloudFormation refuses it \(InstanceType: 'm9\.huge' is not valid for region '[a-z0-9-]+'\)\n$/,
    );
  }, 120_000);

  it('explains its options', () => {
    const { status, stdout } = cais('cost', '--help');
    expect(status).toBe(0);
    expect(stdout).toContain('--region <region>');
    expect(stdout).toContain('-c, --context <key=value>');
    expect(stdout).toContain('topology (all|catalog|pipeline)');
  });
});
