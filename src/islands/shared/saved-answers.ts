/**
 * The questionnaire's answers as saved on this device: the one reader every island uses (the questionnaire, the
 * review form's organization name, the exercise packs' tailoring). It checks the draft's shape only; the engine
 * checks the content when answers are used.
 */
import { parseSavedDraft, type Draft } from '../questionnaire/draft.ts';
import { loadSaved, type Loaded } from './saved-state.ts';

export function loadSavedAnswers(): Loaded<Draft> {
  return loadSaved('answers', parseSavedDraft);
}
