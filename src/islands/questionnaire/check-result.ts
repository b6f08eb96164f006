/** What checking the answers gives the questionnaire: the answers, or the problems tied to steps and fields. */
import type { Answers } from '../../engine/answers/schema.ts';
import type { StepId } from './steps.ts';

export interface StepProblem {
  path: string;
  step: StepId;
  /** The id of the field to link to and mark. */
  fieldId: string;
  /** The question, in the error summary before the message. */
  question: string;
  message: string;
}

export type CheckResult = { ok: true; answers: Answers } | { ok: false; problems: StepProblem[] };

/** The problems a step must fix before Continue moves on. */
export function problemsOnStep(result: CheckResult, step: StepId): StepProblem[] {
  return result.ok ? [] : result.problems.filter((problem) => problem.step === step);
}
