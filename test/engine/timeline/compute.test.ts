import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_RULES, COVERAGE, parseAnswers, timelineFor } from '../../../src/engine/index.ts';
import type { Rule } from '../../../src/engine/rules/schema.ts';
import { computeTimeline } from '../../../src/engine/timeline/compute.ts';
import { answersFor, type WorkedCaseIncident } from '../worked-cases-support.ts';

const base: Omit<Rule, 'id' | 'clock'> = {
  regime: 'Test regime',
  jurisdiction: 'TX',
  summary: 'A test rule for the timeline.',
  appliesTo: { securedExempt: false },
  recipient: 'attorney-general',
  recipientName: 'Test recipient',
  content: [],
  hipaa: { effect: 'applies' },
  citation: 'Test 1',
  sourceUrl: 'https://example.org/law',
  reviewedOn: '2026-11-23',
};
const rule = (id: string, clock: Rule['clock'], more: Partial<Rule> = {}): Rule => ({ ...base, id, clock, ...more });

const residentsRule = rule('tx-individuals', {
  kind: 'prompt',
  wording: 'without unreasonable delay',
  outerLimit: { unit: 'calendar-days', amount: 60, from: 'determination' },
});

const answers = (more: Partial<WorkedCaseIncident> = {}) =>
  answersFor({ role: 'other', discoveredOn: '2025-03-03', residents: { TX: 10 }, dataKinds: ['ssn'], secured: false, ...more });

const only = (rules: Rule[], more: Partial<WorkedCaseIncident> = {}, today?: string) => computeTimeline(answers(more), rules, today);
const find = (timeline: ReturnType<typeof only>, id: string) => timeline.obligations.find((o) => o.id === id);

describe('computeTimeline: relative clocks', () => {
  it('returns the day before the other notice for "before"', () => {
    const police = rule('tx-police', { kind: 'relative', rule: 'tx-individuals', relation: 'before' });
    const timeline = only([residentsRule, police], { determinedOn: '2025-03-10' });
    // determined 2025-03-10 + 60: to Mar 31 is 21, to Apr 30 is 51, 9 more -> 2025-05-09; the day before -> 2025-05-08
    expect(find(timeline, 'tx-individuals')?.limit).toEqual({ kind: 'date', date: '2025-05-09' });
    expect(find(timeline, 'tx-police')?.limit).toEqual({ kind: 'date', date: '2025-05-08' });
  });

  it('returns N business days after the other notice for "after" with business days', () => {
    const copy = rule('tx-copy', { kind: 'relative', rule: 'tx-individuals', relation: 'after', within: { unit: 'business-days', amount: 5 } });
    const timeline = only([residentsRule, copy], { noticesSent: { 'tx-individuals': { sentOn: '2025-07-01' } } });
    // sent Tue 2025-07-01: Wed 2 (1), Thu 3 (2), Fri 4 holiday, Mon 7 (3), Tue 8 (4), Wed 9 (5)
    expect(find(timeline, 'tx-copy')?.limit?.date).toBe('2025-07-09');
    expect(find(timeline, 'tx-individuals')?.status).toBe('sent');
  });

  it('returns the earlier of the relative date and the independent outer limit', () => {
    const ag = rule('tx-ag', {
      kind: 'relative',
      rule: 'tx-individuals',
      relation: 'after',
      within: { unit: 'calendar-days', amount: 30 },
      outerLimit: { unit: 'calendar-days', amount: 45, from: 'discovery' },
    });
    const timeline = only([residentsRule, ag]);
    // individuals: discovered 2025-03-03 + 60 -> 2025-05-02; +30 -> 2025-06-01; outer 2025-03-03 + 45 -> 2025-04-17
    expect(find(timeline, 'tx-ag')?.limit?.date).toBe('2025-04-17');
  });

  it('returns a chain of relative clocks resolved in order, whatever the rule order', () => {
    const second = rule('tx-second', { kind: 'relative', rule: 'tx-first', relation: 'after', within: { unit: 'calendar-days', amount: 10 } });
    const first = rule('tx-first', { kind: 'relative', rule: 'tx-individuals', relation: 'same-time' });
    const timeline = only([second, first, residentsRule]);
    expect(find(timeline, 'tx-first')?.limit?.date).toBe('2025-05-02');
    expect(find(timeline, 'tx-second')?.limit?.date).toBe('2025-05-12');
  });

  it('returns undated with a reason when the other notice does not apply', () => {
    const copy = rule('tx-copy', { kind: 'relative', rule: 'tx-individuals', relation: 'same-time' });
    const timeline = only([{ ...residentsRule, appliesTo: { securedExempt: false, dataKinds: ['medical'] } }, copy]);
    expect(find(timeline, 'tx-copy')).toMatchObject({ status: 'undated', limit: null, waitingFor: expect.stringMatching(/does not apply/) });
  });

  it('returns undated instead of looping for rules that refer to each other', () => {
    const a = rule('tx-a', { kind: 'relative', rule: 'tx-b', relation: 'same-time' });
    const b = rule('tx-b', { kind: 'relative', rule: 'tx-a', relation: 'same-time' });
    const timeline = only([a, b]);
    expect(timeline.obligations.every((o) => o.status === 'undated')).toBe(true);
  });
});

describe('computeTimeline: clock starts', () => {
  it('returns a determination clock counted from discovery, and says so, when no determination date is given', () => {
    const obligation = find(only([residentsRule]), 'tx-individuals');
    expect(obligation?.limit?.date).toBe('2025-05-02');
    expect(obligation?.start).toMatchObject({ anchor: 'determination', date: '2025-03-03', note: expect.stringMatching(/counted from discovery/) });
    expect(obligation?.why.join(' ')).toMatch(/No determination date is recorded, so this clock is counted from discovery \(March 3, 2025\)/);
  });

  it('returns a confirmation clock counted from the confirmation date when given', () => {
    const ri = rule('tx-confirmed', { kind: 'fixed', unit: 'calendar-days', amount: 45, from: 'confirmation' });
    // confirmed 2025-03-20 + 45: to Mar 31 is 11, to Apr 30 is 41, 4 more -> 2025-05-04
    expect(find(only([ri], { confirmedOn: '2025-03-20' }), 'tx-confirmed')?.limit?.date).toBe('2025-05-04');
  });
});

describe('computeTimeline: output', () => {
  it('returns obligations sorted by limit, with "as soon as possible" notices at discovery', () => {
    const asap = rule('tx-asap', { kind: 'prompt', wording: 'in the most expedient time possible' });
    const fixed = rule('tx-fixed', { kind: 'fixed', unit: 'calendar-days', amount: 10, from: 'discovery' });
    const ids = only([residentsRule, fixed, asap]).obligations.map((o) => o.id);
    expect(ids).toEqual(['tx-asap', 'tx-fixed', 'tx-individuals']);
  });

  it('returns days left and overdue when given today', () => {
    const timeline = only([residentsRule], {}, '2025-05-04');
    expect(find(timeline, 'tx-individuals')).toMatchObject({ daysLeft: -2, overdue: true });
    expect(timeline.today).toBe('2025-05-04');
  });

  it('throws for a today that is not a date', () => {
    expect(() => only([residentsRule], {}, 'tomorrow')).toThrow(/YYYY-MM-DD/);
  });

  it('returns a warning when a notice was sent after its limit', () => {
    const timeline = only([residentsRule], { noticesSent: { 'tx-individuals': { sentOn: '2025-06-01' } } });
    expect(find(timeline, 'tx-individuals')?.warnings.join(' ')).toMatch(/after the limit/);
  });

  it('returns affected jurisdictions without rules as not covered, never as no obligation', () => {
    const timeline = only([residentsRule], { residents: { TX: 10, AS: 3 } });
    expect(timeline.notCovered).toEqual([
      expect.objectContaining({ jurisdiction: 'AS', affected: 3, message: expect.stringMatching(/^Not covered yet — check American Samoa's law/) }),
    ]);
  });

  it('returns partly covered for a jurisdiction with rules and coverage entries', () => {
    const timeline = computeTimeline(answers(), [residentsRule], undefined, {
      coverage: [{ jurisdiction: 'TX', topic: 'Insurance regulator notice', reason: 'Not confirmed' }],
    });
    expect(timeline.notCovered[0]).toMatchObject({ jurisdiction: 'TX', message: expect.stringMatching(/^Partly covered/) });
  });

  it('counts a notice tied to a resident notice that HIPAA satisfies from the HIPAA notice to individuals', () => {
    const hipaaIndividuals = rule('hipaa-individuals', { kind: 'fixed', unit: 'calendar-days', amount: 60, from: 'discovery' }, {
      jurisdiction: 'US',
      recipient: 'individuals',
      citation: '45 CFR 164.404',
      hipaaStandIn: true,
    });
    const residents = { ...residentsRule, recipient: 'individuals' as const, hipaa: { effect: 'deemed-compliant' as const } };
    const agAfter = rule('tx-attorney-general', {
      kind: 'relative',
      rule: 'tx-individuals',
      relation: 'after',
      within: { unit: 'calendar-days', amount: 60 },
    });
    const timeline = only([hipaaIndividuals, residents, agAfter], { role: 'covered-entity-provider', dataKinds: ['phi', 'ssn'] });
    expect(timeline.satisfiedByHipaa.map((r) => r.ruleId)).toContain('tx-individuals');
    // Discovered 2025-03-03: HIPAA limit +60 = 2025-05-02 (March 28 + April 30 + 2); the AG notice +60 after that:
    // May 29 + June 30 + July 1 = 2025-07-01.
    expect(find(timeline, 'hipaa-individuals')?.limit?.date).toBe('2025-05-02');
    expect(find(timeline, 'tx-attorney-general')?.limit?.date).toBe('2025-07-01');
    expect(find(timeline, 'tx-attorney-general')?.notes.join(' ')).toMatch(/HIPAA notice to affected individuals \(45 CFR 164\.404\) stands in/);
  });

  it('returns no date and says so for a notice whose law sets no time', () => {
    const unstated = rule('tx-attorney-general', { kind: 'unstated', note: 'disclose to the attorney general by mail' });
    const obligation = find(only([unstated]), 'tx-attorney-general');
    expect(obligation?.limit).toBeNull();
    expect(obligation?.target).toBeNull();
    expect(obligation?.timing).toBe("No deadline stated in the law (Breachline's note: disclose to the attorney general by mail)");
    expect(obligation?.targetReason).toMatch(/sets no time/);
  });

  it('returns the describer\'s deadline words, naming residents generically and agencies by kind', () => {
    const agNotice = rule('tx-attorney-general', { kind: 'relative', rule: 'tx-individuals', relation: 'same-time' });
    const toIndividuals = { ...residentsRule, recipient: 'individuals' as const, recipientName: 'Each affected Texas resident' };
    expect(find(only([toIndividuals, agNotice]), 'tx-attorney-general')?.timing).toBe(
      'At the same time as the notice to residents',
    );
    const followUp = rule('tx-follow-up', { kind: 'relative', rule: 'tx-attorney-general', relation: 'no-later-than' });
    expect(find(only([toIndividuals, agNotice, followUp]), 'tx-follow-up')?.timing).toBe('No later than the notice to the Attorney General');
  });

  it('returns the law before a rule came into force as partly covered, not as no obligation', () => {
    const amended = { ...residentsRule, inForceFrom: '2026-01-01' };
    const before = only([amended], { discoveredOn: '2025-12-31' });
    expect(before.obligations).toEqual([]);
    expect(before.notCovered).toEqual([
      expect.objectContaining({
        jurisdiction: 'TX',
        message: expect.stringMatching(/^Partly covered/),
        topics: [expect.stringContaining('covers breaches discovered from January 1, 2026; the law before that date is not covered')],
      }),
    ]);
    const onTheDay = only([amended], { discoveredOn: '2026-01-01' });
    expect(onTheDay.obligations.map((o) => o.id)).toEqual(['tx-individuals']);
    expect(onTheDay.notCovered).toEqual([]);
  });

  it('returns a law-enforcement summary naming the notices held and not held', () => {
    const held = { ...residentsRule, lawEnforcementDelay: { model: 'hipaa-164-412' as const, citation: 'Test 2' } };
    const other = rule('tx-other', { kind: 'fixed', unit: 'calendar-days', amount: 10, from: 'discovery' });
    const timeline = only([held, other], { lawEnforcementDelay: { kind: 'written', endsOn: '2025-06-30' } });
    expect(timeline.lawEnforcementDelay).toMatchObject({ kind: 'written', holds: ['tx-individuals'], doesNotHold: ['tx-other'] });
    expect(find(timeline, 'tx-individuals')?.limit?.date).toBe('2025-05-02');
  });

  it('returns no obligations and a note when there is no incident', () => {
    const planning = answers();
    delete planning.incident;
    const timeline = computeTimeline(planning, CATALOG_RULES);
    expect(timeline.obligations).toEqual([]);
    expect(timeline.notes[0]).toMatch(/No incident/);
  });
});

describe('timelineFor (catalog rules)', () => {
  const clinic = parseAnswers(JSON.parse(readFileSync(new URL('../../fixtures/answers/clinic.json', import.meta.url), 'utf8')));
  if (!clinic.ok) throw new Error('clinic fixture invalid');

  it('returns the HIPAA individual notice for the clinic fixture with its target and limit', () => {
    const obligation = timelineFor(clinic.answers).obligations.find((o) => o.ruleId === 'hipaa-individuals');
    expect(obligation).toMatchObject({ limit: { date: '2024-04-10' }, target: { date: '2024-03-11' }, status: 'open' });
    expect(obligation?.why.join(' ')).toMatch(/not secured/);
  });

  it('lists every catalog rule exactly once across obligations, satisfied and not-applicable', () => {
    const timeline = timelineFor(clinic.answers);
    const seen = [
      ...new Set(timeline.obligations.map((o) => o.ruleId)),
      ...timeline.satisfiedByHipaa.map((r) => r.ruleId),
      ...timeline.notApplicable.map((r) => r.ruleId),
    ].sort();
    expect(seen).toEqual(CATALOG_RULES.map((r) => r.id).sort());
  });

  it('returns the federal coverage gaps', () => {
    expect(timelineFor(clinic.answers).coverageGaps).toEqual(COVERAGE.notCovered.filter((e) => e.jurisdiction === 'US'));
  });
});
