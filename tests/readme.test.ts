/** The README tells the truth: its Usage block is `--help` verbatim. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/run-cli.js';
import { repositoryRoot } from './helpers/paths.js';

describe('README', () => {
  it('shows --help verbatim under Usage', async () => {
    const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
    const usage = /## Usage\n\n```\n\$ article-clean --help\n([\s\S]*?)```/.exec(readme);
    expect(usage).not.toBeNull();
    const help = await runInProcess(['--help']);
    expect(usage?.[1]).toBe(help.stdout);
  });
});
