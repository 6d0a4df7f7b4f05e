#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/entry.js) into one file, dist/cli/bundle.js, for start-up:
// shell loops call the tool once per file, and one file loads faster than forty modules. The
// worker of processFiles (dist/engine/clean-worker.js) gets its own bundle, worker-bundle.js.
// fast-glob, chalk, chardet and iconv-lite stay outside: they are imported lazily, only by runs
// that need them.
// The bundle sits in dist/cli/ like the module it replaces, so paths relative to it (package.json,
// the worker script) resolve the same.
import { build } from 'esbuild';

// commander loads node:child_process (and with it net, dgram and more) to run executable
// subcommands, which this CLI has none of: it gets a stand-in that loads the real module only if
// it is ever used, which saves a one-file run a few milliseconds.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('commander') ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  external: ['fast-glob', 'chalk', 'chardet', 'iconv-lite'],
  // commander is CommonJS and calls require(); an ES module bundle needs one made for it.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [lazyChildProcess],
};

await build({ ...common, entryPoints: ['dist/cli/entry.js'], outfile: 'dist/cli/bundle.js' });
await build({ ...common, entryPoints: ['dist/engine/clean-worker.js'], outfile: 'dist/engine/worker-bundle.js' });
