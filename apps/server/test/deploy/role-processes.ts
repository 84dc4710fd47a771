import { spawnSync, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  dockerfileStages,
  execForm,
  readRepoFile,
  repoRoot,
  stageEnv,
  type ComposeService,
} from './container-files.js';

/**
 * The roles of compose.yaml as processes started the way their containers would be: the image's
 * entrypoint and environment, the order compose starts them in, and waiting on and stopping them.
 */

const runtime = dockerfileStages(readRepoFile('Dockerfile')).at(-1) ?? [];
// tini forwards signals to node; here node is started directly and gets them itself.
export const entrypoint = execForm(
  runtime.filter((i) => i.keyword === 'ENTRYPOINT').at(-1)?.args ?? '[]',
)
  .join(' ')
  .replace(/^\/usr\/bin\/tini -- /, '')
  .split(' ');
export const imageEnv = stageEnv(runtime);

export interface Running {
  process: ChildProcess;
  output: string[];
  /** Local address of each published container port. */
  ports: Map<string, number>;
}

/** Dependencies first, as compose starts them. */
export function startOrder(services: [string, ComposeService][]): [string, ComposeService][] {
  const names = new Set(services.map(([name]) => name));
  const ordered: [string, ComposeService][] = [];
  const visit = (entry: [string, ComposeService]) => {
    if (ordered.includes(entry)) return;
    for (const dependency of Object.keys(entry[1].depends_on ?? {})) {
      const found = services.find(([name]) => name === dependency);
      if (found && names.has(dependency)) visit(found);
    }
    ordered.push(entry);
  };
  services.forEach(visit);
  return ordered;
}

/** Whether this branch's cais has the role's command (the web and etl roles arrive separately). */
export function roleAvailable(command: string[]): boolean {
  // `cais <unknown> --help` prints the general help, so look each word up in its parent's list;
  // below a command that has no subcommands, the words are its arguments.
  const words = command.filter((word) => !word.startsWith('-'));
  for (const [i, word] of words.entries()) {
    const help = spawnSync(
      process.execPath,
      [...entrypoint.slice(1), ...words.slice(0, i), '--help'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    ).stdout;
    const commands = help.split(/^Commands:$/m)[1];
    if (commands === undefined) return true;
    if (!new RegExp(`^\\s+${word}\\b`, 'm').test(commands)) return false;
  }
  return true;
}

export async function waitFor<T>(
  what: string,
  role: Running,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (role.process.exitCode !== null) {
      throw new Error(
        `exited with ${role.process.exitCode} before ${what}:\n${role.output.join('')}`,
      );
    }
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(250);
  }
  throw new Error(`no ${what} within ${timeoutMs / 1000} s:\n${role.output.join('')}`);
}

export async function stop(role: Running): Promise<number | null> {
  if (role.process.exitCode !== null) return role.process.exitCode;
  const exited = new Promise<number | null>((resolve) => role.process.once('exit', resolve));
  role.process.kill('SIGTERM');
  const code = await Promise.race([exited, sleep(20_000).then(() => 'timeout' as const)]);
  if (code === 'timeout') {
    role.process.kill('SIGKILL');
    throw new Error(`did not stop within 20 s of SIGTERM:\n${role.output.join('')}`);
  }
  return code;
}
