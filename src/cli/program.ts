/**
 * The command-line interface: every flag is one entry of `optionDefinitions`, grouped for
 * `--help`. A new flag is a new entry here plus the field it sets in CliOptions.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';

/** Parsed command-line options (undefined: not given, so the config file or the default applies). */
export interface CliOptions {
  ext?: string[];
  jsonl?: boolean;
  textField?: string;
  encoding?: string;
  maxSize?: string;
  outDir?: string;
  write?: boolean;
  backup?: string;
  json?: boolean;
  report?: string;
  check?: boolean;
  diff?: boolean;
  listRules?: boolean;
  only?: string[];
  skip?: string[];
  enable?: string[];
  minLength?: number;
  marker?: string[];
  config?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  debug?: boolean;
  jobs?: number;
  boilerplate?: boolean;
  boilerplateFrom?: string;
  boilerplateMinFiles?: number;
  boilerplateMinShare?: number;
}

/** One flag: commander's flags string, help text, group, and how to parse its value. */
export interface OptionDefinition {
  readonly flags: string;
  readonly description: string;
  readonly group: string;
  readonly parse?: (value: string, previous: never) => unknown;
}

/** The items of a comma-separated list ("txt, md" is ["txt", "md"]), as flags and the config take them. */
export function splitCommaList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...splitCommaList(value)];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function wholeNumber(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return number;
}

function percent(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) throw new InvalidArgumentError(`expected a percentage from 0 to 100, got "${value}"`);
  return number;
}

function positiveNumber(value: string): number {
  const number = wholeNumber(value);
  if (number < 1) throw new InvalidArgumentError(`expected 1 or more, got "${value}"`);
  return number;
}

const INPUT = 'Input:';
const OUTPUT = 'Output:';
const RULES = 'Rules:';
const REPORT = 'Report:';

/** Every flag, in the order --help lists them. */
export const optionDefinitions: readonly OptionDefinition[] = [
  { flags: '--ext <list>', description: 'extensions to look for in folders, comma-separated (default: txt; jsonl with --jsonl)', group: INPUT, parse: list },
  { flags: '--jsonl', description: 'input is JSON Lines: clean one field of each record, keep the rest', group: INPUT },
  { flags: '--text-field <name>', description: 'the field --jsonl cleans (default: text)', group: INPUT },
  { flags: '--encoding <name>', description: 'decode input with this encoding instead of detecting it (e.g. windows-1256)', group: INPUT },
  { flags: '--max-size <size>', description: 'refuse inputs larger than this, e.g. 64M or 1G (default: 256M)', group: INPUT },
  { flags: '-o, --out-dir <dir>', description: 'write cleaned files here, mirroring the input tree', group: OUTPUT },
  { flags: '-w, --write', description: 'rewrite changed files in place (atomically; unchanged files are not touched)', group: OUTPUT },
  { flags: '--backup <suffix>', description: 'with --write, keep the old file as FILE<suffix>', group: OUTPUT },
  { flags: '--json', description: 'print one JSON object per file (JSON Lines) to stdout', group: OUTPUT },
  { flags: '--check', description: 'print the files that would change and exit 1 if there are any', group: OUTPUT },
  { flags: '--diff', description: 'print a unified diff of the cuts', group: OUTPUT },
  { flags: '--report <file>', description: 'also write an HTML review report of every cut to this file', group: OUTPUT },
  { flags: '--list-rules', description: 'list the rules and exit', group: RULES },
  { flags: '--only <ids>', description: 'run only these rules (comma-separated)', group: RULES, parse: list },
  { flags: '--skip <ids>', description: 'do not run these rules (comma-separated)', group: RULES, parse: list },
  { flags: '--enable <ids>', description: 'turn on rules that are off by default (comma-separated)', group: RULES, parse: list },
  { flags: '--min-length <n>', description: 'shortest single repeated line to cut, in characters (default: 30)', group: RULES, parse: wholeNumber },
  { flags: '--marker <phrase>', description: 'add a read-also phrase (repeatable)', group: RULES, parse: collect },
  { flags: '--boilerplate', description: 'also cut lines that recur across the files of the run (two passes)', group: RULES },
  { flags: '--boilerplate-from <file>', description: 'cut the boilerplate lines of a counts file made by "article-clean fingerprint"', group: RULES },
  { flags: '--boilerplate-min-files <n>', description: 'a boilerplate line occurs in at least this many files (default: 5)', group: RULES, parse: wholeNumber },
  { flags: '--boilerplate-min-share <percent>', description: 'and in at least this share of the files (default: 2)', group: RULES, parse: percent },
  { flags: '--config <file>', description: 'read options from this JSON file (default: .article-cleanrc.json\nor "article-clean" in package.json, searched upward)', group: RULES },
  { flags: '-q, --quiet', description: 'print errors only', group: REPORT },
  { flags: '--verbose', description: 'print every finding', group: REPORT },
  { flags: '-j, --jobs <n>', description: 'threads that work on many files or a long --jsonl input (default: the cores available)', group: REPORT, parse: positiveNumber },
  { flags: '--color', description: 'color the report even when stderr is not a terminal', group: REPORT },
  { flags: '--no-color', description: 'never color', group: REPORT },
  { flags: '--debug', description: 'print stack traces of internal errors', group: REPORT },
];

const EXAMPLES = `
Examples:
  article-clean article.txt > clean.txt        clean one file to stdout
  cat article.txt | article-clean - | less      clean standard input
  article-clean news/ -o clean/                 clean a folder into a mirror folder
  article-clean 'news/**/*.txt' --write         clean in place (quote globs)
  article-clean news/ --check                   list files that would change (exit 1)
  article-clean news/ --json | jq .findings     findings as JSON Lines
  article-clean dump.jsonl --jsonl > out.jsonl  clean the "text" field of each record
  article-clean news/ --boilerplate -o clean/   also cut lines that recur across the files

Commands:
  article-clean fingerprint [paths...]          line-key counts for --boilerplate-from (--help for more)

Exit codes: 0 done, 1 --check found files to clean, 2 usage error or a file failed.`;

// The bundles (scripts/bundle.js) define this as package.json's version, which saves a one-file
// run reading and parsing package.json (about 0.25 ms); elsewhere it is undefined.
declare const PACKAGE_VERSION: string | undefined;

function packageVersion(): string {
  if (typeof PACKAGE_VERSION === 'string') return PACKAGE_VERSION;
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function makeOption(definition: OptionDefinition): Option {
  const option = new Option(definition.flags, definition.description).helpGroup(definition.group);
  return definition.parse === undefined ? option : option.argParser(definition.parse as (value: string, previous: unknown) => unknown);
}

/** Builds the commander program (help and errors are written through the callbacks; it never exits the process). */
export function buildProgram(writeOut: (text: string) => void, writeError: (text: string) => void): Command {
  const program = new Command('article-clean')
    .description('Remove repeated blocks and read-also cross-links from scraped article text.\nKept text stays byte for byte.')
    .argument('[paths...]', 'files, folders or quoted globs; "-" or nothing reads standard input')
    .helpOption('-h, --help', 'show this help')
    .version(packageVersion(), '-V, --version', 'show the version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureHelp({ helpWidth: 100 })
    .configureOutput({
      writeOut,
      writeErr: writeError,
      // commander writes "error: unknown option '--bogus'"; errors here read "article-clean: ...".
      outputError: (text, write) => write(`article-clean: ${text.replace(/^error: /, '').trimEnd()} (--help for usage)\n`),
    });
  for (const definition of optionDefinitions) program.addOption(makeOption(definition));
  return program;
}
