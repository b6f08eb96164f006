/**
 * Everything Breachline says about a rule, in one voice: its recipient, deadline, threshold, conditions, HIPAA
 * interplay, law-enforcement delay, substitute notice and how it was checked. Built only from the rule's fields,
 * so no page, plan, calendar file or exercise pack can say something the data does not. The requirements pages,
 * the plan, the calendar export, the timeline and the exercise packs call these functions and only lay out what
 * they return. No zod and no catalog here: the islands load this module too, and callers pass the rules a
 * relative clock refers to.
 */
import { longDate } from '../dates/calendar.ts';
import {
  DATA_KIND_LABELS,
  US_JURISDICTIONS,
  type Anchor,
  type Jurisdiction,
  type Recipient,
  type Role,
  type UsJurisdiction,
} from '../vocabulary.ts';
import { capitalize, limitWords, listWords, countWords } from '../words.ts';
import type { Rule, Threshold } from './schema.ts';

type Limit = { unit: 'calendar-days' | 'business-days' | 'hours'; amount: number };
type HipaaEffect = Rule['hipaa']['effect'];

function isState(jurisdiction: Jurisdiction): jurisdiction is UsJurisdiction {
  return jurisdiction !== 'US' && jurisdiction !== 'EU';
}

// Recipient

/** Who receives the notice, as it reads after "notice to". */
const RECIPIENT_WORDS: Record<Recipient, string> = {
  individuals: 'affected individuals',
  hhs: 'the Secretary of HHS',
  media: 'the media',
  'covered-entity': 'the covered entity',
  'attorney-general': 'the Attorney General',
  'state-regulator': 'the state regulator',
  'insurance-regulator': 'the insurance regulator',
  'law-enforcement': 'law enforcement',
  'consumer-reporting-agencies': 'consumer reporting agencies',
  ftc: 'the FTC',
  sec: 'the SEC',
  'eu-supervisory-authority': 'the supervisory authority',
  controller: 'the controller',
  'data-owner': 'the owner or licensee of the data',
};

/** Recipients whose generic name says too little: the rule's own name is shown instead. */
const NAMED_RECIPIENTS: readonly Recipient[] = ['state-regulator', 'insurance-regulator', 'law-enforcement'];

type RecipientFields = Pick<Rule, 'recipient' | 'recipientName' | 'recipientShort'>;

/** The recipient as it reads after "notice to" on its jurisdiction's page: "the Attorney General", or the named body. */
export function recipientWords(rule: RecipientFields): string {
  return NAMED_RECIPIENTS.includes(rule.recipient) ? (rule.recipientShort ?? rule.recipientName) : RECIPIENT_WORDS[rule.recipient];
}

/** The recipient as a label: "Attorney General", "Consumer reporting agencies". */
export function recipientLabel(rule: RecipientFields): string {
  const words = recipientWords(rule);
  return capitalize(words.startsWith('the ') ? words.slice(4) : words);
}

/**
 * The recipient in a few words wherever the jurisdiction is not said around it (a calendar title, a sentence):
 * "the Texas Attorney General", "affected individuals", "the Secretary of HHS", "the media in Texas" for a
 * per-State notice under a federal rule. The long name is the rule's `recipientName`.
 */
export function recipientShort(rule: RecipientFields & Pick<Rule, 'jurisdiction'>, forJurisdiction?: UsJurisdiction | null): string {
  const place = forJurisdiction ? ` in ${US_JURISDICTIONS[forJurisdiction]}` : '';
  if (rule.recipientShort) return `${rule.recipientShort}${place}`;
  if (isState(rule.jurisdiction) && rule.recipient === 'attorney-general') {
    return `the ${US_JURISDICTIONS[rule.jurisdiction]} Attorney General`;
  }
  return `${recipientWords(rule)}${place}`;
}

/** The long name of a notice's recipient, with the State of a per-State notice: "Prominent media outlets ...: Texas". */
export function recipientLong(rule: Pick<Rule, 'recipientName'>, forJurisdiction?: UsJurisdiction | null): string {
  return forJurisdiction ? `${rule.recipientName}: ${US_JURISDICTIONS[forJurisdiction]}` : rule.recipientName;
}

// Deadline

/** The event a clock counts from, as it reads after "60 calendar days after". */
const ANCHOR_WORDS: Record<Anchor, string> = {
  discovery: 'discovery',
  determination: 'the determination that a breach occurred',
  confirmation: 'confirmation of the breach',
  awareness: 'becoming aware of the breach',
  'materiality-determination': 'the determination that the incident is material',
};

/** "60 calendar days after discovery". */
function outerWords(limit: Limit & { from: Anchor }): string {
  return `${limitWords(limit)} after ${ANCHOR_WORDS[limit.from]}`;
}

/** The other notice a relative clock is tied to: "the notice to residents", "the notice to the Secretary of HHS (45 CFR 164.408(b))". */
function otherNoticeWords(rule: Rule, otherId: string, rules: readonly Rule[]): string {
  const other = rules.find((candidate) => candidate.id === otherId);
  if (!other) return `the notice under rule "${otherId}"`;
  const who = other.recipient === 'individuals' ? (isState(other.jurisdiction) ? 'residents' : 'individuals') : recipientWords(other);
  const where = other.jurisdiction === rule.jurisdiction ? '' : ` (${other.citation})`;
  return `the notice to ${who}${where}`;
}

/** How a prompt clock with an outer limit opens: the law's own standard where it uses a common one, otherwise "Promptly". */
function promptLead(wording: string): string {
  if (/without unreasonable delay/i.test(wording)) return 'Without unreasonable delay';
  if (/without undue delay/i.test(wording)) return 'Without undue delay';
  return 'Promptly';
}

/**
 * The deadline, in the one wording every page, table, plan, calendar file and exercise pack uses:
 * "Within 45 calendar days after the determination that a breach occurred",
 * "Without unreasonable delay, at most 60 calendar days after discovery",
 * "Without unreasonable delay; no fixed number of days", "No later than the notice to residents".
 * `rules` resolves the other notice of a relative clock (the catalog, or the rules a timeline was computed with).
 */
export function describeDeadline(rule: Rule, rules: readonly Rule[]): string {
  const clock = rule.clock;
  switch (clock.kind) {
    case 'fixed':
      return `Within ${outerWords(clock)}`;
    case 'prompt':
      return clock.outerLimit
        ? `${promptLead(clock.wording)}, at most ${outerWords(clock.outerLimit)}`
        : `${capitalize(clock.wording)}; no fixed number of days`;
    case 'unstated':
      return `No deadline stated in the law (Breachline's note: ${clock.note})`;
    case 'annual':
      return `Within ${clock.daysAfterYearEnd} days after the end of the calendar year of discovery`;
    case 'relative': {
      const other = otherNoticeWords(rule, clock.rule, rules);
      const relation = {
        before: `Before ${other}`,
        'same-time': `At the same time as ${other}`,
        'no-later-than': `No later than ${other}`,
        after: clock.within ? `Within ${limitWords(clock.within)} after ${other}` : `After ${other}`,
      }[clock.relation];
      return clock.outerLimit ? `${relation}, and at most ${outerWords(clock.outerLimit)}` : relation;
    }
  }
}

/**
 * The law's own words for a prompt clock the deadline paraphrases ("as soon as practicable and not later than the
 * 30th day ..."), for the rule's page; null when the deadline already says them.
 */
export function lawsWords(rule: Pick<Rule, 'clock'>): string | null {
  const clock = rule.clock;
  if (clock.kind !== 'prompt' || !clock.outerLimit) return null;
  return clock.wording.toLowerCase() === promptLead(clock.wording).toLowerCase() ? null : clock.wording;
}

// Who, what, how many

/** "250 or more", "more than 500", "fewer than 500": the one way a threshold is put. */
export function thresholdWords(threshold: Threshold): string {
  const value = countWords(threshold.value);
  switch (threshold.comparison) {
    case 'at-least':
      return `${value} or more`;
    case 'more-than':
      return `more than ${value}`;
    case 'fewer-than':
      return `fewer than ${value}`;
  }
}

/**
 * The rule's threshold in words, or null when any number of affected people triggers it:
 * "500 or more individuals", "more than 500 residents of one State or jurisdiction", "250 or more Texas residents".
 */
export function describeThreshold(rule: Pick<Rule, 'jurisdiction' | 'appliesTo'>): string | null {
  const threshold = rule.appliesTo.threshold;
  if (!threshold) return null;
  const needs = thresholdWords(threshold);
  const { jurisdiction } = rule;
  if (threshold.of === 'total') return `${needs} individuals${jurisdiction === 'US' ? '' : ' in total, wherever they live'}`;
  if (jurisdiction === 'US') return `${needs} residents of one State or jurisdiction`;
  if (jurisdiction === 'EU') return `${needs} people in the EU/EEA`;
  return `${needs} ${US_JURISDICTIONS[jurisdiction]} residents`;
}

const ROLE_WORDS: Record<Role, string> = {
  'covered-entity-provider': 'health care providers',
  'covered-entity-health-plan': 'health plans',
  'covered-entity-clearinghouse': 'health care clearinghouses',
  'business-associate': 'business associates',
  'hybrid-entity': 'hybrid entities',
  'phr-vendor': 'vendors of personal health records outside HIPAA',
  other: 'other organizations',
};
const COVERED_ENTITY_ROLES: readonly Role[] = [
  'covered-entity-provider',
  'covered-entity-health-plan',
  'covered-entity-clearinghouse',
  'hybrid-entity',
];

/** The roles a rule binds, grouped: "HIPAA covered entities", "health care providers and hybrid entities"; null for any role. */
export function describeRoles(rule: Pick<Rule, 'appliesTo'>): string | null {
  const roles = rule.appliesTo.roles;
  if (!roles) return null;
  const words: string[] = [];
  let rest = [...roles];
  if (COVERED_ENTITY_ROLES.every((role) => rest.includes(role))) {
    words.push('HIPAA covered entities');
    rest = rest.filter((role) => !COVERED_ENTITY_ROLES.includes(role));
  }
  for (const role of rest) words.push(ROLE_WORDS[role]);
  if (words.length === 1 && rest[0] === 'business-associate') return 'HIPAA business associates';
  return capitalize(listWords(words));
}

/** The kinds of data that trigger the rule, as labels; null when the rule names none (any kind). */
export function describeDataKinds(rule: Pick<Rule, 'appliesTo'>): string[] | null {
  return rule.appliesTo.dataKinds ? rule.appliesTo.dataKinds.map((kind) => DATA_KIND_LABELS[kind]) : null;
}

/** Whether secured (e.g. encrypted) data is outside the rule. */
export function describeSecured(rule: Pick<Rule, 'appliesTo'>): string {
  return rule.appliesTo.securedExempt
    ? 'Unsecured data only: data secured as the law defines it (for example encrypted, with the key kept safe) is outside this rule.'
    : 'No exemption for secured (for example encrypted) data.';
}

/** Conditions beyond roles, data and threshold: "Publicly traded companies only", "Controllers only". */
export function describeConditions(rule: Pick<Rule, 'appliesTo'>): string[] {
  const a = rule.appliesTo;
  const words: string[] = [];
  if (a.publiclyTraded !== undefined) words.push(a.publiclyTraded ? 'Publicly traded companies only' : 'Companies that are not publicly traded');
  if (a.insurer !== undefined) words.push(a.insurer ? 'Insurers only' : 'Organizations that are not insurers');
  if (a.part2Program !== undefined) words.push(a.part2Program ? '42 CFR Part 2 programs only' : 'Organizations that are not 42 CFR Part 2 programs');
  if (a.euDataSubjects) words.push('People in the EU/EEA affected');
  if (a.gdprRole) words.push(a.gdprRole === 'controller' ? 'Controllers only' : 'Processors only');
  if (a.gdprHighRisk) words.push('Only when the breach is likely to result in a high risk to people’s rights and freedoms');
  return words;
}

/** "Breaches discovered from November 23, 2026". */
export function inForceWords(rule: Pick<Rule, 'inForceFrom'>): string | null {
  return rule.inForceFrom ? `Breaches discovered from ${longDate(rule.inForceFrom)}` : null;
}

/** "When it applies", in short lines for a table: roles, threshold, conditions, secured data, start date. */
export function describeWhen(rule: Rule): string[] {
  const roles = describeRoles(rule);
  const threshold = describeThreshold(rule);
  const inForce = inForceWords(rule);
  return [
    ...(roles ? [roles] : []),
    ...(threshold ? [capitalize(threshold)] : []),
    ...describeConditions(rule),
    ...(rule.appliesTo.securedExempt ? ['Unsecured data only'] : []),
    ...(inForce ? [inForce] : []),
  ];
}

// HIPAA interplay: the rule's own effect on its page and in tables, and the effect for one organization.

const HIPAA_WORDS: Record<Exclude<HipaaEffect, 'not-applicable'>, string> = {
  applies: 'Applies to HIPAA covered entities and business associates too: following HIPAA does not replace it.',
  exempt: 'HIPAA covered entities and business associates are outside this rule.',
  'deemed-compliant':
    'Deemed compliant: a HIPAA covered entity or business associate that follows HIPAA’s breach notification rule is treated as complying with this one.',
  unconfirmed: 'Not confirmed: we could not confirm whether following HIPAA satisfies this rule. Plan to meet it separately.',
};

const HIPAA_SHORT: Record<HipaaEffect, string> = {
  applies: 'applies to HIPAA entities too',
  exempt: 'HIPAA entities exempt',
  'deemed-compliant': 'following HIPAA counts as compliance',
  unconfirmed: 'not confirmed: plan to meet it separately',
  'not-applicable': 'not applicable',
};

/** Addressed to a HIPAA entity the rule treats this way (the plan, the timeline). */
const HIPAA_FOR_YOU: Record<Exclude<HipaaEffect, 'not-applicable'>, string> = {
  'deemed-compliant': 'Satisfied by your HIPAA notice: following HIPAA counts as following this rule.',
  exempt: 'Not a separate duty: organizations subject to HIPAA are outside this rule.',
  applies: 'Applies to HIPAA entities too: your HIPAA notices do not replace it.',
  unconfirmed: 'We could not confirm whether following HIPAA satisfies this rule: plan to meet it separately.',
};

/** The warning on a notice whose HIPAA interplay is not confirmed. */
export const HIPAA_UNCONFIRMED_WARNING = 'How this rule treats HIPAA entities is not confirmed: treat it as applying.';

/** How following HIPAA interacts with the rule, in a sentence or two, with the data's note. */
export function describeHipaa(rule: Pick<Rule, 'hipaa'>): string {
  const { effect, note } = rule.hipaa;
  if (effect === 'not-applicable') return note ?? 'Not applicable.';
  return note ? `${HIPAA_WORDS[effect]} ${note}` : HIPAA_WORDS[effect];
}

/** The HIPAA interplay in a few words, for a table cell. */
export function hipaaShort(rule: Pick<Rule, 'hipaa'>): string {
  return HIPAA_SHORT[rule.hipaa.effect];
}

/**
 * The HIPAA interplay of a jurisdiction's rules, for a table cell: one line when every rule says the same,
 * otherwise one line per recipient ("Affected individuals: following HIPAA counts as compliance").
 */
export function summarizeHipaa(rules: readonly Rule[]): string[] {
  const effects = new Set(rules.map((rule) => rule.hipaa.effect));
  if (effects.size === 1) return [capitalize(hipaaShort(rules[0]!))];
  const byRecipient = new Map<string, Set<string>>();
  for (const rule of rules) {
    const label = recipientLabel(rule);
    byRecipient.set(label, (byRecipient.get(label) ?? new Set()).add(hipaaShort(rule)));
  }
  return [...byRecipient].map(([label, shorts]) =>
    shorts.size === 1 ? `${label}: ${[...shorts][0]}` : `${label}: differs from one notice to another`,
  );
}

/**
 * How the rule treats this HIPAA organization, addressed to it, with the data's note; null for an organization
 * outside HIPAA (`effect` null) or a rule where the question does not arise.
 */
export function hipaaWordsFor(rule: Pick<Rule, 'hipaa'>, effect: HipaaEffect | null): string | null {
  if (effect === null || effect === 'not-applicable') return null;
  return rule.hipaa.note ? `${HIPAA_FOR_YOU[effect]} ${rule.hipaa.note}` : HIPAA_FOR_YOU[effect];
}

// Law-enforcement delay, substitute notice, reader's note, verification

type RuleDelay = NonNullable<Rule['lawEnforcementDelay']>;

/** When a held notice is due again: "without unreasonable delay" or "within 7 business days". */
export function resumeWords(resumes: NonNullable<RuleDelay['resumes']>): string {
  return resumes.kind === 'promptly' ? 'without unreasonable delay' : `within ${limitWords(resumes)}`;
}

/** The rule's own law-enforcement delay in words, or null when it has none. */
export function describeLawEnforcementDelay(rule: Pick<Rule, 'lawEnforcementDelay'>): string | null {
  const delay = rule.lawEnforcementDelay;
  if (!delay) return null;
  if (delay.model === 'state' && delay.requestedBy && delay.form && delay.resumes) {
    const form = delay.form === 'written' ? 'by a written request' : 'by a request in any form';
    return `${capitalize(delay.requestedBy)} may delay this notice ${form} when notice would impede a criminal investigation; once it says notice no longer would, send it ${resumeWords(delay.resumes)} (${delay.citation}).`;
  }
  if (delay.model === 'hipaa-164-412' && delay.oralStatementDays !== undefined) {
    return `A law enforcement official’s written statement delays the notice for the period it specifies; an oral statement, documented, for at most ${delay.oralStatementDays} days from the statement unless a written one follows (${delay.citation}).`;
  }
  return `As the law states (${delay.citation}): keep the official’s written statement and confirm the length of the delay with counsel.`;
}

/**
 * The substitute notice's numbers, or null when the data has none. `few`: "For fewer than 10 people, another
 * written notice, a phone call or other means"; `many`: "For 10 or more people, a conspicuous posting on your
 * home page for 90 days, or ..., with a toll-free number that works for at least 90 days".
 */
export function describeSubstituteNotice(rule: Pick<Rule, 'substituteNotice'>): { few: string; many: string } | null {
  const numbers = rule.substituteNotice;
  if (!numbers) return null;
  return {
    few: `For fewer than ${numbers.fewerThan} people, another written notice, a phone call or other means`,
    many: `For ${numbers.fewerThan} or more people, a conspicuous posting on your home page for ${numbers.postingDays} days, or a conspicuous notice in major print or broadcast media where they likely live, with a toll-free number that works for at least ${numbers.tollFreeDays} days`,
  };
}

/** A plain statement the fields cannot say, printed with the rule; null when there is none. */
export function readerNote(rule: Pick<Rule, 'readerNote'>): string | null {
  return rule.readerNote ?? null;
}

const AGAINST_WORDS = {
  'statute-text': 'the statute text',
  'regulation-text': 'the regulation text',
} as const;

/** "Checked against the statute text (§ 521.053(b)) on December 1, 2026." or the secondary-source warning. */
export function verificationWords(rule: Pick<Rule, 'verification'>): string {
  const checked = rule.verification;
  if (!checked) return 'Not yet checked against the text of the law: confirm with counsel.';
  if (checked.against === 'secondary') {
    return `Based on a secondary summary, checked on ${longDate(checked.checkedOn)}: confirm with counsel.`;
  }
  return `Checked against ${AGAINST_WORDS[checked.against]} (${checked.pinpoint}) on ${longDate(checked.checkedOn)}.`;
}

/** True when the rule rests on the law's own words. */
export function checkedAgainstText(rule: Pick<Rule, 'verification'>): boolean {
  return rule.verification !== undefined && rule.verification.against !== 'secondary';
}
