import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG_RULES } from '../../src/engine/rules/catalog.ts';
import { runWorkedCases, workedCasesFileSchema, type WorkedCase } from './worked-cases-support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = [
  'content/rules/federal.cases.json',
  ...readdirSync(`${root}content/rules/states`)
    .filter((name) => name.endsWith('.cases.json'))
    .map((name) => `content/rules/states/${name}`),
];

const casesByFile = new Map<string, WorkedCase[]>();
for (const file of files) {
  const parsed = workedCasesFileSchema.safeParse(JSON.parse(readFileSync(`${root}${file}`, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  casesByFile.set(file, parsed.data.cases as unknown as WorkedCase[]);
}

for (const [file, cases] of casesByFile) runWorkedCases(`worked cases: ${file}`, cases);

describe('worked cases files', () => {
  it('hold a case computed by hand for every rule', () => {
    const byHand = new Set([...casesByFile.values()].flat().filter((worked) => worked.computed === 'by-hand').map((worked) => worked.rule));
    expect(CATALOG_RULES.filter((rule) => !byHand.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it('keep each case beside the rules of its own jurisdiction', () => {
    const byId = new Map(CATALOG_RULES.map((rule) => [rule.id, rule]));
    for (const [file, cases] of casesByFile) {
      for (const worked of cases) {
        const rule = byId.get(worked.rule);
        expect(rule, `${file}: ${worked.rule}`).toBeDefined();
        const code = rule!.jurisdiction === 'US' || rule!.jurisdiction === 'EU' ? 'federal' : `states/${rule!.jurisdiction.toLowerCase()}`;
        expect(file, worked.name).toBe(`content/rules/${code}.cases.json`);
      }
    }
  });
});
