/** Turning the schema's questions into labels: "(optional)" kept as the form shows it, other asides dropped. */
import type { Questions } from './questions.ts';

/** The question for a path, with `*` standing for list items and record keys. */
export function questionAt(questions: Questions, path: string): string {
  if (questions[path]) return questions[path];
  const generic = path
    .split('.')
    .map((part, index, parts) => (/^\d+$/.test(part) || (index > 0 && ['byJurisdiction', 'notices'].includes(parts[index - 1])) ? '*' : part))
    .join('.');
  return questions[generic] ?? '';
}

/** Whether the schema marks the question optional. */
export function isOptional(question: string): boolean {
  return /\((?:[^)]*,\s*)?optional(?:,[^)]*)?\)\s*$/.test(question);
}

/** The question without its parenthesised aside: "What is their email address?". */
export function plainQuestion(question: string): string {
  return question.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** The label the form shows: the plain question, then " (optional)" when the schema says so. */
export function fieldLabel(question: string): string {
  return isOptional(question) ? `${plainQuestion(question)} (optional)` : plainQuestion(question);
}
