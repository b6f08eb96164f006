import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CATALOG_RULES, COVERAGE } from '../../src/engine/rules/catalog.ts';
import { changelogSchema } from '../../src/engine/rules/dataset.ts';
import { assertBuilt, DIST } from '../support/site.ts';

assertBuilt();
const dataset = JSON.parse(readFileSync(`${DIST}/rules.json`, 'utf8'));
const schema = JSON.parse(readFileSync(`${DIST}/rules.schema.json`, 'utf8'));
const changelog = changelogSchema.parse(JSON.parse(readFileSync('content/rules/changelog.json', 'utf8')));

describe('/rules.json', () => {
  it('validates against /rules.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(dataset), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('is refused by the schema when a rule loses its citation', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const broken = structuredClone(dataset);
    delete broken.rules[0].citation;
    expect(ajv.compile(schema)(broken)).toBe(false);
  });

  it('holds every rule and every not-covered topic, and no maintainers notes', () => {
    expect(dataset.rules.map((rule: { id: string }) => rule.id)).toEqual(CATALOG_RULES.map((rule) => rule.id));
    expect(dataset.notCovered).toHaveLength(COVERAGE.notCovered.length);
    const text = JSON.stringify(dataset);
    expect(text).not.toContain('maintainerNotes');
    for (const rule of CATALOG_RULES) if (rule.maintainerNotes) expect(text).not.toContain(rule.maintainerNotes);
  });

  it('names the newest release of the changelog as its version', () => {
    const newest = [...changelog.releases].sort((a, b) => b.date.localeCompare(a.date))[0]!;
    expect(dataset.version).toBe(newest.version);
    expect(dataset.changelog[0].changes.length).toBeGreaterThan(0);
    expect(dataset.licence.name).toBe('MIT');
  });
});
