/**
 * Tailors an exercise pack to the answers saved in this browser: the organization's name, its people by role, its EHR,
 * and the notices its own timeline gives for the scenario's incident, counted in days from discovery (day 0). Pure:
 * the island loads this module, and the engine with it, only when saved answers exist.
 */
import '../../security/zod-jitless.ts';
import { parseAnswers, timelineFor, TEAM_ROLES, type Answers, type Obligation, type TeamRole } from '../../engine/index.ts';
import { contactSchema, organizationSchema, systemsSchema } from '../../engine/answers/schema.ts';
import { ANSWERS_SCHEMA_VERSION } from '../../engine/answers/version.ts';
import { daysBetween } from '../../engine/dates/calendar.ts';
import type { IncidentProfile } from '../../schemas/exercise.ts';

/** Day 0 of every exercise: a fixed Monday, so deadlines read as offsets ("day 30") that do not depend on today. */
export const REFERENCE_DAY = '2026-03-02';

export interface DeadlineLine {
  /** Days from discovery to the legal limit; null when the law sets no fixed day or the engine cannot date it. */
  day: number | null;
  /** Days from discovery to the date to plan for, when earlier than the limit. */
  targetDay: number | null;
  recipient: string;
  jurisdiction: string;
  citation: string;
  /** The rule's deadline in the engine describer's words. */
  deadline: string;
  /** What the engine needs to date the notice, when it cannot. */
  waitingFor: string | null;
}

export interface Tailoring {
  organization: string | null;
  ehr: string | null;
  /** Names by role, in the order the answers list them. */
  people: Partial<Record<TeamRole, string[]>>;
  /** Null when the saved organization is incomplete: no timeline can be computed. */
  deadlines: DeadlineLine[] | null;
  /** Jurisdictions or topics the rules do not cover yet, in words. */
  notCovered: string[];
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const plainText = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;

/** Splits `total` people over `states` as evenly as whole people allow, the first states taking the remainder. */
export function spread(total: number, states: readonly string[]): Record<string, number> {
  const share = Math.floor(total / states.length);
  const rest = total % states.length;
  return Object.fromEntries(states.map((state, i) => [state, share + (i < rest ? 1 : 0)]));
}

function deadlineLine(obligation: Obligation): DeadlineLine {
  const dayOf = (due: Obligation['limit']) => (due ? daysBetween(REFERENCE_DAY, due.date) : null);
  const day = dayOf(obligation.limit);
  const target = dayOf(obligation.target);
  return {
    day,
    targetDay: target !== null && (day === null || target < day) ? target : null,
    recipient: obligation.recipientName,
    jurisdiction: obligation.jurisdictionName,
    citation: obligation.citation,
    deadline: obligation.timing,
    waitingFor: obligation.waitingFor,
  };
}

function timelineLines(answers: Answers): Pick<Tailoring, 'deadlines' | 'notCovered'> {
  const timeline = timelineFor(answers, REFERENCE_DAY);
  const deadlines = timeline.obligations
    .filter((o) => o.status !== 'sent')
    .map(deadlineLine)
    .sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.recipient.localeCompare(b.recipient));
  const notCovered = timeline.notCovered.map((n) => `${n.name}: ${n.message}`);
  return { deadlines, notCovered };
}

/**
 * Reads a saved answers draft defensively: every part that validates is used, the rest ignored. Returns null when
 * nothing in it can tailor a pack.
 */
export function tailorPack(draft: unknown, profile: IncidentProfile): Tailoring | null {
  const parsedWhole = parseAnswers(draft);
  const value = parsedWhole.ok ? (parsedWhole.answers as unknown as Record<string, unknown>) : record(draft);

  const organizationDraft = record(value.organization);
  const organization = organizationSchema.safeParse(organizationDraft);
  const organizationName = organization.success ? organization.data.name : plainText(organizationDraft.name, 200);

  const people: Tailoring['people'] = {};
  const team = Array.isArray(value.team) ? value.team : [];
  const validTeam = [];
  for (const entry of team) {
    const contact = contactSchema.safeParse(entry);
    const role = contact.success ? contact.data.role : record(entry).role;
    const name = contact.success ? contact.data.name : plainText(record(entry).name, 120);
    if (contact.success) validTeam.push(contact.data);
    if (!name || typeof role !== 'string' || !(TEAM_ROLES as readonly string[]).includes(role)) continue;
    (people[role as TeamRole] ??= []).push(name);
  }

  const systems = systemsSchema.safeParse(record(value.systems));
  const ehr = systems.success ? (systems.data.ehrName ?? null) : plainText(record(value.systems).ehrName, 120);

  let deadlines: Tailoring['deadlines'] = null;
  let notCovered: string[] = [];
  if (organization.success) {
    const states = organization.data.states;
    const affected = profile.spreadOverStates ? spread(profile.affected, states) : { [states[0]!]: profile.affected };
    const answers = parseAnswers({
      schemaVersion: ANSWERS_SCHEMA_VERSION,
      organization: organization.data,
      team: validTeam,
      systems: systems.success ? systems.data : {},
      incident: {
        discoveredOn: REFERENCE_DAY,
        affected: states.length ? { byJurisdiction: affected } : { byJurisdiction: {}, unknownLocation: profile.affected },
        dataKinds: profile.dataKinds,
        secured: profile.secured,
      },
    });
    if (answers.ok) ({ deadlines, notCovered } = timelineLines(answers.answers));
  }

  if (!organizationName && !ehr && Object.keys(people).length === 0 && deadlines === null) return null;
  return { organization: organizationName, ehr, people, deadlines, notCovered };
}
