/** The plan's closing sections: the post-incident review, and who keeps the plan current and when. */
import type { Block } from '../document/model.ts';
import { addYears, capitalize, contactsFor, longDate, who, type PlanContext, type PlanPart } from './context.ts';

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
    {
      kind: 'table',
      caption: 'Review and exercise record',
      header: ['Date', 'Review or exercise', 'By', 'Changes made'],
      rows: Array.from({ length: 4 }, () => [[''], [''], [''], ['']]),
    },
  ];
  return { id: 'plan-maintenance', title: 'Plan maintenance', blocks, pageBreakBefore: true };
}
