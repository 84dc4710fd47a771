import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import type { Construct } from 'constructs';
import type { DataStack } from './data-stack.js';
import { appImage } from './image.js';
import { CatalogService } from './catalog-service.js';
import type { NetworkStack } from './network-stack.js';
import type { Options } from './options.js';

export interface CatalogStackProps extends StackProps {
  options: Options;
  network: NetworkStack;
  data: DataStack;
}

const API_PORT = 8000;
const WEB_PORT = 8501;
const NAMESPACE = 'cais.internal';
/**
 * Connections per task: a db.t4g.micro allows about 100, and at 4 api and 4 web tasks plus the
 * pipeline's roles the default pool of 10 each would run out.
 */
const POOL_SIZE = 5;

/**
 * The catalog as the original ran it, on ECS Fargate: a cluster, task definitions for `cais api`
 * and `cais web`, services that replace failed tasks and scale on CPU, one load balancer in front.
 *
 * Routing: `/api/*` goes to the api with the prefix stripped by the load balancer, exactly what
 * the web server does when it forwards `/api/*` locally, so a client uses the same URLs either way;
 * `/docs*` and `/openapi.json` reach the api unchanged; everything else is the web UI.
 *
 * Built of named parts (a CatalogService for the api and one for the web): classes, not constructs, that build their resources in the
 * stack's scope. A construct would add its id to every path below it, and CDK derives from paths
 * the logical ids and several names (launch templates, scaling policies, task families, the
 * instances' Name tag), so a deployed stack would see its resources replaced.
 */
export class CatalogStack extends Stack {
  readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  readonly cluster: ecs.Cluster;
  /** The api and web services, for the alarms stack. */
  readonly services: { api: ecs.FargateService; web: ecs.FargateService };

  constructor(scope: Construct, id: string, props: CatalogStackProps) {
    super(scope, id, props);
    const { options, network, data } = props;
    const { vpc } = network;
    const image = appImage(this, options);

    const apiToken = new secretsmanager.Secret(this, 'ApiToken', {
      description: 'API_TOKEN: the bearer token every write request to the cais api needs',
      generateSecretString: { passwordLength: 40, excludePunctuation: true },
    });
    Validations.of(apiToken).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A static token shared with API clients; rotating it is a deliberate step (put-secret-value, then a new deployment of the service), see docs/deployment.md.',
    });

    const cluster = (this.cluster = new ecs.Cluster(this, 'Cluster', {
      vpc,
      containerInsightsV2: ecs.ContainerInsights.ENABLED,
      defaultCloudMapNamespace: {
        name: NAMESPACE,
        type: servicediscovery.NamespaceType.DNS_PRIVATE,
        vpc,
      },
    }));

    const albSecurityGroup = new ec2.SecurityGroup(this, 'LoadBalancerSecurityGroup', {
      vpc,
      description: 'cais load balancer: HTTP(S) from anywhere, out to the tasks only',
      allowAllOutbound: false,
    });
    const apiSecurityGroup = this.taskSecurityGroup('Api', vpc, data);
    // The web tasks hold no database credential, so they get no way to the database either.
    const webSecurityGroup = this.taskSecurityGroup('Web', vpc);
    // The web server reaches the api directly (API_URL) for what it forwards.
    webSecurityGroup.connections.allowTo(apiSecurityGroup, ec2.Port.tcp(API_PORT), 'web to api');

    const api = new CatalogService(this, {
      name: 'Api',
      options,
      network,
      cluster,
      image,
      securityGroup: apiSecurityGroup,
      size: options.tasks.api,
      container: {
        command: 'api',
        port: API_PORT,
        environment: {
          HOST: '0.0.0.0',
          API_PORT: String(API_PORT),
          DATABASE_POOL_SIZE: String(POOL_SIZE),
          LOG_LEVEL: 'info',
          // Behind the load balancer: the client's address (sign-in limits) and https (Secure cookies).
          TRUST_PROXY: 'true',
        },
        secrets: {
          DATABASE_URL: ecs.Secret.fromSecretsManager(data.databaseUrl),
          API_TOKEN: ecs.Secret.fromSecretsManager(apiToken),
        },
      },
      cloudMapName: 'api',
    });
    const web = new CatalogService(this, {
      name: 'Web',
      options,
      network,
      cluster,
      image,
      securityGroup: webSecurityGroup,
      size: options.tasks.web,
      container: {
        command: 'web',
        port: WEB_PORT,
        environment: {
          HOST: '0.0.0.0',
          WEB_PORT: String(WEB_PORT),
          API_URL: `http://api.${NAMESPACE}:${API_PORT}`,
          LOG_LEVEL: 'info',
        },
        // No database credential: every /api request, the dashboard's included, goes to the api.
      },
    });

    this.services = { api: api.service, web: web.service };
    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'LoadBalancer', {
      vpc,
      internetFacing: true,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      securityGroup: albSecurityGroup,
      dropInvalidHeaderFields: true,
    });
    this.loadBalancer.logAccessLogs(data.accessLogs, 'alb');

    const targets = (
      id: string,
      port: number,
      target: elbv2.IApplicationLoadBalancerTarget,
      health: string,
    ) =>
      new elbv2.ApplicationTargetGroup(this, id, {
        vpc,
        port,
        protocol: elbv2.ApplicationProtocol.HTTP,
        targetType: elbv2.TargetType.IP,
        targets: [target],
        healthCheck: { path: health, interval: Duration.seconds(15), healthyThresholdCount: 2 },
        deregistrationDelay: Duration.seconds(15),
      });
    // Ready means the database answers and is migrated; liveness (/health) is the container's.
    const apiTargets = targets('ApiTargets', API_PORT, api.target(), '/ready');
    const webTargets = targets('WebTargets', WEB_PORT, web.target(), '/health');

    const listener = options.certificateArn
      ? this.httpsListener(options.certificateArn, webTargets)
      : this.loadBalancer.addListener('Http', {
          port: 80,
          open: true,
          defaultAction: elbv2.ListenerAction.forward([webTargets]),
        });

    const apiRule = new elbv2.ApplicationListenerRule(this, 'ApiRoute', {
      listener,
      priority: 10,
      conditions: [elbv2.ListenerCondition.pathPatterns(['/api/*'])],
      action: elbv2.ListenerAction.forward([apiTargets]),
    });
    (apiRule.node.defaultChild as elbv2.CfnListenerRule).transforms = [
      {
        type: 'url-rewrite',
        urlRewriteConfig: { rewrites: [{ regex: '^/api/(.*)$', replace: '/$1' }] },
      },
    ];
    new elbv2.ApplicationListenerRule(this, 'DocsRoute', {
      listener,
      priority: 20,
      conditions: [elbv2.ListenerCondition.pathPatterns(['/docs', '/docs/*', '/openapi.json'])],
      action: elbv2.ListenerAction.forward([apiTargets]),
    });

    Validations.of(albSecurityGroup).acknowledge({
      id: 'AwsSolutions-EC23',
      reason:
        'The load balancer is the public entry point of the catalog; the tasks behind it admit only its security group, and writes need API_TOKEN.',
    });

    const scheme = options.certificateArn ? 'https' : 'http';
    new CfnOutput(this, 'Url', {
      description: 'The catalog: web UI at /, API at /api (e.g. /api/products/), docs at /docs',
      value: `${scheme}://${this.loadBalancer.loadBalancerDnsName}`,
    });
    new CfnOutput(this, 'ApiTokenSecret', {
      description:
        'Secret holding API_TOKEN: aws secretsmanager get-secret-value --secret-id <this>',
      value: apiToken.secretArn,
    });
  }

  private taskSecurityGroup(name: string, vpc: ec2.IVpc, data?: DataStack): ec2.SecurityGroup {
    const group = new ec2.SecurityGroup(this, `${name}SecurityGroup`, {
      vpc,
      description: `cais ${name.toLowerCase()} tasks: in from the load balancer; out to HTTPS (AWS APIs, ECR)${data ? ' and PostgreSQL' : ''}`,
      allowAllOutbound: false,
    });
    group.addEgressRule(
      ec2.Peer.anyIpv4(),
      ec2.Port.tcp(443),
      'HTTPS to AWS APIs and the image registry',
    );
    if (data) {
      group.connections.allowTo(
        data.databaseSecurityGroup,
        ec2.Port.tcp(5432),
        `${name.toLowerCase()} to PostgreSQL`,
      );
    }
    return group;
  }

  private httpsListener(certificateArn: string, webTargets: elbv2.ApplicationTargetGroup) {
    this.loadBalancer.addListener('Http', {
      port: 80,
      open: true,
      defaultAction: elbv2.ListenerAction.redirect({
        protocol: 'HTTPS',
        port: '443',
        permanent: true,
      }),
    });
    return this.loadBalancer.addListener('Https', {
      port: 443,
      open: true,
      certificates: [acm.Certificate.fromCertificateArn(this, 'Certificate', certificateArn)],
      sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
      defaultAction: elbv2.ListenerAction.forward([webTargets]),
    });
  }
}
