#!/usr/bin/env node
// npm run bench [-- --runs 5 --files 10000 --mb 100 --only folder,large,jsonl,linear,startup]
//
// Generates the deterministic corpus under .bench/ (once), then in one run times article-clean
// against yardsticks a user would otherwise reach for, alternating the commands and taking
// medians, and prints ratios, peak RSS and how the targets fare. Prerequisites (the bench
// installs nothing): node, python3, gawk (and/or mawk), GNU time (`apt-get install gawk time`).
import { mkdirSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cleanUpScratch, hasCommand, hasGnuTime, timeAlternating } from './measure.mjs';
import { folderCorpus, jsonlCorpus, largeCorpus, linearInputs } from './inputs.mjs';
import { printTable, printTargets } from './report.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const bench = join(root, '.bench');
const bin = join(root, 'bin', 'article-clean.js');
const here = join(root, 'scripts', 'bench');
const node = process.execPath;

function parseArgs(argv) {
  const options = { runs: 5, files: 10000, mb: 100, only: ['folder', 'large', 'jsonl', 'linear', 'startup'] };
  for (let index = 0; index < argv.length; index++) {
    const value = argv[index + 1];
    if (argv[index] === '--runs') options.runs = Number(value);
    else if (argv[index] === '--files') options.files = Number(value);
    else if (argv[index] === '--mb') options.mb = Number(value);
    else if (argv[index] === '--only') options.only = value.split(',');
    else throw new Error(`unknown argument ${argv[index]}`);
    index++;
  }
  return options;
}

const awks = ['gawk', 'mawk'].filter(hasCommand);
const outRoot = join(bench, 'out');

// Every run writes into a new folder, and all of them are removed only at the end: deleting ten
// thousand files right before a timed run slows that run down (on a file system mounted with
// "discard", the kernel trims the freed blocks meanwhile), which is noise, not the command's cost.
let runCount = 0;
const freshFolder = (name) => {
  const folder = join(outRoot, `${name}-${++runCount}`);
  mkdirSync(folder, { recursive: true });
  return folder;
};

// Runs awk once per file in one process, the way the issue measured it: `seen` is emptied at each
// new file and every file is written under the output folder by its relative path.
const AWK_PER_FILE = 'FNR == 1 { if (out != "") close(out); delete seen; out = dir "/" FILENAME } !seen[$0]++ { print > out }';

// Each command's output is flushed to disk (untimed) before the next command starts: otherwise
// the kernel writes back one command's output (30 MB of new files, or a 100 MB file) while the
// next one runs, and whichever command comes next pays for it.
const flushWrites = () => spawnSync('sync');
const flushingFirst = (commands) => commands.map((command) => ({ ...command, before: flushWrites }));

function folderCommands(corpus) {
  const list = join(bench, 'small-files.list');
  const files = spawnSync('find', ['.', '-name', '*.txt'], { cwd: corpus.input, encoding: 'utf8' }).stdout.trim().split('\n').sort();
  writeFileSync(list, files.join('\n') + '\n');
  const commands = [
    { name: 'node read+write floor', argv: () => [node, join(here, 'node-clean.mjs'), '--in', corpus.input, '--out', freshFolder('floor'), '--mode', 'copy', '--engine', 'bytes'] },
    { name: 'article-clean', argv: () => [node, bin, '-q', corpus.input, '--out-dir', freshFolder('article-clean')] },
    { name: 'python3 py_clean.py --jobs 2', argv: () => ['python3', join(here, 'py_clean.py'), '--in', corpus.input, '--out', freshFolder('python'), '--jobs', '2'] },
    { name: 'node-clean.mjs (plain cleaner)', argv: () => [node, join(here, 'node-clean.mjs'), '--in', corpus.input, '--out', freshFolder('node-clean'), '--engine', 'bytes'] },
  ];
  const folders = [...new Set(files.map((file) => file.split('/').slice(0, -1).join('/')))];
  for (const awk of awks) {
    // awk does not make folders: they are made before the timed run, the files are awk's work.
    const target = () => {
      const folder = freshFolder(awk);
      for (const dir of folders) mkdirSync(join(folder, dir), { recursive: true });
      return folder;
    };
    commands.push({ name: `${awk} '!seen[$0]++' per file`, argv: () => ['xargs', '-a', list, awk, '-v', `dir=${target()}`, AWK_PER_FILE], cwd: corpus.input });
  }
  return commands;
}

function largeCommands(corpus) {
  const commands = [
    { name: 'article-clean', argv: () => [node, bin, '-q', corpus.input, '--out-dir', (lastLargeOutput = freshFolder('large'))] },
    { name: 'node read+write floor', argv: () => [node, join(here, 'node-clean.mjs'), '--in', corpus.input, '--out', freshFolder('large-floor'), '--mode', 'copy', '--engine', 'bytes'] },
  ];
  for (const awk of awks) commands.push({ name: `${awk} '!seen[$0]++'`, argv: [awk, '!seen[$0]++', corpus.input], stdoutFile: () => join(freshFolder(`large-${awk}`), 'out.txt') });
  return commands;
}
let lastLargeOutput = null;

// A JSON Lines dump on all cores (the default) and on one thread; each writes its records to a file.
const JSONL_ROUNDS = 5;
const jsonlOutputs = new Map();
function jsonlCommands(input) {
  const output = (name) => () => {
    const path = join(freshFolder('jsonl'), 'out.jsonl');
    jsonlOutputs.set(name, path);
    return path;
  };
  return [
    { name: 'article-clean --jsonl', argv: [node, bin, '-q', '--jsonl', input], stdoutFile: output('all cores') },
    { name: 'article-clean --jsonl -j 1', argv: [node, bin, '-q', '--jsonl', '-j', '1', input], stdoutFile: output('one thread') },
  ];
}

// Whether the last outputs of the two JSON Lines runs are the same bytes.
function sameJsonlOutputs() {
  return spawnSync('cmp', ['-s', jsonlOutputs.get('all cores'), jsonlOutputs.get('one thread')]).status === 0;
}

// The number of the last folder a command wrote (article-clean-17, say).
function lastFolderRun(name) {
  return Math.max(...readdirSync(outRoot).filter((entry) => entry.startsWith(`${name}-`)).map((entry) => Number(entry.slice(name.length + 1))));
}

function checkTruth(output, truth) {
  const run = spawnSync(node, [join(here, 'check-truth.mjs'), output, truth], { encoding: 'utf8' });
  return JSON.parse(run.stdout);
}

function linearSection(runs) {
  const rows = [];
  for (const { label, files } of linearInputs(bench)) {
    const [small, big] = files.map(({ size, path }) => {
      const [result] = timeAlternating([{ name: String(size), argv: () => [node, bin, '-q', path, '--out-dir', freshFolder('linear')] }], runs, { warmup: 0 });
      return { size, bytes: statSync(path).size, ...result };
    });
    rows.push({ label, small, big, sizeRatio: big.bytes / small.bytes, timeRatio: big.median / small.median });
  }
  return rows;
}

function startupSection(runs) {
  const sample = join(root, 'samples', 'ar-0001.txt');
  return timeAlternating([
    { name: 'node -e 0', argv: [node, '-e', '0'] },
    { name: 'article-clean --version', argv: [node, bin, '--version'] },
    { name: 'article-clean one file', argv: [node, bin, '-q', sample] },
  ], runs * 4, { warmup: 2 });
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  rmSync(outRoot, { recursive: true, force: true });
  flushWrites();
  mkdirSync(outRoot, { recursive: true });
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
  const results = { machine: { cores: availableParallelism(), node: process.version, gnuTime: hasGnuTime, awks }, options };
  process.stdout.write(`article-clean bench: ${results.machine.cores} cores, node ${process.version}, ${options.runs} runs per command, medians\n`);
  if (!hasGnuTime) process.stdout.write('note: GNU time (/usr/bin/time) is missing: peak RSS is not measured (apt-get install time)\n');
  if (awks.length === 0) process.stdout.write('note: neither gawk nor mawk is installed: no awk yardstick (apt-get install gawk)\n');
  if (options.only.includes('folder')) {
    const corpus = folderCorpus(bench, options.files);
    results.folder = timeAlternating(flushingFirst(folderCommands(corpus)), options.runs);
    printTable(`${options.files.toLocaleString('en-US')} files (${corpus.input}) with --out-dir`, results.folder, 'node read+write floor');
    results.folderTruth = checkTruth(join(outRoot, `article-clean-${lastFolderRun('article-clean')}`), corpus.truth);
  }
  if (options.only.includes('large')) {
    const corpus = largeCorpus(bench, options.mb);
    results.large = timeAlternating(flushingFirst(largeCommands(corpus)), options.runs);
    results.largeInputMb = statSync(corpus.input).size / 1048576;
    printTable(`one ${options.mb} MB file`, results.large, awks[0] ? `${awks[0]} '!seen[$0]++'` : 'node read+write floor');
    results.largeTruth = checkTruth(lastLargeOutput, corpus.truth);
  }
  if (options.only.includes('jsonl')) {
    const input = jsonlCorpus(bench, options.files, JSONL_ROUNDS);
    const megabytes = statSync(input).size / 1048576;
    results.jsonl = timeAlternating(flushingFirst(jsonlCommands(input)), options.runs);
    results.jsonlSame = sameJsonlOutputs();
    printTable(`JSON Lines: ${(options.files * JSONL_ROUNDS).toLocaleString('en-US')} records (${megabytes.toFixed(0)} MB)`, results.jsonl, 'article-clean --jsonl -j 1');
    process.stdout.write(`\noutputs on all cores and on one thread: ${results.jsonlSame ? 'the same bytes' : 'DIFFERENT'}\n`);
  }
  if (options.only.includes('linear')) results.linear = linearSection(Math.max(1, Math.min(3, options.runs)));
  if (options.only.includes('startup')) {
    results.startup = startupSection(options.runs);
    printTable('start-up', results.startup, 'node -e 0');
  }
  printTargets(results);
  writeFileSync(join(bench, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  rmSync(outRoot, { recursive: true, force: true });
  process.stdout.write(`\nraw figures: ${join(bench, 'results.json')}\n`);
  cleanUpScratch();
}

main();
