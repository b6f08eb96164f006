/**
 * Vitest's file order for `npm test`: the longest files first, so that two workers finish together. A file's time is
 * the last run's (Vitest's cache); in a fresh clone, the time measured here for the longest files, and otherwise long
 * if it drives a browser.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const UNKNOWN_BROWSER_FILE = 30_000;
const UNKNOWN_FILE = 1_000;

/**
 * What the longest files took in a full run on a quiet 2-core machine (27 November 2026), for a clone with no
 * history of its own: without it, the browser files tie and run in name order, and the longest may start last.
 * Only the order depends on these; a stale figure makes the run slower, never wrong.
 */
const MEASURED: Record<string, number> = {
  'test/e2e/accessibility-pages.test.ts': 105_000,
  'test/e2e/plan.test.ts': 85_000,
  'test/e2e/exercises.test.ts': 61_000,
  'test/e2e/accessibility-templates.test.ts': 57_000,
  'test/e2e/review.test.ts': 36_000,
  'test/e2e/offline.test.ts': 22_000,
  'test/e2e/content-security-policy.test.ts': 14_000,
  'test/e2e/incident.test.ts': 13_000,
  'test/e2e/live-exercise.test.ts': 10_000,
  'test/engine/properties.test.ts': 7_600,
  'test/e2e/offline-any-host.test.ts': 7_500,
  'test/e2e/site.test.ts': 6_100,
  'test/engine/cli.test.ts': 5_200,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (spec: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(spec);
      // A file that failed last time runs first: its news matters most.
      if (cached?.failed) return Number.POSITIVE_INFINITY;
      const measured = Object.entries(MEASURED).find(([file]) => spec.moduleId.endsWith(file))?.[1];
      return cached?.duration ?? measured ?? (spec.moduleId.includes('/test/e2e/') ? UNKNOWN_BROWSER_FILE : UNKNOWN_FILE);
    };
    return [...files].sort((a, b) => cost(b) - cost(a));
  }
}
