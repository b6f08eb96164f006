import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../../src/engine/rules/evaluate.ts';
import { inForceOn, ruleSchema, type Rule } from '../../../src/engine/rules/schema.ts';
import { computeTimeline } from '../../../src/engine/timeline/compute.ts';
import type { Role } from '../../../src/engine/vocabulary.ts';
import { answersFor } from '../worked-cases-support.ts';

const ohioLike = (overrides: Partial<Rule> = {}): Rule =>
  ruleSchema.parse({
    id: 'oh-individuals',
    regime: 'Test regime',
    jurisdiction: 'OH',
    summary: 'Tell affected Ohio residents.',
    appliesTo: { securedExempt: true, dataKinds: ['ssn'] },
    recipient: 'individuals',
    recipientName: 'Affected Ohio residents',
    clock: { kind: 'fixed', unit: 'calendar-days', amount: 45, from: 'discovery' },
    content: [],
    hipaa: { effect: 'exempt', roles: ['covered-entity-provider', 'covered-entity-health-plan'] },
    citation: 'Test 1.1',
    sourceUrl: 'https://example.org/law',
    reviewedOn: '2026-11-27',
    ...overrides,
  });

const answers = (role: Role, discoveredOn = '2026-03-02') =>
  answersFor({ role, discoveredOn, residents: { OH: 40 }, dataKinds: ['ssn'], secured: false });

describe('hipaa.roles', () => {
  it('exempts a covered entity the rule names', () => {
    expect(evaluateRule(ohioLike(), answers('covered-entity-provider')).outcome).toBe('not-separate');
  });

  it('binds a business associate the rule does not name, as it binds anyone', () => {
    const evaluation = evaluateRule(ohioLike(), answers('business-associate'));
    expect(evaluation.outcome).toBe('applies');
    expect(evaluation.hipaa).toMatch(/^Applies to HIPAA entities too/);
  });

  it('leaves an organization outside HIPAA bound and without HIPAA words', () => {
    const evaluation = evaluateRule(ohioLike(), answers('other'));
    expect(evaluation.outcome).toBe('applies');
    expect(evaluation.hipaa).toBeNull();
  });
});

describe('inForceOn', () => {
  const rule = { inForceFrom: '2024-01-01', inForceUntil: '2026-01-01' };
  it('includes the first day and excludes the day the law changed', () => {
    expect(inForceOn(rule, '2023-12-31')).toBe(false);
    expect(inForceOn(rule, '2024-01-01')).toBe(true);
    expect(inForceOn(rule, '2025-12-31')).toBe(true);
    expect(inForceOn(rule, '2026-01-01')).toBe(false);
  });

  it('rejects a rule whose start is not before its end', () => {
    expect(() => ohioLike({ inForceFrom: '2026-01-01', inForceUntil: '2026-01-01' })).toThrow(/inForceUntil/);
  });
});

describe('superseded rules', () => {
  const before = ohioLike({ id: 'oh-individuals-before-2026', inForceUntil: '2026-01-01', hipaa: { effect: 'applies' } });
  const after = ohioLike({ id: 'oh-individuals', inForceFrom: '2026-01-01', hipaa: { effect: 'applies' } });

  it('applies the old text to a breach discovered before the change, and no gap is reported', () => {
    const timeline = computeTimeline(answers('other', '2025-12-31'), [before, after]);
    expect(timeline.obligations.map((o) => o.ruleId)).toEqual(['oh-individuals-before-2026']);
    expect(JSON.stringify(timeline)).not.toMatch(/law before that date is not covered/);
  });

  it('applies the new text from the day of the change', () => {
    const timeline = computeTimeline(answers('other', '2026-01-01'), [before, after]);
    expect(timeline.obligations.map((o) => o.ruleId)).toEqual(['oh-individuals']);
  });

  it('reports the law before a new rule as a gap when no earlier text is kept', () => {
    const timeline = computeTimeline(answers('other', '2025-12-31'), [after]);
    expect(timeline.obligations).toEqual([]);
    expect(JSON.stringify(timeline)).toMatch(/law before that date is not covered/);
  });
});
