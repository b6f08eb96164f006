import { longDate } from '../engine/dates/calendar.ts';

/** "November 23, 2026", from the UTC calendar date: the same in every time zone, and as the plan writes dates. */
export function formatDate(date: Date): string {
  return longDate(date.toISOString().slice(0, 10));
}
