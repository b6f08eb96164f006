/** The review saved on this device, and what the review form borrows from the questionnaire's saved answers. */
import type { ReviewDraft } from './draft.ts';
import { loadSaved, type Loaded } from '../shared/saved-state.ts';
import { loadSavedAnswers } from '../shared/saved-answers.ts';

type DraftCheck = (data: unknown) => Promise<{ ok: true; value: ReviewDraft } | { ok: false; problem: string }>;

/** A saved review the check could not run on: not known to be wrong, so kept and offered again on a reload. */
export type SavedReview = Loaded<ReviewDraft> | { status: 'unchecked'; raw: string; problem: string };

export const SAVED_REVIEW_UNCHECKED = 'The saved review could not be checked just now (the page did not finish loading). Reload the page to try again.';

/** The review saved on this device, judged by `check` (which runs off the page: see jobs.ts). */
export async function loadSavedReview(check: DraftCheck): Promise<SavedReview> {
  const read = loadSaved('review', (data) => ({ ok: true, value: data }));
  if (read.status !== 'ok') return read;
  const checked = await check(read.value).catch(() => null);
  if (checked?.ok) return { status: 'ok', value: checked.value, savedAt: read.savedAt };
  // Read again, refused for the check's reason, to keep the saved text exactly as it is for the recovery panel.
  const kept = loadSaved<ReviewDraft>('review', () => checked ?? { ok: false, problem: SAVED_REVIEW_UNCHECKED });
  return checked === null && kept.status === 'corrupt' ? { ...kept, status: 'unchecked' } : kept;
}

/** The organization name from the questionnaire's saved answers, if there is a usable one (read only, never repaired). */
export function organizationFromAnswers(): string {
  const loaded = loadSavedAnswers();
  const name = loaded.status === 'ok' ? loaded.value.organization.name : undefined;
  return typeof name === 'string' ? name.trim().slice(0, 200) : '';
}
