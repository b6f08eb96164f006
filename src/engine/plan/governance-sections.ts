/**
 * The plan's own governance: who approves it and which version is in force, who holds a copy, the other plans it
 * points to, and the recovery objectives of the organization's critical systems in restore order.
 */
import type { Block, Inline } from '../document/model.ts';
import { longDate, type PlanContext, type PlanPart } from './context.ts';

const blankRows = (rows: number, columns: number): Inline[][][] => Array.from({ length: rows }, () => Array.from({ length: columns }, () => ['']));

export function approvalSection(ctx: PlanContext): PlanPart {
  const governance = ctx.answers.governance ?? {};
  const version = governance.planVersion ?? '[version, for example 1.0]';
  const approver = governance.approverName ?? '';
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: ['This plan is in force once approved and signed below. The approver confirms that the organization has adopted it, that the people it names have accepted their roles, and that they have the authority it gives them.'],
    },
    {
      kind: 'table',
      caption: 'Approval',
      header: ['Approved by', 'Title', 'Signature', 'Date'],
      rows: [
        [[approver], [governance.approverTitle ?? ''], [''], ['']],
        [[''], [''], [''], ['']],
      ],
    },
    {
      kind: 'table',
      caption: 'Version',
      header: ['Item', 'Detail'],
      rows: [
        [['Version'], [version]],
        [['Prepared on'], [longDate(ctx.today)]],
        [['In force from'], ['[date of approval]']],
      ],
    },
    {
      kind: 'table',
      caption: 'Change history',
      header: ['Version', 'Date', 'What changed', 'Approved by'],
      rows: [[[version], [longDate(ctx.today)], ['Plan made from the organization’s answers'], [approver]], ...blankRows(3, 4)],
    },
    { kind: 'heading', level: 3, text: 'Distribution' },
  ];
  if (governance.distribution) blocks.push({ kind: 'paragraph', content: [{ text: 'Copies go to: ', strong: true }, governance.distribution] });
  else blocks.push({ kind: 'write-in', label: 'Copies go to (people or groups)', lines: 3 });
  blocks.push({
    kind: 'checklist',
    items: [
      ['Each person on the distribution list has the current version, printed and off the network, and has returned or destroyed the one before.'],
      ['The plan is shared on a need-to-know basis: it names people, phone numbers and weaknesses an attacker could use.'],
    ],
  });
  return { id: 'plan-approval', title: 'Approval, version and distribution', blocks };
}

const RELATED_PLANS = [
  { key: 'emergencyOperations', label: 'Emergency operations plan', use: 'Activated for a disruption of operations beyond IT (site evacuation, mass downtime, a regional emergency).' },
  { key: 'businessContinuity', label: 'Business continuity or disaster recovery plan', use: 'How essential services keep running and systems are restored; its restore order is the one below.' },
  { key: 'communications', label: 'Crisis communications plan', use: 'Statements, spokespeople and channels; notices required by law still follow this plan.' },
] as const;

function hours(value: number | undefined): string {
  if (value === undefined) return '[hours]';
  return `${value} ${value === 1 ? 'hour' : 'hours'}`;
}

export function recoverySection(ctx: PlanContext): PlanPart {
  const plans = ctx.answers.plans ?? {};
  const critical = ctx.answers.systems.critical ?? [];
  const blocks: Block[] = [
    { kind: 'paragraph', content: ['This plan works beside the organization’s other plans. When an incident triggers one of them, the incident commander tells its owner, and the two plans run together.'] },
    {
      kind: 'table',
      caption: 'Related plans',
      header: ['Plan', 'Its name here', 'When it runs with this plan'],
      rows: RELATED_PLANS.map((plan) => [[plan.label], [plans[plan.key] ?? '[none named: name it, or write “none”]'], [plan.use]]),
    },
    { kind: 'heading', level: 3, text: 'Recovery objectives and restore order' },
    {
      kind: 'paragraph',
      content: ['The recovery time objective (RTO) is how soon a system must work again; the recovery point objective (RPO) is how much data, counted in hours before the incident, the organization can afford to lose. Restore in this order unless the incident commander decides otherwise, and test restores against these objectives.'],
    },
  ];
  if (critical.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Critical systems in restore order',
      header: ['Order', 'System', 'Recovery time objective (RTO)', 'Recovery point objective (RPO)'],
      rows: critical.map((system, index) => [[String(index + 1)], [system.name], [hours(system.rtoHours)], [hours(system.rpoHours)]]),
    });
  } else {
    blocks.push(
      { kind: 'note', tone: 'warning', content: ['No critical systems are recorded yet. List them in the order you would restore them, each with its RTO and RPO, and make this plan again.'] },
      { kind: 'table', caption: 'Critical systems in restore order', header: ['Order', 'System', 'Recovery time objective (RTO)', 'Recovery point objective (RPO)'], rows: blankRows(4, 4) },
    );
  }
  if (!ctx.profile.givesCare) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Keeping essential services running' },
      {
        kind: 'checklist',
        items: [
          [`List the services ${ctx.answers.organization.name} must keep running for those who depend on it, and the manual workaround for each.`],
          [`Tell the ${ctx.profile.type === 'business-associate' ? 'clients' : 'people and partners'} who depend on those services when they are down, and when they are expected back.`],
          ['Record work done by hand during downtime, and enter it once systems return.'],
        ],
      },
    );
  }
  return { id: 'related-plans-and-recovery', title: 'Related plans and recovery objectives', blocks, pageBreakBefore: true };
}
