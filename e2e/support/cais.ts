/** The cais command run from source (tsx), as bin/cais.js runs it from the build. */
import { main } from '../../apps/server/src/cli/main.js';

await main(process.argv);
