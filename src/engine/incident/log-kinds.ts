/**
 * The kinds of entry in an incident's decision log, with quick entries for the usual decisions: the words a
 * quick entry starts with, for the person to complete. No zod: the incident page loads this with its first paint.
 */
export const INCIDENT_LOG_KINDS = {
  declared: { label: 'Declared an incident', quick: 'Declared a security incident' },
  counsel: { label: 'Engaged counsel', quick: 'Engaged outside counsel' },
  'law-enforcement': { label: 'Law-enforcement request', quick: 'Law enforcement asked us to delay notice' },
  'not-notifying': { label: 'Decided not to notify', quick: 'Decided that a notice is not required' },
  'notice-sent': { label: 'Notice sent', quick: 'Sent a notice' },
  'notice-state': { label: 'Notice status changed', quick: null },
  'clock-date': { label: 'Clock date changed', quick: null },
  closed: { label: 'Closed the incident', quick: null },
  decision: { label: 'Decision', quick: '' },
} as const satisfies Record<string, { label: string; quick: string | null }>;

export type IncidentLogKind = keyof typeof INCIDENT_LOG_KINDS;

/** The kinds offered as quick entries, in order. */
export const QUICK_ENTRY_KINDS = (Object.keys(INCIDENT_LOG_KINDS) as IncidentLogKind[]).filter((kind) => INCIDENT_LOG_KINDS[kind].quick !== null);

/** The reader's words for a kind; a kind from another version of Breachline is shown as it is. */
export function incidentKindLabel(kind: string): string {
  return kind in INCIDENT_LOG_KINDS ? INCIDENT_LOG_KINDS[kind as IncidentLogKind].label : kind;
}
