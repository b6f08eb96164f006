import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../../src/engine/rules/evaluate.ts';
import type { Rule } from '../../../src/engine/rules/schema.ts';
import { answersFor } from '../worked-cases-support.ts';

const stateRule = (overrides: Partial<Rule> = {}): Rule => ({
  id: 'tx-attorney-general',
  regime: 'Test regime',
  jurisdiction: 'TX',
  summary: 'Tell the Texas AG about large breaches.',
  appliesTo: { securedExempt: true, dataKinds: ['ssn'], threshold: { of: 'residents', comparison: 'at-least', value: 250 } },
  recipient: 'attorney-general',
  recipientName: 'Texas Attorney General',
  clock: { kind: 'fixed', unit: 'calendar-days', amount: 30, from: 'determination' },
  content: [],
  hipaa: { effect: 'applies' },
  citation: 'Test 1.1',
  sourceUrl: 'https://example.org/law',
  reviewedOn: '2026-11-23',
  ...overrides,
});

const incident = (residents: Record<string, number>, more: object = {}) =>
  answersFor({ role: 'other', discoveredOn: '2025-05-05', residents, dataKinds: ['ssn'], secured: false, ...more });

describe('evaluateRule', () => {
  it('returns applies with the count in words for 301 Texas residents, 250 or more', () => {
    const evaluation = evaluateRule(stateRule(), incident({ TX: 301 }));
    expect(evaluation.outcome).toBe('applies');
    expect(evaluation.reasons).toContain('301 Texas residents affected: 250 or more.');
  });

  it('returns not-applicable for 249 Texas residents with the threshold in words', () => {
    const evaluation = evaluateRule(stateRule(), incident({ TX: 249 }));
    expect(evaluation.outcome).toBe('not-applicable');
    expect(evaluation.reasons).toEqual(['249 Texas residents affected; this rule needs 250 or more.']);
  });

  it('returns applies at exactly 250 for "at least" and not for "more than"', () => {
    expect(evaluateRule(stateRule(), incident({ TX: 250 })).outcome).toBe('applies');
    const moreThan = stateRule({ appliesTo: { securedExempt: true, threshold: { of: 'residents', comparison: 'more-than', value: 250 } } });
    expect(evaluateRule(moreThan, incident({ TX: 250 })).outcome).toBe('not-applicable');
  });

  it('returns not-applicable when no resident of the state is affected', () => {
    expect(evaluateRule(stateRule(), incident({ OK: 900 })).reasons).toEqual(['No affected residents of Texas.']);
  });

  it('returns every failed condition, not just the first', () => {
    const evaluation = evaluateRule(
      stateRule({ appliesTo: { securedExempt: true, roles: ['business-associate'], dataKinds: ['medical'] } }),
      incident({ TX: 5 }, { secured: true }),
    );
    expect(evaluation.reasons).toHaveLength(3);
  });

  it('returns not-separate with "Satisfied by your HIPAA notice" for deemed-compliant rules and HIPAA entities', () => {
    const answers = answersFor({ role: 'covered-entity-provider', discoveredOn: '2025-05-05', residents: { TX: 301 }, dataKinds: ['ssn'], secured: false });
    const evaluation = evaluateRule(stateRule({ hipaa: { effect: 'deemed-compliant' } }), answers);
    expect(evaluation.outcome).toBe('not-separate');
    expect(evaluation.hipaa).toMatch(/^Satisfied by your HIPAA notice/);
  });

  it('returns applies for a deemed-compliant rule when the organization is not a HIPAA entity', () => {
    expect(evaluateRule(stateRule({ hipaa: { effect: 'deemed-compliant' } }), incident({ TX: 301 })).outcome).toBe('applies');
  });

  it('returns applies with a warning for a rule whose HIPAA treatment is unconfirmed', () => {
    const answers = answersFor({ role: 'covered-entity-provider', discoveredOn: '2025-05-05', residents: { TX: 301 }, dataKinds: ['ssn'], secured: false });
    const evaluation = evaluateRule(stateRule({ hipaa: { effect: 'unconfirmed' } }), answers);
    expect(evaluation.outcome).toBe('applies');
    expect(evaluation.warnings.join(' ')).toMatch(/not confirmed/);
  });

  it('returns one jurisdiction per State over a federal per-State threshold', () => {
    const federal = stateRule({ jurisdiction: 'US', appliesTo: { securedExempt: false, threshold: { of: 'residents', comparison: 'more-than', value: 500 } } });
    const evaluation = evaluateRule(federal, incident({ TX: 501, CA: 500, NY: 900 }));
    expect(evaluation.perJurisdiction).toEqual([
      { jurisdiction: 'NY', count: 900 },
      { jurisdiction: 'TX', count: 501 },
    ]);
  });

  it('returns not-applicable with the reason when the rule is not yet in force', () => {
    const evaluation = evaluateRule(stateRule({ inForceFrom: '2026-01-01' }), incident({ TX: 301 }));
    expect(evaluation.reasons[0]).toMatch(/discovered from January 1, 2026/);
  });

  it('returns not-applicable without an incident', () => {
    const answers = incident({ TX: 1 });
    delete answers.incident;
    expect(evaluateRule(stateRule(), answers).reasons).toEqual(['No incident is recorded in the answers.']);
  });
});
