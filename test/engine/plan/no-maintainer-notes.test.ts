/** A generated plan prints no maintainers' note, whatever the answers (issue 13: "no generated plan prints one"). */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/engine/export/markdown.ts';
import { planFor } from '../../../src/engine/index.ts';
import { CATALOG_RULES, COVERAGE } from '../../../src/engine/rules/catalog.ts';
import { SHIPPED_PROVISIONS } from '../../../src/engine/rules/provisions.ts';
import { MAINTAINER_PHRASES, PLAN_WORDING_ARTEFACTS, readerText } from '../../support/maintainer-phrases.ts';
import { fixture } from './fixtures.ts';

const fixtures = readdirSync('test/fixtures/answers')
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .filter((name) => name !== 'invalid');
const notes = [
  ...CATALOG_RULES.flatMap((rule) => (rule.maintainerNotes ? [rule.maintainerNotes] : [])),
  ...COVERAGE.notCovered.flatMap((entry) => (entry.maintainerNotes ? [entry.maintainerNotes] : [])),
  ...SHIPPED_PROVISIONS.flatMap((provision) => (provision.maintainerNotes ? [provision.maintainerNotes] : [])),
];

describe('generated plans', () => {
  it.each(fixtures)('print no maintainers note: %s', (name) => {
    const markdown = renderMarkdown(planFor(fixture(name), '2026-03-10'));
    expect(MAINTAINER_PHRASES.filter((phrase) => phrase.test(markdown)).map(String)).toEqual([]);
    for (const note of notes) expect(markdown.includes(note), note.slice(0, 80)).toBe(false);
  });

  it.each(fixtures)('print no wording artefact (doubled word, lower-case acronym): %s', (name) => {
    const text = readerText(renderMarkdown(planFor(fixture(name), '2026-03-10')));
    expect(PLAN_WORDING_ARTEFACTS.flatMap((pattern) => text.match(pattern)?.[0] ?? [])).toEqual([]);
  });
});
