/** Finds the event a clock counts from in the answers, and says so when it has to fall back to discovery. */
import type { IncidentAnswers } from '../answers/schema.ts';
import { longDate } from '../dates/calendar.ts';
import { earliestInstantOn, localDateOf, parseInstant, type Instant } from '../dates/instants.ts';
import type { Anchor } from '../vocabulary.ts';
import type { ClockStart } from './types.ts';

export type AnchorResolution =
  | { ok: true; start: ClockStart; instant: Instant }
  | { ok: false; waitingFor: string };

/**
 * The date (and, for hour clocks, the moment) an anchor falls on. Determination and confirmation fall back to
 * discovery, the earliest they can be, so a deadline is never later than the law's. Awareness without a time
 * starts at the earliest moment of the discovery date. Materiality has no fallback: the SEC clock starts only
 * when the company decides.
 */
export function resolveAnchor(anchor: Anchor, incident: IncidentAnswers): AnchorResolution {
  const discovered = incident.discoveredOn;
  const fromDate = (date: string, note?: string): AnchorResolution => ({
    ok: true,
    start: note ? { anchor, date, note } : { anchor, date },
    instant: earliestInstantOn(date),
  });
  switch (anchor) {
    case 'discovery':
      return fromDate(discovered);
    case 'determination':
      return incident.determinedOn
        ? fromDate(incident.determinedOn)
        : fromDate(
            discovered,
            `No determination date is recorded, so this clock is counted from discovery (${longDate(discovered)}), the earliest the determination can be. Record the determination date to see the law's own date.`,
          );
    case 'confirmation':
      return incident.confirmedOn
        ? fromDate(incident.confirmedOn)
        : fromDate(
            discovered,
            `No confirmation date is recorded, so this clock is counted from discovery (${longDate(discovered)}), the earliest confirmation can be. Record the confirmation date to see the law's own date.`,
          );
    case 'awareness': {
      const instant = incident.awareAt ? parseInstant(incident.awareAt) : null;
      if (instant) return { ok: true, start: { anchor, date: localDateOf(instant) }, instant };
      return {
        ok: true,
        start: {
          anchor,
          date: discovered,
          note: `No time of awareness is recorded, so this clock starts at the earliest moment of the discovery date (${longDate(discovered)}, 00:00 at UTC+14). Record the date and time you became aware for the exact deadline.`,
        },
        instant: earliestInstantOn(discovered),
      };
    }
    case 'materiality-determination':
      return incident.secMaterialityDeterminedOn
        ? fromDate(incident.secMaterialityDeterminedOn)
        : { ok: false, waitingFor: 'The date you determined the incident is material.' };
  }
}
