// inputs.mjs: the bench's inputs, made deterministically and kept under .bench/ between runs.
// The corpus comes from gen-corpus.mjs; the linear-time inputs are the shapes that make a
// careless cleaner quadratic: one huge line, many identical lines, many distinct long lines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;

function generate(folder, stamp, args) {
  const stampFile = join(folder, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  rmSync(folder, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [join(here, 'gen-corpus.mjs'), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`gen-corpus.mjs ${args.join(' ')} failed`);
  writeFileSync(stampFile, stamp);
}

/** The folder corpus (N articles) and its truth, made once per size. */
export function folderCorpus(benchDir, files) {
  const input = join(benchDir, `small-${files}`);
  const truth = join(benchDir, `small-${files}-truth`);
  generate(input, `files=${files}`, ['--out', input, '--files', String(files), '--truth', truth]);
  return { input, truth };
}

/**
 * A JSON Lines dump made of the folder corpus: each article a record {"id", "text"}, in path order,
 * `rounds` times over (the ids tell the rounds apart), made once per size.
 */
export function jsonlCorpus(benchDir, files, rounds) {
  const { input: folder } = folderCorpus(benchDir, files);
  const path = join(benchDir, `records-${files}x${rounds}.jsonl`);
  const stamp = `${path}.stamp`;
  if (existsSync(stamp)) return path;
  const names = spawnSync('find', ['.', '-name', '*.txt'], { cwd: folder, encoding: 'utf8' }).stdout.trim().split('\n').sort();
  const descriptor = openSync(path, 'w');
  for (let round = 0; round < rounds; round++) {
    for (const name of names) writeSync(descriptor, JSON.stringify({ id: `${round}:${name}`, text: readFileSync(join(folder, name), 'utf8') }) + '\n');
  }
  closeSync(descriptor);
  writeFileSync(stamp, '');
  return path;
}

/** One large single-document file (a concatenation of articles) and its truth. */
export function largeCorpus(benchDir, megabytes) {
  const folder = join(benchDir, `large-${megabytes}`);
  const truth = join(benchDir, `large-${megabytes}-truth`);
  generate(folder, `mb=${megabytes}`, ['--out', folder, '--mode', 'large', '--mb', String(megabytes), '--truth', truth]);
  return { input: join(folder, 'large-000.txt'), folder, truth };
}

// A small deterministic word stream (xorshift32), so the linear-time inputs need no corpus.
function wordStream(seed) {
  const words = ['the', 'minister', 'said', 'market', 'water', 'الحكومة', 'الوزير', 'المدينة', 'أعلن', 'الاقتصاد', 'report', 'city', 'council', 'في', 'من'];
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return words[state % words.length];
  };
}

function writeLines(path, count, makeLine) {
  const descriptor = openSync(path, 'w');
  let chunk = [];
  for (let index = 0; index < count; index++) {
    chunk.push(makeLine(index));
    if (chunk.length >= 2000) { writeSync(descriptor, chunk.join('')); chunk = []; }
  }
  if (chunk.length) writeSync(descriptor, chunk.join(''));
  closeSync(descriptor);
}

function makeShape(path, shape, scale) {
  if (existsSync(path)) return;
  const next = wordStream(scale * 7919 + shape.length);
  if (shape === 'one-line') {
    // A whole document on one line: sentences and all, no line break until the end.
    const bytes = scale * 1e6;
    const descriptor = openSync(path, 'w');
    let written = 0;
    while (written < bytes) {
      const words = [];
      for (let index = 0; index < 20000; index++) words.push(next());
      const piece = words.join(' ') + '. ';
      writeSync(descriptor, piece);
      written += Buffer.byteLength(piece);
    }
    writeSync(descriptor, '\n');
    closeSync(descriptor);
  } else if (shape === 'identical-lines') {
    writeLines(path, scale, () => 'The same line, copied over and over again.\n');
  } else {
    writeLines(path, scale, (index) => {
      const words = [`line ${index}`];
      for (let count = 0; count < 150; count++) words.push(next());
      return words.join(' ') + '\n';
    });
  }
}

/** The linear-time inputs: each shape at a base size and at four times that size. */
export function linearInputs(benchDir) {
  const folder = join(benchDir, 'linear');
  mkdirSync(folder, { recursive: true });
  const shapes = [
    { shape: 'one-line', label: 'one line of N MB', sizes: [12.5, 50] },
    { shape: 'identical-lines', label: 'N identical short lines', sizes: [50000, 200000] },
    { shape: 'distinct-lines', label: 'N distinct long lines (~1 KB)', sizes: [5000, 20000] },
  ];
  return shapes.map(({ shape, label, sizes }) => ({
    shape,
    label,
    files: sizes.map((size) => {
      const path = join(folder, `${shape}-${size}.txt`);
      makeShape(path, shape, size);
      return { size, path };
    }),
  }));
}
