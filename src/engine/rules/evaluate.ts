/**
 * Does a rule apply to these answers, and why or why not, in words a reader can check ("301 Texas residents
 * affected: 250 or more"). Pure: the same answers and rule always give the same evaluation.
 */
import type { Answers } from '../answers/schema.ts';
import { dataHoldingOf } from '../answers/data-holding.ts';
import {
  DATA_KIND_LABELS,
  ENTITY_TYPE_LABELS,
  HIPAA_ROLES,
  ROLE_LABELS,
  type DataHolding,
  type UsJurisdiction,
} from '../vocabulary.ts';
import {
  affectedJurisdictions,
  jurisdictionName,
  meetsThreshold,
  people,
  residentsOf,
  residentsWords,
  totalAffected,
} from './counts.ts';
import { HIPAA_UNCONFIRMED_WARNING, hipaaWordsFor, thresholdWords } from './describe.ts';
import type { Rule } from './schema.ts';
import { longDate } from '../dates/calendar.ts';
import { listWords } from '../words.ts';

export type RuleOutcome =
  /** The rule binds this organization for this incident. */
  | 'applies'
  /** The rule's conditions are not met. */
  | 'not-applicable'
  /** The rule's conditions are met, but for a HIPAA entity it is no separate duty (exempt or deemed compliant). */
  | 'not-separate';

export interface JurisdictionCount {
  jurisdiction: UsJurisdiction;
  count: number;
}

export interface RuleEvaluation {
  rule: Rule;
  outcome: RuleOutcome;
  /** Why it applies or why not, one finding per entry. */
  reasons: string[];
  /** For a federal rule with a per-State threshold: the jurisdictions over it, one obligation each. */
  perJurisdiction: JurisdictionCount[] | null;
  /** How following HIPAA interacts with this rule for this organization, in words; null when it does not. */
  hipaa: string | null;
  warnings: string[];
}

/** Whose data the organization holds; a business associate holds its clients' unless its answers say otherwise. */
export function dataHolding(answers: Answers): DataHolding {
  return dataHoldingOf(answers.organization);
}

/** How the rule treats this organization's HIPAA role; null for an organization outside HIPAA. */
export function hipaaEffect(rule: Rule, answers: Pick<Answers, 'organization'>): Rule['hipaa']['effect'] | null {
  if (!HIPAA_ROLES.includes(answers.organization.role)) return null;
  const { effect, roles } = rule.hipaa;
  if (roles && !roles.includes(answers.organization.role)) return effect === 'not-applicable' ? effect : 'applies';
  return effect;
}

/** Evaluates one rule. Every failed condition is reported, not just the first. */
export function evaluateRule(rule: Rule, answers: Answers): RuleEvaluation {
  const reasons: string[] = [];
  const failures: string[] = [];
  const warnings: string[] = [];
  const { organization, incident } = answers;
  const conditions = rule.appliesTo;
  const result = (outcome: RuleOutcome, perJurisdiction: JurisdictionCount[] | null = null): RuleEvaluation => ({
    rule,
    outcome,
    reasons: outcome === 'not-applicable' ? failures : reasons,
    perJurisdiction,
    hipaa: hipaaWordsFor(rule, hipaaEffect(rule, answers)),
    warnings,
  });

  if (!incident) {
    failures.push('No incident is recorded in the answers.');
    return result('not-applicable');
  }
  const { affected } = incident;

  if (rule.inForceFrom && incident.discoveredOn < rule.inForceFrom) {
    failures.push(
      `This rule covers breaches discovered from ${longDate(rule.inForceFrom)}; yours was discovered on ${longDate(incident.discoveredOn)}.`,
    );
  }
  if (rule.inForceUntil && incident.discoveredOn >= rule.inForceUntil) {
    failures.push(
      `This rule covers breaches discovered before ${rule.inForceUntil}, when the law changed; yours was discovered on ${incident.discoveredOn}.`,
    );
  }

  if (rule.jurisdiction !== 'US' && rule.jurisdiction !== 'EU') {
    const count = residentsOf(affected, rule.jurisdiction);
    if (count === 0) failures.push(`No affected residents of ${jurisdictionName(rule.jurisdiction)}.`);
    else if (!conditions.threshold) reasons.push(`${residentsWords(count, rule.jurisdiction)} affected.`);
  }

  const holding = dataHolding(answers);
  if (conditions.holder === 'owner') {
    if (holding === 'clients') {
      failures.push(
        'This duty binds the owner or licensee of the data. You hold this data for your clients: the duty is theirs, and your part is to tell them and support their notices.',
      );
    }
  } else if (conditions.holder === 'maintainer' && holding === 'itself') {
    failures.push('This duty binds an organization that holds data for another. You hold only your own data.');
  } else if (conditions.holder === 'maintainer') reasons.push('You hold personal information for clients, as a business associate or vendor.');

  if (conditions.entityTypes) {
    const kinds = conditions.entityTypes.map((kind) => ENTITY_TYPE_LABELS[kind].toLowerCase());
    const answered = organization.entityTypes;
    if (answered === undefined) {
      failures.push(`Applies only to: ${listWords(kinds)}. Your answers do not say that your organization is one of these.`);
    } else if (conditions.entityTypes.some((kind) => answered.includes(kind))) {
      reasons.push(`Your organization is one of these: ${listWords(kinds)}.`);
    } else failures.push(`Applies only to: ${listWords(kinds)}. Your answers say your organization is none of these.`);
  }

  if (conditions.roles) {
    const role = organization.role;
    if (conditions.roles.includes(role)) reasons.push(`Your organization is a ${ROLE_LABELS[role]}.`);
    else
      failures.push(
        `Applies to: ${listWords(conditions.roles.map((r) => ROLE_LABELS[r]))}. Your organization is: ${ROLE_LABELS[role]}.`,
      );
  }

  if (conditions.publiclyTraded !== undefined) {
    if (organization.publiclyTraded === conditions.publiclyTraded) {
      reasons.push(conditions.publiclyTraded ? 'Your organization is publicly traded.' : 'Your organization is not publicly traded.');
    } else failures.push(conditions.publiclyTraded ? 'Applies to publicly traded companies only.' : 'Does not apply to publicly traded companies.');
  }

  if (conditions.insurer !== undefined) {
    if (organization.insurer === conditions.insurer) reasons.push(conditions.insurer ? 'Your organization is an insurer.' : 'Your organization is not an insurer.');
    else failures.push(conditions.insurer ? 'Applies to insurers only.' : 'Does not apply to insurers.');
  }

  if (conditions.part2Program !== undefined) {
    if (organization.part2Program === conditions.part2Program) {
      reasons.push(conditions.part2Program ? 'You run a 42 CFR Part 2 program.' : 'You do not run a 42 CFR Part 2 program.');
    } else failures.push(conditions.part2Program ? 'Applies to 42 CFR Part 2 programs only.' : 'Does not apply to 42 CFR Part 2 programs.');
  }

  if (conditions.euDataSubjects) {
    const eu = affected.EU ?? 0;
    if (eu > 0) reasons.push(`${people(eu)} in the EU/EEA affected.`);
    else {
      failures.push('No affected people in the EU/EEA are recorded for this incident.');
      if (organization.euDataSubjects) {
        warnings.push('You hold EU/EEA personal data: if any affected person is in the EU/EEA, record how many.');
      }
    }
  }

  if (conditions.gdprRole) {
    const role = organization.gdprRole;
    if (role === undefined) {
      reasons.push(
        `You have not said whether you act as controller or processor for the EU/EEA data, so the ${conditions.gdprRole}'s duty is shown.`,
      );
    } else if (role === conditions.gdprRole) reasons.push(`You act as ${role} for the EU/EEA data.`);
    else failures.push(`Applies to a ${conditions.gdprRole}; you act as ${role} for the EU/EEA data.`);
  }

  if (conditions.gdprHighRisk) {
    if (incident.euHighRisk === false) failures.push('You assessed that the breach is not likely to result in a high risk to people in the EU/EEA.');
    else if (incident.euHighRisk === true) reasons.push('You assessed that the breach is likely to result in a high risk to people in the EU/EEA.');
    else reasons.push('You have not assessed whether the risk to people in the EU/EEA is high, so this duty is shown until you do.');
  }

  if (conditions.dataKinds) {
    const involved = conditions.dataKinds.filter((kind) => incident.dataKinds.includes(kind));
    if (involved.length > 0) reasons.push(`Data involved includes: ${involved.map((kind) => DATA_KIND_LABELS[kind]).join('; ')}.`);
    else
      failures.push(
        `None of the data involved is of a kind this rule covers (${conditions.dataKinds.map((kind) => DATA_KIND_LABELS[kind]).join('; ')}).`,
      );
  }

  if (conditions.securedExempt) {
    if (incident.secured) {
      failures.push(
        'The data was secured (encrypted to the standard with the key kept safe, or destroyed), and this rule covers only unsecured data.',
      );
    } else reasons.push('The data was not secured (encrypted with the key kept safe, or destroyed).');
  }

  let perJurisdiction: JurisdictionCount[] | null = null;
  const threshold = conditions.threshold;
  if (threshold) {
    const needs = thresholdWords(threshold);
    if (threshold.of === 'total') {
      const total = totalAffected(affected);
      if (meetsThreshold(total, threshold)) reasons.push(`${people(total)} affected in total: ${needs}.`);
      else failures.push(`${people(total)} affected in total; this rule needs ${needs}.`);
    } else if (rule.jurisdiction === 'US') {
      const counts = affectedJurisdictions(affected).map((jurisdiction) => ({
        jurisdiction,
        count: residentsOf(affected, jurisdiction),
      }));
      const over = counts.filter(({ count }) => meetsThreshold(count, threshold));
      if (over.length > 0) {
        perJurisdiction = over;
        reasons.push(`${needs} residents of a State or jurisdiction: ${over.map(({ jurisdiction, count }) => residentsWords(count, jurisdiction)).join(', ')}.`);
      } else {
        const largest = [...counts].sort((a, b) => b.count - a.count)[0];
        failures.push(
          largest
            ? `No State or jurisdiction has ${needs} affected residents (the most: ${residentsWords(largest.count, largest.jurisdiction)}).`
            : `No affected residents of any US State or jurisdiction are recorded; this rule needs ${needs} in one of them.`,
        );
      }
      if ((affected.unknownLocation ?? 0) > 0) {
        warnings.push(`${people(affected.unknownLocation ?? 0)} with no known location could change which States pass this threshold.`);
      }
    } else {
      const count = residentsOf(affected, rule.jurisdiction);
      if (count > 0) {
        if (meetsThreshold(count, threshold)) reasons.push(`${residentsWords(count, rule.jurisdiction)} affected: ${needs}.`);
        else failures.push(`${residentsWords(count, rule.jurisdiction)} affected; this rule needs ${needs}.`);
      }
    }
  }

  if (failures.length > 0) return result('not-applicable');
  const effect = hipaaEffect(rule, answers);
  if (effect === 'exempt' || effect === 'deemed-compliant') return result('not-separate', perJurisdiction);
  if (effect === 'unconfirmed') {
    warnings.push(HIPAA_UNCONFIRMED_WARNING);
  }
  return result('applies', perJurisdiction);
}
