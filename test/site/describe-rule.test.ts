import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/index.ts';
import {
  describeClock,
  describeConditions,
  describeDataKinds,
  describeDeadline,
  describeHipaa,
  describeLawEnforcementDelay,
  describeRoles,
  describeSecured,
  describeThreshold,
  lowerFirst,
  ruleHref,
  summarizeHipaa,
} from '../../src/components/requirements/describe-rule.ts';

/** A Texas-like rule; each test overrides the fields it is about. */
function rule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: 'tx-individuals',
    regime: 'Texas Identity Theft Enforcement and Protection Act',
    jurisdiction: 'TX',
    summary: 'Notify affected individuals within 60 days.',
    appliesTo: { securedExempt: true },
    recipient: 'individuals',
    recipientName: 'Affected individuals',
    clock: { kind: 'fixed', unit: 'calendar-days', amount: 60, from: 'determination' },
    content: [],
    hipaa: { effect: 'applies' },
    citation: 'Tex. Bus. & Com. Code § 521.053',
    sourceUrl: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm',
    reviewedOn: '2026-11-23',
    ...overrides,
  };
}

const hipaaIndividuals = rule({
  id: 'hipaa-individuals',
  jurisdiction: 'US',
  clock: {
    kind: 'prompt',
    wording: 'without unreasonable delay and in no case later than 60 calendar days after discovery of a breach',
    outerLimit: { unit: 'calendar-days', amount: 60, from: 'discovery' },
  },
});
const hipaaHhs = rule({ id: 'hipaa-hhs-500-or-more', jurisdiction: 'US', recipient: 'hhs', citation: '45 CFR 164.408(b)' });
const ctIndividuals = rule({ id: 'ct-individuals', jurisdiction: 'CT' });
const catalog = [hipaaIndividuals, hipaaHhs, ctIndividuals];

describe('describeClock', () => {
  it('returns "within N calendar days after ..." for a fixed clock', () => {
    expect(describeClock(rule())).toBe('Within 60 calendar days after the determination that a breach occurred');
  });

  it('counts business days and hours in their own unit', () => {
    const sec = rule({ clock: { kind: 'fixed', unit: 'business-days', amount: 4, from: 'materiality-determination' } });
    expect(describeClock(sec)).toBe('Within 4 business days after the determination that the incident is material');
    const oneHour = rule({ clock: { kind: 'fixed', unit: 'hours', amount: 1, from: 'awareness' } });
    expect(describeClock(oneHour)).toBe('Within 1 hour after becoming aware of the breach');
  });

  it("quotes the law's words for a prompt clock and adds its outer limit", () => {
    expect(describeClock(hipaaIndividuals)).toBe(
      "Without unreasonable delay (the law's words: “without unreasonable delay and in no case later than 60 calendar days after discovery of a breach”), at most 60 calendar days after discovery",
    );
  });

  it('does not repeat the phrase when the law says only "without unreasonable delay"', () => {
    const prompt = rule({ clock: { kind: 'prompt', wording: 'without unreasonable delay' } });
    expect(describeClock(prompt)).toBe('Without unreasonable delay; no fixed number of days');
  });

  it('opens with "Promptly" when the law uses other words, and "Without undue delay" for the GDPR', () => {
    const asap = rule({ clock: { kind: 'prompt', wording: 'as soon as possible' } });
    expect(describeClock(asap)).toBe("Promptly (the law's words: “as soon as possible”); no fixed number of days");
    const gdpr = rule({
      jurisdiction: 'EU',
      clock: {
        kind: 'prompt',
        wording: 'without undue delay and, where feasible, not later than 72 hours after having become aware of it',
        outerLimit: { unit: 'hours', amount: 72, from: 'awareness' },
      },
    });
    expect(describeClock(gdpr)).toBe(
      "Without undue delay (the law's words: “without undue delay and, where feasible, not later than 72 hours after having become aware of it”), at most 72 hours after becoming aware of the breach",
    );
  });

  it('says no deadline is stated when the data records that the statute states no time', () => {
    const none = rule({
      clock: { kind: 'unstated', note: 'disclose to the attorney general by mail' },
    });
    expect(describeClock(none)).toBe("No deadline stated in the law (Breachline's note: disclose to the attorney general by mail)");
  });

  it('returns the days after the end of the year for an annual clock', () => {
    expect(describeClock(rule({ clock: { kind: 'annual', daysAfterYearEnd: 60 } }))).toBe(
      'Within 60 days after the end of the calendar year of discovery',
    );
  });

  it('returns "No later than the notice to residents" for a state notice tied to its resident notice', () => {
    const ag = rule({ id: 'ct-attorney-general', jurisdiction: 'CT', clock: { kind: 'relative', rule: 'ct-individuals', relation: 'no-later-than' } });
    expect(describeClock(ag, catalog)).toBe('No later than the notice to residents');
  });

  it('names the notice to individuals, and adds the outer limit, for a federal relative clock', () => {
    const hhs = rule({
      jurisdiction: 'US',
      clock: {
        kind: 'relative',
        rule: 'hipaa-individuals',
        relation: 'same-time',
        outerLimit: { unit: 'calendar-days', amount: 60, from: 'discovery' },
      },
    });
    expect(describeClock(hhs, catalog)).toBe('At the same time as the notice to individuals, and at most 60 calendar days after discovery');
  });

  it('cites the other notice when it belongs to another jurisdiction', () => {
    const il = rule({
      jurisdiction: 'IL',
      clock: { kind: 'relative', rule: 'hipaa-hhs-500-or-more', relation: 'after', within: { unit: 'business-days', amount: 5 } },
    });
    expect(describeClock(il, catalog)).toBe('Within 5 business days after the notice to the Secretary of HHS (45 CFR 164.408(b))');
  });

  it('returns "Before ..." and "After ..." for the other relations', () => {
    const before = rule({ jurisdiction: 'CT', clock: { kind: 'relative', rule: 'ct-individuals', relation: 'before' } });
    expect(describeClock(before, catalog)).toBe('Before the notice to residents');
    const after = rule({ jurisdiction: 'CT', clock: { kind: 'relative', rule: 'ct-individuals', relation: 'after' } });
    expect(describeClock(after, catalog)).toBe('After the notice to residents');
  });
});

describe('describeDeadline', () => {
  it('leaves out the quotation when the outer limit says it', () => {
    expect(describeDeadline(hipaaIndividuals)).toBe('Without unreasonable delay, at most 60 calendar days after discovery');
  });

  it("keeps the law's words when there is no number of days", () => {
    const prompt = rule({ clock: { kind: 'prompt', wording: 'in the most expedient time possible and without unreasonable delay' } });
    expect(describeDeadline(prompt)).toBe('In the most expedient time possible and without unreasonable delay (no fixed number of days)');
  });

  it('returns the full words for clocks that are not prompt', () => {
    expect(describeDeadline(rule())).toBe(describeClock(rule()));
  });
});

describe('describeThreshold', () => {
  it('returns null when any number of people triggers the rule', () => {
    expect(describeThreshold(rule())).toBeNull();
  });

  it('returns "N or more" for at-least and "more than N" for more-than', () => {
    const atLeast = rule({ appliesTo: { securedExempt: true, threshold: { of: 'residents', comparison: 'at-least', value: 250 } } });
    expect(describeThreshold(atLeast)).toBe('250 or more Texas residents');
    const moreThan = rule({ appliesTo: { securedExempt: true, threshold: { of: 'residents', comparison: 'more-than', value: 10000 } } });
    expect(describeThreshold(moreThan)).toBe('more than 10,000 Texas residents');
  });

  it('counts residents of one State for a federal rule (HIPAA media notice)', () => {
    const media = rule({ jurisdiction: 'US', appliesTo: { securedExempt: true, threshold: { of: 'residents', comparison: 'more-than', value: 500 } } });
    expect(describeThreshold(media)).toBe('more than 500 residents of one State or jurisdiction');
  });

  it('counts all individuals for a total threshold, and says so on a state rule', () => {
    const hhs = rule({ jurisdiction: 'US', appliesTo: { securedExempt: true, threshold: { of: 'total', comparison: 'at-least', value: 500 } } });
    expect(describeThreshold(hhs)).toBe('500 or more individuals');
    const log = rule({ jurisdiction: 'US', appliesTo: { securedExempt: true, threshold: { of: 'total', comparison: 'fewer-than', value: 500 } } });
    expect(describeThreshold(log)).toBe('fewer than 500 individuals');
    const ar = rule({ jurisdiction: 'AR', appliesTo: { securedExempt: true, threshold: { of: 'total', comparison: 'more-than', value: 1000 } } });
    expect(describeThreshold(ar)).toBe('more than 1,000 individuals in total, wherever they live');
  });
});

describe('describeHipaa', () => {
  it('returns the effect in words followed by the note', () => {
    expect(describeHipaa(rule({ hipaa: { effect: 'applies', note: 'No HIPAA exemption.' } }))).toBe(
      'Applies to HIPAA covered entities and business associates too: following HIPAA does not replace it. No HIPAA exemption.',
    );
  });

  it('says HIPAA entities are outside an exempt rule', () => {
    expect(describeHipaa(rule({ hipaa: { effect: 'exempt' } }))).toBe('HIPAA covered entities and business associates are outside this rule.');
  });

  it('explains deemed compliance and warns when the interplay is unconfirmed', () => {
    expect(describeHipaa(rule({ hipaa: { effect: 'deemed-compliant' } }))).toMatch(/^Deemed compliant: .* follows HIPAA’s breach notification rule/);
    expect(describeHipaa(rule({ hipaa: { effect: 'unconfirmed' } }))).toBe(
      'Not confirmed: we could not confirm whether following HIPAA satisfies this rule. Plan to meet it separately.',
    );
  });

  it('returns only the note when the interplay does not apply', () => {
    expect(describeHipaa(rule({ hipaa: { effect: 'not-applicable', note: 'This is the HIPAA rule itself.' } }))).toBe('This is the HIPAA rule itself.');
    expect(describeHipaa(rule({ hipaa: { effect: 'not-applicable' } }))).toBe('Not applicable.');
  });
});

describe('summarizeHipaa', () => {
  it('returns one line when every rule has the same effect', () => {
    expect(summarizeHipaa([rule(), rule({ recipient: 'attorney-general' })])).toEqual(['Applies to HIPAA entities too']);
  });

  it('returns one line per recipient when the effects differ', () => {
    const rules = [rule({ hipaa: { effect: 'deemed-compliant' } }), rule({ recipient: 'attorney-general' })];
    expect(summarizeHipaa(rules)).toEqual([
      'Affected individuals: following HIPAA counts as compliance',
      'Attorney General: applies to HIPAA entities too',
    ]);
  });
});

describe('describeRoles', () => {
  it('returns null when any role is bound', () => {
    expect(describeRoles(rule())).toBeNull();
  });

  it('groups the four covered-entity roles', () => {
    const roles = rule({
      appliesTo: {
        securedExempt: true,
        roles: ['covered-entity-provider', 'covered-entity-health-plan', 'covered-entity-clearinghouse', 'hybrid-entity', 'business-associate'],
      },
    });
    expect(describeRoles(roles)).toBe('HIPAA covered entities and business associates');
  });

  it('names business associates alone and other roles one by one', () => {
    expect(describeRoles(rule({ appliesTo: { securedExempt: true, roles: ['business-associate'] } }))).toBe('HIPAA business associates');
    expect(describeRoles(rule({ appliesTo: { securedExempt: true, roles: ['covered-entity-provider', 'hybrid-entity'] } }))).toBe(
      'Health care providers and hybrid entities',
    );
  });
});

describe('describeDataKinds', () => {
  it('returns the vocabulary labels, or null for any kind', () => {
    expect(describeDataKinds(rule({ appliesTo: { securedExempt: true, dataKinds: ['ssn', 'sud-records'] } }))).toEqual([
      'Social Security number',
      'Substance use disorder treatment records (42 CFR Part 2)',
    ]);
    expect(describeDataKinds(rule())).toBeNull();
  });
});

describe('describeSecured', () => {
  it('returns the exemption for secured data, or its absence', () => {
    expect(describeSecured(rule())).toMatch(/^Unsecured data only/);
    expect(describeSecured(rule({ appliesTo: { securedExempt: false } }))).toBe('No exemption for secured (for example encrypted) data.');
  });
});

describe('describeConditions', () => {
  it('returns the conditions beyond roles, data and threshold', () => {
    const gdpr = rule({ appliesTo: { securedExempt: true, euDataSubjects: true, gdprRole: 'controller', gdprHighRisk: true } });
    expect(describeConditions(gdpr)).toEqual([
      'People in the EU/EEA affected',
      'Controllers only',
      'Only when the breach is likely to result in a high risk to people’s rights and freedoms',
    ]);
    expect(describeConditions(rule({ appliesTo: { securedExempt: false, publiclyTraded: true } }))).toEqual(['Publicly traded companies only']);
  });
});

describe('describeLawEnforcementDelay', () => {
  it('returns null for a rule without its own delay', () => {
    expect(describeLawEnforcementDelay(rule())).toBeNull();
  });

  it('describes the HIPAA written and oral statements, and points to the citation otherwise', () => {
    expect(describeLawEnforcementDelay(rule({ lawEnforcementDelay: { model: 'hipaa-164-412', citation: '45 CFR 164.412' } }))).toMatch(
      /^Yes \(45 CFR 164\.412\): .* at most 30 days/,
    );
    expect(describeLawEnforcementDelay(rule({ lawEnforcementDelay: { model: 'as-stated', citation: '16 CFR 318.4' } }))).toMatch(
      /^Yes, as the law states \(16 CFR 318\.4\)/,
    );
  });
});

describe('ruleHref', () => {
  it('points a state rule to its jurisdiction page and a federal rule to the index', () => {
    expect(ruleHref({ id: 'tx-attorney-general', jurisdiction: 'TX' })).toBe('/requirements/tx/#rule-tx-attorney-general');
    expect(ruleHref({ id: 'hipaa-media', jurisdiction: 'US' })).toBe('/requirements/#rule-hipaa-media');
  });
});

describe('lowerFirst', () => {
  it('lower-cases a capital that starts a word, not an acronym', () => {
    expect(lowerFirst('Without unreasonable delay')).toBe('without unreasonable delay');
    expect(lowerFirst('HIPAA covered entities')).toBe('HIPAA covered entities');
  });
});
