/** Every change the questionnaire makes to the draft, in one reducer. Empty text removes the answer. */
import type { TeamRole } from '../../engine/answers/schema.ts';
import {
  emptyIncident,
  type ContactDraft,
  type DelayDraft,
  type DeputyDraft,
  type Draft,
  type GovernanceDraft,
  type IncidentDraft,
  type OrganizationDraft,
  type PlansDraft,
  type SystemsDraft,
} from './draft.ts';

type Value = string | boolean | string[] | undefined;

/** The lists whose rows the questionnaire adds, edits, moves and removes: the clients, the critical systems. */
export type RowList = 'clients' | 'critical';
export type RowField = { clients: 'name' | 'noticeWithinDays'; critical: 'name' | 'rtoHours' | 'rpoHours' };

export type DraftAction =
  | { type: 'organization'; field: Exclude<keyof OrganizationDraft, 'clients'>; value: Value }
  | { type: 'contact'; role: TeamRole; field: Exclude<keyof ContactDraft, 'role' | 'deputy'>; value: string; order: readonly TeamRole[] }
  | { type: 'deputy'; role: TeamRole; field: keyof DeputyDraft; value: string; order: readonly TeamRole[] }
  | { type: 'systems'; field: Exclude<keyof SystemsDraft, 'critical'>; value: string }
  | { type: 'add-row'; list: RowList }
  | { type: 'row'; list: RowList; index: number; field: RowField[RowList]; value: string }
  | { type: 'remove-row'; list: RowList; index: number }
  | { type: 'move-row'; list: RowList; index: number; by: -1 | 1 }
  | { type: 'plans'; field: keyof PlansDraft; value: string }
  | { type: 'governance'; field: keyof GovernanceDraft; value: string }
  | { type: 'has-incident'; value: boolean }
  | { type: 'incident'; field: Exclude<keyof IncidentDraft, 'affected' | 'lawEnforcementDelay'>; value: Value }
  | { type: 'affected'; jurisdiction: string; value: string }
  | { type: 'remove-affected'; jurisdiction: string }
  | { type: 'affected-other'; field: 'EU' | 'unknownLocation'; value: string }
  | { type: 'delay-kind'; kind: DelayDraft['kind'] | undefined }
  | { type: 'delay'; field: 'statedOn' | 'endsOn' | 'official' | 'agency' | 'jurisdiction'; value: string }
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

/** The optional group with `field` set; undefined once nothing is left in it. */
function withGroupField<T extends object>(group: T | undefined, field: string, value: unknown): T | undefined {
  const next = withField(group ?? ({} as T), field, value);
  return Object.keys(next).length > 0 ? next : undefined;
}

function updateContact(draft: Draft, role: TeamRole, change: (contact: ContactDraft) => ContactDraft, order: readonly TeamRole[]): Draft {
  const index = draft.team.findIndex((contact) => contact.role === role);
  if (index >= 0) {
    const updated = change(draft.team[index]);
    const team = hasDetails(updated) ? draft.team.map((contact, i) => (i === index ? updated : contact)) : draft.team.filter((_, i) => i !== index);
    return { ...draft, team };
  }
  const created = change({ role });
  if (!hasDetails(created)) return draft;
  // A new contact goes in the order of the roles, after any contact whose role comes first.
  const rank = (r: TeamRole) => order.indexOf(r);
  const at = draft.team.findIndex((contact) => rank(contact.role) > rank(role));
  const team = [...draft.team];
  team.splice(at < 0 ? team.length : at, 0, created);
  return { ...draft, team };
}

type Row = Record<string, string | number | undefined>;

function rowsOf(draft: Draft, list: RowList): Row[] {
  return ((list === 'clients' ? draft.organization.clients : draft.systems.critical) ?? []) as Row[];
}

/** The draft with a list's rows replaced; an emptied list is removed. */
function withRows(draft: Draft, list: RowList, rows: Row[]): Draft {
  const value = rows.length > 0 ? rows : undefined;
  return list === 'clients'
    ? { ...draft, organization: withField(draft.organization, 'clients', value) }
    : { ...draft, systems: withField(draft.systems, 'critical', value) };
}

function changeRows(draft: Draft, action: Extract<DraftAction, { list: RowList }>): Draft {
  const rows = rowsOf(draft, action.list);
  switch (action.type) {
    case 'add-row':
      return withRows(draft, action.list, [...rows, {}]);
    case 'row':
      if (!rows[action.index]) return draft;
      return withRows(draft, action.list, rows.map((row, i) => (i === action.index ? withField(row, action.field, action.value) : row)));
    case 'remove-row':
      return withRows(draft, action.list, rows.filter((_, i) => i !== action.index));
    case 'move-row': {
      const to = action.index + action.by;
      if (!rows[action.index] || !rows[to]) return draft;
      const moved = [...rows];
      [moved[action.index], moved[to]] = [moved[to], moved[action.index]];
      return withRows(draft, action.list, moved);
    }
  }
}

export function draftReducer(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'organization':
      return { ...draft, organization: withField(draft.organization, action.field, action.value) };
    case 'contact':
      return updateContact(draft, action.role, (contact) => withField(contact, action.field, action.value), action.order);
    case 'deputy':
      return updateContact(draft, action.role, (contact) => withField(contact, 'deputy', withGroupField(contact.deputy, action.field, action.value)), action.order);
    case 'systems':
      return { ...draft, systems: withField(draft.systems, action.field, action.value) };
    case 'add-row':
    case 'row':
    case 'remove-row':
    case 'move-row':
      return changeRows(draft, action);
    case 'plans':
      return withField(draft, 'plans', withGroupField(draft.plans, action.field, action.value));
    case 'governance':
      return withField(draft, 'governance', withGroupField(draft.governance, action.field, action.value));
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
      // Keep the date and jurisdiction already given when switching between a written and an oral request.
      const kept = previous && previous.kind !== 'none' ? { statedOn: previous.statedOn, jurisdiction: previous.jurisdiction } : {};
      const delay: DelayDraft =
        action.kind === 'none' ? { kind: 'none' } : withField(withField({ kind: action.kind }, 'statedOn', kept.statedOn), 'jurisdiction', kept.jurisdiction);
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
