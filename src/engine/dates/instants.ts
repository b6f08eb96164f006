/**
 * Moments in time for hour clocks (GDPR's 72 hours). An instant is kept as milliseconds since the epoch plus the
 * UTC offset the user wrote, so a deadline can be shown in the same offset. Adding hours adds real elapsed time:
 * a daylight-saving change in between does not move the deadline.
 */
import { formatParts, fromDayNumber, isIsoDate, partsFromDayNumber, toDayNumber, type IsoDate } from './calendar.ts';

export interface Instant {
  epochMs: number;
  /** Minutes east of UTC, as written in the input. */
  offsetMinutes: number;
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Reads 'YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)'; null when malformed or not a real date and time. */
export function parseInstant(value: string): Instant | null {
  const match = ISO_INSTANT.exec(value);
  if (!match) return null;
  const [, date, hh, mm, ss = '0', fraction = '0', zone] = match;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (!isIsoDate(date) || hours > 23 || minutes > 59 || seconds > 59) return null;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMins = Number(zone.slice(4, 6));
    if (offsetHours > 14 || offsetMins > 59) return null;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const localMs = toDayNumber(date) * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
  return { epochMs: localMs - offsetMinutes * MS_PER_MINUTE, offsetMinutes };
}

export function isInstant(value: string): boolean {
  return parseInstant(value) !== null;
}

export function addHours(instant: Instant, hours: number): Instant {
  return { epochMs: instant.epochMs + hours * 3_600_000, offsetMinutes: instant.offsetMinutes };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatAt(epochMs: number, offsetMinutes: number): string {
  const localMs = epochMs + offsetMinutes * MS_PER_MINUTE;
  const day = Math.floor(localMs / MS_PER_DAY);
  const msOfDay = localMs - day * MS_PER_DAY;
  const date = formatParts(partsFromDayNumber(day));
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor((msOfDay % 3_600_000) / MS_PER_MINUTE);
  const seconds = Math.floor((msOfDay % MS_PER_MINUTE) / 1000);
  const zone =
    offsetMinutes === 0
      ? 'Z'
      : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${zone}`;
}

/** The instant in UTC, e.g. '2024-04-02T09:00:00Z'. */
export function formatInstantUtc(instant: Instant): string {
  return formatAt(instant.epochMs, 0);
}

/** The instant in the offset it was written in, e.g. '2024-04-02T10:00:00+01:00'. */
export function formatInstantLocal(instant: Instant): string {
  return formatAt(instant.epochMs, instant.offsetMinutes);
}

/** The calendar date of the instant in its own offset. */
export function localDateOf(instant: Instant): IsoDate {
  return fromDayNumber(Math.floor((instant.epochMs + instant.offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY));
}

/**
 * The earliest moment anywhere on Earth that is still on `date`: 00:00 at UTC+14. An hour clock counted from a
 * date without a time starts here, so the deadline it gives is never later than the true one.
 */
export function earliestInstantOn(date: IsoDate): Instant {
  return { epochMs: toDayNumber(date) * MS_PER_DAY - 14 * 60 * MS_PER_MINUTE, offsetMinutes: 14 * 60 };
}
