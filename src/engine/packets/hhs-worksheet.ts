/**
 * A worksheet that answers, in order, the questions of OCR's breach portal (the notice to the Secretary of HHS),
 * ready to copy field by field. What the answers do not say is bracketed with the portal's choices.
 */
import type { Answers } from '../answers/schema.ts';
import type { Block } from '../document/model.ts';
import { longDate } from '../dates/calendar.ts';
import type { Timeline } from '../timeline/types.ts';
import type { DataKind, Role } from '../vocabulary.ts';
import { listWords } from '../words.ts';
import type { PacketFacts } from './packet-facts.ts';

/** The portal's kinds of covered entity. */
const ENTITY_WORDS: Partial<Record<Role, string>> = {
  'covered-entity-provider': 'Healthcare Provider',
  'covered-entity-health-plan': 'Health Plan',
  'covered-entity-clearinghouse': 'Healthcare Clearinghouse',
};

/** The portal's kinds of protected health information. */
const PHI_KINDS: Record<DataKind, string> = {
  phi: 'Clinical',
  medical: 'Clinical',
  'health-insurance': 'Financial',
  ssn: 'Demographic',
  'drivers-license': 'Demographic',
  'government-id': 'Demographic',
  'financial-account': 'Financial',
  biometric: 'Other',
  credentials: 'Other',
  dob: 'Demographic',
  genetic: 'Clinical',
  'sud-records': 'Clinical',
};

function individualNotice(timeline: Timeline): string {
  const notice = timeline.obligations.find((obligation) => obligation.recipient === 'individuals' && obligation.jurisdiction === 'US');
  if (notice?.notice.state === 'sent' && notice.notice.sentOn) return longDate(notice.notice.sentOn);
  return '[date the notice to individuals was sent]';
}

function mediaRequired(timeline: Timeline): string {
  return timeline.obligations.some((obligation) => obligation.recipient === 'media' && obligation.jurisdiction === 'US') ? 'Yes' : 'No';
}

export function hhsWorksheet(answers: Answers, timeline: Timeline, facts: PacketFacts): Block[] {
  const kinds = answers.incident ? [...new Set(answers.incident.dataKinds.map((kind) => PHI_KINDS[kind]))] : [];
  const rows: [string, string][] = [
    ['Report type', '[Initial breach report, or an addendum to a previous report]'],
    ['Breach affecting', facts.affectedCount === null ? '[500 or more individuals, or fewer than 500]' : facts.affectedCount >= 500 ? '500 or more individuals' : 'Fewer than 500 individuals'],
    ['Covered entity name', facts.organization],
    ['Type of covered entity', ENTITY_WORDS[answers.organization.role] ?? '[Health Plan, Healthcare Provider or Healthcare Clearinghouse]'],
    ['Street address, city, state, ZIP', '[your address]'],
    ['Contact name', facts.contactName],
    ['Contact phone and email', facts.contactLine],
    ['Business associate involved', answers.organization.role === 'business-associate' ? 'Yes: this organization' : '[Yes or No; if yes, the business associate’s name and contact]'],
    ['Breach start date', '[date the breach began]'],
    ['Breach end date', '[date the breach ended]'],
    ['Discovery date', facts.discoveredOn],
    ['Approximate number of individuals affected', facts.affectedCount === null ? '[number]' : String(facts.affectedCount)],
    ['Type of breach', '[Hacking/IT Incident, Improper Disposal, Loss, Theft, Unauthorized Access/Disclosure]'],
    ['Location of breached information', '[Desktop Computer, Electronic Medical Record, Email, Laptop, Network Server, Other Portable Electronic Device, Paper/Films, Other]'],
    ['Type of protected health information involved', kinds.length > 0 ? listWords(kinds) : '[Clinical, Demographic, Financial, Other]'],
    ['Brief description of the breach', `[What happened, in a few sentences.] The information involved: ${facts.dataWords}.`],
    ['Safeguards in place before the breach', '[None, Privacy Rule Safeguards, Security Rule Administrative, Physical or Technical Safeguards]'],
    ['Date individual notice was provided', individualNotice(timeline)],
    ['Was substitute notice required?', '[Yes or No]'],
    ['Was media notice required?', mediaRequired(timeline)],
    ['Actions taken in response to the breach', '[for example: security safeguards added, policies revised, staff trained, sanctions, mitigation offered]'],
  ];
  return [
    { kind: 'paragraph', content: ['Answers for OCR’s breach portal, in the portal’s order. Copy each answer into its field; bracketed answers list the portal’s choices.'] },
    { kind: 'table', caption: 'Breach portal worksheet', header: ['Portal question', 'Answer'], rows: rows.map(([question, answer]) => [[question], [answer]]) },
  ];
}
