/** What every step component receives: the draft, a way to change it, the errors to show and the questions. */
import type { Dispatch } from 'preact/hooks';
import type { Draft } from './draft.ts';
import type { DraftAction } from './draft-reducer.ts';
import { fieldLabel, isOptional, questionAt } from './labels.ts';
import type { QuestionnaireText } from './questions.ts';

export interface StepProps {
  draft: Draft;
  dispatch: Dispatch<DraftAction>;
  /** Error messages by field id. */
  errors: ReadonlyMap<string, string>;
  text: QuestionnaireText;
}

/** The label for an answer's path, from the schema's question. */
export function labelFor(text: QuestionnaireText, path: string): string {
  return fieldLabel(questionAt(text.questions, path), isOptional(text.optional, path));
}
