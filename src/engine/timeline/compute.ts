/**
 * computeTimeline: answers and rules in; obligations sorted by due date, the rules set aside and why, and the
 * places not covered yet, out. Pure and deterministic: no clock, no locale, no time zone is read.
 */
import type { Answers, IncidentAnswers } from '../answers/schema.ts';
import { addBusinessDays, businessDaysBetween } from '../dates/business-days.ts';
import { addDays, compareDates, daysBetween, isIsoDate, longDate, minDate, toDayNumber, type IsoDate } from '../dates/calendar.ts';
import { parseInstant } from '../dates/instants.ts';
import { affectedJurisdictions, jurisdictionName, people, residentsOf } from '../rules/counts.ts';
import { coverageFits } from '../rules/coverage-fit.ts';
import { describeDeadline, describeHipaa, readerNote, recipientLong, recipientShort } from '../rules/describe.ts';
import { evaluateRule, type RuleEvaluation } from '../rules/evaluate.ts';
import { inForceOn, type Clock, type CoverageConditions, type Rule } from '../rules/schema.ts';
import { HIPAA_ROLES, type Jurisdiction } from '../vocabulary.ts';
import { dayCount } from '../words.ts';
import { dueWords } from './due-words.ts';
import { dateDue, fixedDates, ownClockDates, TARGET_REASON, type ClockDates } from './clocks.ts';
import { clientDuties, contractDeadlines } from './clients.ts';
import { ruleReference } from './rule-reference.ts';
import { delayNotHeldNote, delaySummaryWords, holdFor } from './law-enforcement.ts';
import type {
  ConsideredRule,
  Due,
  LawEnforcementSummary,
  NotCoveredJurisdiction,
  NoticeProgress,
  Obligation,
  SatisfiedRule,
  Timeline,
} from './types.ts';

export interface CoverageEntry {
  jurisdiction: Jurisdiction;
  topic: string;
  reason: string;
  /** Who the gap can concern (coverage.json's `appliesTo`); omitted: everyone. */
  appliesTo?: CoverageConditions;
}

export interface TimelineOptions {
  /** Entries of `content/rules/coverage.json`. */
  coverage?: readonly CoverageEntry[];
}

type RelativeClock = Extract<Clock, { kind: 'relative' }>;

const HIPAA_DATA_KINDS = ['phi', 'medical', 'health-insurance', 'genetic', 'sud-records'];

/** The date a notice was sent, when the answers record it as sent. */
function sentOnFor(incident: IncidentAnswers, ruleId: string): IsoDate | null {
  const notice = incident.notices?.[ruleId];
  return notice?.status === 'sent' ? (notice.sentOn ?? null) : null;
}

/** Where the notice for this rule stands, from the answers. */
export function noticeProgress(incident: IncidentAnswers, ruleId: string): NoticeProgress {
  const notice = incident.notices?.[ruleId];
  return {
    state: notice?.status ?? 'not-started',
    sentOn: notice?.sentOn ?? null,
    method: notice?.method ?? null,
    reference: notice?.reference ?? null,
    reason: notice?.reason ?? null,
  };
}

/** True where the law counts this rule's limit in business days. */
function countsBusinessDays(rule: Rule): boolean {
  const clock = rule.clock;
  if (clock.kind === 'fixed') return clock.unit === 'business-days';
  if (clock.kind === 'prompt' || clock.kind === 'relative') return clock.outerLimit?.unit === 'business-days';
  return false;
}

/** Days left to the target and limit, and warnings for those that have passed while the notice is still to send. */
function countDown(obligation: Obligation, rule: Rule, today: IsoDate): void {
  const { limit, target } = obligation;
  if (limit) {
    obligation.daysLeft = daysBetween(today, limit.date);
    obligation.overdue = obligation.daysLeft < 0;
    if (countsBusinessDays(rule)) obligation.businessDaysLeft = businessDaysBetween(today, limit.date);
  }
  if (target) obligation.targetDaysLeft = daysBetween(today, target.date);
  if (limit && obligation.daysLeft! < 0) {
    obligation.passed.push('limit');
    obligation.warnings.push(`The legal limit of ${dueWords(limit)} passed ${dayCount(-obligation.daysLeft!)} ago: send this notice now, and ask counsel about the late notice.`);
  } else if (target && obligation.targetDaysLeft! < 0) {
    obligation.passed.push('target');
    obligation.warnings.push(`The planning target of ${dueWords(target)} passed ${dayCount(-obligation.targetDaysLeft!)} ago: the law asks for notice without unreasonable delay.`);
  }
}

function considered(evaluation: RuleEvaluation): ConsideredRule {
  return { ...ruleReference(evaluation.rule), reasons: evaluation.reasons };
}

function shell(evaluation: RuleEvaluation, forJurisdiction: Obligation['forJurisdiction'], rules: readonly Rule[]): Obligation {
  const { rule } = evaluation;
  return {
    id: forJurisdiction ? `${rule.id}@${forJurisdiction}` : rule.id,
    ruleId: rule.id,
    regime: rule.regime,
    jurisdiction: rule.jurisdiction,
    forJurisdiction,
    jurisdictionName: jurisdictionName(forJurisdiction ?? rule.jurisdiction),
    recipient: rule.recipient,
    recipientName: recipientLong(rule, forJurisdiction),
    recipientShort: recipientShort(rule, forJurisdiction),
    summary: rule.summary,
    timing: describeDeadline(rule, rules),
    limit: null,
    target: null,
    targetReason: null,
    start: null,
    status: 'open',
    sentOn: null,
    waitingFor: null,
    daysLeft: null,
    businessDaysLeft: null,
    targetDaysLeft: null,
    overdue: null,
    passed: [],
    notice: { state: 'not-started', sentOn: null, method: null, reference: null, reason: null },
    content: [...rule.content],
    method: [...(rule.method ?? [])],
    citation: rule.citation,
    sourceUrl: rule.sourceUrl,
    reviewedOn: rule.reviewedOn,
    why: [...evaluation.reasons],
    hipaa: evaluation.hipaa,
    lawEnforcementHold: null,
    notes: [readerNote(rule)].filter((note) => note !== null),
    warnings: [...evaluation.warnings],
  };
}

function applyDates(obligation: Obligation, dates: ClockDates): void {
  obligation.limit = dates.limit;
  obligation.target = dates.target;
  obligation.targetReason = dates.targetReason;
  obligation.start = dates.start;
  obligation.waitingFor = dates.waitingFor;
  const startNote = dates.start?.note;
  // A clock counted from a stand-in date is part of the reasoning, not a footnote.
  if (startNote) obligation.why.push(startNote);
  obligation.notes.push(...dates.notes.filter((note) => note !== startNote));
}

function dateOf(due: Due | null): IsoDate | null {
  return due ? due.date : null;
}

/** Dates for a notice tied to another notice; `others` are the obligations computed so far. */
function relativeDates(
  obligation: Obligation,
  clock: RelativeClock,
  incident: IncidentAnswers,
  resolve: (ruleId: string) => Obligation[] | 'cycle',
  otherRule: Rule | undefined,
  otherEvaluation: RuleEvaluation | undefined,
  rules: readonly Rule[],
): ClockDates {
  const notes: string[] = [];
  const outer = clock.outerLimit ? fixedDates(clock.outerLimit, incident) : null;
  const otherName = otherRule ? `${recipientShort(otherRule)} (${otherRule.id})` : clock.rule;
  const withOuterOnly = (reason: string): ClockDates => {
    if (outer?.limit) return { ...outer, notes: [...outer.notes, `${reason} Only the outer limit is shown.`] };
    return { limit: null, target: null, targetReason: null, start: null, waitingFor: reason, notes };
  };

  // A state notice that the HIPAA notice satisfies is given by that HIPAA notice (the data marks it): count from it.
  const standIn =
    otherRule && otherEvaluation?.outcome === 'not-separate'
      ? rules.find((rule) => rule.hipaaStandIn && rule.recipient === otherRule.recipient)
      : undefined;
  const baseRule = standIn?.id ?? clock.rule;
  const others = resolve(baseRule);
  if (others === 'cycle') return withOuterOnly(`The notices tied to ${clock.rule} refer to each other in a circle; check the rules data.`);
  if (standIn && others.length > 0) {
    notes.push(
      `Your HIPAA notice to ${recipientShort(standIn)} (${standIn.citation}) stands in for the notice to ${otherName}; this date is counted from it.`,
    );
  }
  const sentOn = sentOnFor(incident, baseRule);
  let baseLimit: IsoDate | null = sentOn;
  let baseTarget: IsoDate | null = sentOn;
  if (!sentOn) {
    if (others.length === 0) {
      const why = otherEvaluation ? ` (${otherEvaluation.reasons.join(' ')})` : '';
      return withOuterOnly(
        otherRule
          ? `This notice is tied to the notice to ${otherName}, which does not apply to these answers${why}: check with counsel when this one is due.`
          : `This notice is tied to rule ${clock.rule}, which is not in the rules data.`,
      );
    }
    const other =
      others.find((candidate) => candidate.forJurisdiction !== null && candidate.forJurisdiction === obligation.forJurisdiction) ??
      others[0];
    baseLimit = dateOf(other.limit);
    baseTarget = dateOf(other.target) ?? baseLimit;
    if (!baseLimit && !baseTarget) {
      return withOuterOnly(
        other.waitingFor
          ? `This notice is tied to the notice to ${otherName}, which is waiting for: ${other.waitingFor}`
          : `This notice is tied to the notice to ${otherName}, which has no fixed date: send them together, as soon as you can.`,
      );
    }
  } else {
    notes.push(`The notice to ${otherName} was sent on ${longDate(sentOn)}; this date is counted from it.`);
  }

  const shift = (date: IsoDate | null): IsoDate | null => {
    if (!date) return null;
    switch (clock.relation) {
      case 'same-time':
      case 'no-later-than':
        return date;
      case 'before': {
        const dayBefore = addDays(date, -1);
        return compareDates(dayBefore, incident.discoveredOn) < 0 ? incident.discoveredOn : dayBefore;
      }
      case 'after':
        if (!clock.within) return null;
        return clock.within.unit === 'business-days' ? addBusinessDays(date, clock.within.amount) : addDays(date, clock.within.amount);
    }
  };
  if (clock.relation === 'before') notes.push('“Before” is shown as the day before, since deadlines are counted in whole days.');

  let limit = shift(baseLimit);
  let target = shift(baseTarget);
  if (outer?.limit) {
    limit = limit ? minDate(limit, outer.limit.date) : outer.limit.date;
    notes.push(...outer.notes);
  }
  if (target && limit) target = minDate(target, limit);
  if (target === limit) target = null;
  return {
    limit: limit ? dateDue(limit) : null,
    target: target ? dateDue(target) : null,
    targetReason: target ? TARGET_REASON : null,
    start: outer?.start ?? null,
    waitingFor: limit || target ? null : 'A date for the notice this one is tied to.',
    notes,
  };
}

function sortKey(obligation: Obligation): number {
  const due = obligation.limit ?? obligation.target;
  if (due) {
    if (due.kind === 'instant') return Math.floor((parseInstant(due.utc)?.epochMs ?? 0) / 60_000);
    return (toDayNumber(due.date) + 1) * 1440 - 1;
  }
  if (obligation.start && obligation.status !== 'undated') return toDayNumber(obligation.start.date) * 1440;
  return Number.POSITIVE_INFINITY;
}

function byDue(a: Obligation, b: Obligation): number {
  const difference = sortKey(a) - sortKey(b);
  if (difference !== 0 && !Number.isNaN(difference)) return difference;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Rules of this jurisdiction that started after the discovery date: the law as it stood before them is not
 * encoded, so it is a gap to check, never a finding that nothing applied.
 */
function notYetInForce(rules: readonly Rule[], jurisdiction: Jurisdiction, discoveredOn: string | undefined): string[] {
  if (!discoveredOn) return [];
  const inJurisdiction = rules.filter((rule) => rule.jurisdiction === jurisdiction);
  // A later rule is a gap only where no earlier version of it (same recipient) covers the discovery date.
  return inJurisdiction
    .filter((rule) => rule.inForceFrom && discoveredOn < rule.inForceFrom)
    .filter((rule) => !inJurisdiction.some((other) => other.recipient === rule.recipient && inForceOn(other, discoveredOn)))
    .map(
      (rule) =>
        `${rule.recipientName}: the rule encoded here (${rule.citation}) covers breaches discovered from ${longDate(rule.inForceFrom!)}; the law before that date is not covered.`,
    );
}

function notCoveredFor(
  answers: Answers,
  rules: readonly Rule[],
  coverage: readonly CoverageEntry[],
): NotCoveredJurisdiction[] {
  const withRules = new Set<Jurisdiction>(rules.map((rule) => rule.jurisdiction));
  const affected = answers.incident?.affected;
  const places: { jurisdiction: Jurisdiction; count: number }[] = affected
    ? affectedJurisdictions(affected).map((jurisdiction) => ({ jurisdiction, count: residentsOf(affected, jurisdiction) }))
    : answers.organization.states.map((jurisdiction) => ({ jurisdiction, count: 0 }));
  if (affected && (affected.EU ?? 0) > 0) places.push({ jurisdiction: 'EU', count: affected.EU ?? 0 });
  const result: NotCoveredJurisdiction[] = [];
  for (const { jurisdiction, count } of places) {
    const topics = [
      ...coverage
        .filter((entry) => entry.jurisdiction === jurisdiction && coverageFits(entry.appliesTo, answers, answers.incident?.discoveredOn ?? ''))
        .map((entry) => `${entry.topic}: ${entry.reason}`),
      ...notYetInForce(rules, jurisdiction, answers.incident?.discoveredOn),
    ];
    const name = jurisdictionName(jurisdiction);
    if (!withRules.has(jurisdiction)) {
      result.push({
        jurisdiction,
        name,
        affected: count,
        topics: [`All of ${name}'s breach notification law`, ...topics],
        message: `Not covered yet — check ${name}'s law. This is not a finding that there is no obligation.`,
      });
    } else if (topics.length > 0) {
      result.push({
        jurisdiction,
        name,
        affected: count,
        topics,
        message: `Partly covered — check ${name}'s law on the topics listed. This is not a finding that there is no obligation.`,
      });
    }
  }
  return result;
}

/**
 * The notification timeline for these answers. `today` (YYYY-MM-DD) adds days left and overdue flags; leave it
 * out for output that depends on the answers alone.
 */
export function computeTimeline(
  answers: Answers,
  rules: readonly Rule[],
  today?: IsoDate,
  options: TimelineOptions = {},
): Timeline {
  if (today !== undefined && !isIsoDate(today)) throw new RangeError(`today must be a date as YYYY-MM-DD: ${today}`);
  const coverage = options.coverage ?? [];
  const incident = answers.incident;
  const notes: string[] = [];
  const timeline: Timeline = {
    format: 1,
    discoveredOn: incident?.discoveredOn ?? null,
    today: today ?? null,
    obligations: [],
    satisfiedByHipaa: [],
    notApplicable: [],
    notCovered: notCoveredFor(answers, rules, coverage),
    coverageGaps: coverage.filter((entry) => entry.jurisdiction === 'US').map((entry) => ({ ...entry })),
    lawEnforcementDelay: null,
    clientDuties: [],
    contractDeadlines: [],
    notes,
  };

  const evaluations = rules.map((rule) => evaluateRule(rule, answers));
  for (const evaluation of evaluations) {
    if (evaluation.outcome === 'not-applicable') timeline.notApplicable.push(considered(evaluation));
    else if (evaluation.outcome === 'not-separate') {
      timeline.satisfiedByHipaa.push({ ...considered(evaluation), hipaa: evaluation.hipaa ?? describeHipaa(evaluation.rule) });
    }
  }
  if (!incident) {
    notes.push('No incident is recorded: record one to see notification deadlines.');
    return timeline;
  }

  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const evaluationsById = new Map(evaluations.map((evaluation) => [evaluation.rule.id, evaluation]));
  const obligationsByRule = new Map<string, Obligation[]>();
  for (const evaluation of evaluations) {
    if (evaluation.outcome !== 'applies') continue;
    const shells = evaluation.perJurisdiction
      ? evaluation.perJurisdiction.map(({ jurisdiction }) => shell(evaluation, jurisdiction, rules))
      : [shell(evaluation, null, rules)];
    obligationsByRule.set(evaluation.rule.id, shells);
  }

  const done = new Set<string>();
  const visiting = new Set<string>();
  const resolve = (ruleId: string): Obligation[] | 'cycle' => {
    const shells = obligationsByRule.get(ruleId) ?? [];
    if (done.has(ruleId) || shells.length === 0) return shells;
    if (visiting.has(ruleId)) return 'cycle';
    visiting.add(ruleId);
    const rule = rulesById.get(ruleId) as Rule;
    for (const obligation of shells) {
      const dates =
        rule.clock.kind === 'relative'
          ? relativeDates(obligation, rule.clock, incident, resolve, rulesById.get(rule.clock.rule), evaluationsById.get(rule.clock.rule), rules)
          : ownClockDates(rule.clock, incident);
      applyDates(obligation, dates);
    }
    visiting.delete(ruleId);
    done.add(ruleId);
    return shells;
  };

  const obligations: Obligation[] = [];
  for (const ruleId of obligationsByRule.keys()) {
    const resolved = resolve(ruleId);
    if (resolved !== 'cycle') obligations.push(...resolved);
  }

  const delay = incident.lawEnforcementDelay;
  const holds: string[] = [];
  const doesNotHold: string[] = [];
  const heldRules = new Set<Rule>();
  for (const obligation of obligations) {
    const rule = rulesById.get(obligation.ruleId) as Rule;
    const sentOn = sentOnFor(incident, obligation.ruleId);
    obligation.notice = noticeProgress(incident, obligation.ruleId);
    if (sentOn) {
      obligation.status = 'sent';
      obligation.sentOn = sentOn;
      if (obligation.limit && compareDates(sentOn, obligation.limit.date) > 0) {
        obligation.warnings.push(`Sent on ${longDate(sentOn)}, after the limit of ${longDate(obligation.limit.date)}.`);
      }
    } else if (obligation.notice.state === 'not-required') obligation.status = 'not-required';
    else if (!obligation.limit && !obligation.target && obligation.waitingFor) obligation.status = 'undated';
    obligation.lawEnforcementHold = holdFor(rule, delay);
    const refused = delayNotHeldNote(rule, delay);
    if (refused) obligation.notes.push(refused);
    const closed = obligation.status === 'sent' || obligation.status === 'not-required';
    if (delay && delay.kind !== 'none' && !closed) {
      (obligation.lawEnforcementHold ? holds : doesNotHold).push(obligation.id);
      if (obligation.lawEnforcementHold) heldRules.add(rule);
    }
    if (today && !closed) countDown(obligation, rule, today);
  }
  if (delay && delay.kind !== 'none') {
    timeline.lawEnforcementDelay = {
      kind: delay.kind,
      statedOn: delay.statedOn ?? null,
      explanation: delaySummaryWords(delay, [...heldRules]),
      holds,
      doesNotHold,
    } satisfies LawEnforcementSummary;
  }

  obligations.sort(byDue);
  timeline.obligations = obligations;
  timeline.clientDuties = clientDuties(answers, rules, new Set(evaluations.filter((e) => e.outcome !== 'not-applicable').map((e) => e.rule.id)));
  timeline.contractDeadlines = contractDeadlines(answers, incident.discoveredOn);
  const earliest = [...timeline.contractDeadlines].sort((a, b) => compareDates(a.due, b.due))[0];
  for (const obligation of obligations.filter((o) => o.recipient === 'covered-entity' || o.recipient === 'data-owner')) {
    if (earliest && obligation.limit && compareDates(earliest.due, obligation.limit.date) < 0) {
      obligation.notes.push(
        `Your agreement with ${earliest.client} asks for notice within ${earliest.withinDays} days of discovery (by ${longDate(earliest.due)}), before this legal limit: meet the earlier date.`,
      );
    }
  }

  const unknown = incident.affected.unknownLocation ?? 0;
  if (unknown > 0) {
    notes.push(
      `${people(unknown)} affected ${unknown === 1 ? 'has' : 'have'} no known location: the laws of wherever they live may apply too. Find their addresses to complete this list.`,
    );
  }
  if (HIPAA_ROLES.includes(answers.organization.role) && !incident.dataKinds.some((kind) => HIPAA_DATA_KINDS.includes(kind))) {
    notes.push(
      'None of the data is marked as health information. Information a HIPAA entity holds about patients or members, even a name with an address, is usually protected health information: check the kinds of data.',
    );
  }
  return timeline;
}
