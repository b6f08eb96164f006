/**
 * How to respond: the phases (NIST SP 800-61r3 on CSF 2.0), evidence preservation, and patient care during
 * downtime. Steps name the organization's own systems and people.
 */
import type { Block, Inline } from '../document/model.ts';
import { capitalize, givesCare, isHipaa, leader, namesFor, who, Who, type PlanContext, type PlanPart } from './context.ts';

/** The organization's core system, named when the answers name it. */
function coreSystem(ctx: PlanContext): string {
  return ctx.profile.coreSystem;
}

function phase(title: string, csf: string, steps: Inline[][]): Block[] {
  return [
    { kind: 'heading', level: 3, text: title },
    { kind: 'paragraph', content: [{ text: 'CSF 2.0: ', strong: true }, csf] },
    { kind: 'checklist', items: steps },
  ];
}

export function phasesSection(ctx: PlanContext): PlanPart {
  const { systems } = ctx.answers;
  const ehr = coreSystem(ctx);
  const care = givesCare(ctx);
  const insurer = ctx.answers.team.find((contact) => contact.role === 'cyber-insurer');
  const insurerLine = insurer
    ? `${insurer.name}${insurer.policyNumber ? `, policy ${insurer.policyNumber}` : ''}${insurer.claimsHotline ? `, claims hotline ${insurer.claimsHotline}` : ''}`
    : 'the cyber insurer [name, policy number and claims hotline]';
  const forensic = namesFor(ctx, 'forensic-firm') ?? 'a forensic firm [name one in advance, approved by the insurer]';
  const backups: Inline[] = systems.backups
    ? ['Check that backups are intact and isolated before restoring. Your backups, as recorded: “', systems.backups, '”']
    : ['Record what backups you keep, how often, where, and how they are protected from ransomware; then test a restore. [No backup description is recorded yet.]'];
  const downtime: Inline[] = systems.downtimeProcedures
    ? ['Keep downtime procedures printed and rehearsed. As recorded: “', systems.downtimeProcedures, '”']
    : [care ? 'Write downtime procedures for patient care (paper charts, orders, results, scheduling) and rehearse them. [None recorded yet.]' : 'Write down how the organization keeps its essential services running when systems are down. [None recorded yet.]'];

  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        `${capitalize(leader(ctx))} leads the response from declaration to closure and keeps a written incident log: every decision, who made it and when. Steps within a phase often overlap; a later discovery can send the team back to an earlier phase.`,
      ],
    },
    ...phase('1. Preparation', 'Govern, Identify and Protect: roles, policies, asset inventory and safeguards in place before an incident.', [
      [`Keep this plan, the contact roster and the insurer’s details (${insurerLine}) printed and stored off the network.`],
      [`Keep an up-to-date inventory of systems holding health or personal information, starting with ${ehr}, and of the vendors who host or support them.`],
      backups,
      downtime,
      [`Agree in advance with ${forensic} and with ${who(ctx, 'legal-counsel')} how they will be engaged, so the first call is not a negotiation.`],
      [`Turn on and retain logs: sign-ins, email, VPN and remote access, firewall, endpoint protection, and ${ctx.profile.accessLog}.`],
      ['Train the workforce to report suspected incidents at once, and run a tabletop exercise at least once a year.'],
    ]),
    ...phase('2. Detection and analysis', 'Detect (continuous monitoring, adverse event analysis) and Respond (incident analysis and triage).', [
      [`Whoever notices something unusual reports it to ${who(ctx, 'security-officer')} or ${leader(ctx)} immediately, by phone.`],
      ['Record the date the incident was first known to anyone in the organization (other than the person who caused it): notification clocks can run from that day.'],
      ['Set the severity level (see Severity classification) and call the people it lists.'],
      [`Call the cyber insurer’s claims hotline before hiring outside help: ${insurerLine}.`],
      [`Determine scope: which systems, which accounts, which data, since when. Check ${ctx.profile.accessLog} and email logs.`],
      [`Identify whose information may be involved (${ctx.profile.people}, workforce) and where they live: this drives who must be notified.`],
    ]),
    ...phase('3. Containment', 'Respond (incident mitigation): stop the spread while keeping evidence.', [
      ['Isolate affected computers from the network (unplug the network cable or disable Wi-Fi); do not switch them off or wipe them.'],
      ['Disable compromised accounts and reset their passwords; revoke remote access and active sessions; require multi-factor authentication.'],
      [`Decide with ${who(ctx, 'it-ehr-vendor')} whether to take ${ehr} or interfaces offline, and for how long.`],
      ...(care ? [[`Start downtime procedures when ${ehr} is unavailable, and tell clinicians (see Continuity of patient care).`]] : []),
      ['Do not contact or pay an attacker without counsel, the insurer and law enforcement: payment may be prohibited and does not guarantee deletion.'],
      ['Consider reporting to law enforcement (the FBI field office or IC3); record who was contacted and when, and any request to delay notice.'],
    ]),
    ...phase('4. Eradication and recovery', 'Respond and Recover: remove the threat, restore from known-good sources, and confirm normal operation.', [
      [`Remove the attacker’s access and tools, with ${forensic}; patch the weakness that let them in.`],
      ['Restore from clean, tested backups; rebuild systems that cannot be trusted.'],
      [`Bring ${ehr} back in stages, in the restore order under Related plans and recovery objectives, and check data integrity before ${care ? 'clinical or business' : 'business'} use.`],
      ['Monitor closely for signs of the attacker returning for at least 30 days.'],
      ...(care ? [[`Reconcile the paper records made during downtime into ${ehr}, and check nothing was lost.`]] : []),
      ['Declare recovery complete only when the incident commander and the security officer agree.'],
    ]),
    ...phase('5. Post-incident improvement', 'Identify (improvement): lessons learned feed back into the plan and safeguards.', [
      ['Hold the post-incident review within two weeks of closure (see Post-incident review).'],
      ['Assign each improvement an owner and a date, and track it to completion.'],
      ['Update this plan, the roster and the risk analysis.'],
    ]),
  ];
  if (isHipaa(ctx)) {
    blocks.push({
      kind: 'note',
      tone: 'info',
      content: ['Throughout, the privacy officer runs the breach risk assessment and the notification track in parallel with the technical work: the notification clocks do not wait for recovery.'],
    });
  }
  return { id: 'response-phases', title: 'Phases of response', blocks, pageBreakBefore: true };
}

export function evidenceSection(ctx: PlanContext): PlanPart {
    return {
    id: 'evidence-preservation',
    title: 'Evidence preservation',
    pageBreakBefore: true,
    blocks: [
      {
        kind: 'paragraph',
        content: [
          `Evidence shows what happened, whose information was involved, and that the organization responded properly. ${Who(ctx, 'security-officer')} preserves it, with ${who(ctx, 'legal-counsel')} advising on privilege.`,
        ],
      },
      {
        kind: 'checklist',
        items: [
          ['Do not power off, reimage or wipe affected machines until the forensic firm says so; isolate them from the network instead.'],
          ['Take photographs of ransom notes and error screens; save suspicious emails as files, with their headers.'],
          [`Export and keep logs before they roll over: ${ctx.profile.accessLog}, email and sign-in logs, VPN, firewall, endpoint protection.`],
          ['Preserve cloud and vendor logs: ask each vendor in writing to keep them.'],
          ['Keep an incident log: times, actions, decisions and who took them.'],
          ['Record every item collected on the chain-of-custody form below.'],
          ['Keep copies of notices sent, the risk assessment and the decisions behind them, with their dates.'],
        ],
      },
      {
        kind: 'table',
        caption: 'Chain of custody',
        header: ['Item (device, log, file)', 'Collected by', 'Date and time', 'Where stored', 'Hash or seal number'],
        rows: Array.from({ length: 6 }, () => [[''], [''], [''], [''], ['']]),
      },
    ],
  };
}

/** Downtime steps by kind of care: a hospital's units and ambulances, a clinic's front desk and schedule. */
function downtimeSteps(ctx: PlanContext, system: string): Inline[][] {
  const announce: Inline[] = [`Announce downtime to all staff by a route that does not depend on ${system} or email (${ctx.profile.hospital ? 'overhead, phone tree, runners' : 'phone tree, a call to each site'}).`];
  const reconcile: Inline[] = [`After recovery, enter the paper records into ${system}, reconcile medications and results, and keep the paper originals.`];
  if (ctx.profile.hospital) {
    return [
      announce,
      ['Switch to paper: downtime forms for orders, notes, medication administration and results, kept in every unit.'],
      ['Print or retrieve the latest downtime reports (census, medication lists, allergies, schedules) from the read-only downtime copy, if one exists.'],
      ['Divert or reschedule patients when safe care cannot be given; tell ambulance services and referral partners if needed.'],
      ['Phone pharmacy, laboratory and imaging orders and results; read back every order.'],
      ['Check medical devices and systems connected to the network before trusting their data.'],
      reconcile,
    ];
  }
  return [
    announce,
    ['Switch to paper: downtime forms for visit notes, orders, prescriptions and results, kept at each front desk and care area.'],
    ['Print or retrieve the day’s schedule, medication lists and allergies from the read-only downtime copy, if one exists.'],
    ['Reschedule or refer patients when safe care cannot be given, and tell referral partners if needed.'],
    ['Phone prescriptions and laboratory orders and results; read back every order.'],
    ['Check devices connected to the network before trusting their data.'],
    reconcile,
  ];
}

export function continuitySection(ctx: PlanContext): PlanPart {
  const title = 'Continuity of patient care during downtime';
  if (!givesCare(ctx)) {
    return {
      omitted: {
        title,
        reason: `${ctx.answers.organization.name} does not give care to patients itself, so there is no patient care to keep running. How it keeps its own services running is under Related plans and recovery objectives.`,
      },
    };
  }
  const system = coreSystem(ctx);
  const downtime = ctx.answers.systems.downtimeProcedures;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [`${Who(ctx, 'clinical-lead')} decides when to start and end downtime procedures and keeps patient safety first: no clinical decision waits for systems to return.`],
    },
  ];
  if (downtime) blocks.push({ kind: 'paragraph', content: [{ text: 'Your downtime procedures, as recorded: ', strong: true }, downtime] });
  else blocks.push({ kind: 'note', tone: 'warning', content: ['No downtime procedures are recorded. Write them, print them and rehearse them.'] });
  blocks.push(
    { kind: 'checklist', items: downtimeSteps(ctx, system) },
    { kind: 'write-in', label: 'Where the downtime forms and reports are kept', lines: 2 },
  );
  return { id: 'continuity-of-care', title, blocks, pageBreakBefore: true };
}
