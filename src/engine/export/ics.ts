/**
 * The notification deadlines as an iCalendar file (RFC 5545): for each dated obligation, a planning-target event and
 * a legal-limit event, each with a reminder. UIDs name the incident and the obligation (never a date), SEQUENCE
 * counts the incident's calendar updates, and a notice sent or not required is written as a cancelled event: a
 * calendar importing a newer file updates its events instead of adding copies. Deterministic: the only moment it
 * writes is `now`, which the caller gives.
 */
import { addDays, longDate } from '../dates/calendar.ts';
import { parseInstant, formatInstantUtc } from '../dates/instants.ts';
import { dueWords } from '../timeline/due-words.ts';
import type { Due, Obligation, Timeline } from '../timeline/types.ts';
import { userText } from '../document/user-text.ts';
import { printable } from './text.ts';

export interface IcsOptions {
  /** The organization, named in the calendar's title and each event. */
  organization: string;
  /** An ISO 8601 instant, written as each event's DTSTAMP. */
  now: string;
  /** The incident's stable id (`incident.id`); without it, UIDs fall back to the discovery date. */
  incidentId?: string;
  /** SEQUENCE of every event: how many times this incident's calendar has been updated (`incident.calendarSequence`). */
  sequence?: number;
}

export type EventKind = 'target' | 'limit';

/** One calendar event: an obligation's planning target or its legal limit. */
export interface CalendarEvent {
  obligation: Obligation;
  kind: EventKind;
  due: Due;
  cancelled: boolean;
}

/** Reminders: three days before a date deadline, twelve hours before an hour clock. */
export const DATE_REMINDER = '-P3D';
export const INSTANT_REMINDER = '-PT12H';

/** Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and newline. */
export function escapeIcsText(text: string): string {
  return printable(text).replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545, 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, so they hold 74 more.
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(date: string): string {
  return date.replace(/-/g, '');
}

/** An instant as a UTC DATE-TIME: 20240311T093000Z. */
function basicUtc(instant: string): string {
  const parsed = parseInstant(instant);
  if (!parsed) throw new Error(`Not an ISO instant: ${instant}`);
  return formatInstantUtc(parsed).replace(/[-:]/g, '');
}

/** The event title: "Notify the Texas Attorney General (Tex. Bus. & Com. Code § 521.053)". */
export function eventSummary(obligation: Obligation): string {
  return `Notify ${obligation.recipientShort} (${obligation.citation})`;
}

/**
 * Stable across exports of the same incident: the obligation, the event's kind, the incident (its id, or the
 * discovery date for answers that have none), and @breachline. A changed date moves the event; it keeps its UID.
 */
export function eventUid(obligation: Obligation, incidentKey: string | null, kind: EventKind = 'limit'): string {
  const where = obligation.forJurisdiction ? `-${obligation.forJurisdiction.toLowerCase()}` : '';
  return `${obligation.ruleId}${where}${kind === 'target' ? '-target' : ''}-${incidentKey ?? 'undated'}@breachline`;
}

function closed(obligation: Obligation): boolean {
  return obligation.status === 'sent' || obligation.status === 'not-required';
}

/** The events of a timeline: a target and a limit event per dated obligation, cancelled once the notice is closed. */
export function calendarEvents(timeline: Timeline): CalendarEvent[] {
  return timeline.obligations.flatMap((obligation) => {
    const events: CalendarEvent[] = [];
    if (obligation.target) events.push({ obligation, kind: 'target', due: obligation.target, cancelled: closed(obligation) });
    if (obligation.limit) events.push({ obligation, kind: 'limit', due: obligation.limit, cancelled: closed(obligation) });
    return events;
  });
}

function description(obligation: Obligation, organization: string): string {
  const limit = obligation.limit;
  const lines = [
    `${organization}: ${obligation.summary}`,
    `Deadline: ${obligation.timing}.`,
    `Legal limit: ${limit ? dueWords(limit) : 'not dated'}.`,
  ];
  if (obligation.target) lines.push(`Plan to send by: ${dueWords(obligation.target)}. ${obligation.targetReason ?? ''}`.trim());
  if (obligation.lawEnforcementHold) {
    const hold = obligation.lawEnforcementHold;
    lines.push(`Law-enforcement delay (${hold.citation}): ${hold.heldUntil ? `held until ${longDate(hold.heldUntil)}. ` : ''}${hold.explanation}`);
  }
  lines.push(`Rule: ${obligation.regime}, ${obligation.citation}.`, `Source: ${obligation.sourceUrl}`, 'Made with Breachline. Not legal advice: confirm with counsel.');
  return lines.join('\n');
}

function event({ obligation, kind, due, cancelled }: CalendarEvent, timeline: Timeline, options: IcsOptions, stamp: string): string[] {
  const when =
    due.kind === 'date'
      ? [`DTSTART;VALUE=DATE:${basicDate(due.date)}`, `DTEND;VALUE=DATE:${basicDate(addDays(due.date, 1))}`]
      : [`DTSTART:${basicUtc(due.utc)}`, `DTEND:${basicUtc(due.utc)}`];
  const summary = kind === 'target' ? `Planning target: ${eventSummary(obligation)}` : eventSummary(obligation);
  const alarm = cancelled
    ? []
    : [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${due.kind === 'date' ? DATE_REMINDER : INSTANT_REMINDER}`,
        `DESCRIPTION:${escapeIcsText(`Due soon: ${summary}`)}`,
        'END:VALARM',
      ];
  return [
    'BEGIN:VEVENT',
    `UID:${eventUid(obligation, options.incidentId ?? timeline.discoveredOn, kind)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${options.sequence ?? 0}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    ...when,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description(obligation, options.organization))}`,
    `URL:${obligation.sourceUrl.replace(/[\r\n]/g, '')}`,
    'TRANSP:TRANSPARENT',
    ...alarm,
    'END:VEVENT',
  ];
}

/** Renders the timeline's deadlines as an iCalendar file with CRLF line endings. */
export function renderIcs(timeline: Timeline, given: IcsOptions): string {
  // The organization's name is the user's text: isolated, so no direction control in it reorders the words around it.
  const options = { ...given, organization: userText(given.organization) };
  const stamp = basicUtc(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Breachline//Notification deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(`${options.organization}: breach notification deadlines`)}`,
    ...calendarEvents(timeline).flatMap((calendarEvent) => event(calendarEvent, timeline, options, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
