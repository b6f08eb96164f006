/**
 * Turns a rule's clock into dates: the legal limit and, for "without unreasonable delay" clocks, a target.
 *
 * Target policy: halfway to the outer limit, in the limit's own unit (day 30 of 60, business day 2 of 4, hour 36
 * of 72). The law asks for notice without unreasonable delay and treats the limit as the last permissible day,
 * not a plan; HHS warns that waiting until day 60 can itself be unreasonable. Halfway leaves room for printing
 * and mailing, a call center and substitute notice when the unexpected happens.
 */
import type { IncidentAnswers } from '../answers/schema.ts';
import { addBusinessDays } from '../dates/business-days.ts';
import { addDays, daysAfterEndOfYear, longDate, makeDate, yearOf, type IsoDate } from '../dates/calendar.ts';
import { addHours, formatInstantLocal, formatInstantUtc, localDateOf, type Instant } from '../dates/instants.ts';
import type { Clock, FixedLimit } from '../rules/schema.ts';
import { resolveAnchor } from './anchors.ts';
import type { ClockStart, Due } from './types.ts';
import { limitWords } from '../words.ts';

export const TARGET_FRACTION = 0.5;

export const TARGET_REASON =
  'Planning target: halfway to the legal limit. The law asks for notice without unreasonable delay; the limit is the last permissible day, not a plan.';

export const ASAP_REASON = 'No fixed number of days: act as soon as you reasonably can.';
export const UNSTATED_REASON = 'The law sets no time for this notice: send it with the notice to individuals, or sooner.';

export function dateDue(date: IsoDate): Due {
  return { kind: 'date', date };
}

export function instantDue(instant: Instant): Due {
  return { kind: 'instant', utc: formatInstantUtc(instant), local: formatInstantLocal(instant), date: localDateOf(instant) };
}

function advance(start: ClockStart, instant: Instant, unit: FixedLimit['unit'], amount: number): Due {
  switch (unit) {
    case 'calendar-days':
      return dateDue(addDays(start.date, amount));
    case 'business-days':
      return dateDue(addBusinessDays(start.date, amount));
    case 'hours':
      return instantDue(addHours(instant, amount));
  }
}

export interface ClockDates {
  limit: Due | null;
  target: Due | null;
  targetReason: string | null;
  start: ClockStart | null;
  waitingFor: string | null;
  notes: string[];
}

const EMPTY: ClockDates = { limit: null, target: null, targetReason: null, start: null, waitingFor: null, notes: [] };

/** Dates for a fixed limit counted from its anchor. */
export function fixedDates(limit: FixedLimit, incident: IncidentAnswers): ClockDates {
  const anchor = resolveAnchor(limit.from, incident);
  if (!anchor.ok) return { ...EMPTY, waitingFor: `${anchor.waitingFor} The notice is due ${limitWords(limit)} after it.` };
  return {
    ...EMPTY,
    limit: advance(anchor.start, anchor.instant, limit.unit, limit.amount),
    start: anchor.start,
    notes: anchor.start.note ? [anchor.start.note] : [],
  };
}

/** Dates for every clock kind except `relative`, which needs the other notices first. */
export function ownClockDates(clock: Exclude<Clock, { kind: 'relative' }>, incident: IncidentAnswers): ClockDates {
  switch (clock.kind) {
    case 'fixed':
      return fixedDates(clock, incident);
    case 'annual': {
      const date = daysAfterEndOfYear(incident.discoveredOn, clock.daysAfterYearEnd);
      return {
        ...EMPTY,
        limit: dateDue(date),
        start: { anchor: 'discovery', date: incident.discoveredOn },
        notes: [
          `Counted from the end of ${yearOf(incident.discoveredOn)}, the calendar year of discovery: ${longDate(makeDate(yearOf(incident.discoveredOn), 12, 31))} + ${clock.daysAfterYearEnd} days = ${longDate(date)}.`,
        ],
      };
    }
    case 'unstated': {
      const anchor = resolveAnchor('discovery', incident);
      return { ...EMPTY, targetReason: UNSTATED_REASON, start: anchor.ok ? anchor.start : null };
    }
    case 'prompt': {
      if (!clock.outerLimit) {
        const anchor = resolveAnchor('discovery', incident);
        return { ...EMPTY, targetReason: ASAP_REASON, start: anchor.ok ? anchor.start : null };
      }
      const dates = fixedDates(clock.outerLimit, incident);
      if (!dates.start) return dates;
      const anchor = resolveAnchor(clock.outerLimit.from, incident);
      if (!anchor.ok) return dates;
      const targetAmount = Math.floor(clock.outerLimit.amount * TARGET_FRACTION);
      const target =
        targetAmount > 0 ? advance(anchor.start, anchor.instant, clock.outerLimit.unit, targetAmount) : dates.limit;
      return { ...dates, target, targetReason: TARGET_REASON };
    }
  }
}
