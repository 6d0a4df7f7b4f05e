#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry costs a few milliseconds more to start, and shell
// loops call this once per file.
'use strict';
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // `article-clean --version` needs nothing of the CLI: it answers from package.json without
  // loading the bundle, so a script that asks for the version pays little more than Node's start-up.
  const { readFileSync } = require('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(require('node:path').join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  const { loadBundle, readCodeCache } = require('./load-bundle.js');
  const { main, processIo } = loadBundle(readCodeCache()).exports;
  // A run over many small files spends much of its processor time in V8's optimizing compiler,
  // which runs on threads of its own: of the 1.9 s of CPU that 10,000 articles took, some 0.6 s
  // (the main thread took 0.8 s, the file worker 0.4 s). Less inlining (at most 200 bytes of
  // bytecode inlined into a function instead of 920) cut that to about 0.45 s and the run's wall
  // time by about 4%; a JSON Lines run gained 3%, the 100 MB file kept its speed (medians of
  // alternated pairs, same outputs). Set once the bundle is loaded: V8 rejects a code cache made under other
  // flags, and the one-file run then took 1.12 times as long.
  require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
  main(args, processIo()).then((code) => {
    process.exitCode = code;
  });
}
