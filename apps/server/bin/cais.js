#!/usr/bin/env node
// The command is compiled TypeScript; `npm install` and `npm start` build it.
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js'))
    throw error;
  process.stderr.write('cais: not built yet; run `npm run build` in the repository first\n');
  process.exit(1);
}
await cli.main(process.argv);
