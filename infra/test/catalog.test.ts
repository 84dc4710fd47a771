import { Match, type Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_ARN, logicalId, resources, synth } from './support/synth.js';

type Container = {
  Name: string;
  Command: string[];
  Environment?: { Name: string; Value: unknown }[];
  Secrets?: { Name: string; ValueFrom: unknown }[];
  HealthCheck?: { Command: string[] };
};

const containers = (template: Template): Container[] =>
  resources(template, 'AWS::ECS::TaskDefinition').flatMap(
    ([, r]) => (r.Properties?.ContainerDefinitions ?? []) as Container[],
  );

/** Ingress rules whose target security group is `group` (inline or separate resources). */
function ingressTo(template: Template, group: string) {
  const inline = resources(template, 'AWS::EC2::SecurityGroup')
    .filter(([id]) => id === group)
    .flatMap(([, r]) => (r.Properties?.SecurityGroupIngress ?? []) as Record<string, unknown>[]);
  const separate = resources(template, 'AWS::EC2::SecurityGroupIngress')
    .map(([, r]) => r.Properties ?? {})
    .filter((p) => JSON.stringify(p.GroupId).includes(`"${group}"`));
  return [...inline, ...separate];
}

describe('catalog stack', () => {
  const catalog = synth().template('cais-catalog');

  it('runs a cluster with Container Insights', () => {
    catalog.hasResourceProperties('AWS::ECS::Cluster', {
      ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }],
    });
  });

  it('defines api and web tasks of 0.25 vCPU and 0.5 GB on Fargate', () => {
    for (const command of [['api'], ['web']]) {
      catalog.hasResourceProperties('AWS::ECS::TaskDefinition', {
        Cpu: '256',
        Memory: '512',
        RequiresCompatibilities: ['FARGATE'],
        NetworkMode: 'awsvpc',
        ContainerDefinitions: [Match.objectLike({ Command: command })],
      });
    }
  });

  it('injects DATABASE_URL and API_TOKEN into the api as ECS secrets, never as plain environment values; the web holds none', () => {
    const [api, web] = ['api', 'web'].map((name) =>
      containers(catalog).find((c) => c.Name === name),
    );
    expect(api?.Secrets?.map((s) => s.Name).sort()).toEqual(['API_TOKEN', 'DATABASE_URL']);
    expect(web?.Secrets).toBeUndefined();
    for (const container of containers(catalog)) {
      for (const { Name, Value } of container.Environment ?? []) {
        expect(Name).not.toMatch(/DATABASE_URL|TOKEN|PASSWORD|SECRET|KEY/);
        expect(JSON.stringify(Value)).not.toMatch(/secretsmanager|postgres:\/\//);
      }
      for (const secret of container.Secrets ?? []) {
        expect(JSON.stringify(secret.ValueFrom)).toMatch(/Secret|DatabaseUrl|ApiToken/);
      }
    }
  });

  it('checks each container with its own health route', () => {
    const probes = Object.fromEntries(
      containers(catalog).map((c) => [c.Name, c.HealthCheck?.Command]),
    );
    expect(probes).toEqual({
      api: ['CMD', 'node', 'docker/healthcheck.mjs', 'http://127.0.0.1:8000/health'],
      web: ['CMD', 'node', 'docker/healthcheck.mjs', 'http://127.0.0.1:8501/health'],
    });
  });

  it('rolls back a failed deployment and scales each service on CPU from 1 to 4 tasks', () => {
    catalog.resourcePropertiesCountIs(
      'AWS::ECS::Service',
      {
        DeploymentConfiguration: {
          DeploymentCircuitBreaker: { Enable: true, Rollback: true },
          MinimumHealthyPercent: 100,
          MaximumPercent: 200,
        },
      },
      2,
    );
    catalog.resourcePropertiesCountIs(
      'AWS::ApplicationAutoScaling::ScalableTarget',
      { MinCapacity: 1, MaxCapacity: 4, ScalableDimension: 'ecs:service:DesiredCount' },
      2,
    );
    catalog.resourcePropertiesCountIs(
      'AWS::ApplicationAutoScaling::ScalingPolicy',
      {
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: Match.objectLike({
          PredefinedMetricSpecification: {
            PredefinedMetricType: 'ECSServiceAverageCPUUtilization',
          },
        }),
      },
      2,
    );
  });

  it('keeps the logs for the retention asked', () => {
    catalog.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    expect(
      synth({ logRetentionDays: '90' })
        .template('cais-catalog')
        .findResources('AWS::Logs::LogGroup', {
          Properties: { RetentionInDays: 90 },
        }),
    ).not.toEqual({});
  });

  describe('load balancer', () => {
    const apiTargets = logicalId(catalog, 'AWS::ElasticLoadBalancingV2::TargetGroup', 'ApiTargets');
    const webTargets = logicalId(catalog, 'AWS::ElasticLoadBalancingV2::TargetGroup', 'WebTargets');

    it('is internet-facing and sends everything else to the web UI', () => {
      catalog.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
        Scheme: 'internet-facing',
        LoadBalancerAttributes: Match.arrayWith([
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
          { Key: 'access_logs.s3.enabled', Value: 'true' },
        ]),
      });
      catalog.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Port: 80,
        DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: webTargets } }],
      });
    });

    it('routes /api/* to the api with the prefix stripped, as the web server forwards it', () => {
      catalog.hasResourceProperties('AWS::ElasticLoadBalancingV2::ListenerRule', {
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }],
        Actions: [{ Type: 'forward', TargetGroupArn: { Ref: apiTargets } }],
        Transforms: [
          {
            Type: 'url-rewrite',
            UrlRewriteConfig: { Rewrites: [{ Regex: '^/api/(.*)$', Replace: '/$1' }] },
          },
        ],
      });
      const rewrite = (path: string) => path.replace(/^\/api\/(.*)$/, '/$1');
      expect(rewrite('/api/products/?limit=5')).toBe('/products/?limit=5');
      expect(rewrite('/api/products/42')).toBe('/products/42');
    });

    it('routes the API docs and the OpenAPI document to the api unchanged', () => {
      catalog.hasResourceProperties('AWS::ElasticLoadBalancingV2::ListenerRule', {
        Conditions: [
          {
            Field: 'path-pattern',
            PathPatternConfig: { Values: ['/docs', '/docs/*', '/openapi.json'] },
          },
        ],
        Actions: [{ Type: 'forward', TargetGroupArn: { Ref: apiTargets } }],
        Transforms: Match.absent(),
      });
    });

    it('sends traffic only to api tasks that are ready and web tasks that are alive', () => {
      catalog.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
        Port: 8000,
        HealthCheckPath: '/ready',
        TargetType: 'ip',
      });
      catalog.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
        Port: 8501,
        HealthCheckPath: '/health',
        TargetType: 'ip',
      });
    });

    it('serves HTTPS with the given certificate and redirects HTTP to it', () => {
      const https = synth({ certificateArn: CERTIFICATE_ARN }).template('cais-catalog');
      https.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Port: 443,
        Protocol: 'HTTPS',
        Certificates: [{ CertificateArn: CERTIFICATE_ARN }],
        SslPolicy: Match.stringLikeRegexp('TLS'),
      });
      https.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Port: 80,
        DefaultActions: [
          Match.objectLike({
            Type: 'redirect',
            RedirectConfig: Match.objectLike({ Protocol: 'HTTPS', Port: '443' }),
          }),
        ],
      });
      https.resourcePropertiesCountIs(
        'AWS::ElasticLoadBalancingV2::ListenerRule',
        {
          ListenerArn: {
            Ref: logicalId(https, 'AWS::ElasticLoadBalancingV2::Listener', 'LoadBalancerHttps'),
          },
        },
        2,
      );
      catalog.resourcePropertiesCountIs('AWS::ElasticLoadBalancingV2::Listener', { Port: 443 }, 0);
    });
  });

  describe('who may reach what', () => {
    const alb = logicalId(catalog, 'AWS::EC2::SecurityGroup', 'LoadBalancerSecurityGroup');
    const api = logicalId(catalog, 'AWS::EC2::SecurityGroup', 'ApiSecurityGroup');
    const web = logicalId(catalog, 'AWS::EC2::SecurityGroup', 'WebSecurityGroup');
    const source = (rule: Record<string, unknown>) =>
      rule.CidrIp ?? (rule.SourceSecurityGroupId as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];

    it('lets anyone reach the load balancer on HTTP only (and HTTPS with a certificate)', () => {
      expect(ingressTo(catalog, alb).map((r) => [source(r), r.FromPort])).toEqual([
        ['0.0.0.0/0', 80],
      ]);
      const https = synth({ certificateArn: CERTIFICATE_ARN }).template('cais-catalog');
      const httpsAlb = logicalId(https, 'AWS::EC2::SecurityGroup', 'LoadBalancerSecurityGroup');
      expect(
        ingressTo(https, httpsAlb)
          .map((r) => r.FromPort)
          .sort(),
      ).toEqual([443, 80]);
    });

    it('lets only the load balancer and the web tasks reach the api tasks, on 8000', () => {
      const rules = ingressTo(catalog, api).map((r) => [source(r), r.FromPort, r.ToPort]);
      expect(rules.sort()).toEqual(
        [
          [alb, 8000, 8000],
          [web, 8000, 8000],
        ].sort(),
      );
    });

    it('lets only the load balancer reach the web tasks, on 8501', () => {
      expect(ingressTo(catalog, web).map((r) => [source(r), r.FromPort, r.ToPort])).toEqual([
        [alb, 8501, 8501],
      ]);
    });

    it('lets the tasks out only to HTTPS, the api to PostgreSQL and the web to the api', () => {
      for (const group of [api, web]) {
        const inline = resources(catalog, 'AWS::EC2::SecurityGroup').find(
          ([id]) => id === group,
        )?.[1].Properties?.SecurityGroupEgress as Record<string, unknown>[];
        expect(inline).toEqual([
          expect.objectContaining({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443 }),
        ]);
        const separate = resources(catalog, 'AWS::EC2::SecurityGroupEgress')
          .map(([, r]) => r.Properties ?? {})
          .filter((p) => JSON.stringify(p.GroupId).includes(`"${group}"`))
          .map((p) => p.FromPort);
        expect(separate.sort()).toEqual(group === web ? [8000] : [5432]);
      }
    });

    it('opens the database to the api tasks only, on 5432', () => {
      const rules = resources(catalog, 'AWS::EC2::SecurityGroupIngress')
        .map(([, r]) => r.Properties ?? {})
        .filter((p) => JSON.stringify(p.GroupId).includes('DatabaseSecurityGroup'));
      expect(rules.map((r) => [source(r), r.FromPort, r.ToPort])).toEqual([[api, 5432, 5432]]);
    });
  });

  it('gives each task a public address without NAT, and private subnets with it', () => {
    catalog.allResourcesProperties('AWS::ECS::Service', {
      NetworkConfiguration: {
        AwsvpcConfiguration: Match.objectLike({ AssignPublicIp: 'ENABLED' }),
      },
    });
    synth({ nat: 'true' })
      .template('cais-catalog')
      .allResourcesProperties('AWS::ECS::Service', {
        NetworkConfiguration: {
          AwsvpcConfiguration: Match.objectLike({ AssignPublicIp: 'DISABLED' }),
        },
      });
  });
});
