#!/usr/bin/env node
// `article-clean --version` needs nothing of the CLI: it answers from package.json without loading
// the bundle, so a script that asks for the version pays little more than Node's own start-up.
if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main, processIo } = await import('../dist/cli/bundle.js');
  process.exitCode = await main(process.argv.slice(2), processIo());
}
