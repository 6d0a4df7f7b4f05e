/** Decoding: BOMs, UTF-8, legacy encodings found by the detector, binary content, and what stays byte for byte. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/io/decode-text.js';
import { looksBinary } from '../src/io/binary-content.js';
import { runInProcess } from './helpers/run-cli.js';
import { repositoryRoot } from './helpers/paths.js';
import { ARABIC_CP1256, ARABIC_LINES, encode } from './helpers/fixtures.js';

const ARABIC = 'قال وزير الخارجية الروسي إن المحادثات ستستمر في الشهر المقبل، وإن الهدنة صامدة في معظم المناطق.\n';
const FRENCH = 'Le président a déclaré que la réunion était très importante pour l’économie française.\n«Voilà», a-t-il ajouté.\n';
const GERMAN = 'Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für Straßenbau zu erhöhen.\n';

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(ARABIC), 'utf-8', ARABIC],
    ['UTF-8 with a BOM (the BOM is dropped)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]), 'utf-8-bom', ARABIC],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]), 'utf-16le', ARABIC],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARABIC, 'utf16le').swap16()]), 'utf-16be', ARABIC],
    ['windows-1256 Arabic', encode(ARABIC, 'windows-1256'), 'windows-1256', ARABIC],
    ['windows-1252 with curly quotes', encode(FRENCH, 'windows-1252'), 'windows-1252', FRENCH],
    ['ISO-8859-1 without C1 bytes', encode(GERMAN, 'iso-8859-1'), 'iso-8859-1', GERMAN],
    ['empty input', Buffer.alloc(0), 'utf-8', ''],
  ])('%s', (_name, bytes, encoding, text) => {
    expect(decodeText(bytes)).toEqual({ encoding, text });
  });

  it('the real case: Arabic windows-1256 with CRLF and a trailing NUL keeps every CR and the NUL', () => {
    const decoded = decodeText(ARABIC_CP1256);
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.text).toBe(ARABIC_LINES.join('\r\n') + '\r\n\u0000');
  });

  it('an encoding given by name wins over detection', () => {
    expect(decodeText(encode(ARABIC, 'windows-1256'), 'ISO-8859-6').encoding).toBe('iso-8859-6');
    expect(decodeText(Buffer.from('abc'), 'windows-1252')).toEqual({ text: 'abc', encoding: 'windows-1252' });
  });

  it('binary content is refused with code "binary"', () => {
    const image = Buffer.from(Array.from({ length: 8192 }, (_, index) => (index * 7919 + 13) % 256));
    expect(() => decodeText(image)).toThrow(expect.objectContaining({ code: 'binary' }));
    expect(() => decodeText(Buffer.alloc(4096))).toThrow(expect.objectContaining({ code: 'binary' }));
  });

  it('text with a few control bytes is still text', () => {
    expect(looksBinary(Buffer.from('line one\fline two\u0007 bell\r lone CR\u0000\n'.repeat(20) + 'x'.repeat(2000)))).toBe(false);
    expect(looksBinary(Buffer.from('padded\n\u0000\u0000'))).toBe(false);
  });
});

describe('bytes through the CLI', () => {
  it('CRLF, lone CR, NUL and control characters on kept lines come out byte for byte', async () => {
    const repeated = 'A paragraph long enough to be a repeat when it comes back.';
    const input = `Kept\u0007 line\r\nlone\rCR kept\r\n${repeated}\r\nNUL\u0000 kept\u001b[0m\r\n${repeated}\r\n\u0000`;
    const run = await runInProcess(['-'], { stdin: input });
    expect(run.stdout).toBe(`Kept\u0007 line\r\nlone\rCR kept\r\n${repeated}\r\nNUL\u0000 kept\u001b[0m\r\n\u0000`);
  });

  it('output is always UTF-8 (a UTF-16 file comes out as UTF-8 without a BOM)', async () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('مرحبا\n', 'utf16le')]);
    const run = await runInProcess(['-'], { stdin: input });
    expect(Buffer.from(run.stdout)).toEqual(Buffer.from('مرحبا\n'));
  });

  it('iconv-lite and chardet are loaded only for input that is not UTF-8', () => {
    const script = `
      import { createRequire } from 'node:module';
      const { decodeText } = await import('./dist/io/decode-text.js');
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((path) => /iconv-lite|chardet/.test(path)).length > 0;
      decodeText(Buffer.from('utf-8 text, é'));
      const afterUtf8 = loaded();
      decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x75, 0x20, 0x74, 0x68, 0xe9]));
      console.log(afterUtf8, loaded());`;
    const result = spawnSync('node', ['--input-type=module', '-e', script], { cwd: repositoryRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('false true\n');
  });
});
