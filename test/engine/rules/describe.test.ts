import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/engine/index.ts';
import {
  describeConditions,
  describeDataKinds,
  describeDeadline,
  describeHipaa,
  describeLawEnforcementDelay,
  describeRoles,
  describeSecured,
  describeSubstituteNotice,
  describeThreshold,
  hipaaWordsFor,
  lawsWords,
  recipientShort,
  summarizeHipaa,
  thresholdWords,
  verificationWords,
} from '../../../src/engine/rules/describe.ts';
import { ruleHref } from '../../../src/components/requirements/catalog-views.ts';
import { lowerFirst } from '../../../src/engine/words.ts';

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

describe('describeDeadline', () => {
  it('returns "within N calendar days after ..." for a fixed clock', () => {
    expect(describeDeadline(rule(), catalog)).toBe('Within 60 calendar days after the determination that a breach occurred');
  });

  it('counts business days and hours in their own unit', () => {
    const sec = rule({ clock: { kind: 'fixed', unit: 'business-days', amount: 4, from: 'materiality-determination' } });
    expect(describeDeadline(sec, catalog)).toBe('Within 4 business days after the determination that the incident is material');
    const oneHour = rule({ clock: { kind: 'fixed', unit: 'hours', amount: 1, from: 'awareness' } });
    expect(describeDeadline(oneHour, catalog)).toBe('Within 1 hour after becoming aware of the breach');
  });

  it('opens a prompt clock with its standard and adds its outer limit, leaving the quotation to lawsWords', () => {
    expect(describeDeadline(hipaaIndividuals, catalog)).toBe('Without unreasonable delay, at most 60 calendar days after discovery');
  });

  it('does not repeat the phrase when the law says only "without unreasonable delay"', () => {
    const prompt = rule({ clock: { kind: 'prompt', wording: 'without unreasonable delay' } });
    expect(describeDeadline(prompt, catalog)).toBe('Without unreasonable delay; no fixed number of days');
  });

  it("keeps the law's words when there is no number of days", () => {
    const asap = rule({ clock: { kind: 'prompt', wording: 'as soon as possible' } });
    expect(describeDeadline(asap, catalog)).toBe('As soon as possible; no fixed number of days');
    const prompt = rule({ clock: { kind: 'prompt', wording: 'in the most expedient time possible and without unreasonable delay' } });
    expect(describeDeadline(prompt, catalog)).toBe('In the most expedient time possible and without unreasonable delay; no fixed number of days');
  });

  it('opens with "Promptly" when the law uses other words with a limit, and "Without undue delay" for the GDPR', () => {
    const tx = rule({
      clock: {
        kind: 'prompt',
        wording: 'as soon as practicable and not later than the 30th day after the date on which the person determines that the breach occurred',
        outerLimit: { unit: 'calendar-days', amount: 30, from: 'determination' },
      },
    });
    expect(describeDeadline(tx, catalog)).toBe('Promptly, at most 30 calendar days after the determination that a breach occurred');
    const gdpr = rule({
      jurisdiction: 'EU',
      clock: {
        kind: 'prompt',
        wording: 'without undue delay and, where feasible, not later than 72 hours after having become aware of it',
        outerLimit: { unit: 'hours', amount: 72, from: 'awareness' },
      },
    });
    expect(describeDeadline(gdpr, catalog)).toBe('Without undue delay, at most 72 hours after becoming aware of the breach');
  });

  it('says no deadline is stated when the data records that the statute states no time', () => {
    const none = rule({
      clock: { kind: 'unstated', note: 'disclose to the attorney general by mail' },
    });
    expect(describeDeadline(none, catalog)).toBe("No deadline stated in the law (Breachline's note: disclose to the attorney general by mail)");
  });

  it('returns the days after the end of the year for an annual clock', () => {
    expect(describeDeadline(rule({ clock: { kind: 'annual', daysAfterYearEnd: 60 } }), catalog)).toBe(
      'Within 60 days after the end of the calendar year of discovery',
    );
  });

  it('returns "No later than the notice to residents" for a state notice tied to its resident notice', () => {
    const ag = rule({ id: 'ct-attorney-general', jurisdiction: 'CT', clock: { kind: 'relative', rule: 'ct-individuals', relation: 'no-later-than' } });
    expect(describeDeadline(ag, catalog)).toBe('No later than the notice to residents');
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
    expect(describeDeadline(hhs, catalog)).toBe('At the same time as the notice to individuals, and at most 60 calendar days after discovery');
  });

  it('cites the other notice when it belongs to another jurisdiction', () => {
    const il = rule({
      jurisdiction: 'IL',
      clock: { kind: 'relative', rule: 'hipaa-hhs-500-or-more', relation: 'after', within: { unit: 'business-days', amount: 5 } },
    });
    expect(describeDeadline(il, catalog)).toBe('Within 5 business days after the notice to the Secretary of HHS (45 CFR 164.408(b))');
  });

  it('returns "Before ..." and "After ..." for the other relations', () => {
    const before = rule({ jurisdiction: 'CT', clock: { kind: 'relative', rule: 'ct-individuals', relation: 'before' } });
    expect(describeDeadline(before, catalog)).toBe('Before the notice to residents');
    const after = rule({ jurisdiction: 'CT', clock: { kind: 'relative', rule: 'ct-individuals', relation: 'after' } });
    expect(describeDeadline(after, catalog)).toBe('After the notice to residents');
  });
});

describe('lawsWords', () => {
  it("returns the law's words for a prompt clock whose deadline paraphrases them", () => {
    expect(lawsWords(hipaaIndividuals)).toBe('without unreasonable delay and in no case later than 60 calendar days after discovery of a breach');
  });

  it('returns null when the deadline already says them or the clock is not prompt', () => {
    const plain = rule({ clock: { kind: 'prompt', wording: 'without unreasonable delay', outerLimit: { unit: 'calendar-days', amount: 30, from: 'discovery' } } });
    expect(lawsWords(plain)).toBeNull();
    expect(lawsWords(rule({ clock: { kind: 'prompt', wording: 'as soon as possible' } }))).toBeNull();
    expect(lawsWords(rule())).toBeNull();
  });
});

describe('recipientShort', () => {
  it('names a state Attorney General with its state, and other kinds by their generic name', () => {
    expect(recipientShort(rule({ recipient: 'attorney-general', recipientName: 'Texas Attorney General, through the electronic form' }))).toBe(
      'the Texas Attorney General',
    );
    expect(recipientShort(rule({ recipientName: 'Each affected individual (or next of kin)' }))).toBe('affected individuals');
    expect(recipientShort(rule({ jurisdiction: 'US', recipient: 'hhs', recipientName: 'Secretary of HHS (OCR portal)' }))).toBe('the Secretary of HHS');
  });

  it('adds the State of a per-State notice under a federal rule', () => {
    expect(recipientShort(rule({ jurisdiction: 'US', recipient: 'media', recipientName: 'Prominent media outlets' }), 'TX')).toBe('the media in Texas');
  });

  it('uses the data: recipientShort when given, the full name for regulators without one', () => {
    const office = rule({ recipient: 'state-regulator', recipientName: 'Montana Department of Justice, Office of Consumer Protection (electronic copy)' });
    expect(recipientShort(office)).toBe('Montana Department of Justice, Office of Consumer Protection (electronic copy)');
    expect(recipientShort({ ...office, recipientShort: 'the Montana Office of Consumer Protection' })).toBe('the Montana Office of Consumer Protection');
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

  it('describes the HIPAA written and oral statements with the data\'s days, and points to the citation otherwise', () => {
    const hipaa = rule({ lawEnforcementDelay: { model: 'hipaa-164-412', citation: '45 CFR 164.412', oralStatementDays: 30 } });
    expect(describeLawEnforcementDelay(hipaa)).toMatch(/written statement .* at most 30 days .*\(45 CFR 164\.412\)\.$/);
    const shorter = rule({ lawEnforcementDelay: { model: 'hipaa-164-412', citation: '45 CFR 164.412', oralStatementDays: 20 } });
    expect(describeLawEnforcementDelay(shorter)).toMatch(/at most 20 days/);
    expect(describeLawEnforcementDelay(rule({ lawEnforcementDelay: { model: 'as-stated', citation: '16 CFR 318.4' } }))).toMatch(
      /^As the law states \(16 CFR 318\.4\)/,
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

describe('thresholdWords', () => {
  it('returns "N or more", "more than N" and "fewer than N", with thousands separators', () => {
    expect(thresholdWords({ of: 'residents', comparison: 'at-least', value: 250 })).toBe('250 or more');
    expect(thresholdWords({ of: 'residents', comparison: 'more-than', value: 10000 })).toBe('more than 10,000');
    expect(thresholdWords({ of: 'total', comparison: 'fewer-than', value: 500 })).toBe('fewer than 500');
  });
});

describe('hipaaWordsFor', () => {
  it("addresses a HIPAA organization, with the data's note", () => {
    expect(hipaaWordsFor(rule({ hipaa: { effect: 'deemed-compliant', note: 'See § 1.' } }), 'deemed-compliant')).toBe(
      'Satisfied by your HIPAA notice: following HIPAA counts as following this rule. See § 1.',
    );
    expect(hipaaWordsFor(rule({ hipaa: { effect: 'exempt' } }), 'exempt')).toBe('Not a separate duty: organizations subject to HIPAA are outside this rule.');
  });

  it('returns null outside HIPAA and where the question does not arise', () => {
    expect(hipaaWordsFor(rule(), null)).toBeNull();
    expect(hipaaWordsFor(rule({ hipaa: { effect: 'not-applicable' } }), 'not-applicable')).toBeNull();
  });
});

describe('describeSubstituteNotice', () => {
  it("puts the data's numbers in words, or returns null without them", () => {
    const words = describeSubstituteNotice(rule({ substituteNotice: { fewerThan: 10, postingDays: 90, tollFreeDays: 90 } }));
    expect(words?.few).toBe('For fewer than 10 people, another written notice, a phone call or other means');
    expect(words?.many).toMatch(/^For 10 or more people, a conspicuous posting on your home page for 90 days, .* at least 90 days$/);
    expect(describeSubstituteNotice(rule())).toBeNull();
  });
});

describe('verificationWords', () => {
  it('says what the rule was checked against, with a US-style date', () => {
    const checked = rule({
      verification: { against: 'statute-text', source: 'Texas Statutes', pinpoint: '§ 521.053(b)', quote: 'not later than the 30th day', checkedOn: '2026-12-01' },
    });
    expect(verificationWords(checked)).toBe('Checked against the statute text (§ 521.053(b)) on December 1, 2026.');
    expect(verificationWords(rule())).toBe('Not yet checked against the text of the law: confirm with counsel.');
  });
});
