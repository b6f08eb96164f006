/**
 * The draft: the answers as the questionnaire holds them while someone fills it in. Same shape as the engine's
 * answers, but anything may be missing and counts may still be the text that was typed. This module never imports
 * zod (the schema loads only when answers are checked), so its checks here are about shape, not content.
 */
import type { Answers, NoticeState, TeamRole } from '../../engine/answers/schema.ts';
import { v1ToV2 } from '../../engine/answers/migrate.ts';
import { ANSWERS_SCHEMA_VERSION } from '../../engine/answers/version.ts';
import { parseCount } from './values.ts';

export type Count = number | string;

export interface OrganizationDraft {
  name?: string;
  role?: string;
  size?: string;
  states?: string[];
  publiclyTraded?: boolean;
  euDataSubjects?: boolean;
  gdprRole?: 'controller' | 'processor';
  part2Program?: boolean;
  insurer?: boolean;
  type?: string;
  holdsDataFor?: string;
  clients?: ClientDraft[];
  entityTypes?: string[];
  outOfBandChannel?: string;
}

export interface DeputyDraft {
  name?: string;
  title?: string;
  phone?: string;
  email?: string;
}

export interface ContactDraft {
  role: TeamRole;
  name?: string;
  title?: string;
  phone?: string;
  email?: string;
  policyNumber?: string;
  claimsHotline?: string;
  deputy?: DeputyDraft;
}

export interface ClientDraft {
  name?: string;
  noticeWithinDays?: Count;
}

export interface CriticalSystemDraft {
  name?: string;
  rtoHours?: Count;
  rpoHours?: Count;
}

export interface PlansDraft {
  emergencyOperations?: string;
  businessContinuity?: string;
  communications?: string;
}

export interface GovernanceDraft {
  planVersion?: string;
  approverName?: string;
  approverTitle?: string;
  distribution?: string;
}

export interface SystemsDraft {
  ehrName?: string;
  backups?: string;
  downtimeProcedures?: string;
  critical?: CriticalSystemDraft[];
}

export type DelayDraft =
  | { kind: 'none' }
  | { kind: 'written'; statedOn?: string; endsOn?: string; agency?: string; jurisdiction?: string }
  | { kind: 'oral'; statedOn?: string; official?: string; jurisdiction?: string };

export interface IncidentDraft {
  discoveredOn?: string;
  determinedOn?: string;
  confirmedOn?: string;
  awareAt?: string;
  affected: { byJurisdiction: Record<string, Count>; EU?: Count; unknownLocation?: Count };
  dataKinds?: string[];
  secured?: boolean;
  euHighRisk?: boolean;
  lawEnforcementDelay?: DelayDraft;
  secMaterialityDeterminedOn?: string;
  codename?: string;
  id?: string;
  calendarSequence?: number;
  clockEvidence?: Partial<Record<string, string>>;
  notices?: Record<string, NoticeState>;
}

export interface Draft {
  schemaVersion: typeof ANSWERS_SCHEMA_VERSION;
  organization: OrganizationDraft;
  team: ContactDraft[];
  systems: SystemsDraft;
  plans?: PlansDraft;
  governance?: GovernanceDraft;
  incident?: IncidentDraft;
}

/** Roles the plan cannot do without: the questionnaire asks for their names. */
export const ESSENTIAL_ROLES: readonly TeamRole[] = ['incident-commander', 'privacy-officer'];

export function emptyDraft(): Draft {
  return { schemaVersion: ANSWERS_SCHEMA_VERSION, organization: {}, team: [], systems: {} };
}

export function emptyIncident(): IncidentDraft {
  return { affected: { byJurisdiction: {} } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const DRAFT_KEYS = new Set(['schemaVersion', 'organization', 'team', 'systems', 'plans', 'governance', 'incident']);

/**
 * Accepts saved data that has the draft's shape (groups that are objects, a team that is a list of objects with a
 * role); a group not saved yet counts as empty, so an unfinished set of answers still reads. A draft saved by the
 * previous version is brought up to date by the same step that migrates answers files. Anything else is reported, so
 * the page can offer recovery instead of guessing.
 */
export function parseSavedDraft(data: unknown): { ok: true; value: Draft } | { ok: false; problem: string } {
  const foreign = { ok: false as const, problem: 'The saved data is not a set of Breachline answers.' };
  if (!isRecord(data) || !('organization' in data) || Object.keys(data).some((key) => !DRAFT_KEYS.has(key))) return foreign;
  if (data.schemaVersion === undefined || data.schemaVersion === v1ToV2.from) data = v1ToV2.migrate({ ...data, schemaVersion: v1ToV2.from }).answers;
  if (!isRecord(data)) return foreign;
  const { schemaVersion, team = [], systems = {} } = data;
  if (schemaVersion !== ANSWERS_SCHEMA_VERSION) return { ok: false, problem: 'The saved answers are from a version of Breachline this page cannot read.' };
  if (!isRecord(data.organization) || !isRecord(systems) || !Array.isArray(team)) return foreign;
  if (!team.every((contact) => isRecord(contact) && typeof contact.role === 'string')) return foreign;
  if (data.incident !== undefined && !(isRecord(data.incident) && isRecord(data.incident.affected) && isRecord(data.incident.affected.byJurisdiction))) {
    return foreign;
  }
  return { ok: true, value: { ...data, schemaVersion, team, systems } as unknown as Draft };
}

/**
 * A draft from an imported file's answers, complete or not (the engine's salvage has already dropped every value
 * that is not valid): groups the file leaves out start empty. Null when the data does not have the draft's shape.
 */
export function draftFromImport(answers: unknown): Draft | null {
  if (!isRecord(answers)) return null;
  const filled: Record<string, unknown> = { organization: {}, ...answers };
  if (isRecord(answers.incident)) {
    const affected = isRecord(answers.incident.affected) ? answers.incident.affected : {};
    filled.incident = { ...answers.incident, affected: { byJurisdiction: {}, ...affected } };
  }
  const parsed = parseSavedDraft(JSON.parse(JSON.stringify(filled)));
  return parsed.ok ? parsed.value : null;
}

/** A draft from checked answers (an import): the same data, with the incident's counts kept as numbers. */
export function draftFromAnswers(answers: Answers): Draft {
  return JSON.parse(JSON.stringify(answers)) as Draft;
}

function cleanText<T extends object>(group: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(group)) {
    if (value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    out[key] = value;
  }
  return out as T;
}

function cleanCounts(counts: Record<string, Count>): Record<string, Count> {
  const out: Record<string, Count> = {};
  for (const [code, value] of Object.entries(counts)) {
    const count = parseCount(value);
    if (count !== undefined) out[code] = count;
  }
  return out;
}

/** A list's row with empty texts left out and its typed numbers (days, hours) turned into numbers. */
function cleanRow<T extends object>(row: T, numbers: readonly (keyof T & string)[]): T {
  const out = cleanText(row) as Record<string, unknown>;
  for (const field of numbers) {
    const value = parseCount(out[field] as Count | undefined);
    if (value === undefined) delete out[field];
    else out[field] = value;
  }
  return out as T;
}

/** A group of texts with empty ones left out; undefined when nothing is left. */
function cleanGroup<T extends object>(group: T | undefined): T | undefined {
  const out = group && cleanText(group);
  return out && Object.keys(out).length > 0 ? out : undefined;
}

function cleanContact(contact: ContactDraft): ContactDraft {
  const { deputy, ...rest } = cleanText(contact);
  const cleanDeputy = cleanGroup(deputy);
  return cleanDeputy ? { ...rest, deputy: cleanDeputy } : rest;
}

/**
 * The draft as answers to check or save to a file: empty texts left out, typed counts (people, days, hours) turned
 * into numbers, and an entry (perhaps without a name, for the schema to ask for) for each essential role.
 */
export function answersFromDraft(draft: Draft): unknown {
  const team = draft.team.map(cleanContact);
  for (const role of [...ESSENTIAL_ROLES].reverse()) {
    if (!team.some((contact) => contact.role === role)) team.unshift({ role });
  }
  const organization = cleanText(draft.organization);
  if (organization.clients) organization.clients = organization.clients.map((client) => cleanRow(client, ['noticeWithinDays']));
  const systems = cleanText(draft.systems);
  if (systems.critical) systems.critical = systems.critical.map((system) => cleanRow(system, ['rtoHours', 'rpoHours']));
  const answers: Record<string, unknown> = { schemaVersion: draft.schemaVersion, organization, team, systems };
  const plans = cleanGroup(draft.plans);
  if (plans) answers.plans = plans;
  const governance = cleanGroup(draft.governance);
  if (governance) answers.governance = governance;
  if (draft.incident) {
    const { affected, lawEnforcementDelay, ...rest } = draft.incident;
    const incident: Record<string, unknown> = cleanText(rest);
    const cleanAffected: Record<string, unknown> = { byJurisdiction: cleanCounts(affected.byJurisdiction) };
    const eu = parseCount(affected.EU);
    if (eu !== undefined) cleanAffected.EU = eu;
    const unknown = parseCount(affected.unknownLocation);
    if (unknown !== undefined) cleanAffected.unknownLocation = unknown;
    incident.affected = cleanAffected;
    if (lawEnforcementDelay) incident.lawEnforcementDelay = cleanText(lawEnforcementDelay);
    answers.incident = incident;
  }
  return answers;
}

/** The first contact for a role, or an empty one. */
export function contactFor(draft: Draft, role: TeamRole): ContactDraft {
  return draft.team.find((contact) => contact.role === role) ?? { role };
}
