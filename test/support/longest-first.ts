/**
 * Vitest's file order for `npm test`: the longest files first, so that two workers finish together. A file's time is
 * the last run's (Vitest's cache); a file never run yet (a fresh clone) counts as long if it drives a browser.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const UNKNOWN_BROWSER_FILE = 60_000;
const UNKNOWN_FILE = 1_000;

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (spec: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(spec);
      // A file that failed last time runs first: its news matters most.
      if (cached?.failed) return Number.POSITIVE_INFINITY;
      return cached?.duration ?? (spec.moduleId.includes('/test/e2e/') ? UNKNOWN_BROWSER_FILE : UNKNOWN_FILE);
    };
    return [...files].sort((a, b) => cost(b) - cost(a));
  }
}
