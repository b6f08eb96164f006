/**
 * What the page says after an answers file is chosen: what was imported, which values were left out and why, and
 * which questions are still to answer, all in the questions' own words; or why the file was refused.
 */
import type { DroppedValue, SalvageResult } from '../../engine/answers/salvage.ts';
import type { FieldProblem } from '../../engine/answers/validate.ts';
import type { StepProblem } from './check-result.ts';
import { plainQuestion } from './labels.ts';
import type { ImportNotice } from './saving.tsx';

type Salvaged = Extract<SalvageResult, { ok: true }>;

/** Isolated, so that a right-to-left mark in the value cannot reorder the sentence around it. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** One line per dropped value: the question, the value when it is short enough to show, and the reason. */
export function droppedLine(dropped: DroppedValue): string {
  const question = dropped.question ? plainQuestion(dropped.question) : 'An answer in the file';
  const what = dropped.value === undefined ? 'not imported' : `${isolate(dropped.value)} not imported`;
  return `${question}: ${what}. ${dropped.message}`;
}

/** The questions the check page still asks for, once each, in the order of the form. */
export function questionsToAnswer(problems: readonly StepProblem[]): string[] {
  return [...new Set(problems.map((problem) => problem.question || problem.message))];
}

/** The notice after an import: `toAnswer` is what checking the imported draft still asks for. */
export function importedNotice(fileName: string, salvaged: Salvaged, toAnswer: readonly string[]): ImportNotice {
  const lists: NonNullable<ImportNotice['lists']> = [];
  if (salvaged.migrationNotes.length > 0) lists.push({ title: 'It was made with an earlier version of Breachline and has been brought up to date: check these points.', items: salvaged.migrationNotes });
  if (salvaged.dropped.length > 0) lists.push({ title: 'Left out because they are not valid (answer these again):', items: salvaged.dropped.map(droppedLine) });
  if (toAnswer.length > 0) lists.push({ title: 'Still to answer:', items: [...toAnswer] });
  let text = `Imported ${fileName}. Check the answers below.`;
  if (salvaged.dropped.length > 0) {
    const count = salvaged.dropped.length === 1 ? '1 value that is not valid' : `${salvaged.dropped.length} values that are not valid`;
    text = `Imported ${fileName}, except ${count}; everything else in the file was kept.`;
  } else if (toAnswer.length > 0) text = `Imported ${fileName}. Some questions are still unanswered: answer them to finish your plan.`;
  return lists.length > 0 ? { tone: 'ok', text, lists } : { tone: 'ok', text };
}

/** The notice when a file is refused: nothing changed, and why. */
export function refusedNotice(fileName: string, problems: readonly FieldProblem[]): ImportNotice {
  return {
    tone: 'problem',
    text: `${fileName} could not be imported, so nothing has changed.`,
    details: problems.slice(0, 25).map((problem) => problem.message),
  };
}
