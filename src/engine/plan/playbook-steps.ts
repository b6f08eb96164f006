/**
 * The playbooks' words: for each kind of incident, its detection cues, first hour, containment, evidence, notification
 * points, recovery and who does what. Data built from the context (names, systems, the organization's kind); legal
 * timing comes from the rules through the describer (notificationPoint), never from these words.
 */
import type { TeamRole } from '../answers/schema.ts';
import type { Inline } from '../document/model.ts';
import { describeDeadline } from '../rules/describe.ts';
import { dataHolding } from '../rules/evaluate.ts';
import { lowerFirst } from '../words.ts';
import { isHipaa, listWords, type PlanContext } from './context.ts';
import { individualNoticeRule } from './notices.ts';
import { businessAssociateNoticeRule } from './risk-assessment.ts';

export interface Playbook {
  id: 'ransomware' | 'email-compromise' | 'vendor-breach' | 'lost-device' | 'workforce-snooping' | 'misdirected';
  title: string;
  cues: string[];
  firstHour: string[];
  containment: string[];
  evidence: string[];
  notification: Inline[][];
  recovery: string[];
  /** Extra steps under their own heading: the ransom decision, the restore order. */
  extra?: { heading: string; steps: Inline[][] }[];
  duties: [TeamRole, string][];
}

/** Where the notification clock stands for this organization, from the rules data. */
export function notificationPoint(ctx: PlanContext): Inline[] {
  const ba = dataHolding(ctx.answers) === 'clients' || ctx.answers.organization.role === 'business-associate';
  const rule = ba ? businessAssociateNoticeRule(ctx.rules) : individualNoticeRule(ctx);
  const clock: Inline[] = rule
    ? [`${ba ? 'Your notice to each client' : 'The notice to individuals'} is due ${lowerFirst(describeDeadline(rule, ctx.rules))} (`, { text: rule.citation, href: rule.sourceUrl }, '); other notices are listed under Notification procedures.']
    : ['The notices owed and their deadlines are under Notification procedures.'];
  return [`Record the discovery date and start ${isHipaa(ctx) ? 'the HIPAA breach test' : assessment(ctx)} the same day. `, ...clock];
}

/** What decides whether notice is owed: HIPAA's breach test, or for others the rules' own tests. */
function assessment(ctx: PlanContext): string {
  return isHipaa(ctx) ? 'the breach test' : 'the assessment of which notices are owed';
}

function restoreOrder(ctx: PlanContext): string {
  const critical = ctx.answers.systems.critical ?? [];
  return critical.length > 0
    ? `Restore in the recorded order: ${listWords(critical.map((system, index) => `${index + 1}. ${system.name}`))}.`
    : 'Restore in the order under Related plans and recovery objectives (record it there first).';
}

export function ransomwarePlaybook(ctx: PlanContext): Playbook {
  const system = ctx.profile.coreSystem;
  const care = ctx.profile.givesCare;
  return {
    id: 'ransomware',
    title: ctx.profile.usesEhr ? 'Ransomware with EHR downtime' : 'Ransomware',
    cues: [
      'Files that will not open or have new extensions; a ransom note on screens or printers',
      `${system} or shared drives slow, unavailable or showing errors`,
      'Endpoint protection alerts; backups deleted or failing; new administrator accounts',
    ],
    firstHour: [
      'Disconnect affected machines from the network (cable and Wi-Fi); leave them switched on.',
      'Call the incident commander; declare at Level 4; move the team to the out-of-band channel.',
      'Call the cyber insurer’s claims hotline before hiring anyone; engage counsel and, through counsel, the forensic firm.',
      ...(care ? [`Start downtime procedures for patient care while ${system} is unavailable.`] : ['Start the manual workarounds for essential services.']),
      'Protect the backups: take them offline and check that they are intact.',
    ],
    containment: [
      'Disable the accounts the attacker used; reset privileged passwords from a clean machine; revoke remote access.',
      'Block the attacker’s addresses and domains at the firewall and email gateway.',
      'Do not contact the attacker, and do not delete the ransom note.',
    ],
    evidence: [
      'Memory and disk images of affected machines, before any rebuild (the forensic firm takes them).',
      'Firewall, VPN, endpoint, sign-in and backup logs, exported before they roll over.',
      'Photographs of ransom notes; a copy of the note’s file; any leak-site post.',
    ],
    notification: [
      notificationPoint(ctx),
      ...(isHipaa(ctx) ? [['How HHS treats ransomware that encrypts protected health information: see step 3 of the HIPAA breach test.']] : []),
      ['Report to the FBI field office or IC3, and record any request to delay notice.'],
    ],
    recovery: [
      'Rebuild from known-good images; restore data from backups made before the attacker’s first access.',
      `Bring ${system} back in stages and check the data before use${care ? '; reconcile the downtime paper records' : ''}.`,
      'Watch for the attacker’s return for at least 30 days; change every password the attacker could have seen.',
    ],
    extra: [
      {
        heading: 'Deciding on a ransom demand',
        steps: [
          ['Who decides: the executive sponsor, on the advice of the incident commander and counsel; the decision is never made by one person alone.'],
          ['Counsel checks the attacker and anyone paid against the sanctions lists of the Treasury’s Office of Foreign Assets Control (OFAC): a payment to a sanctioned person can be unlawful.'],
          ['The cyber insurer’s written consent, as the policy requires, before any negotiation or payment.'],
          ['Law enforcement told before any payment.'],
          ['The reasons for the decision, either way, recorded in the incident file. Paying does not end the notification duties.'],
        ],
      },
      { heading: 'Restore order', steps: [[restoreOrder(ctx)]] },
    ],
    duties: [
      ['incident-commander', 'Declares, leads the calls, decides shutdowns and the restore order'],
      ['security-officer', 'Isolates machines, protects backups, works with the forensic firm'],
      ['legal-counsel', 'Engages the forensic firm, advises on privilege, the ransom decision and law enforcement'],
      ['privacy-officer', `Records the discovery date, runs ${assessment(ctx)} and tracks notices`],
      ...(care ? [['clinical-lead', 'Runs downtime procedures and keeps patients safe'] as [TeamRole, string]] : []),
      ['communications', 'Tells the workforce what to do; prepares statements'],
    ],
  };
}

export function emailPlaybook(ctx: PlanContext): Playbook {
  return {
    id: 'email-compromise',
    title: 'Email account compromise or phishing',
    cues: [
      'A user reports entering a password on a suspicious page, or a multi-factor prompt they did not start',
      'Sign-ins from unusual places; new forwarding or inbox rules; messages the user did not send',
      'Partners reporting invoices or payment changes from the account',
    ],
    firstHour: [
      'Reset the password, sign out every session and re-register multi-factor authentication.',
      'Remove forwarding and inbox rules the user did not create; keep a copy of each first.',
      'Warn the workforce about the phishing message and pull copies from other mailboxes.',
    ],
    containment: ['Block the sender and the phishing links; check for other accounts that signed in from the same addresses.', 'Stop any payment or bank-detail change requested from the account until confirmed by phone.'],
    evidence: ['The sign-in and mailbox audit logs for the account, exported now.', 'The phishing message saved as a file with its headers.', 'A list of messages and attachments the attacker could have read or sent.'],
    notification: [notificationPoint(ctx), [`Search the mailbox for information of ${ctx.profile.people}: whose, and what kinds, decides which notices are owed.`]],
    recovery: ['Require multi-factor authentication that resists phishing for every account that reads health information.', 'Train the user and the team on what they saw.'],
    duties: [
      ['security-officer', 'Secures the account and exports the logs'],
      ['privacy-officer', `Reviews the mailbox content and runs ${assessment(ctx)}`],
      ['incident-commander', 'Sets the severity and approves the response'],
    ],
  };
}

export function vendorPlaybook(ctx: PlanContext): Playbook {
  const ba = ctx.answers.organization.role === 'business-associate';
  return {
    id: 'vendor-breach',
    title: ba ? 'A breach at a subcontractor or vendor' : 'A breach at a vendor or business associate',
    cues: ['A notice from the vendor, or news of an attack on it', 'Its service down or behaving strangely', 'Your data appearing where it should not'],
    firstHour: [
      'Record when and how you learned of it, and what the vendor said.',
      'Ask the vendor in writing for: what happened, whose data, which kinds, the dates, and what it has done.',
      'Cut or limit the vendor’s connections and accounts into your systems until it is safe.',
    ],
    containment: ['Rotate shared passwords, keys and tokens the vendor held.', 'Check your own systems for activity from the vendor’s connections.'],
    evidence: ['The vendor’s notices and your replies, kept in the incident file.', 'The agreement with the vendor and its security terms.', 'Your logs of the vendor’s access.'],
    notification: [
      notificationPoint(ctx),
      [ba ? 'Your clients may need to hear from you even before the subcontractor finishes its investigation: check each agreement.' : 'The notices owed to your patients or members stay yours, even when the vendor sends them for you.'],
    ],
    recovery: ['Reconnect the vendor only after it shows what it fixed.', 'Review the agreement’s terms and your due diligence of the vendor at the post-incident review.'],
    duties: [
      ['privacy-officer', `Leads with the vendor, runs ${assessment(ctx)}`],
      ['legal-counsel', 'Reads the agreement; handles demands on the vendor'],
      ['security-officer', 'Limits the vendor’s access and checks for spread'],
    ],
  };
}

export function devicePlaybook(ctx: PlanContext): Playbook {
  return {
    id: 'lost-device',
    title: 'A lost or stolen device',
    cues: ['A laptop, phone, tablet, USB drive or box of paper records reported missing', 'A device not checking in to device management'],
    firstHour: ['Ask who had it, where and when it was last seen, and what was on it.', 'Lock and wipe it remotely if device management allows; record the result.', 'Report a theft to the local police and keep the report number.'],
    containment: ['Disable the accounts and certificates on the device; revoke its access tokens.', 'Change passwords that were stored on it.'],
    evidence: ['Device management records: encryption status, last check-in, the wipe command and its result.', 'The police report.', 'The list of information the device held or could reach.'],
    notification: [notificationPoint(ctx), ['If the device was encrypted to the standard and the key was not with it, record the proof: the information may count as secured.']],
    recovery: ['Replace the device with an encrypted one, enrolled in device management.', 'Check that every laptop and phone holding health information is encrypted.'],
    duties: [
      ['security-officer', 'Locks, wipes and records the encryption proof'],
      ['privacy-officer', `Decides, with counsel, whether the information was secured, and runs ${assessment(ctx)}`],
    ],
  };
}

export function snoopingPlaybook(ctx: PlanContext): Playbook {
  return {
    id: 'workforce-snooping',
    title: 'A workforce member viewing records without need',
    cues: ['An access-log alert or audit finding (a coworker’s, relative’s or well-known person’s record)', 'A complaint from someone whose record it is', 'A workforce member reporting a colleague'],
    firstHour: ['Preserve the access logs before anyone is told.', 'Involve human resources and counsel before speaking to the workforce member.', 'Limit the person’s access if the viewing continues.'],
    containment: ['Review all the person’s access for the period in question, not only the record reported.', 'Ask whether any information was copied, shared or used.'],
    evidence: [`${ctx.profile.accessLog.charAt(0).toUpperCase()}${ctx.profile.accessLog.slice(1)} for the person and the records.`, 'Interview notes, kept by human resources with counsel.', 'The person’s training and confidentiality acknowledgments.'],
    notification: [
      notificationPoint(ctx),
      [isHipaa(ctx) ? 'Deliberate viewing seldom fits the exception for an unintentional access in good faith (step 2 of the HIPAA breach test): decide it with counsel, with the facts written down.' : 'Decide with counsel whether the viewing is a breach under the laws that apply, with the facts written down.'],
    ],
    recovery: ['Apply the sanctions policy and record the sanction.', 'Tune access-log alerts for the pattern found.'],
    duties: [
      ['privacy-officer', `Leads the investigation and ${assessment(ctx)}`],
      ['security-officer', 'Preserves and reviews the access logs'],
      ['legal-counsel', 'Advises on the interview and on sanctions'],
    ],
  };
}

export function misdirectedPlaybook(ctx: PlanContext): Playbook {
  const fax = ctx.profile.type !== 'health-app';
  return {
    id: 'misdirected',
    title: fax ? 'Misdirected mail, fax or email' : 'Misdirected email or message',
    cues: ['A recipient tells you they received someone else’s information', 'Returned mail, or a wrong address or number found in the system', 'A mailing or batch sent with the wrong merge or attachment'],
    firstHour: ['Contact the recipient: ask them not to read further, to return or destroy it, and to confirm that in writing.', 'Stop any batch still being sent.', 'Find out how many people’s information went where.'],
    containment: ['Correct the address or number in the system.', 'Recall or delete the email where the system allows.'],
    evidence: ['A copy of what was sent, to whom and when.', 'The recipient’s written confirmation that it was returned or destroyed.'],
    notification: [notificationPoint(ctx), [`Who the recipient is, and whether they could have kept the information, matters to ${assessment(ctx)}: record it.`]],
    recovery: [`Fix the cause: a wrong stored address, a template, ${fax ? 'a fax number typed by hand' : 'an autocompleted address'}.`, 'Add a check before batch mailings.'],
    duties: [
      ['privacy-officer', `Contacts the recipient and runs ${assessment(ctx)}`],
      ['incident-commander', 'Sets the severity for a large batch'],
    ],
  };
}

/** The playbooks this organization gets, in order. */
export function playbooksFor(ctx: PlanContext): Playbook[] {
  return [ransomwarePlaybook, emailPlaybook, vendorPlaybook, devicePlaybook, snoopingPlaybook, misdirectedPlaybook].map((make) => make(ctx));
}
