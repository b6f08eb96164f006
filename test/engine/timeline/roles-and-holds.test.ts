/**
 * The three cases of issue 12, with the expected obligations written out by hand from the statutes:
 * a billing company that holds its clients' data, a Texas clinic with a law-enforcement request, and Ohio's
 * exemption of HIPAA covered entities.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersJson, timelineFor, type Answers } from '../../../src/engine/index.ts';
import { answersFor } from '../worked-cases-support.ts';

function fixture(name: string): Answers {
  const parsed = parseAnswersJson(readFileSync(`test/fixtures/answers/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.answers;
}

const OWNER_RECIPIENTS = ['individuals', 'attorney-general', 'consumer-reporting-agencies', 'state-regulator', 'media', 'hhs'];

describe('a business associate that holds its clients’ data (CA, TX, NY, WA)', () => {
  const timeline = timelineFor(fixture('billing-ba-incident'), '2026-03-03');

  it('owes its clients notice: HIPAA 164.410 by May 1, 2026, and the agreement’s 10 days by March 12, 2026', () => {
    // Discovered 2026-03-02; 164.410(b): no later than 60 calendar days: Mar 2 + 29 = Mar 31, + 30 = Apr 30, + 1 = May 1.
    const hipaa = timeline.obligations.find((o) => o.ruleId === 'hipaa-business-associate');
    expect(hipaa?.limit).toEqual({ kind: 'date', date: '2026-05-01' });
    // Bayside Cardiology's agreement: 10 calendar days from discovery: Mar 2 + 10 = Mar 12.
    expect(timeline.contractDeadlines).toEqual([{ client: 'Bayside Cardiology', withinDays: 10, due: '2026-03-12' }]);
    expect(hipaa?.notes.join(' ')).toContain('March 12, 2026');
  });

  it('owes each state’s owner a notice under the maintainer sentence (Cal. Civ. 1798.82(b), Tex. 521.053(c), N.Y. GBL 899-aa(3), RCW 19.255.010(2))', () => {
    const owners = timeline.obligations.filter((o) => o.recipient === 'data-owner').map((o) => o.jurisdiction).sort();
    expect(owners).toEqual(['CA', 'NY', 'TX', 'WA']);
  });

  it('owes no resident, attorney-general, credit-bureau or HHS notice itself', () => {
    const own = timeline.obligations.filter((o) => OWNER_RECIPIENTS.includes(o.recipient)).map((o) => o.id);
    expect(own).toEqual([]);
  });

  it('lists its clients’ duties as theirs, to support', () => {
    const duties = timeline.clientDuties.map((duty) => duty.ruleId);
    // A covered-entity client: HIPAA's individual notice; Texas residents (521.053(b)) and, for 600 Texans, the
    // Texas AG (at least 250, 521.053(i)); California residents (1798.82(a)).
    for (const id of ['hipaa-individuals', 'tx-individuals', 'tx-attorney-general', 'ca-individuals']) expect(duties).toContain(id);
    const own = new Set(timeline.obligations.map((o) => o.ruleId));
    expect(duties.filter((id) => own.has(id))).toEqual([]);
  });
});

describe('a Texas clinic with a written law-enforcement request to delay', () => {
  const answers = answersFor({
    role: 'covered-entity-provider',
    discoveredOn: '2026-03-02',
    residents: { TX: 300 },
    dataKinds: ['phi', 'ssn'],
    secured: false,
    lawEnforcementDelay: { kind: 'written', statedOn: '2026-03-05', endsOn: '2026-04-15' },
  });
  const timeline = timelineFor(answers);
  const held = (id: string) => timeline.obligations.find((o) => o.ruleId === id)?.lawEnforcementHold?.heldUntil ?? null;

  it('holds the Texas resident notice until the request ends (Tex. Bus. & Com. Code 521.053(d))', () => {
    expect(held('tx-individuals')).toBe('2026-04-15');
  });

  it('holds the HIPAA individual notice for the period the statement specifies (45 CFR 164.412(a))', () => {
    expect(held('hipaa-individuals')).toBe('2026-04-15');
  });

  it('does not hold the Texas AG notice, which 521.053(d) does not name', () => {
    expect(timeline.obligations.find((o) => o.ruleId === 'tx-attorney-general')).toBeDefined();
    expect(held('tx-attorney-general')).toBeNull();
  });
});

describe('Ohio (Ohio Rev. Code 1349.19(F)(2))', () => {
  const ohio = (role: 'covered-entity-provider' | 'business-associate') =>
    timelineFor(answersFor({ role, discoveredOn: '2026-03-02', residents: { OH: 120 }, dataKinds: ['ssn'], secured: false }));

  it('gives a HIPAA covered entity no Ohio notice', () => {
    expect(ohio('covered-entity-provider').obligations.filter((o) => o.jurisdiction === 'OH')).toEqual([]);
  });

  it('binds a business associate with Ohio data: its notice to the owner of the data (1349.19(C))', () => {
    const own = ohio('business-associate').obligations.filter((o) => o.jurisdiction === 'OH');
    expect(own.map((o) => o.recipient)).toEqual(['data-owner']);
  });
});
