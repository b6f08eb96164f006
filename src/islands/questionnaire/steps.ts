/** The questionnaire's steps in order, which step asks for which answer, and the id of each answer's field. */
import type { Draft } from './draft.ts';

export type StepId = 'organization' | 'clients' | 'states' | 'laws' | 'team' | 'systems' | 'governance' | 'incident' | 'affected' | 'delays' | 'check' | 'plan';

export interface Step {
  id: StepId;
  /** The step's heading: its question or its topic. */
  title: string;
  /** Only asked when there is a live incident. */
  incidentOnly?: boolean;
  /** Only asked of an organization that may hold others' data. */
  holdersOnly?: boolean;
}

/** Roles and kinds of organization that often hold data for clients: a business associate, a vendor. */
const HOLDER_ROLES: readonly string[] = ['business-associate', 'phr-vendor', 'other'];
const HOLDER_TYPES: readonly string[] = ['business-associate', 'health-app'];

/** Whether the questionnaire asks whose data the organization holds: of a business associate or vendor, or once answered. */
export function asksAboutClients(draft: Draft): boolean {
  const org = draft.organization;
  return HOLDER_ROLES.includes(org.role ?? '') || HOLDER_TYPES.includes(org.type ?? '') || org.holdsDataFor !== undefined || (org.clients ?? []).length > 0;
}

export const STEPS: readonly Step[] = [
  { id: 'organization', title: 'About your organization' },
  { id: 'clients', title: 'Whose personal information do you hold?', holdersOnly: true },
  { id: 'states', title: 'Where do your patients or members live?' },
  { id: 'laws', title: 'Which of these apply to your organization?' },
  { id: 'team', title: 'Who is on your response team?' },
  { id: 'systems', title: 'Which systems does patient care depend on?' },
  { id: 'governance', title: 'Approval and related plans' },
  { id: 'incident', title: 'Are you responding to a data breach now?' },
  { id: 'affected', title: 'Who and what did the breach affect?', incidentOnly: true },
  { id: 'delays', title: 'Has anyone asked you to delay notice?', incidentOnly: true },
  { id: 'check', title: 'Check your answers' },
  { id: 'plan', title: 'Your incident response plan' },
];

/** The steps this draft goes through: the incident's details only when there is an incident, clients only when they may be. */
export function stepsFor(draft: Draft): Step[] {
  const clients = asksAboutClients(draft);
  return STEPS.filter((step) => (!step.incidentOnly || draft.incident !== undefined) && (!step.holdersOnly || clients));
}

export function isStepId(value: string): value is StepId {
  return STEPS.some((step) => step.id === value);
}

export function stepTitle(id: StepId): string {
  return STEPS.find((step) => step.id === id)?.title ?? '';
}

/** Which step asks for the answer at a problem's path ("incident.affected.byJurisdiction.TX" is on "affected"). */
export function stepOfPath(path: string): StepId {
  const [group = '', field = ''] = path.split('.');
  switch (group) {
    case 'organization':
      if (field === 'states') return 'states';
      if (['holdsDataFor', 'clients'].includes(field)) return 'clients';
      if (['publiclyTraded', 'euDataSubjects', 'gdprRole', 'part2Program', 'insurer', 'entityTypes'].includes(field)) return 'laws';
      if (field === 'outOfBandChannel') return 'team';
      return 'organization';
    case 'team':
      return 'team';
    case 'systems':
      return 'systems';
    case 'plans':
    case 'governance':
      return 'governance';
    case 'incident':
      if (['affected', 'dataKinds', 'secured', 'euHighRisk'].includes(field)) return 'affected';
      if (['lawEnforcementDelay', 'secMaterialityDeterminedOn', 'notices'].includes(field)) return 'delays';
      return 'incident';
    default:
      return 'check';
  }
}

/**
 * The id of the field for an answer's path: checkbox lists point at their first box, a team member (and their
 * deputy) at their role's field, a list of rows as a whole at its Add button.
 */
export function fieldId(path: string, team: readonly { role: string }[] = []): string {
  const parts = path.split('.');
  if (parts[0] === 'team' && parts.length >= 2) {
    const role = team[Number(parts[1])]?.role ?? 'unknown';
    return ['q-team', role, ...parts.slice(2, parts[2] === 'deputy' ? 4 : 3)].join('-');
  }
  if (['states', 'dataKinds', 'entityTypes'].includes(parts[1]) && parts.length > 2) parts.length = 2;
  if (['clients', 'critical'].includes(parts[1]) && parts.length === 2) parts.push('add');
  if (parts[1] === 'notices') parts.length = 2;
  if (parts[1] === 'lawEnforcementDelay' && parts[2] === 'kind') parts.length = 2;
  return `q-${parts.join('-')}`;
}
