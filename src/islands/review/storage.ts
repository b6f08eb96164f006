/** Where the review is kept on this device, and what it borrows from the questionnaire's saved answers. */
import { loadSaved } from '../shared/saved-state.ts';

export const REVIEW_KEY = 'breachline:review';
const ANSWERS_KEY = 'breachline:answers';

/** The organization name from the questionnaire's saved answers, if there is a usable one (read only, never repaired). */
export function organizationFromAnswers(): string {
  const loaded = loadSaved(ANSWERS_KEY, (data) => {
    const name = (data as { organization?: { name?: unknown } } | null)?.organization?.name;
    return { ok: true, value: typeof name === 'string' ? name.trim().slice(0, 200) : '' };
  });
  return loaded.status === 'ok' ? loaded.value : '';
}

/** Today on this device's calendar, YYYY-MM-DD. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
