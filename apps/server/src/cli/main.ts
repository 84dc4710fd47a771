import { Command } from 'commander';
import { ENV } from '../config/env.js';
import { VERSION } from '../version.js';
import { registerAlertCommands } from './commands/alerts.register.js';
import { registerCostCommand } from './commands/cost.js';
import { registerDbCommands } from './commands/db.register.js';
import { registerEtlCommands } from './commands/etl.register.js';
import { registerLakeCommands } from './commands/lake.register.js';
import { registerProductsCommands } from './commands/products.register.js';
import { registerServeCommands } from './commands/serve.register.js';
import { registerUserCommands } from './commands/users.register.js';

/** Each module adds its commands, in the order `cais --help` lists them. */
const COMMANDS = [
  registerServeCommands,
  registerDbCommands,
  registerProductsCommands,
  registerUserCommands,
  registerEtlCommands,
  registerLakeCommands,
  registerAlertCommands,
  registerCostCommand,
];

const environmentHelp = () =>
  '\nEnvironment variables (all optional):\n' +
  Object.entries(ENV)
    .map(
      ([name, v]) =>
        `  ${name.padEnd(20)} ${v.description.replace(/`/g, '')}${v.default ? ` (default: ${v.default})` : ''}`,
    )
    .join('\n');

export function buildProgram(): Command {
  const program = new Command('cais')
    .description(
      'Product catalog and crypto price pipeline: one command locally, AWS in production.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', environmentHelp());
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
