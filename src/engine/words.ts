/** Small pieces of English shared by every text the engine and the site write: one wording, everywhere. */
import { parseIsoDate, type IsoDate } from './dates/calendar.ts';

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter to continue a sentence, leaving acronyms alone ("HIPAA ..."). */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const UNIT_WORDS = {
  'calendar-days': ['calendar day', 'calendar days'],
  'business-days': ['business day', 'business days'],
  hours: ['hour', 'hours'],
} as const;

/** "60 calendar days", "1 business day", "72 hours". */
export function limitWords(limit: { unit: keyof typeof UNIT_WORDS; amount: number }): string {
  const [one, many] = UNIT_WORDS[limit.unit];
  return `${limit.amount} ${limit.amount === 1 ? one : many}`;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "February 10, 2024": the same on every machine and in every time zone (no locale, no Date). */
export function longDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  return parts ? `${MONTHS[parts.month - 1]} ${parts.day}, ${parts.year}` : date;
}
