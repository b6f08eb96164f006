/** Small pieces of English shared by every text the engine and the site write: one wording, everywhere. */

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

/** "1 day", "12 days". */
export function dayCount(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}
