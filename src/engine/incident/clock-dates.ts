/** The dates that start the clocks, as the incident page edits them, and the log's words for a change. */
import type { CLOCK_DATES } from '../answers/schema.ts';
import { longDate } from '../dates/calendar.ts';
import { momentWords } from '../log/log-record.ts';

/**
 * Every moment that starts a clock (the answers' CLOCK_DATES), in their order. The moment of awareness is an
 * instant with its UTC offset, for the clocks counted in hours; the others are calendar dates.
 */
export const CLOCK_DATE_FIELDS = [
  { field: 'discoveredOn', kind: 'date', label: 'Discovery', question: 'When was the breach first known to anyone in the organization?' },
  { field: 'determinedOn', kind: 'date', label: 'Determination', question: 'When did you determine that a breach of personal information occurred?' },
  { field: 'confirmedOn', kind: 'date', label: 'Confirmation', question: 'When did you confirm the breach?' },
  { field: 'awareAt', kind: 'instant', label: 'Awareness', question: 'At what date and time did you become aware of the breach?' },
  { field: 'secMaterialityDeterminedOn', kind: 'date', label: 'Materiality', question: 'When did you determine the incident is material to investors?' },
] as const satisfies readonly { field: (typeof CLOCK_DATES)[number]; kind: 'date' | 'instant'; label: string; question: string }[];

export type ClockDateField = (typeof CLOCK_DATE_FIELDS)[number]['field'];

const when = (date: string | undefined) => (date ? longDate(date) : 'not recorded');
const whenInstant = (instant: string | undefined) => (instant ? momentWords(instant) : 'not recorded');

/**
 * "Determination date changed from March 4, 2025 to March 6, 2025", "Awareness date and time changed from not
 * recorded to March 6, 2026, 09:30 (UTC-06:00)", for the decision log.
 */
export function clockDateChangeWords(field: ClockDateField, from: string | undefined, to: string | undefined): string {
  const entry = CLOCK_DATE_FIELDS.find((candidate) => candidate.field === field);
  const label = entry?.label ?? field;
  if (entry?.kind === 'instant') return `${label} date and time changed from ${whenInstant(from)} to ${whenInstant(to)}`;
  return `${label} date changed from ${when(from)} to ${when(to)}`;
}

/** A law-enforcement request as the decision log records it. */
export function delayRequestWords(delay: { kind: 'none' } | { kind: 'written'; statedOn?: string; endsOn?: string; agency?: string } | { kind: 'oral'; statedOn?: string; official?: string }): string {
  if (delay.kind === 'none') return 'No law-enforcement request';
  const by = delay.kind === 'written' ? delay.agency : delay.official;
  const who = by ? ` (${by})` : '';
  if (delay.kind === 'written') return `Written law-enforcement request received on ${when(delay.statedOn)}, to delay notice until ${when(delay.endsOn)}${who}`;
  return `Oral law-enforcement request received on ${when(delay.statedOn)}${who}`;
}
