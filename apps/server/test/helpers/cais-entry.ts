// The cais command from source, for end-to-end tests (run with node --import tsx).
import { main } from '../../src/cli/main.js';

await main(process.argv);
