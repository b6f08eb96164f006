/**
 * A notification rule in plain words, for the requirements pages. Pure TypeScript over the rule fields: every
 * sentence here is built from the rules data, so the pages cannot say something the engine does not.
 */
import { CATALOG_RULES, type Rule } from '../../engine/index.ts';
import {
  DATA_KIND_LABELS,
  US_JURISDICTIONS,
  type Anchor,
  type Jurisdiction,
  type Recipient,
  type Role,
} from '../../engine/vocabulary.ts';
import { ANCHOR_WORDS } from '../../engine/timeline/anchors.ts';
import { jurisdictionName } from '../../engine/rules/counts.ts';
import { capitalize, limitWords, listWords, longDate, lowerFirst } from '../../engine/words.ts';

type Clock = Rule['clock'];
type Limit = { unit: 'calendar-days' | 'business-days' | 'hours'; amount: number };
type Threshold = NonNullable<Rule['appliesTo']['threshold']>;


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

/** Recipients whose generic name says too little: the rule's own `recipientName` is shown instead. */
const NAMED_RECIPIENTS: readonly Recipient[] = ['state-regulator', 'insurance-regulator', 'law-enforcement'];

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

export { capitalize, jurisdictionName, limitWords, listWords, lowerFirst };

/** "60 calendar days after discovery". */
function outerWords(limit: Limit & { from: Anchor }): string {
  return `${limitWords(limit)} after ${ANCHOR_WORDS[limit.from]}`;
}

/** "November 23, 2026" from "2026-11-23". */
export const formatIsoDate = longDate;

/** The page and anchor where a rule is described: its jurisdiction's page, or the index for US and EU rules. */
export function ruleHref(rule: Pick<Rule, 'id' | 'jurisdiction'>): string {
  const page = rule.jurisdiction === 'US' || rule.jurisdiction === 'EU' ? '' : `${rule.jurisdiction.toLowerCase()}/`;
  return `/requirements/${page}#rule-${rule.id}`;
}

/** The recipient as it reads after "notice to": "the Attorney General", or the named body for vague kinds. */
export function recipientWords(rule: Pick<Rule, 'recipient' | 'recipientName'>): string {
  return NAMED_RECIPIENTS.includes(rule.recipient) ? rule.recipientName : RECIPIENT_WORDS[rule.recipient];
}

/** The recipient as a label: "Attorney General", "Consumer reporting agencies". */
export function recipientLabel(rule: Pick<Rule, 'recipient' | 'recipientName'>): string {
  return capitalize(recipientWords(rule).replace(/^the /, ''));
}

/** The other notice a relative clock is tied to: "the notice to residents", "the notice to the Secretary of HHS (45 CFR 164.408(b))". */
function otherNoticeWords(rule: Rule, otherId: string, catalog: readonly Rule[]): string {
  const other = catalog.find((candidate) => candidate.id === otherId);
  if (!other) return `the notice under rule "${otherId}"`;
  const isState = other.jurisdiction !== 'US' && other.jurisdiction !== 'EU';
  const who = other.recipient === 'individuals' ? (isState ? 'residents' : 'individuals') : recipientWords(other);
  const where = other.jurisdiction === rule.jurisdiction ? '' : ` (${other.citation})`;
  return `the notice to ${who}${where}`;
}

/** The law's own phrase for a prompt clock, or null when the data says the law states no time. */
/** How a prompt clock opens: the law's own standard where it uses a common one, otherwise "Promptly". */
function promptLead(wording: string): string {
  if (/without unreasonable delay/i.test(wording)) return 'Without unreasonable delay';
  if (/without undue delay/i.test(wording)) return 'Without undue delay';
  return 'Promptly';
}

/**
 * The deadline in full words, quoting the law for "without unreasonable delay" clocks:
 * "Within 45 calendar days after determining that a breach occurred",
 * "Without unreasonable delay (the law's words: “...”), at most 60 calendar days after discovery",
 * "Within 60 days after the end of the calendar year of discovery", "No later than the notice to residents".
 * `catalog` resolves the other notice of a relative clock.
 */
export function describeClock(rule: Rule, catalog: readonly Rule[] = CATALOG_RULES): string {
  const clock = rule.clock;
  switch (clock.kind) {
    case 'fixed':
      return `Within ${outerWords(clock)}`;
    case 'prompt': {
      const { wording } = clock;
      const limit = clock.outerLimit ? `, at most ${outerWords(clock.outerLimit)}` : '; no fixed number of days';
      const lead = promptLead(wording);
      const quoted = wording.toLowerCase() === lead.toLowerCase() ? '' : ` (the law's words: “${wording}”)`;
      return `${lead}${quoted}${limit}`;
    }
    case 'unstated':
      return `No deadline stated in the law (Breachline's note: ${clock.note})`;
    case 'annual':
      return `Within ${clock.daysAfterYearEnd} days after the end of the calendar year of discovery`;
    case 'relative': {
      const other = otherNoticeWords(rule, clock.rule, catalog);
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
 * The deadline in short words, for tables: like `describeClock` but without quoting the law where a number of
 * days says it ("Without unreasonable delay, at most 60 calendar days after discovery").
 */
export function describeDeadline(rule: Rule, catalog: readonly Rule[] = CATALOG_RULES): string {
  const clock = rule.clock;
  if (clock.kind === 'unstated') return 'No deadline stated in the law';
  if (clock.kind !== 'prompt') return describeClock(rule, catalog);
  const { wording } = clock;
  if (clock.outerLimit) return `${promptLead(wording)}, at most ${outerWords(clock.outerLimit)}`;
  return `${capitalize(wording)} (no fixed number of days)`;
}

function comparisonWords(threshold: Threshold, noun: string): string {
  const value = threshold.value.toLocaleString('en-US');
  switch (threshold.comparison) {
    case 'at-least':
      return `${value} or more ${noun}`;
    case 'more-than':
      return `more than ${value} ${noun}`;
    case 'fewer-than':
      return `fewer than ${value} ${noun}`;
  }
}

/**
 * The rule's threshold in words, or null when any number of affected people triggers it:
 * "500 or more individuals", "more than 500 residents of one State or jurisdiction", "250 or more Texas residents".
 */
export function describeThreshold(rule: Pick<Rule, 'jurisdiction' | 'appliesTo'>): string | null {
  const threshold = rule.appliesTo.threshold;
  if (!threshold) return null;
  const { jurisdiction } = rule;
  if (threshold.of === 'total') {
    const inTotal = jurisdiction === 'US' ? '' : ' in total, wherever they live';
    return `${comparisonWords(threshold, 'individuals')}${inTotal}`;
  }
  if (jurisdiction === 'US') return comparisonWords(threshold, 'residents of one State or jurisdiction');
  if (jurisdiction === 'EU') return comparisonWords(threshold, 'people in the EU/EEA');
  return comparisonWords(threshold, `${US_JURISDICTIONS[jurisdiction]} residents`);
}

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

/** "When it applies", in short lines for a table: roles, threshold, conditions, secured data, start date. */
export function describeWhen(rule: Rule): string[] {
  const roles = describeRoles(rule);
  const threshold = describeThreshold(rule);
  return [
    ...(roles ? [roles] : []),
    ...(threshold ? [capitalize(threshold)] : []),
    ...describeConditions(rule),
    ...(rule.appliesTo.securedExempt ? ['Unsecured data only'] : []),
    ...(rule.inForceFrom ? [`Breaches discovered from ${formatIsoDate(rule.inForceFrom)}`] : []),
  ];
}

const HIPAA_WORDS: Record<Exclude<Rule['hipaa']['effect'], 'not-applicable'>, string> = {
  applies: 'Applies to HIPAA covered entities and business associates too: following HIPAA does not replace it.',
  exempt: 'HIPAA covered entities and business associates are outside this rule.',
  'deemed-compliant':
    'Deemed compliant: a HIPAA covered entity or business associate that follows HIPAA’s breach notification rule is treated as complying with this one.',
  unconfirmed: 'Not confirmed: we could not confirm whether following HIPAA satisfies this rule. Plan to meet it separately.',
};

/** How following HIPAA interacts with the rule, in a sentence or two, with the data's note. */
export function describeHipaa(rule: Pick<Rule, 'hipaa'>): string {
  const { effect, note } = rule.hipaa;
  if (effect === 'not-applicable') return note ?? 'Not applicable.';
  return note ? `${HIPAA_WORDS[effect]} ${note}` : HIPAA_WORDS[effect];
}

const HIPAA_SHORT: Record<Rule['hipaa']['effect'], string> = {
  applies: 'applies to HIPAA entities too',
  exempt: 'HIPAA entities exempt',
  'deemed-compliant': 'following HIPAA counts as compliance',
  unconfirmed: 'not confirmed: plan to meet it separately',
  'not-applicable': 'not applicable',
};

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

/** The rule's own law-enforcement delay in words, or null when it has none. */
export function describeLawEnforcementDelay(rule: Pick<Rule, 'lawEnforcementDelay'>): string | null {
  const delay = rule.lawEnforcementDelay;
  if (!delay) return null;
  if (delay.model === 'hipaa-164-412') {
    return `Yes (${delay.citation}): a law enforcement official’s written statement delays the notice for the period it specifies; an oral statement, for at most 30 days from the statement unless a written one follows.`;
  }
  return `Yes, as the law states (${delay.citation}): keep the official’s written statement and confirm the length of the delay with counsel.`;
}
