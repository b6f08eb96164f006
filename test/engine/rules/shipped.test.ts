import { describe, expect, it } from 'vitest';
import { CATALOG_RULES, COVERAGE } from '../../../src/engine/index.ts';
import { SHIPPED_COVERAGE, SHIPPED_RULES } from '../../../src/engine/rules/shipped.ts';

describe('SHIPPED_RULES', () => {
  it('equals the validated catalog, rule for rule, so the browser may skip validating them', () => {
    expect(SHIPPED_RULES).toEqual(CATALOG_RULES);
  });
});

describe('SHIPPED_COVERAGE', () => {
  it('equals the validated coverage list', () => {
    expect(SHIPPED_COVERAGE).toEqual(COVERAGE.notCovered);
  });
});
