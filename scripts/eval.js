#!/usr/bin/env node
// npm run eval [-- DIR] [--verbose] [--only IDS] [--skip IDS] [--enable IDS]
// Cleans every NAME.txt of a gold folder (default ../shared/corpus/dev) with the library's
// defaults and prints the score table: exact files, recall per tag, precision, false cuts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { cleanText } from '../dist/index.js';
import { formatRulePrecision, formatScore, loadGoldCases, precisionByRule, scoreOutputs } from '../dist/evaluation/index.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const listOf = (flag) => {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1].split(',');
};
const valued = new Set(['--only', '--skip', '--enable']);
const folder = args.find((arg, index) => !arg.startsWith('-') && !valued.has(args[index - 1])) ?? resolve(root, '../shared/corpus/dev');
if (!existsSync(folder)) {
  process.stderr.write(`eval: no gold folder at ${folder} (pass one: npm run eval -- DIR)\n`);
  process.exit(2);
}
const options = { only: listOf('--only'), skip: listOf('--skip'), enable: listOf('--enable') };
const cases = loadGoldCases(folder);
const results = cases.map((gold) => cleanText(gold.input, options));
process.stdout.write(`gold folder: ${folder} (${cases.length} files)\n`);
process.stdout.write(formatScore(scoreOutputs(cases, results.map((result) => result.text)), verbose) + '\n');
process.stdout.write(formatRulePrecision(precisionByRule(cases, results.map((result) => result.findings))) + '\n');
