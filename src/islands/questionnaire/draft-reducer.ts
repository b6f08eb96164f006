/** Every change the questionnaire makes to the draft, in one reducer. Empty text removes the answer. */
import type { TeamRole } from '../../engine/answers/schema.ts';
import { emptyIncident, type ContactDraft, type DelayDraft, type Draft, type IncidentDraft, type OrganizationDraft, type SystemsDraft } from './draft.ts';

type Value = string | boolean | string[] | undefined;

export type DraftAction =
  | { type: 'organization'; field: keyof OrganizationDraft; value: Value }
  | { type: 'contact'; role: TeamRole; field: Exclude<keyof ContactDraft, 'role'>; value: string; order: readonly TeamRole[] }
  | { type: 'systems'; field: keyof SystemsDraft; value: string }
  | { type: 'has-incident'; value: boolean }
  | { type: 'incident'; field: Exclude<keyof IncidentDraft, 'affected' | 'lawEnforcementDelay'>; value: Value }
  | { type: 'affected'; jurisdiction: string; value: string }
  | { type: 'remove-affected'; jurisdiction: string }
  | { type: 'affected-other'; field: 'EU' | 'unknownLocation'; value: string }
  | { type: 'delay-kind'; kind: DelayDraft['kind'] | undefined }
  | { type: 'delay'; field: 'statedOn' | 'endsOn' | 'official'; value: string }
  | { type: 'replace'; draft: Draft };

/** The group with `field` set, or removed when the value is empty or undefined. */
function withField<T extends object>(group: T, field: string, value: unknown): T {
  const next = { ...group } as Record<string, unknown>;
  if (value === undefined || value === '') delete next[field];
  else next[field] = value;
  return next as T;
}

function hasDetails(contact: ContactDraft): boolean {
  return Object.entries(contact).some(([key, value]) => key !== 'role' && value !== undefined && value !== '');
}

function updateContact(draft: Draft, role: TeamRole, field: string, value: string, order: readonly TeamRole[]): Draft {
  const index = draft.team.findIndex((contact) => contact.role === role);
  if (index >= 0) {
    const updated = withField(draft.team[index], field, value);
    const team = hasDetails(updated) ? draft.team.map((contact, i) => (i === index ? updated : contact)) : draft.team.filter((_, i) => i !== index);
    return { ...draft, team };
  }
  const created = withField<ContactDraft>({ role }, field, value);
  if (!hasDetails(created)) return draft;
  // A new contact goes in the order of the roles, after any contact whose role comes first.
  const rank = (r: TeamRole) => order.indexOf(r);
  const at = draft.team.findIndex((contact) => rank(contact.role) > rank(role));
  const team = [...draft.team];
  team.splice(at < 0 ? team.length : at, 0, created);
  return { ...draft, team };
}

export function draftReducer(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'organization':
      return { ...draft, organization: withField(draft.organization, action.field, action.value) };
    case 'contact':
      return updateContact(draft, action.role, action.field, action.value, action.order);
    case 'systems':
      return { ...draft, systems: withField(draft.systems, action.field, action.value) };
    case 'has-incident': {
      if (!action.value) {
        const { incident: _dropped, ...rest } = draft;
        return rest;
      }
      return draft.incident ? draft : { ...draft, incident: emptyIncident() };
    }
    case 'incident': {
      const incident = draft.incident ?? emptyIncident();
      return { ...draft, incident: withField(incident, action.field, action.value) };
    }
    case 'affected': {
      const incident = draft.incident ?? emptyIncident();
      const byJurisdiction = { ...incident.affected.byJurisdiction, [action.jurisdiction]: action.value };
      return { ...draft, incident: { ...incident, affected: { ...incident.affected, byJurisdiction } } };
    }
    case 'remove-affected': {
      const incident = draft.incident ?? emptyIncident();
      const { [action.jurisdiction]: _removed, ...byJurisdiction } = incident.affected.byJurisdiction;
      return { ...draft, incident: { ...incident, affected: { ...incident.affected, byJurisdiction } } };
    }
    case 'affected-other': {
      const incident = draft.incident ?? emptyIncident();
      return { ...draft, incident: { ...incident, affected: withField(incident.affected, action.field, action.value) } };
    }
    case 'delay-kind': {
      const incident = draft.incident ?? emptyIncident();
      if (action.kind === undefined) return { ...draft, incident: withField(incident, 'lawEnforcementDelay', undefined) };
      const previous = incident.lawEnforcementDelay;
      if (previous?.kind === action.kind) return draft;
      // Keep the date already typed when switching between a written and an oral request.
      const statedOn = previous && previous.kind !== 'none' ? previous.statedOn : undefined;
      const delay: DelayDraft = action.kind === 'none' ? { kind: 'none' } : withField({ kind: action.kind }, 'statedOn', statedOn);
      return { ...draft, incident: { ...incident, lawEnforcementDelay: delay } };
    }
    case 'delay': {
      const incident = draft.incident ?? emptyIncident();
      const delay = incident.lawEnforcementDelay;
      if (!delay || delay.kind === 'none') return draft;
      return { ...draft, incident: { ...incident, lawEnforcementDelay: withField(delay, action.field, action.value) } };
    }
    case 'replace':
      return action.draft;
  }
}
