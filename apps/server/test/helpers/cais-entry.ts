// Runs the cais command from source, as bin/cais.js runs it from dist.
import { main } from '../../src/cli/main.js';

await main(process.argv);
