/**
 * What the page says after an answers file is chosen: what was imported, which values were left out and why, which
 * were kept with a change, and which questions are still to answer, all in the questions' own words; or why the file
 * was refused. The file's name and the file's values are isolated (U+2068 … U+2069; `Notice` shows each as `<bdi>`),
 * so that a right-to-left mark in them cannot reorder the sentence around them.
 */
import { userText } from '../../engine/document/user-text.ts';
import type { ChangedValue, DroppedValue, SalvageResult } from '../../engine/answers/salvage.ts';
import type { FieldProblem } from '../../engine/answers/validate.ts';
import type { StepProblem } from './check-result.ts';
import { plainQuestion } from './labels.ts';
import type { ImportNotice } from './saving.tsx';

type Salvaged = Extract<SalvageResult, { ok: true }>;

/** One line per dropped value: the question, the value when it is short enough to show, and the reason. */
export function droppedLine(dropped: DroppedValue): string {
  const question = dropped.question ? plainQuestion(dropped.question) : 'An answer in the file';
  const what = dropped.value === undefined ? 'not imported' : `${userText(dropped.value)} not imported`;
  return `${question}: ${what}. ${dropped.message}`;
}

/** One line per field the form does not ask for: its name in the file, and its value when short. */
export function notAskedLine(dropped: DroppedValue): string {
  const name = userText(dropped.path.split('.').pop() ?? dropped.path);
  return dropped.value === undefined ? name : `${name}: ${userText(dropped.value)}`;
}

/** One line per value kept with a change: what it is about, then what changed and why. */
export function changedLine(changed: ChangedValue): string {
  return `${changed.subject}: ${changed.message}`;
}

/** The questions the check page still asks for, once each, in the order of the form. */
export function questionsToAnswer(problems: readonly StepProblem[]): string[] {
  return [...new Set(problems.map((problem) => problem.question || problem.message))];
}

/** The notice after an import: `toAnswer` is what checking the imported draft still asks for. */
export function importedNotice(fileName: string, salvaged: Salvaged, toAnswer: readonly string[]): ImportNotice {
  const lists: NonNullable<ImportNotice['lists']> = [];
  if (salvaged.migrationNotes.length > 0) lists.push({ title: 'It was made with an earlier version of Breachline and has been brought up to date: check these points.', items: salvaged.migrationNotes });
  const notValid = salvaged.dropped.filter((dropped) => !dropped.notAsked);
  const notAsked = salvaged.dropped.filter((dropped) => dropped.notAsked);
  if (notValid.length > 0) lists.push({ title: 'Left out because they are not valid (answer these again):', items: notValid.map(droppedLine) });
  if (notAsked.length > 0) lists.push({ title: 'Left out because this form does not ask for them:', items: notAsked.map(notAskedLine) });
  if (salvaged.changed.length > 0) lists.push({ title: 'Kept with a change (check these):', items: salvaged.changed.map(changedLine) });
  if (toAnswer.length > 0) lists.push({ title: 'Still to answer:', items: [...toAnswer] });
  const name = userText(fileName);
  let text = `Imported ${name}. Check the answers below.`;
  if (notValid.length > 0) {
    const count = notValid.length === 1 ? '1 value that is not valid' : `${notValid.length} values that are not valid`;
    text = `Imported ${name}, except ${count}; everything else in the file was kept.`;
  } else if (toAnswer.length > 0) text = `Imported ${name}. Some questions are still unanswered: answer them to finish your plan.`;
  else if (notAsked.length > 0) text = `Imported ${name}, except what this form does not ask for. Check the answers below.`;
  return lists.length > 0 ? { tone: 'ok', text, lists } : { tone: 'ok', text };
}

/** The notice when a file is refused: nothing changed, and why. */
export function refusedNotice(fileName: string, problems: readonly FieldProblem[]): ImportNotice {
  return {
    tone: 'problem',
    text: `${userText(fileName)} could not be imported, so nothing has changed.`,
    details: problems.slice(0, 25).map((problem) => problem.message),
  };
}
