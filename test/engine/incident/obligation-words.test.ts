import { describe, expect, it } from 'vitest';
import { timelineFor, type Answers } from '../../../src/engine/index.ts';
import { CLOCK_DATES } from '../../../src/engine/answers/schema.ts';
import { CLOCK_DATE_FIELDS, clockDateChangeWords, delayRequestWords } from '../../../src/engine/incident/clock-dates.ts';
import { countdownWords, holdWords, noticeStateWords } from '../../../src/engine/incident/obligation-words.ts';
import { fixture } from '../plan/fixtures.ts';

// clinic-ransomware: discovered 2025-03-03, HIPAA individuals due May 2, 2025; a written delay until March 25.
const clinic = fixture('clinic-ransomware');
const find = (answers: Answers, today: string, id = 'hipaa-individuals') => timelineFor(answers, today).obligations.find((o) => o.id === id)!;
const withNotice = (notice: NonNullable<NonNullable<Answers['incident']>['notices']>[string]): Answers => ({
  ...clinic,
  incident: { ...clinic.incident!, notices: { 'hipaa-individuals': notice } },
});

describe('noticeStateWords', () => {
  it('words each state', () => {
    expect(noticeStateWords(find(clinic, '2025-03-10'))).toBe('Not started');
    expect(noticeStateWords(find(withNotice({ status: 'drafting' }), '2025-03-10'))).toBe('Drafting');
    expect(noticeStateWords(find(withNotice({ status: 'sent', sentOn: '2025-03-28', method: 'first-class mail', reference: 'B-7' }), '2025-04-01'))).toBe(
      'Sent on March 28, 2025 by first-class mail (reference B-7)',
    );
    expect(noticeStateWords(find(withNotice({ status: 'not-required', reason: 'Encrypted laptop.' }), '2025-04-01'))).toBe('Not required: Encrypted laptop.');
  });
});

describe('countdownWords', () => {
  it('counts days to the limit, says when it is due today or passed, and closed once sent', () => {
    expect(countdownWords(find(clinic, '2025-03-10'))).toBe('53 days left'); // Mar 10 -> May 2: 21 + 30 + 2
    expect(countdownWords(find(clinic, '2025-05-02'))).toBe('Due today');
    expect(countdownWords(find(clinic, '2025-05-05'))).toBe('Limit passed 3 days ago');
    expect(countdownWords(find(withNotice({ status: 'sent', sentOn: '2025-03-28' }), '2025-04-01'))).toBe('Closed');
  });
});

describe('holdWords', () => {
  it('says until when a notice is held, and nothing once it is sent', () => {
    expect(holdWords(find(clinic, '2025-03-10'))).toMatch(/^On hold for law enforcement until March 25, 2025 \(/);
    expect(holdWords(find(withNotice({ status: 'sent', sentOn: '2025-03-28' }), '2025-04-01'))).toBeNull();
  });
});

describe('clockDateChangeWords', () => {
  it('names the date, its old and new value', () => {
    expect(clockDateChangeWords('determinedOn', undefined, '2026-03-06')).toBe('Determination date changed from not recorded to March 6, 2026');
    expect(clockDateChangeWords('discoveredOn', '2026-03-02', '2026-03-01')).toBe('Discovery date changed from March 2, 2026 to March 1, 2026');
  });

  it('names the moment of awareness with its time and the offset it was recorded in', () => {
    expect(clockDateChangeWords('awareAt', undefined, '2026-03-06T09:30:00-06:00')).toBe(
      'Awareness date and time changed from not recorded to March 6, 2026, 09:30 (UTC-06:00)',
    );
  });
});

describe('CLOCK_DATE_FIELDS', () => {
  it('lets the incident page edit every moment that starts a clock, awareness included, in the answers’ order', () => {
    expect(CLOCK_DATE_FIELDS.map(({ field }) => field)).toEqual([...CLOCK_DATES]);
    expect(CLOCK_DATE_FIELDS.find(({ field }) => field === 'awareAt')?.kind).toBe('instant');
  });
});

describe('delayRequestWords', () => {
  it('words a written and an oral request for the log', () => {
    expect(delayRequestWords({ kind: 'written', statedOn: '2026-03-10', endsOn: '2026-04-15', agency: 'FBI' })).toBe(
      'Written law-enforcement request received on March 10, 2026, to delay notice until April 15, 2026 (FBI)',
    );
    expect(delayRequestWords({ kind: 'oral', statedOn: '2026-03-10' })).toBe('Oral law-enforcement request received on March 10, 2026');
  });
});
