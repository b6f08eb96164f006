/**
 * Command and communications: who may declare, who stands in for whom, the incident's codename and need-to-know,
 * privilege marking, the first call's agenda, the rhythm of updates, the out-of-band channel and the incident file.
 */
import { TEAM_ROLES, type TeamRole } from '../answers/schema.ts';
import type { Block, Inline } from '../document/model.ts';
import { contactsFor, leader, who, Who, type PlanContext, type PlanPart } from './context.ts';
import { roleFits, roleLabel } from './profile.ts';

/** Roles whose lead needs a deputy: the people who make decisions, not outside firms. */
const DEPUTY_ROLES: readonly TeamRole[] = [
  'incident-commander',
  'privacy-officer',
  'security-officer',
  'legal-counsel',
  'communications',
  'clinical-lead',
  'executive-sponsor',
];

function deputyRows(ctx: PlanContext): Inline[][][] {
  return TEAM_ROLES.filter((role) => DEPUTY_ROLES.includes(role) && roleFits(ctx.profile, role)).map((role) => {
    const lead = contactsFor(ctx, role)[0];
    const deputy = lead?.deputy;
    return [
      [roleLabel(ctx.profile, role)],
      [lead?.name ?? '[name]'],
      [deputy ? `${deputy.name}${deputy.title ? `, ${deputy.title}` : ''}` : '[name a deputy]'],
      [deputy?.phone ?? ''],
    ];
  });
}

function codenameBlocks(ctx: PlanContext): Block[] {
  const codename = ctx.answers.incident?.codename;
  return [
    { kind: 'heading', level: 3, text: 'Codename and need to know' },
    codename
      ? { kind: 'paragraph', content: [{ text: 'This incident’s codename: ', strong: true }, codename, '. Use it in meeting titles, calendar entries, file names and messages.'] }
      : { kind: 'paragraph', content: ['Give each incident a codename when it is declared: a neutral word that says nothing about the attack, the system or the people involved. Use it in meeting titles, calendar entries, file names and messages.'] },
    {
      kind: 'checklist',
      items: [
        [`Details go only to the people who need them to do their part; ${leader(ctx)} keeps the list of who has been told.`],
        ['The rest of the workforce hears what it needs to act (what to do, whom to call), not the details of the investigation.'],
        ['Nobody discusses the incident on social media or with people outside the list, and all media questions go to the communications lead.'],
      ],
    },
  ];
}

const FIRST_CALL: readonly string[] = [
  'Minutes 0–5: roll call; confirm the call is on a channel the attacker cannot see (use the out-of-band channel if email or chat may be compromised); name a note-taker.',
  'Minutes 5–10: what is known: what was seen, by whom, when; which systems, accounts and data may be involved. Record the date and time the organization first knew.',
  'Minutes 10–15: set the severity level, declare the incident and give it a codename.',
  'Minutes 15–20: immediate containment and evidence: what to isolate, what not to switch off, which logs to save.',
  'Minutes 20–25: who calls whom: the cyber insurer’s claims hotline, counsel, the forensic firm, law enforcement, and anyone the severity level lists.',
  'Minutes 25–30: assign each action an owner, set the time of the next update, and open the incident file.',
];

export function commandSection(ctx: PlanContext): PlanPart {
  const channel = ctx.answers.organization.outOfBandChannel;
  const care = ctx.profile.givesCare;
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: 'Declaring an incident' },
    {
      kind: 'paragraph',
      content: [
        { text: 'Anyone may declare; if in doubt, declare. ', strong: true },
        `Anyone who suspects an incident reports it at once, and any member of the response team may declare one. ${Who(ctx, 'incident-commander')}, or the deputy, confirms the severity level. Standing down a declared incident costs little; declaring late can cost the notification deadlines.`,
      ],
    },
    { kind: 'heading', level: 3, text: 'Deputies and who takes over' },
    {
      kind: 'paragraph',
      content: [
        'Each role has a deputy. If the lead cannot be reached within [30] minutes by phone and by the out-of-band channel, the deputy takes the role, with all its authority, until the lead returns and takes a handover. If neither can be reached, the incident commander assigns the role; if the incident commander and deputy cannot be reached, ',
        who(ctx, 'security-officer'),
        ' leads until one of them can.',
      ],
    },
    { kind: 'table', caption: 'Leads and deputies', header: ['Role', 'Lead', 'Deputy', 'Deputy’s phone (any hour)'], rows: deputyRows(ctx) },
    ...(ctx.profile.small
      ? [
          {
            kind: 'note',
            tone: 'info',
            content: ['With fewer than 50 people, one person often holds several roles: write the same name where it fits, and name at least a deputy for the incident commander and for the privacy officer.'],
          } satisfies Block,
        ]
      : []),
    ...codenameBlocks(ctx),
    { kind: 'heading', level: 3, text: 'Privileged documents' },
    {
      kind: 'paragraph',
      content: [
        `${Who(ctx, 'legal-counsel')} decides which documents are prepared at counsel’s direction for legal advice (forensic reports, the risk assessment, notes of legal discussions) and how they are marked, for example “Privileged and confidential: prepared at the direction of counsel”. A marking does not by itself make a document privileged, and facts are never privileged: keep facts in the incident file and opinions out of it.`,
      ],
    },
    { kind: 'heading', level: 3, text: 'The first call: agenda for the first 30 minutes' },
    { kind: 'list', ordered: true, items: FIRST_CALL.map((item) => [item]) },
    { kind: 'heading', level: 3, text: 'Update rhythm' },
    {
      kind: 'table',
      caption: 'How often the team, leadership and the workforce hear',
      header: ['Severity', 'Response team', 'Leadership briefing', 'Workforce'],
      rows: [
        [['Level 4: Critical'], ['Every 2 hours, at fixed times'], ['Twice a day'], [care ? 'At each shift change, and whenever what they must do changes' : 'Daily, and whenever what they must do changes']],
        [['Level 3: High'], ['Every 4 hours'], ['Daily'], ['When they need to act']],
        [['Level 1 or 2'], ['Daily until closed'], ['In the weekly report'], ['Not usually']],
      ],
    },
    { kind: 'heading', level: 3, text: 'Out-of-band channel' },
    channel
      ? { kind: 'paragraph', content: [{ text: 'When email or chat may be down or watched, the team uses: ', strong: true }, channel] }
      : {
          kind: 'note',
          tone: 'warning',
          content: ['No out-of-band channel is recorded. Agree one now (a phone bridge, a messaging group on personal phones, a meeting place), test it, and print its details on the contact roster.'],
        },
    { kind: 'heading', level: 3, text: 'The incident file' },
    {
      kind: 'paragraph',
      content: [`${Who(ctx, 'incident-commander')} opens one central file for each incident, kept away from systems that may be compromised and open only to the response team. It holds:`],
    },
    {
      kind: 'checklist',
      items: [
        ['A timeline of events, with times and sources'],
        ['The systems affected, and their state'],
        ['Indicators of compromise: addresses, domains, file hashes, email senders'],
        ['The accounts involved, and what was done to each'],
        [`The data involved and whose it is (${ctx.profile.people}, workforce), by state of residence`],
        ['Each decision: what, who decided, when and why'],
        ['Notices owed and sent, with dates and methods'],
        ['The evidence collected, with its chain of custody, and the costs'],
      ],
    },
  ];
  return { id: 'command-and-communications', title: 'Command and communications', blocks, pageBreakBefore: true };
}
