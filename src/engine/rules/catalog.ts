/**
 * Every rules file Breachline ships, imported statically (through a generated index) so the browser bundle and
 * the command line see the same data. The index is rewritten before every build and checked by a test.
 */
import coverageData from '../../../content/rules/coverage.json' with { type: 'json' };
import { RULE_FILES } from './rule-files.generated.ts';
import { coverageSchema, ruleFileSchema, type Rule } from './schema.ts';

export { RULE_FILES };

export interface CatalogFile {
  /** Path from the repository root, e.g. `content/rules/federal.json`. */
  path: string;
  data: unknown;
}

export const COVERAGE_FILE: CatalogFile = { path: 'content/rules/coverage.json', data: coverageData };

export type Coverage = ReturnType<typeof coverageSchema.parse>;

function loadRules(): Rule[] {
  return RULE_FILES.flatMap((file) => {
    const parsed = ruleFileSchema.safeParse(file.data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(`${file.path} does not match the rule schema at ${first.path.join('.')}: ${first.message}`);
    }
    return parsed.data.rules;
  });
}

/** All rules, validated when this module loads. */
export const CATALOG_RULES: readonly Rule[] = loadRules();

export const COVERAGE: Coverage = coverageSchema.parse(coverageData);
