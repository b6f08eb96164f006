import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/engine/words.ts';

describe('countWords', () => {
  it('groups thousands with commas', () => {
    expect(countWords(0)).toBe('0');
    expect(countWords(999)).toBe('999');
    expect(countWords(1000)).toBe('1,000');
    expect(countWords(1250)).toBe('1,250');
    expect(countWords(500000)).toBe('500,000');
    expect(countWords(1234567)).toBe('1,234,567');
    expect(countWords(-4999)).toBe('-4,999');
  });
  it('keeps at most three decimals, as Intl does by default', () => {
    expect(countWords(0.5)).toBe('0.5');
    expect(countWords(1234.5678)).toBe('1,234.568');
  });
  it('writes every count as Node’s en-US number format does', () => {
    const intl = new Intl.NumberFormat('en-US');
    for (const n of [1, 12, 123, 1234, 12345, 123456, 1234567, 9999999999, 2 ** 53 - 1, -1, -1000, 3.25, 1e-4, 7.0005]) {
      expect(countWords(n), String(n)).toBe(intl.format(n));
    }
  });
});

describe('one number formatter', () => {
  it('is countWords: nothing in src/ formats with Intl or toLocaleString', () => {
    const files = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|astro|mjs)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    const offenders = files.filter((file) => /\bnew Intl\.|\.toLocale(String|DateString|TimeString)\(/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
