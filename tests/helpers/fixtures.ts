/** Small fixture trees built on the fly in a temporary folder (nothing big is committed). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A fresh temporary folder. */
export function temporaryFolder(prefix = 'article-clean-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (relative path → content) under `root`, creating folders. */
export function writeTree(root: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** Encodes text with iconv-lite (the library the tool decodes with). */
export function encode(text: string, encoding: string): Buffer {
  const iconv = require('iconv-lite') as typeof import('iconv-lite');
  return iconv.encode(text, encoding);
}

/** A line long enough (over 30 key characters) to count as a repeat on its own. */
export const REPEATED = 'This sentence is long enough to be cut as a repeat.';

/** An article with one repeated paragraph line and one read-also line; and the same cleaned. */
export const DIRTY = `First paragraph of the story, told once.\n${REPEATED}\nREAD MORE: Another story entirely\n${REPEATED}\nLast line.\n`;
export const DIRTY_CLEANED = `First paragraph of the story, told once.\n${REPEATED}\nLast line.\n`;
/** An article with nothing to cut. */
export const CLEAN = 'Nothing here repeats.\nEvery line is different from the others.\n';

/**
 * The real case of issue 7: an Arabic newspaper file in windows-1256 with CRLF line breaks and a
 * trailing NUL, with a read-also line and a repeated paragraph.
 */
export const ARABIC_LINES = [
  'قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستمر في الشهر المقبل.',
  'اقرأ أيضاً: عنوان خبر آخر',
  'وأضاف أن الهدنة صامدة في معظم المناطق رغم بعض الخروقات المحدودة.',
  'قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستمر في الشهر المقبل.',
];
export const ARABIC_CP1256 = Buffer.concat([encode(ARABIC_LINES.join('\r\n') + '\r\n', 'windows-1256'), Buffer.from([0])]);
/** What cleaning ARABIC_CP1256 gives, as UTF-8. */
export const ARABIC_CLEANED = `${ARABIC_LINES[0]}\r\n${ARABIC_LINES[2]}\r\n\u0000`;
