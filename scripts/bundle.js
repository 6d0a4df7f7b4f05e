#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/entry.js) into one file, dist/cli/bundle.js, for start-up:
// shell loops call the tool once per file, and one file loads faster than forty modules. The
// worker of processFiles (dist/engine/clean-worker.js) gets its own bundle, worker-bundle.js, and so
// does the file worker (dist/engine/file-worker.js), file-worker-bundle.js, and the worker of a
// JSON Lines run (dist/cli/jsonl-worker.js), jsonl-worker-bundle.js.
// fast-glob, chalk, chardet and iconv-lite stay outside: they are imported lazily, only by runs
// that need them.
// The bundle sits in dist/cli/ like the module it replaces, so paths relative to it (package.json,
// the worker script) resolve the same.
//
// The CLI bundle is not a module but a script for node:vm, so that it can come with V8's code
// cache: dist/cli/bundle.js is one function expression,
//   (function (exports, require, module, __filename, __dirname, __import) { ... })
// that bin/load-bundle.js (the bin's loader) compiles with `new vm.Script(source, { cachedData })`
// and calls.
// dist/cli/bundle.cache is that cache, made here by a representative one-file run in a child
// process (the functions such a run compiles are in it). Node 20 has no compile cache of its own
// for modules, and the run time never writes one into the install folder. A Node.js whose V8
// rejects the cache (another version) compiles the script from its source: slower, same output.
// A script run by node:vm cannot call import() on Node 20 ("A dynamic import callback was not
// specified"), so the bundle's import() calls (chalk, fast-glob, worker_threads) go through
// __import, which the bin passes in: a real module that can import.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Node modules that a one-file run never calls: node:fs/promises (about 2 ms to load; the run's
// stat, config search and read are synchronous), node:module (about 0.2 ms; createRequire serves
// only legacy-encoding's lazy load of iconv-lite and chardet), node:child_process (which loads net, dgram and
// more; commander spawns it only for executable subcommands, which this CLI has none of) and
// node:v8 (some 30 internal modules; only a run over many texts sets a compiler flag). The
// bundles get a stand-in whose functions load the real module at their first call: every function
// of node:fs/promises, and the names listed for the others. A name an import asks of a stand-in
// that lacks it fails the build ("No matching export").
const LAZY_BUILTINS = { 'node:fs/promises': null, 'node:module': ['createRequire'], 'node:child_process': ['spawn'], 'node:v8': ['setFlagsFromString'] };
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(builder) {
    // (A stand-in's own require of the real module stays external.)
    builder.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY_BUILTINS).join('|')})$`) }, (args) =>
      args.namespace === 'lazy-builtin' ? undefined : { path: args.path, namespace: 'lazy-builtin' },
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async ({ path }) => {
      const real = await import(path);
      const names = LAZY_BUILTINS[path] ?? Object.keys(real).filter((name) => name !== 'default' && typeof real[name] === 'function');
      const wrappers = names.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`);
      return { contents: ['let real;', `const load = () => (real ??= require(${JSON.stringify(path)}));`, ...wrappers].join('\n'), loader: 'js' };
    });
  },
};

// The built-in read-also lexicon, folded and keyed once here rather than at every start-up, by the
// compiled module itself (see PRECOMPUTED_BUILT_IN_LEXICON in src/lexicon/marker-lexicon.ts), and
// the classes of the code units below U+2070 with the Unicode version they hold for
// (src/text/precomputed-classes.ts).
const { builtInLexiconPhrases } = await import(new URL('../dist/lexicon/marker-lexicon.js', import.meta.url).href);
const { classDigitsBelow } = await import(new URL('../dist/text/character-table.js', import.meta.url).href);
const { PRECOMPUTED_UNITS } = await import(new URL('../dist/text/precomputed-classes.js', import.meta.url).href);

const common = {
  bundle: true,
  define: {
    PRECOMPUTED_BUILT_IN_LEXICON: JSON.stringify(builtInLexiconPhrases()),
    PRECOMPUTED_CHARACTER_CLASSES: JSON.stringify(classDigitsBelow(PRECOMPUTED_UNITS)),
    PRECOMPUTED_UNICODE_VERSION: JSON.stringify(process.versions.unicode),
    PACKAGE_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  },
  platform: 'node',
  target: 'node20',
  minify: true,
  external: ['fast-glob', 'chalk', 'chardet', 'iconv-lite'],
  logLevel: 'warning',
  plugins: [lazyBuiltins],
};

// esbuild escapes the non-ASCII characters of strings but not those of regular expression
// literals (the Arabic of the link rules' patterns), and one such character makes a whole bundle a
// two-byte string when Node reads it, which takes about six times as long. Each is written as its
// \uXXXX escape, the same character in a string or a pattern, with or without the u flag. Not in a
// raw template (String.raw, the report's browser scripts), whose text keeps the escape as written:
// those stay ASCII in the source (a test checks). A character after a backslash of its own would
// turn into an escaped backslash: the build stops instead.
function escapeNonAscii(code) {
  if (/(?<!\\)(?:\\\\)*\\[^\x00-\x7f]/.test(code)) throw new Error('bundle: a non-ASCII character escaped by a backslash cannot be written as \\uXXXX');
  return code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Builds one bundle into `outfile`, ASCII only.
async function buildAscii(options) {
  const { outputFiles } = await build({ ...options, write: false });
  writeFileSync(options.outfile, escapeNonAscii(outputFiles[0].text));
}

// The worker stays an ES module (a Worker loads it by URL).
await buildAscii({
  ...common,
  format: 'esm',
  entryPoints: ['dist/engine/clean-worker.js'],
  outfile: 'dist/engine/worker-bundle.js',
  // commander is CommonJS and calls require(); an ES module bundle needs one made for it.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The worker of a JSON Lines run on several threads (dist/cli/jsonl-worker.js) gets its own too.
await buildAscii({
  ...common,
  format: 'esm',
  entryPoints: ['dist/cli/jsonl-worker.js'],
  outfile: 'dist/cli/jsonl-worker-bundle.js',
});

// The file worker of a two-thread run (dist/engine/file-worker.js) reads and writes files and never loads
// the engine: a bundle of its own keeps its start-up small.
await buildAscii({
  ...common,
  format: 'esm',
  entryPoints: ['dist/engine/file-worker.js'],
  outfile: 'dist/engine/file-worker-bundle.js',
});

const bundleFile = resolve('dist/cli/bundle.js');
const DYNAMIC = ['chalk', 'fast-glob', 'node:worker_threads'];

const { outputFiles } = await build({
  ...common,
  format: 'cjs',
  entryPoints: ['dist/cli/entry.js'],
  outfile: bundleFile,
  write: false,
  // import.meta.url (package.json, the worker script) becomes the URL of the bundle file.
  define: { ...common.define, 'import.meta.url': '__bundleUrl' },
});
let body = escapeNonAscii(outputFiles[0].text);
let rewritten = 0;
body = body.replace(/\bimport\(("[^"]+")\)/g, (call, specifier) => {
  if (!DYNAMIC.includes(JSON.parse(specifier))) throw new Error(`bundle: unexpected dynamic import ${call}`);
  rewritten++;
  return `__import(${specifier})`;
});
if (rewritten === 0 || /\bimport\(/.test(body)) throw new Error('bundle: the dynamic imports were not all rewritten to __import');
// The bin passes its own require: fine for Node's modules, which resolve the same from anywhere.
for (const [, name] of body.matchAll(/\brequire\("([^"]+)"\)/g)) {
  if (!name.startsWith('node:')) throw new Error(`bundle: require("${name}") would resolve from bin/, not from the bundle`);
}
writeFileSync(
  bundleFile,
  '(function (exports, require, module, __filename, __dirname, __import) {"use strict";' +
    'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;\n' +
    `${body}})\n`,
);

// The code cache: load the bundle through the bin's own loader (bin/load-bundle.js), clean a sample
// to a discarded stdout, then serialize what V8 compiled.
const makeCache = `
const { writeFileSync } = require('node:fs');
const { cacheFile, loadBundle } = require(process.argv[1]);
const { exports, script } = loadBundle(undefined);
exports.main(['-q', process.argv[2]], exports.processIo()).then((code) => {
  if (code !== 0) throw new Error('the sample run failed with exit code ' + code);
  writeFileSync(cacheFile, script.createCachedData());
});`;
const made = spawnSync(process.execPath, ['-e', makeCache, resolve('bin/load-bundle.js'), resolve('samples/ar-0001.txt')], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (made.status !== 0) throw new Error('bundle: making the code cache failed');
