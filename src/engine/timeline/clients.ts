/**
 * For an organization that holds data for clients (a business associate, a vendor): the duties this incident gives
 * its clients, which it supports but does not carry out, and the notice each client's agreement asks for.
 */
import type { Answers } from '../answers/schema.ts';
import { addDays, type IsoDate } from '../dates/calendar.ts';
import { dataHolding, evaluateRule } from '../rules/evaluate.ts';
import type { Rule } from '../rules/schema.ts';
import { ruleReference } from './rule-reference.ts';
import type { ClientDuty, ContractDeadline } from './types.ts';

/**
 * The owners' duties: each rule that would bind the client as owner of the data (a business associate's client is a
 * HIPAA covered entity) and that does not bind this organization itself.
 */
export function clientDuties(answers: Answers, rules: readonly Rule[], ownRuleIds: ReadonlySet<string>): ClientDuty[] {
  if (!answers.incident || dataHolding(answers) === 'itself') return [];
  const asOwner: Answers = {
    ...answers,
    organization: {
      ...answers.organization,
      role: answers.organization.role === 'business-associate' ? 'covered-entity-provider' : 'other',
      holdsDataFor: 'itself',
    },
  };
  return rules
    .filter((rule) => !ownRuleIds.has(rule.id))
    .map((rule) => evaluateRule(rule, asOwner))
    .filter((evaluation) => evaluation.outcome === 'applies')
    .map(({ rule }) => ({ ...ruleReference(rule), summary: rule.summary }));
}

/** The notice each client's agreement asks for, counted in calendar days from discovery. */
export function contractDeadlines(answers: Answers, discoveredOn: IsoDate): ContractDeadline[] {
  return (answers.organization.clients ?? []).flatMap((client) =>
    client.noticeWithinDays === undefined
      ? []
      : [{ client: client.name, withinDays: client.noticeWithinDays, due: addDays(discoveredOn, client.noticeWithinDays) }],
  );
}
