// Helpers of docker/ci/run.sh that read the compose configuration and the engine's state.
//   node stack.mjs wait SECONDS COMPOSE...   every service healthy (or, a one-shot, exited 0)
//   node stack.mjs order EVENTS COMPOSE...   each service started after its dependencies were
//                                            healthy or done (EVENTS: `docker events` JSON lines)
// COMPOSE is the compose command with its options (-p, -f ...).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';

const [mode, arg, ...compose] = process.argv.slice(2);
const docker = process.env.DOCKER ?? 'docker';
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8' });
const config = parse(run(compose[0], [...compose.slice(1), 'config']));
const project = compose[compose.indexOf('-p') + 1];
const services = Object.entries(config.services);
const oneShot = (service) => String(service.restart ?? '') === 'no';

function container(name) {
  const ids = run(docker, [
    'ps',
    '-aq',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--filter',
    `label=com.docker.compose.service=${name}`,
  ])
    .split('\n')
    .filter(Boolean);
  return ids.length ? JSON.parse(run(docker, ['inspect', ids[0]]))[0] : undefined;
}

function state(name, service) {
  const c = container(name);
  if (!c) return 'no container';
  if (oneShot(service)) {
    if (c.State.Status === 'exited')
      return c.State.ExitCode === 0 ? 'done' : `exited ${c.State.ExitCode}`;
    return c.State.Status;
  }
  if (!c.State.Running) return `${c.State.Status} (exit ${c.State.ExitCode})`;
  return c.State.Health ? c.State.Health.Status : 'running';
}

if (mode === 'wait') {
  const deadline = Date.now() + Number(arg) * 1000;
  for (;;) {
    const states = services.map(([name, service]) => [name, state(name, service)]);
    const waiting = states.filter(([, s]) => !['healthy', 'done', 'running'].includes(s));
    const failed = states.filter(([, s]) => /^exited|^(dead|no container)|unhealthy/.test(s));
    if (waiting.length === 0) {
      console.log(states.map(([n, s]) => `${n}: ${s}`).join(', '));
      process.exit(0);
    }
    if (Date.now() > deadline || failed.some(([, s]) => !/^no container/.test(s))) {
      for (const [n, s] of states) console.log(`${n}: ${s}`);
      for (const [n] of waiting) {
        try {
          console.log(run(compose[0], [...compose.slice(1), 'logs', '--tail', '15', n]));
        } catch {
          // No logs to show (the container was never created): the state above says so.
        }
      }
      process.exit(1);
    }
    await sleep(1000);
  }
}

if (mode === 'order') {
  const events = readFileSync(arg, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const first = (name, test) =>
    events.find((e) => e.Actor?.Attributes?.['com.docker.compose.service'] === name && test(e))
      ?.timeNano;
  let bad = 0;
  for (const [name, service] of services) {
    const started = first(name, (e) => e.status === 'start');
    for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
      const ready =
        condition === 'service_completed_successfully'
          ? first(dependency, (e) => e.status === 'die' && e.Actor.Attributes.exitCode === '0')
          : condition === 'service_healthy'
            ? first(dependency, (e) => e.status === 'health_status: healthy')
            : first(dependency, (e) => e.status === 'start');
      const fine = started !== undefined && ready !== undefined && started >= ready;
      if (!fine) bad++;
      console.log(`${fine ? 'ok' : 'WRONG'}: ${name} started after ${dependency} (${condition})`);
    }
  }
  process.exit(bad ? 1 : 0);
}
