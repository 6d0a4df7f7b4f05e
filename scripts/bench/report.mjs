// report.mjs: prints the bench's tables (Markdown, so they paste into the README) and the targets.

const seconds = (value) => (value === null || value === undefined ? '?' : value.toFixed(value < 1 ? 3 : 2));
const megabytes = (value) => (value === null || value === undefined ? '?' : value.toFixed(0));

/** Prints one timing table, with each command's ratio to `baselineName`. */
export function printTable(title, rows, baselineName) {
  const baseline = rows.find((row) => row.name === baselineName);
  const lines = [
    `\n### ${title}`,
    '',
    `| command | median s | min-max s | ratio to ${baselineName} | peak RSS MB |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const ratio = baseline ? (row.median / baseline.median).toFixed(2) : '?';
    lines.push(`| ${row.name} | ${seconds(row.median)} | ${seconds(row.min)}-${seconds(row.max)} | ${ratio}x | ${megabytes(row.rssMb)} |`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

function ratio(rows, name, baselineName) {
  const row = rows?.find((item) => item.name === name);
  const baseline = rows?.find((item) => item.name === baselineName);
  return row && baseline ? row.median / baseline.median : null;
}

// A limit as the targets table writes it: "<= 1.3x", "<= 436 MB" (a limit in MB that depends on an
// input not measured in this run reads "3x the input + 150 MB").
function limitText(limit, unit) {
  if (unit === 'x') return `<= ${limit}x`;
  return Number.isFinite(limit) ? `<= ${limit.toFixed(0)} ${unit}` : `<= 3x the input + 150 ${unit}`;
}

function target(label, value, limit, unit = 'x') {
  if (value === null || value === undefined) return `| ${label} | not measured | ${limitText(limit, unit)} | - |`;
  const shown = unit === 'x' ? `${value.toFixed(2)}x` : `${value.toFixed(0)} ${unit}`;
  return `| ${label} | ${shown} | ${limitText(limit, unit)} | ${value <= limit ? 'met' : 'NOT met'} |`;
}

function truthLine(name, truth) {
  if (!truth) return null;
  return `- ${name}: ${truth.identical.toLocaleString('en-US')} of ${truth.files.toLocaleString('en-US')} files byte-identical to the generator's truth; ` +
    `${truth.extraBlocks} blocks kept that should go, ${truth.missingBlocks} truth blocks missing (of ${truth.truthBlocks})`;
}

/** Prints the targets of issue 6 against this run's figures, plus correctness and linear time. */
export function printTargets(results) {
  const awk = results.machine.awks[0];
  const folderRss = results.folder?.find((row) => row.name === 'article-clean')?.rssMb;
  const largeRss = results.large?.find((row) => row.name === 'article-clean')?.rssMb;
  const smallInputMb = 0.01;
  const lines = [
    '\n### targets (ratios from this run)',
    '',
    '| target | measured | limit | |',
    '| --- | ---: | ---: | --- |',
    target('folder: article-clean / node read+write floor', ratio(results.folder, 'article-clean', 'node read+write floor'), 1.3),
    target('folder: article-clean / python3 --jobs 2', ratio(results.folder, 'article-clean', 'python3 py_clean.py --jobs 2'), 1.0),
    target(`large file: article-clean / ${awk ?? 'awk'}`, awk ? ratio(results.large, 'article-clean', `${awk} '!seen[$0]++'`) : null, 2),
    target('peak RSS, folder run', folderRss, 3 * smallInputMb + 150, 'MB'),
    target('peak RSS, large file', largeRss, results.largeInputMb === undefined ? Number.NaN : 3 * results.largeInputMb + 150, 'MB'),
    target('start-up: --version / node -e 0', ratio(results.startup, 'article-clean --version', 'node -e 0'), 1.3),
    target('start-up: one file / node -e 0', ratio(results.startup, 'article-clean one file', 'node -e 0'), 1.3),
  ];
  if (results.linear) {
    lines.push('', '### linear time (time ratio for an input about 4x larger; linear is ~4, quadratic ~16)', '', '| input | small | large | size ratio | time ratio |', '| --- | ---: | ---: | ---: | ---: |');
    for (const row of results.linear) {
      lines.push(`| ${row.label} | ${row.small.size}: ${seconds(row.small.median)} s | ${row.big.size}: ${seconds(row.big.median)} s | ${row.sizeRatio.toFixed(1)} | ${row.timeRatio.toFixed(1)} |`);
    }
  }
  const truths = [truthLine('folder', results.folderTruth), truthLine('large file', results.largeTruth)].filter(Boolean);
  if (truths.length) {
    lines.push('', '### output vs the generator\'s truth', '',
      '(the truth joins kept paragraphs with one blank line and ends with one newline: its own convention, not the',
      'product\'s contract, which keeps every kept byte as it was; a mismatch can be a layout difference only)', '', ...truths);
  }
  process.stdout.write(lines.join('\n') + '\n');
}
