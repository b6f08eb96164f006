/** What the review form borrows from the questionnaire's saved answers. */
import { loadSavedAnswers } from '../shared/saved-answers.ts';

/** The organization name from the questionnaire's saved answers, if there is a usable one (read only, never repaired). */
export function organizationFromAnswers(): string {
  const loaded = loadSavedAnswers();
  const name = loaded.status === 'ok' ? loaded.value.organization.name : undefined;
  return typeof name === 'string' ? name.trim().slice(0, 200) : '';
}
