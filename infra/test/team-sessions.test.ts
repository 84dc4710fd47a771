import { describe, expect, it } from 'vitest';
import { resources, synth } from './support/synth.js';

type Container = {
  Command: string[];
  Environment?: { Name: string; Value: unknown }[];
  Secrets?: { Name: string }[];
};

/**
 * Sign-ins work whichever api task answers: sessions, tokens and sign-in limits live in the
 * database every task shares, and nothing pins a browser to one task
 * (apps/server/test/team/two-tasks.test.ts signs in on one api and writes through another).
 */
describe('catalog stack with several api tasks (issue 15)', () => {
  const catalog = synth({ minTasks: '2', maxTasks: '4' }).template('cais-catalog');
  const api = resources(catalog, 'AWS::ECS::TaskDefinition')
    .flatMap(([, r]) => (r.Properties?.ContainerDefinitions ?? []) as Container[])
    .find((c) => c.Command.includes('api'));

  it('runs at least two api tasks, each with the shared database and behind-proxy settings', () => {
    const services = resources(catalog, 'AWS::ECS::Service').map(([, r]) => r.Properties ?? {});
    expect(services.every((s) => Number(s.DesiredCount) >= 2)).toBe(true);
    expect(api?.Secrets?.map((s) => s.Name)).toContain('DATABASE_URL');
    expect(api?.Environment).toContainEqual({ Name: 'TRUST_PROXY', Value: 'true' });
    // No PGlite folder: a task-local database would split sessions between tasks.
    expect(api?.Environment?.map((e) => e.Name)).not.toContain('PGLITE_DIR');
  });

  it('keeps no sticky sessions on the target groups (any task serves any browser)', () => {
    for (const [, group] of resources(catalog, 'AWS::ElasticLoadBalancingV2::TargetGroup')) {
      const attributes = (group.Properties?.TargetGroupAttributes ?? []) as {
        Key: string;
        Value: string;
      }[];
      expect(attributes).not.toContainEqual({ Key: 'stickiness.enabled', Value: 'true' });
    }
  });
});
