/** UTF-8 in bulk: the same text and bytes as the WHATWG decoder and Buffer's encoder. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8InBulk, encodeUtf8InBulk } from '../src/io/bulk-utf8.js';

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

describe('encodeUtf8InBulk', () => {
  it.each([
    ['mixed', MIXED],
    ['mixed, long enough for ICU', MIXED.repeat(2_000)],
    ['lone high surrogate', 'a\uD800b'],
    ['lone high surrogate in a long text', `${MIXED.repeat(2_000)}a\uD800b`],
    ['lone low surrogate after a pair', '😀\uDE00'],
    ['empty', ''],
  ])('%s', (_name, text) => {
    expect(encodeUtf8InBulk(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});
