/** The questionnaire's steps in order, which step asks for which answer, and the id of each answer's field. */
import type { Draft } from './draft.ts';

export type StepId = 'organization' | 'states' | 'laws' | 'team' | 'systems' | 'incident' | 'affected' | 'delays' | 'check' | 'plan';

export interface Step {
  id: StepId;
  /** The step's heading: its question or its topic. */
  title: string;
  /** Only asked when there is a live incident. */
  incidentOnly?: boolean;
}

export const STEPS: readonly Step[] = [
  { id: 'organization', title: 'About your organization' },
  { id: 'states', title: 'Where do your patients or members live?' },
  { id: 'laws', title: 'Which of these apply to your organization?' },
  { id: 'team', title: 'Who is on your response team?' },
  { id: 'systems', title: 'Which systems does patient care depend on?' },
  { id: 'incident', title: 'Are you responding to a data breach now?' },
  { id: 'affected', title: 'Who and what did the breach affect?', incidentOnly: true },
  { id: 'delays', title: 'Has anyone asked you to delay notice?', incidentOnly: true },
  { id: 'check', title: 'Check your answers' },
  { id: 'plan', title: 'Your incident response plan' },
];

/** The steps this draft goes through: the incident's details only when there is an incident. */
export function stepsFor(draft: Draft): Step[] {
  return STEPS.filter((step) => !step.incidentOnly || draft.incident !== undefined);
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
      if (['publiclyTraded', 'euDataSubjects', 'gdprRole', 'part2Program', 'insurer'].includes(field)) return 'laws';
      return 'organization';
    case 'team':
      return 'team';
    case 'systems':
      return 'systems';
    case 'incident':
      if (['affected', 'dataKinds', 'secured', 'euHighRisk'].includes(field)) return 'affected';
      if (['lawEnforcementDelay', 'secMaterialityDeterminedOn', 'notices'].includes(field)) return 'delays';
      return 'incident';
    default:
      return 'check';
  }
}

/** The id of the field for an answer's path: lists point at their first box, a team member at their role's field. */
export function fieldId(path: string, team: readonly { role: string }[] = []): string {
  const parts = path.split('.');
  if (parts[0] === 'team' && parts.length >= 2) {
    const role = team[Number(parts[1])]?.role ?? 'unknown';
    return ['q-team', role, ...parts.slice(2, 3)].join('-');
  }
  if ((parts[1] === 'states' || parts[1] === 'dataKinds') && parts.length > 2) parts.length = 2;
  if (parts[1] === 'notices') parts.length = 2;
  if (parts[1] === 'lawEnforcementDelay' && parts[2] === 'kind') parts.length = 2;
  return `q-${parts.join('-')}`;
}
