/** UTF-8 in bulk: the same text as the WHATWG decoder. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8InBulk } from '../src/io/bulk-utf8.js';

const MIXED = 'قال الوزير إن المحادثات ستستمر. The talks go on 😀 — «Voilà».\r\n';
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

describe('decodeUtf8InBulk', () => {
  it.each([
    ['ASCII only', 'plain English text, line after line.\n'.repeat(60_000)],
    ['Latin-1 only (one byte per character in the string)', 'Le président a déclaré «Voilà».\n'.repeat(40_000)],
    ['Arabic, English and emoji', MIXED.repeat(30_000)],
    ['one four-byte character after another', '😀'.repeat(700_000)],
    ['a byte order mark inside the text', `a\uFEFFb${MIXED}`],
    ['empty', ''],
  ])('%s', (_name, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(decodeUtf8InBulk(bytes)).toBe(decoder.decode(bytes));
  });

  it('bytes that are not UTF-8 give null', () => {
    expect(decodeUtf8InBulk(Buffer.concat([Buffer.from(MIXED.repeat(20_000)), Buffer.from([0xff])]))).toBeNull();
    expect(decodeUtf8InBulk(Buffer.from([0xed, 0xa0, 0x80]))).toBeNull();
  });
});
