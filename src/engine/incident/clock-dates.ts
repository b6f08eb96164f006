/** The dates that start the clocks, as the incident page edits them, and the log's words for a change. */
import { longDate } from '../dates/calendar.ts';

/** Calendar dates only: the moment of awareness (an instant) keeps its own field in the plan builder. */
export const CLOCK_DATE_FIELDS = [
  { field: 'discoveredOn', label: 'Discovery', question: 'When was the breach first known to anyone in the organization?' },
  { field: 'determinedOn', label: 'Determination', question: 'When did you determine that a breach of personal information occurred?' },
  { field: 'confirmedOn', label: 'Confirmation', question: 'When did you confirm the breach?' },
  { field: 'secMaterialityDeterminedOn', label: 'Materiality', question: 'When did you determine the incident is material to investors?' },
] as const;

export type ClockDateField = (typeof CLOCK_DATE_FIELDS)[number]['field'];

const when = (date: string | undefined) => (date ? longDate(date) : 'not recorded');

/** "Determination date changed from March 4, 2025 to March 6, 2025", for the decision log. */
export function clockDateChangeWords(field: ClockDateField, from: string | undefined, to: string | undefined): string {
  const label = CLOCK_DATE_FIELDS.find((entry) => entry.field === field)?.label ?? field;
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
