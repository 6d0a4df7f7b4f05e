/** Key ids: equal keys get equal ids and one shared string, across growth and across the engine's passes. */
import { describe, expect, it } from 'vitest';
import { EMPTY_KEY_ID, KeyTable } from '../src/text/key-table.js';
import { parseArticle } from '../src/article/parse-article.js';

describe('KeyTable', () => {
  it('numbers keys in order of first appearance, the empty key first', () => {
    const table = new KeyTable();
    expect(table.idOf('')).toBe(EMPTY_KEY_ID);
    expect([table.idOf('a'), table.idOf('b'), table.idOf('a'), table.idOf('ab')]).toEqual([1, 2, 1, 3]);
    expect(table.size).toBe(4);
    expect(table.keyOf(3)).toBe('ab');
  });

  it('keeps ids through growth, and gives equal keys made apart one string', () => {
    const table = new KeyTable();
    const ids = Array.from({ length: 50_000 }, (_, index) => table.idOf(`key ${index % 20_000}`));
    expect(table.size).toBe(20_001);
    for (let index = 0; index < ids.length; index++) expect(ids[index]).toBe(ids[index % 20_000]);
    expect(table.keyOf(table.idOf(['key', '7'].join(' ')))).toBe('key 7');
  });
});

describe('KeyTable.lookUpSpan', () => {
  it('finds a span that is a key, and adds none that is not', () => {
    const table = new KeyTable();
    const id = table.idOf('the lead paragraph');
    expect(table.lookUpSpan('the lead paragraph stock picture', 0, 18)).toBe(id);
    expect(table.lookUpSpan('the lead paragraph stock picture', 0, 24)).toBe(-1);
    expect(table.lookUpSpan('xx the lead paragraph', 3, 21)).toBe(id);
    expect(table.size).toBe(2);
  });
});

describe('key ids of parsed lines', () => {
  it('lines have equal key ids exactly when their keys are equal', () => {
    const article = parseArticle('Hello, world!\nhello world\n\n-----\nOther line\nHELLO WORLD.\n');
    for (const line of article.lines) {
      for (const other of article.lines) expect(line.keyId === other.keyId).toBe(line.key === other.key);
      expect(article.keyTable.keyOf(line.keyId)).toBe(line.key);
    }
  });
});
