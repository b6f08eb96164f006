/** The plan's opening sections: purpose and scope, roles (a RACI table), the contact roster, severity levels. */
import { TEAM_ROLES, type TeamRole } from '../answers/schema.ts';
import type { Block, Inline } from '../document/model.ts';
import { ORGANIZATION_TYPE_LABELS, ROLE_LABELS, US_JURISDICTIONS } from '../vocabulary.ts';
import { contactsFor, givesCare, isHipaa, leader, listWords, namesFor, roleWords, who, type PlanContext, type PlanPart } from './context.ts';
import { roleFits, roleLabel } from './profile.ts';

export function purposeSection(ctx: PlanContext): PlanPart {
  const { organization, systems } = ctx.answers;
  const states = organization.states.map((code) => US_JURISDICTIONS[code]);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        `This plan tells the people of ${organization.name} what to do, and who does it, when an incident may have exposed the health or personal information the organization holds. It covers the first call to the last review: detecting and analysing the incident, containing it, recovering, deciding whether it is a breach, notifying the people and regulators the law requires, and learning from it.`,
      ],
    },
    {
      kind: 'table',
      caption: 'Scope of this plan',
      header: ['Item', 'For this organization'],
      rows: [
        [['Organization'], [organization.name]],
        [['Role'], [ROLE_LABELS[organization.role]]],
        [['Kind of organization'], [ORGANIZATION_TYPE_LABELS[ctx.profile.type]]],
        [[`States and territories where ${ctx.profile.people} live`], [states.length > 0 ? listWords(states) : 'None given']],
        ...(ctx.profile.usesEhr ? [[['Electronic health record system'], [systems.ehrName ?? 'Not given']]] : []),
        [['EU/EEA personal data'], [organization.euDataSubjects ? `Yes${organization.gdprRole ? `, as ${organization.gdprRole}` : ''}` : 'No']],
        [['Publicly traded'], [organization.publiclyTraded ? 'Yes' : 'No']],
        [['42 CFR Part 2 program'], [organization.part2Program ? 'Yes' : 'No']],
        [['State-licensed insurer'], [organization.insurer ? 'Yes' : 'No']],
      ],
    },
    {
      kind: 'paragraph',
      content: [
        'The plan applies to every workforce member, contractor and vendor who handles the organization’s information or systems. Anyone who suspects an incident reports it at once to ',
        leader(ctx),
        ' or ',
        who(ctx, 'security-officer'),
        ', and does not try to investigate or fix it alone.',
      ],
    },
    {
      kind: 'note',
      tone: 'info',
      content: [
        'The phases follow NIST SP 800-61 Revision 3 (Incident Response Recommendations and Considerations for Cybersecurity Risk Management), which organizes response around the NIST Cybersecurity Framework (CSF) 2.0. Legal duties come from the rules data Breachline ships, each with its citation. This plan is not legal advice: confirm notification decisions with counsel.',
      ],
    },
  ];
  return { id: 'purpose-and-scope', title: 'Purpose and scope', blocks };
}

/** The roles always in the table, named or not: without them no incident can be run. */
const CORE_ROLES: readonly TeamRole[] = ['incident-commander', 'privacy-officer', 'security-officer', 'legal-counsel'];

type Raci = Partial<Record<TeamRole, 'R' | 'A' | 'C' | 'I' | 'A/R'>>;

interface Activity {
  name: string;
  raci: Raci;
  /** Only for organizations that give care. */
  care?: boolean;
}

const ACTIVITIES: readonly Activity[] = [
  { name: 'Receive the report, declare an incident and set its severity', raci: { 'incident-commander': 'A', 'security-officer': 'R', 'privacy-officer': 'C', 'it-ehr-vendor': 'C', 'executive-sponsor': 'I' } },
  { name: 'Notify the cyber insurer and follow the policy’s conditions', raci: { 'incident-commander': 'A', 'legal-counsel': 'R', 'cyber-insurer': 'I', 'executive-sponsor': 'I' } },
  { name: 'Engage the forensic firm (through counsel)', raci: { 'incident-commander': 'A', 'legal-counsel': 'R', 'forensic-firm': 'C', 'cyber-insurer': 'C' } },
  { name: 'Contain the incident and preserve evidence', raci: { 'incident-commander': 'A', 'security-officer': 'R', 'it-ehr-vendor': 'R', 'forensic-firm': 'R', 'legal-counsel': 'C' } },
  { name: 'Keep patient care safe during downtime', raci: { 'incident-commander': 'A', 'clinical-lead': 'R', 'it-ehr-vendor': 'C', 'security-officer': 'I' }, care: true },
  { name: 'Run the breach risk assessment', raci: { 'incident-commander': 'A', 'privacy-officer': 'R', 'legal-counsel': 'C', 'security-officer': 'C', 'forensic-firm': 'C' } },
  { name: 'Decide who must be notified, and track the deadlines', raci: { 'incident-commander': 'A', 'privacy-officer': 'R', 'legal-counsel': 'C', 'executive-sponsor': 'I' } },
  { name: 'Send notices to individuals and regulators', raci: { 'incident-commander': 'A', 'privacy-officer': 'R', communications: 'C', 'legal-counsel': 'C' } },
  { name: 'Speak to the media and the public', raci: { 'executive-sponsor': 'A', communications: 'R', 'legal-counsel': 'C', 'privacy-officer': 'C', 'incident-commander': 'I' } },
  { name: 'Liaise with law enforcement', raci: { 'incident-commander': 'A', 'legal-counsel': 'R', 'law-enforcement': 'C', 'forensic-firm': 'C' } },
  { name: 'Eradicate the threat and restore systems from clean backups', raci: { 'incident-commander': 'A', 'security-officer': 'R', 'it-ehr-vendor': 'R', 'forensic-firm': 'C', 'clinical-lead': 'I' } },
  { name: 'Run the post-incident review and update this plan', raci: { 'executive-sponsor': 'A', 'incident-commander': 'R', 'privacy-officer': 'C', 'security-officer': 'C', 'legal-counsel': 'C' } },
];

/** Roles shown as columns: the core roles and every role the team names, in the schema's order. */
function raciRoles(ctx: PlanContext): TeamRole[] {
  return TEAM_ROLES.filter((role) => CORE_ROLES.includes(role) || contactsFor(ctx, role).length > 0);
}

/** A role with its people, for the table's header: "Incident commander: Dana Ortiz". */
function roleHeader(ctx: PlanContext, role: TeamRole): string {
  return `${roleLabel(ctx.profile, role)}: ${namesFor(ctx, role) ?? 'not named yet'}`;
}

export function rolesSection(ctx: PlanContext): PlanPart {
  const roles = raciRoles(ctx);
  const activities = ACTIVITIES.filter((activity) => !activity.care || givesCare(ctx));
  const rows: Inline[][][] = activities.map((activity) => {
    const raci: Raci = { ...activity.raci };
    // The accountable role must be in the table; when no one holds the responsible role, the commander does it.
    const accountable = (Object.keys(raci) as TeamRole[]).find((role) => raci[role] === 'A');
    if (accountable && !roles.includes(accountable)) {
      delete raci[accountable];
      raci['incident-commander'] = 'A';
    }
    const responsible = roles.some((role) => raci[role] === 'R' || raci[role] === 'A/R');
    if (!responsible) raci['incident-commander'] = 'A/R';
    return [[activity.name], ...roles.map((role) => [raci[role] ?? ''])];
  });
  const unnamed = CORE_ROLES.filter((role) => contactsFor(ctx, role).length === 0).map((role) => roleWords(ctx, role));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        'Each activity has one person accountable (A) for it, one or more responsible (R) for doing it, people consulted (C) before decisions, and people kept informed (I). Where no one holds a role, the incident commander covers it.',
      ],
    },
    {
      kind: 'table',
      caption: 'Responsibilities by activity (R responsible, A accountable, C consulted, I informed)',
      header: ['Activity', ...roles.map((role) => roleHeader(ctx, role))],
      rows,
    },
  ];
  if (unnamed.length > 0) {
    blocks.push({ kind: 'note', tone: 'warning', content: [`No one is named yet as ${listWords(unnamed)}. Name a person and a deputy for each before you need them.`] });
  }
  blocks.push({
    kind: 'checklist',
    items: [
      ['Each role has a named deputy who can act when the first person cannot be reached.'],
      ['The incident commander can authorize spending, outside help and system shutdowns without waiting for a meeting.'],
      ['Everyone on the team has a printed copy of this plan and the contact roster away from the network.'],
    ],
  });
  return { id: 'roles-and-responsibilities', title: 'Roles and responsibilities', blocks, pageBreakBefore: true };
}

function telLink(phone: string): Inline {
  return { text: phone, href: `tel:${phone.replace(/[^0-9+]/g, '')}` };
}

export function rosterSection(ctx: PlanContext): PlanPart {
  const rows: Inline[][][] = ctx.answers.team.map((contact) => {
    const policy = contact.policyNumber ? `Policy ${contact.policyNumber}` : '';
    return [
      [roleLabel(ctx.profile, contact.role)],
      [{ text: contact.name, strong: true }],
      [contact.title ?? ''],
      contact.phone ? [telLink(contact.phone)] : ['Not given'],
      contact.email ? [{ text: contact.email, href: `mailto:${contact.email}` }] : ['Not given'],
      contact.claimsHotline ? [`${policy || 'Policy [number]'}; claims hotline `, telLink(contact.claimsHotline)] : [policy],
    ];
  });
  const missing = TEAM_ROLES.filter((role) => role !== 'law-enforcement' && roleFits(ctx.profile, role) && contactsFor(ctx, role).length === 0).map((role) => roleWords(ctx, role));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: ['Call in this order for a high or critical incident: the incident commander, the security and privacy officers, legal counsel, then the cyber insurer’s claims hotline. Keep this page printed: during a ransomware attack, email and shared drives may be gone.'],
    },
  ];
  if (rows.length > 0) {
    blocks.push({ kind: 'table', caption: 'Response team contacts', header: ['Role', 'Name', 'Title', 'Phone (any hour)', 'Email', 'Policy and claims'], rows });
  } else {
    blocks.push({ kind: 'note', tone: 'warning', content: ['No team contacts are recorded yet. Add them to the answers and make this plan again.'] });
  }
  if (missing.length > 0) {
    blocks.push({ kind: 'paragraph', content: [`Roles without a contact yet: ${listWords(missing)}. Write them in below or add them to the answers.`] });
    blocks.push({ kind: 'write-in', label: 'Other contacts (role, name, phone)', lines: 4 });
  }
  return { id: 'contact-roster', title: 'Contact roster', blocks, pageBreakBefore: true };
}

export function severitySection(ctx: PlanContext): PlanPart {
  const care = givesCare(ctx);
  const ehr = ctx.profile.coreSystem;
  const call = (...roles: TeamRole[]) => listWords(roles.map((role) => who(ctx, role)));
  const rows: Inline[][][] = [
    [
      [{ text: 'Level 1: Low', strong: true }],
      ['A suspicious event with no sign that information was exposed: a phishing email reported and not clicked; a lost device that is encrypted.'],
      [call('security-officer')],
      ['Same working day'],
    ],
    [
      [{ text: 'Level 2: Moderate', strong: true }],
      [`Information of a few people may have gone to the wrong person: a misdirected ${ctx.profile.type === 'health-app' ? 'email or message' : 'letter, fax or email'}; one account signed in to by someone else; a workforce member looking at records without need.`],
      [call('security-officer', 'privacy-officer')],
      ['Within 4 hours'],
    ],
    [
      [{ text: 'Level 3: High', strong: true }],
      [`Information of many people may have been accessed or copied, or an important system is impaired: a mailbox holding records of ${ctx.profile.people} compromised; malware on a server; unusual access to ${ehr}.`],
      [call('incident-commander', 'security-officer', 'privacy-officer', 'legal-counsel', 'cyber-insurer')],
      ['Within 1 hour'],
    ],
    [
      [{ text: 'Level 4: Critical', strong: true }],
      [
        `Operations${care ? ' or patient care' : ''} are disrupted, or data theft is confirmed: ransomware encrypting ${ehr} or backups; an extortion demand; a large data set posted or sold.`,
      ],
      [call('incident-commander', 'executive-sponsor', 'security-officer', 'privacy-officer', 'legal-counsel', 'cyber-insurer', 'forensic-firm', ...(care ? (['clinical-lead'] as TeamRole[]) : []), 'communications')],
      ['Immediately, day or night'],
    ],
  ];
  return {
    id: 'severity',
    title: 'Severity classification',
    blocks: [
      { kind: 'paragraph', content: ['The person who first assesses a report sets its level; the incident commander can raise or lower it as facts arrive. When unsure, choose the higher level.'] },
      { kind: 'table', caption: 'Severity levels, with examples and who is called', header: ['Level', 'Examples', 'Who is called', 'How fast'], rows },
      ...(isHipaa(ctx)
        ? [
            {
              kind: 'note',
              tone: 'info',
              content: ['The level sets who is called, not whether the law treats the incident as a breach: that is decided by the risk assessment in this plan, whatever the level.'],
            } satisfies Block,
          ]
        : []),
    ],
  };
}

