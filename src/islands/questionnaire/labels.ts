/** Turning the schema's questions into labels: the plain question, and "(optional)" where the schema does not require an answer. */
import type { Questions } from './questions.ts';

/** A path with `*` standing for list items and record keys: "team.3.email" gives "team.*.email". */
export function genericPath(path: string): string {
  return path
    .split('.')
    .map((part, index, parts) => (/^\d+$/.test(part) || (index > 0 && ['byJurisdiction', 'notices'].includes(parts[index - 1])) ? '*' : part))
    .join('.');
}

/** The question for a path, with `*` standing for list items and record keys. */
export function questionAt(questions: Questions, path: string): string {
  return questions[path] ?? questions[genericPath(path)] ?? '';
}

/** Whether an answer may be left out, from the schema's optional paths. */
export function isOptional(optional: readonly string[], path: string): boolean {
  return optional.includes(path) || optional.includes(genericPath(path));
}

/** The question without its parenthesised aside: "What is their email address?". */
export function plainQuestion(question: string): string {
  return question.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** The label the form shows: the plain question, then " (optional)" for an answer that may be left out. */
export function fieldLabel(question: string, optional: boolean): string {
  return optional ? `${plainQuestion(question)} (optional)` : plainQuestion(question);
}
