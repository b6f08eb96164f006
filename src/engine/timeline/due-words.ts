/** A deadline as a person reads it, the same in the plan, the calendar file and the timeline view. */
import { longDate } from '../dates/calendar.ts';
import type { Due } from './types.ts';

/**
 * "November 2, 2026" for a date; "March 5, 2026, 15:30 (UTC-05:00)" for an hour clock, at the moment's own
 * offset as the answers gave it ("(UTC)" for Z).
 */
export function dueWords(due: Due): string {
  if (due.kind === 'date') return longDate(due.date);
  const match = /T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(due.local);
  if (!match) return `${longDate(due.date)} (${due.local})`;
  const [, time, offset] = match;
  return `${longDate(due.date)}, ${time} (UTC${offset === 'Z' || offset === '+00:00' ? '' : offset})`;
}
