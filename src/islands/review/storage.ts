/** The review saved on this device, and what the review form borrows from the questionnaire's saved answers. */
import type { ReviewDraft } from './draft.ts';
import { loadSaved, type Loaded } from '../shared/saved-state.ts';
import { loadSavedAnswers } from '../shared/saved-answers.ts';

type DraftCheck = (data: unknown) => Promise<{ ok: true; value: ReviewDraft } | { ok: false; problem: string }>;

/** The review saved on this device, judged by `check` (which runs off the page: see jobs.ts). */
export async function loadSavedReview(check: DraftCheck): Promise<Loaded<ReviewDraft>> {
  const read = loadSaved('review', (data) => ({ ok: true, value: data }));
  if (read.status !== 'ok') return read;
  const checked = await check(read.value).catch(() => ({
    ok: false as const,
    problem: 'The saved review could not be checked just now (the page did not finish loading). Reload the page to try again.',
  }));
  if (checked.ok) return { status: 'ok', value: checked.value, savedAt: read.savedAt };
  // Read again, refused for the check's reason, to keep the saved text exactly as it is for the recovery panel.
  return loadSaved('review', () => checked);
}

/** The organization name from the questionnaire's saved answers, if there is a usable one (read only, never repaired). */
export function organizationFromAnswers(): string {
  const loaded = loadSavedAnswers();
  const name = loaded.status === 'ok' ? loaded.value.organization.name : undefined;
  return typeof name === 'string' ? name.trim().slice(0, 200) : '';
}
