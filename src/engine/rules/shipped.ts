/**
 * The shipped rules as plain data, for the browser: the same rules as CATALOG_RULES, not validated a second time.
 * catalog.ts validates them in every build and test run (and a test checks the two are equal), so /plan/ need not
 * load the rule schema nor spend its first second re-checking data that cannot have changed since the build.
 */
import coverageData from '../../../content/rules/coverage.json' with { type: 'json' };
import type { CoverageEntry } from '../timeline/compute.ts';
import { RULE_FILES } from './rule-files.generated.ts';
import type { Rule } from './schema.ts';

export const SHIPPED_RULES: readonly Rule[] = RULE_FILES.flatMap((file) => (file.data as { rules: Rule[] }).rules);

export const SHIPPED_COVERAGE: readonly CoverageEntry[] = coverageData.notCovered as CoverageEntry[];
