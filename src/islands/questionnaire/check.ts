/**
 * Checking the draft with the engine's schema: the problems it finds, each tied to the step and the field that ask
 * for it. Loaded on demand (it brings zod), the first time someone presses Continue.
 */
import '../../security/zod-jitless.ts';
import { TEAM_ROLE_LABELS, type Answers, type TeamRole } from '../../engine/answers/schema.ts';
import { validateAnswers } from '../../engine/answers/validate.ts';
import { answersFromDraft, type Draft } from './draft.ts';
import { plainQuestion } from './labels.ts';
import { fieldId, stepOfPath, type StepId } from './steps.ts';

export interface StepProblem {
  path: string;
  step: StepId;
  /** The id of the field to link to and mark. */
  fieldId: string;
  /** The question, in the error summary before the message. */
  question: string;
  message: string;
}

/** The schema's words for an unanswered question, used whatever kind of field it is (a choice says otherwise). */
const MISSING = 'Answer this question: it is required.';

export type CheckResult = { ok: true; answers: Answers } | { ok: false; problems: StepProblem[] };

/** Checks the whole draft; each problem says which step and field it belongs to. */
export function checkDraft(draft: Draft): CheckResult {
  const candidate = answersFromDraft(draft) as { team: { role: TeamRole }[] };
  const result = validateAnswers(candidate);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((problem) => {
      let question = plainQuestion(problem.question ?? '');
      const [group, index] = problem.path.split('.');
      if (group === 'team' && index !== undefined) {
        const role = candidate.team[Number(index)]?.role;
        if (role) question = `${TEAM_ROLE_LABELS[role] ?? role}: ${question}`;
      }
      const message = problem.missing ? MISSING : problem.message;
      return { path: problem.path, step: stepOfPath(problem.path), fieldId: fieldId(problem.path, candidate.team), question, message };
    }),
  };
}

/** The problems a step must fix before Continue moves on. */
export function problemsOnStep(result: CheckResult, step: StepId): StepProblem[] {
  return result.ok ? [] : result.problems.filter((problem) => problem.step === step);
}
