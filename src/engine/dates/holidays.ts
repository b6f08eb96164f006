/**
 * US federal holidays, the eleven legal public holidays of 5 U.S.C. 6103(a), computed by rule for any year.
 * A holiday on a Saturday is observed the Friday before, one on a Sunday the Monday after (5 U.S.C. 6103(b),
 * Executive Order 11582). New Year's Day on a Saturday is therefore observed on 31 December of the year before.
 * Closures ordered ad hoc (a national day of mourning, Christmas Eve by executive order) are not included:
 * counting such a day as a business day only makes a deadline earlier, never later.
 */
import { addDays, dayOfWeek, daysInMonth, makeDate, type IsoDate } from './calendar.ts';

export interface FederalHoliday {
  name: string;
  /** The day the statute names. */
  date: IsoDate;
  /** The day federal offices close for it. */
  observed: IsoDate;
}

/** Juneteenth became a legal public holiday on 17 June 2021 (Pub. L. 117-17). */
const JUNETEENTH_FIRST_YEAR = 2021;

/** The nth weekday (0 = Sunday) of a month, e.g. the 3rd Monday of January. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = makeDate(year, month, 1);
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

export function lastWeekday(year: number, month: number, weekday: number): IsoDate {
  const last = makeDate(year, month, daysInMonth(year, month));
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}

function observedDay(date: IsoDate): IsoDate {
  const weekday = dayOfWeek(date);
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

const MONDAY = 1;
const THURSDAY = 4;

/** The holidays whose statutory date falls in `year`, in calendar order. */
export function federalHolidays(year: number): FederalHoliday[] {
  const fixed = (name: string, month: number, day: number): FederalHoliday => {
    const date = makeDate(year, month, day);
    return { name, date, observed: observedDay(date) };
  };
  const floating = (name: string, date: IsoDate): FederalHoliday => ({ name, date, observed: date });
  const holidays: FederalHoliday[] = [
    fixed("New Year's Day", 1, 1),
    floating('Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, MONDAY, 3)),
    floating("Washington's Birthday", nthWeekday(year, 2, MONDAY, 3)),
    floating('Memorial Day', lastWeekday(year, 5, MONDAY)),
  ];
  if (year >= JUNETEENTH_FIRST_YEAR) holidays.push(fixed('Juneteenth National Independence Day', 6, 19));
  holidays.push(
    fixed('Independence Day', 7, 4),
    floating('Labor Day', nthWeekday(year, 9, MONDAY, 1)),
    floating('Columbus Day', nthWeekday(year, 10, MONDAY, 2)),
    fixed('Veterans Day', 11, 11),
    floating('Thanksgiving Day', nthWeekday(year, 11, THURSDAY, 4)),
    fixed('Christmas Day', 12, 25),
  );
  return holidays;
}

const observedCache = new Map<number, Set<IsoDate>>();

/** Observed holiday dates that fall in `year` (including 31 December for the next New Year's Day). */
function observedIn(year: number): Set<IsoDate> {
  let set = observedCache.get(year);
  if (!set) {
    set = new Set<IsoDate>();
    for (const holiday of [...federalHolidays(year), ...federalHolidays(year + 1)]) {
      if (holiday.observed.startsWith(`${String(year).padStart(4, '0')}-`)) set.add(holiday.observed);
    }
    observedCache.set(year, set);
  }
  return set;
}

export function isObservedFederalHoliday(date: IsoDate): boolean {
  return observedIn(Number(date.slice(0, 4))).has(date);
}
