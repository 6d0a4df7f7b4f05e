import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../src/text/count-phrase.js';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [1234567, '1,234,567'],
    [100000000, '100,000,000'],
  ])('writes %i as %s, like en-US', (count, text) => {
    expect(formatCount(count)).toBe(text);
    expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
  });

  it('puts the noun in the plural unless the count is 1', () => {
    expect(plural(1, 'cut')).toBe('1 cut');
    expect(plural(0, 'cut')).toBe('0 cuts');
    expect(plural(2048, 'file')).toBe('2,048 files');
  });
});
