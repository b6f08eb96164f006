/**
 * The notification deadlines as an iCalendar file (RFC 5545): one event per dated obligation that is not yet sent,
 * with a reminder before it. Deterministic: the only moment it writes is `now`, which the caller gives.
 */
import { addDays, longDate } from '../dates/calendar.ts';
import { parseInstant, formatInstantUtc } from '../dates/instants.ts';
import { dueWords } from '../timeline/due-words.ts';
import type { Obligation, Timeline } from '../timeline/types.ts';
import { userText } from '../document/user-text.ts';
import { printable } from './text.ts';

export interface IcsOptions {
  /** The organization, named in the calendar's title and each event. */
  organization: string;
  /** An ISO 8601 instant, written as each event's DTSTAMP. */
  now: string;
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

/** Stable across exports of the same incident: the obligation, the discovery date, and @breachline. */
export function eventUid(obligation: Obligation, discoveredOn: string | null): string {
  const where = obligation.forJurisdiction ? `-${obligation.forJurisdiction.toLowerCase()}` : '';
  return `${obligation.ruleId}${where}-${discoveredOn ?? 'undated'}@breachline`;
}

/** The obligations that become events: those with a legal limit, not yet sent. */
export function calendarObligations(timeline: Timeline): Obligation[] {
  return timeline.obligations.filter((obligation) => obligation.limit !== null && obligation.status !== 'sent');
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

function event(obligation: Obligation, timeline: Timeline, options: IcsOptions, stamp: string): string[] {
  const limit = obligation.limit;
  if (!limit) return [];
  const when =
    limit.kind === 'date'
      ? [`DTSTART;VALUE=DATE:${basicDate(limit.date)}`, `DTEND;VALUE=DATE:${basicDate(addDays(limit.date, 1))}`]
      : [`DTSTART:${basicUtc(limit.utc)}`, `DTEND:${basicUtc(limit.utc)}`];
  const summary = eventSummary(obligation);
  return [
    'BEGIN:VEVENT',
    `UID:${eventUid(obligation, timeline.discoveredOn)}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description(obligation, options.organization))}`,
    `URL:${obligation.sourceUrl.replace(/[\r\n]/g, '')}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${limit.kind === 'date' ? DATE_REMINDER : INSTANT_REMINDER}`,
    `DESCRIPTION:${escapeIcsText(`Due soon: ${summary}`)}`,
    'END:VALARM',
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
    ...calendarObligations(timeline).flatMap((obligation) => event(obligation, timeline, options, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
