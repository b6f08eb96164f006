/** The plan's closing sections: the post-incident review, and who keeps the plan current and when. */
import type { Block } from '../document/model.ts';
import { provisionById } from '../rules/provisions.ts';
import { addYears, capitalize, contactsFor, isHipaa, longDate, who, type PlanContext, type PlanPart } from './context.ts';

export function postIncidentSection(ctx: PlanContext): PlanPart {
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        `Within two weeks of closing an incident, ${who(ctx, 'incident-commander')} holds a blameless review with everyone who took part. The aim is to improve the safeguards and this plan, not to find fault.`,
      ],
    },
    {
      kind: 'list',
      ordered: true,
      items: [
        ['What happened, and when? Build the timeline from the incident log.'],
        ['How was it detected, and how could it have been detected sooner?'],
        ['What worked well in the response? What slowed it down?'],
        ['Were notices sent on time, with every required element? What made them hard?'],
        [ctx.profile.givesCare ? 'Did patient care or essential services suffer, and how can downtime go better?' : 'Did essential services suffer, and how can downtime go better?'],
        ['What root cause let it happen, and what would stop it happening again?'],
      ],
    },
    { kind: 'write-in', label: 'Timeline and findings', lines: 6 },
    {
      kind: 'table',
      caption: 'Improvements',
      header: ['Improvement', 'Owner', 'Due date', 'Done'],
      rows: Array.from({ length: 5 }, () => [[''], [''], [''], ['']]),
    },
    { kind: 'write-in', label: 'Review held on (date) and attended by', lines: 2 },
  ];
  return { id: 'post-incident-review', title: 'Post-incident review', blocks, pageBreakBefore: true };
}

export function maintenanceSection(ctx: PlanContext): PlanPart {
  const owner = contactsFor(ctx, 'privacy-officer')[0] ?? contactsFor(ctx, 'incident-commander')[0];
  const ownerWords = owner
    ? `${owner.name} (${owner.role === 'privacy-officer' ? 'privacy officer' : 'incident commander'})`
    : 'the privacy officer [name to be assigned]';
  const nextReview = addYears(ctx.today, 1);
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: 'Plan ownership and schedule',
      header: ['Item', 'Detail'],
      rows: [
        [['Plan owner'], [ownerWords]],
        [['This version prepared on'], [longDate(ctx.today)]],
        [['Next full review'], [longDate(nextReview)]],
        [['Tabletop exercise'], ['At least once a year, and after any major change; Breachline’s exercise packs can be used.']],
        [['Contact roster check'], ['Every quarter: call each number once.']],
      ],
    },
    { kind: 'paragraph', content: [`${capitalize(ownerWords)} also updates the plan, without waiting for the yearly review, when:`] },
    {
      kind: 'list',
      ordered: false,
      items: [
        ['a person on the response team, the cyber insurer or the forensic firm changes;'],
        [`a major system changes (${ctx.profile.usesEhr ? 'a new EHR' : 'a new core system'}, a move to the cloud, a new backup method);`],
        [`the organization starts serving ${ctx.profile.people} in a new state or country;`],
        ['a real incident or an exercise shows a gap;'],
        ['the law changes: make the plan again with Breachline to pick up updated rules.'],
      ],
    },
    { kind: 'heading', level: 3, text: 'Training and exercises' },
    {
      kind: 'table',
      caption: 'Training and exercise schedule',
      header: ['Who', 'What', 'How often'],
      rows: [
        [['Every workforce member'], ['How to recognize a possible incident and report it at once, to whom and how'], ['At hire, then every year']],
        [['The response team and their deputies'], ['This plan, their role, the first call and the out-of-band channel'], ['Every year, and when the plan changes']],
        [['The response team and leadership'], ['A tabletop exercise on one of the playbooks (Breachline’s exercise packs can be used)'], ['At least once a year']],
        [['IT or the managed service provider'], ['A restore test of the critical systems, checked against their recovery objectives'], ['[How often: every quarter is common]']],
        ...(ctx.profile.givesCare ? [[['Clinical and front-desk staff'], ['A downtime drill on paper forms'], ['At least once a year']]] : []),
      ],
    },
    { kind: 'heading', level: 3, text: 'Records and how long to keep them' },
    ...retentionBlocks(ctx),
    { kind: 'heading', level: 3, text: 'Measures of how the response went' },
    {
      kind: 'table',
      caption: 'Metrics tracked for each incident and each year',
      header: ['Measure', 'How it is counted', 'Target'],
      rows: [
        [['Time to detect'], ['From the first sign of the incident to its report'], ['']],
        [['Time to contain'], ['From declaration to the attacker’s access cut off'], ['']],
        [['Time to notify'], ['From discovery to each notice sent, against its legal limit'], ['Every notice before its limit']],
        [['Exercises held'], ['Tabletop exercises and drills in the year'], ['At least one']],
        [['Improvement actions closed'], ['Actions from reviews and exercises closed by their due date'], ['']],
      ],
    },
    {
      kind: 'table',
      caption: 'Review and exercise record',
      header: ['Date', 'Review or exercise', 'By', 'Changes made'],
      rows: Array.from({ length: 4 }, () => [[''], [''], [''], ['']]),
    },
  ];
  return { id: 'plan-maintenance', title: 'Plan maintenance', blocks, pageBreakBefore: true };
}

/** How long the plan and the incident records are kept: HIPAA's period from the provisions data, for those it binds. */
function retentionBlocks(ctx: PlanContext): Block[] {
  const kept = 'Keep each version of this plan, the incident file, risk assessments, notices sent and the decisions behind them, each with its date.';
  if (!isHipaa(ctx)) {
    return [{ kind: 'paragraph', content: [`${kept} Keep them for the period counsel advises: [period].`] }];
  }
  const retention = provisionById(ctx.provisions, 'hipaa-documentation-retention');
  const period = `${retention.retentionYears ?? '[number of]'} years from when it was made or last in effect, whichever is later`;
  return [
    {
      kind: 'paragraph',
      content: [kept, ' ', retention.summary, ' (', { text: retention.citation, href: retention.sourceUrl }, ')'],
    },
    {
      kind: 'table',
      caption: 'Retention',
      header: ['Record', 'Kept for', 'Where'],
      rows: [
        [['This plan and each past version'], [period], ['']],
        [['Breach documentation: incident file, risk assessments, notices and the decisions behind them'], [period], ['']],
      ],
    },
  ];
}
