/**
 * Plain calendar dates, 'YYYY-MM-DD', with no time zone. Arithmetic runs on day numbers (days since
 * 1970-01-01) computed from the proleptic Gregorian calendar, never through `Date`, so the same answers give
 * the same dates on every machine. The one date vocabulary of the engine and the islands: no zod, no locale.
 */

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a 'YYYY-MM-DD' string, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): CalendarParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function requireParts(value: IsoDate): CalendarParts {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  return parts;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumberFromParts({ year, month, day }: CalendarParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function partsFromDayNumber(dayNumber: number): CalendarParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function toDayNumber(date: IsoDate): number {
  return dayNumberFromParts(requireParts(date));
}

export function formatParts({ year, month, day }: CalendarParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return formatParts(partsFromDayNumber(dayNumber));
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return formatParts(requireParts(formatParts({ year, month, day })));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: IsoDate): number {
  return requireParts(date).year;
}

/** N days after 31 December of the date's year: HIPAA's annual log for small breaches (45 CFR 164.408(c)). */
export function daysAfterEndOfYear(date: IsoDate, days: number): IsoDate {
  return addDays(makeDate(yearOf(date), 12, 31), days);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "February 10, 2024": how a person reads a date everywhere in Breachline. Not a date: returned unchanged. */
export function longDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  return parts ? `${MONTHS[parts.month - 1]} ${parts.day}, ${parts.year}` : date;
}
