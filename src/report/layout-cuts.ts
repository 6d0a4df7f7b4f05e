/**
 * Splits a text into display lines, with the cut spans nested inside them. This function runs in
 * the browser too: the report embeds its source, so it must stay self-contained (no imports, no
 * helpers outside its body, nothing the browser lacks).
 */

/** Text, or a cut holding more nodes; `first` marks the piece where the cut starts. */
export type LayoutNode = string | { readonly cut: number; readonly first: boolean; readonly nodes: LayoutNode[] };

/** One line of the text (its "\n" included), numbered like `text.split('\n')`. */
export interface LayoutLine {
  readonly number: number;
  readonly nodes: LayoutNode[];
}

/**
 * Lays out `text` as lines whose cuts are nested elements, outermost first. A cut that crosses a
 * line break, or crosses another cut, is split into pieces; the pieces of cut `i` put together
 * are exactly `text.slice(spans[i].start, spans[i].end)`, and only the first piece is `first`.
 */
export function layoutCuts(text: string, spans: readonly { readonly start: number; readonly end: number }[]): LayoutLine[] {
  const clip = (offset: number): number => Math.max(0, Math.min(text.length, offset));
  const startOf = (index: number): number => clip((spans[index] as { start: number }).start);
  const endOf = (index: number): number => clip((spans[index] as { end: number }).end);
  // Outermost first: by start, then the longer one, then input order.
  const order = spans
    .map((_, index) => index)
    .filter((index) => endOf(index) > startOf(index))
    .sort((left, right) => startOf(left) - startOf(right) || endOf(right) - endOf(left) || left - right);
  const points = new Set<number>([0, text.length]);
  const lineStarts = new Set<number>();
  for (const index of order) {
    points.add(startOf(index));
    points.add(endOf(index));
  }
  for (let lineBreak = text.indexOf('\n'); lineBreak !== -1; lineBreak = text.indexOf('\n', lineBreak + 1)) {
    points.add(lineBreak + 1);
    lineStarts.add(lineBreak + 1);
  }
  const boundaries = [...points].sort((left, right) => left - right);
  const lines: LayoutLine[] = [];
  let line: LayoutLine = { number: 0, nodes: [] };
  let open: { cut: number; nodes: LayoutNode[] }[] = [];
  // The cuts covering the current piece, kept in `order`: a cut that starts later ranks after
  // every cut already open, so appending keeps the order.
  let active: number[] = [];
  let nextCut = 0;
  for (let position = 0; position + 1 < boundaries.length; position++) {
    const start = boundaries[position] as number;
    const end = boundaries[position + 1] as number;
    if (position === 0 || lineStarts.has(start)) {
      line = { number: lines.length + 1, nodes: [] };
      lines.push(line);
      open = [];
    }
    active = active.filter((index) => endOf(index) > start);
    while (nextCut < order.length && startOf(order[nextCut] as number) <= start) active.push(order[nextCut++] as number);
    let shared = 0;
    while (shared < open.length && shared < active.length && (open[shared] as { cut: number }).cut === active[shared]) shared++;
    open = open.slice(0, shared);
    for (const cut of active.slice(shared)) {
      const node = { cut, first: startOf(cut) === start, nodes: [] as LayoutNode[] };
      (open.length === 0 ? line.nodes : (open[open.length - 1] as { nodes: LayoutNode[] }).nodes).push(node);
      open.push(node);
    }
    const target = open.length === 0 ? line.nodes : (open[open.length - 1] as { nodes: LayoutNode[] }).nodes;
    const last = target[target.length - 1];
    const piece = text.slice(start, end);
    if (typeof last === 'string') target[target.length - 1] = last + piece;
    else target.push(piece);
  }
  return lines;
}
