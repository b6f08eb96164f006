/**
 * Checking the draft with the engine's schema: the problems it finds, each tied to the step and the field that ask
 * for it. It brings zod, so it runs in the engine worker (engine-jobs.ts), loaded the first time answers are checked.
 */
import '../../security/zod-jitless.ts';
import { TEAM_ROLE_LABELS, type TeamRole } from '../../engine/answers/schema.ts';
import { validateAnswers, type FieldProblem } from '../../engine/answers/validate.ts';
import type { CheckResult, StepProblem } from './check-result.ts';
import { answersFromDraft, type Draft } from './draft.ts';
import { plainQuestion } from './labels.ts';
import { fieldId, stepOfPath } from './steps.ts';

export { problemsOnStep, type CheckResult, type StepProblem } from './check-result.ts';

/** The schema's words for an unanswered question, used whatever kind of field it is (a choice says otherwise). */
const MISSING = 'Answer this question: it is required.';

/**
 * A problem the schema found, tied to the step and the field that ask for it and named by its question in plain
 * words: the one place a path becomes a question, for the questionnaire and the incident page alike.
 */
export function stepProblem(problem: FieldProblem, team: readonly { role: TeamRole }[]): StepProblem {
  let question = plainQuestion(problem.question ?? '');
  const [group, index] = problem.path.split('.');
  if (group === 'team' && index !== undefined) {
    const role = team[Number(index)]?.role;
    if (role) question = `${TEAM_ROLE_LABELS[role] ?? role}: ${question}`;
  }
  const message = problem.missing ? MISSING : problem.message;
  return { path: problem.path, step: stepOfPath(problem.path), fieldId: fieldId(problem.path, team), question, message };
}

/** Checks the whole draft; each problem says which step and field it belongs to. */
export function checkDraft(draft: Draft): CheckResult {
  const candidate = answersFromDraft(draft) as { team: { role: TeamRole }[] };
  const result = validateAnswers(candidate);
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((problem) => stepProblem(problem, candidate.team)) };
}
