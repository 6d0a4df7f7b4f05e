/**
 * Recovers what was deleted from an input, given an output made by deletions only: which lines
 * went whole, and which segments were cut from inside kept lines. It reads only the two texts,
 * so it scores any cleaner, the gold files themselves included.
 */

/** A segment cut from inside a line (offsets into that line). */
export interface DeletedSegment {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** Deleted lines (1-based) and segments. */
export interface Deletions {
  readonly lines: ReadonlySet<number>;
  readonly segments: readonly DeletedSegment[];
}

// Longest common subsequence of lines; articles are short, so the quadratic table is fine.
function matchLines(input: readonly string[], output: readonly string[]): Int32Array {
  const rows = input.length + 1;
  const columns = output.length + 1;
  const table = new Int32Array(rows * columns);
  for (let i = input.length - 1; i >= 0; i--) {
    for (let j = output.length - 1; j >= 0; j--) {
      table[i * columns + j] =
        input[i] === output[j]
          ? (table[(i + 1) * columns + j + 1] as number) + 1
          : Math.max(table[(i + 1) * columns + j] as number, table[i * columns + j + 1] as number);
    }
  }
  const matchOf = new Int32Array(input.length).fill(-1);
  for (let i = 0, j = 0; i < input.length && j < output.length; ) {
    if (input[i] === output[j]) {
      matchOf[i++] = j++;
    } else if ((table[(i + 1) * columns + j] as number) >= (table[i * columns + j + 1] as number)) {
      i++;
    } else {
      j++;
    }
  }
  return matchOf;
}

function segmentCut(inputLine: string, outputLine: string): { start: number; end: number } | null {
  let prefix = 0;
  while (prefix < outputLine.length && inputLine[prefix] === outputLine[prefix]) prefix++;
  let suffix = 0;
  while (suffix < outputLine.length - prefix && inputLine[inputLine.length - 1 - suffix] === outputLine[outputLine.length - 1 - suffix]) suffix++;
  if (prefix + suffix !== outputLine.length) return null;
  return { start: prefix, end: inputLine.length - suffix };
}

/** What the output deleted from the input. Unmatched output lines are read as inline cuts. */
export function findDeletions(input: string, output: string): Deletions {
  const inputLines = input.split('\n');
  const outputLines = output.split('\n');
  const matchOf = matchLines(inputLines, outputLines);
  const lines = new Set<number>();
  const segments: DeletedSegment[] = [];
  let nextOutput = 0;
  for (let i = 0; i < inputLines.length; i++) {
    const matched = matchOf[i] as number;
    if (matched !== -1) {
      nextOutput = matched + 1;
      continue;
    }
    const candidate = outputLines[nextOutput];
    const nextMatched = matchOf.slice(i + 1).find((value) => value !== -1) ?? outputLines.length;
    const cut = candidate !== undefined && nextOutput < nextMatched ? segmentCut(inputLines[i] as string, candidate) : null;
    if (cut !== null && cut.end > cut.start) {
      segments.push({ line: i + 1, ...cut });
      nextOutput++;
    } else {
      lines.add(i + 1);
    }
  }
  return { lines, segments };
}
