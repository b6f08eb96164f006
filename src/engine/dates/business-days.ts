/** Business days: Monday to Friday, except observed US federal holidays. */
import { addDays, dayOfWeek, type IsoDate } from './calendar.ts';
import { isObservedFederalHoliday } from './holidays.ts';

export function isBusinessDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isObservedFederalHoliday(date);
}

/**
 * The date `count` business days after `date`. The day of the event itself is not counted, so 4 business days
 * after a Friday determination is the Thursday after (when no holiday intervenes).
 */
export function addBusinessDays(date: IsoDate, count: number): IsoDate {
  let current = date;
  let remaining = count;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isBusinessDay(current)) remaining -= 1;
  }
  return current;
}

/** Business days from `from` to `to`, counting `to` but not `from`; negative when `to` is earlier. */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let current = addDays(start, 1); current <= end; current = addDays(current, 1)) if (isBusinessDay(current)) count += 1;
  return sign * count;
}
