/**
 * Where the members of a JSON object sit in its text, so one value can be replaced and one member
 * added while every other byte of the record stays as written (number precision, key order,
 * escapes). The text must already have been checked with JSON.parse.
 */

/** One top-level member: its key and the character span of its value. */
export interface MemberSpan {
  readonly key: string;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** The members of the object and the offset of its closing brace. */
export interface ObjectLayout {
  readonly members: readonly MemberSpan[];
  readonly closingBrace: number;
}

const WHITE_SPACE = new Set([' ', '\t', '\n', '\r']);

function skipWhiteSpace(text: string, index: number): number {
  while (WHITE_SPACE.has(text[index] as string)) index++;
  return index;
}

function skipString(text: string, index: number): number {
  // index is at the opening quote.
  for (let at = index + 1; at < text.length; at++) {
    const character = text[at];
    if (character === '\\') at++;
    else if (character === '"') return at + 1;
  }
  return text.length;
}

function skipValue(text: string, index: number): number {
  const first = text[index];
  if (first === '"') return skipString(text, index);
  if (first !== '{' && first !== '[') {
    let at = index;
    while (at < text.length && !WHITE_SPACE.has(text[at] as string) && text[at] !== ',' && text[at] !== '}' && text[at] !== ']') at++;
    return at;
  }
  let depth = 0;
  for (let at = index; at < text.length; at++) {
    const character = text[at];
    if (character === '"') at = skipString(text, at) - 1;
    else if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') {
      depth--;
      if (depth === 0) return at + 1;
    }
  }
  return text.length;
}

/** The layout of a JSON object text (linear time). */
export function objectLayout(text: string): ObjectLayout {
  const members: MemberSpan[] = [];
  let index = skipWhiteSpace(text, 0) + 1;
  for (;;) {
    index = skipWhiteSpace(text, index);
    if (text[index] === '}') return { members, closingBrace: index };
    const keyEnd = skipString(text, index);
    const key = JSON.parse(text.slice(index, keyEnd)) as string;
    const valueStart = skipWhiteSpace(text, skipWhiteSpace(text, keyEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    members.push({ key, valueStart, valueEnd });
    index = skipWhiteSpace(text, valueEnd);
    if (text[index] === ',') index++;
  }
}
