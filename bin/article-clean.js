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
  const { main, processIo, endProcess } = loadBundle(readCodeCache()).exports;
  const io = processIo();
  main(args, io).then((code) => endProcess(io, code));
}
