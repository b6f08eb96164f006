/**
 * What a text field says about its length limit: how many characters are left once the text is near the limit, and
 * that a paste was cut to fit. Pure: the field component shows these words, the tests read them here.
 */
import { countWords } from '../../engine/words.ts';

/** The share of the limit from which the field counts what is left (GOV.UK's character count starts near it too). */
export const COUNT_FROM = 0.8;

/** "N characters left" once the text is near the limit; null before that, or with no limit. */
export function remainingText(length: number, max: number | undefined): string | null {
  if (max === undefined || length < Math.floor(max * COUNT_FROM)) return null;
  const left = Math.max(0, max - length);
  if (left === 0) return `You have reached the limit of ${countWords(max)} characters.`;
  return `You have ${countWords(left)} character${left === 1 ? '' : 's'} left.`;
}

/** Whether inserting `inserted` in place of the selection [start, end) of `value` goes past `max`: the browser then cuts it. */
export function insertionCut(value: string, start: number, end: number, inserted: string, max: number | undefined): boolean {
  if (max === undefined) return false;
  return value.length - (end - start) + inserted.length > max;
}

/** What the field says after a paste was cut to fit. */
export function cutText(max: number): string {
  return `The text you pasted was too long, so only the first ${countWords(max)} characters were kept. Check the end of this answer.`;
}
