import { describe, expect, it } from 'vitest';
import { timelineFor, type Answers } from '../../../src/engine/index.ts';
import { businessDaysBetween } from '../../../src/engine/dates/business-days.ts';
import { fixture } from '../plan/fixtures.ts';

// clinic-ransomware: discovered 2025-03-03; HIPAA individuals: limit +60 days = 2025-05-02, target +30 = 2025-04-02.
function withNotices(notices: NonNullable<Answers['incident']>['notices'], more: Partial<NonNullable<Answers['incident']>> = {}): Answers {
  const answers = fixture('clinic-ransomware');
  return { ...answers, incident: { ...answers.incident!, lawEnforcementDelay: undefined, notices, ...more } };
}
const obligation = (answers: Answers, today: string, id = 'hipaa-individuals') => {
  const found = timelineFor(answers, today).obligations.find((o) => o.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('computeTimeline: notice states', () => {
  it('reports a notice with no state as not started, and counts down to its target and limit', () => {
    const found = obligation(withNotices(undefined), '2025-03-20');
    expect(found.notice.state).toBe('not-started');
    expect(found.status).toBe('open');
    expect(found.targetDaysLeft).toBe(13); // Mar 20 -> Apr 2
    expect(found.daysLeft).toBe(43); // Mar 20 -> May 2: 11 + 30 + 2
    expect(found.passed).toEqual([]);
  });

  it('keeps a notice being drafted open, with its countdown', () => {
    const found = obligation(withNotices({ 'hipaa-individuals': { status: 'drafting' } }), '2025-03-20');
    expect(found.notice.state).toBe('drafting');
    expect(found.status).toBe('open');
    expect(found.daysLeft).toBe(43);
  });

  it('records a sent notice with its date, method and reference, and counts nothing down', () => {
    const found = obligation(
      withNotices({ 'hipaa-individuals': { status: 'sent', sentOn: '2025-03-28', method: 'First-class mail', reference: 'Batch 7' } }),
      '2025-04-20',
    );
    expect(found.status).toBe('sent');
    expect(found.notice).toEqual({ state: 'sent', sentOn: '2025-03-28', method: 'First-class mail', reference: 'Batch 7', reason: null });
    expect(found.daysLeft).toBeNull();
    expect(found.passed).toEqual([]);
  });

  it('closes a notice marked not required, with its reason, and leaves it out of the law-enforcement holds', () => {
    const reason = 'Counsel found a low probability of compromise.';
    const answers = withNotices(
      { 'hipaa-individuals': { status: 'not-required', reason } },
      { lawEnforcementDelay: { kind: 'written', statedOn: '2025-03-05', endsOn: '2025-03-25' } },
    );
    const timeline = timelineFor(answers, '2025-06-01');
    const found = timeline.obligations.find((o) => o.id === 'hipaa-individuals')!;
    expect(found.status).toBe('not-required');
    expect(found.notice.reason).toBe(reason);
    expect(found.overdue).toBeNull();
    expect(found.warnings.join(' ')).not.toContain('passed');
    expect(timeline.lawEnforcementDelay?.holds).not.toContain('hipaa-individuals');
  });

  it('warns when the planning target has passed, with the days since', () => {
    const found = obligation(withNotices(undefined), '2025-04-12');
    expect(found.passed).toEqual(['target']);
    expect(found.warnings).toContain(
      'The planning target of April 2, 2025 passed 10 days ago: the law asks for notice without unreasonable delay.',
    );
    expect(found.overdue).toBe(false);
  });

  it('warns when the legal limit has passed, and only of the limit', () => {
    const found = obligation(withNotices({ 'hipaa-individuals': { status: 'drafting' } }), '2025-05-03');
    expect(found.passed).toEqual(['limit']);
    expect(found.overdue).toBe(true);
    expect(found.warnings.filter((warning) => warning.includes('passed'))).toEqual([
      'The legal limit of May 2, 2025 passed 1 day ago: send this notice now, and ask counsel about the late notice.',
    ]);
  });

  it('gives no countdown and no warning without today', () => {
    const found = timelineFor(withNotices(undefined)).obligations.find((o) => o.id === 'hipaa-individuals')!;
    expect(found.daysLeft).toBeNull();
    expect(found.targetDaysLeft).toBeNull();
    expect(found.passed).toEqual([]);
  });

  it('counts business days where the law does (SEC, four business days from materiality)', () => {
    const base = withNotices(undefined, { secMaterialityDeterminedOn: '2025-03-07' });
    const answers = { ...base, organization: { ...base.organization, publiclyTraded: true } };
    // Friday 2025-03-07 + 4 business days = Thursday 2025-03-13; from Saturday 2025-03-08: Mon to Thu.
    const sec = obligation(answers, '2025-03-08', 'sec-8k-item-1-05');
    expect(sec.limit).toEqual({ kind: 'date', date: '2025-03-13' });
    expect(sec.daysLeft).toBe(5);
    expect(sec.businessDaysLeft).toBe(4);
    expect(obligation(answers, '2025-03-08').businessDaysLeft).toBeNull();
  });
});

describe('businessDaysBetween', () => {
  it('counts weekdays after the first date up to the second, skipping federal holidays, negative backwards', () => {
    expect(businessDaysBetween('2025-03-07', '2025-03-13')).toBe(4);
    expect(businessDaysBetween('2025-03-13', '2025-03-07')).toBe(-4);
    expect(businessDaysBetween('2025-03-07', '2025-03-07')).toBe(0);
    // Thursday 2025-07-03 to Monday 2025-07-07: July 4 is a holiday, the weekend is not counted.
    expect(businessDaysBetween('2025-07-03', '2025-07-07')).toBe(1);
  });
});
