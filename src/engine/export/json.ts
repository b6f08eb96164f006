/** JSON exports: the document model (for tools) and the answers (to save and load again). */
import type { Answers } from '../answers/schema.ts';
import type { DocumentModel } from '../document/model.ts';

/** The document model as JSON, two-space indented, with a final newline. */
export function renderJson(doc: DocumentModel): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The answers as JSON, two-space indented, with a final newline: the file the questionnaire saves and loads. */
export function answersToJson(answers: Answers): string {
  return `${JSON.stringify(answers, null, 2)}\n`;
}
