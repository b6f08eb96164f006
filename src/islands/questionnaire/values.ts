/** Small conversions between what a person types and what the answers hold: counts, moments, dates, times. */

/** A typed count as a number when it is one ("1,200" and "1 200" included); anything else unchanged, for the schema to explain. */
export function parseCount(value: number | string | undefined): number | string | undefined {
  if (value === undefined || typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const digits = trimmed.replace(/[\s,]/g, '');
  return /^\d{1,10}$/.test(digits) ? Number(digits) : trimmed;
}

/** "+01:00" for 60 minutes east of UTC, "-05:00" for 300 minutes west. */
export function formatOffset(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Minutes east of UTC on this device at a local date and time ("2024-03-30T10:00"); 0 when it cannot tell. */
export function deviceOffsetAt(local: string): number {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? 0 : -date.getTimezoneOffset();
}

/** A datetime-local value ("2024-03-30T10:00") and an offset as the answers' instant ("2024-03-30T10:00:00+01:00"). */
export function toInstant(local: string, minutesEast: number): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?/.exec(local.trim());
  if (!match) return undefined;
  return `${match[1]}${match[2] ?? ':00'}${formatOffset(minutesEast)}`;
}

/** The local date and time an instant was written in, for a datetime-local input: "2024-03-30T10:00". */
export function fromInstant(instant: string | undefined): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})/.exec(instant ?? '');
  return match ? match[1] : '';
}

/** The UTC offset an instant was written with, "+01:00" (Z as "+00:00"); null when there is none. */
export function offsetOf(instant: string | undefined): string | null {
  const match = /(Z|[+-]\d{2}:\d{2})$/.exec(instant ?? '');
  if (!match) return null;
  return match[1] === 'Z' ? '+00:00' : match[1];
}

export { todayLocal } from '../shared/today.ts';

/** "14:05" for a saved-at instant, in this device's time; empty when it is not a date. */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export { sizeLabel } from '../../engine/words.ts';

/** "1 day", "3 days". */
export function days(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}
