import type { Command } from 'commander';
import { run } from '../context.js';
import { apiCommand } from './api.js';
import { startCommand } from './start.js';
import { webCommand } from './web.js';

/** `cais start|api|web`: the long-running roles. */
export function registerServeCommands(program: Command): void {
  program
    .command('start')
    .description(
      'run everything in one process (the local default): the catalog API on API_PORT and the web UI on WEB_PORT',
    )
    .action(() => run(startCommand));

  program
    .command('api')
    .description('run the catalog API (Fastify) on API_PORT, with its docs at /docs')
    .action(() => run(apiCommand));

  program
    .command('web')
    .description(
      'serve the web UI on WEB_PORT, forwarding /api to the api at API_URL; with DATABASE_READONLY_URL it serves /api/prices and /api/pipeline itself (build it first: npm run build)',
    )
    .action(() => run(webCommand));
}
