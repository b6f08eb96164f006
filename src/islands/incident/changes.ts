/**
 * The incident page's changes to the saved answers, as pure functions on the draft: each returns a new draft and
 * leaves the one it is given alone. The answers stay the one record of the incident, shared with the plan builder.
 */
import type { NoticeState } from '../../engine/answers/schema.ts';
import type { ClockDateField } from '../../engine/incident/clock-dates.ts';
import { emptyDraft, type DelayDraft, type Draft, type IncidentDraft } from '../questionnaire/draft.ts';
import { fromInstant, toInstant } from '../questionnaire/values.ts';

export interface FirstFacts {
  organizationName: string;
  role: string;
  discoveredOn: string;
  /** Affected people by State or territory code. */
  residents: Record<string, number>;
  dataKinds: string[];
  secured: boolean;
}

/** An id for a new incident: its discovery date and a random part, so two incidents never share calendar UIDs. */
export function newIncidentId(discoveredOn: string, random: () => number = Math.random): string {
  const suffix = Array.from({ length: 6 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `incident-${discoveredOn}-${suffix}`;
}

/** The draft with a new incident recorded from the few facts the incident page asks for. */
export function withFirstFacts(draft: Draft | null, facts: FirstFacts, id: string): Draft {
  const base = draft ?? emptyDraft();
  const states = [...new Set([...(base.organization.states ?? []), ...Object.keys(facts.residents)])];
  return {
    ...base,
    organization: {
      publiclyTraded: false,
      euDataSubjects: false,
      part2Program: false,
      insurer: false,
      ...base.organization,
      name: base.organization.name || facts.organizationName,
      role: base.organization.role || facts.role,
      states,
    },
    incident: {
      discoveredOn: facts.discoveredOn,
      affected: { byJurisdiction: { ...facts.residents } },
      dataKinds: facts.dataKinds,
      secured: facts.secured,
      id,
      calendarSequence: 0,
    },
  };
}

function withIncidentChange(draft: Draft, change: (incident: IncidentDraft) => IncidentDraft): Draft {
  if (!draft.incident) return draft;
  return { ...draft, incident: change(draft.incident) };
}

/** The notice's new state; null clears it (not started). */
export function withNoticeState(draft: Draft, ruleId: string, state: NoticeState | null): Draft {
  return withIncidentChange(draft, (incident) => {
    const notices = { ...incident.notices };
    if (state) notices[ruleId] = state;
    else delete notices[ruleId];
    return { ...incident, notices };
  });
}

/** New clock dates (an empty value removes an optional date) and the evidence for each. */
export function withClockDates(
  draft: Draft,
  dates: Partial<Record<ClockDateField, string>>,
  evidence: Partial<Record<ClockDateField, string>>,
): Draft {
  return withIncidentChange(draft, (incident) => {
    const next: IncidentDraft = { ...incident, clockEvidence: { ...incident.clockEvidence } };
    for (const [field, value] of Object.entries(dates) as [ClockDateField, string][]) {
      if (field === 'discoveredOn') next.discoveredOn = value;
      else if (value) next[field] = value;
      else delete next[field];
    }
    for (const [field, words] of Object.entries(evidence) as [ClockDateField, string][]) {
      if (words.trim()) next.clockEvidence![field] = words.trim();
      else delete next.clockEvidence![field];
    }
    return next;
  });
}

/**
 * The moment typed in a date-and-time field ("2026-03-06T09:30") as the answers' instant, in the device's offset
 * at that moment; the saved instant itself when the field still shows it, so an unchanged moment keeps the offset
 * it was recorded in (and logs no change). Empty when the field is empty; the text itself when it is not a moment.
 */
export function instantFromLocal(local: string, saved: string | undefined, minutesEastAt: (local: string) => number): string {
  const typed = local.trim();
  if (!typed) return '';
  if (saved && fromInstant(saved) === typed.slice(0, 16)) return saved;
  return toInstant(typed, minutesEastAt(typed)) ?? typed;
}

export function withDelay(draft: Draft, delay: DelayDraft): Draft {
  return withIncidentChange(draft, (incident) => ({ ...incident, lawEnforcementDelay: delay }));
}

/** The draft as it will be after one more calendar file: its SEQUENCE goes up by one. */
export function withNextCalendarSequence(draft: Draft): Draft {
  return withIncidentChange(draft, (incident) => ({ ...incident, calendarSequence: (incident.calendarSequence ?? 0) + 1 }));
}

/** The draft of an older incident given an id, so its calendar UIDs stay stable from now on. */
export function withIncidentId(draft: Draft, id: string): Draft {
  return withIncidentChange(draft, (incident) => (incident.id ? incident : { ...incident, id }));
}

/** The organization's answers without the closed incident, ready for the next one. */
export function withoutIncident(draft: Draft): Draft {
  const { incident: _closed, ...rest } = draft;
  return rest;
}
