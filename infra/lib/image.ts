import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aws, Validations } from 'aws-cdk-lib';
import * as ecrAssets from 'aws-cdk-lib/aws-ecr-assets';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct, IConstruct } from 'constructs';
import type { Options } from './options.js';

/** The repository root: the Docker build context (this file runs from lib/ and from dist/lib/). */
export function repositoryRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'Dockerfile')) && existsSync(join(dir, 'cdk.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no Dockerfile and cdk.json above ${from}`);
  }
}

/** The one cais image, as ECS and as an EC2 instance running Docker see it. */
export interface AppImage {
  container: ecs.ContainerImage;
  uri: string;
  /** The private registry an instance must log in to before pulling; undefined for a public image. */
  ecrRegistry: string | undefined;
  grantPull(grantee: iam.IGrantable): void;
}

/**
 * The image given with `-c image=...`, or this repository's Dockerfile built by `cdk deploy` and
 * pushed to the bootstrap repository. Every stack declares its own asset: the same content has
 * the same hash, so it is built and pushed once.
 */
export function appImage(scope: Construct, options: Options): AppImage {
  if (options.image) {
    return {
      container: ecs.ContainerImage.fromRegistry(options.image),
      uri: options.image,
      ecrRegistry: undefined,
      grantPull: () => undefined,
    };
  }
  const asset = new ecrAssets.DockerImageAsset(scope, 'Image', {
    directory: repositoryRoot(),
    // The tasks and instances are x86_64; a laptop with another CPU still builds for them.
    platform: ecrAssets.Platform.LINUX_AMD64,
  });
  return {
    container: ecs.ContainerImage.fromDockerImageAsset(asset),
    uri: asset.imageUri,
    ecrRegistry: `${Aws.ACCOUNT_ID}.dkr.ecr.${Aws.REGION}.${Aws.URL_SUFFIX}`,
    grantPull: (grantee) => asset.repository.grantPull(grantee),
  };
}

/** The command the image runs to probe a role (the Dockerfile's HEALTHCHECK uses the same script). */
export const healthCheckCommand = (url: string): string[] => [
  'CMD',
  'node',
  'docker/healthcheck.mjs',
  url,
];

/**
 * Pulling from a private ECR repository starts with ecr:GetAuthorizationToken, an action that
 * only exists on `*`; the pull actions themselves are limited to the image's repository.
 */
export function acknowledgeImagePull(image: AppImage, scope: IConstruct): void {
  if (!image.ecrRegistry) return;
  Validations.of(scope).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'ecr:GetAuthorizationToken has no resource-level permissions (it is only granted on *); the layer and image actions are limited to the image repository.',
  });
}
