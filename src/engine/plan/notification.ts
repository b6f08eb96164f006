/**
 * Notification procedures. With an incident: the organization's own timeline (due dates, citations, the
 * law-enforcement delay, the places not covered). Without one: the rules that would apply in the organization's
 * states, described from the rules data with their citations, never from anything else.
 */
import type { Answers } from '../answers/schema.ts';
import type { Block, Inline } from '../document/model.ts';
import { userText } from '../document/user-text.ts';
import { jurisdictionName, people, residentsWords, totalAffected } from '../rules/counts.ts';
import { coverageFits } from '../rules/coverage-fit.ts';
import { describeDeadline, hipaaWordsFor } from '../rules/describe.ts';
import { dataHolding, hipaaEffect } from '../rules/evaluate.ts';
import type { Rule } from '../rules/schema.ts';
import { dueWords } from '../timeline/due-words.ts';
import type { Obligation, Timeline } from '../timeline/types.ts';
import { US_JURISDICTION_CODES, type Jurisdiction } from '../vocabulary.ts';
import { isHipaa, longDate, who, Who, type PlanContext, type PlanPart } from './context.ts';
import { countWords } from '../words.ts';

export const NOTIFICATION_SECTION_ID = 'notification-procedures';

function citationLink(citation: string, sourceUrl: string): Inline {
  return { text: citation, href: sourceUrl };
}

function statusWords(obligation: Obligation): string[] {
  const words: string[] = [];
  if (obligation.status === 'sent') words.push(`Sent on ${obligation.sentOn ? longDate(obligation.sentOn) : '[date]'}.`);
  else if (obligation.overdue) words.push('Past its legal limit: send now and tell counsel.');
  if (obligation.status === 'undated' && obligation.waitingFor) words.push(obligation.waitingFor);
  const hold = obligation.lawEnforcementHold;
  if (hold) words.push(`Law-enforcement delay (${hold.citation}): ${hold.heldUntil ? `may be held until ${longDate(hold.heldUntil)}` : 'held for the period the law allows (ask counsel)'}.`);
  words.push(...obligation.warnings);
  return words;
}

function obligationRow(obligation: Obligation): Inline[][] {
  return [
    [obligation.jurisdictionName],
    [obligation.recipientName],
    [obligation.limit ? dueWords(obligation.limit) : 'No fixed date'],
    [obligation.target ? dueWords(obligation.target) : obligation.limit ? '' : 'As soon as you can'],
    [citationLink(obligation.citation, obligation.sourceUrl)],
    [statusWords(obligation).join(' ')],
  ];
}

/** What each notice must contain and how it is sent, once per rule. */
function contentBlocks(ctx: PlanContext, obligations: readonly Obligation[]): Block[] {
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const obligation of obligations) {
    if (seen.has(obligation.ruleId) || (obligation.content.length === 0 && obligation.method.length === 0)) continue;
    seen.add(obligation.ruleId);
    const rule = ctx.ruleById.get(obligation.ruleId);
    blocks.push({ kind: 'heading', level: 4, text: `${rule?.recipientName ?? obligation.recipientName} (${obligation.citation})` });
    blocks.push({ kind: 'paragraph', content: [obligation.summary, ' Deadline: ', `${obligation.timing}.`] });
    if (obligation.content.length > 0) {
      blocks.push({ kind: 'paragraph', content: [{ text: 'The notice must contain:', strong: true }] }, { kind: 'checklist', items: obligation.content.map((item) => [item]) });
    }
    if (obligation.method.length > 0) {
      blocks.push({ kind: 'paragraph', content: [{ text: 'How to send it:', strong: true }] }, { kind: 'list', ordered: false, items: obligation.method.map((item) => [item]) });
    }
  }
  return blocks;
}

function affectedRows(answers: Answers): Inline[][][] {
  const affected = answers.incident?.affected;
  if (!affected) return [];
  const rows: Inline[][][] = US_JURISDICTION_CODES.filter((code) => (affected.byJurisdiction[code] ?? 0) > 0).map((code) => [
    [jurisdictionName(code)],
    [countWords(affected.byJurisdiction[code] ?? 0)],
  ]);
  if ((affected.EU ?? 0) > 0) rows.push([['EU/EEA'], [countWords(affected.EU ?? 0)]]);
  if ((affected.unknownLocation ?? 0) > 0) rows.push([['Location unknown'], [countWords(affected.unknownLocation ?? 0)]]);
  rows.push([[{ text: 'Total', strong: true }], [{ text: countWords(totalAffected(affected)), strong: true }]]);
  return rows;
}

function timelineBlocks(ctx: PlanContext, timeline: Timeline): Block[] {
  const incident = ctx.answers.incident;
  const blocks: Block[] = [];
  if (incident) {
    blocks.push({
      kind: 'paragraph',
      content: [
        `The incident was discovered on ${longDate(incident.discoveredOn)}. The dates below are computed from the answers on ${longDate(ctx.today)}; they change when the answers do. ${who(ctx, 'privacy-officer')} tracks them and confirms each with ${who(ctx, 'legal-counsel')}.`,
      ],
    });
    blocks.push({ kind: 'table', caption: 'Affected people by place of residence', header: ['Where they live', 'People'], rows: affectedRows(ctx.answers) });
  }
  const delay = timeline.lawEnforcementDelay;
  if (delay) {
    blocks.push({
      kind: 'note',
      tone: 'warning',
      content: [
        `Law-enforcement delay (${delay.kind} request${delay.statedOn ? ` of ${longDate(delay.statedOn)}` : ''}): ${delay.explanation} It holds back ${people(delay.holds.length, 'notice', 'notices')}; ${people(delay.doesNotHold.length, 'notice', 'notices')} keep their dates. The legal limits in the table are the dates without the delay.`,
      ],
    });
  }
  if (timeline.obligations.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Notices this incident requires, earliest first',
      header: ['Jurisdiction', 'Who to notify', 'Legal limit', 'Plan to send by', 'Rule', 'Status and notes'],
      rows: timeline.obligations.map(obligationRow),
    });
    blocks.push({
      kind: 'note',
      tone: 'info',
      content: ['“Without unreasonable delay” means what it says: the legal limit is the last permissible day, not a target. Plan for the earlier date.'],
    });
  } else {
    blocks.push({ kind: 'paragraph', content: ['On these answers, no notice is required by the rules Breachline ships. Check the places not covered below, and confirm with counsel.'] });
  }
  if (timeline.satisfiedByHipaa.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Rules your HIPAA notices satisfy' },
      {
        kind: 'list',
        ordered: false,
        items: timeline.satisfiedByHipaa.map((rule) => [`${rule.recipientName} (${jurisdictionName(rule.jurisdiction)}): ${rule.hipaa} `, citationLink(rule.citation, rule.sourceUrl)]),
      },
    );
  }
  const discoveredOn = incident?.discoveredOn ?? ctx.today;
  const coverageGaps = timeline.coverageGaps.filter((gap) => coverageFits(gap.appliesTo, ctx.answers, discoveredOn));
  if (timeline.notCovered.length > 0 || coverageGaps.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'Not covered by Breachline: check these with counsel' });
    for (const place of timeline.notCovered) {
      blocks.push({
        kind: 'note',
        tone: 'warning',
        content: [`${place.name} (${residentsWords(place.affected, place.jurisdiction)}): ${place.message} ${place.topics.join(' ')}`],
      });
    }
    if (coverageGaps.length > 0) {
      blocks.push({ kind: 'list', ordered: false, items: coverageGaps.map((gap) => [`${jurisdictionName(gap.jurisdiction)}: ${gap.topic}. ${gap.reason}`]) });
    }
  }
  blocks.push(...clientBlocks(ctx, timeline));
  for (const note of timeline.notes) blocks.push({ kind: 'note', tone: 'info', content: [note] });
  const details = contentBlocks(ctx, timeline.obligations);
  if (details.length > 0) blocks.push({ kind: 'heading', level: 3, text: 'What each notice must contain' }, ...details);
  return blocks;
}

/** Could this rule bind the organization, judging by what the answers say about it (not about an incident)? */
export function couldApply(rule: Rule, answers: Answers): boolean {
  const { organization } = answers;
  const conditions = rule.appliesTo;
  if (rule.jurisdiction === 'EU' && !organization.euDataSubjects) return false;
  if (rule.jurisdiction !== 'US' && rule.jurisdiction !== 'EU' && !organization.states.includes(rule.jurisdiction)) return false;
  if (conditions.roles && !conditions.roles.includes(organization.role)) return false;
  // The owner's duties are not a maintainer's, and a maintainer's not an owner's (issue 12).
  const holding = dataHolding(answers);
  if (conditions.holder === 'owner' && holding === 'clients') return false;
  if (conditions.holder === 'maintainer' && holding === 'itself') return false;
  // Kinds of entity: ruled out only when the answers list the organization's kinds and none matches.
  if (conditions.entityTypes && organization.entityTypes && !conditions.entityTypes.some((kind) => organization.entityTypes?.includes(kind))) return false;
  if (conditions.publiclyTraded !== undefined && conditions.publiclyTraded !== organization.publiclyTraded) return false;
  if (conditions.insurer !== undefined && conditions.insurer !== organization.insurer) return false;
  if (conditions.part2Program !== undefined && conditions.part2Program !== organization.part2Program) return false;
  if (conditions.euDataSubjects && !organization.euDataSubjects) return false;
  if (conditions.gdprRole && organization.gdprRole && conditions.gdprRole !== organization.gdprRole) return false;
  return true;
}

/** The rules that could bind the organization, in the order of its jurisdictions: federal, EU, then its states. */
export function rulesForOrganization(ctx: PlanContext): Rule[] {
  const { answers } = ctx;
  const order: Jurisdiction[] = ['US', 'EU', ...answers.organization.states];
  return order.flatMap((jurisdiction) => ctx.rules.filter((rule) => rule.jurisdiction === jurisdiction && couldApply(rule, answers)));
}

/** The clients' agreements: the notice each asks for, counted from discovery when there is an incident. */
function agreementBlocks(ctx: PlanContext, timeline: Timeline | null): Block[] {
  const clients = ctx.answers.organization.clients ?? [];
  if (clients.length === 0) return [];
  // The timeline names clients as typed; the plan's answers carry them isolated.
  const due = new Map((timeline?.contractDeadlines ?? []).map((deadline) => [userText(deadline.client), deadline.due]));
  return [
    { kind: 'heading', level: 3, text: 'Your clients’ agreements' },
    {
      kind: 'paragraph',
      content: ['Tell each client by the earlier of its agreement’s window and the law’s limit above. Where no window is recorded, read the agreement and write it in.'],
    },
    {
      kind: 'table',
      caption: 'Notice each client’s agreement asks for',
      header: ['Client', 'Agreement’s window', ...(timeline ? ['Due by'] : [])],
      rows: clients.map((client) => [
        [client.name],
        [client.noticeWithinDays === undefined ? '[days, from the agreement]' : `${client.noticeWithinDays} calendar ${client.noticeWithinDays === 1 ? 'day' : 'days'} after discovery`],
        ...(timeline ? [[due.has(client.name) ? longDate(due.get(client.name) as string) : '']] : []),
      ]),
    },
  ];
}

/**
 * For an organization that holds data for clients: its agreements, and the duties the incident gives its clients as
 * owners of the data, which are theirs to carry out and this organization's to support.
 */
function clientBlocks(ctx: PlanContext, timeline: Timeline): Block[] {
  const blocks = agreementBlocks(ctx, timeline);
  if (timeline.clientDuties.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Your clients’ duties, to support' },
      {
        kind: 'paragraph',
        content: [
          'These notices are your clients’ to send, as the owners of the data, not yours: do not send them yourself unless a client asks you to in writing. Give each client the facts it needs to send them on time.',
        ],
      },
      {
        kind: 'list',
        ordered: false,
        items: timeline.clientDuties.map((duty) => [`${jurisdictionName(duty.jurisdiction)}: ${duty.recipientName}. ${duty.summary} `, citationLink(duty.citation, duty.sourceUrl)]),
      },
    );
  }
  return blocks;
}

/** The answers as the owner of the data would give them: a business associate's client is a HIPAA covered entity. */
export function asDataOwner(answers: Answers): Answers {
  return {
    ...answers,
    organization: { ...answers.organization, role: answers.organization.role === 'business-associate' ? 'covered-entity-provider' : 'other', holdsDataFor: 'itself' },
  };
}

/**
 * For an organization that holds only its clients' data, without an incident: the duties an incident could give its
 * clients as owners of the data, in its states, which are theirs to carry out and its own to support.
 */
function standingClientBlocks(ctx: PlanContext): Block[] {
  const { answers } = ctx;
  if (dataHolding(answers) !== 'clients') return [];
  const own = new Set(rulesForOrganization(ctx).map((rule) => rule.id));
  const owners = rulesForOrganization({ ...ctx, answers: asDataOwner(answers) }).filter((rule) => !own.has(rule.id));
  if (owners.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: 'Your clients’ duties, to support' },
    {
      kind: 'paragraph',
      content: ['Where the law gives the owner of the data a duty, the owner is your client: these notices are your clients’ to send, not yours. Your part is to tell each client in time and give it the facts it needs.'],
    },
    {
      kind: 'list',
      ordered: false,
      items: owners.map((rule) => [`${jurisdictionName(rule.jurisdiction)}: ${rule.recipientName}. `, citationLink(rule.citation, rule.sourceUrl)]),
    },
  ];
}

function standingBlocks(ctx: PlanContext): Block[] {
  const { answers } = ctx;
  const rules = rulesForOrganization(ctx);
  const effect = (rule: Rule) => hipaaEffect(rule, answers);
  const separate = rules.filter((rule) => effect(rule) !== 'exempt' && effect(rule) !== 'deemed-compliant');
  const satisfied = rules.filter((rule) => !separate.includes(rule));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        'No incident is recorded in the answers, so no dates can be computed. These are the notices that could be required, by jurisdiction, depending on what an incident involves (whose data, which kinds, how many people, whether it was secured). Each comes from the rules data with its citation. When an incident happens, record it in Breachline to get the dated timeline.',
      ],
    },
  ];
  if (separate.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Notices that could be required',
      header: ['Jurisdiction', 'Who to notify', 'When', 'What triggers it', 'Rule'],
      rows: separate.map((rule) => [
        [jurisdictionName(rule.jurisdiction)],
        [rule.recipientName],
        [describeDeadline(rule, ctx.rules)],
        [rule.summary, ...(effect(rule) === 'unconfirmed' ? [` ${hipaaWordsFor(rule, 'unconfirmed')}`] : [])],
        [citationLink(rule.citation, rule.sourceUrl)],
      ]),
    });
  }
  if (satisfied.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Rules your HIPAA notices satisfy' },
      {
        kind: 'list',
        ordered: false,
        items: satisfied.map((rule) => [
          `${rule.recipientName} (${jurisdictionName(rule.jurisdiction)}): ${hipaaWordsFor(rule, effect(rule))} `,
          citationLink(rule.citation, rule.sourceUrl),
        ]),
      },
    );
  }
  const places = new Set<Jurisdiction>(['US', ...(answers.organization.euDataSubjects ? (['EU'] as const) : []), ...answers.organization.states]);
  const gaps = ctx.coverage.filter((entry) => places.has(entry.jurisdiction) && coverageFits(entry.appliesTo, answers, ctx.today));
  const withoutRules = answers.organization.states.filter((code) => !ctx.rules.some((rule) => rule.jurisdiction === code));
  if (gaps.length > 0 || withoutRules.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: 'Not covered by Breachline: check these with counsel' });
    if (withoutRules.length > 0) {
      blocks.push({
        kind: 'note',
        tone: 'warning',
        content: [`Breachline has no rules yet for ${withoutRules.map((code) => jurisdictionName(code)).join(', ')}. This is not a finding that there is no obligation there.`],
      });
    }
    if (gaps.length > 0) {
      blocks.push({ kind: 'list', ordered: false, items: gaps.map((gap) => [`${jurisdictionName(gap.jurisdiction)}: ${gap.topic}. ${gap.reason}`]) });
    }
  }
  blocks.push(...standingClientBlocks(ctx), ...agreementBlocks(ctx, null));
  return blocks;
}

export function notificationSection(ctx: PlanContext): PlanPart {
  const blocks: Block[] = ctx.timeline && ctx.answers.incident ? timelineBlocks(ctx, ctx.timeline) : standingBlocks(ctx);
  blocks.push(
    { kind: 'heading', level: 3, text: 'Procedure' },
    {
      kind: 'checklist',
      items: [
        [`${Who(ctx, 'privacy-officer')} lists every notice owed, with its legal limit and a planned date, as soon as the incident is declared.`],
        ['Record the date of discovery, and of any determination or confirmation a state law counts from.'],
        ['Count affected people by state of residence; find addresses for those with none.'],
        ...(isHipaa(ctx) ? [['Complete the breach risk assessment; if a low probability of compromise is not demonstrated, notify.'] as Inline[]] : []),
        ['If law enforcement asks for a delay, get the request in writing, record who asked and until when, and hold only the notices the law lets you hold.'],
        [`Have ${who(ctx, 'legal-counsel')} review each notice before it is sent; keep a copy of each, with the date and method of sending.`],
      ],
    },
  );
  return { id: NOTIFICATION_SECTION_ID, title: 'Notification procedures', blocks, pageBreakBefore: true };
}
