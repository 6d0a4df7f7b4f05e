/** The command-line interface: flags, help text, and how they map to engine options. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';

/** Parsed command-line options. */
export interface CliOptions {
  outDir?: string;
  json?: boolean;
  ext: string;
  only?: string[];
  skip?: string[];
  enable?: string[];
  minLength?: number;
  marker?: string[];
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  jobs?: number;
  boilerplate?: boolean;
  boilerplateFrom?: string;
  boilerplateMinFiles?: number;
  boilerplateMinShare?: number;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((item) => item.trim()).filter((item) => item !== '')];
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

/** Builds the commander program (help and errors are written through `write`). */
export function buildProgram(writeOut: (text: string) => void, writeError: (text: string) => void): Command {
  const program = new Command('article-clean')
    .description('Remove repeated blocks and read-also cross-links from scraped article text.\nKept text stays byte for byte.')
    .argument('[paths...]', 'files and folders to clean; "-" or nothing reads standard input')
    .option('-o, --out-dir <dir>', 'write cleaned files here, mirroring the input tree')
    .option('--json', 'write one JSON object per file (JSON Lines) to stdout')
    .option('--ext <extension>', 'file extension to look for in folders', 'txt')
    .option('--only <ids>', 'run only these rules (comma-separated)', list)
    .option('--skip <ids>', 'do not run these rules (comma-separated)', list)
    .option('--enable <ids>', 'turn on rules that are off by default (comma-separated)', list)
    .option('--min-length <n>', 'shortest single repeated line to cut, in characters (default 30)', wholeNumber)
    .option('--marker <phrase>', 'add a read-also phrase (repeatable)', collect)
    .option('-j, --jobs <n>', 'worker threads for many files (default: the cores available)', positiveNumber)
    .option('--boilerplate', 'also cut lines that recur across the files of the run (two passes)')
    .option('--boilerplate-from <file>', 'cut the boilerplate lines of a counts file made by "article-clean fingerprint"')
    .option('--boilerplate-min-files <n>', 'a boilerplate line occurs in at least this many files (default 5)', wholeNumber)
    .option('--boilerplate-min-share <percent>', 'and in at least this share of the files (default 2)', percent)
    .addOption(new Option('--color', 'force colors in the report'))
    .addOption(new Option('--no-color', 'never color the report'))
    .option('-q, --quiet', 'print errors only')
    .option('--verbose', 'print every finding')
    .version(packageVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', '\nCommands:\n  article-clean fingerprint [paths...]  line-key counts for --boilerplate-from (--help for more)')
    .exitOverride()
    .configureOutput({
      writeOut,
      writeErr: writeError,
      // commander writes "error: unknown option '--bogus'"; errors here read "article-clean: ...".
      outputError: (text, write) => write(`article-clean: ${text.replace(/^error: /, '').trimEnd()} (--help for usage)\n`),
    });
  return program;
}
