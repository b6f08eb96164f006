/**
 * Readers never see maintainers' working notes: no built page prints a research caveat, and no page prints the
 * text of any `maintainerNotes` field.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG_RULES, COVERAGE } from '../../src/engine/rules/catalog.ts';
import { MAINTAINER_PHRASES } from '../support/maintainer-phrases.ts';
import { builtPages, readPage } from '../support/site.ts';


const notes = [
  ...CATALOG_RULES.flatMap((rule) => (rule.maintainerNotes ? [rule.maintainerNotes] : [])),
  ...COVERAGE.notCovered.flatMap((entry) => (entry.maintainerNotes ? [entry.maintainerNotes] : [])),
];

/** Visible text of a page: tags dropped, entities for quotes and ampersands read back. */
const textOf = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('built pages', () => {
  it.each(builtPages())('print no maintainers note: %s', (_url, file) => {
    const text = textOf(readPage(file));
    const found = MAINTAINER_PHRASES.map((phrase) => text.search(phrase))
      .filter((at) => at >= 0)
      .map((at) => text.slice(Math.max(0, at - 80), at + 40));
    expect(found).toEqual([]);
    for (const note of notes) expect(text.includes(note), note.slice(0, 80)).toBe(false);
  });
});
