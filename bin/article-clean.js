#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry costs a few milliseconds more to start, and shell
// loops call this once per file.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // `article-clean --version` needs nothing of the CLI: it answers from package.json without
  // loading the bundle, so a script that asks for the version pays little more than Node's start-up.
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  // dist/cli/bundle.js is a script made by scripts/bundle.js: one function expression, compiled
  // here with V8's code cache (dist/cli/bundle.cache, made at build time) to skip most of the
  // compiling. Without the cache, or with one this Node.js rejects, it compiles from source.
  const { Script } = require('node:vm');
  const file = join(__dirname, '..', 'dist', 'cli', 'bundle.js');
  let cachedData;
  try {
    cachedData = readFileSync(join(__dirname, '..', 'dist', 'cli', 'bundle.cache'));
  } catch {
    cachedData = undefined;
  }
  const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData });
  const bundle = { exports: {} };
  // The bundle's import() calls come here: a script run by node:vm cannot import on Node 20.
  const load = (specifier) => import(specifier);
  // The bundle requires only Node's own modules (iconv-lite and chardet come through a require of
  // its own URL), so this module's require serves it.
  script.runInThisContext()(bundle.exports, require, bundle, file, dirname(file), load);
  const { main, processIo } = bundle.exports;
  main(args, processIo()).then((code) => {
    process.exitCode = code;
  });
}
