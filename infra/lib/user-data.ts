import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { AppImage } from './image.js';

/** One cais role run by systemd on an instance, from the same image the containers use. */
export interface RoleUnit {
  /** systemd unit name, e.g. cais-etl */
  name: string;
  description: string;
  /** Arguments of `cais`, e.g. ['etl', 'schedule'] */
  command: string[];
  /** Plain settings (no secrets): they land in /etc/cais/<name>.env */
  environment: Record<string, string>;
  /** Variables read from Secrets Manager at each start, whole or one JSON field. */
  secrets: Record<string, { secret: secretsmanager.ISecret; field?: string }>;
  /** A job run once per boot (retried until it succeeds) instead of a service kept running. */
  oneshot?: boolean;
}

export interface RoleHostProps {
  image: AppImage;
  region: string;
  logGroup: logs.ILogGroup;
  units: RoleUnit[];
}

/**
 * Runs before every start of a unit: logs in to the registry, pulls the image, then writes the
 * unit's environment with its secrets to /run (memory only), readable by root alone. Secrets are
 * fetched at start, never stored in the user data or on disk.
 */
const PREPARE = `#!/bin/bash
set -euo pipefail
source /etc/cais/cais.conf
unit="$1"
if [ -n "$ECR_REGISTRY" ]; then
  aws ecr get-login-password --region "$REGION" | docker login --username AWS --password-stdin "$ECR_REGISTRY"
fi
docker pull --quiet "$IMAGE"
install -d -m 0700 /run/cais
umask 077
tmp="/run/cais/$unit.env.tmp"
cp "/etc/cais/$unit.env" "$tmp"
while IFS=' ' read -r name secret field; do
  [ -z "$name" ] && continue
  value=$(aws secretsmanager get-secret-value --region "$REGION" --secret-id "$secret" --query SecretString --output text)
  if [ -n "\${field:-}" ]; then value=$(jq -r --arg f "$field" '.[$f] // ""' <<<"$value"); fi
  printf '%s=%s\\n' "$name" "$value" >>"$tmp"
done <"/etc/cais/$unit.secrets"
mv "$tmp" "/run/cais/$unit.env"
`;

const unitFile = (unit: RoleUnit) => `[Unit]
Description=${unit.description}
After=docker.service network-online.target
Wants=network-online.target
Requires=docker.service

[Service]
${unit.oneshot ? 'Type=oneshot\nRemainAfterExit=yes\n' : ''}EnvironmentFile=/etc/cais/cais.conf
ExecStartPre=/usr/local/bin/cais-prepare %N
ExecStartPre=-/usr/bin/docker rm --force %N
ExecStart=/usr/bin/docker run --rm --name %N --network host --env-file /run/cais/%N.env --log-driver awslogs --log-opt awslogs-region=\${REGION} --log-opt awslogs-group=\${LOG_GROUP} --log-opt awslogs-stream=%N/%H \${IMAGE} ${unit.command.join(' ')}
${
  unit.oneshot
    ? 'TimeoutStartSec=300\nRestart=on-failure\nRestartSec=30'
    : 'ExecStop=/usr/bin/docker stop --time 30 %N\nTimeoutStopSec=45\nRestart=always\nRestartSec=10'
}

[Install]
WantedBy=multi-user.target
`;

const heredoc = (path: string, content: string, mode: string) =>
  `install -m ${mode} /dev/null ${path}\ncat >${path} <<'CAIS_EOF'\n${content.trimEnd()}\nCAIS_EOF`;

/** Linux user data that installs Docker and runs each role as a systemd service. */
export function roleHostUserData({ image, region, logGroup, units }: RoleHostProps): ec2.UserData {
  const userData = ec2.UserData.forLinux();
  userData.addCommands(
    'set -euo pipefail',
    'dnf install -y docker jq',
    'systemctl enable --now docker',
    'install -d -m 0755 /etc/cais',
    heredoc(
      '/etc/cais/cais.conf',
      [
        `IMAGE=${image.uri}`,
        `REGION=${region}`,
        `ECR_REGISTRY=${image.ecrRegistry ?? ''}`,
        `LOG_GROUP=${logGroup.logGroupName}`,
      ].join('\n'),
      '0644',
    ),
    heredoc('/usr/local/bin/cais-prepare', PREPARE, '0755'),
  );
  for (const unit of units) {
    userData.addCommands(
      heredoc(
        `/etc/cais/${unit.name}.env`,
        Object.entries(unit.environment)
          .map(([name, value]) => `${name}=${value}`)
          .join('\n'),
        '0600',
      ),
      heredoc(
        `/etc/cais/${unit.name}.secrets`,
        Object.entries(unit.secrets)
          .map(
            ([name, { secret, field }]) => `${name} ${secret.secretArn}${field ? ` ${field}` : ''}`,
          )
          .join('\n'),
        '0600',
      ),
      heredoc(`/etc/systemd/system/${unit.name}.service`, unitFile(unit), '0644'),
    );
  }
  userData.addCommands(
    'systemctl daemon-reload',
    `systemctl enable --now ${units.map((u) => `${u.name}.service`).join(' ')}`,
  );
  return userData;
}
