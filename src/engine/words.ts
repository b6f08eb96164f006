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

/**
 * A number as US English writes it: "1,250", "0.5". The one formatter for every count the site shows. Not Intl:
 * a browser's first Intl formatter loads its locale data in one long task, which held up /plan/'s first screen.
 */
export function countWords(count: number): string {
  if (!Number.isFinite(count) || Math.abs(count) >= 1e21) return String(count);
  // Intl's default: at most three decimals.
  const [whole = '0', fraction] = String(Math.round(Math.abs(count) * 1000) / 1000).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${count < 0 && (whole !== '0' || fraction) ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** An organization size (ORGANIZATION_SIZES in the answers schema) in words: "500-to-4999" gives "500 to 4,999 people". */
export function sizeLabel(value: string): string {
  const words = value
    .split('-')
    .map((word) => (/^\d+$/.test(word) ? countWords(Number(word)) : word))
    .join(' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} people`;
}
