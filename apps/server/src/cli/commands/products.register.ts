import { Option, type Command } from 'commander';
import { IMPORT_MODES, type ImportMode } from '../../catalog/products.transfer.js';
import { run } from '../context.js';
import { productsImportCommand } from './products.js';

/** `cais products import`: catalog tasks from the command line. */
export function registerProductsCommands(program: Command): void {
  program
    .command('products')
    .description('catalog tasks')
    .command('import')
    .description(
      'import products from a CSV (`,` or `;`, Portuguese or English headers) or JSON-lines file; a dry run by default, reporting every invalid row',
    )
    .argument('<file>', 'the file: .csv, or .ndjson/.jsonl for JSON lines')
    .addOption(
      new Option('--mode <mode>', 'dry-run, all-or-nothing or valid-rows')
        .choices(IMPORT_MODES)
        .default('dry-run'),
    )
    .action((file: string, options: { mode: ImportMode }) =>
      run((context) => productsImportCommand(context, { file, ...options })),
    );
}
