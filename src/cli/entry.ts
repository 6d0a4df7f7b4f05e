/** What bin/ needs, in one module: the entry point of the CLI bundle (dist/cli/bundle.js). */
export { main } from './main.js';
export { endProcess, processIo } from './process-io.js';
